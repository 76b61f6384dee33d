"""A lead that hides the village in its region ("attacked a village in the northwestern Zamfara
state") is placed at the village the story names later with the same noun inside that region
("stormed Dansadau village in Tsafe district"), not at a village named in another region. Stories
are composed for these tests (Dansadau is a village the offline gazetteer does not hold)."""

from __future__ import annotations

from frontwire.model import Article


def _first_attack(process, text: str) -> tuple[str | None, str | None, str | None]:
    rec = process(Article.from_text(text, published="2024-06-02"))
    e = next(e for e in rec.events if e.category == "ASSAULT")
    return (e.where.name, e.where.country, e.where.precision) if e.where else (None, None, None)


def test_place_a_village_in_a_region_is_the_village_the_story_names_later(process) -> None:
    text = (
        "LAGOS (Reuters) - Gunmen on motorbikes attacked a village in the northwestern Zamfara state on "
        "Sunday, killing at least 30 people, police said.\n\n"
        "The attackers stormed Dansadau village in Tsafe district shortly after dawn and set homes on fire."
    )
    assert _first_attack(process, text) == ("Dansadau", "NGA", "point")


def test_place_a_village_named_later_in_another_region_is_not_taken(process) -> None:
    text = (
        "LAGOS (Reuters) - Gunmen on motorbikes attacked a village in the northwestern Zamfara state on "
        "Sunday, killing at least 30 people, police said.\n\n"
        "Last month gunmen kidnapped 20 pupils from Dansadau village in Kaduna state."
    )
    assert _first_attack(process, text)[:2] == ("Zamfara", "NGA")
