"""A bomb that did not go off is a dud (COERCE, Disrupted weapons use), told once, and no bombing.

New sentences composed for these rules (not copied from gold). "left a bag containing a pipe bomb outside
the station, but the device did not go off": the bomb its sentence names is the dud itself; the dud told
in the lead ("explosives which failed to detonate") and again below is one event; "and nobody was hurt"
after it is a zero, no attack of its own.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str) -> Record:
    return process(Article.from_text(text, published="2024-12-20"))


STORY = (
    "A 17-year-old tried to bomb a railway station in the town of Hamm, prosecutors say.\n\n"
    "He left a bag with explosives which failed to detonate in December, they say.\n\n"
    "But a passer-by called the police, and nobody was hurt.\n\n"
    "Prosecutor Anna Keller said the youth left a bag containing a home-made pipe bomb outside the station "
    "in Hamm on 9 December, but the device did not go off because the fuse was faulty."
)


def test_a_bomb_that_did_not_go_off_is_one_dud_and_no_bombing() -> None:
    rec = _record(STORY)
    assert [(e.category, e.mode) for e in rec.events] == [("COERCE", "device failed to detonate")]


def test_a_bomb_that_went_off_beside_a_dud_is_still_a_bombing() -> None:
    rec = _record(
        "KABUL, Dec 20 (Wire) - A bomb exploded outside a mosque in Kabul on Friday, killing three people, "
        "police said. A second device planted nearby did not go off, police said."
    )
    assert ("ASSAULT", 3) in [(e.category, e.killed) for e in rec.events]
