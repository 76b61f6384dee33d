"""Words of war that tell no new event in long copy, and a lead that keeps its day.

New sentences composed for these rules (not copied from gold): a day after 'fired' is no one fired on
('fired 300 workers on Friday', 'fired back on Sunday night'); a coup needs the state or its forces
in its sentence ('the boardroom coup against the chief executive' is none); shooting a witness heard
is the act told, not another; acts named as a series ('the worst in a series of attacks since 2013')
are a record; and a year told beside them never replaces the day the lead was reported.
"""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker fired 300 workers on Friday after a collapse in orders.",
        "The board that fired the chief executive on Friday will be replaced under the deal.",
        "The software maker fired back on Sunday night, hiring the ousted founder within hours.",
        "The coup against the chief executive was launched with a terse statement on Friday afternoon.",
    ],
)
def test_business_words_of_war_are_no_events(text: str) -> None:
    assert [(e.category, e.mode) for e in record(text, "2023-11-22").events] == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Police fired on protesters outside the parliament on Friday.", "shooting"),
        ("Soldiers staged a coup against the president on Wednesday, state television said.", "coup"),
    ],
)
def test_the_same_words_of_war_told_of_war_are_events(text: str, mode: str) -> None:
    assert mode in [e.mode for e in record(text, "2023-11-22").events]


def test_shooting_a_witness_heard_is_the_attack_told() -> None:
    rec = record(
        "BUJUMBURA, Dec 30 (Wire) - Gunmen killed 12 people in the village of Rukaramu late on Friday, "
        "police said. A woman who hid in a field said she heard shooting for more than an hour before "
        "soldiers arrived.",
        "2023-12-30",
    )
    assert len([e for e in rec.events if e.category == "ASSAULT"]) == 1


def test_a_series_of_attacks_since_a_year_is_a_record_and_the_lead_keeps_its_day() -> None:
    rec = record(
        "DHAKA, July 3 (Wire) - The interior minister said on Sunday that the gunmen who killed 14 "
        "hostages at a hotel in the capital belonged to a local militant group. The siege was the worst "
        "in a series of attacks on writers and foreigners since 2013.",
        "2016-07-03",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.killed, e.when.date if e.when else None) for e in attacks] == [(14, "2016-07-03")]
