"""Shots fired into the air are a warning, not an attack on people.

New sentences composed for this rule (not copied from gold). "Police fired into the air to push them
back" after a protest aims at no one: no ASSAULT. Fire with another aim told beside the air ("into the air
and then into the crowd") or any ordinary aim ("fired on a convoy") is still an attack. A rally someone
"broke up" by such shots took place: it is a PROTEST.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str, published: str = "2024-05-12") -> Record:
    return process(Article.from_text(text, published=published))


def _categories(rec: Record) -> list[str]:
    return [e.category for e in rec.events]


def test_firing_into_the_air_to_push_a_crowd_back_is_no_attack() -> None:
    rec = _record(
        "TUNIS, May 12 (Wire) - Several hundred students gathered outside the parliament building in Tunis "
        "on Saturday to protest against the new education law. Riot police fired into the air to "
        "drive them back."
    )
    assert "ASSAULT" not in _categories(rec)
    assert "PROTEST" in _categories(rec)


def test_warning_shots_over_a_crowd_are_no_attack() -> None:
    rec = _record(
        "DHAKA, May 12 (Wire) - Soldiers fired warning shots into the sky as a crowd of garment workers "
        "blocked a highway outside Dhaka on Saturday, witnesses said."
    )
    assert "ASSAULT" not in _categories(rec)


def test_fire_into_the_air_and_then_into_the_crowd_is_an_attack() -> None:
    rec = _record(
        "KHARTOUM, May 12 (Wire) - Troops fired into the air and then into the crowd outside the army "
        "headquarters in Khartoum on Saturday, killing four protesters, doctors said."
    )
    assert "ASSAULT" in _categories(rec)


def test_fire_on_a_convoy_is_still_an_attack() -> None:
    rec = _record(
        "MOGADISHU, May 12 (Wire) - Militants fired on an army convoy near the town of Afgoye on Saturday, "
        "a police officer said."
    )
    assert "ASSAULT" in _categories(rec)


def test_a_rally_broken_up_by_shots_in_the_air_is_a_protest() -> None:
    rec = _record(
        "HERAT, May 12 (Wire) - On Saturday about forty teachers walked through the old city demanding "
        "unpaid wages before armed guards broke up the rally by firing into the air, residents said."
    )
    assert _categories(rec) == ["PROTEST"]
