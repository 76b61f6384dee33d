"""A place name used as the modifier of its people ("Basra demonstrators", "Mosul residents") says
where they are. Sentences are composed for these tests."""

from __future__ import annotations

import pytest

from frontwire.model import Article


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Serious injuries among Basra demonstrators as security forces fired live rounds at their protest.",
            "Basrah",
            "IRQ",
        ),
        ("Hundreds of Mosul residents protested on Sunday against power cuts.", "Mosul", "IRQ"),
        # a name NER reads as an organisation is tried as a place too
        (
            "Serious injuries among Sulaymaniyah demonstrators as police suppressed their peaceful protests.",
            "Sulaymaniyah",
            "IRQ",
        ),
    ],
)
def test_places_the_event_where_the_named_people_are(process, text: str, name: str, country: str) -> None:
    rec = process(Article.from_text(text, published="2024-05-02"))
    where = rec.events[0].where
    assert where is not None and (where.name, where.country, where.precision) == (name, country, "point")


def test_places_no_event_from_a_demonym_before_residents(process) -> None:
    rec = process(
        Article.from_text(
            "Kurdish residents said Turkish jets bombed villages near the border on Monday.",
            published="2024-05-02",
        )
    )
    assert rec.events[0].where is None
