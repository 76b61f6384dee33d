"""Web copy that sets each sentence apart: the town named a few sentences before is the act's scene.

New sentences composed for these rules (not copied from gold). A local story names the town once
("at the Browns' farmhouse in Louisburg, North Carolina") and the state in every other paragraph; the
act told three one-sentence paragraphs on ("set the farmhouse ablaze") happened in the town, not in the
state named most often. "set the farmhouse ablaze" / "set the cars alight" is arson, like "set fire to".
"""

from __future__ import annotations

import pytest

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str) -> Record:
    return process(Article.from_text(text, published="2024-05-04"))


def _story(act: str) -> str:
    return (
        "Neighbours woke to sirens and fire engines at the Browns' farmhouse in Louisburg, North Carolina, "
        "early on Friday.\n\n"
        "North Carolina fire officials said the blaze was set on purpose.\n\n"
        '"They were kind people," a neighbour said.\n\n'
        f"The sheriff said two men had broken in, {act} and driven off in the family's car.\n\n"
        "North Carolina police are searching for the car."
    )


@pytest.mark.parametrize("act", ["torched the farmhouse", "set the farmhouse ablaze"])
def test_an_act_told_a_few_short_paragraphs_after_the_town_is_placed_there(act: str) -> None:
    rec = _record(_story(act))
    assert [(e.category, e.mode, e.where.name if e.where else None) for e in rec.events] == [
        ("ASSAULT", "arson", "Louisburg")
    ]


def test_setting_a_church_alight_is_arson() -> None:
    rec = _record(
        "LAGOS (Wire) - Gunmen set a church alight in the village of Ungwan Rimi on Sunday, police said."
    )
    assert [(e.category, e.mode) for e in rec.events] == [("ASSAULT", "arson")]


def test_a_distance_led_sentence_moves_the_act_told_after_it_to_the_new_town() -> None:
    rec = _record(
        "The pair were reported missing on Friday by relatives in Dalton, Georgia.\n\n"
        "Their car was later spotted near the Tennessee line, a Georgia sheriff said, after two deputies "
        "were shot at.\n\n"
        "More than 150 miles to the north, two deputies from the town of Crossville, Tennessee, stopped the "
        "car on Interstate 40.\n\n"
        'The driver then "pulled a pistol and fired at both deputies," the sheriff said.'
    )
    shootings = [e.where.name if e.where else None for e in rec.events if e.category == "ASSAULT"]
    assert shootings == ["Crossville"]


def test_custody_a_joined_verb_tells_takes_the_subject_as_the_one_held() -> None:
    rec = _record(
        "SPRINGFIELD (Wire) - A gunman shot two people at a bar in Springfield on Friday, police said. The "
        "driver of the van ran into the woods and was taken into custody."
    )
    held = [e.target.name if e.target else None for e in rec.events if e.category == "COERCE"]
    assert held == ["driver"]
