"""The incident commands over the canonical fixture database: list, show, csv, forget; order independence."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.incidents.acled import ACLED_COLUMNS
from frontwire.incidents.service import incidents_of, store_incidents

runner = CliRunner()


def _db_path(store: Any) -> str:
    return str(store.engine.url.database)


def test_incidents_json_lists_every_linked_event_once(fixture_db: Any, records: list) -> None:
    res = runner.invoke(app, ["incidents", "--db", _db_path(fixture_db), "--format", "json"])
    assert res.exit_code == 0, res.output
    found = json.loads(res.stdout)["incidents"]
    members = [m for i in found for m in i["members"]]
    assert len(members) == len(set(members)) == sum(len(r.events) for r in records)
    assert all(
        i["killed"]["low"] is None or i["killed"]["low"] <= i["killed"]["best"] <= i["killed"]["high"]
        for i in found
    )


def test_same_records_in_reverse_order_or_twice_give_the_same_incidents(records: list) -> None:
    forward = [i.to_dict() for i in incidents_of(records)]
    assert [i.to_dict() for i in incidents_of(list(reversed(records)))] == forward
    assert [i.to_dict() for i in incidents_of(records + records)] == forward


def test_incident_show_and_filters(fixture_db: Any) -> None:
    db = _db_path(fixture_db)
    everything = store_incidents(fixture_db)
    target = max(everything, key=lambda i: (len(i.claims), i.id))
    res = runner.invoke(app, ["incident", target.id[:10], "--db", db])
    assert res.exit_code == 0, res.output
    assert target.id in res.stdout and "Sources" in res.stdout
    missing = runner.invoke(app, ["incident", "zzzz", "--db", db])
    assert missing.exit_code == 1
    contested = runner.invoke(app, ["incidents", "--db", db, "--contested", "--format", "json"])
    assert all(i["contested"] for i in json.loads(contested.stdout)["incidents"])
    bad = runner.invoke(app, ["incidents", "--db", db, "--since", "27/10/2020"])
    assert bad.exit_code == 2


def test_csv_has_one_acled_row_per_incident(fixture_db: Any) -> None:
    res = runner.invoke(app, ["incidents", "--db", _db_path(fixture_db), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == len(store_incidents(fixture_db))
    assert set(ACLED_COLUMNS) <= set(rows[0])
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)


def test_forget_removes_the_article_and_recomputes_its_incidents(
    fixture_db: Any, records: list, tmp_path: Path
) -> None:
    db = _db_path(fixture_db)
    victim = next(r for r in records if r.events)
    res = runner.invoke(app, ["forget", victim.article.id, "--db", db])
    assert res.exit_code == 0, res.output
    assert fixture_db.get_record(victim.article.id) is None
    left = store_incidents(fixture_db)
    assert all(s["id"] != victim.article.id for i in left for s in i.sources)
    rest = [r for r in records if r.article.id != victim.article.id]
    assert [i.id for i in left] == [i.id for i in incidents_of(rest)]
    assert runner.invoke(app, ["forget", victim.article.id, "--db", db]).exit_code == 1
