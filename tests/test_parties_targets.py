"""Whom an act was aimed at, and that target's country (tests/gold/README.md, Parties).

A facility or building hit, stormed, protested at or aimed at by a device that failed is the
target, of the country it is in (or whose it is: "the French embassy" is France's); a seizure's target is the force that held the place; a
threat answering an attack is aimed at its doer, and a deal one named side makes after it is made
with that doer; a counter-offensive is aimed at the side whose offensive it answers; a privilege
withdrawn targets whoever held it, and a release whoever it lets go; a suspect named by surname
alone is of no state. The sentences are written for these tests in the forms wire copy takes (not
copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Event
from reading import first_of, wire_events


def _one(text: str, category: str) -> Event:
    return first_of(wire_events(text), category, text)


# -- a facility is the target, of the country it is in ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            # an act noun told "in" a named building: the building is what was attacked
            "NAIROBI, Jan 16 (Wire) - A militant group claimed responsibility on Wednesday for "
            "Tuesday's deadly hostage-taking in Nairobi's Serena Hotel.",
            "Serena Hotel",
            "KEN",
        ),
        (
            # the base the fighters stormed stays the target when a later claim counts the dead
            "MOGADISHU, May 2 (Wire) - Al Shabaab fighters stormed Camp Baledogle, an air base used "
            "by Somali and U.S. forces, on Tuesday, killing four soldiers, the army said.\n\n"
            "The group said it had killed 30 Somali and American soldiers in the raid.",
            "Camp Baledogle",
            "SOM",
        ),
    ],
)
def test_a_building_attacked_is_the_target(text: str, words: str, country: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.target is not None and words in ev.target.name, ev.target
    assert ev.target.country == country


def test_a_device_that_failed_was_aimed_at_what_its_bomber_tried_to_blow_up() -> None:
    text = (
        "KADUNA, Nigeria, Oct 10 (Wire) - A teenager tried to blow up a church in the city of Kaduna "
        "on Sunday, police said.\n\nHe left a bag with explosives which failed to detonate by the "
        "door, they said."
    )
    ev = _one(text, "COERCE")
    assert ev.mode == "device failed to detonate"
    assert ev.target is not None and ev.target.name == "church"
    assert ev.target.country == "NGA"


def test_an_attempt_told_after_the_dud_is_not_its_aim() -> None:
    text = (
        "KADUNA, Nigeria, Oct 10 (Wire) - A man left a bag with explosives which failed to detonate "
        "near a bus stop in Kaduna, police said.\n\nEarlier the man had tried to blow up a church."
    )
    ev = _one(text, "COERCE")
    assert ev.target is None


def test_a_town_an_act_was_in_is_no_target() -> None:
    ev = _one(
        "KABUL, Jan 16 (Wire) - The Taliban claimed responsibility for Tuesday's bombing in Kabul.",
        "ASSAULT",
    )
    assert ev.target is None or "Kabul" not in ev.target.name


@pytest.mark.parametrize(
    "text",
    [
        "YANGON, April 3 (Wire) - An ethnic rebel army in Myanmar said on Tuesday it had captured "
        "the headquarters of the military's Southwestern Command in Pathein.",
        "YANGON, April 3 (Wire) - Rebel fighters overran the army's base in Hpakant on Tuesday, "
        "residents said.",
    ],
)
def test_the_force_an_installation_seized_belonged_to_is_the_target(text: str) -> None:
    # the side that held it lost it: the army, of the country it is in
    ev = _one(text, "COERCE")
    assert ev.mode == "seize"
    assert ev.target is not None, text
    assert ev.target.country == "MMR"


def test_the_side_that_held_ground_retaken_is_the_target() -> None:
    text = (
        "KYIV, Sept 10 (Wire) - Ukraine's army said on Saturday it had retaken several villages "
        "held by Russian troops in the Kharkiv region."
    )
    ev = _one(text, "COERCE")
    assert ev.target is not None, text
    assert ev.target.country == "RUS"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "BAMAKO, Nov 14 (Wire) - Rebels captured the town of Kidal on Sunday as government troops "
            "fled, residents said.",
            "MLI",
        ),
        (
            "NIAMEY, July 27 (Wire) - Mutinous soldiers seized the capital on Wednesday as the elected "
            "government collapsed, witnesses said.",
            "NER",
        ),
    ],
)
def test_the_state_side_that_gave_way_is_the_target_of_the_seizure(text: str, country: str) -> None:
    ev = _one(text, "COERCE")
    assert ev.target is not None, text
    assert ev.target.country == country


def test_people_fleeing_a_town_seized_are_no_side() -> None:
    ev = _one(
        "BAMAKO, Nov 14 (Wire) - Rebels captured the town of Kidal on Sunday as residents fled.", "COERCE"
    )
    assert ev.target is None


def test_a_town_seized_is_where_not_whom() -> None:
    ev = _one(
        "GOMA, Feb 3 (Wire) - Rebels said on Monday they had seized the town of Sake, west of Goma.",
        "COERCE",
    )
    assert ev.target is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            # a foreign state's office: the protest addresses that state
            "NIAMEY, Aug 4 (Wire) - Thousands of protesters gathered outside the French embassy in "
            "Niamey on Sunday, chanting slogans, witnesses said.",
            "FRA",
        ),
        (
            # what the crowd came to denounce is no party, the embassy it faced is
            "TBILISI, March 1 (Wire) - Protesters gathered outside the Russian embassy in Tbilisi to "
            "denounce the invasion.",
            "RUS",
        ),
        (
            # the seat of the state's own government: that state
            "TBILISI, Dec 4 (Wire) - Thousands of protesters rallied outside the parliament building "
            "in Tbilisi on Monday evening, witnesses said.",
            "GEO",
        ),
    ],
)
def test_a_protest_outside_a_seat_of_authority_targets_it(text: str, country: str) -> None:
    ev = _one(text, "PROTEST")
    assert ev.target is not None, text
    assert ev.target.country == country


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "ANKARA, June 3 (Wire) - Police fired tear gas on Saturday to stop hundreds of protesters "
            "from marching to the headquarters of a pro-Kurdish party in Ankara.",
            "headquarters",
            "TUR",
        ),
        (
            "LIMA, Dec 9 (Wire) - Thousands of protesters marched on Congress in Lima on Friday, "
            "demanding new elections, witnesses said.",
            "Congress",
            "PER",
        ),
    ],
)
def test_a_protest_marching_to_a_seat_of_authority_targets_it(text: str, words: str, country: str) -> None:
    ev = _one(text, "PROTEST")
    assert ev.target is not None and words in ev.target.name, text
    assert ev.target.country == country


def test_a_protest_near_a_building_says_only_the_area() -> None:
    ev = _one(
        "BEIRUT, Dec 4 (Wire) - Hundreds of protesters gathered near the parliament square in "
        "Beirut on Saturday, witnesses said.",
        "PROTEST",
    )
    assert ev.target is None


# -- threats and sanctions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "threat",
    [
        "President Volodymyr Zelenskiy said Ukraine would take revenge on the battlefield.",
        "Defence Minister Oleksii Reznikov said there would be a heavy price to pay.",
    ],
)
def test_a_threat_answering_an_attack_is_aimed_at_its_doer(threat: str) -> None:
    text = (
        "KYIV, June 28 (Wire) - Russian forces fired missiles at a shopping centre in Kremenchuk on "
        f"Monday, killing 18 people, officials said.\n\n{threat}"
    )
    ev = _one(text, "THREATEN")
    assert ev.target is not None, threat
    assert ev.target.country == "RUS"


@pytest.mark.parametrize(
    ("side", "country"),
    [
        # a named side's deal to end the attack told is made with its doer
        ("Faylaq al-Rahman had agreed to leave Harasta", "SYR"),
        # a side not told apart by a name may be any of several: no other party is guessed
        ("the rebels had agreed to leave the town", None),
    ],
)
def test_a_deal_one_side_makes_after_the_lead_attack_is_made_with_its_doer(
    side: str, country: str | None
) -> None:
    text = (
        "DAMASCUS, April 8 (Wire) - Syrian government forces bombed the town of Harasta on Saturday, "
        f"killing 30 people, rescuers said.\n\nOn Sunday, state media said {side}."
    )
    ev = _one(text, "AGREE")
    assert (ev.target.country if ev.target is not None else None) == country


def test_a_threat_after_an_attack_by_a_group_of_no_state_names_no_country() -> None:
    text = (
        "MOGADISHU, Aug 20 (Wire) - Al Shabaab militants attacked a hotel in Mogadishu on Friday, "
        "killing 12 people, police said.\n\n"
        "President Hassan Sheikh Mohamud said there would be a heavy price to pay."
    )
    ev = _one(text, "THREATEN")
    assert ev.target is None or ev.target.country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "MOSCOW, March 3 (Wire) - Russia said on Tuesday it was withdrawing the preferential "
            "trade status it had extended to Moldova.",
            "MDA",
        ),
        (
            "WASHINGTON, March 3 (Wire) - The United States withdrew Uganda's preferential trade "
            "status on Monday, the White House said.",
            "UGA",
        ),
    ],
)
def test_a_privilege_withdrawn_targets_whoever_held_it(text: str, country: str) -> None:
    ev = _one(text, "SANCTION")
    assert ev.target is not None, text
    assert ev.target.country == country


def test_an_offensive_and_the_counter_offensive_answering_it_target_each_others_side() -> None:
    text = (
        "KYIV, Sept 8 (Wire) - Russian forces launched an offensive on the city of Izium in March, "
        "officials said.\n\nAt least 40 civilians have been killed since the fighting began.\n\n"
        "Ukrainian forces launched a counter-offensive on Tuesday, pushing Russian troops back from the "
        "river."
    )
    first, counter = [e for e in wire_events(text) if e.category == "ASSAULT"][:2]
    assert counter.target is not None and counter.target.country == "RUS"
    assert first.target is not None and first.target.country == "UKR"


def test_whom_a_release_lets_go_is_its_target() -> None:
    text = (
        "MEXICO CITY, Oct 18 (Wire) - Security forces captured a cartel leader in Culiacan on "
        "Thursday, officials said.\n\nThe defence minister said the troops had let Rivera go to "
        "avoid further bloodshed."
    )
    ev = _one(text, "CONCEDE")
    assert ev.target is not None and ev.target.name == "Rivera"
    assert ev.target.country == "MEX"


def test_an_order_to_arrest_officials_told_after_a_phrase_about_them_targets_them() -> None:
    # the passive infinitive comes after a phrase that names other things ('the shipment'), which
    # the parser takes it to qualify; the order is still the cabinet's, of the officers
    ev = _one(
        "BEIRUT, Aug 6 (Wire) - The cabinet on Thursday ordered customs officers involved in clearing "
        "the shipment to be placed under house arrest.",
        "COERCE",
    )
    assert ev.actor is not None and ev.actor.name == "cabinet"
    assert ev.target is not None and ev.target.name == "customs officers"
    assert ev.target.country == "LBN"


# -- people counted by words alone ---------------------------------------------------------------


def test_dead_or_wounded_counted_in_words_are_civilians_of_the_place() -> None:
    # ("dozens of people": no number, still people, and coders code unnamed people as civilians)
    ev = _one(
        "IDLIB, April 8 (Wire) - Investigators found that government forces had used chlorine in an "
        "attack on the town of Saraqeb in February 2018 that wounded dozens of people.",
        "ASSAULT",
    )
    assert ev.target is not None and ev.target.civilian
    assert ev.target.country == "SYR"


# -- suspects -------------------------------------------------------------------------------------


def test_a_suspect_named_by_surname_later_in_the_story_is_of_no_state() -> None:
    text = (
        "CHICAGO, Oct 3 (Wire) - A man was stabbed to death in a River North apartment on Sunday, "
        "police said.\n\nGino Bassett, 30, was charged with murder on Tuesday.\n\n"
        "Bassett was arrested on Monday after he was identified as the attacker, police said."
    )
    ev = _one(text, "COERCE")
    assert ev.target is not None and ev.target.name == "Bassett"
    assert ev.target.country is None
