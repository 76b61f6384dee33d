"""One ACLED-style row per incident, with UCDP-style best/low/high beside ACLED's ``fatalities``.

ACLED codes the most conservative credible figure as ``fatalities``: that is ``best`` here. Precision
codes follow ACLED: ``time_precision`` 1 = a single day, 2 = within a week, 3 = longer;
``geo_precision`` 1 = a point, 2 = a district, 3 = a region or only the country.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from frontwire.export.writers import write_rows
from frontwire.incidents.link import Incident

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
EXTRA_COLUMNS = (
    "incident_id",
    "category",
    "date_end",
    "best",
    "low",
    "high",
    "wounded_best",
    "wounded_low",
    "wounded_high",
    "reports",
    "independent_sources",
    "contested",
)
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

_GEO_PRECISION = {"point": 1, "district": 2, "region": 3, "country": 3}


def _country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry  # the geo stage's dependency; names as ACLED writes them (English short names)

    found = pycountry.countries.get(alpha_3=iso3)
    return found.name if found else iso3


def acled_row(inc: Incident) -> dict[str, Any]:
    place = inc.place or {}
    span_days = 0
    if inc.date_start and inc.date_end:
        from datetime import date

        span_days = (date.fromisoformat(inc.date_end) - date.fromisoformat(inc.date_start)).days
    outlets = sorted({s.get("outlet") or s.get("agency") or s.get("url") or s["id"] for s in inc.sources})
    return {
        "event_id_cnty": f"{place.get('country') or 'XXX'}-{inc.id}",
        "event_date": inc.date_start,
        "time_precision": 1 if span_days == 0 else 2 if span_days <= 7 else 3,
        "event_type": inc.acled_event_type,
        "sub_event_type": inc.acled_sub_event_type,
        "actor1": (inc.actor or {}).get("name"),
        "actor2": (inc.target or {}).get("name"),
        "country": _country_name(place.get("country")),
        "admin1": place.get("admin1"),
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": _GEO_PRECISION.get(place.get("precision") or "", 3) if place else None,
        "source": "; ".join(o for o in outlets if o),
        "notes": inc.evidence[0]["text"] if inc.evidence else None,
        "fatalities": inc.killed.best if inc.killed.best is not None else 0,
        "incident_id": inc.id,
        "category": inc.category,
        "date_end": inc.date_end,
        "best": inc.killed.best,
        "low": inc.killed.low,
        "high": inc.killed.high,
        "wounded_best": inc.wounded.best,
        "wounded_low": inc.wounded.low,
        "wounded_high": inc.wounded.high,
        "reports": len(inc.sources),
        "independent_sources": inc.independent_sources,
        "contested": inc.contested,
    }


def write_acled_csv(incidents: Iterable[Incident], out: TextIO) -> int:
    """CSV, one row per incident; returns the number of rows. Empty cells mean "not stated"."""
    return write_rows((acled_row(inc) for inc in incidents), COLUMNS, out)
