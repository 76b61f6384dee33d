"""A border between two named places: "the A-B border area" is that area, of the country both lie
in or of none; "30km south of the A-B border" is the one of the two that lies that way. Stories are
composed for these tests."""

from __future__ import annotations

from frontwire.model import Article


def _places(process, text: str) -> list[tuple[str | None, str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-04-09"))
    return [
        (e.where.name, e.where.country, e.where.precision) if e.where else (None, None, None)
        for e in rec.events
    ]


def test_place_the_border_area_of_two_countries_is_the_area_of_neither(process) -> None:
    text = "Heavy shelling rocked the Kyrgyzstan-Tajikistan border area on Monday, killing four civilians."
    assert _places(process, text) == [("Kyrgyzstan-Tajikistan border area", None, "region")]


def test_place_a_position_south_of_a_border_is_the_southern_country(process) -> None:
    text = "Turkish troops have withdrawn from a base 20km south of the Syria-Turkey border on Monday."
    got = _places(process, text)
    assert [(n, c) for n, c, _ in got] == [("Syria", "SYR")]


def test_place_a_position_north_of_a_border_is_the_northern_country(process) -> None:
    text = "Gunmen attacked a police post 15km north of the Kenya-Tanzania border on Sunday, killing two officers."
    got = _places(process, text)
    assert [(n, c) for n, c, _ in got] == [("Kenya", "KEN")]
