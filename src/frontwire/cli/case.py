"""CLI commands (placeholder until the owning module lands)."""

from frontwire.cli._app import app  # noqa: F401
