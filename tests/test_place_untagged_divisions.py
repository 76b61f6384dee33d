"""A division named before its noun is a place even when the tagger missed the name: 'a town in the
Donetsk region', 'in Zamfara State'. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontwire.model import Article
from frontwire.pipeline import process


def _place(text: str):
    record = process(Article.from_text(text, published="2024-05-02"))
    (event,) = [e for e in record.events if e.category == "ASSAULT"]
    return event.where


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [
        (
            "Russian forces fired missiles at a town in the Donetsk region on Tuesday, killing three "
            "civilians, officials said.",
            "Donetsk",
            "UKR",
            "region",
        ),
        ("Gunmen killed four farmers in Zamfara State on Tuesday, police said.", "Zamfara", "NGA", "region"),
    ],
)
def test_an_untagged_name_before_a_division_noun_is_the_division(
    text: str, name: str, country: str, precision: str
) -> None:
    where = _place(text)
    assert where is not None
    assert (where.name, where.country, where.precision) == (name, country, precision)


def test_an_office_or_a_people_before_a_division_noun_is_no_division() -> None:
    where = _place("Gunmen attacked a checkpoint in the Kurdish region on Tuesday, killing three soldiers.")
    assert where is None or where.name != "Kurdish"
