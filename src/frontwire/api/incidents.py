"""Incidents for the API: linked on the fly by ``frontwire.incidents`` and cached per database state.

Incidents are a pure function of the stored events (see ``frontwire.incidents.service``), so the API
links once and reuses the result until the database changes; the cache key is cheap to read (article
count and latest ingest time), so a new ingest is picked up on the next request.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import func, select

from frontwire.api.marks import marked_body
from frontwire.api.query import ApiFilter, decode_cursor, encode_cursor
from frontwire.incidents import Incident
from frontwire.incidents.service import IncidentFilter, store_incidents
from frontwire.store import Store
from frontwire.store import schema as S

UNDATED = S.UNDATED


class IncidentCache:
    """The store's incidents in listing order (date, id); recomputed when the database changes."""

    def __init__(self, store: Store):
        self.store, self.lock = store, threading.Lock()
        self.key: tuple[Any, ...] | None = None
        self.items: list[Incident] = []
        self.by_id: dict[str, Incident] = {}

    def _state(self) -> tuple[Any, ...]:
        a = S.articles.c
        with self.store.engine.connect() as conn:
            return tuple(conn.execute(select(func.count(), func.max(a.ingested_at))).one())

    def all(self) -> list[Incident]:
        with self.lock:
            key = self._state()
            if key != self.key:
                found = store_incidents(self.store)
                self.items = sorted(found, key=lambda i: (i.date_start or UNDATED, i.id))
                self.by_id = {i.id: i for i in self.items}
                self.key = key
            return self.items


def _lower(v: Any) -> str:
    return str(v or "").casefold()


def keeps(inc: Incident, f: ApiFilter) -> bool:
    """The event filters, applied to an incident (its own dates, place, parties, evidence)."""
    base = IncidentFilter(
        since=f.since, until=f.until, country=f.country, category=f.category, contested=f.contested
    )
    if not base.keeps(inc):
        return False
    if f.actor:
        needle, code = f.actor.casefold(), f.actor.upper()
        parties = [p or {} for p in (inc.actor, inc.target)]
        if not any(needle in _lower(p.get("name")) or p.get("country") == code for p in parties):
            return False
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        lat, lon = (inc.place or {}).get("lat"), (inc.place or {}).get("lon")
        if lat is None or lon is None or not (min_lat <= lat <= max_lat):
            return False
        in_lon = min_lon <= lon <= max_lon if min_lon <= max_lon else (lon >= min_lon or lon <= max_lon)
        if not in_lon:
            return False
    if f.q:
        needle = f.q.casefold()
        texts = [(inc.place or {}).get("name"), (inc.actor or {}).get("name"), (inc.target or {}).get("name")]
        texts += [e.get("text") for e in inc.evidence] + [s.get("title") for s in inc.sources]
        if not any(needle in _lower(t) for t in texts):
            return False
    return True


def summary(inc: Incident) -> dict[str, Any]:
    """A listing row: what a table or a map marker needs, not the figures and claims in full."""
    place = inc.place or {}
    return {
        "id": inc.id,
        "category": inc.category,
        "date_start": inc.date_start,
        "date_end": inc.date_end,
        "place": place.get("name"),
        "country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "actor": (inc.actor or {}).get("name"),
        "target": (inc.target or {}).get("name"),
        "killed": inc.killed.best,
        "killed_low": inc.killed.low,
        "killed_high": inc.killed.high,
        "wounded": inc.wounded.best,
        "contested": inc.contested,
        "sources": len(inc.sources),
        "independent_sources": inc.independent_sources,
        "events": len(inc.members),
    }


def page(
    cache: IncidentCache, f: ApiFilter, *, limit: int, after: str | None
) -> tuple[list[Incident], str | None]:
    items = [i for i in cache.all() if keeps(i, f)]
    if after:
        sort_key, iid = decode_cursor(after, 2)
        items = [i for i in items if ((i.date_start or UNDATED), i.id) > (sort_key, iid)]
    more = len(items) > limit
    items = items[:limit]
    cursor = encode_cursor(items[-1].date_start or UNDATED, items[-1].id) if more else None
    return items, cursor


def detail(store: Store, inc: Incident) -> dict[str, Any]:
    """The whole incident, plus each source article's text with its evidence and claims marked."""
    out = inc.to_dict()
    articles = []
    for src in inc.sources:
        rec = store.get_record(src["id"])
        if rec is None:  # forgotten since the cache was built; the next request relinks
            continue
        marks = [
            {"start": e["span"][0], "end": e["span"][1], "kind": "evidence", "event_id": e["event_id"]}
            for e in inc.evidence
            if e.get("article_id") == src["id"] and e.get("span")
        ]
        marks += [
            {"start": c.span[0], "end": c.span[1], "kind": c.stance, "event_id": c.event_id}
            for c in inc.claims
            if c.article_id == src["id"] and c.span
        ]
        articles.append({**src, "body": rec.article.body, **marked_body(rec.article.body, marks)})
    out["articles"] = articles
    out["sides"] = {
        "asserts": [c for c in out["claims"] if c["stance"] == "asserts"],
        "denies": [c for c in out["claims"] if c["stance"] in ("denies", "disputes")],
    }
    return out


def feature(inc: Incident) -> dict[str, Any] | None:
    row = summary(inc)
    if row["lat"] is None or row["lon"] is None:
        return None
    props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
    return {
        "type": "Feature",
        "id": inc.id,
        "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
        "properties": props,
    }
