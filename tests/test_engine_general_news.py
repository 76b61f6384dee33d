"""General news is not conflict: deaths without violence, court cases, road accidents and names
that look like weapons yield no attack. Sentences written for these tests in the forms news takes."""

from __future__ import annotations

import pytest

from frontwire.ingest import read_bytes
from frontwire.pipeline import process


def _assaults(text: str) -> list:
    article = next(iter(read_bytes(text.encode(), source="news.txt")))
    return [e for e in process(article).events if e.category == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The driver died at the scene, and the road was closed for several hours.",
        "A woman was killed and five others were injured when a large tree fell on a wedding party.",
        "A four-year-old boy riding a scooter was hit by a car and killed on Sunday afternoon.",
        "A 23-year-old man was charged with assault after a fight outside a bar, police said.",
        "Shell and Watson have been charged with escape after they fled the county jail.",
        "In 2017 alone, 37 patients died while on the waiting list for a kidney, the ministry said.",
    ],
)
def test_no_attack_in_general_news(text: str) -> None:
    assert _assaults(text) == []


def test_a_death_in_a_story_of_violence_is_still_counted() -> None:
    text = (
        "Gunmen attacked a police checkpoint in the north on Monday, officials said.\n\n"
        "Two people died later in hospital."
    )
    assert _assaults(text)


def test_no_attack_in_a_storm_story_that_counts_its_dead() -> None:
    text = (
        "A powerful storm battered the coast on Thursday, and flooding cut power to thousands of homes.\n\n"
        "A driver was killed when a tree fell on his car, and a fisherman died at sea, officials said."
    )
    assert _assaults(text) == []


def test_a_killing_by_armed_men_with_a_vague_count_is_still_an_attack() -> None:
    text = (
        "OUAGADOUGOU, Aug 26 (Atlas) - Jihadist fighters killed scores of villagers who were digging "
        "trenches around a town in central Burkina Faso on Saturday, residents said."
    )
    attacks = _assaults(text)
    assert len(attacks) == 1 and attacks[0].killed is None


def test_a_vague_count_of_deaths_from_illness_is_no_attack() -> None:
    assert (
        _assaults("Cholera killed scores of villagers in the region last month, health officials said.") == []
    )
