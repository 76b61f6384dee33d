"""A count told over several acts is a toll, never one event's count.

New sentences composed for this rule (not copied from gold): "killed in separate gun, bomb and knife
attacks", "in a series of attacks on churches", "in attacks between mid-March and mid-September". One
act with several blasts ("when two separate explosions hit the market") stays one event.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import record


def _tolls(rec: Record):
    return [(t.killed, t.wounded, t.qualifier) for t in rec.tolls]


def test_killed_in_separate_attacks_is_a_toll_not_an_attack() -> None:
    rec = record(
        "PARIS, Dec 6 (Wire) - Police arrested a man suspected of plotting an attack on a Christmas market "
        "in Lyon on Friday. Eight people were killed and dozens hurt in separate knife, gun and truck "
        "attacks in France last year.",
        "2024-12-06",
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []
    assert _tolls(rec) == [(8, None, None)]


def test_killed_in_a_series_of_attacks_is_a_toll() -> None:
    rec = record(
        "ABUJA, May 2 (Wire) - Gunmen abducted a priest in Kaduna state on Tuesday, police said. At least "
        "30 worshippers have been killed in a series of attacks on churches in the state.",
        "2024-05-02",
    )
    assert [e.mode for e in rec.events if e.category == "ASSAULT"] == ["abduction"]
    assert _tolls(rec) == [(30, None, "at least")]


def test_killed_in_attacks_between_two_dates_is_a_toll() -> None:
    rec = record(
        "BAGHDAD, Oct 3 (Wire) - A roadside bomb killed two soldiers near Kirkuk on Monday, the army said. "
        "The U.N. mission said that more than 400 civilians had been killed in attacks between mid-March "
        "and mid-September, most of them in bombings.",
        "2024-10-03",
    )
    assert [(e.mode, e.killed) for e in rec.events if e.category == "ASSAULT"] == [("bombing", 2)]
    assert _tolls(rec) == [(400, None, "more than")]


def test_two_separate_explosions_at_one_market_are_one_attack() -> None:
    rec = record(
        "KANO, Nigeria, Feb 9 (Wire) - Five people were killed when two separate explosions hit the main "
        "market in Kano on Friday, police said.",
        "2024-02-09",
    )
    assert [(e.category, e.killed) for e in rec.events] == [("ASSAULT", 5)]
    assert rec.tolls == []
