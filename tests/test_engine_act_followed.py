"""An act a told act is set after ("The shooting comes after the police killing of ..."): its own event.

New sentences composed for these rules (not copied from gold). "The shooting comes after the police
killing of a man on April 2 in Louisville": 'the shooting' points back to the story's act, and the killing
it comes after is another event with its own day, place and dead; the sentence right after it ("Tyrell
Evans, 30, was shot by officers ...") goes on about that background act. Nature's act is no attack ("came
a day after an earthquake struck"). Figures: "fatally shot a man" counts a dead man; "four officers were
treated for minor injuries" counts four wounded;
"He was pronounced dead" counts the one victim told.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import record


def _places(rec: Record) -> list[tuple[str | None, str | None, int | None]]:
    return [
        (e.where.name if e.where else None, e.when.date if e.when else None, e.killed)
        for e in rec.events
        if e.category == "ASSAULT"
    ]


def test_the_killing_a_shooting_comes_after_is_its_own_event() -> None:
    rec = record(
        "DENVER (Wire) - Police officers fatally shot a man carrying a baseball bat in Aurora, Colorado "
        "on Tuesday, police said. The shooting comes after the police killing of an unarmed man on April 2 "
        "in Louisville, Kentucky, sparked a week of protests. Tyrell Evans, 30, was shot by officers "
        "answering a call about a burglary. Dozens of people marched in Louisville on Saturday.",
        "2024-05-01",
    )
    acts = _places(rec)
    assert ("Aurora", "2024-04-30", 1) in acts
    assert ("Louisville", "2024-04-02", 1) in acts
    louisville = next(
        e for e in rec.events if e.category == "ASSAULT" and e.where and e.where.name == "Louisville"
    )
    assert any("Tyrell Evans" in x.text for x in louisville.evidence)


def test_the_killing_an_attack_followed_is_its_own_event_even_undated() -> None:
    rec = record(
        "(KABUL) - A roadside bomb killed two policemen in Helmand province, officials said. The attack "
        "followed the killing of two soldiers in Kandahar.",
        "2024-05-01",
    )
    acts = [(p, k) for p, _d, k in _places(rec)]
    assert acts == [("Helmand", 2), ("Kandahār", 2)]


def test_an_earthquake_a_bombing_came_after_is_no_attack() -> None:
    rec = record(
        "MANILA, Dec 3 (Wire) - A bomb exploded at a church in Jolo on Sunday, killing four people, the "
        "army said. The bombing came a day after a strong earthquake struck off the coast of Samar.",
        "2024-12-03",
    )
    assert [e.category for e in rec.events] == ["ASSAULT"]


def test_fatally_shot_counts_a_dead_man_and_officers_treated_for_injuries_are_wounded() -> None:
    rec = record(
        "PHOENIX (Wire) - Police fatally shot a man who opened fire on officers outside a grocery store in "
        "Mesa, Arizona on Friday, police said. Two officers were treated for minor injuries.",
        "2024-05-04",
    )
    assert [(e.category, e.killed, e.wounded) for e in rec.events] == [("ASSAULT", 1, 2)]


def test_he_was_pronounced_dead_counts_the_victim_told() -> None:
    rec = record(
        "DENVER (Wire) - A man stabbed a bartender in an alley behind a bar in Denver on Sunday, police "
        "said. He was pronounced dead at Denver Health Medical Center.",
        "2024-05-06",
    )
    assert [(e.category, e.killed) for e in rec.events] == [("ASSAULT", 1)]


def test_a_pronoun_that_dies_with_no_doer_is_no_count() -> None:
    from frontwire.nlp.casualties import figures
    from frontwire.nlp.engine import _nlp

    doc = _nlp()("The former miner will need dialysis twice a week until he dies or gets a new kidney.")
    assert [f for f in figures(doc[:]) if f.count is not None] == []
