"""Command-line interface. Every command module registers itself here, in one place.

Each ``frontwire.cli.<topic>`` module adds its commands to the shared ``app``; importing them below
is the single registry (spaCy-style: components are registered in one place).
"""

from __future__ import annotations

# The registry: one line per command module, in the order --help lists them (so not sorted).
# ruff: noqa: I001
from frontwire.cli._app import app
from frontwire.cli import records  # noqa: F401  ingest, extract, events, show, export, stats
from frontwire.cli import geo  # noqa: F401  build-gazetteer, eval-geo
from frontwire.cli import evaluate  # noqa: F401  eval
from frontwire.cli import case  # noqa: F401  eval-case
from frontwire.cli import petrarch  # noqa: F401  eval-petrarch
from frontwire.cli import serve  # noqa: F401  serve
from frontwire.cli import incidents  # noqa: F401  incidents, forget

__all__ = ["app"]
