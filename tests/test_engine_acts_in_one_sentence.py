"""Who did it and how many acts one sentence tells: light verbs, replies, statements by an office.

"carried out a chemical attack" gives the attack its doer; "fired rockets, drawing air strikes in
retaliation" tells two attacks by two sides, each with its own weapons; a toll that "rose on Tuesday"
does not date a bombing told "on Sunday evening". Wire-style sentences written for these tests.
"""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _events(text: str, published: str = "2024-03-12"):
    return process(Article.from_text(text, published=published, language="en")).events


def test_engine_gives_an_attack_the_doer_of_its_light_verb():
    [ev] = _events(
        "Government forces carried out a chemical attack on the town of Saraqeb on Sunday, rescuers said."
    )
    assert ev.category == "ASSAULT"
    assert ev.actor is not None and ev.actor.name == "Government forces"


def test_engine_tells_a_retaliation_apart_with_its_own_weapons():
    events = _events(
        "Hezbollah fired dozens of rockets at northern Israel on Monday, drawing Israeli air strikes in retaliation."
    )
    assert [e.category for e in events] == ["ASSAULT", "ASSAULT"]
    first, reply = events
    assert first.mode == "rocket" and first.weapons == ["rocket"]
    assert reply.mode == "air strike" and "rocket" not in reply.weapons


def test_engine_dates_a_bombing_by_the_act_not_by_the_toll_update():
    [ev] = _events(
        "The death toll from a suicide bombing at a market in Quetta rose to 31 on Tuesday, officials said.\n"
        "The bomber blew himself up among shoppers on Sunday evening, police said."
    )
    assert ev.killed == 31
    assert ev.when is not None and ev.when.date == "2024-03-10"


def test_engine_reads_a_named_office_appealing_after_saying_it_was_appalled():
    events = _events(
        "Ukraine's president said he was appalled by the strike and called for a special tribunal."
    )
    assert [e.category for e in events] == ["REQUEST"]


def test_engine_reads_a_welcome_of_a_ceasefire_as_support():
    events = _events("U.N. Secretary-General Antonio Guterres welcomed the ceasefire agreement on Monday.")
    assert [e.category for e in events] == ["SUPPORT"]


def test_engine_tells_two_attacks_joined_by_and_with_their_own_tolls():
    events = _events(
        "Later on Monday, a roadside bomb near a bus station in Quetta killed four people, and two soldiers "
        "were killed when militants ambushed a patrol outside the city."
    )
    violent = [e for e in events if e.category == "ASSAULT"]
    assert sorted(e.killed for e in violent) == [2, 4]
