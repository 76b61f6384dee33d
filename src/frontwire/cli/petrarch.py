"""``frontwire eval-petrarch``: score the engine on the PETRARCH-2 validation sentences.

The engine is tuned on the odd-position records (``--split tune``) only, so ``--split test`` (the
default) is the honest figure. The scoring lives in ``frontwire.evaluate.petrarch``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwire.cli._app import app, count_bar


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


@app.command("eval-petrarch")
def eval_petrarch(
    split: Annotated[
        str, typer.Option("--split", help="test (even positions, held out), tune (odd positions) or all.")
    ] = "test",
    xml: Annotated[
        Path | None,
        typer.Option("--xml", help="PETRARCH-2 validation XML; default ../shared/data/petrarch/."),
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every missed/spurious event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON, not tables.")] = False,
) -> None:
    """Event-category and violent-event P/R/F1, and actor/target country accuracy, on the PETRARCH-2
    validation sentences (CAMEO codes mapped to PLOVER categories)."""
    from frontwire.evaluate.petrarch import SPLITS, PetrarchFormatError, evaluate, load_records

    console = Console()
    err_console = Console(stderr=True)
    if split not in SPLITS:
        raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}")
    try:
        records = load_records(xml, split)
    except (FileNotFoundError, PetrarchFormatError) as exc:
        err_console.print(f"[red]{exc}[/red] (pass --xml PATH)")
        raise typer.Exit(2) from exc
    with count_bar(err_console, "coding sentences") as bar:
        task = bar.add_task("", total=len(records))
        report = evaluate(split, records=records, progress=lambda n: bar.advance(task, n))

    if as_json:
        typer.echo(json.dumps(report.to_dict(errors=errors), indent=2, ensure_ascii=False))
    else:
        console.print(
            f"[bold]PETRARCH-2 validation, {'all records' if split == 'all' else split + ' half'}[/bold]: "
            f"{report.sentences} sentences scored, "
            f"{len(report.skipped)} skipped; events gold/predicted "
            f"{report.gold_events}/{report.predicted_events}"
        )
        prf = Table(title="Detection (sentence-level multiset of PLOVER categories)", title_justify="left")
        for col in ("metric", "precision", "recall", "F1", "tp", "fp", "fn"):
            prf.add_column(col, justify="left" if col == "metric" else "right")
        rows = [("events (typed)", report.events), ("violent events (ASSAULT)", report.violent)]
        rows += [(f"  {cat}", s) for cat, s in sorted(report.per_category.items())]
        for name, s in rows:
            prf.add_row(name, _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), str(s.tp), str(s.fp), str(s.fn))
        console.print(prf)
        acc = Table(title="Countries on matched events", title_justify="left")
        for col in ("field", "accuracy", "correct", "scored"):
            acc.add_column(col, justify="left" if col == "field" else "right")
        for name, a in (("actor country", report.actor_country), ("target country", report.target_country)):
            acc.add_row(name, _fmt(a.value), str(a.correct), str(a.total))
        console.print(acc)
        for rid, reason in report.skipped:
            console.print(f"[yellow]skipped[/] {rid}: {reason}")
        for rid, err in report.failures:
            console.print(f"[red]engine failed[/] on {rid}: {err}")
        if errors:
            errs = Table(title=f"Errors ({len(report.errors)})", title_justify="left")
            for col in ("record", "kind", "detail", "sentence"):
                errs.add_column(col, overflow="fold")
            for e in report.errors:
                errs.add_row(e.record, e.kind, e.detail, e.text)
            console.print(errs)
    if report.failures:
        raise typer.Exit(1)
