"""Second sources' figures for the attack just told, and counts described by "many of them".

New sentences composed for these rules (not copied from gold). "put the toll at 40 dead and 9 wounded"
after an attack told without a count, "gave a higher toll", "put the number of soldiers killed at close
to 100": the same attack counted again, not an aggregate toll; the first (most conservative) count
stands. "At least 56 people, many of them women and children, were killed": the description is no
second group of victims. "claimed responsibility on Thursday for an attack": the day is the claim's.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import record


def _attacks(rec: Record):
    return [e for e in rec.events if e.category == "ASSAULT"]


def test_the_toll_put_after_an_uncounted_attack_is_that_attacks_count() -> None:
    rec = record(
        "BAMAKO, June 4 (Wire) - Gunmen on motorbikes attacked a gendarmerie post near the town of "
        "Boulkessi on Monday, the army said. The army put the toll at 14 dead and 9 wounded, with others "
        "still missing.",
        "2024-06-04",
    )
    assert rec.tolls == []
    attacks = _attacks(rec)
    assert len(attacks) == 1
    assert (attacks[0].killed, attacks[0].wounded) == (14, 9)


def test_a_higher_toll_from_another_source_competes_and_is_no_toll() -> None:
    rec = record(
        "GOMA, March 8 (Wire) - Nine villagers were killed and four wounded when rebels raided the village "
        "of Kipese on Saturday, the provincial governor said. A local rights group gave a higher toll, "
        "saying 15 villagers had died and 11 others were injured.",
        "2024-03-08",
    )
    assert rec.tolls == []
    attacks = _attacks(rec)
    assert len(attacks) == 1
    assert (attacks[0].killed, attacks[0].wounded) == (9, 4)


def test_the_number_of_soldiers_killed_put_by_other_sources_is_no_toll() -> None:
    rec = record(
        "OUAGADOUGOU, Aug 20 (Wire) - Militants killed 23 soldiers in an attack on an army base near "
        "Djibo on Sunday, the army said. Two security sources put the number of soldiers killed at close "
        "to 50.",
        "2024-08-20",
    )
    assert rec.tolls == []
    attacks = _attacks(rec)
    assert len(attacks) == 1
    assert attacks[0].killed == 23


def test_many_of_them_describes_the_dead_and_adds_no_victims() -> None:
    rec = record(
        "SANAA, Feb 2 (Wire) - At least 31 people, many of them women and children, were killed when an "
        "air strike hit a market in Saada province on Sunday, medical sources said.",
        "2024-02-02",
    )
    attacks = _attacks(rec)
    assert len(attacks) == 1
    assert attacks[0].killed == 31


def test_most_of_them_describing_the_dead_keeps_the_count() -> None:
    rec = record(
        "QUETTA, Pakistan, May 6 (Wire) - Nineteen people, most of them pilgrims and traders, died when a "
        "bomb tore through a bus station in Quetta on Monday, police said.",
        "2024-05-06",
    )
    attacks = _attacks(rec)
    assert len(attacks) == 1
    assert attacks[0].killed == 19


def test_a_figure_not_updated_since_is_still_the_attacks_count() -> None:
    rec = record(
        "MOGADISHU, July 8 (Wire) - A car bomb killed 14 people outside a hotel in Mogadishu on Friday, "
        "police said. The interior ministry later put the number of dead at 21 and has not updated it "
        "since.",
        "2024-07-08",
    )
    assert rec.tolls == []
    attacks = _attacks(rec)
    assert len(attacks) == 1
    assert attacks[0].killed == 14
