"""An accusation that names a crime of war and no concrete act is an ACCUSE event between the two sides
(coding guide: "ACCUSE only for an accusation with no concrete event"): 'war crimes', 'crimes against
humanity' and 'atrocities' as well as 'genocide'. It needs an accuser: 'have been accused of' with no one
named is the generic statement the guide leaves uncoded, and ordinary crimes stay court news.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Georgia on Thursday accused Russia of war crimes in the breakaway region.", "GEO", "RUS"),
        ("Sudan's foreign ministry accused Chad of crimes against humanity on Monday.", "SDN", "TCD"),
        ("Armenia accused Azerbaijan of atrocities against prisoners of war.", "ARM", "AZE"),
    ],
)
def test_engine_reads_an_accusation_of_a_war_crime_as_accuse(text: str, actor: str, target: str):
    events = record(text, "2024-03-07").events
    assert [e.category for e in events] == ["ACCUSE"]
    assert events[0].actor is not None and events[0].actor.country == actor
    assert events[0].target is not None and events[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Both armies have been accused of war crimes over the course of the conflict.",
        "Prosecutors accused the former mayor of crimes including fraud and bribery.",
    ],
)
def test_engine_reads_no_accusation_without_an_accuser_or_a_crime_of_war(text: str):
    assert [e.category for e in record(text, "2024-03-07").events if e.category == "ACCUSE"] == []
