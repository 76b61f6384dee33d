"""'The fighting erupted on Saturday' after a fight told at a later day is that fight's start, not a
second clash. New sentences composed for this rule (not copied from gold)."""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str) -> Record:
    return process(Article.from_text(text, published="2024-03-12"))


def test_the_fighting_breaking_out_days_before_is_the_start_of_the_fight_told() -> None:
    rec = _record(
        "BANGUI, March 12 (Wire) - Government troops and rebels fought for a third day on Tuesday for "
        "control of the town of Bambari, residents said. The fighting broke out on Sunday night after "
        "months of tension over a stalled peace deal."
    )
    clashes = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.when.date, e.when.end) for e in clashes if e.when] == [("2024-03-10", "2024-03-12")]


def test_a_fight_breaking_out_weeks_before_is_its_own() -> None:
    rec = _record(
        "BANGUI, March 12 (Wire) - Government troops and rebels fought on Tuesday in the town of Bambari, "
        "residents said. The fighting broke out on Feb. 1 in the north of the country."
    )
    days = sorted(e.when.date for e in rec.events if e.category == "ASSAULT" and e.when)
    assert "2024-03-12" in days
