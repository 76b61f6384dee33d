"""Whom an act was aimed at, and that target's country (tests/gold/README.md, Parties).

A facility or building hit, stormed, seized or protested at is the target, of the country it is in
(or whose it is: "the French embassy" is France's), and a seized installation's target is the force
it belonged to; a threat answering an attack is aimed at its
doer; a privilege withdrawn is withdrawn from whoever held it; a suspect named by surname alone is of
no state. The sentences are written for these tests in the forms wire copy takes (not copied from
gold).
"""

from __future__ import annotations

from frontwire.ingest import read_bytes
from frontwire.model import Event
from frontwire.pipeline import process


def _events(text: str) -> list[Event]:
    article = next(iter(read_bytes(text.encode(), source="wire.txt")))
    return process(article).events


def _one(text: str, category: str) -> Event:
    found = [e for e in _events(text) if e.category == category]
    assert found, text
    return found[0]


# -- suspects -------------------------------------------------------------------------------------


def test_a_suspect_named_by_surname_later_in_the_story_is_of_no_state() -> None:
    text = (
        "CHICAGO, Oct 3 (Wire) - A man was stabbed to death in a River North apartment on Sunday, "
        "police said.\n\nGino Bassett, 30, was charged with murder on Tuesday.\n\n"
        "Bassett was arrested on Monday after he was identified as the attacker, police said."
    )
    ev = _one(text, "COERCE")
    assert ev.target is not None and ev.target.name == "Bassett"
    assert ev.target.country is None
