"""Material non-violent acts war copy tells in passing: civilians evacuated by a body, forces moved or
massed toward a border (often as another state claims it), fighters surrendering to the other side, and territory taken back told as 'liberated'
or as an operation almost complete -- with the look-alikes that stay no events (evacuations from a
hurricane, a company moving its headquarters, a rescue operation nearly over).

New wire-style sentences composed for these rules (not copied from gold), coded by the ontology:
RETREAT (evacuate), MOBILIZE (deploy), CONCEDE (surrender; ACLED Agreement), COERCE seize (ACLED
Government regains territory).
"""

from __future__ import annotations

import pytest

from reading import record

PUBLISHED = "2024-03-12"
KABUL = "KABUL, March 12 (Wire) - A suicide bomber killed 10 people at a checkpoint on Monday, police said. "
MOSUL = (
    "MOSUL, Iraq, March 12 (Wire) - Iraqi forces fought Islamic State militants in western Mosul on "
    "Monday, killing 20 of them, the army said. "
)


def _acts(text: str) -> list[tuple[str, str | None]]:
    return [(e.category, e.mode) for e in record(text, PUBLISHED).events if e.category != "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "SEOUL, March 12 (Wire) - North Korea fired two ballistic missiles on Monday. South Korea said "
            "North Korea had moved troops and artillery closer to the border.",
            "MOBILIZE",
        ),
        (
            "KYIV, March 12 (Wire) - Russian missiles hit Kharkiv on Monday. Ukraine's border service said "
            "Belarus had massed troops near the frontier.",
            "MOBILIZE",
        ),
        (
            "BEIRUT, March 12 (Wire) - Air strikes killed 14 people in Idlib on Monday. U.S. officials said "
            "Iran had sent hundreds of military advisers to Syria.",
            "MOBILIZE",
        ),
        (
            "KABUL, March 12 (Wire) - Taliban fighters attacked a checkpoint in Jawzjan on Sunday. More than "
            "150 Islamic State fighters have surrendered to government forces in the province, officials said.",
            "CONCEDE",
        ),
        (KABUL + "The Red Cross said it had evacuated 300 civilians from the city on Sunday.", "RETREAT"),
        (KABUL + "The government called up 10,000 reservists on Tuesday.", "MOBILIZE"),
        (MOSUL + "Iraqi forces liberated the village of Imam Gharbi on Sunday, the army said.", "COERCE"),
        (
            MOSUL + "A military spokeswoman said the operation to liberate the old city was almost complete.",
            "COERCE",
        ),
    ],
)
def test_the_act_told_in_passing_is_coded(text: str, act: str) -> None:
    assert act in {cat for cat, _mode in _acts(text)}


def test_an_operation_said_to_be_nearly_complete_is_territory_taken_back_beside_the_evacuation() -> None:
    rec = record(
        "AFRIN, Syria, March 12 (Wire) - Turkish jets pounded the Kurdish enclave on Monday, killing nine "
        "people, a monitor said. A military spokeswoman said on Tuesday that the operation in the enclave "
        "was nearly complete and that civilians had been evacuated from the town.",
        PUBLISHED,
    )
    acts = {(e.category, e.acled_sub_event_type) for e in rec.events if e.category != "ASSAULT"}
    assert ("COERCE", "Government regains territory") in acts
    assert "RETREAT" in {cat for cat, _sub in acts}


REDEPLOYED = (
    "BEIRUT, Dec 1 (Wire) - Rebel fighters swept into the city of Hama on Friday, a war monitor said. "
    "Syria's army said on Saturday that it had redeployed its troops to prepare a counter-attack, and "
    "Russian warplanes struck rebel positions in Idlib province overnight, the monitor said."
)


def test_a_redeployment_is_the_army_s_own_told_by_it_and_placed_only_where_told() -> None:
    rec = record(REDEPLOYED, "2024-12-01")
    moved = next(e for e in rec.events if e.category == "RETREAT")
    assert moved.mode == "troop redeployment"
    # the army said it; the monitor's closing 'said' only relays the army's report
    assert moved.actor is not None and moved.actor.name == "Syria's army"
    assert not any(c.by and "monitor" in c.by for c in moved.claims)
    # its own troops are no target, and Idlib is where the strikes were
    assert moved.target is None
    assert moved.where is None


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD, March 12 (Wire) - A suicide bomber killed 12 people at a market on Monday. Pakistani "
        "security forces have jailed more than 60 militants they suspect were plotting attacks.",
    ],
)
def test_militants_jailed_by_security_forces_are_arrested(text: str) -> None:
    assert ("COERCE", "arrest") in _acts(text)


def test_a_court_jailing_a_man_for_years_is_no_arrest() -> None:
    assert _acts("LONDON - A court jailed a former banker for ten years on Monday for fraud.") == []


def test_the_town_forces_are_sent_to_help_retake_is_not_yet_taken() -> None:
    acts = _acts(
        "ALEPPO, March 12 (Wire) - Government forces bombarded the besieged east of the city on Monday, "
        "killing 30 people. Iran sent 2,000 fighters to help the government retake the city, rebel "
        "officials said."
    )
    assert ("MOBILIZE", "deploy") in acts
    assert ("COERCE", "seize") not in acts


def test_the_side_surrendered_to_is_the_target() -> None:
    rec = record(
        "KABUL, March 12 (Wire) - Taliban fighters attacked a checkpoint in Jawzjan on Sunday. More than 150 "
        "Islamic State fighters have surrendered to government forces in the province, officials said.",
        PUBLISHED,
    )
    surrender = next(e for e in rec.events if e.category == "CONCEDE")
    assert surrender.target is not None and "government forces" in surrender.target.name


def test_territory_liberated_is_taken_back_by_the_government() -> None:
    rec = record(
        MOSUL + "Iraqi forces liberated the village of Imam Gharbi on Sunday, the army said.", PUBLISHED
    )
    taken = next(e for e in rec.events if e.category == "COERCE")
    assert taken.mode == "seize" and taken.acled_sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "MIAMI - Hurricane Ian battered Florida on Wednesday. Thousands of people were evacuated from the area, "
        "officials said.",
        "LONDON - The company moved its headquarters to Dublin last year.",
        "ATHENS - The European Commission sent hundreds of financial advisers to Greece last year.",
        "LONDON - The league moved the match to Sunday after police raised security concerns.",
        "HOUSTON - A man shot his neighbour on Sunday and later surrendered to police, officials said.",
        "LONDON - The charity said the campaign had liberated thousands of families from debt.",
        "ANKARA - The rescue operation at the collapsed mine was almost complete, officials said on Tuesday.",
        "TRIPOLI - Shelling killed five people on Sunday. The United Nations called for a two-hour truce so "
        "that civilians and the wounded could be evacuated.",
        "LONDON - The coach called up three uncapped players for Friday's friendly against Wales.",
        KABUL + "The wounded were evacuated from the area to hospitals in the city.",
        "CHICAGO - A gunman shot two people outside a bar on Sunday, police said. Residents were evacuated from "
        "the area as officers searched for the suspect.",
        "NAIROBI - Gunmen stormed a shopping mall on Saturday, killing 39 people. The security operation at the "
        "mall was almost complete, the interior minister said on Monday.",
    ],
)
def test_look_alikes_are_no_such_acts(text: str) -> None:
    assert not {cat for cat, _mode in _acts(text)} & {"RETREAT", "MOBILIZE", "CONCEDE", "COERCE", "SANCTION"}
