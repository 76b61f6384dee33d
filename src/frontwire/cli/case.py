"""``frontwire eval-case``: score the event-type classifier on CASE 2021 Task 2.

Lexicons are tuned on odd ids only, so ``--split even`` (the default) is the honest figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwire.cli._app import app, count_bar


@app.command("eval-case")
def eval_case(
    split: Annotated[str, typer.Option("--split", help="even (held out), odd (tuning) or all ids.")] = "even",
    tsv: Annotated[
        Path | None,
        typer.Option("--tsv", help="CASE 2021 Task 2 TSV; default ../shared/data/case2021_task2/."),
    ] = None,
    confusions: Annotated[int, typer.Option("--confusions", help="How many confusion pairs to list.")] = 15,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every misclassified id.")] = False,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Rules alone: no naive Bayes re-ranking or fallback.")
    ] = False,
    allow_none: Annotated[
        bool, typer.Option("--allow-none", help="Answer NONE when no rule fires (as the engine does).")
    ] = False,
) -> None:
    """Per-label P/R/F1, weighted and macro F1, and the most frequent confusions on CASE 2021 Task 2."""
    from frontwire.evaluate.case import SPLITS, evaluate, load_snippets
    from frontwire.nlp.classify import default_classifier

    console = Console()
    if split not in SPLITS:
        raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}")
    try:
        total = len(load_snippets(tsv, split))
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red] (pass --tsv PATH)")
        raise typer.Exit(2) from exc
    with console.status("loading spaCy model and lexicons"):
        default_classifier()
    with count_bar(console, "classifying") as bar:
        task = bar.add_task("", total=total)
        report = evaluate(
            split,
            tsv,
            progress=lambda n: bar.advance(task, n),
            assume_event=not allow_none,
            use_stat=not rules_only,
        )

    mode = "rules only" if rules_only else "rules + naive Bayes re-ranking"
    mode += ", NONE allowed" if allow_none else ", every snippet assumed to report an event"
    table = Table(title=f"CASE 2021 Task 2, {split} ids ({report.n} snippets): {mode}")
    for col in ("label", "P", "R", "F1", "gold", "pred"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for row in report.per_label:
        table.add_row(
            row.label,
            f"{row.precision:.3f}",
            f"{row.recall:.3f}",
            f"{row.f1:.3f}",
            str(row.support),
            str(row.predicted),
        )
    console.print(table)
    if confusions:
        conf = Table(title="most frequent confusions")
        for col in ("gold", "predicted", "n"):
            conf.add_column(col, justify="right" if col == "n" else "left")
        for gold, pred, n in report.confusions[:confusions]:
            conf.add_row(gold, pred, str(n))
        console.print(conf)
    if errors:
        for sid, gold, pred in report.errors:
            console.print(f"{sid}\t{gold}\t{pred}")
    console.print(
        f"[bold]weighted F1 {report.weighted_f1:.3f}  macro F1 {report.macro_f1:.3f}[/bold]  "
        f"accuracy {report.accuracy:.3f}  NONE {report.none_predictions}  "
        f"{report.snippets_per_second:.0f} snippets/s"
    )


@app.command("train-case-stat")
def train_case_stat(
    tsv: Annotated[
        Path | None,
        typer.Option("--tsv", help="CASE 2021 Task 2 TSV; default ../shared/data/case2021_task2/."),
    ] = None,
) -> None:
    """Retrain the naive Bayes re-ranker of the event-type classifier on the CASE odd ids only."""
    from frontwire.evaluate.case import train_stat

    path, vocab, n = train_stat(tsv)
    Console().print(f"wrote {path} ({vocab} words, trained on {n} odd-id snippets)")
