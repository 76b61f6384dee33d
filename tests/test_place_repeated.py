"""Place names already tagged are counted wherever else the story names them (one sense per discourse)."""

from __future__ import annotations

from frontwire.geo import Geocoder, Mention


def _m(body: str, text: str, nth: int = 0, label: str = "GPE") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(text, start, start + len(text), label)


def test_other_occurrences_of_a_resolved_town_are_found(geocoder: Geocoder) -> None:
    body = (
        "Russian shelling killed two people in Kherson on Monday, Ukraine's military said.\n\n"
        "Kherson's governor said power had been cut across the region."
    )
    ms = [_m(body, "Kherson"), _m(body, "Ukraine")]
    res = geocoder.resolve_article(body, ms)
    found = geocoder.repeated_mentions(body, ms, res)
    assert [(m.text, m.start) for m in found] == [("Kherson", body.index("Kherson's"))]


def test_a_surname_read_as_a_town_abroad_is_not_repeated(geocoder: Geocoder) -> None:
    body = (
        "Troops fought militants in Cotabato on Tuesday, Philippine officials said. Lorenzana said "
        "the army had the upper hand.\n\nLorenzana later flew to Manila."
    )
    ms = [_m(body, "Cotabato"), _m(body, "Lorenzana"), _m(body, "Manila")]
    res = geocoder.resolve_article(body, ms)
    found = geocoder.repeated_mentions(body, ms, res)
    assert all(m.text != "Lorenzana" for m in found)


def test_country_names_and_short_names_are_not_repeated(geocoder: Geocoder) -> None:
    body = (
        "Gunmen attacked a base in Mali on Monday. Mali's army said the UN base in Gao was hit. Gao is calm."
    )
    ms = [_m(body, "Mali"), _m(body, "Gao")]
    res = geocoder.resolve_article(body, ms)
    assert geocoder.repeated_mentions(body, ms, res) == []
