"""The record model: the one shape every stage, store, API and export shares.

The JSON contract is ``shared/spec/event-record.md`` (version 1); the JSON Schema shipped beside this
module (``data/event-record.schema.json``) is its machine-checkable form. Dataclasses here are plain
values with ``to_dict`` so that the pipeline stays pure and a record can cross a process boundary
(Dask workers, the API) as JSON without a second representation.

``None`` always means "not stated in the text", never zero.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "frontwire.event-record/1"


def normalise_body(text: str) -> str:
    """Normalise text for identity: NFC, unified whitespace, no outer blanks.

    Why: the same wire story reprinted with different line wrapping or trailing spaces must hash to
    the same article id, or re-ingesting would create duplicates.
    """
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, deterministic hex id from identifying fields (sqlite-utils style hash ids)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


def article_id(body: str) -> str:
    """Stable article id: the hash of the normalised body, so reprints with other metadata collide."""
    return stable_id(normalise_body(body))


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read by ``ingest``; the input of ``process``."""

    id: str
    body: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) of the dateline, if known
    outlet: str | None = None
    agency: str | None = None
    language: str | None = None  # ISO 639-1, e.g. "en"
    source: str | None = None  # path or "stdin" or "archive.zip!inner/path"
    metadata: dict[str, Any] = field(default_factory=dict)  # captions, related links...

    @classmethod
    def from_text(cls, body: str, **kw: Any) -> Article:
        """Build an article whose id is derived from its body (the only way ids are made)."""
        return cls(id=article_id(body), body=body, **kw)

    def header(self) -> dict[str, Any]:
        """The ``article`` object of the contract."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "outlet": self.outlet,
            "agency": self.agency,
            "language": self.language,
        }


@dataclass(slots=True)
class Party:
    """An actor or target as the text presents it."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3, None for non-state or unknown
    civilian: bool | None = None
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class When:
    date: str | None  # ISO date the event happened
    end: str | None = None
    precision: str = "day"  # day | week | month | year
    text: str | None = None
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "point"  # point | district | region | country
    text: str | None = None
    geonameid: int | None = None
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class Claim:
    by: str | None
    stance: str  # asserts | denies | disputes
    role: str | None = None
    country: str | None = None
    span: tuple[int, int] | None = None
    quote: str | None = None


@dataclass(slots=True)
class Evidence:
    span: tuple[int, int]
    text: str


@dataclass(slots=True)
class Event:
    id: str
    category: str  # PLOVER
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    actor: Party | None = None
    target: Party | None = None
    when: When | None = None
    where: Place | None = None
    killed: int | None = None
    wounded: int | None = None
    missing: int | None = None
    casualty_text: str | None = None
    victims: str | None = None  # civilians | military | mixed
    weapons: list[str] = field(default_factory=list)
    status: str | None = None  # for AGREE ceasefires: "collapsed"
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    case_label: str | None = None  # CASE 2021 Task 2 label the engine assigns

    @property
    def violent(self) -> bool:
        return self.category == "ASSAULT"

    @property
    def contested(self) -> bool:
        stances = {c.stance for c in self.claims}
        return "asserts" in stances and bool(stances & {"denies", "disputes"})


@dataclass(slots=True)
class Toll:
    """An aggregate figure over a war or period, never attached to a single event."""

    killed: int | None = None
    wounded: int | None = None
    qualifier: str | None = None  # "more than", "close to", "at least"...
    since: str | None = None
    by: str | None = None
    text: str | None = None
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class Record:
    """What ``process(article)`` returns: the article header, its events and aggregate tolls."""

    article: Article
    events: list[Event] = field(default_factory=list)
    tolls: list[Toll] = field(default_factory=list)
    skipped: str | None = None  # reason extraction did not run (non-English...), else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "article": self.article.header(),
            "events": [_clean(asdict(e)) for e in self.events],
            "tolls": [_clean(asdict(t)) for t in self.tolls],
        }
        if self.skipped:
            out["skipped"] = self.skipped
        return out


def _clean(value: Any) -> Any:
    """Tuples to lists so the dict is JSON-shaped (spans are [start, end] in the contract)."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value
