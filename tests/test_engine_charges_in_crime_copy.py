"""A charge in crime and court copy is the arrest it implies: 'A 24-year-old man was charged with
murder and will appear in court' tells that the state holds a suspect (ACLED Arrests), as 'was
arrested' does. Only charges of violence, weapons or terror: 'charged with fraud', 'charged with
breaching competition rules' are business and court news, no event. The act the charge names, when
the sentence tells it with its victim and place, stays an attack of its own.

New local-news and wire sentences composed for these rules (not copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Record
from reading import record

PUBLISHED = "2024-03-12"


def _arrests(text: str) -> list:
    return [e for e in record(text, PUBLISHED).events if e.category == "COERCE" and e.mode == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "LEEDS - A man has been charged with murder after a woman was found dead at a house in Leeds. "
        "Daniel Price, 34, will appear before Leeds Magistrates' Court on Tuesday, West Yorkshire Police said.",
        "DENVER (AP) - Prosecutors on Friday charged a 17-year-old boy with attempted murder in the shooting "
        "of a classmate at a suburban high school, police said.",
        "CHICAGO - A man was stabbed to death in River North early Sunday. A 29-year-old woman was charged "
        "with first-degree murder, police said Monday.",
        "MANCHESTER - Two men were charged on Monday with firearms offences after officers stopped a car in "
        "Moss Side.",
    ],
)
def test_a_charge_of_violence_is_an_arrest(text: str) -> None:
    assert len(_arrests(text)) == 1


def test_the_charged_suspect_is_the_target_and_prosecutors_the_doer() -> None:
    arrest = _arrests(
        "DENVER (AP) - Prosecutors on Friday charged a 17-year-old boy with attempted murder in the shooting "
        "of a classmate at a suburban high school, police said."
    )[0]
    assert arrest.actor is not None and "Prosecutors" in arrest.actor.name
    assert arrest.target is not None and "boy" in arrest.target.name


def test_the_shooting_a_charge_names_with_its_victim_is_still_an_attack() -> None:
    rec = record(
        "DENVER (AP) - A 17-year-old boy was charged Friday with attempted murder in the shooting of a "
        "classmate at a suburban high school. He is being held without bail.",
        PUBLISHED,
    )
    assert [e.mode for e in rec.events if e.category == "ASSAULT"] == ["shooting"]


def test_a_suspect_arrested_and_charged_on_the_same_day_is_one_arrest() -> None:
    text = (
        "SPRINGFIELD, Ill. - A man was shot and killed outside a bar early Sunday. Police arrested John "
        "Hale, 31, on Monday, and he was charged with first-degree murder, the county prosecutor said."
    )
    assert len(_arrests(text)) == 1


def test_a_charge_that_leads_the_story_and_the_arrest_told_after_it_are_one_arrest_as_told() -> None:
    text = (
        "CHICAGO - A South Side man has been charged with murder in the stabbing of a bartender in River "
        "North last month, according to Chicago police. Marcus Reed, 41, was arrested on Wednesday after "
        "witnesses identified him, police said. Reed is charged with first-degree murder."
    )
    arrests = _arrests(text)
    assert len(arrests) == 1
    arrest = arrests[0]
    assert arrest.target is not None and arrest.target.name == "Marcus Reed"
    assert arrest.when is not None and arrest.when.text is not None and "Wednesday" in arrest.when.text
    # who told the charge blames the suspect for the stabbing; that is no claim on the arrest
    assert not any(c.by == "Chicago police" for c in arrest.claims)


def test_an_arrest_then_the_charge_of_the_same_man_is_one_arrest() -> None:
    text = (
        "COLUMBIA, Ky. - A Metcalfe County man is arrested after a shooting on a county road. "
        "Police say Wade Turner, 26, shot a man in the leg. He is charged with assault in the first degree."
    )
    assert len(_arrests(text)) == 1


def test_a_charge_the_day_after_the_arrest_is_the_same_custody() -> None:
    text = (
        "DENVER (AP) - Police arrested a 17-year-old boy on Thursday after a classmate was shot at a suburban "
        "high school. He was charged Friday with attempted murder."
    )
    arrests = _arrests(text)
    assert len(arrests) == 1
    assert arrests[0].when is not None and arrests[0].when.date == "2024-03-07"


def test_the_charge_s_sentence_tells_more_of_the_act_charged() -> None:
    rec = record(
        "CHICAGO - Marcus Reed, 41, was arrested on Wednesday after a bartender was stabbed to death in River "
        "North on March 3, police said. Reed has been charged with murder in the stabbing, according to "
        "Chicago police.",
        PUBLISHED,
    )
    stabbing = next(e for e in rec.events if e.category == "ASSAULT")
    assert any("charged with murder" in ev.text for ev in stabbing.evidence)
    assert len(_arrests_of(rec)) == 1


def _arrests_of(rec: Record) -> list:
    return [e for e in rec.events if e.category == "COERCE" and e.mode == "arrest"]


def test_two_people_named_apart_stay_two_arrests() -> None:
    text = (
        "SPRINGFIELD, Ill. - A man was shot and killed outside a bar early Sunday. Police arrested John "
        "Hale, 31, on Monday. Maria Ortiz, 28, was charged with murder on Monday as well."
    )
    assert len(_arrests(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - The former chief executive was charged with fraud on Monday and will appear in court next month.",
        "LONDON - Shares in the retailer fell 5 percent after it was charged with breaching competition rules.",
        "LONDON - The new commissioner was charged with reforming the agency's accounts on Monday.",
        "LONDON - The winger charged down the left and crossed for the equaliser.",
    ],
)
def test_charges_of_no_violence_are_no_arrest(text: str) -> None:
    assert _arrests(text) == []
