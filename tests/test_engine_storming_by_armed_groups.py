"""An armed group storming a place is an attack, with or without a hostage word.

New wire-style sentences (not from gold): 'Gunmen stormed a hotel', 'Al Shabaab stormed a base' are
the attack itself; security forces storming to end a siege stay an armed clash; fans or protesters
storming a pitch or a parliament are no attack; storming with hostages taken is the hostage-taking.
"""

from __future__ import annotations

from reading import one_attack, record


def test_named_group_fighters_storming_a_guesthouse_is_an_attack_with_its_actor() -> None:
    rec = record(
        "JALALABAD, May 7 (Reuters) - Islamic State fighters stormed a guesthouse used by aid workers in "
        "Jalalabad late on Monday, a provincial spokesman said.",
        published="2024-05-07",
    )
    e = one_attack(rec)
    assert e.actor is not None and "Islamic State" in e.actor.name and e.actor.country is None
    assert e.when is not None and e.when.date == "2024-05-06"


def test_a_group_named_alone_keeps_its_name_as_actor() -> None:
    rec = record(
        "BELEDWEYNE, Somalia, May 7 - Al Shabaab stormed an army outpost near Beledweyne before dawn on "
        "Tuesday, a local elder said.",
        published="2024-05-07",
    )
    e = one_attack(rec)
    assert e.actor is not None and e.actor.name.lower().startswith("al shabaab")


def test_unnamed_gunmen_storming_a_hotel_is_an_attack_on_it() -> None:
    rec = record(
        "BAMAKO, May 7 - Gunmen stormed a hotel in the central town of Sevare on Monday evening, "
        "witnesses said.",
        published="2024-05-07",
    )
    e = one_attack(rec)
    assert e.mode == "attack" and e.target is not None and "hotel" in e.target.name


def test_militants_storming_a_police_station_with_dead_is_one_attack() -> None:
    rec = record(
        "QUETTA, May 7 - Militants stormed a police station in the town of Turbat on Tuesday, killing "
        "three officers, officials said.",
        published="2024-05-07",
    )
    assert one_attack(rec).killed == 3


def test_commandos_ending_a_siege_stay_a_clash() -> None:
    rec = record(
        "NAIROBI, May 7 - Police commandos stormed the shopping centre on Tuesday, ending a day-long "
        "siege, officials said.",
        published="2024-05-07",
    )
    assert one_attack(rec).mode == "clash"


def test_storming_with_hostages_taken_is_the_hostage_taking_alone() -> None:
    rec = record(
        "LAGOS, May 7 - Gunmen stormed a school in Kaduna state on Tuesday and abducted dozens of "
        "pupils, police said.",
        published="2024-05-07",
    )
    assert [e.mode for e in rec.events if e.category == "ASSAULT"] == ["abduction"]


def test_fans_and_a_rush_to_power_are_no_attack() -> None:
    for text in (
        "MANCHESTER, May 7 - Hundreds of fans stormed the pitch after the final whistle on Tuesday.",
        "KABUL, May 7 - The rebels stormed to power in the capital in August 2021.",
    ):
        assert not [e for e in record(text, published="2024-05-07").events if e.category == "ASSAULT"]


def test_homes_torched_as_the_town_was_stormed_are_part_of_the_one_attack() -> None:
    rec = record(
        "PEMBA, Mozambique, May 7 - Insurgents stormed the village of Nangade on Monday, burning homes and "
        "a clinic, residents said.",
        published="2024-05-07",
    )
    assert one_attack(rec).mode == "attack"
