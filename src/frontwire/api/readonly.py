"""Open a frontwire database read-only for the API, so no request can ever change it.

Why a second engine instead of ``open_store``: the store's engine is a writer (it migrates, sets WAL,
opens transactions meant for writes). Every read the API serves goes through a connection that SQLite
itself refuses to write with: the file is opened with the URI flag ``mode=ro`` and ``PRAGMA
query_only`` is set on top, so even a bug that reached the SQL layer with a write could not commit it.
The one writing route (``POST /api/articles``) opens its own ordinary store, and only when enabled.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from frontwire.store import Store, StoreError
from frontwire.store import schema as S
from frontwire.store.engine import to_url


def _readonly_sqlite_engine(path: Path) -> Engine:
    uri = f"file:{quote(str(path))}?mode=ro"

    def connect() -> sqlite3.Connection:
        # check_same_thread off: uvicorn serves sync routes from a thread pool and the pool hands the
        # connection to whichever thread checks it out (one at a time).
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    # The pool class is explicit: a URL without a database (the connections come from ``creator``) would
    # otherwise get SQLAlchemy's in-memory default, SingletonThreadPool, which closes the connections
    # of older threads once there are more threads than its size, under requests still using them.
    engine = create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=QueuePool, pool_size=8, max_overflow=24
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA query_only=ON")
            cur.execute("PRAGMA busy_timeout=10000")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A deferred read transaction: each request reads one consistent snapshot while ingests write.
        conn.exec_driver_sql("BEGIN")

    return engine


def open_readonly(url_or_path: str | Path) -> Store:
    """A ``Store`` whose connections cannot write; the database must already exist and be migrated.

    SQLite files are opened with ``mode=ro``. Any other SQLAlchemy URL is used as given (a server
    database should be reached with a role that only has SELECT; the API still issues no writes).
    """
    url = to_url(url_or_path)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("the API needs a database file; an in-memory database would always be empty")
        path = Path(url.database)
        if not path.is_file():
            raise StoreError(
                f"database {path} does not exist; create it with `frontwire ingest --db {path} ...`"
            )
        engine = _readonly_sqlite_engine(path)
    else:
        engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(select(S.migrations.c.number).limit(1)).all()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(
            f"cannot read database {url_or_path}: {reason} (is it a frontwire database?)"
        ) from exc
    return Store(engine, str(url_or_path))
