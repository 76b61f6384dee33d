"""What the engine reads from a text, as the tests ask for it: one place for the small helpers that
many test files had each written out (the record of a text, the events of a wire file, the first event
of a kind, the claims of an event, the attributions of one sentence).

Tests call the same pure ``process(article)`` the CLI, the API and batch runs call.
"""

from __future__ import annotations

from frontwire.ingest import read_bytes
from frontwire.model import Article, Event, Record
from frontwire.nlp.claims import Attribution, attributions
from frontwire.nlp.engine import _nlp
from frontwire.pipeline import process


def record(text: str, published: str | None = None, language: str | None = None) -> Record:
    """The record of ``text`` as an article published on ``published`` (ISO date; dates resolve
    against it, as against a dateline); ``language`` set skips the language guess."""
    if language is None:
        return process(Article.from_text(text, published=published))
    return process(Article.from_text(text, published=published, language=language))


def wire_events(text: str) -> list[Event]:
    """The events of ``text`` read as a wire file through ingest (its dateline dates and places it)."""
    article = next(iter(read_bytes(text.encode(), source="wire.txt")))
    return process(article).events


def first_of(events: list[Event], category: str, text: str = "") -> Event:
    """The first event of ``category``; fails naming ``text`` when there is none."""
    found = [e for e in events if e.category == category]
    assert found, text
    return found[0]


def first_assault(rec: Record) -> Event:
    """The story's first ASSAULT."""
    return first_of(rec.events, "ASSAULT")


def one_attack(rec: Record) -> Event:
    """The story's only ASSAULT; fails naming every attack found when there is not exactly one."""
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 1, [(e.mode, e.killed, e.evidence[0].text[:60]) for e in attacks]
    return attacks[0]


def stances(event: Event) -> list[tuple[str, str]]:
    """(claimant, stance) of each of the event's claims, in order."""
    return [(c.by, c.stance) for c in event.claims]


def attributions_of(sentence: str) -> list[Attribution]:
    """The attributions the claims reader finds in one sentence parsed alone."""
    return attributions(_nlp()(sentence)[:])
