"""Acts told with no occasion: what a group was founded to do, what a side vows to do, what a weapon does.

New sentences composed for these rules (not copied from gold). "The movement was formed in 1970 to fight
for an independent homeland" gives its purpose; "Beijing vowed on Friday to fight Washington 'at any
cost'" promises; "The launchers look like a lorry and launch 122mm rockets" says what they do. None tells
an act that took place. The same verbs told in the past with a day stay events.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str, published: str = "2024-06-21") -> Record:
    return process(Article.from_text(text, published=published))


def _assaults(rec: Record) -> list[str | None]:
    return [e.mode for e in rec.events if e.category == "ASSAULT"]


def test_a_group_formed_to_fight_tells_its_purpose() -> None:
    rec = _record(
        "MADRID, June 21 (Wire) - The separatist movement was formed more than 40 years ago under military "
        "rule to fight for an independent homeland in the north, and laid down its arms in 2018."
    )
    assert _assaults(rec) == []


def test_a_vow_to_fight_told_as_an_adverbial_infinitive_is_no_fight() -> None:
    rec = _record(
        'By ANN LEE, Wire Press BEIJING (Wire) — Beijing vowed on Friday to fight Washington "at any cost" '
        "after President Paul Reed threatened new tariffs on $50 billion of Chinese goods."
    )
    assert _assaults(rec) == []


def test_what_a_weapon_does_is_no_attack() -> None:
    rec = _record(
        "KYIV, June 21 (Wire) - The army showed its new launchers to reporters on Friday. The new "
        "launchers look like a cross between a lorry and a crane, and launch 122mm rockets."
    )
    assert _assaults(rec) == []


def test_troops_who_fired_shells_on_a_day_made_an_attack() -> None:
    rec = _record(
        "KYIV, June 21 (Wire) - Russian troops fired artillery shells at the town of Vovchansk on "
        "Thursday, regional officials said."
    )
    assert _assaults(rec) != []


def test_an_act_dated_only_by_a_past_year_is_context() -> None:
    rec = _record(
        "BAGHDAD, June 21 (Wire) - A car bomb exploded near a market in Kirkuk on Thursday, killing five "
        "people, police said. The commander the market is named after was killed in an air strike near "
        "Mosul in 2017 and is revered by local fighters."
    )
    assert [e.killed for e in rec.events if e.category == "ASSAULT"] == [5]


def test_an_act_dated_by_a_past_month_stays_a_background_event() -> None:
    rec = _record(
        "BAGHDAD, June 21 (Wire) - A car bomb exploded near a market in Kirkuk on Thursday, killing five "
        "people, police said. In March 2023, gunmen killed four soldiers at a checkpoint near the city."
    )
    assert len([e for e in rec.events if e.category == "ASSAULT"]) == 2


def test_gunmen_attack_read_as_a_present_verb_is_still_their_attack() -> None:
    rec = _record(
        "MAKURDI, Nigeria, June 21 (Wire) - Aid workers said cholera had spread in a camp near Makurdi. One "
        "patient, a farmer named Terna Ior, who fled his home in Yelwata village after gunmen attack on the "
        "village, said he was recovering."
    )
    assert [e.actor.name if e.actor else None for e in rec.events if e.category == "ASSAULT"] == ["gunmen"]
