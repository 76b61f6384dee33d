"""A long story tells several acts; which are one event and which are apart.

A retaliation and the act it answered ("struck targets ... in retaliation for a drone attack that
killed three soldiers in Jordan last Sunday") are two events, each with its own day, place and dead.
One night's strikes told country by country ("In Syria, the strikes hit ...", "In Iraq, ...") are one
event per country, as ACLED codes them. Security forces storming the building that ended a siege are
an armed clash apart from the hostage-taking, and the dead counted after the raid who are not the
hostage-takers ("Nine Italians had been killed, Rome said") are the hostage-takers' act's, a claim
on it and no event of their own. Stories written for these tests.
"""

from __future__ import annotations

from frontwire.model import Event
from reading import record


def _attacks(text: str, published: str) -> list[Event]:
    return [e for e in record(text, published).events if e.category == "ASSAULT"]


def _on(events: list[Event], date: str) -> Event:
    found = [e for e in events if e.when is not None and e.when.date == date]
    assert len(found) == 1, [(e.mode, e.when, e.killed) for e in events]
    return found[0]


def test_engine_tells_each_countrys_part_of_one_nights_strikes_apart():
    events = _attacks(
        "BEIRUT, Oct 27 (Meridian) - Israeli jets struck sites in Lebanon and Syria overnight, hitting "
        "dozens of targets linked to Hezbollah, the Israeli military said.\n"
        "In Syria, the strikes hit an arms depot and a radar station near the city of Homs, killing seven "
        "soldiers, the Syrian defence ministry said.\n"
        "In Lebanon, the strikes hit a warehouse on the outskirts of the town of Baalbek, killing three "
        "people, Lebanon's health ministry said.",
        "2024-10-27",
    )
    assert len(events) == 2
    by_country = {e.where.country: e for e in events if e.where is not None}
    assert by_country["SYR"].killed == 7 and by_country["LBN"].killed == 3
    lebanon = by_country["LBN"]
    assert lebanon.actor is not None and lebanon.actor.country == "ISR"
    assert lebanon.when is not None and lebanon.when.date == by_country["SYR"].when.date
