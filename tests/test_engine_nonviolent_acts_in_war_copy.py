"""Non-violent acts told in war copy: appeals, deployments, withdrawals, territory regained, apologies,
threats of a harsh response -- and where a denial of deaths belongs.

New wire-style sentences composed for these rules (not copied from gold). Each act is coded by the
ontology (REQUEST, MOBILIZE, RETREAT, COERCE seize, CONCEDE, THREATEN); words that only look like them
in ordinary news ("withdrew from the deal", "regained consciousness", "apologised for the delays", "the
swift response of the fire brigade") are no events.
"""

from __future__ import annotations

import pytest

from frontwire.model import Article, Record
from frontwire.pipeline import process

LEAD = "ADDIS ABABA, Jan 9 (Wire) - A drone strike killed 17 people at a camp in the town of Mai Tsebri on Friday, aid workers said. "


def _record(text: str, lead: str = LEAD) -> Record:
    return process(Article.from_text(lead + text, published="2022-01-09"))


def _acts(rec: Record) -> list[tuple[str, str | None]]:
    return [(e.category, e.mode) for e in rec.events if e.category != "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The U.N. children's agency said it was horrified by the reports. It urged all sides to protect schools.",
            ("REQUEST", "appeal"),
        ),
        (
            "Police and soldiers were sent to guard polling stations across the region.",
            ("MOBILIZE", "deploy"),
        ),
        (
            "Rebel fighters pushed to within 80 km of the capital before withdrawing to their strongholds last month.",
            ("RETREAT", "withdraw"),
        ),
        ("The army says it has regained most of the villages around the town.", ("COERCE", "seize")),
        ("Government troops regained control of the airport on Saturday.", ("COERCE", "seize")),
        (
            "The prime minister apologised to the victims' families for the killing of the villagers on Saturday.",
            ("CONCEDE", "apology"),
        ),
        (
            "The defence minister said the militants would face a crushing response.",
            ("THREATEN", "vow"),
        ),
        ("Insurgent fighters swept into the provincial capital of Shire on Saturday.", ("COERCE", "seize")),
        ("Rebel fighters took control of Shire on Saturday, residents said.", ("COERCE", "seize")),
        (
            "The government deployed troops and armoured vehicles to the border on Saturday.",
            ("MOBILIZE", "deploy"),
        ),
    ],
)
def test_the_act_told_in_war_copy_is_coded(text: str, act: tuple[str, str]) -> None:
    assert act in _acts(_record(text))


@pytest.mark.parametrize(
    "text",
    [
        "The telecoms company withdrew from the merger talks on Friday.",
        "The singer toured the region before withdrawing from public life.",
        "The injured driver regained consciousness in hospital on Saturday.",
        "The airline apologised for the delays at the airport.",
        "Residents praised the swift response of the fire brigade.",
        "The band was sent to the festival in a chartered bus.",
        "The ruling party swept into power in the 2018 election.",
        "The new software takes control of the car on motorways and changes lanes by itself.",
        "Snow ploughs and salt trucks have been deployed on the main roads of the capital.",
    ],
)
def test_ordinary_words_beside_war_copy_are_no_acts(text: str) -> None:
    assert _acts(_record(text)) == []


def test_the_leaders_harsh_response_is_his_threat_not_his_claim() -> None:
    rec = _record(
        '"Those behind this crime must know it will receive a harsh response," the regional president said '
        "in a statement."
    )
    threats = [e for e in rec.events if e.category == "THREATEN"]
    assert len(threats) == 1
    assert threats[0].actor is not None and threats[0].actor.name == "regional president"


def test_a_denial_of_deaths_answers_the_attack_not_the_territory_taken() -> None:
    rec = _record(
        "The army said it had regained most of the villages around the town. Military operations were "
        "continuing in the hills, it said. Army officials deny that civilians were killed in the bombardment.",
        lead="ADDIS ABABA, Jan 9 (Wire) - Government air strikes killed 17 people in the town of Mai Tsebri on "
        "Friday, residents said. ",
    )
    denials = [(e.category, c.stance) for e in rec.events for c in e.claims if c.stance != "asserts"]
    assert denials and all(category == "ASSAULT" for category, _stance in denials), denials


def test_an_attack_only_prepared_is_no_attack() -> None:
    rec = _record("The army said on Saturday it had moved its troops north to prepare a counter-attack.")
    assert [e for e in rec.events if e.category == "ASSAULT" and "counter" in e.evidence[0].text] == []


def test_a_war_that_broke_out_long_before_is_a_background_clash_between_its_sides() -> None:
    rec = _record("The war broke out in November 2020 between the federal government and the rebel front.")
    starts = [e for e in rec.events if e.when is not None and e.when.date == "2020-11-01"]
    assert len(starts) == 1
    war = starts[0]
    assert (war.category, war.when.precision) == ("ASSAULT", "month")
    assert war.actor is not None and war.actor.name == "federal government"
    assert war.target is not None and war.target.name == "rebel front"
    assert war.where is not None and war.where.country == "ETH"


def test_fighting_that_broke_out_this_week_is_the_news_not_a_war_start() -> None:
    rec = _record("Fighting broke out on Thursday between the army and the rebel front near the town.")
    thursday = [e for e in rec.events if e.when is not None and e.when.date == "2022-01-06"]
    assert len(thursday) == 1, [(e.mode, e.when) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        "The group was formed in the 1960s to fight for an independent homeland in the south.",
        "The militia was set up in 2015 to fight the insurgents and is paid by the state.",
    ],
)
def test_the_fight_a_group_was_formed_for_is_no_clash(text: str) -> None:
    rec = _record(text)
    assert [e.mode for e in rec.events if e.evidence[0].text.startswith("The ")] == []
