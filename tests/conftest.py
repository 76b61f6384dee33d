"""Shared test fixtures: repository paths, the canonical fixture database, the engine (loaded once).

The fixture database is built by one function (``fixture_records``) from real text: the demo corpus
articles and their hand-made gold records, with the gold's evidence sentences located in the body to
give real character spans. Most store, export and CLI tests read it; none needs spaCy.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from frontwire.contract import event_from_dict, toll_from_dict
from frontwire.model import Article, Evidence, Record

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
DEMO = REPO / "src" / "frontwire" / "data" / "demo"
GOLD = REPO / "tests" / "gold" / "demo"


def _span_of(body: str, text: str) -> tuple[int, int] | None:
    at = body.find(text)
    return None if at < 0 else (at, at + len(text))


def _full_date(value: str | None) -> str | None:
    """Gold files may write a reduced ISO date ("2017-04"); the contract wants YYYY-MM-DD with a precision."""
    if value is None or len(value) == 10:
        return value
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def _record_from_gold(gold: dict[str, Any], body: str, source: str) -> Record:
    """A hand-built record: the gold's facts, with evidence sentences turned into real body spans."""
    h = gold["article"]
    article = Article.from_text(
        body,
        title=h.get("title"),
        url=h.get("url"),
        published=h.get("published"),
        outlet=h.get("outlet"),
        agency=h.get("agency"),
        language=h.get("language"),
        source=source,
    )
    events = []
    for g in gold["events"]:
        d = dict(g)
        when = d.get("when")
        if when and when.get("date") is None and when.get("precision") is None:
            d["when"] = None  # gold spells "no date stated" as a when of nulls; the contract as null
        elif when:
            d["when"] = dict(when, date=_full_date(when.get("date")), end=_full_date(when.get("end")))
        texts = g.get("evidence_text") or []
        texts = [texts] if isinstance(texts, str) else texts
        d["claims"] = [
            dict(c, span=_span_of(body, c.get("evidence_text") or "")) for c in g.get("claims") or []
        ]
        event = event_from_dict(d)
        event.evidence = [Evidence(span=s, text=t) for t in texts if (s := _span_of(body, t)) is not None]
        events.append(event)
    tolls = [
        toll_from_dict(dict(t, span=_span_of(body, t.get("text") or ""))) for t in gold.get("tolls") or []
    ]
    return Record(article=article, events=events, tolls=tolls)


def _gold_body(src: Path, item: int | None) -> str:
    """The article body a gold record was coded on.

    Plain text is used as is; HTML pages and multi-article files (JSON Lines, feeds: gold ``"item"`` is
    the 1-based position, as ingest's ``path#n`` source) go through the product's reader, or every item
    of a JSONL file would share the raw file as one body.
    """
    if item is None and src.suffix in {".txt", ".md"}:
        return src.read_text(encoding="utf-8")
    from frontwire.ingest import read_paths

    articles = [r for r in read_paths([src]) if isinstance(r, Article)]
    return articles[(item or 1) - 1].body


def fixture_records() -> list[Record]:
    """The canonical fixture records: every demo article that has a gold record, in file order."""
    records = []
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = REPO / gold["source"]
        if src.is_file():
            body = _gold_body(src, gold.get("item"))
            records.append(_record_from_gold(gold, body, gold["source"]))
    if len(records) < 3:
        pytest.skip(f"fewer than 3 demo articles with gold records under {GOLD}")
    return records


@pytest.fixture(scope="session")
def records() -> list[Record]:
    return fixture_records()


@pytest.fixture
def fixture_db(tmp_path: Path, records: list[Record]) -> Iterator[Any]:
    """A fresh file database holding the fixture records (one batch), open; closed afterwards."""
    from frontwire.store import open_store

    store = open_store(tmp_path / "fixture.db")
    store.write_batch(records)
    yield store
    store.close()


def dump_records(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every record table in primary-key order (the runs log is bookkeeping, not records)."""
    from sqlalchemy import select

    from frontwire.store import schema

    with store.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in schema.RECORD_TABLES
        }


@pytest.fixture(scope="session")
def dump() -> Any:
    """``dump(store)``: a comparable snapshot of every stored record row."""
    return dump_records


@pytest.fixture(scope="session")
def process() -> Any:
    """The real ``pipeline.process``, warmed up once per session (spaCy and the gazetteer load here).

    Skips, with the reason, where extraction cannot run at all (engine not written yet, gazetteer not
    built: ``make test`` builds it first); failures on real articles are the tests' business.
    """
    if importlib.util.find_spec("frontwire.nlp.engine") is None:
        pytest.skip("frontwire.nlp.engine is not written yet: extraction tests wait for it")
    from frontwire.pipeline import process as process_

    warm_up = Article.from_text(
        "Two people were wounded when a shell hit a house in the town on Monday, officials said.",
        published="2020-01-06",
        language="en",
    )
    try:
        process_(warm_up)
    except Exception as exc:  # the reason is shown in the skip line
        pytest.skip(f"extraction cannot run here: {type(exc).__name__}: {exc}")
    return process_


@pytest.fixture(scope="session")
def geocoder() -> Any:
    """One geocoder over the built gazetteer for every geo test (``make test`` builds it first)."""
    from frontwire.geo import Geocoder
    from frontwire.geo.build import ensure_gazetteer

    return Geocoder(ensure_gazetteer())


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = SHARED / "corpus" / "seed" / "000_80e2d282e9611327.txt"
    if not path.is_file():
        pytest.skip(f"seed article not present at {path}")
    return path


# --- file databases for the tests that serve one over HTTP (API, schemathesis, dashboard) ------------


def db_fingerprint(path: Path) -> str:
    """A hash of a database file's whole content (schema and rows), read through a separate connection;
    read-only, so that taking the fingerprint cannot itself change the file."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def fingerprint() -> Any:
    """``fingerprint(path)``: equal before and after means the database was not changed at all."""
    return db_fingerprint


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """``served_db(name, records)``: a new file database holding ``records`` (one batch), in its own tmp
    dir, closed again. Closed because the server under test opens it itself; a new file per module, so
    what one module's server is sent can never reach another's database (unlike ``fixture_db``, an open
    store per test)."""
    from frontwire.store import open_store

    def write(name: str, records: list[Record]) -> Path:
        path = tmp_path_factory.mktemp(name) / f"{name}.db"
        with open_store(path) as store:
            store.write_batch(records)
        return path

    return write
