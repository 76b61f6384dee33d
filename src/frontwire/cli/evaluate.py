"""``frontwire eval GOLD...``: score the engine against gold records and print the figures.

The scoring itself lives in ``frontwire.evaluate.gold`` (pure); this module only parses arguments,
shows progress and prints. ``--json`` prints the same numbers machine-readably (for CI and notebooks).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwire.cli._app import app, count_bar
from frontwire.evaluate.gold import EvalReport, GoldFormatError, evaluate, load_gold

_PRF_LABELS = {"events": "events (typed)", "violent": "violent events (ASSAULT)", "claims": "claims"}


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _render(report: EvalReport, console: Console, show_errors: bool) -> None:
    console.print(
        f"[bold]{report.documents}[/] articles scored, {len(report.skipped)} skipped; "
        f"events gold/predicted {report.gold_events}/{report.predicted_events}, "
        f"claims gold/predicted {report.gold_claims}/{report.predicted_claims}"
    )
    prf = Table(title="Detection", title_justify="left")
    for col in ("metric", "precision", "recall", "F1", "tp", "fp", "fn"):
        prf.add_column(col, justify="left" if col == "metric" else "right")
    for name, s in report.prf.items():
        prf.add_row(
            _PRF_LABELS.get(name, name),
            _fmt(s.precision),
            _fmt(s.recall),
            _fmt(s.f1),
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    t = report.tolls
    prf.add_row(
        "aggregate tolls", _fmt(t.precision), _fmt(t.recall), _fmt(t.f1), str(t.tp), str(t.fp), str(t.fn)
    )
    console.print(prf)
    acc = Table(title="Fields on aligned events", title_justify="left")
    for col in ("field", "accuracy", "correct", "scored"):
        acc.add_column(col, justify="left" if col == "field" else "right")
    for name, a in report.accuracy.items():
        acc.add_row(name.replace("_", " "), _fmt(a.value), str(a.correct), str(a.total))
    console.print(acc)
    if len(report.by_set) > 1:
        sets = Table(title="By gold set", title_justify="left")
        for col in ("set", "articles", "events F1", "violent F1", "claims F1", "tolls recall"):
            sets.add_column(col, justify="left" if col == "set" else "right")
        for name, part in sorted(report.by_set.items()):
            sets.add_row(
                name,
                str(part.documents),
                _fmt(part.prf["events"].f1),
                _fmt(part.prf["violent"].f1),
                _fmt(part.prf["claims"].f1),
                _fmt(part.tolls_recall),
            )
        console.print(sets)
    for path, reason in report.skipped:
        console.print(f"[yellow]skipped[/] {path}: {reason}")
    # One broken environment (a missing gazetteer) fails every article the same way: say it once.
    by_error: dict[str, list[str]] = {}
    for path, err in report.failures:
        by_error.setdefault(err, []).append(path)
    for err, paths in by_error.items():
        more = f" and {len(paths) - 1} more" if len(paths) > 1 else ""
        console.print(f"[red]engine failed[/] on {paths[0]}{more}: {err}")
    if show_errors:
        errs = Table(title=f"Errors ({len(report.errors)})", title_justify="left", show_lines=False)
        for col in ("gold file", "kind", "detail", "evidence"):
            errs.add_column(col, overflow="fold")
        for e in report.errors:
            errs.add_row(Path(e.gold_file).name, e.kind, e.detail, e.evidence or "")
        console.print(errs)


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON files or folders of them (e.g. tests/gold).")],
    errors: Annotated[bool, typer.Option("--errors", help="List every disagreement (debugging).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON, not tables.")] = False,
    time_limit: Annotated[
        float,
        typer.Option("--time-limit", help="Seconds per article before it counts as a failure (0: no limit)."),
    ] = 60.0,
) -> None:
    """Score extraction against gold records: P/R/F1 of events, violent events and claims, field
    accuracies (actor/target country, date, place, killed, wounded) and aggregate-toll recall."""
    err_console = Console(stderr=True)
    try:
        docs = load_gold(gold)
    except (GoldFormatError, FileNotFoundError) as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    with count_bar(err_console, "scoring") as bar:
        task = bar.add_task("", total=len(docs))

        def tick(n: int, total: int, path: str) -> None:
            bar.update(task, completed=n - 1, description=Path(path).name)

        report = evaluate(docs, progress=tick, time_limit=time_limit or None)
        bar.update(task, completed=len(docs))
    if as_json:
        typer.echo(json.dumps(report.to_dict(errors=errors), indent=2, ensure_ascii=False))
    else:
        _render(report, Console(), errors)
    if report.failures:
        raise typer.Exit(1)
