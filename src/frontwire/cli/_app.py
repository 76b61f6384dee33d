"""The Typer application object, shared by the command modules that register on it."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

app = typer.Typer(
    name="frontwire",
    help="Read conflict news and keep a structured, sourced record of events, claims and denials.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def count_bar(console: Console, label: str | None = None) -> Progress:
    """The one progress bar of long CLI jobs (scoring, classifying, building): transient, on the given
    (stderr) console, showing the label -- or each task's description when there is no label --, the
    bar, done/total and the time elapsed; with a label, a task's description follows the count (the
    file being scored). One helper so every long job reports its progress the same way."""
    first = TextColumn(f"[bold]{label}[/bold]") if label else TextColumn("[bold]{task.description}")
    columns = [first, BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    if label:
        columns.append(TextColumn("{task.description}"))
    return Progress(*columns, console=console, transient=True)
