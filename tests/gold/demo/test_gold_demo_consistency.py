"""Gold records stay true to their articles: every sentence they cite is in the body ingest reads.

Why this exists: gold is hand-written JSON beside hand-written articles. An edit to an article (a
reworded sentence, a changed figure) silently turns its gold into a record of a different text, and
the eval then scores the engine against something the article no longer says. These checks tie each
gold file to the body the product actually reads, and keep the coding vocabulary closed.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from frontwire.contract import schema
from frontwire.ingest import read_paths
from frontwire.model import Article

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "src" / "frontwire" / "data" / "demo"
GOLD_DIRS = [REPO / "tests" / "gold" / "demo", REPO / "tests" / "gold" / "seed"]

# the PLOVER vocabulary as the packaged contract spells it (one list for the product and the tests)
PLOVER = set(schema()["$defs"]["event"]["properties"]["category"]["enum"])
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
STANCES = {"asserts", "denies", "disputes"}
PRECISIONS = {"day", "week", "month", "year", None}
PLACE_PRECISIONS = {"point", "district", "region", "country"}
EVENT_KEYS = {
    "id",
    "category",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "actor",
    "target",
    "when",
    "where",
    "killed",
    "wounded",
    "missing",
    "casualty_text",
    "victims",
    "weapons",
    "status",
    "claims",
    "evidence_text",
}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _gold_paths() -> list[Path]:
    return sorted(p for d in GOLD_DIRS for p in d.glob("*.json"))


@pytest.fixture(scope="module")
def bodies() -> dict[str, str]:
    """Every article ingest reads from the demo folder (and the seed, if present), keyed by its source."""
    paths: list[Path] = [DEMO]
    seed = REPO / ".." / "shared" / "corpus" / "seed"
    if seed.is_dir():
        paths.append(seed)
    out = {}
    for result in read_paths(paths):
        if isinstance(result, Article) and result.source:
            key = result.source
            # ingest reports the path as given; gold keys are repo-relative
            key = os.path.relpath(Path(key.split("#")[0]).resolve(), REPO.resolve())
            if "#" in result.source:
                key += "#" + result.source.split("#", 1)[1]
            out[key] = _norm(result.body)
    return out


def _body_for(gold: dict[str, Any], bodies: dict[str, str]) -> str:
    key = gold["source"] + (f"#{gold['item']}" if gold.get("item") else "")
    if key not in bodies:
        if gold["source"].startswith("../shared/"):
            pytest.skip(f"shared seed not present for {gold['source']}")
        raise AssertionError(f"no ingested article for gold source {key!r}")
    return bodies[key]


def test_every_demo_article_has_exactly_one_gold_record(bodies: dict[str, str]) -> None:
    demo_articles = {k for k in bodies if k.startswith("src/frontwire/data/demo/") and not k.endswith(".md")}
    coded = set()
    for path in (REPO / "tests" / "gold" / "demo").glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        key = gold["source"] + (f"#{gold['item']}" if gold.get("item") else "")
        assert key not in coded, f"{path.name}: a second gold record for {key}"
        coded.add(key)
    assert coded == demo_articles, (
        f"uncoded: {sorted(demo_articles - coded)}; orphaned: {sorted(coded - demo_articles)}"
    )
    assert len(coded) >= 24


@pytest.mark.parametrize("path", _gold_paths(), ids=lambda p: p.stem)
def test_gold_record_cites_its_article_and_uses_the_closed_vocabulary(
    path: Path, bodies: dict[str, str]
) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    body = _body_for(gold, bodies)
    published = date.fromisoformat(gold["article"]["published"])

    def cited(text: str | None, what: str) -> None:
        assert text and _norm(text) in body, f"{path.name}: {what} not in the article: {text!r}"

    for toll in gold["tolls"]:
        cited(toll["text"], "toll text")
        assert toll["killed"] is None or toll["killed"] > 0
    for ev in gold["events"]:
        where = f"{path.name} {ev.get('id')}"
        assert set(ev) >= EVENT_KEYS, f"{where}: missing {EVENT_KEYS - set(ev)}"
        assert ev["category"] in PLOVER, where
        if ev["acled_event_type"] is not None:
            assert ev["acled_sub_event_type"] in ACLED[ev["acled_event_type"]], where
        for text in ev["evidence_text"]:
            cited(text, "evidence")
        for claim in ev["claims"]:
            assert claim["by"] and claim["stance"] in STANCES, where
            cited(claim["evidence_text"], "claim evidence")
        when = ev["when"]
        assert when["precision"] in PRECISIONS, where
        if when["date"]:
            start = date.fromisoformat(when["date"])
            assert start <= published, f"{where}: event after its dateline"
            if when["end"]:
                assert start <= date.fromisoformat(when["end"]) <= published, where
        if when.get("text"):
            cited(when["text"], "when.text")
        if ev["where"]:
            assert ev["where"]["precision"] in PLACE_PRECISIONS, where
            if ev["where"].get("text"):
                cited(ev["where"]["text"], "where.text")
        for key in ("killed", "wounded"):
            assert ev[key] is None or (isinstance(ev[key], int) and ev[key] >= 0), where
        if ev["category"] == "ASSAULT":
            assert ev["acled_event_type"] in VIOLENT_TYPES, where


def test_negatives_are_coded_with_no_events() -> None:
    negatives = []
    for path in (REPO / "tests" / "gold" / "demo").glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not gold["events"]:
            negatives.append(path.stem)
            note = gold.get("note", "")
            assert note.startswith("negative"), f"{path.name}: no events but not marked negative"
    assert len(negatives) >= 4
