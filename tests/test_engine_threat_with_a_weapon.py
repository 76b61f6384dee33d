"""Waving a knife or a gun at people is a threat (THREATEN) made at a scene, placed like an act.

New sentences composed for this rule (not copied from gold). Not 'waved flags at the players'.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str) -> Record:
    return process(Article.from_text(text, published="2024-05-06"))


def test_waving_a_knife_at_people_is_a_threat_at_the_scene() -> None:
    rec = _record(
        "CHICAGO (Wire) - A man stabbed a tourist outside a hotel in Chicago on Monday, police said. He then "
        "ran into a subway station where he waved the knife at two women."
    )
    threats = [
        (e.target.name if e.target else None, e.where.name if e.where else None)
        for e in rec.events
        if e.category == "THREATEN"
    ]
    assert threats == [("women", "Chicago")]


def test_brandishing_a_pistol_at_guards_is_a_threat() -> None:
    rec = _record(
        "LAGOS (Wire) - A man brandished a pistol at guards outside the central bank in Lagos on Sunday."
    )
    assert [e.category for e in rec.events] == ["THREATEN"]


def test_waving_flags_at_players_is_no_threat() -> None:
    rec = _record("LONDON (Wire) - Fans waved flags at the players as the team bus arrived in Leeds.")
    assert [e for e in rec.events if e.category == "THREATEN"] == []
