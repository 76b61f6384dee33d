"""country_code: names, short forms and demonyms to ISO3 (used for actors, targets, claimants)."""

from __future__ import annotations

import pytest

from frontwire.geo.countries import country_code, country_in


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Armenia", "ARM"),
        ("Armenian", "ARM"),
        ("Azerbaijani", "AZE"),
        ("Azeri", "AZE"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States", "USA"),
        ("the United States", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("UK", "GBR"),
        ("British", "GBR"),
        ("Britain", "GBR"),
        ("Russian", "RUS"),
        ("Russia's", "RUS"),
        ("Syrian", "SYR"),
        ("Israeli", "ISR"),
        ("Palestinian", "PSE"),
        ("Ukrainian", "UKR"),
        ("Iran", "IRN"),
        ("South Korea", "KOR"),
        ("Türkiye", "TUR"),
        ("Turkish", "TUR"),
        ("DR Congo", "COD"),
    ],
)
def test_known_names_and_demonyms(text: str, iso3: str) -> None:
    assert country_code(text) == iso3


@pytest.mark.parametrize("text", ["Kurdish", "Arab", "Baku", "", "   ", "Hikmet Hajiyev"])
def test_no_single_country(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Russian aircraft", "RUS"),
        ("Yemeni Air Force", "YEM"),
        ("Myanmar's military", "MMR"),
        ("Turkish President Tayyip Erdogan", "TUR"),
        ("Armenian separatists backed by Yerevan", "ARM"),
        ("Washington", "USA"),
        ("Moscow", "RUS"),
        ("the U.S. State Department", "USA"),
        ("Kurdish-led Syrian Democratic Forces", "SYR"),
    ],
)
def test_country_in_a_phrase(text: str, iso3: str) -> None:
    from frontwire.geo.countries import country_in

    assert country_in(text) == iso3


@pytest.mark.parametrize(
    "text", ["Government air strikes", "Kurdish militants", "gunmen", "Islamic State", ""]
)
def test_country_in_a_phrase_without_one(text: str) -> None:
    from frontwire.geo.countries import country_in

    assert country_in(text) is None


def test_a_bare_congo_is_the_dr_congo_unless_the_text_points_to_brazzaville() -> None:
    assert country_code("Congo") == "COD"
    assert country_code("Congo", "M23 rebels advanced on Goma in North Kivu.") == "COD"
    assert country_code("Congo", "Police in Brazzaville said the vote in Congo was calm.") == "COG"
    # Cues for both: the one named more often wins, ties go to the default.
    assert country_code("Congo", "Refugees crossed from Kinshasa to Brazzaville.") == "COD"
    assert country_code("Republic of Congo") == "COG"
    assert country_code("Democratic Republic of the Congo") == "COD"


def test_country_in_settles_congo_by_context_too() -> None:
    assert country_in("Congo's army") == "COD"
    assert country_in("Congo's army", context="Sassou Nguesso's government in Brazzaville") == "COG"
