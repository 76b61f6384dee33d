"""Streaming writers behind ``frontwire export`` (see the package docstring for what each format holds)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

from frontwire.model import Record

if TYPE_CHECKING:  # the writers take plain iterables; only export_store needs a store
    from frontwire.store import EventFilter, Store

FORMATS = ("jsonl", "csv", "geojson")

CSV_COLUMNS = (
    "event_id",
    "article_id",
    "event_date",
    "end_date",
    "time_precision",
    "category",
    "mode",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor1_country",
    "actor2",
    "actor2_country",
    "civilian_target",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "killed",
    "wounded",
    "missing",
    "casualty_text",
    "victims",
    "weapons",
    "contested",
    "asserted_by",
    "denied_by",
    "source",
    "source_url",
    "published",
    "notes",
)


@cache
def _precision_codes() -> dict[str, dict[str, int]]:
    text = resources.files("frontwire.export").joinpath("data", "acled_precision.json").read_text("utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _claimants(event: dict[str, Any], stances: set[str]) -> str | None:
    names = [c["by"] for c in event.get("claims") or [] if c["stance"] in stances and c.get("by")]
    return "; ".join(dict.fromkeys(names)) or None


def csv_row(item: dict[str, Any]) -> dict[str, Any]:
    """One event (an item of ``Store.iter_events``) as a flat ACLED-like row; None for "not stated"."""
    ev = item["event"]
    codes = _precision_codes()
    target = ev.get("target") or {}
    return {
        "event_id": item["id"],
        "article_id": item["article_id"],
        "event_date": item["date"],
        "end_date": item["end"],
        "time_precision": codes["time_precision"].get(item["date_precision"]) if item["date"] else None,
        "category": item["category"],
        "mode": item["mode"],
        "event_type": item["acled_event_type"],
        "sub_event_type": item["acled_sub_event_type"],
        "actor1": item["actor"],
        "actor1_country": item["actor_country"],
        "actor2": item["target"],
        "actor2_country": item["target_country"],
        "civilian_target": _flag(target.get("civilian")),
        "country": item["country"],
        "admin1": item["admin1"],
        "location": item["place"],
        "latitude": item["lat"],
        "longitude": item["lon"],
        "geo_precision": codes["geo_precision"].get(item["geo_precision"]) if item["place"] else None,
        "killed": item["killed"],
        "wounded": item["wounded"],
        "missing": item["missing"],
        "casualty_text": ev.get("casualty_text"),
        "victims": item["victims"],
        "weapons": "; ".join(item["weapons"]) or None,
        "contested": int(item["contested"]),
        "asserted_by": _claimants(ev, {"asserts"}),
        "denied_by": _claimants(ev, {"denies", "disputes"}),
        "source": item["outlet"] or item["article"].get("agency"),
        "source_url": item["url"],
        "published": item["published"],
        "notes": " … ".join(e["text"] for e in ev.get("evidence") or []) or None,
    }


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    """One contract record per line; returns the number of lines written."""
    n = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        n += 1
    return n


def write_csv(items: Iterable[dict[str, Any]], out: TextIO) -> int:
    """CSV with a header row and one row per event; returns the number of events written."""
    return write_rows((csv_row(item) for item in items), CSV_COLUMNS, out)


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """Stream flat rows as CSV under ``columns``; ``None`` becomes an empty cell ("not stated")."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        n += 1
    return n


def write_geojson(items: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A GeoJSON FeatureCollection of the events that have coordinates; returns the feature count.

    Written piece by piece (header, features, footer) so a large export never sits in memory whole.
    """
    out.write('{"type":"FeatureCollection","features":[\n')
    n = 0
    for item in items:
        if item["lat"] is None or item["lon"] is None:
            continue
        props = {k: v for k, v in csv_row(item).items() if k not in ("latitude", "longitude")}
        props["title"] = item["title"]
        feature = {
            "type": "Feature",
            "id": item["id"],
            "geometry": {"type": "Point", "coordinates": [item["lon"], item["lat"]]},
            "properties": props,
        }
        out.write(",\n" if n else "")
        out.write(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
        n += 1
    out.write("\n]}\n")
    return n


def export_store(store: Store, fmt: str, out: TextIO, filters: EventFilter | None = None) -> int:
    """Write the store (optionally filtered events) in ``fmt``; returns records (jsonl) or events written."""
    if fmt == "jsonl":
        if filters is not None and filters != type(filters)():
            raise ValueError("jsonl exports whole article records; event filters apply to csv and geojson")
        return write_jsonl(store.iter_records(), out)
    if fmt == "csv":
        return write_csv(store.iter_events(filters), out)
    if fmt == "geojson":
        return write_geojson(store.iter_events(filters), out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
