"""Ingest with worker processes stores exactly what a single process stores, and a failing article
in a worker is listed like any other failure."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from frontwire.ingest import Skipped, read_paths
from frontwire.model import Article, Record
from frontwire.store import ingest, open_store

DEMO = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "demo"


def _articles() -> list[Any]:
    items = list(read_paths([DEMO / "wire"]))
    assert sum(isinstance(i, Article) for i in items) >= 5
    return items


_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def _without_stamps(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows minus the wall-clock columns (when each row was stored), which differ between runs."""
    return {
        t: [tuple(c for c in r if not (isinstance(c, str) and _STAMP.match(c))) for r in rs]
        for t, rs in rows.items()
    }


def test_two_workers_store_the_same_rows_as_one(process: Any, tmp_path: Path, dump: Any) -> None:
    items = _articles()
    one = open_store(str(tmp_path / "one.db"))
    two = open_store(str(tmp_path / "two.db"))
    try:
        r1 = ingest(one, items, process, batch_size=3)
        r2 = ingest(two, items, process, batch_size=3, workers=2)
        assert r2.ok and r2.counts() == r1.counts()
        assert _without_stamps(dump(two)) == _without_stamps(dump(one))
        again = ingest(two, items, process, workers=2)
        assert again.new == 0 and again.duplicate == r1.read
    finally:
        one.close()
        two.close()


def _fails_on_ganja(article: Article) -> Record:
    from frontwire.pipeline import process

    if "Ganja" in article.body:
        raise ValueError("refusing Ganja on purpose")
    return process(article)


def test_a_failure_inside_a_worker_is_listed_and_the_rest_stored(process: Any, tmp_path: Path) -> None:
    items = [i for i in _articles() if not isinstance(i, Skipped)]
    store = open_store(str(tmp_path / "x.db"))
    try:
        report = ingest(store, items, _fails_on_ganja, batch_size=2, workers=2)
    finally:
        store.close()
    failed = [p for p in report.problems if p.kind == "failed"]
    assert failed and all("refusing Ganja on purpose" in p.reason for p in failed)
    assert report.new == report.read - len(failed)
