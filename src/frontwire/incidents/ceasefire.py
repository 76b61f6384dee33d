"""Ceasefire timelines: each ceasefire and the violations reported after it took effect (pure, no database).

A ceasefire is an incident of category ``AGREE`` whose members say ``mode == "ceasefire"``. Its
violations are the ``ASSAULT`` incidents that start on or after the day it took effect (the incident's
start date: the engine does not yet separate "agreed" from "effective"), within ``window_days``, and
share a country with it (place, actor or target). An incident whose members say
``mode == "ceasefire violation"`` is flagged as *reported* as a violation; the others are attacks in the
same conflict after the truce. "Collapsed within minutes" is then the gap between the ceasefire and
its first violation, or an ``AGREE`` member with ``status == "collapsed"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontwire.incidents.link import Incident


@dataclass(slots=True)
class Timeline:
    ceasefire: Incident
    collapsed: bool  # a report says the truce collapsed
    violations: list[tuple[Incident, bool]] = field(default_factory=list)  # (incident, reported as violation)

    @property
    def days_to_first_violation(self) -> int | None:
        if not self.violations or not self.ceasefire.date_start or not self.violations[0][0].date_start:
            return None
        start = date.fromisoformat(self.ceasefire.date_start)
        return (date.fromisoformat(self.violations[0][0].date_start) - start).days


def _countries(inc: Incident) -> set[str]:
    return {
        c
        for c in (
            (inc.place or {}).get("country"),
            (inc.actor or {}).get("country"),
            (inc.target or {}).get("country"),
        )
        if c
    }


def timelines(incidents: list[Incident], window_days: int = 30) -> list[Timeline]:
    """Every ceasefire among ``incidents`` with the attacks after it in the same conflict, by date."""
    out: list[Timeline] = []
    for cf in incidents:
        if cf.category != "AGREE" or "ceasefire" not in cf.modes or not cf.date_start:
            continue
        start = date.fromisoformat(cf.date_start)
        tl = Timeline(ceasefire=cf, collapsed="collapsed" in cf.statuses)
        for inc in incidents:
            if inc.category != "ASSAULT" or not inc.date_start or not (_countries(cf) & _countries(inc)):
                continue
            if 0 <= (date.fromisoformat(inc.date_start) - start).days <= window_days:
                tl.violations.append((inc, "ceasefire violation" in inc.modes))
        tl.violations.sort(key=lambda v: (v[0].date_start or "", v[0].id))
        out.append(tl)
    return sorted(out, key=lambda t: (t.ceasefire.date_start or "", t.ceasefire.id))
