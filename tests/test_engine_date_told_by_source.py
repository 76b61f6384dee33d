"""A source's formula that dates an undated attack told before ("... must confirm that Sergeant X was
killed in action ... on the 29th March 2018").

New sentences composed for these rules (not copied from gold). "must" on a verb of reporting
('must confirm', 'must announce') is a duty to report, not a doubt on the act; the killing it reports is
read, dates the attack told, and a region across countries ('the Middle East') is no finer place than the
country told. "An MoD spokesman" after "the Ministry of Defence (MoD)" is the ministry speaking.
"""

from __future__ import annotations

from reading import record

STORY = (
    "A British soldier has been killed by a roadside bomb while on patrol with coalition troops in Iraq. "
    "The Ministry of Defence (MoD) has named the soldier as Corporal Ann Hale of the Royal Anglian "
    'Regiment. An MoD spokesman said: "It is with deep regret that the Ministry of Defence must confirm '
    "that Corporal Ann Hale from the 1st Battalion the Royal Anglian Regiment was killed in action in the "
    'Middle East on the 12th May 2024."'
)


def test_a_duty_to_confirm_a_death_dates_the_attack_told() -> None:
    rec = record(STORY, "2024-05-14")
    assert [(e.category, e.killed) for e in rec.events] == [("ASSAULT", 1)]
    (event,) = rec.events
    assert event.when is not None and event.when.date == "2024-05-12"
    assert event.where is not None and event.where.name == "Iraq"


def test_an_acronym_spokesman_speaks_for_the_body_spelled_out() -> None:
    rec = record(
        "BASRA, Iraq (Wire) - A British soldier was killed in a roadside bomb attack in southern Iraq on "
        "Monday, the Ministry of Defence (MoD) said. An MoD spokesman said the soldier died of his wounds.",
        "2024-05-14",
    )
    spokes = [(c.by, c.role) for e in rec.events for c in e.claims if c.role == "spokesman"]
    assert spokes == [("Ministry of Defence", "spokesman")]


def test_a_death_that_may_be_confirmed_later_is_still_no_event() -> None:
    rec = record(
        "LONDON (Wire) - The ministry said it could confirm later whether two soldiers were killed.",
        "2024-05-14",
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []
