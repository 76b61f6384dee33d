"""Every setting is declared once and reaches the CLI with its help, default and environment variable."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.settings import SETTINGS, SettingError, resolve

runner = CliRunner()

# Which command exposes each setting (one is enough to prove the table drives the options).
WHERE = {
    "db": "events",
    "batch_size": "ingest",
    "max_bytes": "extract",
    "timeout": "ingest",
    "workers": "ingest",
    "limit": "events",
}


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_every_setting_is_an_option_with_its_env_var(name: str) -> None:
    assert name in WHERE, f"setting {name!r} is not exposed by any command in this test's table"
    res = runner.invoke(app, [WHERE[name], "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    text = " ".join(res.stdout.split())
    setting = SETTINGS[name]
    assert "--" + name.replace("_", "-") in text
    assert setting.env and setting.env in text
    assert " ".join(setting.help.split()[:4]) in text


def test_resolve_prefers_explicit_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRONTWIRE_BATCH_SIZE", raising=False)
    assert resolve("batch_size") == SETTINGS["batch_size"].default
    monkeypatch.setenv("FRONTWIRE_BATCH_SIZE", "7")
    assert resolve("batch_size") == 7
    assert resolve("batch_size", 3) == 3
    monkeypatch.setenv("FRONTWIRE_BATCH_SIZE", "lots")
    with pytest.raises(SettingError, match="FRONTWIRE_BATCH_SIZE"):
        resolve("batch_size")
