"""Turn a path or URL into a configured SQLAlchemy engine.

SQLite is the embedded default; any other URL (``postgresql+psycopg://...``) goes straight to
SQLAlchemy, which is what keeps a server database one URL away. SQLite gets three things fixed at
connect time: WAL (readers never block the one writer), foreign keys enforced (off by default in
SQLite), and real transactions around DDL and DML alike (the stdlib driver otherwise commits on its
own before DDL, which would let a failed migration or batch leave half its work behind).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says which file and why."""


def to_url(url_or_path: str | Path) -> URL:
    """A SQLAlchemy URL for a URL string or a filesystem path, checking the path's folder exists."""
    text = str(url_or_path)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {text!r} ({exc})") from exc
    path = Path(text).expanduser()
    if path.is_dir():
        raise StoreError(
            f"database path {path} is a folder; give a file name such as {path / 'frontwire.db'}"
        )
    if not path.parent.exists():
        raise StoreError(f"cannot create database {path}: folder {path.parent} does not exist")
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy: with isolation_level None the driver never emits
        # BEGIN/COMMIT behind our back, and the "begin" hook below opens every transaction itself.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed batch
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def make_engine(url_or_path: str | Path) -> Engine:
    url = to_url(url_or_path)
    kwargs: dict[str, Any] = {}
    sqlite = url.get_backend_name() == "sqlite"
    if sqlite and url.database in (None, "", ":memory:"):
        # One shared connection, or every checkout would see its own empty in-memory database.
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, **kwargs)
    if sqlite:
        _sqlite_setup(engine)
    return engine
