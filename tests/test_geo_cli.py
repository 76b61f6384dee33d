"""The geo commands through the real CLI: eval-geo prints the figures, build-gazetteer says where."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.geo.build import ensure_gazetteer
from frontwire.geo.evaluation import default_corpus_dir


def test_eval_geo_prints_accuracy_for_both_corpora() -> None:
    if not (default_corpus_dir() / "TR-News.xml").is_file():
        pytest.skip(f"geoparsing corpora not found under {default_corpus_dir()}")
    ensure_gazetteer()
    result = CliRunner().invoke(app, ["eval-geo", "--every", "10", "--no-end-to-end"])
    assert result.exit_code == 0, result.output
    assert "tr-news" in result.output and "gwn" in result.output
    assert "acc@161km" in result.output and "%" in result.output


def test_eval_geo_rejects_an_unknown_corpus() -> None:
    result = CliRunner().invoke(app, ["eval-geo", "--corpus", "nope", "--no-end-to-end"])
    assert result.exit_code != 0
