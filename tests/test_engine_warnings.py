"""A warning that the warner itself will deal a blow is a THREATEN ('Moscow warned Kyiv that it would
strike government buildings'); a warning that foresees harm, or names another doer, is none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Tehran warned Baku on Sunday that it would strike any base used against Iran.", "IRN", "AZE"),
        ("The Houthis warned they will target every vessel bound for Eilat.", "YEM", None),
    ],
)
def test_engine_reads_a_warning_of_the_warners_own_blow_as_a_threat(
    text: str, actor: str, target: str | None
):
    threats = [e for e in record(text, "2024-03-17").events if e.category == "THREATEN"]
    assert len(threats) == 1
    assert threats[0].actor is not None and threats[0].actor.country == actor
    assert (threats[0].target.country if threats[0].target else None) == target


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. warned that attacks on aid convoys would rise in the coming weeks.",
        "Kenya warned that al Shabaab would attack border towns again.",
    ],
)
def test_engine_reads_no_threat_in_a_warning_that_foresees_or_names_another_doer(text: str):
    assert [e for e in record(text, "2024-03-17").events if e.category == "THREATEN"] == []
