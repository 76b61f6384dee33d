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
    _check_dates,
    _fail,
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

    _check_dates(since, until)
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


class CeasefiresFormat(StrEnum):
    timeline = "timeline"
    json = "json"


@app.command()
def ceasefires(
    db: Db = SETTINGS["db"].default,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    format: Annotated[CeasefiresFormat, typer.Option("--format", "-f")] = CeasefiresFormat.timeline,
) -> None:
    """Ceasefires as timelines: agreed, took effect, brokered by, between whom, status, and every attack
    reported after it took effect in the same conflict (so "collapsed within minutes" shows).

    Filters keep a ceasefire by its start date and by the conflict's countries (ISO3).
    """
    from frontwire.incidents.ceasefire import timelines
    from frontwire.incidents.service import store_incidents

    _check_dates(since, until)
    with _open(db, must_exist=True) as store:
        found = timelines(store_incidents(store))
    keep = []
    for t in found:
        start = t.start or (t.agreed.date if t.agreed else None) or t.incident.date_start or ""
        if (since and start < since) or (until and start > until):
            continue
        if country and country.upper() not in t.countries:
            continue
        keep.append(t)
    if format is CeasefiresFormat.json:
        sys.stdout.write(
            json.dumps({"ceasefires": [t.to_dict() for t in keep]}, ensure_ascii=False, indent=2)
        )
        sys.stdout.write("\n")
        return
    if not keep:
        out.print(
            "no ceasefires in the store" + (" matching the filters" if since or until or country else "")
        )
        return
    for t in keep:
        _render_truce(t)


def _quote(text: str | None, seen: set[str]) -> str:
    """The sentence a mark was read from, once per timeline (later marks from it say so)."""
    if not text:
        return ""
    if text in seen:
        return "(the same sentence)"
    seen.add(text)
    return f"“{text[:157]}…”" if len(text) > 160 else f"“{text}”"


_STATUS_STYLE = {"collapsed": "bold red", "violated": "yellow", "in effect": "green", "proposed": "dim"}


def _when(mark: Any) -> str:
    if mark is None or not mark.date:
        return "not stated"
    text = mark.date + (f"…{mark.end[5:]}" if mark.end and mark.end != mark.date else "")
    if mark.time:
        text += f" {mark.time}"
    return text + (" [dim](inferred)[/]" if mark.inferred else "")


def _render_truce(t: Any) -> None:
    style = _STATUS_STYLE.get(t.status, "bold")
    status = t.status + (f" {t.collapse.lag}" if t.collapse is not None and t.collapse.lag else "")
    parties = ", ".join(t.parties) or "not stated"
    if t.parties_from_reports:
        parties += " [dim](the sides fighting in its reports)[/]"
    lines = [
        f"status: [{style}]{escape(status)}[/]",
        f"agreed: {_when(t.agreed)}",
        f"took effect: {_when(t.effective)}",
        f"brokered by: {escape(', '.join(t.brokers) or 'not stated')}",
        f"between: {parties}",
        f"reports: {len(t.incident.sources)} · incident {t.incident.id}",
    ]
    if t.status != "proposed":
        first = t.days_to_first_violation
        lines.append(
            "attacks after it took effect: "
            + (f"{len(t.violations)}, the first {first} day(s) after" if t.violations else "none reported")
        )
    out.print(Panel("\n".join(lines), title=f"ceasefire {t.id}", title_align="left", border_style=style))

    rows: list[tuple[str, int, str, str, str, str]] = []  # (date, order, +days, what, detail, ref)
    start = t.start

    def plus(day: str | None) -> str:
        if not day or not start:
            return ""
        from datetime import date

        n = (date.fromisoformat(day) - date.fromisoformat(start)).days
        return f"{n:+d} d"

    quoted: set[str] = set()
    for order, mark, label in ((0, t.agreed, "agreed"), (1, t.effective, "took effect"), (2, t.collapse, "")):
        if mark is None or (mark.kind == "collapsed" and not (mark.date or mark.lag or mark.text)):
            continue
        what = label or ("collapsed" + (f" {mark.lag}" if mark.lag else ""))
        if mark.inferred:
            what += " (inferred)"
        detail = mark.time or ""
        quote = _quote(mark.text, quoted)
        rows.append((mark.date or "", order, plus(mark.date), what, detail, quote))
    for v in t.violations:
        i = v.incident
        place = (i.place or {}).get("name") or "?"
        parties_ = f"{(i.actor or {}).get('name') or '?'} → {(i.target or {}).get('name') or '?'}"
        figures = ", ".join(
            f"{n} {label}"
            for n, label in ((i.killed.best, "killed"), (i.wounded.best, "wounded"))
            if n is not None
        )
        what = "attack, reported as a violation" if v.reported else "attack"
        rows.append(
            (
                i.date_start or "",
                3,
                plus(i.date_start),
                what,
                f"{place}: {parties_}" + (f" ({figures})" if figures else ""),
                f"incident {i.id} · {len(i.sources)} report(s)",
            )
        )
    if not rows:
        return
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for col in ("date", "", "what", "detail", "source"):
        table.add_column(col, overflow="fold")
    for day, _, rel, what, detail, ref in sorted(rows, key=lambda r: (r[0] or "9999", r[1], r[5])):
        style_ = (
            "red" if what.startswith("collapsed") else "yellow" if what.startswith("attack, reported") else ""
        )
        table.add_row(day or "?", rel, Text(what, style=style_), Text(detail), Text(ref, style="dim"))
    out.print(table)
    out.print()
