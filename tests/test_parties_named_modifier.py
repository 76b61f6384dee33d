"""Doers named outside the subject slot: an armed side modifying the act noun ('killed in a Taliban
ambush'), the subject of the clause the act noun frames ('In another attack, gunmen fired ...'), a
group claiming responsibility in the act's own sentence, or the group a claimant blames when the text
names no doer (coding guide: parties as the claim presents them).

Wire copy often names the doer only this way ('a PKK attack', 'a Houthi drone attack'); a place, a day
or a target in the same slot ('the Kabul attack', 'an attack on a UN convoy', 'the Charlie Hebdo
attack') is not a doer. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from frontwire.ingest import read_bytes
from frontwire.model import Event
from frontwire.pipeline import process


def _attacks(text: str) -> list[Event]:
    article = next(iter(read_bytes(text.encode(), source="wire.txt")))
    return [e for e in process(article).events if e.category == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Three soldiers were killed in a Taliban ambush in Kunduz province on Saturday.", "Taliban", None),
        ("Five soldiers died in an al-Shabaab attack on a base near Jowhar on Saturday.", "al-Shabaab", None),
        (
            "At least 12 worshippers were killed in an Islamic State attack on a mosque in Kabul on Friday.",
            "Islamic State",
            None,
        ),
        ("Two sailors were wounded in a Houthi drone attack on a cargo ship on Saturday.", "Houthi", "YEM"),
        ("A Hamas rocket attack wounded three people in Ashkelon on Saturday.", "Hamas", "PSE"),
        (
            "Four police officers were killed in a Boko Haram ambush near Maiduguri on Friday.",
            "Boko Haram",
            None,
        ),
    ],
)
def test_an_armed_group_modifying_the_act_is_its_doer(text: str, name: str, country: str | None) -> None:
    (attack,) = _attacks(text)
    assert attack.actor is not None
    assert (attack.actor.name, attack.actor.country) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "Two aid workers were killed in an attack on a UN convoy near Goma on Friday.",
        "Twelve people were killed in the Charlie Hebdo attack in Paris on Wednesday.",
        "Survivors of the Sunday attack in Kabul were flown to Delhi for treatment on Monday.",
    ],
)
def test_a_place_a_day_or_a_target_in_that_slot_is_no_doer(text: str) -> None:
    assert all(e.actor is None for e in _attacks(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a separate attack, militants fired rockets at an army base in Kandahar on Sunday.", "militants"),
        (
            "In another attack, gunmen fired on a security patrol in Karak on Sunday, wounding one officer.",
            "gunmen",
        ),
    ],
)
def test_the_doer_of_a_clause_framed_by_the_act_noun_is_its_doer(text: str, name: str) -> None:
    (attack,) = _attacks(text)
    assert attack.actor is not None and attack.actor.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed in an attack on a market in Kano on Sunday.",
        "Two civilians died in the attack in Kano on Sunday.",
    ],
)
def test_victims_in_a_clause_framed_by_the_act_noun_are_no_doers(text: str) -> None:
    assert all(e.actor is None for e in _attacks(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kurdish militants claimed responsibility for the Dec. 10 bombings in Istanbul that killed 44 people.",
            "Kurdish militants",
        ),
        (
            "Islamic State claimed responsibility for Friday's bombing of a mosque in Quetta that killed 12 "
            "worshippers.",
            "Islamic State",
        ),
    ],
)
def test_a_group_claiming_the_act_in_its_own_sentence_is_its_doer(text: str, name: str) -> None:
    (attack,) = _attacks(text)
    assert attack.actor is not None and attack.actor.name == name
    assert [c.by for c in attack.claims] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a market in Quetta on Monday, killing 12 people. Officials blamed the Baloch "
        "Liberation Army for the bombing.",
        "A bomb exploded at a market in Quetta on Monday, killing 12 people. Officials blamed the bombing "
        "on the Baloch Liberation Army.",
    ],
)
def test_the_group_a_claimant_blames_is_the_doer_when_the_text_names_none(text: str) -> None:
    (attack,) = _attacks(text)
    assert attack.actor is not None and attack.actor.name == "Baloch Liberation Army"
    assert [c.by for c in attack.claims] == ["Officials"]


def test_a_blame_does_not_replace_the_doer_the_text_names() -> None:
    text = "Gunmen attacked a checkpoint in Quetta on Monday, killing 3 soldiers. Officials blamed India for the attack."
    (attack,) = _attacks(text)
    assert attack.actor is not None and attack.actor.name == "Gunmen"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Saudi-led coalition jets bombed Saada on Tuesday, killing six civilians.",
            "Saudi-led coalition",
            "SAU",
        ),
        ("Houthi drones struck a tanker in the Red Sea on Tuesday.", "Houthi", "YEM"),
    ],
)
def test_the_side_named_before_a_weapon_that_struck_is_the_doer(text: str, name: str, country: str) -> None:
    (attack,) = _attacks(text)
    assert attack.actor is not None and (attack.actor.name, attack.actor.country) == (name, country)


def test_a_target_hit_at_sea_takes_no_country_from_the_speaker() -> None:
    (attack,) = _attacks("Houthi drones struck a tanker in the Red Sea on Tuesday, the U.S. military said.")
    assert attack.where is not None and attack.where.country is None
    assert attack.target is not None and attack.target.country is None
