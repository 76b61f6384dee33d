"""Lists of the dead the parser tears apart, and dead added with 'also' to the count told.

New wire-style sentences composed for these rules (not copied from gold). A list of victims is one
count however the parser cuts it: "a captain, two sergeants and five soldiers were killed" is 8 (the
parser gives the verb two subjects), "the army said Colonel X, the local commander, and nine soldiers
were killed" is 10 (the parser hangs the colonel on 'said'). A later sentence whose dead were 'also'
killed adds them to the attack told (ACLED's fatalities are everyone killed in the event), and its
speaker is a source on that attack, not on an attack of its own.
"""

from __future__ import annotations

import pytest

from frontwire.nlp.casualties import figures
from frontwire.nlp.engine import _nlp
from reading import record

PUBLISHED = "2024-09-14"


def _killed(sentence: str) -> list[int | None]:
    return [f.count for f in figures(_nlp()(sentence)[:]) if f.kind == "killed"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The provincial governor said a senior commander and 12 soldiers were killed in the ambush.", 13),
        ("Officials said Colonel Ahmed Saleh, the brigade commander, and nine of his men were killed.", 10),
        ("The army said a captain, two sergeants and five soldiers were killed near the border.", 8),
        ("Police said a woman and her two children were killed in the blast.", 3),
    ],
)
def test_a_list_of_the_dead_counts_every_victim_however_it_is_parsed(sentence: str, count: int) -> None:
    assert _killed(sentence) == [count]


def test_an_arrest_before_the_list_is_no_victim() -> None:
    assert _killed("Police arrested a man at the scene, and two passers-by were killed.") == [2]


def test_dead_killed_also_add_to_the_attack_and_their_source_speaks_on_it() -> None:
    rec = record(
        "NIAMEY, Sept 14 (Wire) - Gunmen on motorbikes attacked a military convoy near the town of Tera in "
        "western Niger on Friday, killing four soldiers, the defence ministry said. A regional official said "
        "the convoy's commander and 11 other soldiers were also killed in the ambush.",
        PUBLISHED,
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 1, [(e.mode, e.killed, e.evidence[0].text[:60]) for e in attacks]
    assert attacks[0].killed == 16
    assert {c.by for c in attacks[0].claims if c.stance == "asserts"} == {
        "defence ministry",
        "regional official",
    }


def test_wounded_also_add_to_the_wounded_told() -> None:
    rec = record(
        "KANO, Sept 14 (Wire) - A suicide bomber blew himself up at a market in Konduga on Friday, wounding "
        "nine traders, police said. Two policemen guarding the market were also wounded, a police spokesman "
        "said.",
        PUBLISHED,
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 1, [(e.mode, e.wounded, e.evidence[0].text[:60]) for e in attacks]
    assert attacks[0].wounded == 11


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Police said the victim, 31, had a gunshot wound to the chest and was in stable condition.",
            ("wounded", 1),
        ),
        (
            "The suspect is charged in the stabbing death of a restaurant owner in Queens last week.",
            ("killed", 1),
        ),
        ("A hotel cashier and a customer were shot dead during the robbery.", ("killed", 2)),
    ],
)
def test_a_person_named_by_trade_or_with_a_wound_is_counted(sentence: str, figure: tuple[str, int]) -> None:
    assert [(f.kind, f.count) for f in figures(_nlp()(sentence)[:])] == [figure]


def test_the_person_a_later_figure_counts_is_the_target_of_the_shooting_told() -> None:
    rec = record(
        "DAYTON, Ohio (WDTN) - A Springfield man was arrested early Saturday after a shooting outside a bar "
        "on Main Street. Police say Marcus Hill, 29, had a gunshot wound to the arm and was taken to a "
        "hospital.",
        PUBLISHED,
    )
    shootings = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(shootings) == 1, [(e.mode, e.evidence[0].text[:60]) for e in rec.events]
    assert shootings[0].wounded == 1
    assert shootings[0].target is not None and shootings[0].target.name.endswith("Marcus Hill")
