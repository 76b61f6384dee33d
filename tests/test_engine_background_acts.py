"""A second, earlier act told inside a sentence about the story's attack, and what is not one.

New sentences composed for these rules (not copied from gold). "might have been revenge for a military
operation on Friday in which troops killed 11": the hedge is on the revenge, the operation took place
(its own event, its own day). "a military operation" by troops is an armed act; a threatened one is not.
"The bombing came a day after an earthquake struck, killing three": the quake's dead are no attack's,
and "a day after" relates the bombing to the quake (no new day for it). A speaker going on right after
his claim on the attack ("..., he said") speaks of that attack, not of the background act told since.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import record


def _acts(rec: Record):
    return [(e.category, e.mode, e.killed, e.when.date if e.when else None) for e in rec.events]


def test_the_operation_a_hedged_revenge_answers_is_its_own_event() -> None:
    rec = record(
        "ZAMBOANGA, Philippines, June 10 (Wire) - A bomb exploded at a bus terminal in Zamboanga on Sunday, "
        "killing three people, police said. Police chief Jose Ramos said the bombing could have been "
        "revenge for a military operation on Thursday in which soldiers killed seven Abu Sayyaf fighters "
        "near the town of Patikul.",
        "2024-06-10",
    )
    assert _acts(rec) == [
        ("ASSAULT", "bombing", 3, "2024-06-09"),
        ("ASSAULT", "military operation", 7, "2024-06-06"),
    ]


def test_troops_killing_fighters_in_a_military_operation_is_an_armed_act() -> None:
    rec = record(
        "MOGADISHU, March 3 (Wire) - Government troops killed 14 al Shabaab fighters in a military "
        "operation near the town of Jowhar on Saturday, the army said.",
        "2024-03-03",
    )
    assert _acts(rec) == [("ASSAULT", "military operation", 14, "2024-03-02")]


def test_a_threatened_military_operation_is_no_event() -> None:
    rec = record(
        "ADDIS ABABA, March 3 (Wire) - The regional government warned that it could launch a military "
        "operation against the militia.",
        "2024-03-03",
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []


def test_an_earthquakes_dead_are_no_count_of_the_bombing_told_before() -> None:
    rec = record(
        "ISLAMABAD, Oct 9 (Wire) - A bomb tore through a crowded market in Peshawar on Sunday, killing "
        "nine people, police said. The bombing came a day after a strong earthquake struck northern "
        "Pakistan, killing at least 20 people.",
        "2024-10-09",
    )
    assert _acts(rec) == [("ASSAULT", "bombing", 9, "2024-10-06")]
    assert rec.tolls == []


def test_a_speaker_going_on_after_his_claim_speaks_of_that_attack() -> None:
    rec = record(
        "ZAMBOANGA, Philippines, June 10 (Wire) - A bomb exploded at a bus terminal in Zamboanga on Sunday, "
        "killing three people, police said. Police chief Jose Ramos said the bombing could have been "
        "revenge for a military operation on Thursday in which soldiers killed seven Abu Sayyaf fighters "
        'near the town of Patikul. Governor Ana Cruz blamed "terrorists" for what she called a cowardly '
        'act. "Rest assured that we will bring these ruthless perpetrators to justice," she said.',
        "2024-06-10",
    )
    operation = next(e for e in rec.events if e.mode == "military operation")
    assert all(c.by != "Ana Cruz" for c in operation.claims)
