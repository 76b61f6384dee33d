"""Toponym resolution in context: the seed's Karabakh places, disputed names, countries, noise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontwire.geo import Geocoder, Mention
from frontwire.geo.resolve import haversine_km


def mentions_of(body: str, *names: str) -> list[Mention]:
    """Every occurrence of each name, as NER would hand them over (GPE spans)."""
    out = []
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", body):
            out.append(Mention(name, m.start(), m.end(), "GPE"))
    return sorted(out, key=lambda m: m.start)


def resolve(geocoder: Geocoder, body: str, *names: str):
    ms = mentions_of(body, *names)
    res = geocoder.resolve_article(body, ms)
    return {m.text: res.get((m.start, m.end)) for m in ms}


def test_seed_barda_region_is_the_azerbaijani_district(geocoder: Geocoder, seed_path: Path) -> None:
    body = seed_path.read_text(encoding="utf-8")
    got = resolve(geocoder, body, "Azerbaijan", "Armenia", "Barda", "Karabakh", "Martuni", "Yerevan")
    barda = got["Barda"]
    assert barda is not None and barda.country == "AZE" and barda.precision == "district"
    assert barda.name == "Barda" and barda.admin1 == "Barda"
    assert haversine_km(barda.lat, barda.lon, 40.37, 47.13) < 15


def test_seed_martuni_is_the_karabakh_district_not_the_armenian_towns(
    geocoder: Geocoder, seed_path: Path
) -> None:
    body = seed_path.read_text(encoding="utf-8")
    martuni = resolve(geocoder, body, "Azerbaijan", "Armenia", "Barda", "Karabakh", "Martuni")["Martuni"]
    assert martuni is not None and martuni.country == "AZE" and martuni.precision == "district"
    # Khojavend (Martuni) district seat, Karabakh; the Armenian Martunis are near Lake Sevan (~150 km away).
    assert haversine_km(martuni.lat, martuni.lon, 39.79, 47.11) < 30


def test_martuni_in_an_armenian_story_stays_in_armenia(geocoder: Geocoder) -> None:
    body = (
        "Protesters gathered in Martuni, a town on the shore of Lake Sevan in Armenia's Gegharkunik "
        "province, and in Yerevan on Sunday."
    )
    martuni = resolve(geocoder, body, "Martuni", "Armenia", "Gegharkunik", "Yerevan")["Martuni"]
    assert martuni is not None and martuni.country == "ARM"


def test_stepanakert_is_khankendi(geocoder: Geocoder) -> None:
    body = "Shelling hit Stepanakert overnight. Azerbaijan calls the city Khankendi."
    got = resolve(geocoder, body, "Stepanakert", "Khankendi", "Azerbaijan")
    assert got["Stepanakert"] is not None and got["Khankendi"] is not None
    assert got["Stepanakert"].country == "AZE"
    assert (
        haversine_km(
            got["Stepanakert"].lat, got["Stepanakert"].lon, got["Khankendi"].lat, got["Khankendi"].lon
        )
        < 5
    )


@pytest.mark.parametrize("name", ["Shusha", "Shushi", "Şuşa"])
def test_shusha_and_shushi_are_one_town(geocoder: Geocoder, name: str) -> None:
    body = f"Azerbaijani troops entered {name} in Nagorno-Karabakh, officials said."
    place = resolve(geocoder, body, name, "Nagorno-Karabakh")[name]
    assert place is not None and place.country == "AZE"
    assert haversine_km(place.lat, place.lon, 39.76, 46.75) < 10


def test_countries_resolve_to_themselves(geocoder: Geocoder) -> None:
    body = "Armenia and Azerbaijan traded fire; Turkey, Russia, Syria and Colombia's Armenia city reacted."
    got = resolve(geocoder, body, "Armenia", "Azerbaijan", "Turkey", "Russia", "Syria")
    for name, iso3 in [("Azerbaijan", "AZE"), ("Turkey", "TUR"), ("Russia", "RUS"), ("Syria", "SYR")]:
        assert got[name] is not None and got[name].country == iso3 and got[name].precision == "country"
    ms = mentions_of(body, "Armenia")
    res = geocoder.resolve_article(body, ms)
    assert res[(ms[0].start, ms[0].end)].precision == "country"


def test_a_building_named_after_a_country_is_not_the_country(geocoder: Geocoder) -> None:
    body = "The blast damaged the Hotel Azerbaijan in Ganja, Azerbaijan's second largest city."
    ms = [
        Mention(
            "Hotel Azerbaijan", body.index("Hotel"), body.index("Hotel") + len("Hotel Azerbaijan"), "FAC"
        ),
        *mentions_of(body, "Ganja"),
    ]
    res = geocoder.resolve_article(body, ms)
    hotel = res.get((ms[0].start, ms[0].end))
    assert hotel is None or hotel.precision != "country"
    ganja = res[(ms[1].start, ms[1].end)]
    assert ganja.country == "AZE" and ganja.precision == "point"


def test_an_unknown_name_leaves_the_others_resolved(geocoder: Geocoder) -> None:
    body = "Fighting spread from Qzxwvtorr to Barda and Tartar in Azerbaijan."
    got = resolve(geocoder, body, "Qzxwvtorr", "Barda", "Tartar", "Azerbaijan")
    assert got["Qzxwvtorr"] is None
    assert got["Barda"] is not None and got["Barda"].country == "AZE"
    assert got["Tartar"] is not None and got["Tartar"].country == "AZE"
    assert got["Azerbaijan"] is not None


def test_a_comma_container_picks_the_namesake_in_it(geocoder: Geocoder) -> None:
    body = "The storm reached Paris, Texas, on Monday."
    place = resolve(geocoder, body, "Paris", "Texas")["Paris"]
    assert place is not None and place.country == "USA"


def test_demonyms_resolve_to_their_country(geocoder: Geocoder) -> None:
    body = "Syrian and Turkish officials met."
    got = resolve(geocoder, body, "Syrian", "Turkish")
    assert got["Syrian"].country == "SYR" and got["Turkish"].country == "TUR"


def test_terter_and_tartar_are_one_town(geocoder: Geocoder) -> None:
    body = "Shells fell on Terter. Tartar is a district of Azerbaijan."
    got = resolve(geocoder, body, "Terter", "Tartar", "Azerbaijan")
    assert got["Terter"] is not None and got["Terter"].country == "AZE"
    assert haversine_km(got["Terter"].lat, got["Terter"].lon, got["Tartar"].lat, got["Tartar"].lon) < 10


def test_empty_input_is_empty(geocoder: Geocoder) -> None:
    assert geocoder.resolve_article("", []) == {}


def test_a_direction_word_keeps_the_country(geocoder: Geocoder) -> None:
    body = "Floods hit southern China and northern Syria this week."
    ms = [
        Mention(
            "southern China", body.index("southern"), body.index("southern") + len("southern China"), "LOC"
        ),
        Mention(
            "northern Syria", body.index("northern"), body.index("northern") + len("northern Syria"), "LOC"
        ),
    ]
    res = geocoder.resolve_article(body, ms)
    assert res[(ms[0].start, ms[0].end)].country == "CHN"
    assert res[(ms[1].start, ms[1].end)].country == "SYR"


def test_a_stated_country_rules_out_namesakes_elsewhere(geocoder: Geocoder) -> None:
    body = "Gunmen attacked the village of Solhan in northern Burkina Faso."
    got = resolve(geocoder, body, "Solhan", "Burkina Faso")
    assert got["Solhan"] is None or got["Solhan"].country == "BFA"
    assert got["Burkina Faso"].country == "BFA"


def test_the_town_of_a_country_name_is_a_town(geocoder: Geocoder) -> None:
    body = "The festival in the town of Turkey drew visitors from across Texas."
    place = resolve(geocoder, body, "Turkey", "Texas")["Turkey"]
    assert place is not None and place.country == "USA" and place.precision == "point"


def test_junk_mentions_do_not_break_resolution(geocoder: Geocoder) -> None:
    body = "Shells fell on Barda, — and on Tartar in the region's — district, Azerbaijan."
    dash = body.index("—")
    ms = [
        *mentions_of(body, "Barda", "Tartar", "Azerbaijan"),
        Mention("—", dash, dash + 1, "GPE"),
        Mention("x" * 500, 0, 5, "FAC"),
    ]
    res = geocoder.resolve_article(body, sorted(ms, key=lambda m: m.start))
    assert {p.country for p in res.values()} == {"AZE"}
    assert len(res) == 3


def test_a_list_of_places_is_not_read_as_a_place_and_its_container(geocoder: Geocoder) -> None:
    body = "After stops in Washington, New York and Boston, the crown prince flew to Houston."
    got = resolve(geocoder, body, "Washington", "New York", "Boston", "Houston")
    dc = got["Washington"]
    assert dc is not None and haversine_km(dc.lat, dc.lon, 38.895, -77.036) < 30


def test_a_seat_of_government_is_placed_in_its_capital(geocoder: Geocoder) -> None:
    body = "The White House said the Kremlin had not replied."
    got = resolve(geocoder, body, "White House", "Kremlin")
    assert (
        got["White House"].country == "USA"
        and haversine_km(got["White House"].lat, got["White House"].lon, 38.9, -77.04) < 10
    )
    assert got["Kremlin"].country == "RUS"


def test_a_state_abbreviation_is_not_a_town_that_folds_to_it(geocoder: Geocoder) -> None:
    body = "Wastewater in WA is diluted before it reaches the sea, the NSW agency said."
    got = resolve(geocoder, body, "WA", "NSW")
    assert got["WA"] is not None and got["WA"].country == "AUS" and got["WA"].precision == "region"
    assert got["NSW"] is not None and got["NSW"].name == "New South Wales"


def test_a_bare_direction_name_is_no_foreign_division(geocoder: Geocoder) -> None:
    body = "The prince wants to improve the kingdom's image in the West, officials in Riyadh said."
    got = resolve(geocoder, body, "West", "Riyadh")
    assert got["West"] is None
    assert got["Riyadh"] is not None and got["Riyadh"].country == "SAU"


def test_a_stateless_people_is_not_a_small_town_of_that_name(geocoder: Geocoder) -> None:
    body = "Arab leaders met in Cairo on Sunday."
    got = resolve(geocoder, body, "Arab", "Cairo")
    assert got["Arab"] is None or got["Arab"].country != "USA"
