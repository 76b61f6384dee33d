"""The told doer doing part of the told attack is that attack, not a second one.

New sentences composed for this rule (not copied from gold). "the gunman shot dead a security guard
at the gate before opening fire inside" after the attack that killed 22: the gunman is the one told,
the guard is among the 22. A doer told anew ("Another gunman ...") or a figure above the attack's
stays apart.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import record


def _attacks(rec: Record):
    return [(e.mode, e.killed) for e in rec.events if e.category == "ASSAULT"]


def test_the_bomber_killing_a_guard_before_blowing_himself_up_is_the_told_bombing() -> None:
    rec = record(
        "PESHAWAR, Pakistan, March 5 (Wire) - A suicide bomber who struck a crowded mosque in Peshawar on "
        "Friday killed 22 worshippers, police said on Monday. According to two worshippers who survived, "
        "the attacker shot dead a policeman at the gate before walking into the prayer hall and detonating "
        "his explosives.",
        "2024-03-05",
    )
    assert _attacks(rec) == [("suicide bombing", 22)]


def test_the_gunman_shooting_a_guard_inside_the_told_attack_is_part_of_it() -> None:
    rec = record(
        "NAIROBI, Jan 16 (Wire) - Gunmen killed 14 people in an attack on a hotel complex in Nairobi on "
        "Tuesday, police said. The attackers shot dead a security guard at the gate before storming the "
        "lobby, a witness said.",
        "2024-01-16",
    )
    assert _attacks(rec) == [("attack", 14)]


def test_no_one_else_hurt_in_the_incident_is_the_told_attacks_zero() -> None:
    rec = record(
        "HALIFAX, Nova Scotia, Jan 8 (Wire) - A man was stabbed to death outside a bar in downtown Halifax "
        "early Sunday, police said. No one else was injured in the incident, police said.",
        "2024-01-08",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.mode, e.killed, e.wounded) for e in attacks] == [("stabbing", 1, 0)]


def test_no_one_else_injured_leaves_the_told_dead_standing() -> None:
    rec = record(
        "HALIFAX, Nova Scotia, Jan 8 (Wire) - A fight at a bar in downtown Halifax turned deadly early "
        "Sunday with a stabbing that killed a 31-year-old man, police said. Officers arrested two men at "
        "the scene. No one else was injured in the incident, said Halifax police Const. Mark Doe.",
        "2024-01-08",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.mode, e.killed, e.wounded) for e in attacks] == [("stabbing", 1, 0)]


def test_the_same_sizeable_dead_told_with_the_storming_day_is_one_attack() -> None:
    rec = record(
        "BAMAKO, Mali, Nov 14 (Wire) - Islamic State claimed responsibility on Thursday for an attack on an "
        "army post in eastern Mali that killed 43 soldiers. Hundreds of fighters stormed the post at "
        "Tabankort on Monday evening, pounding it with mortars and rockets, the army said. The army put "
        "the toll at 43 dead and 9 wounded.",
        "2024-11-14",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.killed, e.wounded, e.when.date if e.when else None) for e in attacks] == [
        (43, 9, "2024-11-11")
    ]
    assert rec.tolls == []
