"""The seed article and the written Barda reports, through the real engine, form incidents whose claims
show Azerbaijan asserting and Armenia denying; the same day's Martuni shelling stays a separate incident."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontwire.incidents.evaluate import article_of, load_reports
from frontwire.incidents.link import link
from frontwire.model import Article

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "incidents" / "reports.jsonl"


def test_seed_joins_the_barda_reports_with_azerbaijan_asserting_and_armenia_denying(
    process: Any, seed_path: Path
) -> None:
    seed = process(
        Article.from_text(
            seed_path.read_text(encoding="utf-8"),
            published="2020-10-27",
            outlet="The Moscow Times",
            agency="AFP",
            language="en",
        )
    )
    records = [seed] + [
        process(article_of(r)) for r in load_reports(GOLD) if r["incident"].startswith("barda-")
    ]
    pairs = [(rec.article.header(), ev) for rec in records for ev in rec.events]
    with_seed = [
        i for i in link(pairs) if any(s["id"] == seed.article.id for s in i.sources) and len(i.sources) > 1
    ]
    assert with_seed, "the seed's Barda strike joined no other report"
    inc = with_seed[0]
    assert inc.category == "ASSAULT" and inc.date_start == "2020-10-27"
    assert inc.contested
    assert "AZE" in {c.country for c in inc.claims if c.stance == "asserts"}
    assert "ARM" in {c.country for c in inc.claims if c.stance in ("denies", "disputes")}
