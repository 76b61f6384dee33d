"""The record commands: ``ingest``, ``extract``, ``events``, ``show``, ``export``, ``stats``.

This module only parses arguments, opens the store and prints: reading is ``frontwire.ingest``,
extraction is ``frontwire.pipeline.process``, persistence and queries are ``frontwire.store``, and the
file formats are ``frontwire.export``. Options that are settings (database, batch size, size cap,
page size) are built from ``frontwire.settings``, so their defaults, environment variables and help
exist in one place.

Exit codes: 0 success; 1 something was skipped, failed or not found; 2 bad usage or an unusable
database; 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from enum import StrEnum
from itertools import islice, zip_longest
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from frontwire.cli._app import app
from frontwire.settings import SETTINGS

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def _setting(name: str, *flags: str, **kw: Any) -> Any:
    """A typer option declared by the settings table (default, env var and help come from there)."""
    s = SETTINGS[name]
    return typer.Option(*flags, envvar=s.env, help=s.help, show_default=True, show_envvar=bool(s.env), **kw)


Db = Annotated[str, _setting("db", "--db")]
BatchSize = Annotated[int, _setting("batch_size", "--batch-size", min=1)]
MaxBytes = Annotated[int, _setting("max_bytes", "--max-bytes", min=1)]
Limit = Annotated[int, _setting("limit", "--limit", min=1)]
Timeout = Annotated[float, _setting("timeout", "--timeout", min=0)]
Workers = Annotated[int, _setting("workers", "--workers", min=1)]
Paths = Annotated[
    list[str], typer.Argument(help="Files, folders, archives, or - for stdin.", show_default=False)
]
Since = Annotated[str | None, typer.Option(help="Only events on or after this ISO date.")]
Until = Annotated[str | None, typer.Option(help="Only events on or before this ISO date.")]
Country = Annotated[
    str | None, typer.Option(help="ISO3 country of the place, the actor or the target (e.g. AZE).")
]
Category = Annotated[str | None, typer.Option(help="PLOVER category (e.g. ASSAULT).")]
Contested = Annotated[
    bool | None,
    typer.Option(
        "--contested/--uncontested", help="Only events whose claims conflict (or only those that don't)."
    ),
]


class ExtractFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class EventsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(message)}")
    return typer.Exit(code)


def _open(db: str, *, must_exist: bool) -> Any:
    """Open the store, turning every problem a user can fix into one clear line and exit code 2."""
    from frontwire.store import StoreError, open_store

    if must_exist and "://" not in db and not Path(db).expanduser().exists():
        raise _fail(f"no database at {db}; run `frontwire ingest --db {db} PATH...` first (or set --db)")
    try:
        return open_store(db)
    except StoreError as exc:
        raise _fail(str(exc)) from exc


def _filters(
    since: str | None, until: str | None, country: str | None, category: str | None, contested: bool | None
) -> Any:
    from frontwire.store import EventFilter

    _check_dates(since, until)
    return EventFilter(since=since, until=until, country=country, category=category, contested=contested)


def _check_dates(since: str | None, until: str | None) -> None:
    """--since/--until must be ISO dates: say so clearly instead of filtering on a string."""
    for label, value in (("--since", since), ("--until", until)):
        if value is not None and not _is_iso_date(value):
            raise _fail(f"{label} wants an ISO date like 2020-10-27, got {value!r}")


def _is_iso_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _read(paths: list[str], max_bytes: int) -> Iterator[Any]:
    from frontwire.ingest import read_paths

    return read_paths(paths, max_bytes=max_bytes)


# One sentence the engine must get through before any input is read (see _engine_ready).
_WARM_UP = "Two people were wounded when a shell hit a house in the town on Monday, officials said."


def _engine_ready() -> None:
    """Fail once, before reading anything, if extraction cannot run at all.

    A missing model or gazetteer would otherwise fail every article in turn with the same message.
    Processing one short sentence loads everything the engine needs (spaCy, the gazetteer) up front.
    """
    from frontwire.model import Article
    from frontwire.pipeline import process

    try:
        process(Article.from_text(_WARM_UP, published="2020-01-06", language="en"))
    except Exception as exc:  # reported as the reason the command cannot run, with exit code 2
        raise _fail(f"the extraction engine cannot run: {type(exc).__name__}: {exc}") from exc


# --- ingest -------------------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Paths,
    db: Db = SETTINGS["db"].default,
    batch_size: BatchSize = SETTINGS["batch_size"].default,
    max_bytes: MaxBytes = SETTINGS["max_bytes"].default,
    timeout: Timeout = SETTINGS["timeout"].default,
    workers: Workers = SETTINGS["workers"].default,
) -> None:
    """Read articles, extract their events and store the records (re-ingesting changes nothing).

    Exit code 0 if every input was stored or was already there, 1 if anything was skipped or failed.
    """
    from frontwire.pipeline import process
    from frontwire.store import ingest as run_ingest

    store = _open(db, must_exist=False)
    _engine_ready()
    counts = {"new": 0, "duplicate": 0, "skipped": 0, "failed": 0}
    args = {
        "paths": paths,
        "batch_size": batch_size,
        "max_bytes": max_bytes,
        "timeout": timeout,
        "workers": workers,
    }
    try:
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("reading", total=None)

            def on_item(outcome: str, label: str) -> None:
                counts[outcome] += 1
                progress.update(
                    task,
                    advance=1,
                    description=" · ".join(f"{k} {v}" for k, v in counts.items())
                    + f"  [dim]{escape(label)[-60:]}",
                )

            report = run_ingest(
                store,
                _read(paths, max_bytes),
                process,
                batch_size=batch_size,
                args=args,
                on_item=on_item,
                timeout=timeout,
                workers=workers,
            )
    except KeyboardInterrupt:
        err.print("[yellow]interrupted:[/] batches already written are kept; run the same command to resume")
        raise typer.Exit(130) from None
    finally:
        store.close()
    _print_report(report)
    raise typer.Exit(0 if report.ok else 1)


def _print_report(report: Any) -> None:
    table = Table(title=f"Ingest run {report.run_id}", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, n in (
        ("articles read", report.read),
        ("new (stored)", report.new),
        ("duplicate (already stored)", report.duplicate),
        ("inputs skipped", len(report.skipped)),
        ("articles failed", len(report.failed)),
        ("events stored", report.events),
    ):
        table.add_row(label, str(n))
    out.print(table)
    for source, reason in report.not_extracted:
        out.print(f"[cyan]stored, not extracted[/] {escape(source)}: {escape(reason)}")
    for p in report.problems:
        colour = "yellow" if p.kind == "skipped" else "red"
        out.print(f"[{colour}]{p.kind}[/] {escape(p.source)}: {escape(p.reason)}")


# --- extract -----------------------------------------------------------------------------------------


@app.command()
def extract(
    paths: Paths,
    format: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help=(
                "json: one indented contract object per article, one after another; jsonl: one per line; "
                "table: a readable summary."
            ),
        ),
    ] = ExtractFormat.json,
    max_bytes: MaxBytes = SETTINGS["max_bytes"].default,
    timeout: Timeout = SETTINGS["timeout"].default,
) -> None:
    """Print the contract record of each article (no database). Exit 1 if any input was skipped."""
    from frontwire import contract
    from frontwire.model import Article
    from frontwire.pipeline import process
    from frontwire.store.runner import time_limit

    _engine_ready()
    problems = 0
    for item in _read(paths, max_bytes):
        if not isinstance(item, Article):
            err.print(f"[yellow]skipped[/] {escape(item.source)}: {escape(item.reason)}")
            problems += 1
            continue
        try:
            with time_limit(timeout):
                record = process(item)
        except Exception as exc:  # listed, and the exit code says so; the other inputs still print
            err.print(
                f"[red]failed[/] {escape(item.source or item.id)}: {type(exc).__name__}: {escape(str(exc))}"
            )
            problems += 1
            continue
        d = record.to_dict()
        violations = contract.errors(d)
        if violations:
            problems += 1
            err.print(
                f"[red]contract[/] {escape(item.source or item.id)}: " + escape("; ".join(violations[:5]))
            )
        if format is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
        elif format is ExtractFormat.json:
            sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        else:
            _print_record_table(d)
        sys.stdout.flush()
    raise typer.Exit(1 if problems else 0)


def _party(p: dict[str, Any] | None) -> str:
    if not p:
        return "—"
    return p["name"] + (f" ({p['country']})" if p.get("country") else "")


def _when(w: dict[str, Any] | None) -> str:
    if not w or not w.get("date"):
        return "—"
    span = f"..{w['end']}" if w.get("end") else ""
    return f"{w['date']}{span}" + ("" if w.get("precision") == "day" else f" ({w['precision']})")


def _where(p: dict[str, Any] | None) -> str:
    if not p:
        return "—"
    return p["name"] + (f", {p['country']}" if p.get("country") else "")


def _num(v: Any) -> str:
    return "—" if v is None else str(v)


def _print_record_table(d: dict[str, Any]) -> None:
    a = d["article"]
    title = f"{a.get('title') or a['id']}  [dim]{a.get('published') or ''} {a.get('outlet') or ''}"
    if d.get("skipped"):
        out.print(f"[bold]{escape(title)}[/]\n  [cyan]not extracted:[/] {escape(d['skipped'])}")
        return
    # Four stacked columns rather than nine narrow ones: readable at 80 columns.
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, show_lines=True)
    table.add_column("event", min_width=14)
    table.add_column("actor → target", min_width=14)
    table.add_column("when · where", min_width=12)
    table.add_column("k/w", justify="right", no_wrap=True)
    table.add_column("claims", min_width=12)
    for e in d["events"]:
        stances = "\n".join(f"{c['by'] or '?'} [i]{c['stance']}[/]" for c in e["claims"])
        cat = e["category"] + (f"/{e['mode']}" if e.get("mode") else "")
        table.add_row(
            f"{escape(cat)}\n[dim]{escape(e['id'])}[/]",
            escape(f"{_party(e['actor'])} → {_party(e['target'])}"),
            f"{_when(e['when'])}\n{escape(_where(e['where']))}",
            f"{_num(e['killed'])}/{_num(e['wounded'])}",
            stances or "—",
        )
    out.print(table)
    for t in d["tolls"]:
        out.print(
            f"  toll: {escape(t.get('qualifier') or '')} {_num(t['killed'])} killed, "
            f"{_num(t['wounded'])} wounded, since {t.get('since') or '—'}, by {t.get('by') or '—'}"
        )


# --- events -----------------------------------------------------------------------------------------


@app.command()
def events(
    db: Db = SETTINGS["db"].default,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    category: Category = None,
    contested: Contested = None,
    limit: Limit = SETTINGS["limit"].default,
    after: Annotated[
        str | None, typer.Option(help="Continue after this cursor (printed under a full page).")
    ] = None,
    format: Annotated[EventsFormat, typer.Option("--format", "-f")] = EventsFormat.table,
) -> None:
    """List stored events by date, with filters. csv/json are for scripts; json carries next_cursor."""
    from frontwire.export import write_csv

    filters = _filters(since, until, country, category, contested)
    with _open(db, must_exist=True) as store:
        if format is EventsFormat.csv:
            if after:
                raise _fail("--after pages the table and json formats; csv streams every match up to --limit")
            # closing(): stopping at --limit must also end the streaming query, not leave it to the GC
            with closing(store.iter_events(filters)) as rows:
                write_csv(islice(rows, limit), sys.stdout)
            return
        try:
            page = store.list_events(filters, limit=limit, after=after)
        except ValueError as exc:
            raise _fail(str(exc)) from exc
    if format is EventsFormat.json:
        sys.stdout.write(
            json.dumps({"events": page.items, "next_cursor": page.next_cursor}, ensure_ascii=False, indent=2)
            + "\n"
        )
        return
    # Compact layout that stays readable at 80 columns: short fields never wrap, prose folds, and the
    # article title is left to `show` and the json format.
    table = Table(
        title=f"{len(page.items)} events", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("id", no_wrap=True, min_width=10)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("category", min_width=10)
    table.add_column("actor → target", min_width=14)
    table.add_column("place", min_width=10)
    table.add_column("k/w", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)  # contested marker
    for e in page.items:
        cat = e["category"] + (f"/{e['mode']}" if e["mode"] else "")
        actor = {"name": e["actor"], "country": e["actor_country"]} if e["actor"] else None
        target = {"name": e["target"], "country": e["target_country"]} if e["target"] else None
        place = {"name": e["place"], "country": e["country"]} if e["place"] else None
        table.add_row(
            e["id"][:10],  # a unique prefix is enough for `frontwire show`
            e["date"] or "—",
            escape(cat),
            escape(f"{_party(actor)} → {_party(target)}"),
            escape(_where(place)),
            f"{_num(e['killed'])}/{_num(e['wounded'])}",
            "[red]contested[/]" if e["contested"] else "",
        )
    out.print(table)
    if page.next_cursor:
        out.print(f"more: [bold]--after {page.next_cursor}[/]")


# --- show -------------------------------------------------------------------------------------------


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="Event id, or a unique prefix of one.")],
    db: Db = SETTINGS["db"].default,
) -> None:
    """One event: what, who, where, when; its claims side by side; its evidence highlighted in the text."""
    with _open(db, must_exist=True) as store:
        found = store.get_event(event_id)
        if found is None:
            matches = store.find_event_ids(event_id)
            if len(matches) > 1:
                raise _fail(f"{event_id!r} matches several events: {', '.join(matches)}", 1)
            if not matches:
                raise _fail(f"no event {event_id!r} in {db}", 1)
            found = store.get_event(matches[0])
    _render_event(found)


def _render_event(found: dict[str, Any]) -> None:
    e, a = found["event"], found["article"]
    lines = [
        f"[bold]{e['category']}[/]"
        + (f" / {escape(e['mode'])}" if e.get("mode") else "")
        + (
            f"   [dim]{escape(e['acled_event_type'] or '')} · {escape(e['acled_sub_event_type'] or '')}[/]"
            if e.get("acled_event_type")
            else ""
        ),
        f"actor → target: {escape(_party(e['actor']))} → {escape(_party(e['target']))}",
        f"when: {_when(e['when'])}"
        + (f"  [dim]“{escape(e['when']['text'])}”[/]" if e.get("when") and e["when"].get("text") else ""),
        f"where: {escape(_where(e['where']))}"
        + (
            f"  [dim]({e['where']['lat']}, {e['where']['lon']}; {e['where']['precision']})[/]"
            if e.get("where") and e["where"].get("lat") is not None
            else ""
        ),
        f"killed {_num(e['killed'])} · wounded {_num(e['wounded'])} · missing {_num(e.get('missing'))}"
        + (f" · victims {e['victims']}" if e.get("victims") else "")
        + (f"  [dim]{escape(e['casualty_text'])}[/]" if e.get("casualty_text") else ""),
    ]
    if e.get("weapons"):
        lines.append("weapons: " + escape(", ".join(e["weapons"])))
    if e.get("status"):
        lines.append(f"status: {escape(e['status'])}")
    lines.append(
        f"[dim]{escape(a.get('title') or '')} — {escape(a.get('outlet') or a.get('agency') or '')} "
        f"{a.get('published') or ''} {escape(a.get('url') or a.get('source') or '')}[/]"
    )
    title = f"event {found['id']}" + ("  [red]CONTESTED[/]" if found["contested"] else "")
    out.print(Panel("\n".join(lines), title=title, title_align="left"))

    body: str = a["body"]
    if found["claims"]:
        claims = Table(title="Claims", title_justify="left", show_lines=True)
        claims.add_column("asserts", ratio=1, overflow="fold")
        claims.add_column("denies / disputes", ratio=1, overflow="fold")
        side = {"asserts": [], "denies": []}  # type: dict[str, list[Text]]
        for c in found["claims"]:
            who = c["by"] or "unattributed"
            extra = ", ".join(x for x in (c["role"], c["country"]) if x)
            said = c["quote"] or (
                body[c["span_start"] : c["span_end"]] if c["span_start"] is not None else ""
            )
            cell = Text.assemble(
                (who, "bold"),
                (f" ({extra})" if extra else "", "dim"),
                (" disputes" if c["stance"] == "disputes" else "", "italic"),
                "\n",
                said,
            )
            side["asserts" if c["stance"] == "asserts" else "denies"].append(cell)
        for left, right in zip_longest(side["asserts"], side["denies"], fillvalue=Text("")):
            claims.add_row(left, right)
        out.print(claims)

    if found["evidence"]:
        out.print("[bold]Evidence[/] [dim](highlighted in the article text; claims underlined)[/]")
        claim_spans = [
            (c["span_start"], c["span_end"]) for c in found["claims"] if c["span_start"] is not None
        ]
        for start, end in _windows(body, [(v["span_start"], v["span_end"]) for v in found["evidence"]]):
            text = Text(body[start:end])
            for s, t in claim_spans:
                if s < end and t > start:
                    text.stylize("underline", max(s, start) - start, min(t, end) - start)
            for v in found["evidence"]:
                s, t = v["span_start"], v["span_end"]
                if s < end and t > start:
                    text.stylize("bold black on yellow", max(s, start) - start, min(t, end) - start)
            out.print(Panel(text, subtitle=f"chars {start}–{end}", subtitle_align="right"))


def _windows(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs holding each span, merged where they overlap, in text order."""
    out_: list[tuple[int, int]] = []
    for s, t in sorted(spans):
        s, t = max(0, min(s, len(body))), max(0, min(t, len(body)))
        start = body.rfind("\n", 0, s) + 1
        end = body.find("\n", t)
        end = len(body) if end < 0 else end
        if out_ and start <= out_[-1][1]:
            out_[-1] = (out_[-1][0], max(end, out_[-1][1]))
        else:
            out_.append((start, end))
    return out_


# --- export -----------------------------------------------------------------------------------------


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help=(
                "jsonl: one contract record per article; csv: one ACLED-like row per event; "
                "geojson: events with coordinates."
            ),
        ),
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    db: Db = SETTINGS["db"].default,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    category: Category = None,
    contested: Contested = None,
) -> None:
    """Export stored records, streamed. Filters apply to csv and geojson (jsonl exports whole articles)."""
    from frontwire.export import export_store
    from frontwire.store import EventFilter

    filters = _filters(since, until, country, category, contested)
    if format is ExportFormat.jsonl and filters != EventFilter():
        raise _fail("jsonl exports whole article records; event filters apply to --format csv and geojson")
    with _open(db, must_exist=True) as store:
        if output is None:
            n = export_store(store, format.value, sys.stdout, filters)
        else:
            if not output.parent.exists():
                raise _fail(f"cannot write {output}: folder {output.parent} does not exist")
            # Temp file + rename: a failed export never leaves a truncated file where a good one was.
            fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                    n = export_store(store, format.value, fh, filters)
                os.replace(tmp, output)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    unit = "articles" if format is ExportFormat.jsonl else "events"
    err.print(f"exported {n} {unit}" + (f" to {output}" if output else ""))


# --- stats ------------------------------------------------------------------------------------------


@app.command()
def stats(
    db: Db = SETTINGS["db"].default,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """What the database holds: articles, events by category and country, contested claims, tolls."""
    with _open(db, must_exist=True) as store:
        s = store.stats()
    if as_json:
        sys.stdout.write(json.dumps(s, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(
        f"[bold]{s['articles']}[/] articles ({s['articles_not_extracted']} not extracted), "
        f"[bold]{s['events']}[/] events, {s['claims']} claims, "
        f"[bold]{s['contested_events']}[/] contested events, {s['tolls']} aggregate tolls, {s['runs']} runs"
    )
    out.print(f"killed {s['killed']} · wounded {s['wounded']} [dim](sums of per-event figures as stated)[/]")
    for title, data in (
        ("Events by category", s["events_by_category"]),
        ("Events by country (place)", s["events_by_country"]),
        ("Claims by stance", s["claims_by_stance"]),
    ):
        if not data:
            continue
        t = Table(title=title, title_justify="left")
        t.add_column("value")
        t.add_column("n", justify="right")
        for k, v in data.items():
            t.add_row(k or "(not stated)", str(v))
        out.print(t)
    if s["top_tolls"]:
        t = Table(title="Largest aggregate tolls", title_justify="left")
        for col in ("killed", "wounded", "qualifier", "since", "by", "article"):
            t.add_column(col, overflow="fold")
        for row in s["top_tolls"]:
            t.add_row(
                _num(row["killed"]),
                _num(row["wounded"]),
                row["qualifier"] or "",
                row["since"] or "",
                escape(row["by"] or ""),
                row["article_id"],
            )
        out.print(t)
