"""Backing a side's proposal is a SUPPORT (coding guide: SUPPORT for endorsements) whose target is the
side that made it; 'Iran-backed' rebels, rebels 'backed by Rwanda' and support for a country name no
endorsement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Turkey backed Sudan's ceasefire proposal on Wednesday.", "TUR", "SDN"),
        ("Washington supports the Egyptian truce plan, the State Department said.", "USA", "EGY"),
    ],
)
def test_engine_reads_backing_a_proposal_as_support(text: str, actor: str, target: str):
    support = [e for e in record(text, "2024-03-18").events if e.category == "SUPPORT"]
    assert len(support) == 1
    assert support[0].actor is not None and support[0].actor.country == actor
    assert support[0].target is not None and support[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Iran-backed militias fired rockets at a U.S. base in Syria on Monday.",
        "The M23 rebels, backed by Rwanda, seized the town of Rubaya on Tuesday.",
        "The United States supports Ukraine with weapons and money.",
    ],
)
def test_engine_reads_no_endorsement_in_a_sides_backers(text: str):
    assert [e for e in record(text, "2024-03-18").events if e.category == "SUPPORT"] == []
