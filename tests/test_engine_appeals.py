"""An appeal for an act is a REQUEST, not the act: "called on donors to send medical aid" sends no aid.
A name followed by a participle phrase ("Mohamud, visiting the site, called on ...") still speaks.
Sentences written for these tests."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _events(body: str):
    return process(Article.from_text(body, published="2022-10-30", language="en")).events


def test_engine_reads_a_call_to_send_aid_as_an_appeal_not_aid():
    events = _events(
        "Prime Minister Hamza Barre, visiting the wounded in hospital, called on donors to send medical "
        "aid and doctors."
    )
    assert [e.category for e in events] == ["REQUEST"]
    assert events[0].actor is not None and "Barre" in events[0].actor.name


def test_engine_still_reads_aid_that_was_sent():
    events = _events("Turkey sent two planes carrying medical aid and doctors to Mogadishu on Sunday.")
    assert [e.category for e in events] == ["AID"]


def test_engine_reads_an_appeal_whose_subject_is_a_pronoun_of_the_clause_before():
    events = _events(
        "Nigeria's government condemned what it called a barbaric attack and called on neighbouring "
        "states to hand over the suspects."
    )
    appeals = [e for e in events if e.category == "REQUEST"]
    assert len(appeals) == 1
    assert appeals[0].actor is not None and appeals[0].actor.country == "NGA"


def test_engine_reads_suspended_peace_talks_as_a_rejection_but_not_a_labour_dispute():
    events = _events(
        "President Gustavo Petro suspended peace talks with the ELN rebels on Tuesday after a truck bomb "
        "killed two soldiers."
    )
    assert "REJECT" in [e.category for e in events]
    assert _events("The union suspended talks with management over pay on Monday.") == []


def test_engine_reads_one_declaration_of_two_measures_as_one_act_even_after_gangs_stormed():
    events = _events(
        "Haiti's government declared a 72-hour state of emergency and a night-time curfew on Sunday after "
        "armed gangs stormed the country's two largest prisons."
    )
    measures = [e for e in events if e.category == "COERCE"]
    assert [e.mode for e in measures] == ["state of emergency"]


def test_engine_reads_pressing_a_side_to_act_as_an_appeal_but_not_pressing_on():
    events = _events("Blinken pressed Netanyahu to allow more aid trucks into Gaza on Monday.")
    assert [e.category for e in events] == ["REQUEST"]
    assert events[0].target is not None and events[0].target.country == "ISR"
    assert "REQUEST" not in [
        e.category for e in _events("The army pressed on with its offensive in the north.")
    ]
