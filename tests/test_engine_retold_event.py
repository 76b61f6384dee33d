"""An event told again in a reporting clause is the event already told, not a new one.

New sentences composed for these rules (not copied from gold). "said ... that 40 people had been wounded
in what he called a cowardly attack" after the lead told the bombing: the speaker's label points back,
so the figure and the claim go to the bombing. A label put on a thing that is no act ("a move critics
called an assault on the poor") is no event at all.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str, published: str = "2024-03-18") -> Record:
    return process(Article.from_text(text, published=published))


_LEAD = (
    "QUETTA, Pakistan, March 18 (Wire) - A bomb hidden in a motorcycle exploded outside a crowded bus "
    "station in Quetta on Sunday, killing eight people, police said. "
)


def test_what_a_speaker_called_an_attack_is_the_bombing_told() -> None:
    rec = _record(
        _LEAD + "Provincial Chief Minister Ali Baloch said on Sunday night that 40 people had been wounded "
        "in what he called a cowardly attack."
    )
    assert [(e.category, e.killed, e.wounded) for e in rec.events] == [("ASSAULT", 8, 40)]
    assert "Ali Baloch" in [c.by for c in rec.events[0].claims]


def test_what_a_speaker_described_as_an_attack_is_the_bombing_told() -> None:
    rec = _record(
        _LEAD + "The interior minister said on Monday that 35 people had been hurt in what he described as "
        "a terrorist attack on innocent travellers."
    )
    assert [(e.category, e.killed, e.wounded) for e in rec.events] == [("ASSAULT", 8, 35)]


def test_a_label_on_a_budget_move_is_no_event() -> None:
    rec = _record(
        "LONDON, March 18 (Wire) - The finance minister froze housing benefit for two more years on "
        'Monday, a move opposition leaders called "an assault on the poorest families".'
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []
