"""A relative clause that sums up what a party has done ('the militia, which has seized parts of
Darfur', 'a group that has taken several towns') describes the party; it is no event (coding guide:
background is coded only when the text gives it a date or a specific place). One that names its place
or day is still told. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    "text",
    [
        "Chadian troops clashed on Tuesday with the militia, which has seized parts of northern Darfur.",
        "The army shelled positions of the M23, a rebel group that has captured swathes of North Kivu "
        "province, on Sunday.",
        "Al Shabaab, which has seized several villages in recent months, claimed the raid on the base.",
    ],
)
def test_engine_reads_a_partys_undated_record_as_no_seizure(text: str):
    assert [e.category for e in record(text, "2024-03-14").events if e.category == "COERCE"] == []


def test_engine_still_reads_a_seizure_that_names_its_town():
    events = record(
        "The rebels, who have seized the town of Kitchanga, said they would advance on Goma.", "2024-03-14"
    ).events
    assert [e.mode for e in events if e.category == "COERCE"] == ["seize"]
