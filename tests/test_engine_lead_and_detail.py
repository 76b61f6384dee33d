"""A wire lead gives the toll and the day of the report; the next sentence tells the act itself.

"Gunmen killed 20 people at a market, police said on Sunday. Attackers on motorbikes opened fire on
traders on Saturday evening. Thirty others were wounded." is one attack on Saturday with 20 dead and
30 wounded, not a Sunday attack plus a Saturday one. A definite weapon or doer ("The rocket struck")
points back the same way. Another town, or a sentence far from the lead, stays its own event.
Stories written for these tests.
"""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _violent(body: str, published: str):
    rec = process(Article.from_text(body, published=published, language="en"))
    return [e for e in rec.events if e.category == "ASSAULT"]


def test_engine_dates_the_lead_attack_by_the_detail_sentence_not_the_report_day():
    events = _violent(
        "Gunmen killed at least 20 people at a cattle market in Nigeria's Zamfara state, police said on "
        "Sunday.\n"
        "Attackers on motorbikes opened fire on traders at the market on Saturday evening.\n"
        "Thirty others were wounded, a local official said.",
        published="2022-06-12",
    )
    assert len(events) == 1
    e = events[0]
    assert (e.killed, e.wounded) == (20, 30)
    assert e.when is not None and e.when.date == "2022-06-11"


def test_engine_joins_a_definite_weapon_sentence_to_a_toll_update_lead():
    events = _violent(
        "The death toll from a rocket strike on a shopping centre in the city of Kremenchuk rose to 21 on "
        "Wednesday, emergency services said.\n"
        "The rocket struck the crowded building on Monday afternoon. Fifty-nine people were wounded, "
        "the regional governor said.",
        published="2022-06-29",
    )
    assert len(events) == 1
    e = events[0]
    assert (e.killed, e.wounded) == (21, 59)
    assert e.when is not None and e.when.date == "2022-06-27"


def test_engine_keeps_a_dated_attack_in_another_town_apart_from_the_lead():
    events = _violent(
        "A suicide bomber killed 12 people at a mosque in the Afghan city of Kunduz, officials said on "
        "Friday.\n"
        "Gunmen also killed four police officers at a checkpoint in Herat on Thursday.",
        published="2021-10-08",
    )
    assert len(events) == 2
    assert sorted(e.killed for e in events) == [4, 12]


def test_engine_gives_casualties_to_the_attack_their_sentence_names_not_the_last_one():
    events = _violent(
        "A rocket killed 12 people at a market in the town of Kafr Kila on Saturday, officials said.\n"
        "Warplanes struck several targets near the border overnight, the military said.\n"
        "More than 30 people were also wounded in the strike on the market, medics said.",
        published="2024-07-28",
    )
    by_killed = {e.killed: e for e in events}
    assert by_killed[12].wounded == 30
    assert all(e.wounded is None for e in events if e.killed != 12)


def test_engine_joins_the_blown_up_vehicle_to_the_told_bombing_and_names_no_vehicle_as_doer():
    events = _violent(
        "A car bomb attack on a police station in the western province of Valle del Cauca killed three "
        "officers on Friday, officials said.\n"
        "The explosives-packed car blew up at the station in the town of Jamundi early on Friday, "
        "wounding 11 other people, police said.",
        published="2024-05-11",
    )
    assert len(events) == 1
    assert (events[0].killed, events[0].wounded) == (3, 11)
    assert events[0].actor is None or "car" not in events[0].actor.name
    assert events[0].where is None or events[0].where.country == "COL"
