"""Claim patterns of conflict wire copy: who claims, with what stance, on which event. Every story here
was written for these tests (other places and names than the gold)."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process
from reading import first_assault, stances


def _record(text: str, published: str):
    return process(Article.from_text(text, published=published, language="en"))


# -- a 'provocation' label on an event condemns it; on a claim it denies ---------------------------


def test_claims_calling_an_ambush_a_provocation_after_accusing_is_an_accusation():
    rec = _record(
        "Ethnic Albanian gunmen ambushed a police patrol near the village of Banjska in northern Kosovo on "
        "Sunday, killing one officer, Kosovo police said.\n"
        "Kosovo's prime minister Albin Kurti accused Belgrade of backing the gunmen and called the ambush a "
        "criminal provocation.",
        "2023-09-24",
    )
    assert stances(first_assault(rec)) == [("Kosovo police", "asserts"), ("Albin Kurti", "asserts")]


def test_claims_the_victims_side_calling_the_shooting_an_armed_provocation_still_asserts():
    rec = _record(
        "Georgia's interior ministry said Russian-backed forces fired on a border post near the village of "
        "Ergneti on Friday, wounding two police officers.\n"
        "The ministry called the shooting an armed provocation and demanded an investigation.",
        "2024-05-03",
    )
    assert stances(first_assault(rec)) == [("Georgia's interior ministry", "asserts")]


def test_claims_a_staged_provocation_denies_the_killings():
    rec = _record(
        "Ukrainian officials said Russian troops killed 30 civilians in the town of Izium on Monday.\n"
        "Moscow called the killings a staged provocation.",
        "2024-05-08",
    )
    assert stances(first_assault(rec)) == [("Ukrainian officials", "asserts"), ("Moscow", "denies")]


def test_claims_calling_the_report_a_provocation_denies_it():
    rec = _record(
        "Azerbaijan's defence ministry said Armenian forces shelled its positions near the village of "
        "Sofulu on Monday, killing a soldier.\n"
        "Armenia's defence ministry called the report a provocation.",
        "2024-05-07",
    )
    assert stances(first_assault(rec)) == [
        ("Azerbaijan's defence ministry", "asserts"),
        ("Armenia's defence ministry", "denies"),
    ]


# -- a mediator's standing role is no talks and no truce ----------------------------------------------


def test_events_a_mediator_described_as_mediating_talks_adds_no_talks_or_truce():
    rec = _record(
        "Kenya and Ethiopia, which are mediating ceasefire talks between the two sides, urged restraint on "
        "Sunday.\n"
        "A drone strike killed five people in the town of Kadugli on Saturday, medics said.",
        "2024-05-05",
    )
    assert [e.category for e in rec.events] == ["REQUEST", "ASSAULT"]


def test_events_ceasefire_talks_are_talks_not_a_ceasefire():
    rec = _record(
        "Egypt is mediating ceasefire talks between Israel and Hamas, officials said on Tuesday.",
        "2024-05-07",
    )
    assert [(e.category, e.mode) for e in rec.events] == [("CONSULT", "talks")]


def test_events_talks_a_diplomat_mediated_are_still_talks():
    rec = _record(
        "A shell hit a school in the town of Kostiantynivka on Tuesday, killing three teachers, the governor "
        "said.\n"
        "Turkish diplomats who mediated the talks said the prisoner exchange would go ahead.",
        "2024-05-07",
    )
    assert [e.category for e in rec.events] == ["ASSAULT", "CONSULT"]


# -- 'X, citing witnesses, said': X is a claimant, and so is the source it cites ----------------------


def test_claims_a_speaker_citing_witnesses_is_a_claimant_beside_them():
    rec = _record(
        "Gunmen killed nine villagers in an attack on the village of Kuru in Nigeria's Plateau state on "
        "Wednesday, a local official, citing witnesses, said.",
        "2024-05-08",
    )
    attack = first_assault(rec)
    assert sorted(stances(attack)) == [("local official", "asserts"), ("witnesses", "asserts")]
    quote = next(c.quote for c in attack.claims if c.by == "local official")
    assert quote is not None and quote.endswith("on Wednesday")


def test_claims_a_named_speaker_citing_local_sources_is_a_claimant():
    rec = _record(
        "An air strike hit a fuel market in the town of Kutum in North Darfur on Sunday, killing 14 people, "
        "aid worker Mohamed Idris, citing local sources, said.",
        "2024-05-05",
    )
    assert ("Mohamed Idris", "asserts") in stances(first_assault(rec))


# -- 'the monitor said': the watchdog the story named --------------------------------------------------


def test_claims_the_monitor_is_the_observatory_the_story_named():
    rec = _record(
        "Air strikes killed 12 people in the town of Maarat al-Numan on Monday, the Syrian Observatory for "
        "Human Rights said.\n"
        "Government forces also shelled the village of Kafranbel on Tuesday, killing four civilians, the "
        "monitor said.",
        "2024-05-08",
    )
    assert [[c.by for c in e.claims] for e in rec.events] == [
        ["Syrian Observatory for Human Rights"],
        ["Syrian Observatory for Human Rights"],
    ]


def test_claims_a_britain_based_war_monitor_in_the_lead_is_the_observatory_named_below():
    rec = _record(
        "Turkish drones struck a car near the Syrian town of Qamishli on Sunday, killing three fighters of "
        "the Kurdish-led SDF, the Britain-based war monitor said.\n"
        "The Syrian Observatory for Human Rights said the strike was the fifth in the area this month.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("Syrian Observatory for Human Rights", "asserts")]


# -- a rebel group described in the lead is the group named below --------------------------------------


def test_claims_a_rebel_group_in_a_country_described_in_the_lead_takes_the_name_given_below():
    rec = _record(
        "An ethnic armed group in Myanmar said on Monday it had captured the town of Paletwa in western "
        "Chin state.\n"
        "The Arakan Army said in a statement that its fighters had taken the last army camp in the town on "
        "Sunday.",
        "2024-01-15",
    )
    seized = next(e for e in rec.events if e.mode == "seize")
    assert [(c.by, c.stance) for c in seized.claims][:1] == [("Arakan Army", "asserts")]


def test_claims_a_described_group_keeps_its_description_when_no_group_is_named():
    rec = _record(
        "An ethnic armed group in Myanmar said on Monday it had captured the town of Paletwa in western "
        "Chin state.",
        "2024-01-15",
    )
    seized = next(e for e in rec.events if e.mode == "seize")
    assert [c.by for c in seized.claims] == ["ethnic armed group in Myanmar"]


def test_claims_a_rights_group_is_not_the_armed_force_named_below():
    rec = _record(
        "Soldiers shot dead six protesters in the town of Wad Madani on Thursday, a local rights group said.\n"
        "The Sudanese Armed Forces said its troops had come under fire from the crowd.",
        "2024-05-09",
    )
    assert ("local rights group", "asserts") in stances(first_assault(rec))


# -- a threat that names what it punishes blames: a claim on the attack, the vow stays THREATEN ---------


def test_claims_a_threat_to_make_them_pay_for_killing_civilians_asserts_the_strike():
    rec = _record(
        "An Israeli air strike on a house in the Lebanese village of Aitaroun killed five people on Tuesday, "
        "Lebanon's health ministry said.\n"
        "Hezbollah official Mahmoud Qmati said Israel would pay a heavy price for killing civilians.",
        "2024-05-07",
    )
    strike = first_assault(rec)
    vow = next(e for e in rec.events if e.category == "THREATEN")
    assert stances(strike) == [("Lebanon's health ministry", "asserts"), ("Mahmoud Qmati", "asserts")]
    assert vow.claims == []


def test_claims_a_warning_that_kyiv_would_pay_for_the_killing_asserts_the_drone_strike():
    rec = _record(
        "A Ukrainian drone struck a bus in the Russian-held town of Horlivka on Sunday, killing six "
        "passengers, Russian-installed officials said.\n"
        "Russian President Vladimir Putin warned that Kyiv would pay for the killing of civilians.",
        "2024-05-05",
    )
    assert ("Vladimir Putin", "asserts") in stances(first_assault(rec))
    assert [e.category for e in rec.events] == ["ASSAULT", "THREATEN"]


def test_claims_a_vow_to_hunt_down_the_attackers_blames_no_one():
    rec = _record(
        "Suspected separatists shot dead four soldiers at a checkpoint in the Cameroonian town of Bamenda on "
        "Monday, the army said.\n"
        "Defence Minister Joseph Beti Assomo vowed that the attackers would be hunted down.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("army", "asserts")]


# -- 'X blamed Y and said suspects had been arrested': the blame is on the attack, Y did not arrest ------


def test_claims_a_blame_beside_an_arrest_goes_to_the_attack_and_the_blamed_group_arrests_no_one():
    rec = _record(
        "A bomb tore through a bus in the Pakistani city of Peshawar on Monday, killing eight people, police "
        "said.\n"
        "Provincial police chief Akhtar Hayat blamed the Pakistani Taliban and said two suspects had been "
        "detained.",
        "2024-05-06",
    )
    bombing = first_assault(rec)
    arrest = next(e for e in rec.events if e.mode == "arrest")
    assert stances(bombing) == [("police", "asserts"), ("Akhtar Hayat", "asserts")]
    assert stances(arrest) == [("Akhtar Hayat", "asserts")]
    assert arrest.actor is None


def test_claims_blaming_a_group_for_the_attack_beside_an_arrest_by_troops():
    rec = _record(
        "Gunmen attacked a hotel in the Somali town of Kismayo on Friday, killing nine people, officials said.\n"
        "Security minister Mohamed Ali blamed al Shabaab for the attack and said troops had arrested three "
        "suspects.",
        "2024-05-03",
    )
    arrest = next(e for e in rec.events if e.mode == "arrest")
    assert ("Mohamed Ali", "asserts") in stances(first_assault(rec))
    assert arrest.actor is not None and arrest.actor.name == "troops"


# -- admitting the strike and denying only that civilians were hit disputes it -----------------------------


def test_claims_denying_hitting_civilian_areas_after_admitting_the_strike_disputes():
    rec = _record(
        "Sudan's army launched air strikes on the city of Nyala on Monday, killing at least 30 people, "
        "according to local activists.\n"
        "The army said it had struck RSF positions and denied hitting civilian areas.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("local activists", "asserts"), ("army", "disputes")]


def test_claims_saying_its_jets_did_not_target_civilian_homes_disputes():
    rec = _record(
        "Turkish air strikes killed 11 people in the Iraqi village of Kuna Masi on Wednesday, Kurdish "
        "officials said.\n"
        "Turkey's defence ministry said its jets had not targeted civilian homes.",
        "2024-05-08",
    )
    assert stances(first_assault(rec)) == [
        ("Kurdish officials", "asserts"),
        ("Turkey's defence ministry", "disputes"),
    ]


def test_claims_denying_that_its_forces_targeted_civilian_buildings_alone_denies():
    rec = _record(
        "Ukrainian officials said Russian missiles hit apartment blocks in the city of Zaporizhzhia on "
        "Thursday, killing seven people.\n"
        "Moscow denied that its forces had targeted civilian buildings in the city.",
        "2024-05-09",
    )
    assert stances(first_assault(rec)) == [("Ukrainian officials", "asserts"), ("Moscow", "denies")]


# -- 'condemned what it called a massacre': the label is a claim on the attack told ---------------------


def test_claims_condemning_what_it_called_a_massacre_asserts_the_attack():
    rec = _record(
        "Fighters of the Rapid Support Forces killed 40 villagers in an attack on the village of Jebel Moya "
        "on Friday, a local rights group said.\n"
        "Sudan's foreign ministry condemned what it called a massacre and urged the United Nations to act.",
        "2024-05-04",
    )
    appeal = next(e for e in rec.events if e.category == "REQUEST")
    assert stances(first_assault(rec)) == [
        ("local rights group", "asserts"),
        ("Sudan's foreign ministry", "asserts"),
    ]
    assert appeal.claims == []


def test_claims_condemning_what_it_described_as_a_deliberate_attack_asserts_it():
    rec = _record(
        "Russian missiles struck a power plant in the Ukrainian city of Kharkiv on Thursday, killing two "
        "workers, the governor said.\n"
        "Ukraine's foreign ministry condemned what it described as a deliberate attack on civilians.",
        "2024-05-09",
    )
    assert stances(first_assault(rec)) == [("governor", "asserts"), ("Ukraine's foreign ministry", "asserts")]


def test_claims_condemning_what_it_called_a_staged_provocation_is_no_assertion():
    rec = _record(
        "Ukrainian officials said Russian troops killed 30 civilians in the town of Izium on Monday.\n"
        "Russia's foreign ministry condemned what it called a staged provocation.",
        "2024-05-08",
    )
    assert ("Russia's foreign ministry", "asserts") not in stances(first_assault(rec))


# -- 'X said A but denied B': the denial is X's, not the subject of A's --------------------------------


def test_claims_a_spokesman_who_said_troops_lost_contact_but_denied_the_fall_denies_the_capture():
    rec = _record(
        "Rebels of the Arakan Army said on Monday they had captured the town of Maungdaw in western Rakhine "
        "state.\n"
        "A spokesman for the military government, Zaw Min Tun, said troops had lost contact with two "
        "battalions in the town but denied that it had fallen.",
        "2024-05-06",
    )
    seized = next(e for e in rec.events if e.mode == "seize")
    assert ("Zaw Min Tun", "denies") in stances(seized)
    assert not any(c.by == "troops" for c in seized.claims)


def test_claims_a_subject_of_its_own_keeps_a_joined_denial_inside_the_report():
    rec = _record(
        "Rebels of the Arakan Army said on Monday they had captured the town of Maungdaw in western Rakhine "
        "state.\n"
        "Local journalists said residents had fled and the army denied that it had fallen.",
        "2024-05-06",
    )
    seized = next(e for e in rec.events if e.mode == "seize")
    assert ("Local journalists", "denies") not in stances(seized)


# -- 'Kyiv denied any role. "...," presidential aide X said': one denial, by the official -----------------


def test_claims_an_aide_going_on_with_the_capitals_denial_is_its_claimant():
    rec = _record(
        "A drone struck an oil depot in the Russian city of Bryansk on Tuesday, the regional governor said.\n"
        'Kyiv denied any role. "We have nothing to do with this," presidential aide Andriy Yermak said.',
        "2024-05-07",
    )
    assert stances(first_assault(rec)) == [("regional governor", "asserts"), ("Andriy Yermak", "denies")]


def test_claims_the_capitals_denial_stands_alone_without_an_official():
    rec = _record(
        "A drone struck an oil depot in the Russian city of Bryansk on Tuesday, the regional governor said.\n"
        "Kyiv denied any role.",
        "2024-05-07",
    )
    assert stances(first_assault(rec)) == [("regional governor", "asserts"), ("Kyiv", "denies")]


# -- the doer's side naming a military aim disputes the account of civilians hit; alone it asserts ---------


def test_claims_the_ministry_saying_its_missiles_struck_commanders_disputes_the_civilian_toll():
    rec = _record(
        "A Russian missile hit a hotel in the Ukrainian city of Kramatorsk on Monday, killing four civilians, "
        "Ukrainian officials said.\n"
        "Russia's defence ministry said its missiles had struck the hotel, where it said foreign mercenaries "
        "and Ukrainian commanders were staying.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [
        ("Ukrainian officials", "asserts"),
        ("Russia's defence ministry", "disputes"),
    ]


def test_claims_the_military_saying_its_jets_targeted_a_commander_in_the_house_disputes():
    rec = _record(
        "An Israeli air strike on a house in the Lebanese town of Bint Jbeil killed five people, including two "
        "children, on Wednesday, the health ministry said.\n"
        "The Israeli military said its jets had targeted a Hezbollah commander in the building.",
        "2024-05-08",
    )
    assert stances(first_assault(rec)) == [("health ministry", "asserts"), ("Israeli military", "disputes")]


def test_claims_the_military_alone_saying_its_jets_struck_a_commander_asserts():
    rec = _record(
        "The Israeli military said its jets had struck a Hezbollah commander near the Lebanese town of Bint "
        "Jbeil on Wednesday.",
        "2024-05-08",
    )
    assert stances(first_assault(rec)) == [("Israeli military", "asserts")]


def test_claims_a_group_taking_credit_for_targeting_fighters_asserts():
    rec = _record(
        "Gunmen killed 12 people at a market in the Nigerien village of Tillia on Monday, officials said.\n"
        "Islamic State claimed responsibility, saying it had targeted militia fighters.",
        "2024-05-07",
    )
    assert stances(first_assault(rec)) == [("officials", "asserts"), ("Islamic State", "asserts")]


# -- an anonymous source with a relative clause closing the sentence --------------------------------------


def test_claims_a_security_source_who_asked_not_to_be_named_is_the_claimant():
    rec = _record(
        "A car bomb killed seven soldiers at a checkpoint in the Iraqi city of Kirkuk on Sunday, a security "
        "source who asked not to be named said.\n"
        "Islamic State did not immediately claim the attack. The report could not be independently verified.",
        "2024-05-05",
    )
    assert stances(first_assault(rec)) == [("security source", "asserts")]


def test_claims_an_official_not_authorised_to_speak_is_the_claimant():
    rec = _record(
        "Rebels shelled the town of Bunia on Monday, killing three people, a U.N. official who was not "
        "authorised to speak to the media said.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("U.N. official", "asserts")]


# -- one person's name the parser splits in two is still one claimant ----------------------------------


def test_claims_a_governors_full_name_split_by_the_parser_is_one_claimant():
    rec = _record(
        "A Russian strike on a bus stop in the southern Ukrainian city of Kherson killed five people on "
        "Friday, regional governor Oleksandr Prokudin said.",
        "2024-05-03",
    )
    claim = first_assault(rec).claims[0]
    assert (claim.by, claim.role) == ("Oleksandr Prokudin", "regional governor")


# -- an accusation naming a crime is ACCUSE, and 'the remark' rejected is a denial on it ----------------


def test_events_accusing_a_state_of_genocide_is_an_accusation_and_its_rejection_a_denial_on_it():
    rec = _record(
        "A Russian missile hit a school in the Ukrainian city of Sumy on Monday, killing two teachers, "
        "Ukrainian officials said.\n"
        "Hours later, Ukrainian President Volodymyr Zelenskiy accused Russia of genocide.\n"
        "Kremlin spokesman Dmitry Peskov rejected the accusation as absurd.",
        "2024-05-06",
    )
    accusation = next(e for e in rec.events if e.category == "ACCUSE")
    assert [e.category for e in rec.events] == ["ASSAULT", "ACCUSE"]
    assert stances(accusation) == [("Dmitry Peskov", "denies")]
    assert stances(first_assault(rec)) == [("Ukrainian officials", "asserts")]


def test_claims_calling_the_remarks_unacceptable_denies_the_name_calling():
    rec = _record(
        "Polish President Andrzej Duda called Russian President Vladimir Putin a terrorist on Monday.\n"
        "The Kremlin said the remarks were unacceptable and insulting.",
        "2024-05-06",
    )
    [accusation] = rec.events
    assert accusation.category == "ACCUSE"
    assert stances(accusation) == [("Kremlin", "denies")]


def test_claims_a_rejected_accusation_of_a_concrete_shelling_stays_on_the_shelling():
    rec = _record(
        "Zelenskiy accused Russia of genocide on Monday.\n"
        "Azerbaijan accused Armenian forces of shelling the village of Tovuz on Tuesday, killing two soldiers.\n"
        "Armenia's defence ministry rejected the accusation.",
        "2024-05-07",
    )
    accusation = next(e for e in rec.events if e.category == "ACCUSE")
    assert accusation.claims == []
    assert stances(first_assault(rec)) == [
        ("Azerbaijan", "asserts"),
        ("Armenia's defence ministry", "denies"),
    ]


def test_claims_an_unacceptable_toll_is_no_denial():
    rec = _record(
        "Air strikes killed 40 people in the Sudanese city of El Fasher on Sunday, medics said.\n"
        "A U.N. official said the number of civilians killed was unacceptable.",
        "2024-05-05",
    )
    assert all(c.stance == "asserts" for c in first_assault(rec).claims)


# -- 'the group said': the armed group the events name ------------------------------------------------


def test_claims_the_group_answering_the_army_is_the_armed_group_it_named():
    rec = _record(
        "Somali forces said on Thursday they had killed 30 al Shabaab fighters in an operation in the Middle "
        "Shabelle region.\n"
        "The group said in a statement that it had repelled the attack and killed dozens of soldiers.",
        "2024-05-09",
    )
    assert [c.by for c in first_assault(rec).claims] == ["Somali forces", "al Shabaab"]


def test_claims_the_group_after_a_quoted_rights_group_is_that_group_not_the_armed_one():
    rec = _record(
        "Soldiers killed 12 Boko Haram fighters near the Nigerian town of Bama on Sunday, the army said.\n"
        "Amnesty International said at least five of the dead were farmers.\n"
        "The group said the farmers had been shot while working in their fields.",
        "2024-05-05",
    )
    assert "Boko Haram" not in [c.by for c in first_assault(rec).claims]


# -- a closing source whose name holds 'for' and a bracketed acronym ----------------------------------


def test_claims_a_closing_agency_name_with_for_and_its_acronym_is_the_claimant():
    from frontwire.nlp.claims import attributions
    from frontwire.nlp.engine import _nlp

    doc = _nlp()(
        "Some 2,500 families have fled their homes around the Burkinabe town of Djibo because of militant "
        "raids, the U.N. High Commissioner for Refugees (UNHCR) said today"
    )
    assert [(a.name, a.stance) for a in attributions(doc[:])] == [
        ("U.N. High Commissioner for Refugees (UNHCR)", "asserts")
    ]


def test_claims_the_ministry_saying_its_forces_hit_a_command_post_disputes_the_governors_account():
    rec = _record(
        "A Russian glide bomb hit a hardware store in the Ukrainian city of Kharkiv on Saturday, killing 12 "
        "people, Governor Oleh Synehubov said.\n"
        '"The Russians knew it was a crowded place on a weekend. This was a deliberate strike," he told '
        "reporters.\n"
        "Russia's defence ministry said its forces had hit a Ukrainian army command post in the city.",
        "2024-05-25",
    )
    assert stances(first_assault(rec)) == [
        ("Oleh Synehubov", "asserts"),
        ("Russia's defence ministry", "disputes"),
    ]


# -- hostages named as captives are no abduction told here ----------------------------------------------


def test_events_a_march_demanding_a_deal_to_free_the_hostages_is_a_protest_only():
    rec = _record(
        "Thousands of people marched through the streets of Tel Aviv on Saturday to demand a deal to free the "
        "hostages.",
        "2024-05-05",
    )
    assert [e.category for e in rec.events] == ["PROTEST"]


def test_events_an_operation_until_the_hostages_are_freed_tells_no_abduction():
    rec = _record(
        "The military said the operation in the Gaza Strip would continue until all hostages were freed.",
        "2024-05-07",
    )
    assert rec.events == []


def test_events_gunmen_taking_dozens_of_guests_hostage_is_an_abduction():
    rec = _record(
        "Gunmen stormed a guesthouse in the Nigerien town of Agadez on Friday and took dozens of guests hostage.",
        "2024-05-03",
    )
    assert "abduction" in [e.mode for e in rec.events]


# -- planned talks have not happened ------------------------------------------------------------------


def test_events_talks_set_to_resume_next_week_are_no_talks_yet():
    rec = _record(
        "Talks between the government and the rebels are set to resume in Nairobi next week, mediators said.",
        "2024-05-07",
    )
    assert rec.events == []


def test_events_talks_due_to_begin_on_monday_are_no_talks_yet():
    rec = _record(
        "Peace talks between Ethiopia and the Tigray forces are due to begin in Pretoria on Monday.",
        "2024-05-07",
    )
    assert rec.events == []


def test_events_talks_that_resumed_on_monday_are_talks():
    rec = _record(
        "Talks between the two delegations resumed in Jeddah on Monday, Saudi officials said.", "2024-05-07"
    )
    assert [(e.category, e.when.date if e.when else None) for e in rec.events] == [("CONSULT", "2024-05-06")]


# -- no claim: a standing denial in a relative clause, an inquiry -------------------------------------------


def test_claims_a_state_which_denies_arming_the_group_denies_nothing_about_the_strike():
    rec = _record(
        "A drone struck a tanker off the coast of Yemen on Monday, the British military said.\n"
        "Iran, which denies arming the Houthis, did not comment.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("British military", "asserts")]


def test_claims_a_group_which_denied_the_attack_still_denies_it():
    rec = _record(
        "Rebels shot down a military helicopter near the Colombian town of Anori on Tuesday, killing four "
        "soldiers, the army said.\n"
        "The FARC dissident group, which has been blamed for several recent attacks, denied involvement.",
        "2024-05-07",
    )
    assert ("FARC dissident group", "denies") in stances(first_assault(rec))


def test_claims_saying_it_was_looking_into_the_incident_is_no_claim():
    rec = _record(
        "An Israeli strike killed three journalists in southern Lebanon on Tuesday, Lebanese state media said.\n"
        "The Israeli military said it was looking into the incident.",
        "2024-05-07",
    )
    assert stances(first_assault(rec)) == [("Lebanese state media", "asserts")]


def test_claims_saying_it_was_investigating_reports_of_civilian_deaths_is_no_claim():
    rec = _record(
        "A U.S. air strike killed 10 people in the Somali village of Jilib on Sunday, residents said.\n"
        "The U.S. Africa Command said it was investigating the reports.",
        "2024-05-05",
    )
    assert stances(first_assault(rec)) == [("residents", "asserts")]


def test_claims_working_to_identify_the_gunman_is_no_claim():
    rec = _record(
        "Two men were shot dead outside a bar in Jackson, Mississippi, early Sunday, police said.\n"
        "Police Chief James Davis said the department was working to identify the gunman.\n"
        "Davis said detectives were trying to determine a motive and the investigation was ongoing.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("police", "asserts")]


def test_claims_a_search_for_the_gunman_is_no_claim_but_the_gunman_searching_is():
    rec = _record(
        "Two men were shot dead outside a bar in Jackson, Mississippi, early Sunday, police said.\n"
        "Police Chief James Davis said officers were still searching for the gunman.",
        "2024-05-06",
    )
    assert stances(first_assault(rec)) == [("police", "asserts")]
    rec = _record(
        "Two men were shot dead outside a bar in Jackson, Mississippi, early Sunday, police said.\n"
        "Police Chief James Davis said the gunman was searching for his former girlfriend when he opened fire.",
        "2024-05-06",
    )
    assert ("James Davis", "asserts") in stances(first_assault(rec))


# -- a party's record in a relative clause is no event ---------------------------------------------------


def test_events_the_houthis_who_have_attacked_ships_since_november_tell_no_new_attack():
    rec = _record(
        "A drone struck a tanker off the coast of Yemen on Monday, the British military said.\n"
        "Suspicion fell on the Houthis, who have attacked dozens of ships since November.",
        "2024-05-06",
    )
    assert [(e.category, e.when.date if e.when else None) for e in rec.events] == [("ASSAULT", "2024-05-06")]


def test_events_gunmen_on_the_run_since_monday_still_kill_on_tuesday():
    rec = _record(
        "Gunmen who have been on the run since Monday shot dead two police officers in the Kenyan town of "
        "Garissa on Tuesday, police said.",
        "2024-05-07",
    )
    assert [(e.category, e.killed) for e in rec.events] == [("ASSAULT", 2)]


def test_claims_the_military_saying_its_forces_fired_at_gunmen_disputes_the_ministrys_account():
    rec = _record(
        "Israeli forces killed three Palestinians during a raid in the West Bank city of Tulkarm on Thursday, "
        "the Palestinian health ministry said.\n"
        "The ministry said the three men were shot by troops near a school.\n"
        "The Israeli military said its forces had fired at gunmen who attacked them.",
        "2024-05-09",
    )
    assert stances(first_assault(rec)) == [
        ("Palestinian health ministry", "asserts"),
        ("Israeli military", "disputes"),
    ]


# -- what an attack did is the attack ---------------------------------------------------------------------


def test_events_a_drone_attack_that_set_fire_to_a_refinery_is_one_attack():
    rec = _record(
        "A drone attack set fire to an oil refinery in the Russian city of Ryazan on Wednesday, according to "
        "the regional governor, who said one person was hurt.\n"
        "A Ukrainian intelligence source told Reuters that Kyiv had carried out the attack.",
        "2024-05-08",
    )
    [attack] = rec.events
    assert attack.category == "ASSAULT"
    assert ("Ukrainian intelligence source", "asserts") in stances(attack)


def test_events_a_bombing_and_a_hostage_taking_by_the_attackers_stay_two_acts():
    rec = _record(
        "Gunmen bombed a checkpoint in the Malian town of Boni on Monday and took three soldiers hostage, the "
        "army said.",
        "2024-05-06",
    )
    assert len([e for e in rec.events if e.category == "ASSAULT"]) == 2
