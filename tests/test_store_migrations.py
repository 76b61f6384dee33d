"""Opening a store migrates it once, in transactions; bad files and newer databases fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from frontwire.store import StoreError, open_store
from frontwire.store import migrations as m
from frontwire.store.engine import make_engine

TABLES = {"migrations", "runs", "articles", "events", "claims", "evidence", "tolls"}


def test_opening_twice_applies_each_migration_once(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with open_store(db) as store:
        assert set(inspect(store.engine).get_table_names()) >= TABLES
        first = store.counts()["migrations"]
    assert first == len(m.MIGRATIONS)
    engine = make_engine(db)
    try:
        assert m.migrate(engine) == []  # nothing left to apply
        assert m.applied(engine) == [mig.number for mig in m.MIGRATIONS]
    finally:
        engine.dispose()
    with open_store(db) as store:
        assert store.counts()["migrations"] == first


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_failing_migration_leaves_no_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "x.db"
    open_store(db).close()

    def broken(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("migration bug")

    monkeypatch.setattr(m, "MIGRATIONS", (*m.MIGRATIONS, m.Migration(99, "broken", broken)))
    with pytest.raises(RuntimeError, match="migration bug"):
        open_store(db)
    monkeypatch.undo()
    with open_store(db) as store:
        assert "half_done" not in inspect(store.engine).get_table_names()
        assert store.counts()["migrations"] == len(m.MIGRATIONS)


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(text("INSERT INTO migrations (number, name, applied_at) VALUES (999, 'future', 'x')"))
    with pytest.raises(StoreError, match="newer version"):
        open_store(db)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(b"these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match=r"cannot open database .*notes\.db"):
        open_store(db)
    assert db.read_bytes().startswith(b"these are my notes")  # and it was not overwritten


def test_a_database_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "x.db")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_urls_are_accepted(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        assert store.counts()["articles"] == 0
    assert (tmp_path / "u.db").is_file()
