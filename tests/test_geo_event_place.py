"""Event location: the place where the event happened, as a phrase with its span."""

from __future__ import annotations

import re
from pathlib import Path

from frontwire.geo import Geocoder, Mention
from frontwire.geo.resolve import haversine_km


def mentions_of(body: str, names: list[str]) -> list[Mention]:
    out = []
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", body):
            out.append(Mention(name, m.start(), m.end(), "GPE"))
    return sorted(out, key=lambda m: m.start)


def sentence_around(body: str, needle: str) -> tuple[int, int]:
    at = body.index(needle)
    start = max(body.rfind(". ", 0, at) + 2, body.rfind("\n", 0, at) + 1)
    end = body.find(".", at) + 1
    return start, end


SEED_NAMES = [
    "Azerbaijan",
    "Armenia",
    "Barda",
    "Karabakh",
    "Nagorno-Karabakh",
    "Martuni",
    "Washington",
    "Yerevan",
    "Russia",
    "Turkey",
]


def test_seed_barda_event_place(geocoder: Geocoder, seed_path: Path) -> None:
    body = seed_path.read_text(encoding="utf-8")
    ms = mentions_of(body, SEED_NAMES)
    res = geocoder.resolve_article(body, ms)
    s, e = sentence_around(body, "fired missiles on a village")
    place = geocoder.event_place(body, s, e, res, ms)
    assert place is not None
    assert place.text == "a village in the country's Barda region"
    assert place.span is not None and body[place.span[0] : place.span[1]] == place.text
    assert (place.name, place.country, place.precision) == ("Barda", "AZE", "district")
    assert haversine_km(place.lat, place.lon, 40.37, 47.13) < 15


def test_seed_martuni_event_place(geocoder: Geocoder, seed_path: Path) -> None:
    body = seed_path.read_text(encoding="utf-8")
    ms = mentions_of(body, SEED_NAMES)
    res = geocoder.resolve_article(body, ms)
    s, e = sentence_around(body, "into a village in the region's Martuni district")
    place = geocoder.event_place(body, s, e, res, ms)
    assert place is not None and place.country == "AZE" and place.precision == "district"
    assert place.text == "a village in the region's Martuni district"
    assert haversine_km(place.lat, place.lon, 39.79, 47.11) < 30


def test_where_it_was_said_is_not_where_it_happened(geocoder: Geocoder) -> None:
    body = "Armenian forces fired on Tartar overnight, the Azerbaijani defence ministry said in Baku."
    ms = mentions_of(body, ["Tartar", "Baku"])
    res = geocoder.resolve_article(body, ms)
    place = geocoder.event_place(body, 0, len(body), res, ms)
    assert place is not None and place.name == "Tartar"


def test_actor_countries_are_not_the_place(geocoder: Geocoder) -> None:
    body = "Azerbaijan accused Armenia of a missile attack that killed four civilians."
    ms = mentions_of(body, ["Azerbaijan", "Armenia"])
    res = geocoder.resolve_article(body, ms)
    assert geocoder.event_place(body, 0, len(body), res, ms) is None


def test_a_country_after_in_is_a_place(geocoder: Geocoder) -> None:
    body = "Turkey has shelled a city in northeastern Syria for the fourth straight day."
    ms = mentions_of(body, ["Turkey", "Syria"])
    res = geocoder.resolve_article(body, ms)
    place = geocoder.event_place(body, 0, len(body), res, ms)
    assert place is not None and place.country == "SYR" and place.precision == "country"
    assert place.text is not None and "Syria" in place.text


def test_an_unresolvable_name_does_not_hide_the_place(geocoder: Geocoder) -> None:
    body = "Drones struck Qzxwvtorr and a depot near Ganja, Azerbaijan's second largest city."
    ms = mentions_of(body, ["Qzxwvtorr", "Ganja", "Azerbaijan"])
    res = geocoder.resolve_article(body, ms)
    place = geocoder.event_place(body, 0, len(body), res, ms)
    assert place is not None and place.name == "Ganja" and place.precision == "point"


def test_geo_precision_codes() -> None:
    from frontwire.geo import geo_precision
    from frontwire.model import Place

    assert geo_precision(Place(name="Ganja", precision="point")) == 1
    assert geo_precision(Place(name="Barda", precision="district")) == 2
    assert geo_precision(Place(name="Tigray", precision="region")) == 3
    assert geo_precision(Place(name="Syria", precision="country")) == 3
    assert geo_precision(None) is None


def test_an_actor_city_is_not_the_place(geocoder: Geocoder) -> None:
    body = (
        "Azerbaijan accused Armenia of a missile attack that killed four civilians, as Washington urged calm."
    )
    ms = mentions_of(body, ["Azerbaijan", "Armenia", "Washington"])
    res = geocoder.resolve_article(body, ms)
    assert geocoder.event_place(body, 0, len(body), res, ms) is None


def test_the_object_of_an_attack_verb_is_the_place(geocoder: Geocoder) -> None:
    body = "Overnight shelling hit Stepanakert, the Armenian side said."
    ms = mentions_of(body, ["Stepanakert"])
    res = geocoder.resolve_article(body, ms)
    place = geocoder.event_place(body, 0, len(body), res, ms)
    assert place is not None and place.country == "AZE" and place.text == "Stepanakert"


def test_the_city_refers_back_to_the_last_city(geocoder: Geocoder) -> None:
    body = "Ganja lies near the front line. A missile attack on the city on Sunday killed 10 people."
    ms = mentions_of(body, ["Ganja"])
    res = geocoder.resolve_article(body, ms)
    s = body.index("A missile")
    place = geocoder.event_place(body, s, len(body), res, ms)
    assert place is not None and place.name == "Ganja" and place.text == "the city"
    assert body[place.span[0] : place.span[1]] == "the city"


def test_a_possessor_before_a_building_is_the_place() -> None:
    from frontwire.ingest import read_bytes
    from frontwire.pipeline import process

    text = (
        "A jihadist group claimed responsibility for Friday's bloody hostage-taking in Bamako’s "
        "Radisson Hotel, in which 20 people were killed."
    )
    article = next(iter(read_bytes(text.encode(), source="wire.txt")))
    events = [e for e in process(article).events if e.category == "ASSAULT"]
    assert events and events[0].where is not None
    assert (events[0].where.name, events[0].where.country) == ("Bamako", "MLI")
