"""A deal struck between sides is an AGREE (ontology: 'AGREE (ceasefires, deals)'; coding guide: AGREE for
ceasefires, evacuation or prisoner deals): 'signed a peace accord', 'reached an agreement to evacuate'.
A deal only urged or negotiated is not struck, a business deal is no event, and a ceasefire agreement
keeps its ceasefire mode. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    "text",
    [
        "Mali's government and the separatist rebels signed a peace accord in Algiers on Friday.",
        "Police said the militia and the army had reached an agreement on Tuesday to evacuate wounded "
        "fighters from the besieged district.",
    ],
)
def test_engine_reads_a_deal_struck_between_sides_as_agree(text: str):
    agrees = [e for e in record(text, "2024-03-08").events if e.category == "AGREE"]
    assert [e.mode for e in agrees] == ["agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker signed a supply deal with a battery maker on Monday.",
        "The envoy urged the army and the rebels to sign a peace accord before the rains.",
        "The rebels say they are negotiating an evacuation deal with the army.",
    ],
)
def test_engine_reads_no_deal_that_was_not_struck_or_not_between_sides(text: str):
    assert [e.category for e in record(text, "2024-03-08").events if e.category == "AGREE"] == []


def test_engine_keeps_the_ceasefire_mode_of_a_signed_ceasefire_agreement():
    events = record(
        "The army and the rebels signed a ceasefire agreement in Addis Ababa on Sunday.", "2024-03-08"
    ).events
    assert [(e.category, e.mode) for e in events] == [("AGREE", "ceasefire")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan failed to agree a truce in talks in Moscow on Monday.",
        "The army and the rebels failed to reach an agreement on a ceasefire in Jeddah on Sunday.",
    ],
)
def test_engine_reads_no_deal_the_sides_failed_to_make(text: str):
    assert [e for e in record(text, "2024-03-08").events if e.category == "AGREE"] == []


def test_engine_still_reads_a_truce_that_failed_to_hold_as_agreed():
    events = record("The truce agreed in Jeddah on Sunday failed to hold.", "2024-03-08").events
    assert [e.category for e in events] == ["AGREE"]
