"""The Typer application object, shared by the command modules that register on it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="frontwire",
    help="Read conflict news and keep a structured, sourced record of events, claims and denials.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
