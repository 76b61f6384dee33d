"""Numbered schema migrations, each applied in its own transaction and recorded in ``migrations``.

Opening a store applies whatever is missing, so an old database file is brought up to date and a
current one is left alone (running this twice is a no-op). A migration is a function of one
connection inside an open transaction; if it raises, its DDL and its ``migrations`` row roll back
together (SQLite DDL is transactional once the driver stops auto-committing, see ``engine.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select

from frontwire.store import schema


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    apply: Callable[[Connection], None]


def _m0001_initial(conn: Connection) -> None:
    schema.metadata.create_all(
        conn,
        tables=[schema.runs, schema.articles, schema.events, schema.claims, schema.evidence, schema.tolls],
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial: runs, articles, events, claims, evidence, tolls", _m0001_initial),
)


class MigrationError(RuntimeError):
    """The database cannot be brought to this version of the schema."""


def applied(engine: Engine) -> list[int]:
    """Numbers of the migrations already recorded in the database, ascending."""
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, schema.migrations.name):
            return []
        return [n for (n,) in conn.execute(select(schema.migrations.c.number).order_by("number"))]


def migrate(engine: Engine) -> list[int]:
    """Apply every missing migration in order; return the numbers applied now (empty if none)."""
    with engine.begin() as conn:
        schema.metadata.create_all(conn, tables=[schema.migrations])
    done = set(applied(engine))
    known = {m.number for m in MIGRATIONS}
    unknown = sorted(done - known)
    if unknown:
        raise MigrationError(
            f"database has migrations {unknown} that this frontwire does not know: "
            "it was written by a newer version; upgrade frontwire to open it"
        )
    now_applied = []
    for m in MIGRATIONS:
        if m.number in done:
            continue
        with engine.begin() as conn:
            m.apply(conn)
            conn.execute(
                schema.migrations.insert().values(
                    number=m.number, name=m.name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
                )
            )
        now_applied.append(m.number)
    return now_applied
