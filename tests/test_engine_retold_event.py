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


_RAID = (
    "BAMAKO, March 18 (Wire) - Jihadist fighters attacked an army camp in the town of Boulkessi on "
    "Sunday, killing four soldiers, the army said. "
)


def test_the_attackers_claim_to_have_taken_the_camp_in_the_raid_is_their_version() -> None:
    rec = _record(
        _RAID + "The al Qaeda affiliate said it had killed 30 soldiers in the raid and seized the camp."
    )
    assert [(e.category, e.killed) for e in rec.events] == [("ASSAULT", 4)]
    assert any("al Qaeda affiliate" in (c.by or "") for c in rec.events[0].claims)


def test_fighters_said_to_have_overrun_the_base_and_seized_arms_are_the_attack_told() -> None:
    rec = _record(
        _RAID + "In a statement, the group said its fighters had overrun the base and seized weapons and "
        "ammunition."
    )
    assert [e.category for e in rec.events] == ["ASSAULT"]


def test_a_taking_of_ground_by_others_that_a_source_reports_is_an_event() -> None:
    rec = _record(
        _RAID + "Militants from a second group joined them and occupied parts of the town, the governor said."
    )
    assert [e.category for e in rec.events] == ["ASSAULT", "COERCE"]
