"""'Hours after <act>': the act is dated on the day of the act it is counted from, as 'a day after'.

New wire-style sentences (not from gold). An act named only as the time another is told from ('Hours
after the strike, ...') is no new act and does not swallow the sentence's own act.
"""

from __future__ import annotations

import datetime as dt

from frontwire import dates
from reading import record


def test_bare_hours_after_is_a_date_on_the_day_counted_from() -> None:
    for text in ("hours after the truce took effect", "Minutes after the ceasefire", "a few hours after"):
        w = dates.resolve(dates.find_dates(text)[0][2], dt.date(2024, 5, 9), relative_to=dt.date(2024, 5, 6))
        assert w is not None and (w.date, w.precision) == ("2024-05-06", "day"), text


def test_days_after_without_a_number_and_a_duration_are_no_date() -> None:
    assert dates.find_dates("days after the raid") == []
    assert dates.find_dates("fighting went on for hours after the blast") == []


def test_an_attack_hours_after_the_strike_is_its_own_act_on_that_day() -> None:
    rec = record(
        "KYIV, May 9 - Russian missiles hit a rail depot in Poltava on Monday, officials said. Hours after "
        "the strike, a drone hit a grain silo in Odesa, killing a guard, the regional governor "
        "said.",
        published="2024-05-09",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 2, [(e.mode, e.evidence[0].text[:50]) for e in attacks]
    drone = next(e for e in attacks if e.evidence[0].text.startswith("Hours after"))
    assert drone.when is not None and (drone.when.date, drone.when.precision) == ("2024-05-06", "day")
    assert drone.killed == 1


def test_a_day_after_the_strike_counts_on_from_it() -> None:
    rec = record(
        "KYIV, May 9 - Russian missiles hit a rail depot in Poltava on Monday, officials said. A day after "
        "the strike, a drone hit a grain silo in Odesa, killing a guard, the regional governor "
        "said.",
        published="2024-05-09",
    )
    drone = next(e for e in rec.events if e.evidence[0].text.startswith("A day after"))
    assert drone.when is not None and drone.when.date == "2024-05-07"


def test_a_rocket_attack_hours_after_the_truce_took_effect_takes_the_truces_day() -> None:
    rec = record(
        "KHARTOUM, May 9 - A truce between the army and the RSF took effect on Monday. A rocket attack hit "
        "a clinic in Omdurman just hours after the truce took effect, killing two nurses, residents said.",
        published="2024-05-09",
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert attack.when is not None and (attack.when.date, attack.when.precision) == ("2024-05-06", "day")


def test_the_attack_pointed_back_keeps_its_day_and_the_act_before_is_counted_back() -> None:
    rec = record(
        "KABUL, May 9 - A suicide bomber killed nine people at a wedding hall in Kabul on Tuesday, police "
        "said. The attack came hours after a roadside bombing in Kandahar.",
        published="2024-05-09",
    )
    lead = next(e for e in rec.events if e.evidence[0].text.startswith("A suicide bomber"))
    assert lead.when is not None and lead.when.date == "2024-05-07"
    before = [e for e in rec.events if e.evidence[0].text.startswith("The attack came")]
    assert all(e.when is not None and e.when.date == "2024-05-07" for e in before)
