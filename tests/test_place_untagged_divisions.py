"""Places the tagger missed: a division named before its noun ('a town in the Donetsk region', 'in
Zamfara State'), or a region after 'in' tagged as a person ('in Tigray'). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from frontwire.model import Article
from frontwire.pipeline import process


def _place(text: str):
    record = process(Article.from_text(text, published="2024-05-02"))
    (event,) = [e for e in record.events if e.category == "ASSAULT"]
    return event.where


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [
        (
            "Russian forces fired missiles at a town in the Donetsk region on Tuesday, killing three "
            "civilians, officials said.",
            "Donetsk",
            "UKR",
            "region",
        ),
        ("Gunmen killed four farmers in Zamfara State on Tuesday, police said.", "Zamfara", "NGA", "region"),
    ],
)
def test_an_untagged_name_before_a_division_noun_is_the_division(
    text: str, name: str, country: str, precision: str
) -> None:
    where = _place(text)
    assert where is not None
    assert (where.name, where.country, where.precision) == (name, country, precision)


def test_an_office_or_a_people_before_a_division_noun_is_no_division() -> None:
    where = _place("Gunmen attacked a checkpoint in the Kurdish region on Tuesday, killing three soldiers.")
    assert where is None or where.name != "Kurdish"


def test_names_the_tagger_took_for_a_law_and_a_person_are_placed() -> None:
    # the small model tags 'Adigrat' LAW and 'Tigray' PERSON here: the town shelled, in its region
    where = _place(
        "Eritrean troops shelled Adigrat in Tigray on Tuesday, killing 12 civilians, residents said."
    )
    assert where is not None and (where.name, where.country, where.admin1) == ("Ādīgrat", "ETH", "Tigray")


def test_a_region_the_tagger_took_for_a_person_after_in_is_placed() -> None:
    where = _place("Drone strikes hit a market in Tigray on Tuesday, killing 12 civilians, residents said.")
    assert where is not None and (where.name, where.country) == ("Tigray", "ETH")


def test_a_person_after_in_that_no_gazetteer_holds_is_no_place() -> None:
    where = _place("Gunmen shot dead two guards in Sunday's attack, said Abdullahi Farah in Mogadishu.")
    assert where is not None and where.name == "Mogadishu"


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Russian forces shelled Kherson on Monday, killing two people.", "Kherson", "UKR"),
        ("Russian forces shelled Mykolaiv on Monday, killing two people.", "Mykolayiv", "UKR"),
    ],
)
def test_a_town_a_foreign_force_shelled_is_placed_and_is_of_its_own_country(
    text: str, town: str, country: str
) -> None:
    # the small model tags these towns PERSON; the attacker's demonym is no guide to the town's side
    record = process(Article.from_text(text, published="2024-05-02"))
    (event,) = [e for e in record.events if e.category == "ASSAULT"]
    assert event.where is not None and (event.where.name, event.where.country) == (town, country)
    assert event.target is not None and event.target.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Israeli air strikes on Rafah killed 20 people on Tuesday, health officials said.", "PSE"),
        ("Turkish drones struck Qamishli on Tuesday, killing four Kurdish fighters.", "SYR"),
    ],
)
def test_a_town_an_attack_is_on_is_placed_in_its_own_country(text: str, country: str) -> None:
    record = process(Article.from_text(text, published="2024-05-02"))
    (event,) = [e for e in record.events if e.category == "ASSAULT"]
    assert event.where is not None and event.where.country == country
    assert event.target is not None and event.target.country == country
