"""The event-type classifier on hand-written sentences: non-events get no violent label, and each major
event type is recognised in plain wire language (sentences written for these tests, not taken from
any corpus, so they check generalisation rather than memory)."""

from __future__ import annotations

import pytest

from frontwire.nlp.classify import NONE_LABEL, TypeDecision, classify, classify_many, default_classifier

# Labels that describe physical violence (PLOVER ASSAULT or ACLED violent types).
VIOLENT = {
    "ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "SUIC_BOMB", "REM_EXPLOS", "GRENADE", "CHEM_WEAP",
    "ATTACK", "SEX_VIOL", "ABDUCT_DISSAP", "FORCE_AGAINST_PROTEST", "MOB_VIOL", "VIOL_DEMONSTR",
    "PROPERTY_DISTRUCT", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
}

NON_EVENTS = [
    # sport
    "Liverpool attacked from the first whistle and Salah shot past the goalkeeper to win the match 2-0.",
    "The Lakers crushed the Celtics 120-98 as James fired in 40 points in the season opener.",
    "Djokovic battled back from a set down to beat his opponent in the semi-final of the tournament.",
    "The striker was on fire, scoring twice as his team stormed to the top of the league table.",
    # markets
    "Shares plunged 8 percent on Monday as investors dumped bank stocks and the index hit a two-year low.",
    "Oil prices were hammered after the OPEC meeting, while the dollar rallied against the euro.",
    "Tech stocks were killed in the sell-off as bond yields surged and the Nasdaq tumbled.",
    # weather
    "Sunny spells are expected on Tuesday with a light breeze and temperatures around 22 degrees.",
    "Forecasters say the weekend will be mild and dry across most of the country.",
    # metaphors and politics
    "The opposition leader attacked the budget as a betrayal of working families.",
    "Senators shot down the proposal to raise the retirement age.",
    "The comedian killed it on stage at the festival on Saturday night.",
    "Critics blasted the new policy, saying the plan would hurt small farmers.",
    "The minister fought off questions about the tax reform during a heated press conference.",
    "The committee will vote on the bill next week, the speaker said.",
]


@pytest.fixture(scope="module")
def non_event_decisions() -> list[TypeDecision]:
    default_classifier()
    return classify_many(NON_EVENTS)


@pytest.mark.parametrize("index", range(len(NON_EVENTS)))
def test_non_events_get_no_violent_label(non_event_decisions: list[TypeDecision], index: int) -> None:
    decision = non_event_decisions[index]
    assert decision.label not in VIOLENT, f"{NON_EVENTS[index]!r} -> {decision}"
    assert decision.plover != "ASSAULT", f"{NON_EVENTS[index]!r} -> {decision}"


POSITIVES: dict[str, list[str]] = {
    "AIR_STRIKE": [
        "Russian warplanes bombed a market in Idlib province on Sunday, killing at least 12 civilians.",
        "A drone strike on a car near Mogadishu killed two senior al-Shabab commanders, officials said.",
        "Israeli jets struck targets in the Gaza Strip overnight, the military said.",
    ],
    "ART_MISS_ATTACK": [
        "Artillery shells slammed into residential areas of Donetsk on Tuesday, wounding five people.",
        "Militants fired a barrage of rockets at the airport, damaging a runway.",
        "Two mortar rounds landed near the parliament building in the capital.",
    ],
    "SUIC_BOMB": [
        "A suicide bomber blew himself up at a checkpoint in Kabul, killing seven policemen.",
        "Two suicide bombers struck a crowded market in Maiduguri on Friday.",
    ],
    "REM_EXPLOS": [
        "A roadside bomb hit an army convoy in Helmand, killing three soldiers.",
        "Four children were wounded when a landmine exploded near their school.",
        "A car bomb exploded outside a police station in Diyarbakir.",
    ],
    "GRENADE": [
        "Unknown attackers hurled a grenade into a bar in Bujumbura, wounding nine people.",
        "A grenade attack on a bus station in Srinagar injured 15 civilians.",
    ],
    "CHEM_WEAP": [
        "Dozens of people suffered breathing problems after a suspected chlorine attack on the town.",
        "Inspectors concluded that sarin had been used in the attack on the rebel-held village.",
    ],
    "SEX_VIOL": [
        "Soldiers raped at least ten women during the raid on the village, a rights group said.",
        "Police charged two men with the sexual assault of a teenager in the capital.",
    ],
    "ABDUCT_DISSAP": [
        "Gunmen kidnapped 30 schoolchildren from a boarding school in Zamfara state.",
        "Three aid workers were abducted by armed men on the road to Gao.",
    ],
    "ARREST": [
        "Police arrested 14 opposition activists in the capital on Thursday.",
        "Security forces detained a senior journalist at his home overnight.",
    ],
    "PEACE_PROTEST": [
        "Thousands of teachers marched through the capital on Saturday to demand higher wages.",
        "Hundreds of people staged a peaceful protest outside the parliament against the new mining law.",
    ],
    "PROTEST_WITH_INTER": [
        "Police fired tear gas and water cannon to disperse protesters in the city centre.",
    ],
    "FORCE_AGAINST_PROTEST": [
        "Security forces opened fire on protesters in Khartoum, killing at least nine demonstrators.",
    ],
    "VIOL_DEMONSTR": [
        "Rioters torched cars and threw stones at police during the protest in the port city.",
    ],
    "MOB_VIOL": [
        "An angry mob lynched a man accused of stealing a motorcycle, police said.",
    ],
    "AGREEMENT": [
        "The warring parties agreed a ceasefire that will take effect at midnight.",
        "The government and the rebels signed a peace agreement in Juba on Monday.",
    ],
    "ARMED_CLASH": [
        "Heavy fighting broke out between government troops and rebels near the border town.",
        "Soldiers clashed with militants in the mountains, leaving six fighters dead.",
    ],
    "ATTACK": [
        "Gunmen opened fire on worshippers at a mosque, killing 11 people.",
        "Bandits attacked a village in Katsina state and killed 20 villagers.",
    ],
    "GOV_REGAINS_TERIT": [
        "Government forces recaptured the town of Palmyra from Islamic State militants on Sunday.",
    ],
    "NON_STATE_ACTOR_OVERTAKES_TER": [
        "Taliban fighters seized control of the district centre after days of fighting.",
    ],
    "NON_VIOL_TERRIT_TRANSFER": [
        "The army withdrew from the base and handed it over to local militias without a fight.",
    ],
    "DISR_WEAP": [
        "Police seized 40 rifles and 5,000 rounds of ammunition in a raid on a warehouse.",
        "Army engineers defused a bomb found under a bridge on the main highway.",
    ],
    "HQ_ESTABLISHED": [
        "Turkish troops set up a new military base near the town of Bashiqa.",
    ],
    "CHANGE_TO_GROUP_ACT": [
        "Dozens of soldiers defected to the rebel side, the group said.",
        "The army deployed reinforcements to the northern region ahead of the elections.",
    ],
    "PROPERTY_DISTRUCT": [
        "Hundreds of shops were looted and set on fire in the township overnight.",
    ],
    "ORG_CRIME": [
        "Police dismantled a drug trafficking ring and seized 300 kilograms of cocaine.",
        "Customs officers arrested three men suspected of smuggling migrants across the border.",
    ],
    "NATURAL_DISASTER": [
        "A magnitude 6.8 earthquake struck the region, killing at least 40 people.",
        "Floods and landslides triggered by monsoon rains killed dozens of villagers.",
    ],
    "MAN_MADE_DISASTER": [
        "A fire broke out at a chemical factory, killing eight workers.",
        "A passenger train derailed near the station, injuring 30 people.",
    ],
    "DIPLO": [
        "The United States imposed new sanctions on five senior officials over the crackdown.",
        "The foreign ministry expelled two diplomats and gave them 48 hours to leave the country.",
    ],
    "ATTRIB": [
        "Islamic State claimed responsibility for the bombing in a statement on its Amaq news agency.",
        "The government blamed the opposition for the violence, an accusation the party denied.",
    ],
}

POSITIVE_CASES = [(label, text) for label, texts in POSITIVES.items() for text in texts]


@pytest.fixture(scope="module")
def positive_decisions() -> list[TypeDecision]:
    return classify_many([text for _, text in POSITIVE_CASES])


@pytest.mark.parametrize("index", range(len(POSITIVE_CASES)), ids=[lab for lab, _ in POSITIVE_CASES])
def test_hand_written_event_gets_its_label(positive_decisions: list[TypeDecision], index: int) -> None:
    label, text = POSITIVE_CASES[index]
    decision = positive_decisions[index]
    assert decision.label == label, f"{text!r} -> {decision}"


def test_decision_carries_mapping_and_trigger_span() -> None:
    text = "A roadside bomb hit an army convoy in Helmand, killing three soldiers."
    decision = classify(text)
    assert decision.label == "REM_EXPLOS"
    assert decision.plover == "ASSAULT"
    assert decision.acled_event_type == "Explosions/Remote violence"
    assert decision.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert decision.trigger is not None
    start, end = decision.trigger
    assert "bomb" in text[start:end]


def test_negated_and_hypothetical_attacks_are_not_events() -> None:
    negated = classify("The army said it did not shell the village and had not fired a single rocket.")
    assert negated.label == NONE_LABEL or negated.score < classify(
        "The army shelled the village and fired rockets at it."
    ).score


def test_span_input_types_one_sentence_of_a_larger_doc() -> None:
    """The engine passes a sentence Span of its own Doc; the trigger offsets are relative to it."""
    clf = default_classifier()
    doc = clf.nlp("The weather was calm on Monday. Warplanes bombed the village of Kafr Nabl at dawn.")
    first, second = list(doc.sents)
    assert classify(first.text, first).label == NONE_LABEL
    decision = classify(second.text, second)
    assert decision.label == "AIR_STRIKE"
    assert decision.trigger is not None
    assert second.text[decision.trigger[0] : decision.trigger[1]].lower().startswith(("warplane", "bomb"))
