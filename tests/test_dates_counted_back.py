"""Dating acts told relative to others, and the report's day versus the act's.

New sentences composed for these rules (not copied from gold): an act told only as what another is
counted from ("X, a day after <act>") is dated by counting back from X; an act noun's own phrase
dates it ahead of the day a toll was updated or a statement made; the day right after a verb of
saying is the saying's.
"""

from __future__ import annotations

import datetime as dt

from frontwire import dates
from frontwire.model import Article, Event
from frontwire.pipeline import process


def _events(text: str, published: str) -> list[Event]:
    return process(Article.from_text(text, published=published)).events


def _told_in(events: list[Event], start: str, category: str | None = None) -> Event:
    hit = [
        e
        for e in events
        if any(ev.text.startswith(start) for ev in e.evidence) and category in (None, e.category)
    ]
    assert hit, [(e.category, e.evidence[0].text[:60]) for e in events]
    return hit[0]


# --- resolver: reading an expression backwards -------------------------------------------------------
def test_reverse_counts_a_day_after_backwards() -> None:
    w = dates.resolve("a day after", dt.date(2024, 3, 14), relative_to=dt.date(2024, 3, 14), reverse=True)
    assert w is not None and (w.date, w.precision) == ("2024-03-13", "day")


def test_reverse_counts_the_day_before_forwards() -> None:
    w = dates.resolve("the day before", dt.date(2024, 3, 14), relative_to=dt.date(2024, 3, 2), reverse=True)
    assert w is not None and w.date == "2024-03-03"


def test_reverse_less_than_a_week_after_is_the_six_days_before() -> None:
    w = dates.resolve(
        "less than a week after", dt.date(2024, 3, 14), relative_to=dt.date(2024, 3, 14), reverse=True
    )
    assert w is not None and (w.date, w.end, w.precision) == ("2024-03-08", "2024-03-13", "week")


def test_reverse_leaves_absolute_dates_alone() -> None:
    assert (
        dates.resolve("on Tuesday", dt.date(2024, 3, 14), relative_to=dt.date(2024, 3, 14), reverse=True)
        is None
    )


def test_forward_reading_is_unchanged() -> None:
    w = dates.resolve("a day after", dt.date(2024, 3, 14), relative_to=dt.date(2024, 3, 10))
    assert w is not None and w.date == "2024-03-11"


# --- engine: counting back from the act's neighbour ----------------------------------------------------
def test_an_attack_a_day_before_a_dated_act_is_dated_the_day_before() -> None:
    text = (
        "KABUL (Reuters) - Aid convoys resumed on Thursday, a day after a roadside bomb killed six police "
        "officers on the main highway near Ghazni, officials said."
    )
    e = _told_in(_events(text, "2024-03-14"), "Aid convoys resumed")
    assert e.category == "ASSAULT" and e.when is not None and e.when.date == "2024-03-13"


def test_a_seizure_the_day_after_a_stated_date() -> None:
    text = (
        "KHARTOUM (Reuters) - Thousands of people have fled the city since March 2, the day before "
        "paramilitary forces seized the airport."
    )
    e = _told_in(_events(text, "2024-03-14"), "Thousands of people")
    assert e.category == "COERCE" and e.when is not None and e.when.date == "2024-03-03"


def test_an_act_less_than_a_week_before_the_told_attack() -> None:
    text = (
        "MOGADISHU (Reuters) - A suicide bomber killed nine soldiers at a military base in Baidoa on "
        "Thursday, police said. The attack came less than a week after the government said it had "
        "withdrawn troops from two towns in the region."
    )
    e = _told_in(_events(text, "2024-03-14"), "The attack came", "RETREAT")
    assert e.when is not None
    assert (e.when.date, e.when.end) == ("2024-03-08", "2024-03-13")


# --- engine: the act's day, not the count's or the statement's -----------------------------------------
def test_a_bomb_dated_in_its_own_phrase_not_by_the_toll_update() -> None:
    text = (
        "ADEN (Reuters) - The death toll from a car bomb that exploded outside a police station in Aden "
        "on Sunday has risen to 31, a health official said on Tuesday."
    )
    e = _told_in(_events(text, "2024-03-12"), "The death toll")
    assert e.when is not None and e.when.date == "2024-03-10"


def test_said_on_a_day_it_had_struck_takes_the_day_the_victims_died() -> None:
    text = (
        "BAMAKO (Reuters) - The army said on Friday it had carried out a drone strike on a market in the "
        "Mopti region, where residents said at least 40 people were killed as they shopped on Thursday."
    )
    e = _told_in(_events(text, "2024-03-15"), "The army said")
    assert e.when is not None and e.when.date == "2024-03-14"


def test_a_lead_that_updated_the_toll_takes_the_act_told_after_it() -> None:
    text = (
        "QUETTA (Reuters) - The death toll from a bombing at a railway station in Quetta rose to 32 on "
        "Sunday, officials said.\n\n"
        "The attacker detonated his explosives among passengers waiting for a train on Saturday morning. "
        "At least 55 people were wounded, hospital officials said."
    )
    attacks = [e for e in _events(text, "2024-11-10") if e.category == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].when is not None and attacks[0].when.date == "2024-11-09"
    assert (attacks[0].killed, attacks[0].wounded) == (32, 55)


def test_a_threat_said_on_a_past_day_is_not_put_in_the_future() -> None:
    text = (
        "ISLAMABAD (Reuters) - Prime Minister Shehbaz Sharif vowed revenge for the bombing. "
        '"We will hunt down the killers and punish them," he said in a televised speech on Tuesday.'
    )
    threats = [e for e in _events(text, "2024-03-07") if e.category == "THREATEN"]
    assert threats and threats[0].when is not None and threats[0].when.date == "2024-03-05"


def test_an_appeal_about_a_truce_agreed_earlier_takes_the_report_day() -> None:
    text = "WASHINGTON (Reuters) - The U.S. envoy urged both generals to respect the ceasefire agreed on Saturday."
    appeals = [e for e in _events(text, "2024-05-13") if e.category == "REQUEST"]
    assert appeals and all(e.when is not None and e.when.date == "2024-05-13" for e in appeals)


def test_said_on_a_day_it_had_killed_insurgents_who_attacked_on_another() -> None:
    text = (
        "MOGADISHU (Reuters) - The army said on Monday its troops had killed 12 insurgents who attacked a "
        "checkpoint outside Afgoye in the early hours of Sunday."
    )
    e = _told_in(_events(text, "2024-05-13"), "The army said", "ASSAULT")
    assert e.when is not None and e.when.date == "2024-05-12"


def test_a_possessive_day_after_said_is_the_attacks() -> None:
    text = "KABUL (Reuters) - Police said on Wednesday Tuesday's attack on a mosque in Kunduz had killed five worshippers."
    e = _told_in(_events(text, "2024-05-15"), "Police said", "ASSAULT")
    assert e.when is not None and e.when.date == "2024-05-14"


def test_each_saying_dates_only_the_acts_it_reports() -> None:
    text = (
        "KABUL (Reuters) - Police said Tuesday's attack on a mosque in Kunduz killed five worshippers, and "
        "the Taliban said on Wednesday they had arrested two suspects."
    )
    events = _events(text, "2024-05-15")
    attack = _told_in(events, "Police said", "ASSAULT")
    arrest = _told_in(events, "Police said", "COERCE")
    assert attack.when is not None and attack.when.date == "2024-05-14"
    assert arrest.when is not None and arrest.when.date == "2024-05-15"


def test_a_day_in_another_nouns_relative_clause_is_not_the_acts() -> None:
    text = (
        "KABUL (Reuters) - The strike on a convoy that had left Kabul on Monday killed five soldiers on "
        "Tuesday, officials said."
    )
    e = _told_in(_events(text, "2024-05-15"), "The strike", "ASSAULT")
    assert e.when is not None and e.when.date == "2024-05-14"
