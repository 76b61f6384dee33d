"""A war told as context ("has been fighting an insurgency since 2012") is no event; a coup told with
its month ("took power in a coup in August 2020") is one. Sentences written for these tests."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _events(body: str, published: str):
    return process(Article.from_text(body, published=published, language="en")).events


def test_engine_reads_a_war_fought_since_a_year_as_no_clash():
    events = _events(
        "Burkina Faso's junta, which has been fighting jihadist groups since 2015, named a new prime "
        "minister on Friday.",
        published="2022-10-22",
    )
    assert [e for e in events if e.category == "ASSAULT"] == []


def test_engine_reads_a_dated_coup_as_a_coerce_event():
    events = _events(
        "Guinea's junta, which took power in a coup in September 2021, said on Monday it would hold "
        "elections in two years.",
        published="2022-01-10",
    )
    coups = [e for e in events if e.mode == "coup"]
    assert len(coups) == 1
    assert coups[0].category == "COERCE"
    assert coups[0].when is not None and coups[0].when.date[:7] == "2021-09"


def test_engine_reads_a_war_waged_since_a_year_in_the_perfect_as_no_clash():
    events = _events(
        "Officials fear a power vacuum in Syria, as do other members of the U.S.-led coalition that has "
        "fought Islamic State in Iraq and Syria since 2014.",
        published="2018-12-20",
    )
    assert [e for e in events if e.category == "ASSAULT"] == []


def test_engine_reads_a_fight_in_court_as_no_clash():
    events = _events(
        "The farmers have fought the pipeline in court for a decade and say they will appeal again.",
        published="2019-04-02",
    )
    assert [e for e in events if e.category == "ASSAULT"] == []


def test_engine_records_a_war_start_told_in_a_relative_clause_as_background():
    events = _events(
        "The war between the army and the paramilitaries, which broke out in April 2023, has driven "
        "millions from their homes, the U.N. said on Thursday.",
        published="2024-06-06",
    )
    starts = [e for e in events if e.category == "ASSAULT"]
    assert [(e.when.date, e.when.precision) for e in starts] == [("2023-04-01", "month")]
    assert (starts[0].actor.name, starts[0].target.name) == ("army", "paramilitaries")
