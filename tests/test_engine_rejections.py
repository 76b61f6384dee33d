"""A proposal, offer or demand refused by a side is a REJECT event (ontology: 'REJECT (refuse, deny a
request)'), whose target is the side that made it; the demand written in a vetoed resolution is no
appeal by the side that vetoed it. Rejecting an accusation stays a claim (coding guide), and a
business offer turned down is no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Azerbaijan on Thursday rejected Armenia's proposal for a border truce.", "AZE", "ARM"),
        ("The Houthis rejected a Saudi offer of a nationwide ceasefire on Monday.", "YEM", "SAU"),
        (
            "China vetoed a Security Council resolution on Tuesday condemning the military offensive.",
            "CHN",
            None,
        ),
    ],
)
def test_engine_reads_a_refused_proposal_as_reject(text: str, actor: str, target: str | None):
    events = record(text, "2024-03-15").events
    rejections = [e for e in events if e.category == "REJECT"]
    assert len(rejections) == 1
    assert rejections[0].actor is not None and rejections[0].actor.country == actor
    assert (rejections[0].target.country if rejections[0].target else None) == target


def test_engine_reads_no_appeal_in_the_wording_of_a_vetoed_resolution():
    events = record(
        "Russia vetoed a draft resolution on Friday demanding an immediate truce in Sudan.", "2024-03-15"
    ).events
    assert [e.category for e in events] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow rejected the accusation that its troops had shelled the hospital in Kherson.",
        "The board rejected the takeover offer from the rival airline on Monday.",
    ],
)
def test_engine_reads_no_rejection_of_an_accusation_or_a_business_offer(text: str):
    assert [e for e in record(text, "2024-03-15").events if e.category == "REJECT"] == []


def test_engine_reads_a_refusal_to_concede_as_reject_and_the_refused_act_as_not_done():
    events = record(
        "The Houthis refused to release the hostages held on the tanker on Monday.", "2024-03-15"
    ).events
    assert [e.category for e in events] == ["REJECT"]
    assert events[0].actor is not None and events[0].actor.country == "YEM"
    shots = record("The troops refused to fire on the crowd in Antananarivo on Sunday.", "2024-03-15").events
    assert "ASSAULT" not in [e.category for e in shots]


def test_engine_reads_no_rejection_in_refusing_to_comment():
    events = record(
        "A military spokesman refused to comment on the strike near Kharkiv.", "2024-03-15"
    ).events
    assert "REJECT" not in [e.category for e in events]
