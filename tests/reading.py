"""What the engine reads from a text, as the tests ask for it: one place for the small helpers that
many test files had each written out (the record of a text, the one attack a story must hold).

Tests call the same pure ``process(article)`` the CLI, the API and batch runs call.
"""

from __future__ import annotations

from frontwire.model import Article, Event, Record
from frontwire.pipeline import process


def record(text: str, published: str | None = None) -> Record:
    """The record of ``text`` as an article published on ``published`` (ISO date; dates resolve
    against it, as against a dateline)."""
    return process(Article.from_text(text, published=published))


def one_attack(rec: Record) -> Event:
    """The story's only ASSAULT; fails naming every attack found when there is not exactly one."""
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 1, [(e.mode, e.killed, e.evidence[0].text[:60]) for e in attacks]
    return attacks[0]
