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


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan is scheduled to meet Zelensky in Istanbul.",
        "Barrow and Sall will meet in Dakar to discuss the Casamance rebels.",
        "Tinubu will meet Tshisekedi in Abuja.",
    ],
)
def test_engine_reads_a_meeting_to_come_as_a_plan_not_an_event(text: str):
    """Coding guide: future plans are not coded -- a meeting to come, like talks to come."""
    assert [e for e in record(text, "2024-03-13").events if e.category == "CONSULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's army chief met his Kenyan counterpart in Nairobi on Monday to discuss the fight "
        "against al Shabaab.",
        "The defence ministers discussed the offensive against the Houthis at a meeting in Riyadh.",
    ],
)
def test_engine_reads_the_war_a_meeting_is_about_as_its_topic_not_an_attack(text: str):
    assert [e for e in record(text, "2024-03-13").events if e.category == "ASSAULT"] == []


def test_engine_still_reads_a_concrete_attack_a_meeting_is_about():
    events = record(
        "Leaders met on Tuesday to discuss the attack on the hospital in Kunduz.", "2024-03-13"
    ).events
    assert [e.mode for e in events if e.category == "ASSAULT"] == ["attack"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Indian Foreign Minister S. Jaishankar visited Colombo on Thursday.", "IND", "LKA"),
        ("Qatar's prime minister visited Tehran on Sunday.", "QAT", "IRN"),
    ],
)
def test_engine_reads_a_state_visit_as_consult_with_its_host(text: str, actor: str, target: str):
    visits = [e for e in record(text, "2024-03-13").events if e.category == "CONSULT"]
    assert [e.mode for e in visits] == ["visit"]
    assert visits[0].actor is not None and visits[0].actor.country == actor
    assert visits[0].target is not None and visits[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The singer visited Lagos last week for a charity concert.",
        "The U.N. relief chief visited the Rafah crossing on Friday.",
        "The Sudanese president will visit Cairo next month.",
    ],
)
def test_engine_reads_no_visit_by_no_side_to_a_site_or_to_come(text: str):
    assert [e for e in record(text, "2024-03-13").events if e.category == "CONSULT"] == []


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Macron spoke by phone with Tshisekedi on Saturday about the fighting in the east.",
            "FRA",
            "COD",
        ),
        ("Erdogan spoke with Aliyev by telephone on Wednesday.", "TUR", "AZE"),
    ],
)
def test_engine_reads_a_phone_call_between_sides_as_consult(text: str, actor: str, target: str):
    calls = [e for e in record(text, "2024-03-13").events if e.category == "CONSULT"]
    assert [e.mode for e in calls] == ["call"]
    assert calls[0].actor is not None and calls[0].actor.country == actor
    assert calls[0].target is not None and calls[0].target.country == target


def test_engine_reads_no_call_between_no_sides():
    assert record("The students talked on the phone for hours on Sunday.", "2024-03-13").events == []
