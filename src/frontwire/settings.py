"""Every user-facing setting, declared once with its default, environment variable and help text.

datasette style: the CLI options, the docs and a test that checks them all read ``SETTINGS``, so a
setting cannot exist in one place and be forgotten in another. Faces (CLI, API) resolve values with
``resolve(name, given)``: an explicit value wins, then the environment variable, then the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str | None = None
    type: type = str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "db",
            "frontwire.db",
            "Database: a SQLite file path, or an SQLAlchemy URL (sqlite:///...).",
            env="FRONTWIRE_DB",
        ),
        Setting(
            "batch_size",
            50,
            "Articles written per database transaction; an interrupted ingest loses at most one batch.",
            env="FRONTWIRE_BATCH_SIZE",
            type=int,
        ),
        Setting(
            "max_bytes",
            20 * 1024 * 1024,  # the same cap frontwire.ingest defaults to (20 MiB)
            "Largest input file (or archive member) read, in bytes; bigger ones are skipped with a reason.",
            env="FRONTWIRE_MAX_BYTES",
            type=int,
        ),
        Setting(
            "timeout",
            60.0,
            "Most seconds extraction may spend on one article; slower ones are listed as failed (0: no cap).",
            env="FRONTWIRE_TIMEOUT",
            type=float,
        ),
        Setting(
            "workers",
            1,
            "Processes that run extraction during ingest (forked; the database is written by one). "
            "2 on a 2-core machine roughly doubles articles/s.",
            env="FRONTWIRE_WORKERS",
            type=int,
        ),
        Setting(
            "limit",
            50,
            "Most events a listing returns per page.",
            env="FRONTWIRE_LIMIT",
            type=int,
        ),
    )
}


class SettingError(ValueError):
    """A setting's value (usually from the environment) cannot be used."""


def resolve(name: str, given: Any = None) -> Any:
    """The effective value of a setting: explicit argument, else environment, else default."""
    setting = SETTINGS[name]
    if given is not None:
        return given
    raw = os.environ.get(setting.env) if setting.env else None
    if raw is None or raw == "":
        return setting.default
    try:
        value = setting.type(raw)
    except ValueError as exc:
        raise SettingError(f"{setting.env}={raw!r} is not a valid {setting.type.__name__}: {exc}") from exc
    return value


def help_text(name: str) -> str:
    """Help for a CLI option: the declared text, the default and the environment variable."""
    s = SETTINGS[name]
    env = f", env {s.env}" if s.env else ""
    return f"{s.help} [default: {s.default}{env}]"
