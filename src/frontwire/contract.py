"""The record contract in machine-checkable form: load the JSON Schema, validate, and read a record back.

``model.Record.to_dict`` writes the contract shape (``shared/spec/event-record.md``); this module is the
other half: ``schema()`` is the packaged JSON Schema, ``validate()`` checks a dict against it with an
error that names the offending field, and ``record_from_dict()`` rebuilds the dataclasses so a record
that went through JSON (the store, an export, the API) comes back equal to the one that went in.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from frontwire.model import Article, Claim, Event, Evidence, Party, Place, Record, Toll, When

SCHEMA_RESOURCE = "event-record.schema.json"


class ContractError(ValueError):
    """A record does not match the contract; the message says where and why."""

    def __init__(self, message: str, path: str, errors: list[str]):
        super().__init__(message)
        self.path = path
        self.errors = errors


@cache
def schema() -> dict[str, Any]:
    """The packaged JSON Schema (draft 2020-12) of ``Record.to_dict()``, read once per process."""
    text = resources.files("frontwire").joinpath("data", SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def _where(path: Any) -> str:
    """``events[0].claims[1].stance``: a path a person can find in the printed JSON."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def errors(record_dict: dict[str, Any]) -> list[str]:
    """Every contract violation as ``path: message`` (empty when the record is valid)."""
    return [
        f"{_where(e.absolute_path)}: {e.message}"
        for e in sorted(_validator().iter_errors(record_dict), key=lambda e: list(map(str, e.absolute_path)))
    ]


def validate(record_dict: dict[str, Any]) -> dict[str, Any]:
    """Raise ``ContractError`` if ``record_dict`` breaks the contract; return it unchanged otherwise.

    The message leads with the most relevant violation (jsonschema's ``best_match``) and counts the
    rest, because a schema error buried in a list of thirty is one nobody reads.
    """
    problems = errors(record_dict)
    if not problems:
        return record_dict
    best = best_match(_validator().iter_errors(record_dict))
    path = _where(best.absolute_path) if best is not None else "(record)"
    article = record_dict.get("article") if isinstance(record_dict, dict) else None
    aid = article.get("id") if isinstance(article, dict) else None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    msg = f"record {aid or '?'} breaks the contract at {path}: {best.message if best else problems[0]}{more}"
    raise ContractError(msg, path, problems)


# --- reading a contract dict back into the model ----------------------------------------------------


def _span(value: Any) -> tuple[int, int] | None:
    # JSON has no tuples; the model keeps spans as tuples, so equality after a round trip needs this.
    return None if value is None else (int(value[0]), int(value[1]))


def _party(d: dict[str, Any] | None) -> Party | None:
    if d is None:
        return None
    return Party(
        name=d["name"], country=d.get("country"), civilian=d.get("civilian"), span=_span(d.get("span"))
    )


def _when(d: dict[str, Any] | None) -> When | None:
    if d is None:
        return None
    return When(
        date=d.get("date"),
        end=d.get("end"),
        precision=d.get("precision", "day"),
        text=d.get("text"),
        span=_span(d.get("span")),
    )


def _place(d: dict[str, Any] | None) -> Place | None:
    if d is None:
        return None
    return Place(
        name=d["name"],
        country=d.get("country"),
        admin1=d.get("admin1"),
        lat=d.get("lat"),
        lon=d.get("lon"),
        precision=d.get("precision", "point"),
        text=d.get("text"),
        geonameid=d.get("geonameid"),
        span=_span(d.get("span")),
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    """One contract event back into an ``Event`` (fields the model does not know are ignored)."""
    return Event(
        id=d["id"],
        category=d["category"],
        mode=d.get("mode"),
        acled_event_type=d.get("acled_event_type"),
        acled_sub_event_type=d.get("acled_sub_event_type"),
        actor=_party(d.get("actor")),
        target=_party(d.get("target")),
        when=_when(d.get("when")),
        where=_place(d.get("where")),
        killed=d.get("killed"),
        wounded=d.get("wounded"),
        missing=d.get("missing"),
        casualty_text=d.get("casualty_text"),
        victims=d.get("victims"),
        weapons=list(d.get("weapons") or []),
        status=d.get("status"),
        claims=[
            Claim(
                by=c.get("by"),
                stance=c["stance"],
                role=c.get("role"),
                country=c.get("country"),
                span=_span(c.get("span")),
                quote=c.get("quote"),
            )
            for c in d.get("claims") or []
        ],
        evidence=[Evidence(span=_span(e["span"]), text=e["text"]) for e in d.get("evidence") or []],  # type: ignore[arg-type]
        case_label=d.get("case_label"),
    )


def toll_from_dict(d: dict[str, Any]) -> Toll:
    return Toll(
        killed=d.get("killed"),
        wounded=d.get("wounded"),
        qualifier=d.get("qualifier"),
        since=d.get("since"),
        by=d.get("by"),
        text=d.get("text"),
        span=_span(d.get("span")),
    )


def record_from_dict(d: dict[str, Any], article: Article | None = None) -> Record:
    """Rebuild a ``Record`` from its contract dict.

    The contract's ``article`` object carries only the header; the body, source and metadata live
    elsewhere (the store keeps them in the articles table), so a caller that has the full ``Article``
    passes it in. Without it the article is rebuilt from the header with an empty body.
    """
    if article is None:
        h = d["article"]
        article = Article(
            id=h["id"],
            body="",
            title=h.get("title"),
            url=h.get("url"),
            published=h.get("published"),
            outlet=h.get("outlet"),
            agency=h.get("agency"),
            language=h.get("language"),
        )
    return Record(
        article=article,
        events=[event_from_dict(e) for e in d.get("events") or []],
        tolls=[toll_from_dict(t) for t in d.get("tolls") or []],
        skipped=d.get("skipped"),
    )
