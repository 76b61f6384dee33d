"""A batch is all or nothing: an interrupted ingest never leaves half an article, and never touches
what earlier batches stored. One failing article is listed and the run goes on."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from frontwire.model import Article, Record
from frontwire.store import ingest, open_store
from frontwire.store import store as store_module


class Interrupt(KeyboardInterrupt):
    """Ctrl-C, raised from inside processing, as a user would."""


def _process_from(records: list[Record], fail_on: str | None = None, exc: BaseException | None = None) -> Any:
    by_id = {r.article.id: r for r in records}

    def process(article: Article) -> Record:
        if article.id == fail_on:
            assert exc is not None
            raise exc
        return by_id[article.id]

    return process


def _stored_ids(store: Any) -> set[str]:
    return {r.article.id for r in store.iter_records()}


def test_interrupt_in_the_third_article_of_a_batch_keeps_earlier_batches(
    tmp_path: Path, records: list[Record], dump: Any
) -> None:
    assert len(records) >= 7
    articles = [r.article for r in records[:6]]
    third_of_second_batch = articles[5]  # batch size 3: [0,1,2] then [3,4,5]
    with open_store(tmp_path / "x.db") as store:
        ingest(store, [records[-1].article], _process_from(records), batch_size=3)  # an earlier run
        earlier = dump(store)
        with pytest.raises(Interrupt):
            ingest(
                store, articles, _process_from(records, third_of_second_batch.id, Interrupt()), batch_size=3
            )
        # the first batch of this run committed; nothing of the interrupted batch did
        assert _stored_ids(store) == {a.id for a in articles[:3]} | {records[-1].article.id}
        after = dump(store)
        for table, rows in earlier.items():
            assert all(row in after[table] for row in rows)  # previously stored rows untouched
        for r in records[:3]:
            assert store.get_record(r.article.id) == r  # whole articles only: events, claims, tolls
        assert store.runs()[-1]["status"] == "interrupted"


def test_a_write_failing_on_the_third_article_rolls_the_whole_batch_back(
    tmp_path: Path, records: list[Record], monkeypatch: pytest.MonkeyPatch, dump: Any
) -> None:
    with open_store(tmp_path / "x.db") as store:
        store.write_batch(records[:2])
        before = dump(store)
        real = store_module.record_rows
        seen: list[str] = []

        def failing(record: Record, **kw: Any) -> Any:
            seen.append(record.article.id)
            if len(seen) == 3:
                raise OSError("disk full")
            return real(record, **kw)

        monkeypatch.setattr(store_module, "record_rows", failing)
        with pytest.raises(OSError, match="disk full"):
            store.write_batch(records[2:7])
        monkeypatch.undo()
        assert dump(store) == before  # not one row of the failed batch, and nothing else changed
        assert store.write_batch(records[2:7]) == [True] * 5  # and the batch can simply be rerun


def test_one_failing_article_is_listed_and_the_rest_are_stored(tmp_path: Path, records: list[Record]) -> None:
    bad = records[2].article
    process = _process_from(records, bad.id, ValueError("engine tripped on a table"))
    with open_store(tmp_path / "x.db") as store:
        report = ingest(store, [r.article for r in records], process, batch_size=2)
        assert not report.ok
        assert [(p.kind, p.source) for p in report.problems] == [("failed", bad.source)]
        assert "ValueError: engine tripped on a table" in report.problems[0].reason
        assert _stored_ids(store) == {r.article.id for r in records} - {bad.id}
        assert store.runs()[-1]["failed"] == 1


def test_a_record_breaking_the_contract_is_not_stored(tmp_path: Path, records: list[Record]) -> None:
    broken = Record(article=records[0].article, events=[_copy_with_category(records[0], "ATTACK")])
    with open_store(tmp_path / "x.db") as store:
        report = ingest(store, [records[0].article], lambda a: broken)
        assert report.failed and "ContractError" in report.failed[0].reason
        assert "events[0].category" in report.failed[0].reason
        assert store.counts()["articles"] == 0


def test_unreadable_inputs_are_listed_with_their_reason(tmp_path: Path, records: list[Record]) -> None:
    class Skipped:  # the shape frontwire.ingest yields
        def __init__(self, source: str, reason: str):
            self.source, self.reason = source, reason

    items = [records[0].article, Skipped("photo.jpg", "binary file"), records[1].article]
    with open_store(tmp_path / "x.db") as store:
        report = ingest(store, items, _process_from(records))
        assert (report.new, report.ok) == (2, False)
        assert [(p.kind, p.source, p.reason) for p in report.problems] == [
            ("skipped", "photo.jpg", "binary file")
        ]
        assert store.runs()[-1]["problems"] == [
            {"source": "photo.jpg", "reason": "binary file", "kind": "skipped"}
        ]


def _copy_with_category(record: Record, category: str) -> Any:
    from frontwire.contract import event_from_dict

    d = record.to_dict()["events"][0]
    return event_from_dict(dict(d, category=category))


def test_an_article_over_the_time_cap_is_listed_and_the_run_goes_on(
    tmp_path: Path, records: list[Record]
) -> None:
    slow = records[1].article
    by_id = {r.article.id: r for r in records[:3]}

    def process(article: Article) -> Record:
        if article.id == slow.id:
            time.sleep(30)  # a pathological article; the cap interrupts the sleep
        return by_id[article.id]

    started = time.monotonic()
    with open_store(tmp_path / "x.db") as store:
        report = ingest(store, [r.article for r in records[:3]], process, timeout=0.3)
        assert time.monotonic() - started < 10
        assert [(p.kind, p.source) for p in report.failed] == [("failed", slow.source)]
        assert "time cap" in report.failed[0].reason
        assert _stored_ids(store) == {records[0].article.id, records[2].article.id}
