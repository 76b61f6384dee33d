"""Filters and queries the API adds on top of the store's listings.

The store already pages events by (date, id) with an opaque cursor and filters by date range, country,
category and contested. The API adds three filters analysts ask for (actor, bounding box, free text), a
listing of articles, and the per-day timeline. ``ApiFilter`` extends ``EventFilter`` so the store's own
``list_events`` / ``iter_events`` run it unchanged: one query path for the CLI, exports and the API.

Every value reaches SQL as a bound parameter; ``LIKE`` patterns are escaped (``autoescape``) so ``%``
and ``_`` typed by a user match themselves.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select

from frontwire.store import EventFilter, Store
from frontwire.store import schema as S

BBox = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat


def _icontains(col: Any, text: str) -> Any:
    # lower() on both sides: SQLite's LIKE folds ASCII only and PostgreSQL's does not fold at all.
    return func.lower(col).contains(text.lower(), autoescape=True)


@dataclass(frozen=True, slots=True)
class ApiFilter(EventFilter):
    """``EventFilter`` plus actor, bounding box and text search (all combined with AND)."""

    actor: str | None = None  # a name fragment or ISO3 code matched against actor and target
    bbox: BBox | None = None
    q: str | None = None

    def clauses(self) -> list[Any]:
        e, a = S.events.c, S.articles.c
        # Explicit base call: zero-argument super() breaks in slotted dataclasses (the class is rebuilt).
        out = EventFilter.clauses(self)
        if self.actor:
            code = self.actor.upper()
            out.append(
                or_(
                    _icontains(e.actor_name, self.actor),
                    _icontains(e.target_name, self.actor),
                    e.actor_country == code,
                    e.target_country == code,
                )
            )
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            lon = (
                e.lon.between(min_lon, max_lon)
                if min_lon <= max_lon
                else or_(e.lon >= min_lon, e.lon <= max_lon)  # a box across the antimeridian
            )
            out += [e.lat.is_not(None), e.lon.is_not(None), e.lat.between(min_lat, max_lat), lon]
        if self.q:
            ev = S.evidence.c
            out.append(
                or_(
                    _icontains(e.actor_name, self.q),
                    _icontains(e.target_name, self.q),
                    _icontains(e.place_name, self.q),
                    _icontains(e.casualty_text, self.q),
                    _icontains(a.title, self.q),
                    exists().where(ev.event_id == e.id, _icontains(ev.text, self.q)),
                )
            )
        return out

    def event_only(self) -> bool:
        """True when no filter beyond the article date range is set (used by the article listing)."""
        return not any(
            (self.country, self.category, self.contested is not None, self.actor, self.bbox, self.q)
        )


# --- articles -------------------------------------------------------------------------------------

ARTICLE_FIELDS = ("id", "title", "url", "published", "outlet", "agency", "language", "skipped", "events")
_UNDATED = S.UNDATED


def encode_cursor(*parts: str) -> str:
    raw = json.dumps(list(parts), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, n: int) -> list[str]:
    try:
        parts = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not (isinstance(parts, list) and len(parts) == n and all(isinstance(p, str) for p in parts)):
            raise ValueError("wrong shape")
    except (ValueError, binascii.Error, TypeError, UnicodeDecodeError) as exc:
        raise ValueError(f"invalid cursor {cursor!r}: pass back a next_cursor value unchanged") from exc
    return parts


def _article_query(f: ApiFilter) -> Any:
    """Articles ordered by (published, id), undated last; event filters keep articles with a match.

    ``since``/``until`` apply to the publication date here (an article has no event date of its own).
    """
    a, e = S.articles.c, S.events.c
    n_events = select(func.count()).where(e.article_id == a.id).scalar_subquery()
    sort = func.coalesce(a.published, _UNDATED)
    q = select(*(getattr(a, k) for k in ARTICLE_FIELDS[:-1]), n_events.label("events"), sort.label("_sort"))
    if f.since:
        q = q.where(a.published.is_not(None), a.published >= f.since)
    if f.until:
        q = q.where(a.published.is_not(None), a.published <= f.until)
    if not f.event_only():
        ev_filter = ApiFilter(
            country=f.country, category=f.category, contested=f.contested, actor=f.actor, bbox=f.bbox, q=f.q
        )
        matching = exists().where(e.article_id == a.id, *ev_filter.clauses())
        # Text search also looks at the article itself: a story with no extracted event is still found.
        if f.q and not any((f.country, f.category, f.contested is not None, f.actor, f.bbox)):
            matching = or_(matching, _icontains(a.title, f.q), _icontains(a.body, f.q))
        q = q.where(matching)
    return q, sort


def list_articles(
    store: Store, f: ApiFilter, *, limit: int, after: str | None
) -> tuple[list[dict], str | None]:
    """A page of article headers (with their event count) and the cursor of the next page."""
    q, sort = _article_query(f)
    if after:
        sort_key, aid = decode_cursor(after, 2)
        q = q.where(or_(sort > sort_key, and_(sort == sort_key, S.articles.c.id > aid)))
    q = q.order_by(sort, S.articles.c.id).limit(limit + 1)
    with store.engine.connect() as conn:
        rows = list(conn.execute(q))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor(rows[-1]._sort, rows[-1].id) if more else None
    return [{k: r._mapping[k] for k in ARTICLE_FIELDS} for r in rows], cursor


def iter_articles(store: Store, f: ApiFilter) -> Iterator[dict[str, Any]]:
    """Every matching article header, streamed in listing order (for jsonl/csv)."""
    q, sort = _article_query(f)
    q = q.order_by(sort, S.articles.c.id)
    with store.engine.connect() as conn:
        for r in conn.execution_options(stream_results=True, yield_per=500).execute(q):
            yield {k: r._mapping[k] for k in ARTICLE_FIELDS}


# --- statistics -----------------------------------------------------------------------------------


def timeline(store: Store, f: ApiFilter) -> list[dict[str, Any]]:
    """Events and killed per day, in total and per side (the actor's country, else the actor's name).

    Undated events cannot sit on a timeline and are left out; ``killed`` sums stated figures only
    (an event with no stated figure adds 0 to the sum but still counts as an event).
    """
    e = S.events.c
    side = func.coalesce(e.actor_country, e.actor_name, "unknown").label("side")
    q = (
        select(
            e.date, side, func.count().label("events"), func.coalesce(func.sum(e.killed), 0).label("killed")
        )
        .select_from(S.events.join(S.articles, e.article_id == S.articles.c.id))
        .where(e.date.is_not(None), *f.clauses())
        .group_by(e.date, side)
        .order_by(e.date, side)
    )
    days: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(q):
            day = days.setdefault(r.date, {"date": r.date, "events": 0, "killed": 0, "sides": {}})
            day["events"] += r.events
            day["killed"] += r.killed
            day["sides"][r.side] = {"events": r.events, "killed": r.killed}
    return list(days.values())
