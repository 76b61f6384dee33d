"""Incidents over a store: computed on the fly from the stored events, not persisted.

Why not a table: incidents are a pure function of the stored events (``link``), so computing them at
read time makes ingestion incremental and idempotent for free — a new article joins its incident on
the next read, re-ingesting stores nothing new so nothing changes, and ``forget`` needs no repair of a
derived table. The cost is a pass over the events on each call; persisting clusters is left for when
stores grow past what one pass handles.

Filters apply to incidents after linking, never before: linking a filtered subset would split
incidents at the filter's edges and change their ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from frontwire.incidents.link import Incident, link
from frontwire.model import Event, Record


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    country: str | None = None
    category: str | None = None
    contested: bool | None = None

    def keeps(self, inc: Incident) -> bool:
        """Date ranges overlap; the country is the place's, the actor's or the target's."""
        if self.since and (inc.date_end or "9999-12-31") < self.since:
            return False
        if self.until and (inc.date_start or "0000-01-01") > self.until:
            return False
        if self.category and inc.category != self.category.upper():
            return False
        if self.contested is not None and inc.contested != self.contested:
            return False
        if self.country:
            found = {(p or {}).get("country") for p in (inc.place, inc.actor, inc.target)}
            if self.country.upper() not in found:
                return False
        return True


def pairs_of(records: Iterable[Record]) -> Iterator[tuple[dict[str, Any], Event]]:
    """(article header, event) for every event of every record."""
    for rec in records:
        header = rec.article.header()
        for ev in rec.events:
            yield header, ev


def incidents_of(records: Iterable[Record], filters: IncidentFilter | None = None) -> list[Incident]:
    """Link the events of ``records`` into incidents, then keep those the filter accepts."""
    found = link(pairs_of(records))
    return [i for i in found if filters is None or filters.keeps(i)]


def store_incidents(store: Any, filters: IncidentFilter | None = None) -> list[Incident]:
    """Every incident over a ``frontwire.store.Store`` (``iter_records`` streams one snapshot)."""
    return incidents_of(store.iter_records(), filters)


def find_incident(incidents: Iterable[Incident], id_or_prefix: str) -> list[Incident]:
    """Incidents whose id equals, or starts with, ``id_or_prefix`` (an exact match wins)."""
    items = list(incidents)
    exact = [i for i in items if i.id == id_or_prefix]
    return exact or [i for i in items if i.id.startswith(id_or_prefix)]
