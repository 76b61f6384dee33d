"""Parties read from news conventions: leaders named without a country word, downed aircraft,
doers named by a relative clause or a modifier, civilian areas hit.

The sentences are written for these tests in the forms wire copy takes (not copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Article, Event
from frontwire.pipeline import process


def _events(text: str) -> list[Event]:
    return process(Article.from_text(text, published="2024-05-02")).events


def _one(text: str, category: str) -> Event:
    found = [e for e in _events(text) if e.category == category]
    assert found, text
    return found[0]


# -- a leader named without a country word is his state's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "name", "country"),
    [
        # a visiting president is not the host country's
        (
            "President Vladimir Putin vowed revenge after the attack, speaking in Minsk.",
            "THREATEN",
            "President Vladimir Putin",
            "RUS",
        ),
        ("Erdogan vowed to crush the PKK after the bombing in Ankara.", "THREATEN", "Erdogan", "TUR"),
        (
            "Forces loyal to eastern commander Khalifa Haftar shelled Tripoli's Mitiga airport on Sunday.",
            "ASSAULT",
            "Forces loyal to eastern commander Khalifa Haftar",
            "LBY",
        ),
    ],
)
def test_a_leader_named_without_country_is_his_states(
    text: str, category: str, name: str, country: str
) -> None:
    ev = _one(text, category)
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


def test_a_leader_named_in_a_rebel_phrase_gives_the_rebels_no_country() -> None:
    ev = _one("Anti-Assad rebels shelled a government checkpoint near Hama on Monday.", "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == ("Anti-Assad rebels", None)
