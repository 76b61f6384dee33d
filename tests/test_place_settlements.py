"""Settlements the gazetteer lacks, or holds only abroad, keep the name and country the text states.

Sentences are composed for these tests (wire-style, real village names the offline gazetteer does
not hold: Barsalogho and Yirgou in Burkina Faso, Robotyne in Ukraine, Muidumbe in Mozambique; Kuru
in Nigeria, which it holds only as a town in Finland).
"""

from __future__ import annotations

import re

import pytest

from frontwire.contract import validate
from frontwire.geo import Geocoder, Mention
from frontwire.model import Article


def _mentions(body: str, names: list[str]) -> list[Mention]:
    out = []
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", body):
            out.append(Mention(name, m.start(), m.end(), "GPE"))
    return sorted(out, key=lambda m: m.start)


def _resolve(geocoder: Geocoder, body: str, names: list[str]) -> dict[str, object]:
    ms = _mentions(body, names)
    res = geocoder.resolve_article(body, ms)
    return {m.text: res.get((m.start, m.end)) for m in ms}


def test_village_in_named_country_is_kept_without_coordinates(geocoder: Geocoder) -> None:
    body = (
        "Suspected jihadists killed at least 35 civilians in an attack on the village of Barsalogho "
        "in north-central Burkina Faso on Sunday, the regional governor said."
    )
    got = _resolve(geocoder, body, ["Barsalogho", "Burkina Faso"])
    p = got["Barsalogho"]
    assert p is not None
    assert (p.name, p.country, p.precision) == ("Barsalogho", "BFA", "point")
    assert p.lat is None and p.lon is None and p.geonameid is None


def test_namesake_abroad_yields_to_the_stated_country(geocoder: Geocoder) -> None:
    # Kuru is a Nigerian town the gazetteer lacks; its Kuru is in Finland
    body = "Gunmen stormed the town of Kuru in Nigeria's Plateau state overnight, killing 12 people, police said."
    got = _resolve(geocoder, body, ["Kuru", "Nigeria", "Plateau"])
    p = got["Kuru"]
    assert p is not None and (p.name, p.country) == ("Kuru", "NGA")
    assert p.lat is None


def test_country_name_that_is_also_a_town_is_a_hard_container(geocoder: Geocoder) -> None:
    # "Mozambique" is also a town (in Mozambique and in Mexico): the name still states the country
    body = (
        "Insurgents overran the district town of Muidumbe in northern Mozambique on Saturday, residents said."
    )
    got = _resolve(geocoder, body, ["Muidumbe", "Mozambique"])
    p = got["Muidumbe"]
    assert p is not None and (p.name, p.country, p.lat) == ("Muidumbe", "MOZ", None)


def test_container_division_gives_admin1(geocoder: Geocoder) -> None:
    body = (
        "Ukrainian troops said they had retaken the village of Robotyne in the Zaporizhzhia region on Monday."
    )
    got = _resolve(geocoder, body, ["Robotyne", "Zaporizhzhia"])
    p = got["Robotyne"]
    assert p is not None and p.country == "UKR" and p.admin1 and "Zapor" in p.admin1


def test_demonym_before_the_noun_states_the_country(geocoder: Geocoder) -> None:
    body = "Residents of the Burkinabe village of Yirgou buried 13 victims of the raid on Tuesday."
    got = _resolve(geocoder, body, ["Yirgou"])
    p = got["Yirgou"]
    assert p is not None and (p.name, p.country) == ("Yirgou", "BFA")


def test_story_country_when_the_phrase_states_none(geocoder: Geocoder) -> None:
    body = (
        "Burkina Faso's army said on Friday it had repelled an attack near Kaya, in the north of the "
        "country.\n\n"
        "In a separate attack, gunmen killed eight people in the village of Yirgou, a local official said."
    )
    got = _resolve(geocoder, body, ["Burkina Faso", "Kaya", "Yirgou"])
    p = got["Yirgou"]
    assert p is not None and (p.name, p.country, p.admin1) == ("Yirgou", "BFA", None)
    # one mention is no clear main country
    body = "Burkina Faso's army said on Friday that gunmen killed eight people in the village of Yirgou."
    assert _resolve(geocoder, body, ["Burkina Faso", "Yirgou"])["Yirgou"] is None


def test_little_known_namesake_abroad_yields_to_the_story_country(geocoder: Geocoder) -> None:
    # Medina resolves to a Brazilian district; the story is about Somalia and never names Brazil
    body = (
        "MOGADISHU - A suicide bomber struck a restaurant in Mogadishu on Friday, Somali police said.\n\n"
        "Hours later a car bomb exploded in the Medina district, killing three people. Security has "
        "been tightened across Mogadishu since."
    )
    p = _resolve(geocoder, body, ["Mogadishu", "Somali", "Medina"])["Medina"]
    assert p is not None and (p.name, p.country, p.precision, p.lat) == ("Medina", "SOM", "district", None)
    # a place known the world over keeps its reading
    body = "KYIV - Ukraine's president flew to Kyiv after talks in Kharkiv, then on to the city of Cannes."
    p = _resolve(geocoder, body, ["Kyiv", "Ukraine", "Kharkiv", "Cannes"])["Cannes"]
    assert p is not None and p.country == "FRA"


def test_no_country_anywhere_leaves_the_name_unresolved(geocoder: Geocoder) -> None:
    body = "Gunmen killed eight people in the village of Yirgou, a local official said."
    assert _resolve(geocoder, body, ["Yirgou"])["Yirgou"] is None


def test_a_town_resolved_in_the_stated_country_keeps_its_coordinates(geocoder: Geocoder) -> None:
    body = "Militants attacked the town of Kaya in Burkina Faso on Monday."
    p = _resolve(geocoder, body, ["Kaya", "Burkina Faso"])["Kaya"]
    assert p is not None and p.country == "BFA" and p.lat is not None


def test_clause_between_name_and_country_is_no_container(geocoder: Geocoder) -> None:
    # "where Nigerian troops ..." is about the troops, not where Yirgou is
    body = (
        "Burkina Faso's army said on Friday it had repelled an attack near Kaya.\n\n"
        "Gunmen raided the village of Yirgou, where Nigerian troops had been deployed, on Monday."
    )
    p = _resolve(geocoder, body, ["Burkina Faso", "Kaya", "Yirgou", "Nigerian"])["Yirgou"]
    assert p is not None and p.country == "BFA"
    # a demonym alone does not make a story's country
    body = "Gunmen raided the village of Yirgou, where Nigerian troops had been deployed, on Monday."
    assert _resolve(geocoder, body, ["Yirgou", "Nigerian"])["Yirgou"] is None


def test_untagged_settlement_names_become_mentions(geocoder: Geocoder) -> None:
    body = "Soldiers fought militants in the city of Marawi and near the village of Barsalogho on Tuesday."
    found = geocoder.resolver.settlement_mentions(body, [])
    assert [m.text for m in found] == ["Marawi", "Barsalogho"]
    # a weekday or a name already tagged is not added again
    tagged = [Mention("Marawi", body.index("Marawi"), body.index("Marawi") + 6, "GPE")]
    assert [m.text for m in geocoder.resolver.settlement_mentions(body, tagged)] == ["Barsalogho"]
    assert geocoder.resolver.settlement_mentions("in the city of Monday", []) == []


def test_the_container_of_a_place_is_not_the_event_place(geocoder: Geocoder) -> None:
    body = "Air strikes hit the village of Barsalogho near Kaya in Burkina Faso on Friday, killing five."
    ms = _mentions(body, ["Barsalogho", "Kaya", "Burkina Faso"])
    res = geocoder.resolve_article(body, ms)
    p = geocoder.event_place(body, 0, len(body), res, ms)
    assert p is not None and p.name == "Barsalogho"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "OUAGADOUGOU (Wire) - Gunmen killed at least 35 civilians in a raid on the village of "
            "Barsalogho in north-central Burkina Faso on Sunday, the government said.\n\n"
            "The attackers set fire to homes and the market, residents said.",
            "Barsalogho",
            "BFA",
        ),
        (
            "ABUJA, May 3 (Wire) - Gunmen killed 12 people when they stormed the town of Kuru in "
            "Nigeria's Plateau state overnight, police said on Saturday.",
            "Kuru",
            "NGA",
        ),
    ],
)
def test_engine_records_the_stated_settlement(process, text: str, name: str, country: str) -> None:
    rec = process(Article.from_text(text, published="2024-05-04"))
    assert rec.events
    where = rec.events[0].where
    assert where is not None and (where.name, where.country, where.lat) == (name, country, None)
    validate(rec.to_dict())  # lat/lon null is within the contract


def test_region_the_gazetteer_lacks_keeps_its_stated_country(geocoder: Geocoder) -> None:
    body = (
        "Troops retook two villages in Middle Shabelle region [southern Somalia] on Friday, officials said."
    )
    p = _resolve(geocoder, body, ["Middle Shabelle", "Somalia"])["Middle Shabelle"]
    assert p is not None and (p.name, p.country, p.precision) == ("Middle Shabelle", "SOM", "region")
    # GeoNames spells it "Middle Shabele": the division's point, under the story's spelling
    assert p.admin1 == "Middle Shabele" and p.lat is not None


def test_places_a_province_spelled_otherwise_at_its_division(geocoder: Geocoder) -> None:
    body = "Iraqi officials said a roadside bomb killed four soldiers in Salahuddin province on Monday."
    p = _resolve(geocoder, body, ["Salahuddin"])["Salahuddin"]
    assert p is not None and (p.name, p.country, p.admin1) == ("Salahuddin", "IRQ", "Salah ad Din")
    assert p.lat is not None
    # a name introduced as a village is not matched to a division spelled like it
    body = "Gunmen killed four people in the village of Jawzjan in Afghanistan on Monday."
    q = _resolve(geocoder, body, ["Jawzjan", "Afghanistan"])["Jawzjan"]
    assert q is not None and (q.precision, q.lat) == ("point", None)


def test_battle_for_a_town_is_at_the_town(geocoder: Geocoder) -> None:
    body = "The battle for Bakhmut has raged since August, Ukrainian commanders said."
    ms = _mentions(body, ["Bakhmut", "Ukrainian"])
    res = geocoder.resolve_article(body, ms)
    p = geocoder.event_place(body, 0, len(body), res, ms)
    assert p is not None and (p.name, p.country) == ("Bakhmut", "UKR")


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Drones struck three Russian border towns overnight, the governor said.", "RUS"),
        ("Rebels and the army agreed a truce in several Syrian towns on Tuesday.", "SYR"),
    ],
)
def test_demonym_before_a_land_noun_places_the_event_in_the_country(
    geocoder: Geocoder, body: str, country: str
) -> None:
    demonym = body.split()[3] if "Russian" in body else "Syrian"
    ms = _mentions(body, [demonym])
    res = geocoder.resolve_article(body, ms)
    p = geocoder.event_place(body, 0, len(body), res, ms)
    assert p is not None and (p.country, p.precision) == (country, "country")


def test_demonym_before_people_is_still_no_place(geocoder: Geocoder) -> None:
    body = "Russian troops shelled the area overnight, the governor said."
    ms = _mentions(body, ["Russian"])
    res = geocoder.resolve_article(body, ms)
    assert geocoder.event_place(body, 0, len(body), res, ms) is None


def test_the_same_square_points_back_to_the_town(geocoder: Geocoder) -> None:
    body = (
        "A car bomb exploded near a bus station in Kabul on Monday, police said.\n\n"
        "A suicide bomber struck the same square in 2019, killing 14 people."
    )
    ms = _mentions(body, ["Kabul"])
    res = geocoder.resolve_article(body, ms)
    start = body.index("A suicide")
    p = geocoder.event_place(body, start, len(body), res, ms)
    assert p is not None and p.name == "Kabul" and p.text == "the same square"


def test_owner_on_the_noun_beats_a_later_country(geocoder: Geocoder) -> None:
    body = (
        "Two people fell ill in the English city of Salisbury on Sunday in an attack London blamed on "
        "Russia, while Moscow denied any role."
    )
    p = _resolve(geocoder, body, ["Salisbury", "London", "Russia", "Moscow"])["Salisbury"]
    assert p is not None and p.country == "GBR" and p.lat is not None
    # a name after the settlement not joined to it by "in", "near", a comma... is no container
    body = "Gunmen raided the village of Yirgou on Sunday in an attack Mali blamed on rebels."
    assert _resolve(geocoder, body, ["Yirgou", "Mali"])["Yirgou"] is None


def test_places_an_introduced_town_in_the_story_country_not_a_namesake_in_a_country_it_never_names(
    geocoder: Geocoder,
) -> None:
    # Moura is in central Mali; the gazetteer holds only Moura, Portugal (known by ten names)
    body = (
        "BAMAKO (Atlas) - Malian troops executed men in the central town of Moura last month, a rights "
        "group said. The army said it had arrested 51 others in Moura, in the Mopti region, and in "
        "Djenne."
    )
    got = _resolve(geocoder, body, ["BAMAKO", "Moura", "Mopti", "Djenne"])
    assert got["Moura"] is not None and got["Moura"].country == "MLI"


def test_places_a_place_beside_a_named_country_over_a_far_division_of_its_name(geocoder: Geocoder) -> None:
    body = "Israeli strikes hit Gaza on Saturday, killing 12 people, medics said."
    got = _resolve(geocoder, body, ["Gaza"])
    assert got["Gaza"] is not None and got["Gaza"].country == "PSE"


def test_places_the_name_after_the_noun_not_the_word_that_describes_it(geocoder: Geocoder) -> None:
    body = "A rocket hit a football pitch in the Druze town of Majdal Shams in the Golan Heights on Saturday."
    got = _resolve(geocoder, body, ["Majdal Shams", "Golan Heights"])
    assert got["Majdal Shams"] is not None and got["Majdal Shams"].name == "Majdal Shams"
    ms = geocoder.settlement_mentions(body, _mentions(body, ["Golan Heights"]))
    assert [m.text for m in ms] == ["Majdal Shams"]


def test_places_keep_an_arabic_article_inside_a_village_name(geocoder: Geocoder) -> None:
    body = "Paramilitaries attacked the village of Wad al-Noura in Sudan's Gezira state on Wednesday."
    ms = geocoder.settlement_mentions(body, _mentions(body, ["Sudan"]))
    assert [m.text for m in ms] == ["Wad al-Noura"]


def test_places_a_town_named_after_a_country_is_not_that_country(geocoder: Geocoder) -> None:
    body = "A truck bomb exploded at a military base in Puerto Jordan, in Colombia's Arauca province."
    got = _resolve(geocoder, body, ["Puerto Jordan", "Colombia", "Arauca"])
    assert got["Puerto Jordan"] is None or got["Puerto Jordan"].country == "COL"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Afghan officials say Taliban fighters have attacked a checkpoint in the northern province of "
            "Jawzjan, killing 12 security force members.",
            "Jawzjan",
            "AFG",
        ),
        (
            "Security forces in Ethiopia's Benishangul regional state have killed 42 suspected rebels, an "
            "Ethiopian official said on Tuesday.",
            "Benishangul",
            "ETH",
        ),
    ],
)
def test_places_a_division_the_gazetteer_lacks_in_the_one_country_a_snippet_names(
    process, text: str, name: str, country: str
) -> None:
    rec = process(Article.from_text(text, published="2024-05-04"))
    where = rec.events[0].where
    assert where is not None and (where.name, where.country, where.precision) == (name, country, "region")


def test_places_no_village_in_the_one_country_a_snippet_names_by_its_officials(process) -> None:
    # officials of one country speak of strikes abroad: a village is not put in their country
    text = (
        "U.S. officials said a drone strike killed eight militants in the village of Jilib Dheere on Tuesday."
    )
    rec = process(Article.from_text(text, published="2024-05-04"))
    assert rec.events[0].where is None


def test_places_the_division_named_after_the_town_of_it_as_a_division(geocoder: Geocoder) -> None:
    # "the main town of the Orakzai district": the noun right after the name is the name's own
    body = (
        "PESHAWAR - A bomb exploded at a market in Kalaya, the main town of the Orakzai district, on "
        "Friday, killing 25 people, Pakistani police said. Orakzai borders Afghanistan."
    )
    got = _resolve(geocoder, body, ["Kalaya", "Orakzai"])
    p = got["Orakzai"]
    assert p is not None and (p.name, p.country, p.precision) == ("Orakzai", "PAK", "district")
