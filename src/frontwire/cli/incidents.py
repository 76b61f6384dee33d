"""The incident commands: ``incidents``, ``incident``, ``forget``.

Incidents are computed from the stored events when asked (``frontwire.incidents.service``), so these
commands never write incidents anywhere; ``forget`` deletes one article and shows what that changed.
Arguments, database opening and error lines follow ``frontwire.cli.records`` (same options, same exit
codes: 0 success, 1 not found, 2 bad usage or unusable database).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from itertools import zip_longest
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from frontwire.cli._app import app
from frontwire.cli.records import (
    Category,
    Contested,
    Country,
    Db,
    Since,
    Until,
    _fail,
    _is_iso_date,
    _open,
    out,
)
from frontwire.settings import SETTINGS


class IncidentsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _incident_filter(
    since: str | None, until: str | None, country: str | None, category: str | None, contested: bool | None
) -> Any:
    from frontwire.incidents.service import IncidentFilter

    for label, value in (("--since", since), ("--until", until)):
        if value is not None and not _is_iso_date(value):
            raise _fail(f"{label} wants an ISO date like 2020-10-27, got {value!r}")
    return IncidentFilter(since=since, until=until, country=country, category=category, contested=contested)


def _rng(r: Any) -> str:
    if r.best is None:
        return "–"
    if r.low == r.high:
        return str(r.best)
    return f"{r.best} ({r.low}–{r.high})"


@app.command()
def incidents(
    db: Db = SETTINGS["db"].default,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    category: Category = None,
    contested: Contested = None,
    format: Annotated[IncidentsFormat, typer.Option("--format", "-f")] = IncidentsFormat.table,
) -> None:
    """Incidents: the stored events linked across reports, one row per real-world event.

    killed/wounded show best (low–high); csv has one ACLED-style row per incident.
    """
    from frontwire.incidents.acled import write_acled_csv
    from frontwire.incidents.service import store_incidents

    filters = _incident_filter(since, until, country, category, contested)
    with _open(db, must_exist=True) as store:
        found = store_incidents(store, filters)
    if format is IncidentsFormat.csv:
        write_acled_csv(found, sys.stdout)
        return
    if format is IncidentsFormat.json:
        sys.stdout.write(
            json.dumps({"incidents": [i.to_dict() for i in found]}, ensure_ascii=False, indent=2)
        )
        sys.stdout.write("\n")
        return
    table = Table(title=f"{len(found)} incidents", title_justify="left")
    for col in ("id", "date", "category", "place", "actor → target", "killed", "wounded", "reports"):
        table.add_column(col, overflow="fold")
    for i in found:
        date = i.date_start or "?"
        if i.date_end and i.date_end != i.date_start:
            date += f"…{i.date_end[5:]}"
        place = (i.place or {}).get("name") or ""
        parties = f"{(i.actor or {}).get('name') or '?'} → {(i.target or {}).get('name') or '?'}"
        table.add_row(
            i.id,
            date,
            i.category + (" [red]contested[/]" if i.contested else ""),
            escape(place),
            escape(parties),
            _rng(i.killed),
            _rng(i.wounded),
            f"{len(i.sources)} ({i.independent_sources} indep.)",
        )
    out.print(table)


@app.command()
def incident(
    incident_id: Annotated[str, typer.Argument(help="Incident id, or a unique prefix of one.")],
    db: Db = SETTINGS["db"].default,
) -> None:
    """One incident: its sources, every source's figures, asserts vs denies side by side, evidence."""
    from frontwire.incidents.service import find_incident, store_incidents

    with _open(db, must_exist=True) as store:
        matches = find_incident(store_incidents(store), incident_id)
    if not matches:
        raise _fail(f"no incident {incident_id!r} in {db}", 1)
    if len(matches) > 1:
        raise _fail(f"{incident_id!r} matches several incidents: {', '.join(m.id for m in matches)}", 1)
    _render(matches[0])


def _render(i: Any) -> None:
    place = i.place or {}
    acled = f"{escape(i.acled_event_type or '')} · {escape(i.acled_sub_event_type or '')}"
    actor, target = (i.actor or {}).get("name") or "?", (i.target or {}).get("name") or "?"
    lines = [
        f"[bold]{i.category}[/]  [dim]{acled}[/]",
        f"actor → target: {escape(actor)} → {escape(target)}",
        f"when: {i.date_start or '?'}" + (f" … {i.date_end}" if i.date_end != i.date_start else ""),
        f"where: {escape(place.get('name') or '?')}"
        + (f" ({place.get('country')})" if place.get("country") else "")
        + (
            f"  [dim]({place['lat']}, {place['lon']}; {place.get('precision')})[/]"
            if place.get("lat")
            else ""
        ),
        f"killed best {i.killed.best} (low {i.killed.low}, high {i.killed.high}) · "
        f"wounded best {i.wounded.best} (low {i.wounded.low}, high {i.wounded.high})",
        f"reports {len(i.sources)} · independent sources {i.independent_sources}",
    ]
    if i.weapons:
        lines.append("weapons: " + escape(", ".join(i.weapons)))
    title = f"incident {i.id}" + ("  [red]CONTESTED[/]" if i.contested else "")
    out.print(Panel("\n".join(lines), title=title, title_align="left"))

    src = Table(title="Sources", title_justify="left")
    for col in ("article", "published", "outlet", "agency", "url"):
        src.add_column(col, overflow="fold")
    for s in i.sources:
        src.add_row(
            s["id"],
            s.get("published") or "",
            escape(s.get("outlet") or ""),
            escape(s.get("agency") or ""),
            escape(s.get("url") or ""),
        )
    out.print(src)

    if i.figures:
        fig = Table(title="Figures per source", title_justify="left")
        for col in ("published", "outlet", "claimant", "killed", "wounded", ""):
            fig.add_column(col, overflow="fold")
        for f in sorted(i.figures, key=lambda f: (f.published or "", f.outlet or "", f.event_id)):
            fig.add_row(
                f.published or "",
                escape(f.outlet or ""),
                escape(f.claimant or "(the outlet)"),
                "" if f.killed is None else str(f.killed),
                "" if f.wounded is None else str(f.wounded),
                "[dim]superseded[/]" if f.superseded else "",
            )
        out.print(fig)

    if i.claims:
        claims = Table(title="Claims", title_justify="left", show_lines=True)
        claims.add_column("asserts", ratio=1, overflow="fold")
        claims.add_column("denies / disputes", ratio=1, overflow="fold")
        side: dict[str, list[Text]] = {"asserts": [], "denies": []}
        for c in i.claims:
            extra = ", ".join(x for x in (c.role, c.country) if x)
            cell = Text.assemble(
                (c.by or "unattributed", "bold"),
                (f" ({extra})" if extra else "", "dim"),
                (" disputes" if c.stance == "disputes" else "", "italic"),
                "\n",
                c.quote or "",
                (f"\n[{c.article_id}]", "dim"),
            )
            side["asserts" if c.stance == "asserts" else "denies"].append(cell)
        for left, right in zip_longest(side["asserts"], side["denies"], fillvalue=Text("")):
            claims.add_row(left, right)
        out.print(claims)

    if i.evidence:
        out.print("[bold]Evidence[/]")
        for e in i.evidence:
            out.print(
                Panel(
                    Text(e["text"]),
                    subtitle=f"{e['article_id']} chars {e['span'][0]}–{e['span'][1]}",
                    subtitle_align="right",
                )
            )


@app.command()
def forget(
    article_id: Annotated[str, typer.Argument(help="Id of the stored article to delete.")],
    db: Db = SETTINGS["db"].default,
) -> None:
    """Delete an article and its events; the incidents it was part of are recomputed and shown."""
    from frontwire.incidents.service import store_incidents
    from frontwire.store.forget import forget_article

    with _open(db, must_exist=True) as store:
        before = [i for i in store_incidents(store) if any(s["id"] == article_id for s in i.sources)]
        removed = forget_article(store, article_id)
        if removed is None:
            raise _fail(f"no article {article_id!r} in {db}", 1)
        touched = {m for i in before for m in i.members}
        after = [i for i in store_incidents(store) if touched & set(i.members)]
    out.print(f"forgot article {article_id}: " + ", ".join(f"{n} {t}" for t, n in removed.items()))
    for i in before:
        out.print(f"  was in incident {i.id} ({len(i.sources)} reports)")
    for i in after:
        out.print(f"  now incident {i.id} ({len(i.sources)} reports)")
