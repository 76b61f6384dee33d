"""Every gold file under ``tests/gold/`` is well-formed gold: it loads, its evidence is found in its article,
and its values are from the contract's vocabularies. Runs without spaCy (no engine involved).

Why a test: a typo in a hand-written gold file (a sentence copied with one word changed, ``"ARM "``, a
stance of ``"assert"``) would silently turn into a scoring error blamed on the engine.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pycountry
import pytest

from frontwire.contract import schema
from frontwire.evaluate.gold import CASE_PREFIX, CASE_TSV, GEO_PREFIX, load_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
WRITTEN = GOLD / "written"
HELDOUT = ROOT / "tests" / "gold_heldout"  # coded the same way, kept apart (see its README)
REAL = ROOT / "tests" / "gold_real"  # real news articles (text read from ../shared), coded blind
BLIND = (
    ROOT / "tests" / "gold_blind"
)  # blind gold written for an end-of-round measurement, scored once (see its READMEs)
BLIND2 = ROOT / "tests" / "gold_blind2"  # a second blind set, same rules (see its READMEs)

# the PLOVER vocabulary as the packaged contract spells it (one list for the product and the tests)
PLOVER = set(schema()["$defs"]["event"]["properties"]["category"]["enum"])
STANCES = {"asserts", "denies", "disputes"}
PRECISIONS = {None, "day", "week", "month", "year"}
PLACE_PRECISIONS = {"point", "district", "region", "country"}
EVENT_FIELDS = {"category", "mode", "actor", "target", "when", "where", "killed", "wounded", "claims"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO3 = {c.alpha_3 for c in pycountry.countries}


def gold_paths() -> list[Path]:
    return (
        sorted(GOLD.rglob("*.json"))
        + sorted(HELDOUT.glob("*.json"))
        + sorted(REAL.glob("*.json"))
        + sorted(BLIND.rglob("*.json"))
        + sorted(BLIND2.rglob("*.json"))
    )


@pytest.fixture(scope="module")
def docs():
    return load_gold([GOLD, HELDOUT, REAL, BLIND, BLIND2])


def test_every_gold_file_loads_and_its_evidence_is_in_the_article(docs) -> None:
    assert len(docs) == len(gold_paths())
    loaded = [d for d in docs if not d.skipped]
    assert loaded, "no gold article could be read"
    for d in docs:
        if d.skipped:
            assert "../shared" in d.skipped or "shared" in d.skipped, d.skipped
            continue
        for ev in d.events:
            assert ev.spans and all(0 <= s < e <= len(d.article.body) for s, e in ev.spans), d.path


@pytest.mark.parametrize("path", gold_paths(), ids=lambda p: str(p.relative_to(GOLD.parent)))
def test_gold_values_come_from_the_contract_vocabularies(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "frontwire.event-record/1"
    for ev in data["events"]:
        assert set(ev) >= EVENT_FIELDS, f"missing fields {EVENT_FIELDS - set(ev)}"
        assert ev["category"] in PLOVER, ev["category"]
        for role in ("actor", "target"):
            if ev[role] is not None:
                assert ev[role]["name"], role
                assert ev[role]["country"] is None or ev[role]["country"] in ISO3, ev[role]
        when = ev["when"]
        if when is not None:
            assert when["date"] is None or ISO_DATE.match(when["date"]), when
            assert when.get("end") is None or ISO_DATE.match(when["end"]), when
            assert when.get("precision") in PRECISIONS, when
        where = ev["where"]
        if where is not None:
            assert where["name"] and (where["country"] is None or where["country"] in ISO3), where
            assert where.get("precision") in PLACE_PRECISIONS, where
            if where.get("lat") is not None:
                assert -90 <= where["lat"] <= 90 and -180 <= where["lon"] <= 180, where
        for key in ("killed", "wounded"):
            assert ev[key] is None or (isinstance(ev[key], int) and ev[key] >= 0), (key, ev[key])
        for c in ev["claims"]:
            assert c["stance"] in STANCES, c
            assert c.get("country") is None or c["country"] in ISO3, c
    for t in data.get("tolls", []):
        assert t["killed"] is None or isinstance(t["killed"], int)
        assert t.get("since") is None or ISO_DATE.match(t["since"])


def test_written_set_has_twenty_articles_eight_negatives_and_wire_length() -> None:
    texts = sorted(WRITTEN.glob("*.txt"))
    assert len(texts) >= 20
    negatives = 0
    for txt in texts:
        gold = txt.with_suffix(".json")
        assert gold.is_file(), f"{txt.name} has no gold record"
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert data["source"] == str(txt.relative_to(ROOT))
        words = len(txt.read_text(encoding="utf-8").split())
        assert 120 <= words <= 350, f"{txt.name}: {words} words"
        negatives += not any(e["category"] == "ASSAULT" for e in data["events"])
    assert negatives >= 8


def test_case_gold_covers_forty_odd_ids_with_the_dataset_label() -> None:
    files = sorted((GOLD / "case").glob("*.json"))
    assert len(files) >= 40
    tsv = ROOT / CASE_TSV
    labels = {}
    if tsv.is_file():
        with tsv.open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            labels = {r["id"]: r["SubType"] for r in rows}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        assert data["source"].startswith(CASE_PREFIX)
        snippet_id = data["source"][len(CASE_PREFIX) :]
        assert f.stem == snippet_id and int(snippet_id) % 2 == 1, "odd ids only (even ids are held out)"
        assert all("evidence_text" not in e for e in data["events"]), "no snippet text in the repo"
        if labels:
            assert data["case_label"] == labels[snippet_id], f.name


def test_real_gold_reads_corpus_articles_and_copies_no_text() -> None:
    """``tests/gold_real``: 10-12 real articles named by corpus and docid; negatives use figurative words."""
    files = sorted(REAL.glob("*.json"))
    assert 10 <= len(files) <= 12
    assert not list(REAL.glob("*.txt")), "the corpus text stays in ../shared"
    negatives = 0
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        corpus, _, docid = data["source"][len(GEO_PREFIX) :].partition(":")
        assert data["source"].startswith(GEO_PREFIX) and corpus in {"tr-news", "gwn"} and docid, f.name
        negatives += not data["events"]
    assert 2 <= negatives <= 3
