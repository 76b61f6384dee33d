"""A side's record over many occasions is not one event.

New sentences composed for this rule (not copied from gold). "has staged many raids in Kenya since its
troops crossed the border", "has carried out attacks on police posts for years": a plural act under a
perfect verb, spread over a span of time or a vague many, with no toll and no day. A relative clause
that says what a group is fighting for ("which is fighting to topple the government") tells who the
group is. The same verb with a day or an exact toll tells one occasion and stays an event.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str, published: str = "2024-02-08") -> Record:
    return process(Article.from_text(text, published=published))


def _assaults(rec: Record):
    return [
        (e.mode, e.killed, e.when.date if e.when else None) for e in rec.events if e.category == "ASSAULT"
    ]


_LEAD = (
    "MAIDUGURI, Nigeria, Feb 8 (Wire) - Islamist fighters attacked an army base in the town of Dikwa on "
    "Wednesday, killing seven soldiers, military sources said. "
)


def test_many_raids_since_a_year_are_a_record_not_an_event() -> None:
    rec = _record(
        _LEAD + "The group, which is fighting to carve out a caliphate in the region, has staged many raids "
        "across the border since it split from its parent movement in 2016."
    )
    assert _assaults(rec) == [("attack", 7, "2024-02-07")]


def test_attacks_carried_out_for_years_are_a_record() -> None:
    rec = _record(_LEAD + "The militants have carried out attacks on police posts in the state for years.")
    assert _assaults(rec) == [("attack", 7, "2024-02-07")]


def test_ships_attacked_since_a_month_are_a_record() -> None:
    rec = _record(
        "ADEN, Feb 8 (Wire) - A missile struck a cargo ship off the coast of Yemen on Wednesday, the "
        "British navy said. The group has attacked more than 40 merchant vessels since November."
    )
    assert len(_assaults(rec)) == 1


def test_attacks_since_a_day_with_a_toll_are_one_event() -> None:
    rec = _record(
        "MAIDUGURI, Nigeria, Feb 8 (Wire) - Insurgents have launched several attacks on the town of Dikwa "
        "since Monday, killing 12 people, residents said."
    )
    assert [k for _m, k, _d in _assaults(rec)] == [12]


def test_a_soldier_deployed_numerous_times_has_a_career_not_a_deployment() -> None:
    rec = _record(
        "LONDON, Feb 8 (Wire) - A British soldier was killed by a roadside bomb in northern Iraq on "
        "Wednesday, the Ministry of Defence said. The ministry said Corporal Ann Hale had deployed several "
        "times on operations to Cyprus and the Gulf."
    )
    assert [e.category for e in rec.events] == ["ASSAULT"]


def test_weeks_of_protests_a_killing_sparked_are_a_campaign() -> None:
    rec = _record(
        "CHICAGO, Feb 8 (Wire) - A man was shot dead by police in Chicago on Wednesday, officials said. The "
        "shooting came after the police killing of a teenager on Jan. 3 in Milwaukee sparked three weeks of "
        "protests and calls for reform."
    )
    assert "PROTEST" not in [e.category for e in rec.events]
