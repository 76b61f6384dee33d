"""``frontwire eval-petrarch``: reading the PETRARCH-2 validation file, the CAMEO -> PLOVER mapping, the
sentence-level scoring (worked out by hand) and one run over the real file when ../shared is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.evaluate.petrarch import (
    PetrarchFormatError,
    PetrarchReport,
    default_xml,
    evaluate,
    gold_acts,
    load_mapping,
    load_records,
    parse_records,
    score_sentence,
)
from frontwire.model import Article, Event, Party, Record

# The real file's quirks in miniature: a '#' banner (one line holding a tag-like '<EventCoding...>'),
# self-closed <Sentence/> with sibling codings and a stray </Sentence>, a proper open/close record with
# an XML comment, a multi-coding record, a noevents record and a date that is not YYYYMMDD.
SMALL_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
##########################################################
#   then the addition of <EventCoding...> records based on the coder output
##########################################################
<Environment><Verbfile>CAMEO.2.0.txt</Verbfile></Environment>
<Sentences>
<Sentence category="AFP" date="20240305" id="S_1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="KEN" targetcode="TZA" />
<EventCoding eventcode="031" sourcecode="TZA" targetcode="KEN" />
<Text>
Kenya and Tanzania pledged to widen
their border trade, officials said.
</Text>
<Parse>
1	Kenya	Kenya	PROPN	NNP	_	0	root	_	_
</Parse>
</Sentence>

<Sentence category="AFP" date="121108" id="S_2" evaluate="true">
<!-- PATTERN * STRIKE [195] -->
<EventCoding eventcode="195" sourcecode="NGAMIL" targetcode="NGAREB" />
<Text>
Nigerian jets bombed insurgent camps near Lake Chad on Sunday, the air force said.
</Text>
</Sentence>

<Sentence category="TEST" date="20240306" id="S_3" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
Markets in Nairobi closed higher on Wednesday.
</Text>
</Parse></Sentence>
</Sentences>
</Validation>
"""


def _event(category: str, actor: str | None = None, target: str | None = None) -> Event:
    return Event(
        id=f"e-{category}",
        category=category,
        actor=Party("actor", actor) if actor else None,
        target=Party("target", target) if target else None,
    )


def test_parse_reads_both_record_shapes_past_the_banner() -> None:
    records = parse_records(SMALL_XML)
    assert [r.id for r in records] == ["S_1", "S_2", "S_3"]
    first, second, third = records
    assert [c.event for c in first.codings] == ["031", "031"]
    assert (first.codings[0].source, first.codings[0].target) == ("KEN", "TZA")
    assert first.text == "Kenya and Tanzania pledged to widen their border trade, officials said."
    assert first.date == "2024-03-05" and first.category == "AFP"
    assert second.date is None  # '121108' is not YYYYMMDD: unknown, not guessed
    assert [c.event for c in second.codings] == ["195"]
    assert third.codings == ()  # noevents: nothing expected
    assert [r.split for r in records] == ["tune", "test", "tune"]  # odd positions tune, even test


def test_parse_refuses_a_record_without_text() -> None:
    broken = SMALL_XML.replace("<Text>\nMarkets in Nairobi closed higher on Wednesday.\n</Text>", "")
    with pytest.raises(PetrarchFormatError, match="0 text"):
        parse_records(broken)


def test_load_records_keeps_one_split(tmp_path: Path) -> None:
    xml = tmp_path / "v.xml"
    xml.write_text(SMALL_XML, encoding="utf-8")
    assert [r.id for r in load_records(xml, "tune")] == ["S_1", "S_3"]
    assert [r.id for r in load_records(xml, "test")] == ["S_2"]
    with pytest.raises(ValueError):
        load_records(xml, "even")
    with pytest.raises(FileNotFoundError):
        load_records(tmp_path / "absent.xml", "all")


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("010", None),  # public statement: PLOVER dropped comments, frontwire codes none
        ("021", "REQUEST"),  # appeal: frontwire's REQUEST covers appeals
        ("031", "AGREE"),
        ("042", "CONSULT"),
        ("051", "SUPPORT"),
        ("057", "AGREE"),  # signing a deal: frontwire's AGREE (ceasefires, deals), PLOVER's SUPPORT
        ("080", "CONCEDE"),
        ("0841", "CONCEDE"),  # releasing people: frontwire's CONCEDE, PLOVER's RETREAT
        ("0842", "RETREAT"),  # returning property: RETREAT, as in PLOVER
        ("087", "RETREAT"),  # the material side of CAMEO yield, split as PLOVER splits it
        ("0813", "RETREAT"),
        ("1014", "REQUEST"),  # PLOVER DEMAND, frontwire REQUEST
        ("112", "ACCUSE"),
        ("163", "SANCTION"),
        ("173", "COERCE"),
        ("1712", "ASSAULT"),
        ("192", "COERCE"),
        ("195", "ASSAULT"),
        ("2041", "ASSAULT"),
    ],
)
def test_cameo_codes_map_to_plover_categories(code: str, category: str | None) -> None:
    assert load_mapping().category(code) == category


def test_unknown_cameo_root_is_an_error() -> None:
    with pytest.raises(KeyError):
        load_mapping().category("990")


@pytest.mark.parametrize(
    ("actor", "iso3"),
    [
        ("SYRGOV", "SYR"),
        ("USA", "USA"),
        ("SYRREB", None),  # insurgents: no country (gold guide)
        ("PSEREBHMSGOV", "PSE"),  # a group in government is a de facto authority
        ("---REB", None),
        ("IGOUNO", None),
        ("IMGMUSISI", None),
        ("---", None),
    ],
)
def test_cameo_actor_codes_give_countries(actor: str, iso3: str | None) -> None:
    assert load_mapping().country(actor) == iso3


def test_same_category_codings_of_one_sentence_are_one_act() -> None:
    first = parse_records(SMALL_XML)[0]
    acts = gold_acts(first)
    assert len(acts) == 1 and acts[0].category == "AGREE"
    assert set(acts[0].dyads) == {("KEN", "TZA"), ("TZA", "KEN")}


def test_scoring_by_hand() -> None:
    """S_1 gold AGREE, S_2 gold ASSAULT, S_3 gold nothing. Predictions: S_1 AGREE (TZA->KEN, the other
    side of the symmetric act: both countries right) + a spurious CONSULT; S_2 ASSAULT with the actor
    right (NGA) and a target country where gold has none (rebels: null); S_3 a spurious ASSAULT."""
    s1, s2, s3 = parse_records(SMALL_XML)
    report = PetrarchReport(split="all")
    score_sentence(report, s1, [_event("AGREE", "TZA", "KEN"), _event("CONSULT", "KEN")])
    score_sentence(report, s2, [_event("ASSAULT", "NGA", "NGA")])
    score_sentence(report, s3, [_event("ASSAULT")])
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 2, 0)
    assert report.events.precision == pytest.approx(0.5) and report.events.recall == 1.0
    assert report.events.f1 == pytest.approx(2 / 3)
    assert (report.violent.tp, report.violent.fp, report.violent.fn) == (1, 1, 0)
    assert (report.actor_country.correct, report.actor_country.total) == (2, 2)
    assert (report.target_country.correct, report.target_country.total) == (1, 2)
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["spurious_event", "spurious_event", "target_country"]
    scores = report.scores()
    assert scores["events_f1"] == pytest.approx(2 / 3)
    assert scores["target_country_accuracy"] == pytest.approx(0.5)


def test_missed_events_are_false_negatives() -> None:
    s1, s2, _ = parse_records(SMALL_XML)
    report = PetrarchReport(split="all")
    score_sentence(report, s1, [])
    score_sentence(report, s2, [_event("PROTEST")])
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 2)
    assert (report.violent.tp, report.violent.fn) == (0, 1)
    assert {e.detail for e in report.errors if e.kind == "missed_event"} == {
        "AGREE (CAMEO 031, 031)",
        "ASSAULT (CAMEO 195)",
    }


def test_evaluate_runs_the_predictor_on_each_sentence_as_a_dated_article(tmp_path: Path) -> None:
    seen: list[Article] = []

    def predict(article: Article) -> Record:
        seen.append(article)
        return Record(
            article=article, events=[_event("AGREE", "KEN", "TZA")] if "Kenya" in article.body else []
        )

    xml = tmp_path / "v.xml"
    xml.write_text(SMALL_XML, encoding="utf-8")
    report = evaluate("all", xml, predict=predict)
    assert [a.published for a in seen] == ["2024-03-05", None, "2024-03-06"]
    assert report.sentences == 3 and report.events.tp == 1 and report.events.fn == 1


def test_cli_says_clearly_when_the_file_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval-petrarch", "--xml", str(tmp_path / "absent.xml")])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_cli_refuses_an_unknown_split() -> None:
    result = CliRunner().invoke(app, ["eval-petrarch", "--split", "even"])
    assert result.exit_code != 0


def test_real_validation_file_is_read_whole() -> None:
    path = default_xml()
    if not path.is_file():
        pytest.skip(f"PETRARCH-2 validation file absent at {path} (only needed to measure)")
    records = load_records(path, "all")
    assert len(records) == 78
    assert len({r.id for r in records}) == 78
    assert sum(r.split == "test" for r in records) == 39
    assert sum(len(r.codings) for r in records) == 80
    assert sum(not r.codings for r in records) == 12  # noevents records
    assert [r.id for r in records if not r.text] == ["abc12_3"]
