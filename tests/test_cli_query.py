"""The read commands (events, show, export, stats) run for real on the fixture database, and a missing
or broken database is one clear line with exit code 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from frontwire import contract
from frontwire.cli import app
from frontwire.export import CSV_COLUMNS
from frontwire.model import Record

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env={"COLUMNS": "160", **(env or {})})


@pytest.fixture
def db(fixture_db: Any) -> str:
    return fixture_db.label


def _events(records: list[Record]) -> list[Any]:
    return [e for r in records for e in r.events]


def test_events_json_pages_through_every_event(db: str, records: list[Record]) -> None:
    seen, cursor = [], None
    while True:
        res = run(
            "events", "--db", db, "--format", "json", "--limit", "5", *(["--after", cursor] if cursor else [])
        )
        assert res.exit_code == 0, res.output
        page = json.loads(res.stdout)
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == len(_events(records))


def test_events_filters_reach_the_store(db: str, records: list[Record]) -> None:
    res = run("events", "--db", db, "--contested", "--format", "json", "--limit", "500")
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["events"]) == sum(e.contested for e in _events(records))
    res = run("events", "--db", db, "--category", "ASSAULT", "--format", "csv", "--limit", "500")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == sum(e.category == "ASSAULT" for e in _events(records))
    res = run("events", "--db", db, "--country", "AZE")
    assert res.exit_code == 0 and "AZE" in res.stdout


def test_events_rejects_a_date_that_is_not_iso(db: str) -> None:
    res = run("events", "--db", db, "--since", "27/10/2020")
    assert res.exit_code == 2
    assert "ISO date" in res.stderr


def test_show_prints_claims_side_by_side_and_the_evidence(
    db: str, records: list[Record], fixture_db: Any
) -> None:
    item = fixture_db.list_events(fixture_db_filter(), limit=1).items[0]
    found = fixture_db.get_event(item["id"])
    res = run("show", "--db", db, item["id"][:8])
    assert res.exit_code == 0, res.output
    out = " ".join(res.stdout.split())  # rich wraps lines; compare on words
    assert "CONTESTED" in out and "asserts" in out and "denies / disputes" in out
    for c in found["claims"]:
        assert " ".join(c["by"].split()[:1]) in out
    assert " ".join(found["evidence"][0]["text"].split()[:6]) in out


def fixture_db_filter() -> Any:
    from frontwire.store import EventFilter

    return EventFilter(contested=True)


def test_show_an_unknown_event_exits_1(db: str) -> None:
    res = run("show", "--db", db, "ffffffffffff")
    assert res.exit_code == 1
    assert "no event" in res.stderr


def test_export_writes_files_and_streams_jsonl(db: str, records: list[Record], tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    res = run("export", "--db", db, "--format", "geojson", "--output", str(out))
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text())["type"] == "FeatureCollection"
    assert not list(tmp_path.glob(".*.part"))  # the temp file was renamed into place
    res = run("export", "--db", db, "--format", "jsonl")
    lines = res.stdout.splitlines()
    assert len(lines) == len(records)
    for line in lines:
        contract.validate(json.loads(line))
    res = run("export", "--db", db, "--format", "jsonl", "--contested")
    assert res.exit_code == 2 and "whole article records" in res.stderr


def test_stats_json_matches_the_store(db: str, fixture_db: Any) -> None:
    res = run("stats", "--db", db, "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == json.loads(json.dumps(fixture_db.stats()))
    res = run("stats", "--db", db)
    words = " ".join(res.stdout.split())
    assert "contested events" in words and "Events by category" in words


def test_the_database_can_come_from_the_environment(db: str) -> None:
    res = run("stats", "--json", env={"FRONTWIRE_DB": db})
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["articles"] > 0


def test_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    res = run("events", "--db", str(tmp_path / "nope.db"))
    assert res.exit_code == 2
    assert "no database at" in res.stderr and "frontwire ingest" in res.stderr
    assert not (tmp_path / "nope.db").exists()  # reading never creates a database


def test_a_corrupt_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    res = run("stats", "--db", str(bad))
    assert res.exit_code == 2
    assert "cannot open database" in res.stderr
    assert "Traceback" not in res.output
