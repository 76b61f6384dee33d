"""``frontwire eval`` end to end through the Typer app, with the engine replaced by a stub predictor.

The stub (every article: no events) makes the expected figures countable from the gold files alone,
so this checks the command's plumbing (gold loading, JSON and table output, exit codes) without spaCy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import frontwire.pipeline
from frontwire.cli import app
from frontwire.model import Article, Record

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = ROOT / "tests" / "gold" / "written"
NEGATIVE = WRITTEN / "013_world_cup_final_penalties.json"
POSITIVE = WRITTEN / "003_pulwama_convoy_suicide_bombing.json"


@pytest.fixture
def no_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frontwire.pipeline, "process", lambda article: Record(article=article))


def test_eval_json_counts_gold_and_scores_an_empty_predictor(no_events) -> None:
    result = CliRunner().invoke(app, ["eval", str(NEGATIVE), str(POSITIVE), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    gold_events = len(json.loads(POSITIVE.read_text(encoding="utf-8"))["events"])
    assert out["documents"] == 2 and out["gold_events"] == gold_events and out["predicted_events"] == 0
    assert out["prf"]["events"]["fn"] == gold_events and out["prf"]["events"]["recall"] == 0.0
    assert out["prf"]["violent"]["fn"] == 1  # the convoy bombing
    assert {e["kind"] for e in out["errors"]} >= {"missed_event", "missed_claim"}
    assert out["by_set"]["written"]["documents"] == 2


def test_eval_table_output_names_every_metric(no_events) -> None:
    result = CliRunner().invoke(app, ["eval", str(NEGATIVE)])
    assert result.exit_code == 0, result.output
    labels = ("events (typed)", "violent events", "claims", "aggregate tolls", "actor country", "wounded")
    for label in labels:
        assert label in result.stdout


def test_eval_exits_nonzero_when_the_engine_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article) -> Record:
        raise RuntimeError("no gazetteer")

    monkeypatch.setattr(frontwire.pipeline, "process", broken)
    result = CliRunner().invoke(app, ["eval", str(NEGATIVE)])
    assert result.exit_code == 1
    assert "no gazetteer" in result.stdout


def test_eval_rejects_gold_whose_evidence_is_not_in_the_article(tmp_path: Path, no_events) -> None:
    # A throwaway repo root (sources resolve against the nearest pyproject.toml) with one article.
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'scratch'\n", encoding="utf-8")
    (tmp_path / "article.txt").write_bytes(POSITIVE.with_suffix(".txt").read_bytes())
    bad = json.loads(POSITIVE.read_text(encoding="utf-8"))
    bad["source"] = "article.txt"
    bad["events"][0]["evidence_text"] = ["A sentence that the article does not contain."]
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "bad.json")])
    assert result.exit_code == 2
    assert "not found" in result.stderr


def test_eval_missing_path_is_a_clear_error() -> None:
    result = CliRunner().invoke(app, ["eval", "no/such/gold"])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
