"""Removing an article from the store: ``forget_article`` (used by ``frontwire forget``).

Kept in its own module, beside ``Store``, so that deleting stays one small, explicit operation. Rows
are deleted children first in one transaction rather than relying on ``ON DELETE CASCADE``: foreign
keys are enforced on SQLite only because the engine sets a pragma, and a URL store on another backend
or an old database must not be left with orphan claims.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from frontwire.store import schema as S
from frontwire.store.store import Store


def forget_article(store: Store, article_id: str) -> dict[str, int] | None:
    """Delete one article with its events, claims, evidence and tolls; None if it was not stored.

    Returns how many rows of each table went, so callers can say what they removed.
    """
    with store.engine.begin() as conn:
        if conn.execute(select(S.articles.c.id).where(S.articles.c.id == article_id)).first() is None:
            return None
        of_article = select(S.events.c.id).where(S.events.c.article_id == article_id)
        event_ids = list(conn.execute(of_article).scalars())
        removed: dict[str, int] = {}
        for table in (S.claims, S.evidence):
            n = 0
            for i in range(0, len(event_ids), 500):  # SQLite caps bound parameters per statement
                n += conn.execute(delete(table).where(table.c.event_id.in_(event_ids[i : i + 500]))).rowcount
            removed[table.name] = n
        removed["events"] = conn.execute(delete(S.events).where(S.events.c.article_id == article_id)).rowcount
        removed["tolls"] = conn.execute(delete(S.tolls).where(S.tolls.c.article_id == article_id)).rowcount
        removed["articles"] = conn.execute(delete(S.articles).where(S.articles.c.id == article_id)).rowcount
        return removed
