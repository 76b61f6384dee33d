"""Talks are placed where they were held, not in the war they are about.

Sentences written for these tests in wire style (not copied from gold): the parties of a war meeting
in a third country ("talks in Geneva on the war in Ukraine", "met in Jeddah for talks on the war in
Sudan"); the host country is named nowhere else in the story.
"""

from __future__ import annotations

import pytest

from reading import record


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Diplomats from Russia and Ukraine held talks in Geneva on the war in Ukraine on Friday.",
            "Geneva",
            "CHE",
        ),
        (
            "Russia and Ukraine held talks in Geneva on Friday on ending the war in Ukraine, officials said.",
            "Geneva",
            "CHE",
        ),
        (
            "Sudan's army and the RSF met in Jeddah on Saturday for talks on the war in Sudan.",
            "Jeddah",
            "SAU",
        ),
    ],
)
def test_talks_are_placed_where_they_were_held(text: str, place: str, country: str) -> None:
    talks = [e for e in record(text).events if e.category == "CONSULT"]
    assert talks, text
    assert talks[0].where is not None
    assert (talks[0].where.name, talks[0].where.country) == (place, country)


def test_an_attack_abroad_named_nowhere_else_is_still_doubted() -> None:
    # the exemption is for the gathering's own place: an act of force keeps the foreign doubt
    rec = record(
        "KABUL (Wire) - Taliban fighters attacked a checkpoint in Helmand on Friday, killing four police, "
        "Afghan officials said."
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert attack.where is not None and attack.where.country == "AFG"
