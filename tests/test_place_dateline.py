"""A bureau dateline is no scene: a story filed from a city abroad places nothing there by default."""

from __future__ import annotations

from frontwire.model import Article

BUREAU = (
    "BANGKOK, March 3 (Wire) - Myanmar troops killed at least 11 villagers in a raid in the Sagaing "
    "region on Tuesday, residents and opposition groups said.\n\n"
    "Separately, a landmine killed three soldiers on Wednesday, an opposition group said.\n\n"
    "Myanmar's military has fought armed opponents across the country since the coup. Diplomats in "
    "Bangkok said regional envoys would meet next week to discuss the crisis in Myanmar."
)

HOME = (
    "MOGADISHU, May 5 (Wire) - A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing "
    "seven people, police said.\n\n"
    "Separately, a roadside bomb killed two soldiers on Monday, an officer said.\n\n"
    "The city has been hit by repeated attacks this year. Residents of Mogadishu said security had "
    "been tightened."
)


def test_bureau_city_abroad_is_not_the_fallback_place(process) -> None:
    rec = process(Article.from_text(BUREAU, published="2024-03-06"))
    landmine = next(e for e in rec.events if e.killed == 3)
    assert landmine.where is None or landmine.where.country == "MMR"
    assert landmine.target is None or landmine.target.country != "THA"


def test_dateline_city_in_the_story_country_still_counts(process) -> None:
    rec = process(Article.from_text(HOME, published="2024-05-06"))
    second = next(e for e in rec.events if e.killed == 2)
    assert second.where is not None and second.where.name == "Mogadishu"
