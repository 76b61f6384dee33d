"""Who acted and for which side: light verbs, protests, and the story's own country.

Each case is a wire-style text the engine must read the way a coder would; the sentences are
written for these tests (not copied from gold), in the forms wire copy takes.
"""

from __future__ import annotations

import pytest

from reading import wire_events


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        (
            "Russian forces carried out an air strike on the town on Monday, killing five people.",
            "Russian",
            "RUS",
        ),
        (
            "Turkish warplanes launched a series of air strikes on the village on Sunday, killing two.",
            "Turkish",
            "TUR",
        ),
        (
            "Israeli aircraft dropped bombs on a house in Gaza on Friday, killing three people.",
            "Israeli",
            "ISR",
        ),
    ],
)
def test_light_verb_subject_is_the_attacker(text: str, actor: str, country: str) -> None:
    assault = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert assault, text
    # a weapon as the subject names its side ('Turkish warplanes' -> Turkish forces)
    assert assault[0].actor is not None and assault[0].actor.name.startswith(actor)
    assert assault[0].actor.country == country


def test_reporting_subject_is_not_the_attacker() -> None:
    events = wire_events("The ministry reported that gunmen killed four soldiers near the border on Monday.")
    assault = [e for e in events if e.category == "ASSAULT"]
    assert assault and assault[0].actor is not None
    assert assault[0].actor.name.lower() == "gunmen"


def test_protest_broken_up_by_police_is_the_crowd_protesting() -> None:
    events = wire_events(
        "Police fired tear gas and water cannon at crowds of students protesting in Dhaka on Monday."
    )
    protest = [e for e in events if e.category == "PROTEST"]
    assert protest
    assert protest[0].actor is not None and "student" in protest[0].actor.name.lower()
    assert protest[0].actor.country == "BGD"


def test_unplaced_police_act_for_the_country_the_story_is_filed_from() -> None:
    text = (
        "COLOMBO, April 22 (Reuters) - Police have arrested 24 people in connection with the "
        "bombings, the government said.\n\n"
        "Curfew was imposed across the island after the blasts in Negombo and Batticaloa."
    )
    arrests = [e for e in wire_events(text) if e.category == "COERCE"]
    assert arrests and arrests[0].actor is not None
    assert arrests[0].actor.country == "LKA"


def test_a_story_naming_two_countries_evenly_gives_no_home_country() -> None:
    text = "Police arrested 12 people after a rally, French and German officials said."
    arrests = [e for e in wire_events(text) if e.category == "COERCE"]
    assert arrests and arrests[0].actor is not None
    assert arrests[0].actor.country is None


def test_captured_ground_is_where_not_whom() -> None:
    events = wire_events("Rebels took control of the airfield near the town on Monday, residents said.")
    seized = [e for e in events if e.mode == "seize"]
    assert seized and seized[0].actor is not None
    assert seized[0].target is None


def test_unnamed_dead_of_a_bombing_are_civilians() -> None:
    events = wire_events("A car bomb exploded outside a market in Mogadishu on Saturday, killing 12 people.")
    assault = [e for e in events if e.category == "ASSAULT"]
    assert assault and assault[0].target is not None
    assert assault[0].target.civilian is True and assault[0].target.country == "SOM"


def test_hearing_explosions_does_not_make_the_listener_the_attacker() -> None:
    events = wire_events(
        "Residents of Kharkiv said they heard a series of loud explosions overnight, and two people were killed."
    )
    for e in events:
        assert e.actor is None or "resident" not in e.actor.name.lower()


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Clashes between Houthi fighters and pro-government forces killed three people on Thursday.",
            "Houthi fighters",
            "pro-government forces",
        ),
        (
            "Government troops clashed with Islamist militants near the town on Monday, leaving 11 dead.",
            "Government troops",
            "Islamist militants",
        ),
    ],
)
def test_a_clash_names_both_sides(text: str, actor: str, target: str) -> None:
    clash = [e for e in wire_events(text) if e.mode == "clash"]
    assert clash, text
    assert clash[0].actor is not None and clash[0].actor.name == actor
    assert clash[0].target is not None and clash[0].target.name == target


def test_dateline_city_in_capitals_places_a_later_anaphor() -> None:
    text = (
        "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - M23 rebels said on Monday they had "
        "taken control of Goma, the largest city in eastern Congo.\n\n"
        "Gunfire and explosions were heard in the city centre on Monday morning, residents said."
    )
    events = wire_events(text)
    seized = [e for e in events if e.mode == "seize"]
    assert seized and seized[0].where is not None and seized[0].where.name == "Goma"


def test_an_appeal_from_abroad_is_not_placed_at_the_front() -> None:
    text = (
        "KHARTOUM, April 16 (Reuters) - Heavy shelling killed 56 civilians in Khartoum on Sunday, "
        "doctors said.\n\n"
        "The United Nations called on both sides to stop fighting immediately."
    )
    appeals = [e for e in wire_events(text) if e.category == "REQUEST"]
    assert appeals and appeals[0].where is None


def test_a_demonym_read_as_the_subject_still_names_the_side() -> None:
    events = wire_events(
        "Karabakh officials said on Wednesday that Azerbaijani shelling had hit Stepanakert, "
        "damaging a maternity hospital."
    )
    assault = [e for e in events if e.category == "ASSAULT"]
    assert assault and assault[0].actor is not None and assault[0].actor.country == "AZE"


def test_a_named_office_holder_abroad_serves_the_storys_country() -> None:
    text = (
        "BOGOTA, Jan 19 (Reuters) - A car bomb killed 20 people at a police academy in Bogota on "
        "Thursday, Colombian officials said.\n\n"
        "President Ivan Duque on Friday called off peace talks in Havana and asked Cuba to arrest "
        "the rebel negotiators."
    )
    words = [e for e in wire_events(text) if e.actor is not None and "Duque" in e.actor.name]
    assert words and all(e.actor.country == "COL" for e in words)


def test_a_name_read_as_a_far_away_town_is_not_the_scene() -> None:
    text = (
        "OUAGADOUGOU, June 5 (Reuters) - Gunmen killed 14 people in an attack on a post of the "
        "Volunteers for the Defence of the Homeland in northern Burkina Faso on Friday, officials said."
    )
    events = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert events and events[0].where is not None
    assert events[0].where.country == "BFA"


def test_words_to_the_storys_own_people_take_its_country() -> None:
    text = (
        "PORT-AU-PRINCE, July 8 (Reuters) - Gunmen killed President Jovenel Moise at his home in "
        "Port-au-Prince on Wednesday, Haitian officials said.\n\n"
        "Police chief Leon Charles urged residents to stay calm."
    )
    appeals = [e for e in wire_events(text) if e.category == "REQUEST"]
    assert appeals and appeals[0].target is not None and appeals[0].target.country == "HTI"


def test_an_armed_group_hit_in_a_country_gets_no_country_from_it() -> None:
    text = "Security forces killed 30 suspected rebels in an operation in the north of Ethiopia on Monday."
    assault = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert assault and assault[0].target is not None and "rebel" in assault[0].target.name
    assert assault[0].target.country is None


def test_an_attack_on_a_base_names_the_base_as_its_target() -> None:
    text = (
        "Yemeni forces carried out drone attacks on the King Khalid air base in Khamis Mushait on Saturday."
    )
    assault = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert assault and assault[0].target is not None and "base" in assault[0].target.name
    assert assault[0].target.country == "SAU"


def test_opening_fire_on_a_crowd_targets_the_crowd() -> None:
    text = "Snipers on rooftops opened fire on hundreds of demonstrators in Beirut on Thursday, killing six."
    assault = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert assault and assault[0].target is not None and "demonstrator" in assault[0].target.name


def test_a_possessive_points_back_to_the_speaker() -> None:
    text = (
        "KYIV, July 15 (Reuters) - Russia said on Friday that its missile strike on the city of "
        "Vinnytsia a day earlier had killed 23 people."
    )
    assault = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert assault and assault[0].actor is not None and assault[0].actor.country == "RUS"


def test_thousands_of_a_people_are_that_people() -> None:
    events = wire_events("Thousands of Colombians marched in Bogota on Sunday to reject the attack.")
    protest = [e for e in events if e.category == "PROTEST"]
    assert protest and protest[0].actor is not None and protest[0].actor.country == "COL"


def test_a_nationwide_measure_is_placed_at_the_country() -> None:
    text = (
        "COLOMBO, April 22 (Reuters) - Bombs killed 290 people in Colombo on Sunday, police said.\n\n"
        "The government imposed a nationwide curfew from 8 p.m. on Monday."
    )
    curfew = [e for e in wire_events(text) if e.mode == "curfew"]
    assert curfew and curfew[0].where is not None
    assert (curfew[0].where.precision, curfew[0].where.country) == ("country", "LKA")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Residents of the town of Taugon hit by an air raid with poison gas on Monday were treated in hospital.",
            "Residents",
        ),
        (
            "A school was struck by a missile in the city of Kharkiv on Tuesday, killing two teachers.",
            "school",
        ),
    ],
)
def test_whom_a_passive_says_was_hit_is_the_target(text: str, target: str) -> None:
    assault = [e for e in wire_events(text) if e.category == "ASSAULT"]
    assert assault and assault[0].target is not None and target.lower() in assault[0].target.name.lower()


def test_a_person_named_with_his_country_once_keeps_it_later() -> None:
    text = (
        "KYIV (Reuters) - Russian shelling killed three people in Kharkiv on Monday, hours after "
        "Ukrainian President Volodymyr Zelenskiy visited the city.\n\n"
        "Zelenskiy urged Western allies to send more air defence systems."
    )
    appeals = [e for e in wire_events(text) if e.category == "REQUEST"]
    assert appeals and appeals[0].actor is not None and appeals[0].actor.country == "UKR"
