"""Rallies and street protests told in the words news uses for them ('rallied outside the consulate',
'took to the streets of Beirut'), and deals told by the verb that makes them ('reached a deal to
exchange prisoners', 'signed a peace agreement') -- with the look-alikes that stay no events (fans
taking to the streets to celebrate a title, a firm reaching a deal to buy a rival).

New wire-style sentences composed for these rules (not copied from gold), coded by the ontology: a
peaceful march or rally is PROTEST (Peaceful protest), a deal agreed in war copy AGREE.
"""

from __future__ import annotations

import pytest

from reading import record

PUBLISHED = "2024-03-12"
WAR_LEAD = (
    "ALEPPO, March 12 (Wire) - Government forces bombarded the besieged east of the city on Monday, "
    "killing 30 people, a monitor said. "
)
SANAA_LEAD = "SANAA, March 12 (Wire) - Saudi-led air strikes killed 12 people in northern Yemen on Monday. "


def _acts(text: str, lead: str = WAR_LEAD) -> list[tuple[str, str | None]]:
    return [(e.category, e.mode) for e in record(lead + text, PUBLISHED).events if e.category != "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # the -ied / -ies forms of 'rally' were never read (the candidate filter knew only 'rally')
        "In Istanbul, hundreds of people rallied outside the Russian consulate on Tuesday.",
        "Hundreds of people rallied in Kyiv on Tuesday in solidarity with the besieged city.",
        "Thousands of people took to the streets of Beirut on Tuesday to denounce the bombardment.",
        # a protest held on its day, with no town named ('staged' is lemmatised 'stag')
        "Activists staged a protest outside parliament on Tuesday.",
        "A peaceful protest took place in the town on Tuesday.",
        "Thousands of opponents of the military government gathered in Yangon on Sunday.",
    ],
)
def test_a_rally_or_street_protest_is_a_peaceful_protest(text: str) -> None:
    assert ("PROTEST", "demonstrate") in _acts(text)


def test_a_street_protest_that_denounces_the_told_bombardment_adds_no_second_bombardment() -> None:
    rec = record(
        WAR_LEAD
        + "Thousands of people took to the streets of Beirut on Tuesday to denounce the bombardment.",
        PUBLISHED,
    )
    assert len([e for e in rec.events if e.category == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The warring parties reached a deal on Tuesday to exchange hundreds of prisoners.",
        "Government and rebel negotiators signed a peace agreement in Doha on Tuesday.",
        "Yemen's government and the Houthis exchanged 100 prisoners of war on Saturday.",
    ],
)
def test_a_deal_made_in_war_copy_is_an_agreement(text: str) -> None:
    assert any(cat == "AGREE" for cat, _mode in _acts(text, SANAA_LEAD))


def test_the_deal_is_no_target_of_the_agreement() -> None:
    rec = record(
        SANAA_LEAD + "The warring parties reached a deal on Tuesday to exchange hundreds of prisoners.",
        PUBLISHED,
    )
    deal = next(e for e in rec.events if e.category == "AGREE")
    assert deal.target is None or "deal" not in deal.target.name


def test_a_ceasefire_agreement_signed_keeps_its_ceasefire_mode() -> None:
    assert ("AGREE", "ceasefire") in _acts(
        "The two sides signed a ceasefire agreement in Stockholm in December.", SANAA_LEAD
    )


@pytest.mark.parametrize(
    "text",
    [
        "MADRID - Thousands of fans took to the streets of Madrid on Sunday to celebrate the league title.",
        "CARACAS - Thousands of supporters took to the streets of Caracas on Sunday to celebrate the election "
        "victory.",
        "CARACAS - Thousands of people rallied in Caracas on Sunday to celebrate the carnival.",
        "CARACAS - Thousands of supporters gathered in Caracas on Sunday to celebrate the victory.",
        "LONDON - Crowds gathered on the bridges to watch the fireworks on New Year's Eve.",
        "LONDON - The drinks maker reached a deal on Tuesday to buy its smaller rival for $2 billion.",
        "LONDON - The striker signed a new agreement with the club on Friday.",
        "LONDON - Shares rallied on Tuesday after the central bank held interest rates.",
        "MOSCOW - The foreign ministry lodged a formal protest with the Estonian ambassador on Tuesday.",
        "ANKARA - Thousands of supporters rallied behind the president in Ankara on Sunday.",
        "ANKARA - Turkey signed a deal on Tuesday to buy Russian S-400 missiles.",
        "LONDON - The couple exchanged vows at a castle in Scotland on Saturday.",
    ],
)
def test_look_alikes_are_no_protest_and_no_deal(text: str) -> None:
    assert record(text, PUBLISHED).events == []


GAZA_LEAD = "GAZA, March 12 (Wire) - Israeli air strikes killed 20 people in Gaza on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "The rebels pulled out of the ceasefire on Saturday.",
        "Hamas withdrew from the truce on Saturday.",
    ],
)
def test_a_side_leaving_a_truce_is_a_collapsed_ceasefire(text: str) -> None:
    truce = next(e for e in record(GAZA_LEAD + text, PUBLISHED).events if e.category == "AGREE")
    assert truce.mode == "ceasefire" and truce.status == "collapsed"


def test_an_agreement_to_end_the_fighting_neither_collapses_nor_tells_a_clash() -> None:
    rec = record(GAZA_LEAD + "The two sides signed an agreement on Sunday to end the fighting.", PUBLISHED)
    deal = next(e for e in rec.events if e.category == "AGREE")
    assert deal.status != "collapsed"
    assert [e.mode for e in rec.events if e.category == "ASSAULT"] == ["air strike"]
