"""One attack told over several sentences is one event; another side, day or town is another.

A wire story gives the lead, then casualties alone ("Twenty-two others were wounded, the governor
said"), then detail ("Witnesses said the vehicle blew up as ..."). Those join the told attack; a
rocket salvo by the other side does not. Stories written for these tests.
"""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _violent(body: str, published: str = "2024-03-12"):
    rec = process(Article.from_text(body, published=published, language="en"))
    return rec, [e for e in rec.events if e.category == "ASSAULT"]


def test_engine_joins_casualties_and_detail_sentences_to_the_told_attack():
    _rec, events = _violent(
        "A car bomb exploded outside a police station in the Somali town of Baidoa on Monday, killing nine "
        "people, officials said.\n"
        "Twenty-two others were wounded, the regional governor said.\n"
        "Witnesses said the vehicle blew up as officers were changing shifts.\n"
        "Al Shabaab claimed responsibility for the attack."
    )
    assert len(events) == 1
    assert (events[0].killed, events[0].wounded) == (9, 22)
    assert len(events[0].evidence) >= 3


def test_engine_keeps_the_other_sides_attack_apart():
    _rec, events = _violent(
        "An Israeli air strike hit a house in Rafah on Tuesday, killing seven people, medics said.\n"
        "Islamic Jihad fired rockets at the Israeli town of Sderot."
    )
    assert len(events) == 2
    assert {e.mode for e in events} == {"air strike", "rocket"}


def test_engine_records_the_dated_war_start_of_a_running_toll_as_background():
    rec, events = _violent(
        "At least 4,000 people have been killed since the fighting began on April 15, the health ministry said.\n"
        "On Monday, shelling of a market in Omdurman killed 12 people, activists said.",
        published="2023-06-20",
    )
    assert [t.killed for t in rec.tolls] == [4000]
    start = [e for e in events if e.when is not None and e.when.date == "2023-04-15"]
    assert len(start) == 1 and start[0].killed is None
    assert any(e.killed == 12 for e in events)


def test_engine_reads_an_explosion_blamed_on_stored_chemicals_as_no_attack():
    _rec, events = _violent(
        "A huge explosion at a fireworks warehouse in the port of Chittagong on Sunday killed 14 people.\n"
        "Fire officials blamed the blast on chemicals stored in the depot without safety measures."
    )
    assert events == []


def test_engine_keeps_arson_and_hostage_taking_as_two_acts():
    _rec, events = _violent(
        "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 11 people.\n"
        "Residents said the gunmen later torched the mosque and took the imam hostage."
    )
    modes = [e.mode for e in events]
    assert "arson" in modes and "abduction" in modes
    assert any(e.killed == 11 for e in events)
