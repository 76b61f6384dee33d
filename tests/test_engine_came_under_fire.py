"""'came under fire': shooting at whoever came under it, an attack with no named doer.

New sentences composed for this rule (not copied from gold). A convoy or patrol that "came under
small-arms fire" or "heavy mortar fire" was attacked that day; a minister who "came under fire from
lawmakers" over a budget was criticised (no conflict word: no event).
"""

from __future__ import annotations

from reading import record


def test_a_convoy_that_came_under_small_arms_fire_was_attacked_that_day() -> None:
    rec = record(
        "GAO, Mali, Oct 12 (Wire) - A United Nations supply convoy came under small-arms fire near the "
        "village of Tessit on Tuesday, killing two peacekeepers, the mission said.",
        "2023-10-12",
    )
    assert [(e.category, e.mode) for e in rec.events] == [("ASSAULT", "shooting")]
    assert rec.events[0].when is not None and rec.events[0].when.date == "2023-10-10"


def test_an_army_patrol_under_heavy_fire_is_one_attack() -> None:
    rec = record(
        "KIDAL, Mali, Oct 12 (Wire) - An army patrol came under heavy fire outside the town of Kidal "
        "on Wednesday, the army said.",
        "2023-10-12",
    )
    assert [(e.category, e.mode) for e in rec.events] == [("ASSAULT", "shooting")]
    assert rec.events[0].when is not None and rec.events[0].when.date == "2023-10-11"


def test_a_minister_coming_under_fire_from_lawmakers_is_no_attack() -> None:
    rec = record(
        "LONDON, Oct 12 (Wire) - The finance minister came under fire from lawmakers on Wednesday over "
        "plans to cut pensions.",
        "2023-10-12",
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []


def test_whoever_came_under_fire_is_the_target() -> None:
    rec = record(
        "MANDERA, Kenya, Oct 12 (Wire) - A police truck came under heavy fire near the town of Mandera "
        "on Wednesday, police said.",
        "2023-10-12",
    )
    (attack,) = [e for e in rec.events if e.category == "ASSAULT"]
    assert attack.target is not None and attack.target.name == "police truck"
    assert attack.target.country == "KEN"


def test_a_un_aircraft_that_came_under_fire_is_a_target_of_no_state() -> None:
    rec = record(
        "MALAKAL, South Sudan, Oct 12 (Wire) - A U.N. helicopter came under fire near the town of "
        "Malakal on Wednesday, killing one crew member, the U.N. mission said.",
        "2023-10-12",
    )
    (attack,) = [e for e in rec.events if e.category == "ASSAULT"]
    assert attack.target is not None and attack.target.name == "U.N. helicopter"
    assert attack.target.country is None


def test_a_vehicle_hit_is_of_the_side_it_carried() -> None:
    rec = record(
        "PESHAWAR, Pakistan, Oct 12 (Wire) - Gunmen ambushed a bus carrying Chinese engineers near the "
        "town of Dasu on Wednesday, police said.",
        "2023-10-12",
    )
    (attack,) = [e for e in rec.events if e.category == "ASSAULT"]
    assert attack.target is not None
    assert (attack.target.name, attack.target.country) == ("a bus carrying Chinese engineers", "CHN")
