"""Trigger senses: material and verbal acts beyond attacks, read from wire-style sentences.

A lemma may carry several senses (triggers.json): "seized the town" is territory taken, "seized 40
rifles" a seizure of arms; each sense is checked by its object, particles, context and mood. The
sentences are written for these tests (not copied from the gold set).
"""

from __future__ import annotations

import pytest

from frontwire.model import Article
from frontwire.pipeline import process


def _events(text: str, published: str = "2024-03-12"):
    rec = process(Article.from_text(text, published=published, language="en"))
    return [(e.category, e.mode) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        (
            "Iraqi police seized 40 rifles and 3,000 rounds of ammunition in a raid on a farm near Kirkuk "
            "on Tuesday, officials said.",
            "COERCE",
            "weapons seized",
        ),
        (
            "Two roadside bombs were found and defused on the highway outside Mosul on Wednesday, the army said.",
            "COERCE",
            "explosives found",
        ),
        (
            "Turkish coastguards have foiled an attempt to smuggle 60 migrants to the Greek island of Lesbos.",
            "COERCE",
            "thwarted",
        ),
        (
            "Turkish forces have set up a new military outpost in the village of Tal Tamr in northern Syria.",
            "MOBILIZE",
            "base established",
        ),
        (
            "The Yemeni government released 50 Houthi fighters in exchange for the release of 40 soldiers on Sunday.",
            "AGREE",
            "prisoner exchange",
        ),
        (
            "Gunmen have taken 12 passengers from a bus near Kaduna, police said on Monday.",
            "ASSAULT",
            "abduction",
        ),
        (
            "Dozens of shops were looted in the town of Kananga on Thursday, residents said.",
            "ASSAULT",
            "looting",
        ),
        (
            "Iraqi forces pushed Islamic State militants out of two villages south of Mosul on Monday.",
            "COERCE",
            "seize",
        ),
        (
            "Morocco cut diplomatic ties with Iran on Tuesday, accusing it of arming Polisario rebels.",
            "SANCTION",
            "diplomatic ties cut",
        ),
        (
            "The government called off peace talks with the rebels on Friday after the bombing.",
            "REJECT",
            "talks called off",
        ),
        (
            "President Ivan Duque asked Cuba on Friday to hand over the rebel negotiators.",
            "REQUEST",
            "appeal",
        ),
    ],
)
def test_engine_reads_material_and_verbal_acts_as_their_own_events(text, category, mode):
    events = _events(text)
    assert (category, mode) in events, events
    # the act is the event: the raid, the defused bombs, the bombing referred to are no extra attack
    assert all(c != "ASSAULT" for c, _m in events) or category == "ASSAULT", events


def test_engine_reads_a_hostage_taking_beside_the_storming():
    events = _events("Militants stormed a hotel in Mogadishu on Friday and took dozens of guests hostage.")
    assert ("ASSAULT", "abduction") in events


@pytest.mark.parametrize(
    "text",
    [
        "Iran's president warned on Sunday that those behind the attack on the parade in Ahvaz would pay a "
        "heavy price.",
        "The prime minister said on Monday that the country would take revenge for the killing of its soldiers.",
    ],
)
def test_engine_reads_threats_said_of_the_future(text):
    events = _events(text)
    assert [c for c, _m in events] == ["THREATEN"], events


def test_engine_reads_retaliation_already_done_as_no_threat():
    events = _events(
        "Militants fired rockets at the border town of Kilis on Sunday, drawing artillery fire in retaliation."
    )
    assert "THREATEN" not in [c for c, _m in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set fire to cars in the centre of Nantes on Saturday night.",
        "Police fired tear gas at demonstrators who threw stones at officers in Santiago on Friday.",
    ],
)
def test_engine_reads_riots_as_protests_not_attacks(text):
    events = _events(text)
    assert ("PROTEST", "riot") in events
    assert all(c != "ASSAULT" for c, _m in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of fans marched through Madrid on Saturday before the cup final at the stadium.",
        "The coach warned that his team would pay a heavy price if they lost the final.",
        "The band set up a new base in Berlin for its European tour.",
        "The record label released 30 new songs on Friday.",
        "Hamas released a statement on Sunday praising the deal.",
        "He took the children to school in Manchester on Tuesday.",
        "Customs officers seized two tonnes of cocaine at the port of Rotterdam on Tuesday.",
        "Apple called the ruling a mistake and said it would appeal.",
        "The sheriff's office is asking donors to stay away from the flooded roads this weekend.",
        "The search company will only be paid if it finds the jet or its black boxes.",
        "The company pushed rivals out of the market in Germany.",
        "Shares of the carmaker plunged on Monday after the regulator shot down the proposal, and investors "
        "will pay a heavy price, analysts said.",
    ],
)
def test_engine_new_senses_stay_silent_outside_conflict(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        (
            "The army on Monday released the mayor of Gao, a town held by militants until March, "
            "officials said.",
            "CONCEDE",
            "release",
        ),
        (
            "Gunmen took the district governor from his home near the front line on Sunday.",
            "ASSAULT",
            "abduction",
        ),
    ],
)
def test_senses_count_office_holders_as_the_people_an_act_is_done_to(text: str, category: str, mode: str):
    """A mayor, a governor, a minister or a commander is a person for the senses that need one (a
    release, an abduction, an execution), as much as 'a man' or 'officials' are."""
    assert (category, mode) in _events(text)
