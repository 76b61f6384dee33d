"""Re-storing the same articles changes nothing: same rows, same bytes of every record table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontwire.model import Article, Record
from frontwire.store import ingest, open_store


def test_writing_the_same_records_again_changes_nothing(
    fixture_db: Any, records: list[Record], dump: Any
) -> None:
    before = dump(fixture_db)
    assert fixture_db.write_batch(records) == [False] * len(records)
    assert dump(fixture_db) == before


def test_a_reprint_with_other_metadata_is_the_same_article(
    fixture_db: Any, records: list[Record], dump: Any
) -> None:
    """Same body, other title/url/source: a duplicate, and the stored copy keeps its own metadata."""
    original = records[0].article
    reprint = Article.from_text(
        original.body.replace("\n", "\n\n") + "  ",
        title="Reprinted",
        url="https://elsewhere.example/x",
        source="mirror.txt",
    )
    assert reprint.id == original.id
    before = dump(fixture_db)
    assert fixture_db.write_batch([Record(article=reprint)]) == [False]
    assert dump(fixture_db) == before


def test_rerunning_an_ingest_reports_every_article_duplicate(
    tmp_path: Path, records: list[Record], dump: Any
) -> None:
    by_id = {r.article.id: r for r in records}
    calls: list[str] = []

    def process(article: Article) -> Record:
        calls.append(article.id)
        return by_id[article.id]

    articles = [r.article for r in records]
    with open_store(tmp_path / "x.db") as store:
        first = ingest(store, articles, process, batch_size=4)
        assert (first.new, first.duplicate, first.ok) == (len(records), 0, True)
        assert first.events == sum(len(r.events) for r in records)
        before, counts = dump(store), store.counts()
        calls.clear()
        second = ingest(store, articles, process, batch_size=4)
        assert (second.read, second.new, second.duplicate, second.ok) == (len(records), 0, len(records), True)
        assert calls == []  # duplicates are not even processed again
        assert dump(store) == before
        assert {k: v for k, v in store.counts().items() if k != "runs"} == {
            k: v for k, v in counts.items() if k != "runs"
        }
        runs = store.runs()
        assert [(r["status"], r["new"], r["duplicate"]) for r in runs] == [
            ("finished", len(records), 0),
            ("finished", 0, len(records)),
        ]


def test_the_same_article_twice_in_one_run_is_stored_once(
    tmp_path: Path, records: list[Record], dump: Any
) -> None:
    rec = records[0]
    with open_store(tmp_path / "x.db") as store:
        report = ingest(store, [rec.article, rec.article], lambda a: rec, batch_size=50)
        assert (report.new, report.duplicate) == (1, 1)
        assert store.counts()["articles"] == 1
