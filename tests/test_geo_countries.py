"""country_code: names, short forms and demonyms to ISO3 (used for actors, targets, claimants)."""

from __future__ import annotations

import pytest

from frontwire.geo.countries import country_code


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
