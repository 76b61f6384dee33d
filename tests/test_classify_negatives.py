"""The event-type classifier on hand-written sentences: non-events get no violent label, and each major
event type is recognised in plain wire language (sentences written for these tests, not taken from
any corpus, so they check generalisation rather than memory)."""

from __future__ import annotations

import pytest

from frontwire.nlp.classify import NONE_LABEL, TypeDecision, classify, classify_many, default_classifier

# Labels that describe physical violence (PLOVER ASSAULT or ACLED violent types).
VIOLENT = {
    "ARMED_CLASH",
    "AIR_STRIKE",
    "ART_MISS_ATTACK",
    "SUIC_BOMB",
    "REM_EXPLOS",
    "GRENADE",
    "CHEM_WEAP",
    "ATTACK",
    "SEX_VIOL",
    "ABDUCT_DISSAP",
    "FORCE_AGAINST_PROTEST",
    "MOB_VIOL",
    "VIOL_DEMONSTR",
    "PROPERTY_DISTRUCT",
    "GOV_REGAINS_TERIT",
    "NON_STATE_ACTOR_OVERTAKES_TER",
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
    assert (
        negated.label == NONE_LABEL
        or negated.score < classify("The army shelled the village and fired rockets at it.").score
    )


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


# A second, wider set of sentences written for these tests: other conflicts, regions and phrasings.
MORE_NON_EVENTS = [
    "The finance minister will present the budget to parliament on Wednesday.",
    "Manchester United beat Chelsea 3-1 in a thrilling derby at Old Trafford.",
    "The central bank raised interest rates by half a point.",
    "Heavy rain is forecast for the weekend across the north.",
    "The film's star attacked critics who had panned the movie.",
    "Tesla shares were hammered after the company missed earnings forecasts.",
    "The governor's plan was torpedoed by a rebellion in her own party.",
    "The team's defence collapsed in the second half as they lost 4-0.",
    "Stocks rallied on hopes of a trade deal between Washington and Beijing.",
    "The senator blasted the administration's handling of the economy.",
    "The company will launch its new smartphone next month.",
    "She shot to fame after her debut album topped the charts.",
    "The prime minister's coalition is under fire over the pension reform.",
    "Temperatures will drop sharply on Thursday with snow possible on high ground.",
    "The chess champion crushed his rival in just 25 moves.",
    "The bank said profits were hit by the weak pound.",
    "Apple's shares surged after the launch of the new iPhone.",
    "The mayor vowed to fight corruption in the city council.",
    "The documentary explores the history of the Cold War.",
    "Voters will go to the polls on Sunday in the first round of the presidential election.",
    "The opposition party won a majority in the regional election.",
    "The striker broke his leg in training and will miss the World Cup.",
    "The government unveiled a plan to fight inflation.",
    "The ministry announced new measures to boost tourism in the region.",
    "The film bombed at the box office despite strong reviews.",
    "The actor stormed off the stage after a heckler interrupted him.",
    "The club fired its coach after a run of five defeats.",
    "The minister faced a barrage of criticism over the delays.",
    "The company launched a campaign to recruit engineers.",
    "She captured the title with a stunning final round.",
    "The party seized the initiative after the debate.",
    "The app has been a killer feature for the company.",
    "Investors were shell-shocked by the sudden collapse of the currency.",
    "The bill was gunned down in the senate committee.",
    "Prices exploded as demand outstripped supply.",
    "The band's new album is a blast from the past.",
    "Ticket sales for the concert went through the roof.",
    "The startup raised $40 million in a funding round led by a venture capital firm.",
    "The president will travel to Brazil next week.",
    "The striker fired his side into the lead with a header in the 30th minute.",
    "Apple shot down rumours of a new product launch.",
    "The two teams clashed in a fiery derby on Sunday.",
    "The government targeted inflation with higher interest rates.",
    "Parliament passed the budget after a marathon session.",
    "The senator attacked her rival's record on healthcare during the debate.",
    "The chef killed it at the cooking competition.",
    "Markets crashed after the central bank announcement.",
    "The museum will host an exhibition on the history of the war.",
    "Exports rose 5 percent in the third quarter.",
    "The virus of populism is spreading across Europe, the commentator wrote.",
]

MORE_POSITIVES = [
    (
        "AIR_STRIKE",
        "Coalition aircraft carried out strikes on Houthi positions near Sanaa, killing 14 fighters.",
    ),
    ("AIR_STRIKE", "A US strike in eastern Syria killed a senior Islamic State leader, the Pentagon said."),
    ("AIR_STRIKE", "Helicopter gunships pounded rebel hideouts in the hills overnight."),
    ("AIR_STRIKE", "Ukrainian drones hit an oil depot in Bryansk region."),
    ("ART_MISS_ATTACK", "Russian forces shelled Kharkiv overnight, killing three civilians."),
    ("ART_MISS_ATTACK", "Hamas fired more than 100 rockets toward southern Israel."),
    ("ART_MISS_ATTACK", "A ballistic missile struck the city centre of Dnipro."),
    ("ART_MISS_ATTACK", "Pakistani and Indian troops exchanged artillery fire across the Line of Control."),
    ("SUIC_BOMB", "A bomber wearing an explosive vest detonated himself among worshippers."),
    ("REM_EXPLOS", "An explosive device went off under a minibus in Kabul, killing four passengers."),
    ("REM_EXPLOS", "A bomb planted on a motorcycle exploded near a market in Quetta."),
    ("REM_EXPLOS", "Three soldiers were killed when their vehicle struck an improvised explosive device."),
    ("GRENADE", "Assailants lobbed a hand grenade at a police patrol, wounding two officers."),
    ("CHEM_WEAP", "Victims showed symptoms consistent with exposure to a nerve agent after the attack."),
    ("ATTACK", "A man stabbed three people at a train station before police shot him."),
    ("ATTACK", "Gunmen shot dead a local councillor outside his home in Tamaulipas."),
    ("ATTACK", "Suspected herdsmen killed 17 villagers in an overnight raid on a farming community."),
    ("ATTACK", "Militants executed 12 civilians they accused of spying for the army."),
    ("ARMED_CLASH", "Government troops and RSF fighters battled for control of the airport."),
    ("ARMED_CLASH", "Two soldiers and five militants were killed in a gunfight in Kupwara."),
    ("ARMED_CLASH", "Insurgents ambushed an army patrol near the border, killing four soldiers."),
    ("ARMED_CLASH", "Rebels attacked a military base in North Kivu, sparking hours of fighting."),
    ("ABDUCT_DISSAP", "Armed men seized 20 passengers from a bus and took them into the forest."),
    ("ARREST", "Authorities rounded up dozens of suspected militants in dawn raids."),
    ("ARREST", "The journalist was taken into custody at the airport."),
    ("PEACE_PROTEST", "Hundreds of farmers blocked a motorway with tractors in protest at the new tax."),
    ("PEACE_PROTEST", "Students held a sit-in at the university to demand the dean's resignation."),
    ("PROTEST_WITH_INTER", "Police used batons to break up a demonstration and detained 40 people."),
    (
        "FORCE_AGAINST_PROTEST",
        "Troops shot dead five protesters when they fired live ammunition into the crowd.",
    ),
    ("VIOL_DEMONSTR", "Demonstrators hurled petrol bombs at police and set barricades on fire."),
    ("MOB_VIOL", "Villagers beat to death two men suspected of cattle theft."),
    ("AGREEMENT", "Both sides agreed to a three-day truce to allow aid deliveries."),
    ("AGREEMENT", "The two countries signed a deal to exchange prisoners of war."),
    ("DIPLO", "Germany summoned the Iranian ambassador over the execution of a dual national."),
    ("DIPLO", "The president met his Chinese counterpart in Beijing for talks on trade and security."),
    ("ATTRIB", "The army denied involvement in the killing of the three activists."),
    ("ATTRIB", "Al-Qaeda's Yemen branch said it was behind the attack on the naval base."),
    ("GOV_REGAINS_TERIT", "The army retook the town of Bakhmut after heavy fighting, the ministry said."),
    (
        "NON_STATE_ACTOR_OVERTAKES_TER",
        "Jihadists overran an army base in central Mali and took control of the town.",
    ),
    (
        "NON_VIOL_TERRIT_TRANSFER",
        "Russian troops pulled out of the city, which was then taken over by Ukrainian forces "
        "without a fight.",
    ),
    ("DISR_WEAP", "Customs officers intercepted a shipment of assault rifles hidden in a container."),
    ("DISR_WEAP", "Air defences shot down two drones over the capital."),
    ("HQ_ESTABLISHED", "The militia established a new headquarters in the town hall."),
    ("CHANGE_TO_GROUP_ACT", "The government sent 2,000 troops to the restive province."),
    ("PROPERTY_DISTRUCT", "Attackers burned down dozens of homes in the village."),
    ("ORG_CRIME", "Police arrested a gang of armed robbers who had been targeting banks."),
    ("ORG_CRIME", "Members of a drug cartel shot dead two police officers in Sinaloa."),
    ("NATURAL_DISASTER", "Cyclone Idai killed more than 600 people in Mozambique."),
    ("NATURAL_DISASTER", "The cholera outbreak has killed 40 people in the camps."),
    ("MAN_MADE_DISASTER", "At least 30 people died when a bus plunged into a ravine."),
    ("MAN_MADE_DISASTER", "A blaze tore through a garment factory, killing 19 workers."),
    ("MAN_MADE_DISASTER", "A ferry capsized on the lake, leaving dozens missing."),
    ("AIR_STRIKE", "Saudi-led coalition jets hit a wedding party in Hajjah province, killing 20 guests."),
    ("AIR_STRIKE", "The Israeli air force targeted a weapons depot near Damascus airport."),
    ("AIR_STRIKE", "Bombs dropped by a military aircraft destroyed a school in Shan State."),
    ("AIR_STRIKE", "An unmanned aerial vehicle fired two missiles at a car carrying militants."),
    (
        "ART_MISS_ATTACK",
        "Separatist forces pounded government positions with heavy artillery throughout the night.",
    ),
    ("ART_MISS_ATTACK", "Houthi rebels launched a missile at the Saudi city of Jizan."),
    (
        "ART_MISS_ATTACK",
        "Several shells landed in a residential neighbourhood, wounding a woman and her son.",
    ),
    ("ART_MISS_ATTACK", "Rockets hit the Green Zone in Baghdad near the US embassy."),
    ("SUIC_BOMB", "A suicide car bomber rammed his vehicle into a military checkpoint."),
    ("SUIC_BOMB", "A female attacker detonated her suicide vest at a mosque."),
    ("REM_EXPLOS", "A bomb exploded at a bus stop in Jerusalem, wounding 12 people."),
    ("REM_EXPLOS", "An IED blast killed two policemen in Sinai on Monday."),
    ("REM_EXPLOS", "Twin blasts ripped through a crowded market in Baghdad."),
    ("GRENADE", "Militants threw a grenade at a security forces bunker in Srinagar."),
    ("CHEM_WEAP", "Witnesses said helicopters dropped barrels filled with chlorine on the town."),
    ("SEX_VIOL", "UN investigators documented widespread sexual violence against women by the soldiers."),
    ("ATTACK", "Suspected jihadists killed 15 villagers in an attack on a village in northern Burkina Faso."),
    ("ATTACK", "A gunman opened fire in a supermarket, killing ten shoppers."),
    ("ATTACK", "Unknown assailants assassinated a prominent human rights lawyer in Kabul."),
    ("ARMED_CLASH", "Fierce battles raged between the army and the Arakan Army in Rakhine state."),
    ("ARMED_CLASH", "Security forces killed eight militants in an exchange of fire in North Waziristan."),
    (
        "ARMED_CLASH",
        "Al-Shabab fighters stormed a military base, triggering a gun battle with Somali troops.",
    ),
    ("ARREST", "Turkish police detained 22 people suspected of links to the Gulen movement."),
    ("ARREST", "Authorities arrested the opposition leader on charges of treason."),
    ("ABDUCT_DISSAP", "Boko Haram fighters abducted more than 100 schoolgirls from their dormitory."),
    ("PEACE_PROTEST", "Tens of thousands rallied in the capital to demand the president's resignation."),
    ("PEACE_PROTEST", "Nurses went on strike across the country over pay and working conditions."),
    ("PROTEST_WITH_INTER", "Riot police arrested dozens of protesters at the unauthorised rally in Moscow."),
    ("FORCE_AGAINST_PROTEST", "Soldiers killed at least 38 protesters on the bloodiest day since the coup."),
    ("VIOL_DEMONSTR", "Protesters set fire to the parliament building and clashed with riot police."),
    ("MOB_VIOL", "A mob torched a police station after a man died in custody."),
    ("AGREEMENT", "The government and the ELN rebels reached a ceasefire agreement in Havana."),
    ("AGREEMENT", "Hundreds of fighters surrendered to the army under an amnesty deal."),
    ("DIPLO", "The EU announced fresh sanctions against Belarusian officials."),
    ("DIPLO", "Russia recalled its ambassador from Washington for consultations."),
    ("ATTRIB", "The Taliban claimed the attack on the police headquarters."),
    ("ATTRIB", "Officials blamed Hezbollah for the bombing, which the group denied."),
    ("GOV_REGAINS_TERIT", "Iraqi forces liberated the old city of Mosul from Islamic State."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "M23 rebels captured the town of Bunagana near the Ugandan border."),
    ("NON_VIOL_TERRIT_TRANSFER", "French troops handed over their last base in Mali to the Malian army."),
    ("DISR_WEAP", "Soldiers discovered a large cache of explosives and detonators in a cave."),
    ("DISR_WEAP", "Bomb disposal experts defused an unexploded shell found in a field."),
    ("HQ_ESTABLISHED", "Wagner mercenaries have set up a base at the airport in Timbuktu."),
    ("CHANGE_TO_GROUP_ACT", "Several militia commanders defected to the government along with their men."),
    ("PROPERTY_DISTRUCT", "Militiamen looted and burned the market in the town."),
    ("ORG_CRIME", "Mexican police seized two tonnes of methamphetamine in a raid on a cartel laboratory."),
    ("ORG_CRIME", "A gang of bank robbers stole $2 million from a cash van."),
    ("NATURAL_DISASTER", "A powerful earthquake flattened buildings in the coastal town."),
    ("NATURAL_DISASTER", "Flash floods swept through the valley, killing at least 25 people."),
    ("MAN_MADE_DISASTER", "A gas explosion destroyed an apartment block, killing six residents."),
    ("MAN_MADE_DISASTER", "Two trains collided head-on near the city, killing 40 passengers."),
    ("ARMED_CLASH", "Two terrorists were killed in an encounter with security forces in Shopian district."),
    ("ARMED_CLASH", "Maoists and CRPF personnel exchanged fire in the forests of Sukma."),
    ("ARMED_CLASH", "The army said its troops repulsed an attack by Boko Haram on a base in Borno."),
    ("ATTACK", "Fulani militants killed 30 people in attacks on three villages in Plateau state."),
    ("ATTACK", "Unidentified gunmen killed a journalist in Veracruz on Tuesday."),
    ("ATTACK", "Security forces killed six unarmed civilians at a checkpoint, witnesses said."),
    ("ABDUCT_DISSAP", "Pirates kidnapped 15 crew members from a tanker off the coast of Benin."),
    ("ARREST", "The National Investigation Agency arrested a suspected militant in Srinagar."),
    ("ARREST", "Bangladesh police picked up 12 opposition activists ahead of the rally."),
    (
        "PEACE_PROTEST",
        "Hundreds of villagers staged a dharna outside the collectorate demanding compensation.",
    ),
    ("PEACE_PROTEST", "Opposition supporters marched to the electoral commission to demand a recount."),
    ("VIOL_DEMONSTR", "Angry protesters pelted stones at police vehicles and blocked the highway."),
    ("VIOL_DEMONSTR", "Rioting broke out in the town after the killing of a local youth."),
    ("PROTEST_WITH_INTER", "Police lathi-charged protesters to disperse the crowd outside the assembly."),
    ("FORCE_AGAINST_PROTEST", "Police fired live rounds at demonstrators, killing two students."),
    ("MOB_VIOL", "A mob attacked a mosque and set fire to several Muslim homes."),
    ("PROPERTY_DISTRUCT", "Unknown persons vandalised the statue and damaged the temple."),
    ("ORG_CRIME", "The Border Security Force seized 5 kg of heroin near the border."),
    ("ORG_CRIME", "Police busted a fake currency racket and arrested four men."),
    ("ORG_CRIME", "Gang members shot dead a shopkeeper who refused to pay extortion money."),
    ("DISR_WEAP", "Security forces recovered two AK-47 rifles and grenades from the hideout."),
    ("DISR_WEAP", "A bomb disposal squad defused an IED planted on the highway."),
    ("NATURAL_DISASTER", "Lightning strikes killed 23 people across Bihar on Thursday."),
    ("NATURAL_DISASTER", "The death toll from the coronavirus rose to 150 as new infections were reported."),
    ("MAN_MADE_DISASTER", "A boat carrying migrants sank off the Libyan coast, leaving 60 people dead."),
    ("MAN_MADE_DISASTER", "Twelve people died after drinking spurious liquor in Punjab."),
    ("MAN_MADE_DISASTER", "A fire in a hospital ICU killed ten newborn babies."),
    ("CHANGE_TO_GROUP_ACT", "The Islamic State named a new leader after the death of Abu Bakr al-Baghdadi."),
    ("CHANGE_TO_GROUP_ACT", "Thousands of reservists were called up as tensions rose on the border."),
    ("HQ_ESTABLISHED", "The rebels established a command centre in the captured town."),
    ("GOV_REGAINS_TERIT", "Troops drove the militants out of the village after a day-long battle."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "The Houthis took control of Sanaa after government forces collapsed."),
    ("NON_VIOL_TERRIT_TRANSFER", "The militants vacated the town and handed it to tribal elders."),
    ("AGREEMENT", "Israel and Hamas agreed to an Egyptian-brokered truce on Friday."),
    ("AGREEMENT", "The junta and the armed groups signed a peace deal in Algiers."),
    ("DIPLO", "Pakistan cut diplomatic ties with the country and expelled its envoy."),
    ("DIPLO", "Washington slapped sanctions on three Iranian oil firms."),
    ("ATTRIB", "Kyiv blamed Moscow for the strike on the shopping centre."),
    ("ATTRIB", "No group has claimed responsibility for the bombing, but officials suspect the Taliban."),
    ("OTHER", "Thousands of families fled their homes as fighting approached the city."),
    ("OTHER", "Investigators exhumed a mass grave containing 40 bodies near the village."),
    ("SUIC_BOMB", "A teenage suicide bomber killed 20 people at a wedding in Kabul."),
    ("CHEM_WEAP", "The OPCW found that chlorine gas was used in an attack on Douma."),
    ("GRENADE", "A grenade thrown by unidentified men exploded near a school in Bujumbura."),
    ("REM_EXPLOS", "A landmine blast killed four children playing in a field."),
    ("AIR_STRIKE", "An Israeli airstrike on a house in Gaza City killed a family of seven."),
    ("ART_MISS_ATTACK", "Shelling by government forces killed five civilians in Idlib."),
    ("ARMED_CLASH", "Heavy clashes erupted between Kurdish forces and Turkish-backed factions near Manbij."),
    ("ARMED_CLASH", "Government forces repelled a militant assault on the town of Palma."),
    ("ARMED_CLASH", "At least 20 insurgents were killed when troops raided their hideout."),
    ("ATTACK", "Militiamen shot dead seven farmers working in their fields in Ituri."),
    ("ATTACK", "ADF rebels killed 25 civilians with machetes in a night attack near Beni."),
    ("ATTACK", "An unknown attacker fired on a minibus carrying pilgrims, killing four."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Islamist insurgents seized the port town of Mocimboa da Praia."),
    (
        "NON_STATE_ACTOR_OVERTAKES_TER",
        "The rebels took over the district headquarters after security forces fled.",
    ),
    ("GOV_REGAINS_TERIT", "Ethiopian federal forces retook the town of Shire from Tigrayan fighters."),
    ("GOV_REGAINS_TERIT", "The Syrian army regained control of the Damascus-Aleppo highway."),
    ("PEACE_PROTEST", "Thousands of women marched in Buenos Aires to demand legal abortion."),
    ("PEACE_PROTEST", "Residents held a candlelight vigil for the victims of the shooting."),
    ("PROTEST_WITH_INTER", "Police broke up a sit-in by opposition supporters and detained its leaders."),
    ("REM_EXPLOS", "A bomb hidden in a motorcycle went off near a police checkpoint."),
    ("REM_EXPLOS", "Two soldiers were killed when their patrol hit a mine in Kidal."),
    ("MOB_VIOL", "Residents lynched a suspected thief in a market in Port Harcourt."),
    ("PROPERTY_DISTRUCT", "Gunmen set fire to a school and several government offices in the town."),
    ("HQ_ESTABLISHED", "Russian forces established a new airbase near Qamishli."),
    ("CHANGE_TO_GROUP_ACT", "The militant group split into two factions after a leadership dispute."),
    ("ABDUCT_DISSAP", "Gunmen abducted a Catholic priest from his parish in Kaduna."),
    ("SEX_VIOL", "Fighters gang-raped women and girls during the offensive, survivors said."),
    ("ORG_CRIME", "Authorities dismantled a human trafficking network operating between Libya and Italy."),
    ("DIPLO", "France summoned the Turkish ambassador after the incident in the Mediterranean."),
    ("AGREEMENT", "The rival factions signed a power-sharing agreement in Addis Ababa."),
    ("ATTRIB", "The Pentagon said Iran was responsible for the drone attack on the tanker."),
    ("MAN_MADE_DISASTER", "A dam burst after heavy pumping, flooding three villages downstream."),
    ("NATURAL_DISASTER", "A 7.1-magnitude quake struck off the coast of Sumatra."),
    ("DISR_WEAP", "Police found a car packed with explosives near the stadium and evacuated the area."),
    ("PEACE_PROTEST", "Hundreds of lawyers boycotted the courts to protest the arrest of a colleague."),
    ("PEACE_PROTEST", "Pensioners gathered outside the ministry to demand the payment of arrears."),
    (
        "PEACE_PROTEST",
        "Several thousand people took to the streets of Tbilisi against the foreign agents bill.",
    ),
    ("PROTEST_WITH_INTER", "Police dispersed a rally of opposition supporters with tear gas in Kinshasa."),
    ("PROTEST_WITH_INTER", "Dozens of demonstrators were detained as police broke up an unauthorised march."),
    (
        "PROTEST_WITH_INTER",
        "Riot police used water cannon against farmers protesting outside the EU headquarters.",
    ),
    ("FORCE_AGAINST_PROTEST", "Security forces shot dead 12 demonstrators during protests against the coup."),
    (
        "FORCE_AGAINST_PROTEST",
        "Police beat peaceful protesters with batons, leaving dozens seriously injured.",
    ),
    ("VIOL_DEMONSTR", "Protesters stormed the parliament and set parts of the building on fire."),
    ("VIOL_DEMONSTR", "Demonstrators threw rocks at police, who responded with tear gas."),
    (
        "VIOL_DEMONSTR",
        "Youths burned tyres and blocked roads in protest at the killing of a motorcycle taxi driver.",
    ),
    ("MOB_VIOL", "A crowd stoned a woman accused of witchcraft to death in the village."),
    ("GOV_REGAINS_TERIT", "Somali troops backed by AU forces recaptured the town from al-Shabab."),
    ("GOV_REGAINS_TERIT", "The town was retaken by the army after three days of fighting."),
    ("GOV_REGAINS_TERIT", "Government troops freed the villages from rebel control."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "The rebels said they had captured the strategic town of Goma."),
    (
        "NON_STATE_ACTOR_OVERTAKES_TER",
        "Houthi forces took control of the district after fierce fighting with government troops.",
    ),
    ("NON_VIOL_TERRIT_TRANSFER", "Government forces withdrew from the town, which rebels entered unopposed."),
    ("ARMED_CLASH", "The army said it had killed 30 rebels in fighting in the north."),
    (
        "ARMED_CLASH",
        "Militants attacked a police station with rifles and rocket-propelled grenades, sparking a "
        "firefight.",
    ),
    ("ATTACK", "Armed men burst into a church during Sunday mass and opened fire on the congregation."),
    ("ATTACK", "Jihadists executed eight villagers accused of collaborating with the army."),
]


@pytest.fixture(scope="module")
def more_decisions() -> list[TypeDecision]:
    return classify_many(MORE_NON_EVENTS + [text for _, text in MORE_POSITIVES])


@pytest.mark.parametrize("index", range(len(MORE_NON_EVENTS)))
def test_more_non_events_get_no_label(more_decisions: list[TypeDecision], index: int) -> None:
    decision = more_decisions[index]
    assert decision.label == NONE_LABEL, f"{MORE_NON_EVENTS[index]!r} -> {decision}"


@pytest.mark.parametrize("index", range(len(MORE_POSITIVES)), ids=[lab for lab, _ in MORE_POSITIVES])
def test_more_hand_written_events_get_their_label(more_decisions: list[TypeDecision], index: int) -> None:
    label, text = MORE_POSITIVES[index]
    decision = more_decisions[len(MORE_NON_EVENTS) + index]
    assert decision.label == label, f"{text!r} -> {decision}"
