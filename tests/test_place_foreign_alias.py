"""A foreign reading found only under another name of a place ("Gulshan", a Dhaka neighbourhood, is
also an old name of Tabas, Iran) is not the scene of a story about another country. Sentences are
composed for these tests."""

from __future__ import annotations

from frontwire.model import Article


def _places(process, text: str) -> list[tuple[str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-05-02"))
    return [(e.where.name, e.where.country) if e.where else (None, None) for e in rec.events]


def test_places_a_neighbourhood_read_as_a_foreign_alias_in_the_story_city(process) -> None:
    text = (
        "DHAKA (Reuters) - Gunmen stormed a bakery in the Gulshan area of the Bangladeshi capital on Friday, "
        "killing 20 people, police said.\n\n"
        "Police in Dhaka said six attackers died when commandos ended the siege. Bangladesh declared two "
        "days of mourning."
    )
    assert ("Tabas", "IRN") not in _places(process, text)
    assert _places(process, text)[0] == ("Dhaka", "BGD")


def test_places_a_town_under_another_of_its_names_in_a_country_the_story_names(process) -> None:
    # Kobani is another name of Ayn al-Arab; Syria is named, so the reading is no foreign alias
    text = (
        "BEIRUT (Reuters) - Turkish drones struck a fuel depot in Kobani in northern Syria on Monday, "
        "killing three people, Kurdish officials said."
    )
    assert _places(process, text)[0] == ("‘Ayn al ‘Arab", "SYR")


def test_place_a_little_known_town_read_abroad_takes_the_parties_country(process) -> None:
    # the story names no country; its only side is India's CRPF: a Russian village of the same name
    # is no reading of the scene (the name is kept, without the foreign coordinates)
    text = "Suspected rebels ambushed a CRPF patrol near Kolyshley on Friday night, wounding three troopers."
    rec = process(Article.from_text(text, published="2024-04-09"))
    places = [(e.where.name, e.where.country, e.where.lat) for e in rec.events if e.where]
    assert places == [("Kolyshley", "IND", None)]


def test_place_a_town_read_abroad_stays_when_the_story_names_that_country(process) -> None:
    text = (
        "Suspected rebels ambushed a CRPF patrol near Kolyshley on Friday night, wounding three "
        "troopers, officials in Russia said."
    )
    rec = process(Article.from_text(text, published="2024-04-09"))
    assert [e.where.country for e in rec.events if e.where] == ["RUS"]
