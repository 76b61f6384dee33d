"""Exports: jsonl is the contract per article (and reads back equal), csv is one flat row per event with
empty cells for "not stated", geojson holds the events that have coordinates; all of them stream."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from frontwire import contract
from frontwire.export import CSV_COLUMNS, export_store, write_csv
from frontwire.model import Record
from frontwire.store import EventFilter, event_key


def _export(store: Any, fmt: str, filters: EventFilter | None = None) -> tuple[int, str]:
    buf = io.StringIO()
    n = export_store(store, fmt, buf, filters)
    return n, buf.getvalue()


def test_jsonl_is_one_valid_contract_record_per_article_that_reads_back(
    fixture_db: Any, records: list[Record]
) -> None:
    n, text = _export(fixture_db, "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == len(records)
    by_id = {r.article.id: r for r in records}
    for line in lines:
        d = contract.validate(json.loads(line))
        original = by_id[d["article"]["id"]]
        assert contract.record_from_dict(d, article=original.article) == original


def test_csv_has_a_row_per_event_and_leaves_unstated_figures_empty(
    fixture_db: Any, records: list[Record]
) -> None:
    n, text = _export(fixture_db, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    events = {event_key(r.article.id, e.id): (e, r) for r in records for e in r.events}
    assert n == len(rows) == len(events)
    for row in rows:
        e, r = events[row["event_id"]]
        assert row["killed"] == ("" if e.killed is None else str(e.killed))
        assert row["wounded"] == ("" if e.wounded is None else str(e.wounded))
        assert row["contested"] == str(int(e.contested))
        assert row["category"] == e.category
        assert row["source_url"] == (r.article.url or "")
        if e.when and e.when.date:
            assert row["event_date"] == e.when.date
            assert (
                row["time_precision"]
                == {"day": "1", "week": "2", "month": "3", "year": "3"}[e.when.precision]
            )
        denied = {c.by for c in e.claims if c.stance in ("denies", "disputes") and c.by}
        assert set(filter(None, row["denied_by"].split("; "))) == denied
    assert any(r["killed"] == "" for r in rows) and any(r["killed"] not in ("", "0") for r in rows)


def test_geojson_holds_events_with_coordinates_as_lon_lat(fixture_db: Any, records: list[Record]) -> None:
    n, text = _export(fixture_db, "geojson")
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection"
    placed = {
        event_key(r.article.id, e.id): e
        for r in records
        for e in r.events
        if e.where and e.where.lat is not None and e.where.lon is not None
    }
    assert n == len(doc["features"]) == len(placed) > 0
    for f in doc["features"]:
        e = placed[f["id"]]
        assert f["geometry"] == {"type": "Point", "coordinates": [e.where.lon, e.where.lat]}
        assert f["properties"]["category"] == e.category


def test_event_filters_apply_to_csv_and_geojson(fixture_db: Any, records: list[Record]) -> None:
    contested = sum(e.contested for r in records for e in r.events)
    assert _export(fixture_db, "csv", EventFilter(contested=True))[0] == contested
    with pytest.raises(ValueError, match="whole article records"):
        _export(fixture_db, "jsonl", EventFilter(contested=True))
    with pytest.raises(ValueError, match="unknown export format"):
        _export(fixture_db, "xlsx")


def test_csv_streams_a_row_before_reading_the_next_event(fixture_db: Any) -> None:
    """Each row is written before the next event is read: nothing accumulates in memory."""
    out = io.StringIO()
    written_before: list[int] = []

    def items() -> Any:
        for item in fixture_db.iter_events():
            written_before.append(out.getvalue().count("\n"))
            yield item

    write_csv(items(), out)
    assert written_before == list(range(1, len(written_before) + 1))  # header, then one row per item
