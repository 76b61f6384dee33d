"""The gold scorer gives known P/R/F1 and accuracies on hand-built predicted/gold pairs (no spaCy).

The article and both sides are small enough to count by hand; each expected number below is that count.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwire.evaluate.gold import (
    PRF,
    GoldFormatError,
    align,
    dates_match,
    evaluate,
    gold_from_dict,
    load_gold,
    names_match,
    places_match,
)
from frontwire.model import Article, Claim, Event, Evidence, Party, Place, Record, Toll, When

BODY = (
    "Sudan's army said on Monday that paramilitary fighters shelled a market in Omdurman, killing 12 "
    "civilians and wounding 30. The Rapid Support Forces denied the accusation. "
    "Separately, police arrested 40 protesters in Khartoum. "
    "More than 5,000 people have been killed since the war began, the UN said."
)
ARTICLE = Article.from_text(BODY, language="en", published="2023-08-22")
S1 = "Sudan's army said on Monday that paramilitary fighters shelled a market in Omdurman, killing 12 civilians and wounding 30."  # noqa: E501
S2 = "The Rapid Support Forces denied the accusation."
S3 = "Separately, police arrested 40 protesters in Khartoum."

GOLD = {
    "source": "memory",
    "events": [
        {
            "category": "ASSAULT",
            "mode": "shelling",
            "actor": {"name": "Rapid Support Forces", "country": "SDN"},
            "target": {"name": "civilians", "country": "SDN", "civilian": True},
            "when": {"date": "2023-08-21", "precision": "day", "text": "Monday"},
            "where": {"name": "Omdurman", "country": "SDN", "lat": 15.64, "lon": 32.48, "precision": "point"},
            "killed": 12,
            "wounded": 30,
            "claims": [
                {"by": "Sudanese army", "stance": "asserts"},
                {"by": "Rapid Support Forces", "stance": "denies"},
            ],
            "evidence_text": [S1, S2],
        },
        {
            "category": "COERCE",
            "mode": "arrest",
            "actor": {"name": "police", "country": "SDN"},
            "where": {"name": "Khartoum", "country": "SDN"},
            "evidence_text": S3,
        },
    ],
    "tolls": [{"killed": 5000, "qualifier": "more than", "by": "UN"}],
}


def span_of(text: str) -> tuple[int, int]:
    i = BODY.index(text)
    return i, i + len(text)


def test_perfect_prediction_scores_one_everywhere() -> None:
    doc = gold_from_dict(GOLD, ARTICLE)
    shelling = Event(
        id="a",
        category="ASSAULT",
        actor=Party("paramilitary fighters", "SDN"),
        target=Party("civilians", "SDN"),
        when=When("2023-08-21"),
        where=Place("Omdurman", "SDN", lat=15.65, lon=32.48),
        killed=12,
        wounded=30,
        claims=[Claim("army", "asserts"), Claim("the Rapid Support Forces", "denies")],
        evidence=[Evidence(span_of(S1), S1)],
    )
    arrest = Event(
        id="b",
        category="COERCE",
        actor=Party("police", "SDN"),
        where=Place("Khartoum", "SDN"),
        evidence=[Evidence(span_of(S3), S3)],
    )
    rec = Record(ARTICLE, events=[shelling, arrest], tolls=[Toll(killed=5000, qualifier="More than")])
    report = evaluate([doc], predict=lambda a: rec)
    scores = report.scores()
    for name in (
        "events_f1",
        "violent_f1",
        "claims_f1",
        "tolls_recall",
        "actor_country_accuracy",
        "target_country_accuracy",
        "date_accuracy",
        "place_accuracy",
        "killed_accuracy",
        "wounded_accuracy",
    ):
        assert scores[name] == 1.0, name
    assert report.errors == []
    assert (report.gold_events, report.predicted_events, report.gold_claims) == (2, 2, 2)


def test_partial_prediction_gives_hand_counted_scores() -> None:
    doc = gold_from_dict(GOLD, ARTICLE)
    # Shelling found but with the wrong date and wounded figure, one claim of two, a wrong stance-less
    # extra claim; the arrest missed; one spurious ASSAULT on the toll sentence; no tolls.
    toll_sentence = "More than 5,000 people have been killed since the war began, the UN said."
    shelling = Event(
        id="a",
        category="ASSAULT",
        actor=Party("RSF", None),
        target=Party("civilians", "SDN"),
        when=When("2023-08-22"),
        where=Place("Omdurman", "SDN"),
        killed=12,
        wounded=None,
        claims=[Claim("Sudan's army", "asserts"), Claim("police", "asserts")],
        evidence=[Evidence(span_of(S1), S1)],
    )
    spurious = Event(id="c", category="ASSAULT", killed=5000, evidence=[Evidence(span_of(toll_sentence), "")])
    report = evaluate([doc], predict=lambda a: Record(ARTICLE, events=[shelling, spurious]))
    events, violent, claims = report.prf["events"], report.prf["violent"], report.prf["claims"]
    assert (events.tp, events.fp, events.fn) == (1, 1, 1)
    assert (violent.tp, violent.fp, violent.fn) == (1, 1, 0)
    assert violent.precision == 0.5 and violent.recall == 1.0
    assert violent.f1 == pytest.approx(2 / 3)
    assert (claims.tp, claims.fp, claims.fn) == (1, 1, 1)
    acc = report.accuracy
    assert (acc["actor_country"].correct, acc["actor_country"].total) == (0, 1)
    assert (acc["date"].correct, acc["date"].total) == (0, 1)
    assert (acc["killed"].correct, acc["killed"].total) == (1, 1)
    assert (acc["wounded"].correct, acc["wounded"].total) == (0, 1)
    assert (acc["place"].correct, acc["place"].total) == (1, 1)
    assert report.tolls_recall == 0.0
    kinds = sorted(e.kind for e in report.errors)
    assert kinds.count("missed_event") == 1 and kinds.count("spurious_event") == 1
    assert "missed_toll" in kinds and "field:date" in kinds
    actor_error = next(e for e in report.errors if e.kind == "field:actor_country")
    assert actor_error.detail == "gold='SDN (Rapid Support Forces)' predicted='None (RSF)'"


def test_wrong_category_counts_as_both_false_positive_and_negative() -> None:
    doc = gold_from_dict({"source": "m", "events": [GOLD["events"][1]]}, ARTICLE)
    protest = Event(id="p", category="PROTEST", evidence=[Evidence(span_of(S3), S3)])
    report = evaluate([doc], predict=lambda a: Record(ARTICLE, events=[protest]))
    assert (report.prf["events"].tp, report.prf["events"].fp, report.prf["events"].fn) == (0, 1, 1)
    assert [e.kind for e in report.errors if not e.kind.startswith("field:")] == ["wrong_category"]


def test_alignment_prefers_overlapping_same_category_event() -> None:
    doc = gold_from_dict(GOLD, ARTICLE)
    a = Event(id="x", category="COERCE", evidence=[Evidence(span_of(S1), S1)])
    b = Event(id="y", category="ASSAULT", evidence=[Evidence(span_of(S1), S1)])
    assert align([a, b], doc.events) == [(1, 0)]


def test_empty_gold_and_empty_prediction_is_perfect_not_undefined() -> None:
    assert PRF().precision == 1.0 and PRF().recall == 1.0 and PRF().f1 == 1.0
    assert PRF(fn=2).precision == 0.0 and PRF(fp=3).recall == 1.0


def test_names_and_places_match_rules() -> None:
    assert names_match("Hikmet Hajiyev", "Hajiyev")
    assert names_match("Azerbaijani presidential aide Hikmet Hajiyev", "Hikmet Hajiyev")
    assert names_match("the defence ministry", "defence ministry")
    assert not names_match("Hikmet Hajiyev", "Shushan Stepanyan")
    assert names_match(None, None) and not names_match("police", None)
    assert places_match({"name": "Barda", "country": "AZE"}, Place("Barda District", "AZE"))
    # 40 km apart, different names, same country: within 50 km counts.
    assert places_match(
        {"name": "Omdurman", "country": "SDN", "lat": 15.64, "lon": 32.48},
        Place("Bahri", "SDN", lat=15.99, lon=32.55),
    )
    assert not places_match(
        {"name": "Omdurman", "country": "SDN", "lat": 15.64, "lon": 32.48},
        Place("Kassala", "SDN", lat=15.45, lon=36.40),
    )
    assert not places_match({"name": "Barda", "country": "AZE"}, Place("Barda", "ARM"))


def test_predictor_crash_is_recorded_not_hidden() -> None:
    def boom(article: Article) -> Record:
        raise RuntimeError("engine exploded")

    report = evaluate([gold_from_dict(GOLD, ARTICLE)], predict=boom)
    assert report.failures and "engine exploded" in report.failures[0][1]
    assert report.prf["events"].fn == 2


def test_evidence_not_in_article_is_a_gold_error() -> None:
    bad = {"source": "m", "events": [{"category": "ASSAULT", "evidence_text": "Nothing like this is there."}]}
    with pytest.raises(GoldFormatError, match="not found"):
        gold_from_dict(bad, ARTICLE)


def test_evidence_offsets_and_whitespace_tolerance() -> None:
    s, e = span_of(S3)
    doc = gold_from_dict({"source": "m", "events": [{"category": "COERCE", "evidence": [s, e]}]}, ARTICLE)
    assert doc.events[0].spans == [(s, e)]
    wrapped = S1.replace(" killing", "\n   killing")
    gold = {"source": "m", "events": [{"category": "ASSAULT", "evidence_text": wrapped}]}
    doc = gold_from_dict(gold, ARTICLE)
    assert doc.events[0].spans == [span_of(S1)]


def test_shared_source_missing_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n")
    gold = tmp_path / "tests" / "gold"
    gold.mkdir(parents=True)
    (gold / "a.json").write_text(json.dumps({"source": "case2021:1", "events": []}))
    (gold / "b.json").write_text(json.dumps({"source": "../shared/corpus/seed/x.txt", "events": []}))
    docs = load_gold([gold])
    assert [d.skipped is not None for d in docs] == [True, True]
    report = evaluate(docs, predict=lambda a: Record(a))
    assert len(report.skipped) == 2 and report.documents == 0


REAL_GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold_real"


def test_geoparsing_source_reads_the_corpus_article() -> None:
    """A ``geoparsing:<corpus>:<docid>`` gold file is scored on that corpus article's text, read from
    ../shared at score time (skipped, like every shared source, where ../shared is absent)."""
    from frontwire.geo.evaluation import CORPUS_FILES, default_corpus_dir, load_corpus

    if not (default_corpus_dir() / CORPUS_FILES["gwn"]).is_file():
        pytest.skip(f"geoparsing corpora absent at {default_corpus_dir()}")
    path = REAL_GOLD / "04_manbij_booby_trap_bomb.json"
    source = json.loads(path.read_text(encoding="utf-8"))["source"]
    assert source == "geoparsing:gwn:123"
    (doc,) = load_gold([path])
    assert doc.skipped is None and doc.article is not None
    expected = {d.id: d.text for d in load_corpus("gwn")}["123"]
    assert doc.article.body == expected
    assert doc.article.source == source
    assert doc.events and all(0 <= s < e <= len(expected) for ev in doc.events for s, e in ev.spans)


def test_geoparsing_source_skipped_when_corpus_folder_missing(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "pyproject.toml").write_text("[project]\nname='x'\n")
    gold = tmp_path / "repo" / "tests" / "gold_real"
    gold.mkdir(parents=True)
    (gold / "a.json").write_text(json.dumps({"source": "geoparsing:tr-news:1020011", "events": []}))
    (doc,) = load_gold([gold])  # tmp/shared/data/geoparsing does not exist
    assert doc.article is None and doc.skipped and "../shared" in doc.skipped
    report = evaluate([doc], predict=lambda a: Record(a))
    assert report.documents == 0 and len(report.skipped) == 1


def test_geoparsing_source_names_a_known_corpus(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n")
    (tmp_path / "a.json").write_text(json.dumps({"source": "geoparsing:nosuch:1", "events": []}))
    with pytest.raises(GoldFormatError, match="geoparsing"):
        load_gold([tmp_path / "a.json"])


def test_dates_match_at_the_precision_gold_states() -> None:
    assert dates_match({"date": "2022-11-01", "precision": "month"}, When("2022-11-20", precision="month"))
    assert not dates_match({"date": "2022-11-01", "precision": "month"}, When("2022-12-01"))
    assert dates_match({"date": "2020-10-19", "precision": "week"}, When("2020-10-21"))
    assert not dates_match({"date": "2020-10-27"}, When("2020-10-20"))
    assert dates_match({"date": "2023-04-15", "end": "2023-04-16"}, When("2023-04-16"))
    assert not dates_match({"date": "2023-04-15"}, None)


def test_undated_gold_event_does_not_score_a_predicted_date() -> None:
    gold = {"source": "m", "events": [GOLD["events"][1]]}  # the arrest: gold gives no date
    arrest = Event(
        id="b",
        category="COERCE",
        actor=Party("police", "SDN"),
        where=Place("Khartoum", "SDN"),
        when=When("2023-08-22"),
        evidence=[Evidence(span_of(S3), S3)],
    )
    report = evaluate([gold_from_dict(gold, ARTICLE)], predict=lambda a: Record(ARTICLE, events=[arrest]))
    assert report.accuracy["date"].total == 0
    assert "date_accuracy" not in report.scores()


def test_article_over_the_time_limit_is_a_failure_not_a_hang() -> None:
    def endless(article: Article) -> Record:
        while True:
            pass

    report = evaluate([gold_from_dict(GOLD, ARTICLE)], predict=endless, time_limit=0.2)
    assert report.failures and "ArticleTimeout" in report.failures[0][1]
