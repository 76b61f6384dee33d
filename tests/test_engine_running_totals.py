"""A running total told beside an attack's own count ("..., bringing the toll of the month to N").

New wire-style sentences composed for this rule (not copied from gold). A clause "bringing/taking the
toll to N" that counts a period or many acts is a toll; the sentence's attack keeps its own count.
One that counts the attack itself ("bringing the death toll from Sunday's attack to 14") is the
attack's rising count.
"""

from __future__ import annotations

from reading import one_attack, record


def test_the_number_killed_in_strikes_this_month_is_a_toll_beside_the_strikes_count() -> None:
    rec = record(
        "BAHIR DAR, Ethiopia, Aug 15 (Wire) - A drone strike killed 30 people in a market in Ethiopia's "
        "Amhara region on Sunday, bringing the number of people killed in drone strikes in the region this "
        "month to more than 100, a doctor said.",
        "2023-08-15",
    )
    assert [(t.killed, t.qualifier, t.by) for t in rec.tolls] == [(100, "more than", "doctor")]
    assert one_attack(rec).killed == 30


def test_the_toll_of_a_week_of_strikes_does_not_replace_the_strikes_count() -> None:
    rec = record(
        "KHAN YOUNIS, Aug 15 (Wire) - An air strike hit a house in the city on Sunday. The strike killed 12 "
        "people, bringing the death toll from a week of air strikes on the city to 95, medics said.",
        "2023-08-15",
    )
    assert [t.killed for t in rec.tolls] == [95]
    assert one_attack(rec).killed == 12


def test_taking_the_total_killed_this_year_keeps_the_bombing_an_event() -> None:
    rec = record(
        "ARAUCA, Colombia, Aug 16 (Wire) - A roadside bomb killed four soldiers in Colombia's Arauca "
        "province on Tuesday, taking the total killed in attacks on the army this year to 230.",
        "2023-08-16",
    )
    assert [t.killed for t in rec.tolls] == [230]
    attack = one_attack(rec)
    assert attack.killed == 4
    assert attack.when is not None and attack.when.date == "2023-08-15"


def test_a_risen_toll_and_the_years_total_in_one_sentence_are_told_apart() -> None:
    rec = record(
        "ARAUCA, Colombia, Aug 17 (Wire) - A roadside bomb killed four soldiers in Colombia's Arauca province "
        "on Tuesday. The death toll from the blast rose to six on Wednesday, bringing the number of soldiers "
        "killed this year to 40.",
        "2023-08-17",
    )
    assert [t.killed for t in rec.tolls] == [40]
    assert one_attack(rec).killed == 6


def test_bringing_the_toll_of_the_attack_itself_is_its_rising_count() -> None:
    rec = record(
        "KANDAHAR, Aug 15 (Wire) - A car bomb exploded at a checkpoint in Kandahar on Sunday, killing 12 "
        "people. Two more of the wounded died on Monday, bringing the death toll from Sunday's attack to 14, "
        "a hospital official said.",
        "2023-08-15",
    )
    assert rec.tolls == []
    assert one_attack(rec).killed == 14


def test_a_toll_of_this_year_counts_from_the_first_of_the_year() -> None:
    rec = record(
        "KADUNA, Nigeria, June 11 (Wire) - Gunmen killed five villagers in Kaduna state on Monday. More than "
        "300 people have died in attacks in the state this year, according to a local rights group.",
        "2024-06-11",
    )
    assert [(t.killed, t.qualifier, t.since) for t in rec.tolls] == [(300, "more than", "2024-01-01")]


def test_a_toll_of_the_past_week_counts_from_a_week_before_the_dateline() -> None:
    rec = record(
        "KIRKUK, Iraq, Dec 4 (Wire) - Islamic State militants attacked an army post south of Kirkuk on "
        "Sunday, killing four soldiers, security sources said. The attack brings the total killed in Kirkuk "
        "province in the past week to 60, according to a Wire tally.",
        "2023-12-04",
    )
    assert [(t.killed, t.since) for t in rec.tolls] == [(60, "2023-11-27")]


def test_the_deadliest_day_since_a_years_past_disaster_is_no_toll() -> None:
    rec = record(
        "KABUL, Aug 27 (Wire) - A suicide bomber struck outside Kabul airport on Thursday, killing 13 U.S. "
        "service members and at least 170 Afghans. It was the deadliest day for U.S. forces in Afghanistan "
        "since 2011, when 30 were killed in a helicopter crash.",
        "2021-08-27",
    )
    assert rec.tolls == []
    assert one_attack(rec).killed == 183


def test_a_war_that_has_killed_thousands_beside_a_strike_is_a_toll_and_the_strike_stays() -> None:
    rec = record(
        "KHARTOUM, Aug 10 (Wire) - A drone strike on a market in Omdurman killed 12 people on Friday, the "
        "latest attack in a war that has killed more than 15,000 people since April last year.",
        "2024-08-10",
    )
    assert [(t.killed, t.qualifier, t.since) for t in rec.tolls] == [(15000, "more than", "2023-04-01")]
    strike = one_attack(rec)
    assert strike.killed == 12
    assert strike.when is not None and strike.when.date == "2024-08-09"


def test_a_conflict_that_has_left_many_dead_is_no_count_of_the_air_strike() -> None:
    rec = record(
        "IDLIB, Syria, Aug 12 (Wire) - An air strike killed 20 people in the town of Ariha on Sunday in a "
        "conflict that has left more than 500,000 people dead.",
        "2024-08-12",
    )
    assert [t.killed for t in rec.tolls] == [500000]
    assert one_attack(rec).killed == 20


def test_adding_to_a_toll_of_tens_of_thousands_keeps_the_drone_strike_an_event() -> None:
    rec = record(
        "ADEN, Aug 10 (Wire) - Houthi drones killed five soldiers in Yemen's Taiz province on Friday, adding "
        "to a death toll of tens of thousands in a war now in its tenth year.",
        "2024-08-10",
    )
    assert rec.tolls == []
    assert one_attack(rec).killed == 5


def test_a_toll_since_an_invasion_years_ago_is_a_running_toll_from_that_month() -> None:
    rec = record(
        "KHARKIV, April 10 (Wire) - A guided bomb hit a residential building in Kharkiv on Tuesday, killing "
        "four. According to the U.N., at least 10,800 civilians have been killed in Ukraine since the "
        "full-scale invasion began in February 2022.",
        "2024-04-10",
    )
    assert [(t.killed, t.qualifier, t.since, t.by) for t in rec.tolls] == [
        (10800, "at least", "2022-02-01", "U.N.")
    ]
    assert one_attack(rec).killed == 4


def test_the_dead_of_a_past_civil_war_counted_over_years_are_history_not_an_attack() -> None:
    rec = record(
        "JUBA, April 10 (Wire) - The U.N. estimates that some 400,000 people died in South Sudan's civil war "
        "between 2013 and 2018.",
        "2024-04-10",
    )
    assert rec.events == [] and rec.tolls == []
