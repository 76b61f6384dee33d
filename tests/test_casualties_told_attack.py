"""Counts that belong to the attack just told, not to a running toll or a second attack.

New sentences composed for these rules (not copied from gold). A count pointing back to the attack
("killed in the attack", "put the death toll at", a bare "More than 60 people have died." right after
it) is that attack's; sources differ, so the first (most conservative) figure stands. A place that
only says where the wounded were taken (a hospital's town) makes no new incident; "also killed" adds
to a count and is not the event's own; the body's dated account of "last week's" attack is that attack.
"""

from __future__ import annotations

from reading import one_attack, record


def test_a_count_killed_in_the_attack_is_no_toll() -> None:
    rec = record(
        "MAIDUGURI, Nigeria (Reuters) - Islamist militants killed at least 25 villagers near the town of "
        "Monguno on Tuesday, a local official said. A community leader said on Wednesday that at least 160 "
        "villagers had been killed in the attack, the deadliest this year.",
        "2024-06-12",
    )
    assert rec.tolls == []
    assert one_attack(rec).killed == 25


def test_another_sources_figure_for_the_attack_is_no_second_attack() -> None:
    rec = record(
        "MAIDUGURI, Nigeria (Reuters) - Islamist militants killed at least 25 villagers near the town of "
        "Monguno on Tuesday, a local official said. A community leader said on Wednesday that at least 60 "
        "villagers had been killed in the attack.",
        "2024-06-12",
    )
    attack = one_attack(rec)
    assert attack.killed == 25
    assert attack.when is not None and attack.when.date == "2024-06-11"


def test_the_death_toll_put_by_residents_is_the_attacks() -> None:
    rec = record(
        "OUAGADOUGOU (Reuters) - Gunmen killed at least 48 villagers in a raid on a village in eastern "
        "Burkina Faso on Sunday, the regional governor said. Residents put the death toll at about 90.",
        "2024-06-11",
    )
    assert rec.tolls == []
    assert one_attack(rec).killed == 48


def test_a_bare_count_right_after_the_attack_is_its_count() -> None:
    rec = record(
        "ALEPPO (Reuters) - Government aircraft dropped barrel bombs on a crowded market in the town of "
        "Atarib on Monday. More than 60 people have died.",
        "2024-06-11",
    )
    assert rec.tolls == []
    assert one_attack(rec).killed == 60


def test_a_count_since_the_war_began_stays_a_toll() -> None:
    rec = record(
        "ALEPPO (Reuters) - Government aircraft dropped barrel bombs on a crowded market in the town of "
        "Atarib on Monday, killing 12 people. More than 6,000 civilians have been killed in the province "
        "since the war began.",
        "2024-06-11",
    )
    assert [t.killed for t in rec.tolls] == [6000]
    assert one_attack(rec).killed == 12


def test_a_hospitals_town_is_no_new_incident() -> None:
    rec = record(
        "SANAA (Reuters) - An air strike hit a wedding party in Hajjah province on Sunday, killing at least "
        "20 people, medics said. A hospital in Abs had received 46 wounded people, a doctor there said. "
        "The health ministry said 33 people had been killed and 70 wounded.",
        "2024-04-22",
    )
    attack = one_attack(rec)
    assert (attack.killed, attack.wounded) == (20, 46)  # the most conservative figures


def test_the_dated_account_of_last_weeks_bombing_is_that_bombing() -> None:
    rec = record(
        "KABUL (Reuters) - The Taliban claimed responsibility on Tuesday for last week's suicide bombing at "
        "a Kabul wedding hall that killed 14 people. An attacker detonated an explosives vest inside the "
        "hall on Friday evening. The bomber was also killed and 31 guests were wounded.",
        "2024-04-23",
    )
    attack = one_attack(rec)
    assert attack.when is not None and attack.when.date == "2024-04-19"
    assert (attack.killed, attack.wounded) == (14, 31)  # "also killed" adds to the 14, it is no count


def test_a_bare_count_too_big_for_one_attack_stays_a_toll() -> None:
    rec = record(
        "ALEPPO (Reuters) - Government aircraft dropped barrel bombs on a crowded market in the town of "
        "Atarib on Monday. At least 2,000 civilians have been killed.",
        "2024-06-11",
    )
    assert [t.killed for t in rec.tolls] == [2000]
    assert one_attack(rec).killed is None


def test_a_count_this_year_stays_a_toll() -> None:
    rec = record(
        "KADUNA (Reuters) - Gunmen killed five villagers in Kaduna state on Monday. More than 300 people "
        "have died in the state this year.",
        "2024-06-11",
    )
    assert [t.killed for t in rec.tolls] == [300]
    assert one_attack(rec).killed == 5


def test_an_overall_toll_that_rose_is_a_running_count() -> None:
    rec = record(
        "KHARKIV (Reuters) - A Russian missile hit a supermarket in Kharkiv on Saturday, killing 30 people, "
        "officials said. The overall death toll from the shelling of the city has reached 250, the mayor said.",
        "2024-06-11",
    )
    assert [t.killed for t in rec.tolls] == [250]
    assert one_attack(rec).killed == 30


def test_the_attacks_own_toll_that_rose_replaces_its_count() -> None:
    rec = record(
        "KHARKIV (Reuters) - A Russian missile hit a supermarket in Kharkiv on Saturday, killing 30 people, "
        "officials said. The death toll from the attack rose to 35 on Sunday, the mayor said.",
        "2024-06-11",
    )
    assert rec.tolls == []
    attack = one_attack(rec)
    assert attack.killed == 35 and attack.when is not None and attack.when.date == "2024-06-08"
