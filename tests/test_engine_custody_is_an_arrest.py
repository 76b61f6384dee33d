"""An arrest told as a state or with 'taken into custody' is an arrest (COERCE).

New sentences composed for these rules (not copied from gold): "The 19-year-old - who is now in custody -
had been fired ...", "The suspect is in police custody", "was taken into custody". A death in custody is
not read as an arrest.
"""

from __future__ import annotations

import pytest

from frontwire.model import Article, Record
from frontwire.pipeline import process

LEAD = "SPRINGFIELD (Wire) - A gunman shot two people at a bar in Springfield on Friday, police said. "


def _record(text: str) -> Record:
    return process(Article.from_text(text, published="2024-05-04"))


@pytest.mark.parametrize(
    ("then", "held"),
    [
        ("The gunman, who is now in custody, had been fired from the bar last month.", "gunman"),
        ("The suspect is in police custody.", "suspect"),
        ("The suspect was taken into custody after a short chase.", "suspect"),
    ],
)
def test_custody_after_an_attack_is_an_arrest(then: str, held: str) -> None:
    rec = _record(LEAD + then)
    arrests = [e for e in rec.events if e.category == "COERCE" and e.mode == "arrest"]
    assert [e.target.name if e.target else None for e in arrests] == [held]


def test_a_death_in_custody_is_no_arrest() -> None:
    rec = _record("CAIRO (Wire) - A lawyer died in police custody on Friday, his family said.")
    assert [e for e in rec.events if e.category == "COERCE"] == []
