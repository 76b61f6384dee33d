"""A statement continued by a pronoun in the next sentence is of the day the speaker spoke.

New wire-style sentences composed for this rule (not copied from gold). "The agency said on Thursday
that ... It urged all parties to ..." -- the appeal is Thursday's, not the dateline's. Without a day on
the saying before it, an undated statement stays the day's news (the dateline).
"""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process

LEAD = (
    "GENEVA, March 9 (Wire) - Shelling killed six people in the town of Sloviansk on Sunday, officials said. "
)


def _appeal_date(text: str) -> str | None:
    rec = process(Article.from_text(LEAD + text, published="2025-03-09"))
    appeals = [e for e in rec.events if e.category == "REQUEST"]
    assert len(appeals) == 1, [(e.category, e.evidence[0].text[:50]) for e in rec.events]
    return appeals[0].when.date if appeals[0].when else None


def test_an_appeal_by_it_after_a_dated_statement_is_of_that_day() -> None:
    assert (
        _appeal_date(
            "The U.N. human rights office said on Friday that attacks on civilians had risen sharply. It urged "
            "both sides to protect hospitals."
        )
        == "2025-03-07"
    )


def test_an_appeal_by_it_after_an_undated_statement_is_the_days_news() -> None:
    assert (
        _appeal_date(
            "The U.N. human rights office said attacks on civilians had risen sharply. It urged both sides to "
            "protect hospitals."
        )
        == "2025-03-09"
    )
