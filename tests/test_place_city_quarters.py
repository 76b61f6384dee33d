"""A quarter of the story's city, named without a container, is that city (tests/gold/README.md: a
district of the story's city is coded as the city). Sentences are composed for these tests."""

from __future__ import annotations

from frontwire.model import Article


def _places(process, text: str) -> list[tuple[str | None, str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-05-02"))
    return [
        (e.where.name, e.where.country, e.where.text) if e.where else (None, None, None) for e in rec.events
    ]


def test_places_a_quarter_of_the_story_city_in_that_city(process) -> None:
    text = (
        "BAGHDAD (Reuters) - A car bomb killed 12 people at a market in Baghdad on Tuesday, police said. "
        "A second bomb exploded in the Karrada district an hour later, killing three people."
    )
    assert _places(process, text) == [
        ("Baghdad", "IRQ", "a market in Baghdad"),
        ("Baghdad", "IRQ", "the Karrada district"),
    ]


def test_places_a_neighbourhood_in_the_city_and_keeps_the_two_acts(process) -> None:
    text = (
        "KABUL (Reuters) - Gunmen stormed a hospital in Kabul on Tuesday, killing 19 people. "
        "Hours later a bomb went off in the Dasht-e-Barchi neighbourhood, wounding four, police said."
    )
    assert _places(process, text) == [
        ("Kabul", "AFG", "a hospital in Kabul"),
        ("Kabul", "AFG", "the Dasht-e-Barchi neighbourhood"),
    ]


def test_places_a_district_by_name_when_the_story_has_no_one_city(process) -> None:
    # two towns named once each: no city of the story, the district keeps its own name
    text = (
        "KABUL (Reuters) - Taliban fighters attacked a checkpoint in the Zari district on Tuesday, killing "
        "nine policemen, officials said. Fighting was also reported near Mazar-i-Sharif and Kunduz."
    )
    got = _places(process, text)
    assert got[0][:2] == ("Zari", "AFG")
