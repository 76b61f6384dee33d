"""Claimants of real news copy beyond the wire: police and crime reports, tabloid and web stories.
Titles that end in a period ('Const.', 'Lt.'), a surname quoted again, a quote closed before its
speaker, offices with their own domain ('Chief of Department'), acronyms spelled out once, statements
and reports that speak for their issuer, 'they' after a sentence about a body, denials that name a
weapon. Every story here was written for these tests (other places and names than the gold)."""

from __future__ import annotations

from frontwire.model import Record
from frontwire.nlp.engine import split_sentences
from reading import attributions_of, first_assault, record, stances


def _record(text: str) -> Record:
    return record(text, "2024-05-06", language="en")


# -- police titles that end in a period -----------------------------------------------------------


def test_claims_a_constables_title_does_not_end_the_sentence():
    sents = split_sentences(
        "Nobody else was hurt in the incident, said Winnipeg police Const. Rob Carver. Another line follows."
    )
    assert len(sents) == 2
    assert sents[0].text.endswith("Const. Rob Carver.")


def test_claims_the_constable_named_after_the_title_speaks_of_the_told_stabbing():
    rec = _record(
        "A man was stabbed to death outside a bar in the city of Winnipeg early Saturday, police said.\n"
        "Officers were called to the scene shortly after 1 a.m.\n"
        "They found the victim lying in the parking lot.\n"
        "He was taken to hospital, where he died.\n"
        "Nobody else was injured in the incident, said Winnipeg police Const. Rob Carver."
    )
    assert len([e for e in rec.events if e.category == "ASSAULT"]) == 1
    stab = first_assault(rec)
    assert ("Rob Carver", "asserts") in stances(stab)
    # 'nobody else' adds no one: the count told stands
    assert stab.killed == 1


def test_claims_a_lieutenant_named_after_his_title():
    (a,) = attributions_of(
        "A pickup truck stopped beside the patrol car, Ohio State Highway Patrol Lt. Dan Kerr said."
    )
    assert a.name == "Dan Kerr" and a.person


def test_claims_a_rank_alone_leaves_the_office_to_the_appositive():
    (a,) = attributions_of(
        "The victim was hit twice in the chest, Sgt. Rosa Mendez, a police spokeswoman, said."
    )
    assert (a.name, a.role) == ("Rosa Mendez", "police spokeswoman")


# -- who speaks: names inside offices, quotes closed before their speaker --------------------------


def test_claims_an_office_with_its_own_domain_before_the_name():
    atts = attributions_of(
        "Two officers fired at the man, according to Chicago Police Chief of Patrol Brian McDermott."
    )
    assert [(a.name, a.role) for a in atts] == [("Brian McDermott", "Chicago Police Chief of Patrol")]


def test_claims_a_fire_marshal_named_inside_a_place_tagged_phrase():
    (a,) = attributions_of("Durham County Fire Marshal Keith Booker said the fire was set on purpose.")
    assert a.name == "Keith Booker" and a.person


def test_claims_the_speaker_after_a_closing_quote_is_not_a_name_inside_it():
    (a,) = attributions_of('"(Walter Price) and his brother were kind, quiet men," said Booker.')
    assert a.name == "Booker"


def test_claims_a_group_named_after_a_person_is_the_group():
    (a,) = attributions_of(
        "Supporters of President Alpha Conde accused soldiers of shooting two marchers in Conakry."
    )
    assert a.name.startswith("Supporters of") and not a.person


def test_claims_a_surname_alone_is_the_person_a_later_he_points_to():
    rec = _record(
        "Two deputies were shot and wounded during a traffic stop near the town of Dalton on Friday, "
        "Georgia State Patrol Sgt. Neil Rowe said.\n"
        "One of the suspects was later found hiding in a barn, prison guard Officer Tom Ames said.\n"
        "The second suspect surrendered hours later, according to Rowe.\n"
        "He said the two men had stolen the car in Tennessee."
    )
    names = [c.by for e in rec.events for c in e.claims]
    assert "Tom Ames" not in names or names.count("Neil Rowe") >= 1
    shooting = first_assault(rec)
    assert any(c.by and c.by.endswith("Rowe") for c in shooting.claims)
    assert not any(c.by == "Tom Ames" and "Tennessee" in (c.quote or "") for c in shooting.claims)


def test_claims_a_closing_source_the_parser_reads_as_a_noun():
    atts = attributions_of(
        "After the shooting, Carter drove to a gas station on Main Street where he pointed the gun at a "
        "cashier, police allege."
    )
    assert [(a.name, a.stance) for a in atts] == [("police", "asserts")]


# -- documents speak for their issuer; acronyms spelled out once ----------------------------------


def test_claims_a_police_report_is_the_police():
    (a,) = attributions_of(
        "Gunmen killed four people at a roadside market in the town of Gusau on Monday, according to a "
        "police report."
    )
    assert a.name == "police"


def test_claims_the_army_statement_is_the_army():
    (a,) = attributions_of('"Our units destroyed the enemy positions," the army statement said.')
    assert a.name == "army"


def test_claims_the_statement_speaks_for_the_source_quoted_last():
    rec = _record(
        "Gunmen attacked an army post near the town of Djibo on Sunday, killing six soldiers, the army said "
        "in a statement.\nThe statement said 14 attackers were killed in the counter-attack."
    )
    assert [c.by for c in first_assault(rec).claims] == ["army"]


def test_claims_a_news_release_of_no_issuer_speaks_for_the_source_quoted_last():
    rec = _record(
        "Three people were shot dead at a house party in Dayton on Saturday night, police said.\n"
        "Officers found the victims in the basement shortly after 11 p.m., according to a news release."
    )
    assert [c.by for c in first_assault(rec).claims] == ["police"]


def test_claims_a_criminal_complaint_is_the_prosecutors_quoted_before():
    rec = _record(
        "A Milwaukee man has been charged with killing his neighbor during an argument over a snowblower, "
        "prosecutors said Tuesday.\n"
        "Derek Olson, 41, shot Mark Byrne, 55, twice in the chest on Saturday, according to a criminal complaint."
    )
    assert [c.by for c in first_assault(rec).claims] == ["prosecutors"]


def test_claims_an_acronym_spelled_out_in_parentheses_names_the_body():
    rec = _record(
        "Two soldiers were killed by a roadside bomb near the town of Gao on Monday. The Ministry of the "
        "Armed Forces (MoAF) named the two men on Tuesday.\n"
        "The MoAF said both had died instantly in the blast."
    )
    assert "Ministry of the Armed Forces" in [c.by for c in first_assault(rec).claims]


def test_claims_a_document_of_no_issuer_stays_as_it_is():
    (a,) = attributions_of("A joint statement said the talks in Doha had ended without agreement.")
    assert a.name == "joint statement"


# -- 'they', 'it', 'the group': the body the story was just about --------------------------------


def test_claims_they_is_the_body_the_sentence_before_was_about():
    rec = _record(
        "Air strikes hit the town of Saraqeb in Idlib province on Monday, killing 11 civilians, the "
        "opposition says.\n"
        "The Syrian army has repeatedly said its jets strike only militant positions.\n"
        "They deny that civilians were killed in the raids."
    )
    assert ("Syrian army", "disputes") in stances(first_assault(rec))


def test_claims_it_after_a_described_group_is_the_group_that_claimed_before():
    rec = _record(
        "Islamic State said on Tuesday that its fighters had bombed a bus in the city of Herat on Monday, "
        "killing seven passengers.\n"
        "The Sunni militant group has repeatedly targeted the city's Shi'ite minority.\n"
        "It also claimed a bombing at a mosque in the city of Mazar-i-Sharif in April 2022 that killed 31 "
        "people."
    )
    mosque = next(e for e in rec.events if e.killed == 31)
    assert [c.by for c in mosque.claims] == ["Islamic State"]


def test_claims_a_record_of_past_attacks_is_no_claim_on_this_one():
    rec = _record(
        "A bomb exploded at a school in the Afghan city of Kunduz on Tuesday, killing nine pupils, police "
        "said.\nNo group has claimed the attack. Islamic State has claimed many previous attacks in the city."
    )
    assert [c.by for c in first_assault(rec).claims] == ["police"]


# -- denials: what they deny and who else speaks inside them -------------------------------------


def test_claims_a_source_quoted_inside_a_denial_speaks_of_the_denied_attack():
    rec = _record(
        "Government jets bombed the town of Kafr Nabl on Monday, opposition activists said.\n"
        "The government denies that civilians were hit in the raids, which medics say destroyed two clinics."
    )
    said = stances(first_assault(rec))
    assert ("medics", "asserts") in said
    assert any(s in ("denies", "disputes") for _by, s in said)


def test_claims_said_in_a_statement_that_it_had_nothing_to_do_with_it_denies():
    (a,) = attributions_of(
        "Ebuka Nwosu, a spokesman for the separatist movement, said in a statement that his group had "
        "nothing to do with the killings."
    )
    assert (a.name, a.stance) == ("Ebuka Nwosu", "denies")


def test_claims_a_denial_naming_the_weapon_answers_the_attack_with_it():
    rec = _record(
        "Azerbaijani forces shelled the town of Martuni on Monday, the ethnic Armenian authorities said.\n"
        "Baku said it had acted after three of its soldiers were killed on Sunday when their truck hit "
        "landmines near the village of Taghavard, which it blamed on Armenian saboteurs.\n"
        "Armenia's defence ministry dismissed the accusation that Armenians had laid the mines as a "
        "fabrication."
    )
    mines = next(e for e in rec.events if "landmine" in e.weapons)
    assert ("Armenia's defence ministry", "denies") in stances(mines)


# -- a source's own figure, and the device told again --------------------------------------------


def test_claims_a_higher_toll_from_another_source_is_a_claim_on_the_attack():
    rec = _record(
        "Five villagers were killed and nine wounded on Friday when gunmen raided the village of Bakassi in "
        "northeastern Nigeria, local officials said.\n"
        "The U.N. humanitarian office gave a higher toll, saying eight villagers had died and 11 were hurt."
    )
    raid = first_assault(rec)
    assert "U.N. humanitarian office" in [c.by for c in raid.claims]
    assert raid.killed == 5
    assert rec.tolls == []


def test_claims_the_device_told_again_with_its_source_is_the_bomb():
    rec = _record(
        "A bomb tore through a market in the southern Thai town of Sungai Kolok on Saturday, killing two "
        "people, police said.\n"
        "The device went off at around 9 a.m. as traders set up their stalls, district police chief Colonel "
        "Somchai Rakdee said."
    )
    assert ("Somchai Rakdee", "asserts") in stances(first_assault(rec))
