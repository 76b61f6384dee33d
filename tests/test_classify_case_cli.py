"""``frontwire eval-case`` runs end to end on a small CASE-format file and prints its figures."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from frontwire.cli import app

ROWS = [
    ("2", "Warplanes bombed a market in the north, killing at least 12 civilians.", "AIR_STRIKE"),
    ("4", "Police fired tear gas to disperse thousands of protesters in the capital.", "PROTEST_WITH_INTER"),
    (
        "6",
        "A magnitude 6.1 earthquake struck the province, destroying hundreds of homes.",
        "NATURAL_DISASTER",
    ),
    ("8", "Police arrested five men and seized 40 kilograms of heroin.", "ORG_CRIME"),
    ("9", "Rebels seized the town after a day of fighting.", "NON_STATE_ACTOR_OVERTAKES_TER"),
]


def test_eval_case_prints_scores_for_the_split(tmp_path: Path) -> None:
    tsv = tmp_path / "case.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n" + "".join("\t".join(r) + "\n" for r in ROWS), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval-case", "--split", "even", "--tsv", str(tsv), "--errors"])
    assert result.exit_code == 0, result.output
    assert "4 snippets" in result.output  # the odd id 9 is left out of the even split
    assert "weighted F1 1.000" in result.output
    assert "macro F1 1.000" in result.output


def test_eval_case_refuses_an_unknown_split(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval-case", "--split", "train"])
    assert result.exit_code != 0
