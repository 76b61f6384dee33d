"""Parties read from news conventions: leaders named without a country word, downed aircraft,
doers named by a relative clause or a modifier, civilian areas hit.

The sentences are written for these tests in the forms wire copy takes (not copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Event
from reading import first_of, record


def _events(text: str) -> list[Event]:
    return record(text, "2024-05-02").events


def _one(text: str, category: str) -> Event:
    return first_of(_events(text), category, text)


# -- a leader named without a country word is his state's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "name", "country"),
    [
        # a visiting president is not the host country's
        (
            "President Vladimir Putin vowed revenge after the attack, speaking in Minsk.",
            "THREATEN",
            "President Vladimir Putin",
            "RUS",
        ),
        ("Erdogan vowed to crush the PKK after the bombing in Ankara.", "THREATEN", "Erdogan", "TUR"),
        (
            "Forces loyal to eastern commander Khalifa Haftar shelled Tripoli's Mitiga airport on Sunday.",
            "ASSAULT",
            "Forces loyal to eastern commander Khalifa Haftar",
            "LBY",
        ),
    ],
)
def test_a_leader_named_without_country_is_his_states(
    text: str, category: str, name: str, country: str
) -> None:
    ev = _one(text, category)
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


def test_a_leader_named_in_a_rebel_phrase_gives_the_rebels_no_country() -> None:
    ev = _one("Anti-Assad rebels shelled a government checkpoint near Hama on Monday.", "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == ("Anti-Assad rebels", None)


# -- what a downing verb brings down is the target ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ukrainian air defences shot down a Russian helicopter near Kupiansk on Tuesday, the military said.",
            "Russian helicopter",
            "RUS",
        ),
        (
            "Rebels used a surface-to-air missile to shoot down a military transport plane over Darfur "
            "on Sunday, the Sudanese army said.",
            "military transport plane",
            "SDN",
        ),
    ],
)
def test_the_aircraft_shot_down_is_the_target(text: str, name: str, country: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == (name, country)


def test_rockets_fired_stay_out_of_the_target() -> None:
    ev = _one("Houthi forces fired two ballistic missiles at the Saudi city of Jizan on Sunday.", "ASSAULT")
    assert ev.target is None or "missile" not in ev.target.name


# -- residential areas hit are the civilian target ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Palestinian health officials said Israeli troops had shelled residential areas of Khan Younis overnight.",
            "residential areas",
            "PSE",
        ),
        (
            "Sudanese army warplanes bombed residential districts in southern Khartoum on Monday, killing "
            "17 people, activists said.",
            "residential districts",
            "SDN",
        ),
        (
            "Russian forces shelled a densely populated neighbourhood in Kharkiv on Thursday, regional "
            "governor Oleh Synehubov said.",
            "densely populated neighbourhood",
            "UKR",
        ),
    ],
)
def test_a_residential_area_hit_is_the_civilian_target(text: str, name: str, country: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country, ev.target.civilian) == (name, country, True)


def test_a_town_shelled_is_still_where_not_whom() -> None:
    ev = _one("Russian forces shelled the city of Kharkiv on Thursday.", "ASSAULT")
    assert ev.target is None


# -- the doer named before the attack noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Local officials said a Saudi-led coalition air strike hit a school in Saada province.",
            "Saudi-led coalition",
            "SAU",
        ),
        ("A deadly Houthi drone attack set fire to a fuel depot in Jeddah on Friday.", "Houthi", "YEM"),
        ("A Hamas rocket attack wounded three people in Ashkelon on Tuesday.", "Hamas", "PSE"),
        ("A U.S.-led coalition air strike killed eight civilians near Mosul.", "U.S.-led coalition", "USA"),
        # an insurgent group keeps no country (coding guide)
        ("An Islamic State car bombing killed 10 people in Raqqa.", "Islamic State", None),
    ],
)
def test_the_doer_named_before_the_attack_noun_is_the_actor(
    text: str, name: str, country: str | None
) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "The Monday air strike killed five people in Idlib.",
        "The Easter Sunday suicide bombings killed dozens of worshippers in Colombo.",
    ],
)
def test_a_day_before_the_attack_noun_is_no_doer(text: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is None


# -- a relative clause's doer is the noun it is said of ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Police are hunting the militants who attacked an army post near the border on Tuesday.",
            "militants",
            None,
        ),
        (
            "Residents described the Russian soldiers who shelled their village in Kharkiv region as young conscripts.",
            "Russian soldiers",
            "RUS",
        ),
    ],
)
def test_the_noun_a_relative_clause_is_said_of_is_the_doer(text: str, name: str, country: str | None) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


# -- a riot met by police: the crowd protested, against the police ------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Israeli police fired stun grenades and rubber bullets at Palestinians who threw stones near "
            "the Damascus Gate on Friday.",
            ("Palestinians", "PSE"),
            ("Israeli police", "ISR"),
        ),
        (
            "Kenyan police fired tear gas at protesters who threw stones in Nairobi on Tuesday.",
            ("protesters", "KEN"),
            ("Kenyan police", "KEN"),
        ),
    ],
)
def test_a_riot_met_by_police_has_the_crowd_as_actor(
    text: str, actor: tuple[str, str], target: tuple[str, str]
) -> None:
    ev = _one(text, "PROTEST")
    assert ev.mode == "riot"
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == actor
    assert (ev.target.name, ev.target.country) == target


def test_tear_gas_fired_is_no_target() -> None:
    ev = _one("Indian police fired tear gas at Kashmiri youths in Srinagar on Friday.", "ASSAULT")
    assert ev.target is not None and ev.target.name == "Kashmiri youths"


# -- a ceasefire's broker is no party to it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A Qatar-mediated truce between Israel and Hamas took effect on Friday.",
            ("Israel and Hamas", None),
        ),
        (
            "A Russian-brokered ceasefire between Armenia and Azerbaijan collapsed on Sunday.",
            ("Armenia and Azerbaijan", None),
        ),
        ("A U.S.-brokered ceasefire agreed at the weekend unraveled within minutes.", None),
    ],
)
def test_the_broker_of_a_ceasefire_is_not_its_actor(text: str, actor: tuple[str, None] | None) -> None:
    ev = _one(text, "AGREE")
    got = (ev.actor.name, ev.actor.country) if ev.actor is not None else None
    assert got == actor


# -- taking or holding people hostage ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Gunmen took 30 passengers hostage on a train in Balochistan on Tuesday, officials said.",
            ("Gunmen", None),
            ("passengers", "PAK"),
        ),
        (
            "Al Shabaab fighters are holding 12 Kenyan aid workers hostage in Lamu, police said.",
            ("Al Shabaab fighters", None),
            ("Kenyan aid workers", "KEN"),
        ),
        (
            "Militants stormed the church and took a priest and several worshippers hostage, residents said.",
            ("Militants", None),
            ("priest and several worshippers", None),
        ),
    ],
)
def test_people_taken_hostage_are_the_target(
    text: str, actor: tuple[str, str | None], target: tuple[str, str | None]
) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == actor
    assert (ev.target.name, ev.target.country) == target


# -- a town hit, and what the participle says was damaged in it ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Sudanese army jets bombed Nyala on Sunday, destroying the main market, residents said.",
            "main market",
            "SDN",
        ),
        (
            "Russian missiles hit Kharkiv on Monday, damaging a children's hospital, Ukraine's "
            "emergency service said.",
            "children's hospital",
            "UKR",
        ),
        (
            "Separatist officials said Ukrainian shelling had hit Horlivka, the region's second city, "
            "damaging a maternity hospital.",
            "maternity hospital",
            "UKR",
        ),
    ],
)
def test_what_was_damaged_in_the_town_hit_is_the_target(text: str, name: str, country: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country, ev.target.civilian) == (name, country, True)


# -- a weapon told with its owner ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "A drone belonging to the Rapid Support Forces hit a fuel depot in Port Sudan on Sunday.",
            "Rapid Support Forces",
            "SDN",
        ),
        (
            "A fighter jet operated by the Myanmar military bombed a school in Sagaing region.",
            "Myanmar military",
            "MMR",
        ),
    ],
)
def test_the_owner_of_the_weapon_is_the_actor(text: str, name: str, country: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


# -- whom a protest makes its demand of --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Thousands of Kenyans marched in Nairobi on Tuesday to demand the resignation of President William Ruto.",
            "President William Ruto",
            "KEN",
        ),
        (
            "Hundreds of students protested in Colombo on Monday to press the government to release detained activists.",
            "government",
            "LKA",
        ),
        (
            "Protesters gathered in several German cities on Saturday to urge Israel to agree a ceasefire.",
            "Israel",
            "ISR",
        ),
    ],
)
def test_the_party_a_protest_demands_of_is_its_target(text: str, name: str, country: str) -> None:
    ev = _one(text, "PROTEST")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == (name, country)


def test_a_protest_against_an_act_has_no_target() -> None:
    # (a crowd gathered at a seat of authority faces its owner: tests/test_parties_targets.py)
    ev = _one("Protesters gathered in central Tbilisi to denounce the invasion.", "PROTEST")
    assert ev.target is None


# -- arrests ordered, and the people an act befell told with 'of' -------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The junta ordered three journalists detained in Niamey on Friday.",
            ("junta", "NER"),
            ("journalists", "NER"),
        ),
        (
            "Prosecutors ordered five army officers placed under house arrest in Bamako.",
            ("Prosecutors", None),
            ("army officers", "MLI"),
        ),
        (
            "A court in Dhaka ordered the arrest of opposition leader Mirza Fakhrul on Monday.",
            ("court", None),
            ("opposition leader Mirza Fakhrul", "BGD"),
        ),
    ],
)
def test_who_ordered_an_arrest_made_it_on_whom_the_order_named(
    text: str, actor: tuple[str, str | None], target: tuple[str, str | None]
) -> None:
    ev = _one(text, "COERCE")
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == actor
    assert (ev.target.name, ev.target.country) == target


def test_the_one_placed_under_house_arrest_is_the_target() -> None:
    ev = _one("Former president Mohamed Bazoum was placed under house arrest in Niamey.", "COERCE")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == ("Former president Mohamed Bazoum", "NER")


# -- a leader's appeal to the public ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Burkina Faso's military leader, Captain Ibrahim Traore, called on the population to stay united "
            "against the jihadists.",
            "population",
            "BFA",
        ),
        ("Kenya's president urged citizens to remain calm after the attack in Nairobi.", "citizens", "KEN"),
    ],
)
def test_the_public_a_leader_appeals_to_is_the_storys_country(text: str, name: str, country: str) -> None:
    ev = _one(text, "REQUEST")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == (name, country)


# -- people arrested, told by their number only ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Police arrested 13 people at the studio in Guayaquil on Tuesday, the national police chief said.",
            ("people", None),
        ),
        (
            "The army said it had arrested nine people in Tripoli, including a Syrian national.",
            ("people", None),
        ),
        # a crowd the words describe is still of its place
        ("Kenyan police arrested 40 protesters in Nairobi on Tuesday.", ("protesters", "KEN")),
    ],
)
def test_people_arrested_by_number_only_get_no_country(text: str, target: tuple[str, str | None]) -> None:
    ev = _one(text, "COERCE")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == target


# -- an attack noun told as the means of a verb -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Israeli forces killed three Palestinians during a raid in Jenin on Tuesday, the Palestinian "
            "health ministry said.",
            ("Israeli forces", "ISR"),
            ("Palestinians", "PSE"),
        ),
        (
            "Pakistani security forces killed 12 militants in a raid in North Waziristan, the army said.",
            ("Pakistani security forces", "PAK"),
            ("militants", None),
        ),
    ],
)
def test_the_subject_of_the_verb_an_attack_is_the_means_of_did_it(
    text: str, actor: tuple[str, str], target: tuple[str, str | None]
) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == actor
    assert (ev.target.name, ev.target.country) == target


def test_the_dead_of_a_passive_are_no_doer() -> None:
    ev = _one("Five people were killed in an air strike on a market in Idlib.", "ASSAULT")
    assert ev.actor is None


def test_a_speakers_own_weapons_make_the_speaker_the_doer() -> None:
    ev = _one("Ukraine said its drones hit an oil refinery in Russia's Ryazan region on Friday.", "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == ("Ukraine", "UKR")


def test_the_count_of_rockets_fired_is_no_target() -> None:
    ev = _one(
        "Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli military said.",
        "ASSAULT",
    )
    assert ev.actor is not None and (ev.actor.name, ev.actor.country) == ("Hezbollah", "LBN")
    assert ev.target is None or "rocket" not in ev.target.name


# -- the dead of the clause an attack explains ---------------------------------------------------


def test_the_dead_of_a_when_clause_are_the_target_not_the_bombers() -> None:
    text = "Six Afghan policemen were killed when a suicide bomber blew himself up outside a checkpoint in Kandahar."
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == ("suicide bomber", None)
    assert (ev.target.name, ev.target.country) == ("Afghan policemen", "AFG")


def test_bombers_who_blew_themselves_up_are_no_target() -> None:
    text = "Two suspects blew themselves up during a police raid on a house in Colombo on Sunday."
    ev = _one(text, "ASSAULT")
    assert ev.target is None or "themselves" not in ev.target.name


# -- a claimed attack's doer is the claimant ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Islamic State claimed responsibility for the bombing of a Shi'ite mosque in Kunduz that killed "
            "46 worshippers.",
            ("Islamic State", None),
        ),
        ("Hamas claimed responsibility for a shooting attack near Ramallah on Friday.", ("Hamas", "PSE")),
        (
            "The Arakan Army claimed responsibility on Sunday for the attack on a police outpost in Rakhine state.",
            ("Arakan Army", None),
        ),
        (
            "Colombia's National Liberation Army claimed responsibility on Monday for the car bombing at a "
            "police academy in Bogota.",
            ("Colombia's National Liberation Army", None),
        ),
    ],
)
def test_the_group_claiming_an_attack_is_its_actor(text: str, actor: tuple[str, str | None]) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == actor


# -- multi-word state names whose last word names another state ------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "North Korean troops shelled a South Korean island on Tuesday.",
            ("North Korean troops", "PRK"),
            ("South Korean island", "KOR"),
        ),
        (
            "South Sudanese troops clashed with rebels in Upper Nile state.",
            ("South Sudanese troops", "SSD"),
            ("rebels", None),
        ),
    ],
)
def test_a_multiword_state_name_is_read_whole(
    text: str, actor: tuple[str, str], target: tuple[str, str | None]
) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == actor
    assert (ev.target.name, ev.target.country) == target


def test_the_sea_missiles_fell_into_is_no_target() -> None:
    ev = _one("North Korea fired two ballistic missiles into the sea on Monday.", "ASSAULT")
    assert ev.actor is not None and (ev.actor.name, ev.actor.country) == ("North Korea", "PRK")
    assert ev.target is None


# -- whom a threat or a sanction is aimed at ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "target"),
    [
        (
            "North Korea threatened to retaliate against South Korea over the leaflets.",
            "THREATEN",
            ("South Korea", "KOR"),
        ),
        ("Erdogan vowed to crush the PKK after the bombing in Ankara.", "THREATEN", ("PKK", None)),
        (
            "Washington imposed new sanctions aimed at halting Iran's ballistic missile programme.",
            "SANCTION",
            ("Iran", "IRN"),
        ),
    ],
)
def test_the_party_a_threat_or_sanction_is_aimed_at_is_its_target(
    text: str, category: str, target: tuple[str, str | None]
) -> None:
    ev = _one(text, category)
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == target


def test_a_threat_to_respond_to_an_act_has_no_target() -> None:
    ev = _one("Putin vowed to respond to the attack.", "THREATEN")
    assert ev.target is None


# -- "X would pay": the one threatened, and "the group" named just before -------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Zelenskiy vowed that Russia would pay for the strike on Kharkiv.", ("Russia", "RUS")),
        (
            "The Israeli military said the rocket was launched by Hezbollah, and Prime Minister Benjamin "
            "Netanyahu vowed that the group would pay a heavy price.",
            ("Hezbollah", "LBN"),
        ),
    ],
)
def test_who_is_vowed_to_pay_is_the_threatened(text: str, target: tuple[str, str]) -> None:
    ev = _one(text, "THREATEN")
    assert ev.target is not None
    assert (ev.target.name, ev.target.country) == target


@pytest.mark.parametrize(
    "text",
    [
        "The Kramatorsk station strike killed 61 people.",
        "The Manchester Arena bombing killed 22 people.",
        "The Westgate mall attack killed 67 people in Nairobi in 2013.",
    ],
)
def test_an_attack_named_by_its_place_has_no_doer_from_the_name(text: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is None


def test_the_demonym_of_a_gerund_attack_is_the_side() -> None:
    ev = _one("A Ukrainian journalist was killed by Russian shelling in Kherson.", "ASSAULT")
    assert ev.actor is not None and ev.target is not None
    assert (ev.actor.name, ev.actor.country) == ("Russian forces", "RUS")
    assert (ev.target.name, ev.target.country) == ("Ukrainian journalist", "UKR")


def test_a_speakers_own_pronoun_doer_of_the_means_verb_is_the_speaker() -> None:
    ev = _one("The Nigerian army said it killed 12 militants in an air strike in Borno.", "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == ("Nigerian army", "NGA")


# -- a weapon used in an attack names the user as its doer ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "A U.N. report said Myanmar's army had used cluster munitions in an attack on a village in "
            "Kachin state that killed 29 people.",
            "Myanmar's army",
            "MMR",
        ),
        (
            "Inspectors concluded that the Syrian government had used chlorine in an attack on the town "
            "of Saraqeb in February 2018.",
            "Syrian government",
            "SYR",
        ),
    ],
)
def test_who_used_a_weapon_in_an_attack_did_it(text: str, name: str, country: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)


def test_who_used_a_shelter_during_an_attack_did_not_do_it() -> None:
    ev = _one(
        "Residents used the basement as a shelter during the attack on the village, which killed 29 "
        "people, witnesses said.",
        "ASSAULT",
    )
    assert ev.actor is None or ev.actor.name != "Residents"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Residents say the army used napalm, chlorine and incendiary bombs on the suburb of Harasta for weeks.",
            "army",
        ),
        (
            "Activists say government forces dropped leaflets, flares and barrel bombs on Daraya overnight.",
            "government forces",
        ),
    ],
)
def test_the_last_weapon_of_a_list_was_used_by_the_verbs_subject(text: str, name: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, "SYR")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ethiopia says it has made gains since the war began by recapturing towns in the Afar region.",
            "Ethiopia",
            "ETH",
        ),
        (
            "Kyiv has claimed to be advancing since the fighting began by retaking villages it lost last year.",
            "Kyiv",
            "UKR",
        ),
    ],
)
def test_the_war_a_time_clause_names_is_no_doer_of_the_act_hung_on_it(
    text: str, name: str, country: str
) -> None:
    ev = _one(text, "COERCE")
    assert ev.actor is not None
    assert (ev.actor.name, ev.actor.country) == (name, country)
