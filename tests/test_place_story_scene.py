"""The scene of the story's acts, not the capital where officials speak. Stories are composed for
these tests."""

from __future__ import annotations

from frontwire.model import Article


def _places(process, text: str) -> list[tuple[str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-05-04"))
    return [(e.where.name, e.where.country) if e.where else (None, None) for e in rec.events]


def test_places_a_later_act_with_no_place_at_the_town_of_the_act_told_before(process) -> None:
    text = (
        "BAMAKO, May 3 (Reuters) - Jihadists fought soldiers in the town of Tessit on Sunday, killing 16 of "
        "them, the army said.\n\n"
        "The defence minister told reporters in Bamako that reinforcements had been sent.\n\n"
        "Residents said the militants torched the town hall and a school, and took a priest and several "
        "teachers hostage.\n\n"
        "The minister flew back to Bamako on Monday."
    )
    got = _places(process, text)
    assert got and all(p == ("Tessit", "MLI") for p in got)


def test_places_no_act_where_officials_in_the_capital_said_it(process) -> None:
    text = (
        "KABUL, Aug 10 (Reuters) - Taliban fighters stormed the city of Ghazni on Friday and fought "
        "government troops in its streets, officials in Kabul said."
    )
    assert _places(process, text) == [("Ghazni", "AFG")]


def test_places_a_speakers_city_told_with_a_comma_as_the_scene(process) -> None:
    # "in Kabul, police said": the comma ends the place phrase; Kabul is where the fighting was
    assert _places(process, "Fighting raged in Kabul on Monday, police said.") == [("Kabul", "AFG")]


def test_places_the_town_of_an_unknown_name_not_as_a_pointer_back(process) -> None:
    # "the town of X" names X (the gazetteer lacks it); it does not point back to the dateline city
    text = (
        "BAMAKO, May 3 (Reuters) - Jihadists attacked an army camp in the town of Boulkessi on Sunday, "
        "killing 16 soldiers, the army said."
    )
    assert ("Bamako", "MLI") not in _places(process, text)


def test_places_the_southern_suburbs_in_the_city_told_before(process) -> None:
    text = (
        "BEIRUT, Oct 2 (Reuters) - Israeli jets struck a building in Beirut on Tuesday, killing six people, "
        "Lebanon's health ministry said.\n\n"
        "The Red Cross called on Wednesday for a three-hour pause in the southern suburbs so that the "
        "wounded could be evacuated."
    )
    rec = process(Article.from_text(text, published="2024-10-03"))
    appeal = [e for e in rec.events if e.category == "REQUEST"]
    assert appeal and appeal[0].where is not None
    assert (appeal[0].where.name, appeal[0].where.text) == ("Beirut", "the southern suburbs")
