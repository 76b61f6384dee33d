"""Meetings between sides are CONSULT events (coding guide: CONSULT for talks, visits, phone calls),
also when the one who meets is named by office ('Jordan's foreign minister', 'a senior Qatari
official'), and wire copy's bare weekday ('met with X Tuesday') does not hide whom they met. A meeting
of people who name no side, or one told as the setting of something else ('the hotel where envoys
were meeting'), is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Jordan's foreign minister met with Lebanese Prime Minister Najib Mikati in Beirut on Monday.",
            "JOR",
            "LBN",
        ),
        (
            "A senior Qatari official met Taliban leaders in Kabul on Sunday to discuss the detainees.",
            "QAT",
            "AFG",
        ),
        (
            "Egypt's intelligence chief met with Israeli Prime Minister Benjamin Netanyahu Wednesday, officials said.",
            "EGY",
            "ISR",
        ),
    ],
)
def test_engine_reads_a_meeting_of_a_named_sides_official_as_consult(text: str, actor: str, target: str):
    meetings = [e for e in record(text, "2024-03-13").events if e.category == "CONSULT"]
    assert len(meetings) == 1
    assert meetings[0].actor is not None and meetings[0].actor.country == actor
    assert meetings[0].target is not None and meetings[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The students met with the university's dean on Monday.",
        "Hundreds of fans met the players at the airport on Sunday.",
        "Drones struck the hotel in Port Sudan where Sudanese army officials were meeting Egyptian envoys on Monday.",
    ],
)
def test_engine_reads_no_meeting_of_no_side_or_told_as_a_setting(text: str):
    assert [e for e in record(text, "2024-03-13").events if e.category == "CONSULT"] == []
