"""Which side a party is on: speakers as doers, office-holders, joint parties, state bodies, movements.

The sentences are written for these tests in the forms wire copy takes (not copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Article, Event
from frontwire.pipeline import process
from reading import first_of, wire_events


def _one(text: str, category: str) -> Event:
    return first_of(wire_events(text), category, text)


# -- the speaker is the doer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenyan police said on Monday they had arrested 12 suspects in Mombasa.", "KEN"),
        ("The Pakistani army said its troops had killed 10 militants in North Waziristan on Sunday.", "PAK"),
    ],
)
def test_pronoun_or_possessive_doer_is_the_speaker(text: str, country: str) -> None:
    events = wire_events(text)
    acts = [e for e in events if e.category in ("ASSAULT", "COERCE")]
    assert acts and acts[0].actor is not None, text
    assert acts[0].actor.country == country


def test_a_body_speaking_of_its_own_fighters_is_the_doer() -> None:
    # the story names the paramilitary in full, then only by its acronym
    text = (
        "KHARTOUM, June 3 (Wire) - Sudan's army and the paramilitary Rapid Support Forces fought "
        "across the capital for a third day on Saturday, residents said.\n\n"
        "The RSF said on Saturday that its fighters had seized the presidential palace and the "
        "airport in Omdurman."
    )
    seized = _one(text, "COERCE")
    assert seized.actor is not None and seized.actor.name == "RSF"
    assert seized.actor.country == "SDN"


def test_a_sentence_own_he_is_the_person_named_just_before() -> None:
    text = (
        "President Kais Saied said the country faced an imminent danger. "
        "On Sunday he declared a state of emergency across the country."
    )
    decree = _one(text, "COERCE")
    assert decree.actor is not None and decree.actor.name == "Kais Saied"


def test_a_threat_told_as_what_a_leader_said_is_the_leader_s() -> None:
    text = (
        "ISLAMABAD, May 2 (Wire) - Prime Minister Shehbaz Sharif said on Tuesday those behind the "
        "bombing in Quetta would be held to account."
    )
    threat = _one(text, "THREATEN")
    assert threat.actor is not None and "Shehbaz Sharif" in threat.actor.name
    assert threat.actor.country == "PAK"


# -- office-holders --------------------------------------------------------------------------------


def test_an_office_named_by_its_state_or_province_is_of_that_country() -> None:
    event = _one(
        "Kandahar provincial governor Hayatullah Mubarak urged residents to stay indoors.", "REQUEST"
    )
    assert event.actor is not None and event.actor.country == "AFG"


def test_secretary_of_state_is_the_us_office() -> None:
    event = _one("Secretary of State Antony Blinken urged Israel and Hamas to halt the fighting.", "REQUEST")
    assert event.actor is not None and event.actor.country == "USA"


def test_an_international_official_has_no_country_wherever_he_speaks() -> None:
    text = (
        "KYIV, Sept 4 (Wire) - Ukrainian officials said Russian shelling killed three people in "
        "Kharkiv on Sunday.\n\n"
        "U.N. human rights chief Volker Turk urged both sides to spare civilians."
    )
    appeal = _one(text, "REQUEST")
    assert appeal.actor is not None and appeal.actor.country is None


def test_a_surname_takes_the_office_the_story_gives_it_elsewhere() -> None:
    text = (
        "YEREVAN, March 3 (Wire) - Armenian Prime Minister Nikol Pashinyan said on Friday that Azerbaijani "
        "troops had shelled villages near the border, killing two soldiers.\n\n"
        "European Council President Charles Michel held talks with Pashinyan in Brussels on Saturday."
    )
    talks = _one(text, "CONSULT")
    assert talks.target is not None and talks.target.name == "Pashinyan"
    assert talks.target.country == "ARM"


# -- joint parties ----------------------------------------------------------------------------------


def test_two_sides_of_a_deal_told_as_one_party_have_no_country() -> None:
    event = _one("Ethiopia's government and the TPLF agreed on Wednesday to a truce in Pretoria.", "AGREE")
    assert event.actor is not None and "TPLF" in event.actor.name
    assert event.actor.country is None


def test_one_party_of_two_states_has_no_country() -> None:
    text = (
        "MOSCOW, Nov 9 (Wire) - President Vladimir Putin held talks with the Serbian and Croatian "
        "foreign ministers in Moscow on Monday."
    )
    talks = _one(text, "CONSULT")
    assert talks.target is not None and talks.target.country is None


def test_a_generic_addition_keeps_the_first_side() -> None:
    event = _one("Hamas and other armed groups fired rockets at Ashkelon on Tuesday.", "ASSAULT")
    assert event.actor is not None and event.actor.country == "PSE"


def test_the_second_doer_of_a_deal_is_its_other_party() -> None:
    event = _one(
        "Government troops and Tuareg rebels agreed a three-day truce in northern Mali on Monday.", "AGREE"
    )
    assert event.actor is not None and event.actor.country == "MLI"
    assert event.target is not None and "rebels" in event.target.name and event.target.country is None


# -- state bodies and movements ------------------------------------------------------------------------


def test_a_bare_state_body_spoken_of_by_an_official_is_the_official_s_state() -> None:
    event = _one(
        "A Niger official says the government has released 20 rebels in exchange for 11 soldiers.", "AGREE"
    )
    assert event.actor is not None and event.actor.country == "NER"


def test_a_cabinet_declaring_an_emergency_is_the_story_s_state() -> None:
    text = (
        "COLOMBO, April 22 (Wire) - Bombs tore through three churches in Sri Lanka on Sunday.\n\n"
        "The cabinet on Monday declared a state of emergency in the capital."
    )
    decree = next(e for e in wire_events(text) if e.category == "COERCE" and "emergency" in (e.mode or ""))
    assert decree.actor is not None and decree.actor.country == "LKA"


def test_de_facto_authorities_take_their_country_named_armed_groups_none() -> None:
    houthis = _one(
        "Houthi fighters attacked government positions near Marib on Friday, killing six soldiers.", "ASSAULT"
    )
    assert houthis.actor is not None and houthis.actor.country == "YEM"
    shabaab = _one(
        "Al Shabaab fighters attacked an army base in Lower Shabelle, Somalia on Friday, killing six soldiers.",
        "ASSAULT",
    )
    assert shabaab.actor is not None and shabaab.actor.country is None


def test_forces_loyal_to_a_government_are_its_side() -> None:
    event = _one(
        "Forces loyal to the Sanaa government shelled the port on Sunday, killing four people.", "ASSAULT"
    )
    assert event.actor is not None and event.actor.country == "YEM"


# -- targets ------------------------------------------------------------------------------------------------


def test_what_a_strike_hit_is_the_target() -> None:
    event = _one(
        "A Russian missile struck a shopping centre in Kremenchuk on Monday, killing 18 people.", "ASSAULT"
    )
    assert event.target is not None and "shopping centre" in event.target.name
    assert event.target.country == "UKR"


def test_a_protest_cause_is_no_target() -> None:
    event = _one(
        "Around 5,000 people gathered in Lyon on Saturday in a peaceful protest against racism.", "PROTEST"
    )
    assert event.target is None


def test_staff_of_an_international_agency_have_no_country() -> None:
    event = _one(
        "Two employees of the International Committee of the Red Cross were shot dead in Goma on Sunday.",
        "ASSAULT",
    )
    assert event.target is not None and event.target.country is None


def test_the_sides_of_a_battle_stay_actor_and_target() -> None:
    event = _one(
        "Clashes between Houthi fighters and government troops killed 12 people near Marib on Sunday.",
        "ASSAULT",
    )
    assert event.actor is not None and event.actor.name == "Houthi fighters" and event.actor.country == "YEM"
    assert event.target is not None and event.target.name == "government troops"


def test_one_state_s_bodies_together_are_still_that_state() -> None:
    event = _one(
        "Israeli police and border guards arrested 15 Palestinians in Jerusalem on Friday.", "COERCE"
    )
    assert event.actor is not None and event.actor.country == "ISR"


def test_the_other_party_of_talks_is_told_with_with() -> None:
    text = (
        "MOSCOW, Nov 9 (Wire) - Russian President Vladimir Putin held talks with Turkish President "
        "Tayyip Erdogan in Sochi on Monday, days after Russian air strikes killed 30 Turkish soldiers in Idlib."
    )
    talks = _one(text, "CONSULT")
    assert talks.target is not None and "Erdogan" in talks.target.name and talks.target.country == "TUR"


def test_civilians_a_state_force_acts_on_with_no_place_are_of_its_country() -> None:
    text = (
        "Sexual violence against Uyghur women by Chinese security forces has left survivors with lasting "
        "injuries, according to a report by a group based in Turkey and Kazakhstan."
    )
    event = _one(text, "ASSAULT")
    assert event.target is not None and event.target.country == "CHN"


def test_he_further_back_than_the_sentence_before_is_not_guessed() -> None:
    text = (
        "President Kais Saied said the country faced an imminent danger. "
        "Opposition parties called the remarks a pretext for a power grab. "
        "On Sunday he declared a state of emergency across the country."
    )
    decree = _one(text, "COERCE")
    assert decree.actor is None or decree.actor.name != "Kais Saied"


def test_parties_a_bare_head_noun_is_the_party_the_story_named_in_full():
    rec = process(
        Article.from_text(
            "An air strike by the Saudi-led coalition hit a prison in Saada on Friday, killing 70 people.\n"
            "A separate coalition strike on a building in Hodeidah on Friday killed three children.",
            published="2022-01-22",
            language="en",
        )
    )
    second = next(e for e in rec.events if e.killed == 3)
    assert second.actor is not None and second.actor.country == "SAU"


# -- what is mobilised is the actor's own force ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # (a side the forces are sent to back, "to support the national police", is the deployment's
        # target: see test_engine_nonviolent_recall)
        "Kenya deployed 400 police officers to Haiti on Tuesday.",
        "The fighting began in April, when the president sent troops into the northern province.",
    ],
)
def test_the_troops_a_state_sends_are_no_target_of_the_deployment(text: str) -> None:
    ev = _one(text, "MOBILIZE")
    assert ev.target is None


# -- the side blamed in a later sentence is the doer as the claim presents it ----------------------


def test_the_side_blamed_for_a_drone_attack_told_before_is_its_doer() -> None:
    # the weapon in the blaming sentence is the told attack's, not a new act
    ev = _one(
        "At least 30 people were killed when a drone struck a market in the town of Kalemie in "
        "Tanganyika province on Friday, residents said.\n\n"
        "A spokesman for the rebel alliance, Lawrence Kanyuka, blamed the army for what he called a "
        "cowardly drone attack on civilians.",
        "ASSAULT",
    )
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == ("army", "COD")
    assert "Lawrence Kanyuka" in [c.by for c in ev.claims]


# -- a force named by its region is of the state the region lies in ---------------------------------


@pytest.mark.parametrize(
    ("text", "category", "name", "country"),
    [
        (
            "By Thursday the Karabakh forces had agreed to hand over their heavy weapons.",
            "AGREE",
            "Karabakh forces",
            "AZE",
        ),
        (
            "Darfur troops shelled the outskirts of the town overnight, residents said.",
            "ASSAULT",
            "Darfur troops",
            "SDN",
        ),
    ],
)
def test_a_force_named_by_its_region_is_of_the_regions_state(
    text: str, category: str, name: str, country: str
) -> None:
    ev = _one(text, category)
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


@pytest.mark.parametrize("group", ["Wagner", "Arab"])
def test_a_group_word_that_is_also_a_small_town_gives_no_country(group: str) -> None:
    ev = _one(f"{group} forces attacked the village at dawn, killing four people, residents said.", "ASSAULT")
    assert ev.actor is not None and ev.actor.name == f"{group} forces"
    assert ev.actor.country is None


# -- words addressed to 'the authorities' are to the story's state -----------------------------------


def test_an_appeal_to_the_authorities_is_to_the_storys_state() -> None:
    events = wire_events(
        "YAOUNDE, Oct 25 (Reuters) - Gunmen killed six children at a school in the city of Kumba on "
        "Saturday. U.N. Secretary-General Antonio Guterres condemned the killings and called on the "
        "authorities to make sure those responsible were held to account."
    )
    (appeal,) = [e for e in events if e.category == "REQUEST"]
    assert appeal.target is not None and appeal.target.name == "authorities"
    assert appeal.target.country == "CMR"


# -- warning shots hit no one ----------------------------------------------------------------------------


def test_shots_fired_into_the_air_have_no_target() -> None:
    # (shots only into the air are no attack at all, see test_engine_warning_fire; here the shooting
    # goes on into the crowd, and the air is still no one it hit)
    events = wire_events(
        "KABUL, May 2 (Reuters) - Taliban fighters fired into the air and then into a crowd of women at a "
        "rally in Kabul on Saturday, wounding two, witnesses said."
    )
    shots = [e for e in events if e.category == "ASSAULT"]
    assert shots and (shots[0].target is None or shots[0].target.name.lower() != "air")


# -- a doer the sides dispute in the act's own sentence is not one side's claim ---------------------------


def test_sides_blaming_each_other_leave_the_attack_without_a_doer() -> None:
    lead = (
        "KYIV, July 29 (Reuters) - Dozens of prisoners were killed when a jail in the town of Yelenovka "
        "in eastern Ukraine was hit overnight{}. Russia's defence ministry said Ukrainian forces had "
        "struck the jail with rockets."
    )
    (disputed,) = [
        e
        for e in wire_events(lead.format(", with Moscow and Kyiv blaming each other"))
        if e.category == "ASSAULT"
    ]
    assert disputed.actor is None
    (claimed,) = [
        e for e in wire_events(lead.format(", the regional governor said")) if e.category == "ASSAULT"
    ]
    assert claimed.actor is not None and claimed.actor.country == "UKR"


# -- a coup told as the means of taking power ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Burkina Faso's military government, which seized power in a coup in September 2022, has been "
            "fighting Islamist insurgents since 2015.",
            "Burkina Faso's military government",
            "BFA",
        ),
        (
            "Niger's junta, which took power in a coup in July 2023, expelled French troops in December.",
            "Niger's junta",
            "NER",
        ),
    ],
)
def test_who_took_power_in_a_coup_made_the_coup(text: str, name: str, country: str) -> None:
    ev = _one(text, "COERCE")
    assert ev.mode == "coup"
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


# -- the place stormed is what the attack hit --------------------------------------------------------


def test_the_place_stormed_is_the_target_and_the_dead_its_toll() -> None:
    ev = _one(
        "MOGADISHU, March 3 (Reuters) - Al Shabaab gunmen stormed a hotel near the presidential palace in "
        "Mogadishu on Friday, killing two Kenyan guards, police said.",
        "ASSAULT",
    )
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == ("hotel", "SOM")
    assert ev.killed == 2


def test_a_weapon_blamed_names_the_side_that_used_it_not_itself() -> None:
    ev = _one(
        "BEIRUT (Reuters) - At least 20 people were killed in a suspected gas attack on the town of "
        "Saraqeb in Idlib province on Sunday, rescue workers said.\n\n"
        "They blamed a chlorine bomb dropped by government helicopters.",
        "ASSAULT",
    )
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == ("government forces", "SYR")
