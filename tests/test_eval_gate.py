"""Eval gate: the engine's scores over ``tests/gold/`` must not fall below the floors pinned in
``tests/eval_floors.json`` (trafilatura-style), nor its scores over the held-out articles
(``tests/gold_heldout/``, coded before the engine saw them) below ``tests/eval_floors_heldout.json``, nor
its scores over the real news articles (``tests/gold_real/``, text read from ../shared, coded blind) below
``tests/eval_floors_real.json`` (that gate skips where ../shared is absent: nothing to score). The
PETRARCH-2 validation sentences (``frontwire eval-petrarch``, TEST half) are gated at the end of this
file by ``tests/eval_floors_petrarch.json``, with their own metric names (the CASE gate's pattern).

Rules of the gate:

- Raising a floor is always allowed (do it when the engine improves: measured score minus a small margin).
- Lowering a floor is refused by ``test_floors_are_not_lowered`` unless the environment variable
  ``FRONTWIRE_LOWER_FLOORS=1`` is set, and the commit that lowers it must say why in its message.
  The check compares the working-tree file with ``git show HEAD:tests/eval_floors.json``.
- Until ``frontwire.nlp.engine`` can be imported the score test skips, saying so; the floor checks
  still run.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from frontwire.evaluate.gold import ACCURACY_FIELDS, PRF_METRICS, evaluate_paths

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = ROOT / "tests" / "eval_floors.json"
GOLD_DIR = ROOT / "tests" / "gold"
# (gold folder, its floors): the tuned gold and the held-out articles are gated apart, so the
# held-out figure stays an estimate for unseen news rather than one more pooled score
GATES = {
    "gold": (GOLD_DIR, FLOORS_FILE),
    "heldout": (ROOT / "tests" / "gold_heldout", ROOT / "tests" / "eval_floors_heldout.json"),
    # real news (geoparsing corpora), read from ../shared at score time: skipped without it
    "real": (ROOT / "tests" / "gold_real", ROOT / "tests" / "eval_floors_real.json"),
    # this round's blind gold (written and scored before the engine saw it; its READMEs record the runs)
    "blind": (ROOT / "tests" / "gold_blind", ROOT / "tests" / "eval_floors_blind.json"),
    # the next round's blind gold (wire articles and real CASE snippets; see tests/gold_blind2/README.md).
    # A failing blind gate says a change hurts unseen news: drop or narrow the change rather than probe
    # the gate for which rule did it, which tunes on the blind set through its pass/fail
    "blind2": (ROOT / "tests" / "gold_blind2", ROOT / "tests" / "eval_floors_blind2.json"),
}
LOWER_ENV = "FRONTWIRE_LOWER_FLOORS"
ARTICLE_TIME_LIMIT_S = 60.0  # an engine hang on one article fails the gate instead of hanging CI

KNOWN_METRICS = (
    {f"{m}_{k}" for m in PRF_METRICS for k in ("precision", "recall", "f1")}
    | {f"{f}_accuracy" for f in ACCURACY_FIELDS}
    | {"tolls_recall"}
)


def read_floors(text: str) -> dict[str, float]:
    floors = json.loads(text)["floors"]
    return {k: float(v) for k, v in floors.items()}


def lowered_floors(before: dict[str, float], now: dict[str, float]) -> dict[str, tuple[float, float | None]]:
    """Floors that went down or disappeared: ``{metric: (was, now)}``."""
    return {k: (before[k], now.get(k)) for k in before if now.get(k) is None or now[k] < before[k]}


def test_lowered_floors_detects_decreases_and_removals_only() -> None:
    before = {"events_f1": 0.6, "claims_f1": 0.4, "tolls_recall": 0.5}
    assert lowered_floors(before, {"events_f1": 0.7, "claims_f1": 0.4, "tolls_recall": 0.5}) == {}
    assert lowered_floors(before, {"events_f1": 0.59, "claims_f1": 0.4}) == {
        "events_f1": (0.6, 0.59),
        "tolls_recall": (0.5, None),
    }


@pytest.mark.parametrize("gate", sorted(GATES))
def test_floors_name_known_metrics_and_are_ratios(gate: str) -> None:
    floors = read_floors(GATES[gate][1].read_text(encoding="utf-8"))
    expected = sorted(KNOWN_METRICS)
    assert set(floors) == KNOWN_METRICS, f"floors must cover exactly the scorer's metrics: {expected}"
    assert all(0.0 <= v <= 1.0 for v in floors.values())


def assert_not_lowered(floors_file: Path) -> None:
    """Fail when a floor in ``floors_file`` went down or disappeared against the committed file (git HEAD),
    unless FRONTWIRE_LOWER_FLOORS=1 says this run may lower them; skip where there is nothing to
    compare with (no git, or the file is new)."""
    if os.environ.get(LOWER_ENV) == "1":
        pytest.skip(f"{LOWER_ENV}=1: lowering floors allowed for this run (say why in the commit)")
    try:
        head = subprocess.run(
            ["git", "show", f"HEAD:tests/{floors_file.name}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("git is not installed: cannot compare floors with HEAD")
    if head.returncode != 0:
        pytest.skip(f"no committed floors to compare with ({head.stderr.strip()[:120]})")
    lowered = lowered_floors(read_floors(head.stdout), read_floors(floors_file.read_text(encoding="utf-8")))
    assert not lowered, (
        f"floors lowered or removed vs HEAD (was, now): {lowered}. Set {LOWER_ENV}=1 and give the reason "
        "in the commit message if this is intended."
    )


@pytest.mark.parametrize("gate", sorted(GATES))
def test_floors_are_not_lowered(gate: str) -> None:
    assert_not_lowered(GATES[gate][1])


@pytest.fixture(scope="module", params=sorted(GATES))
def gated(request):
    try:
        import frontwire.nlp.engine  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"extraction engine not available yet ({exc}); the gate runs once it lands")
    gold_dir, floors_file = GATES[request.param]
    return evaluate_paths([gold_dir], time_limit=ARTICLE_TIME_LIMIT_S), floors_file


@pytest.mark.slow
def test_gold_scores_meet_floors(gated) -> None:
    report, floors_file = gated
    assert not report.failures, f"the engine crashed on gold articles: {report.failures}"
    if report.documents == 0 and report.skipped:
        pytest.skip(f"every gold article of {floors_file.name} was skipped: {report.skipped[0][1]}")
    assert report.documents > 0
    floors = read_floors(floors_file.read_text(encoding="utf-8"))
    scores = report.scores()
    below = {
        name: (round(scores.get(name, 0.0), 4), floor)
        for name, floor in floors.items()
        if scores.get(name, 0.0) < floor
    }
    assert not below, f"scores below their floors (score, floor): {below}"


# --------------------------------------------------------------------------------------------------
# PETRARCH-2 validation sentences (``frontwire eval-petrarch``), gated the way the CASE gate is
# (tests/test_classify_case_gate.py): floors on the held-out TEST half only, in their own file,
# never lowered, the score test skipped where ../shared is absent.

PETRARCH_FLOORS_FILE = ROOT / "tests" / "eval_floors_petrarch.json"
PETRARCH_TEST_SENTENCES = 38  # 39 even-position records, one with an empty <Text> skipped


def _petrarch_metrics() -> set[str]:
    from frontwire.evaluate.petrarch import PetrarchReport

    return {f"test_{name}" for name in PetrarchReport(split="test").scores()}


def test_petrarch_floors_name_known_metrics_and_are_ratios() -> None:
    floors = read_floors(PETRARCH_FLOORS_FILE.read_text(encoding="utf-8"))
    assert set(floors) == _petrarch_metrics()
    assert all(0.0 <= v <= 1.0 for v in floors.values())


def test_petrarch_floors_are_not_lowered() -> None:
    assert_not_lowered(PETRARCH_FLOORS_FILE)


@pytest.mark.slow
def test_petrarch_test_half_meets_floors() -> None:
    from frontwire.evaluate.petrarch import default_xml
    from frontwire.evaluate.petrarch import evaluate as evaluate_petrarch

    if not default_xml().is_file():
        pytest.skip(f"PETRARCH-2 validation file absent at {default_xml()} (only needed to measure)")
    report = evaluate_petrarch("test")
    assert not report.failures, f"the engine crashed on PETRARCH sentences: {report.failures}"
    assert report.sentences == PETRARCH_TEST_SENTENCES
    floors = read_floors(PETRARCH_FLOORS_FILE.read_text(encoding="utf-8"))
    scores = {f"test_{k}": v for k, v in report.scores().items()}
    below = {k: (round(scores[k], 4), floor) for k, floor in floors.items() if scores[k] < floor}
    assert not below, f"PETRARCH TEST-half scores below their floors (score, floor): {below}"
