"""Names a cities gazetteer lacks (buildings, streets, villages) fall back to the town named around them."""

from __future__ import annotations

import pytest

from frontwire.geo import Geocoder, Mention


def _span(body: str, name: str, label: str) -> Mention:
    start = body.index(name)
    return Mention(name, start, start + len(name), label)


BODY = (
    "Police in Glasgow sealed off Hutcheson Road on Tuesday after a blast tore through a flat. "
    "Residents were taken to Qzxwvtorr Community Hall, officials said."
)


def test_a_street_ner_tags_as_facility_takes_the_town_named_before_it(geocoder: Geocoder) -> None:
    ms = [_span(BODY, "Glasgow", "GPE"), _span(BODY, "Hutcheson Road", "FAC")]
    res = geocoder.resolve_article(BODY, ms)
    road = res[(ms[1].start, ms[1].end)]
    assert road.name == "Glasgow" and road.country == "GBR"
    assert road.text == "Hutcheson Road" and road.span == (ms[1].start, ms[1].end)


def test_an_unknown_ner_place_name_without_a_feature_word_stays_unresolved(geocoder: Geocoder) -> None:
    body = "Police in Glasgow questioned Qzxwvtorr on Tuesday."
    ms = [_span(body, "Glasgow", "GPE"), _span(body, "Qzxwvtorr", "GPE")]
    res = geocoder.resolve_article(body, ms)
    assert (ms[1].start, ms[1].end) not in res
    assert res[(ms[0].start, ms[0].end)].country == "GBR"


def test_an_annotated_toponym_falls_back_even_without_a_feature_word(geocoder: Geocoder) -> None:
    body = "Shelling hit Idlib overnight and then the nearby village of Qzxwvtorr, monitors said."
    ms = [_span(body, "Idlib", "GPE"), _span(body, "Qzxwvtorr", "TOPONYM")]
    res = geocoder.resolve_article(body, ms)
    assert res[(ms[1].start, ms[1].end)].country == "SYR"


def test_no_town_around_means_no_fallback_and_countries_never_stand_in(geocoder: Geocoder) -> None:
    body = "Syria said the Qzxwvtorr Hospital was hit."
    ms = [_span(body, "Syria", "GPE"), _span(body, "Qzxwvtorr Hospital", "FAC")]
    res = geocoder.resolve_article(body, ms)
    assert (ms[1].start, ms[1].end) not in res


def test_a_one_word_guess_inside_a_facility_name_yields_to_the_town_around_it(geocoder: Geocoder) -> None:
    body = "Students of the Liverpool Academy in Cairo staged a protest on Sunday."
    ms = [_span(body, "Liverpool Academy", "FAC"), _span(body, "Cairo", "GPE")]
    res = geocoder.resolve_article(body, ms)
    assert res[(ms[0].start, ms[0].end)].country == "EGY"


@pytest.mark.parametrize(
    ("adjective", "country"), [("Sicilian", "ITA"), ("Havanese", "CUB"), ("Texan", "USA"), ("Kurdish", "IRQ")]
)
def test_a_place_adjective_resolves_to_the_place_it_is_made_from(
    geocoder: Geocoder, adjective: str, country: str
) -> None:
    body = f"The {adjective} authorities said nothing."
    ms = [_span(body, adjective, "TOPONYM")]
    assert geocoder.resolve_article(body, ms)[(ms[0].start, ms[0].end)].country == country


def test_a_first_name_is_not_read_as_a_place_adjective(geocoder: Geocoder) -> None:
    body = "Brian and Adrian said nothing."
    ms = [_span(body, "Brian", "GPE"), _span(body, "Adrian", "GPE")]
    res = geocoder.resolve_article(body, ms)
    assert all(p.country != "ITA" for p in res.values())


def test_a_town_in_reach_beats_a_division_right_beside_the_name(geocoder: Geocoder) -> None:
    body = (
        "Tourists crowded New Orleans this weekend. The parade wound past Holy Qzxwvtorr Church, "
        "one of the oldest in Louisiana."
    )
    ms = [
        _span(body, "New Orleans", "GPE"),
        _span(body, "Holy Qzxwvtorr Church", "FAC"),
        _span(body, "Louisiana", "GPE"),
    ]
    res = geocoder.resolve_article(body, ms)
    assert res[(ms[1].start, ms[1].end)].name == "New Orleans"


def test_a_small_namesake_far_from_every_other_town_yields_to_the_town_around_it(geocoder: Geocoder) -> None:
    # "Turtle Rock" is only a Californian town in the gazetteer; here it is a hill near Cairo.
    body = (
        "Crowds filled Cairo, Giza and Alexandria as fans gathered in Helwan. "
        "On Turtle Rock, outside the city, people watched on a big screen."
    )
    names = ["Cairo", "Giza", "Alexandria", "Helwan", "Turtle Rock"]
    ms = [_span(body, n, "TOPONYM") for n in names]
    res = geocoder.resolve_article(body, ms)
    assert res[(ms[-1].start, ms[-1].end)].country == "EGY"
    # Without the other towns the reading stands.
    alone = [_span(body, "Turtle Rock", "TOPONYM")]
    assert geocoder.resolve_article(body, alone)[(alone[0].start, alone[0].end)].country == "USA"
