"""Arabic place names are found with or without their article: 'Hodeidah' is GeoNames' 'El-Hodeidah'
(Al Hudaydah), 'Raqqa' is 'Ar Raqqah'; a Spanish 'El Paso' is not found as 'Paso'."""

from __future__ import annotations

import pytest

from frontwire.geo import Geocoder, Mention


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Clashes continued on the southern edges of Hodeidah on Thursday.", "Hodeidah", "YEM"),
        ("Kurdish-led forces took Raqqa from Islamic State in 2017.", "Raqqa", "SYR"),
        ("Shelling hit Hasakah overnight, residents said.", "Hasakah", "SYR"),
    ],
)
def test_an_arabic_name_without_its_article_is_found(
    geocoder: Geocoder, sentence: str, name: str, country: str
) -> None:
    start = sentence.index(name)
    got = geocoder.resolve_article(sentence, [Mention(name, start, start + len(name), "GPE")])
    assert got and next(iter(got.values())).country == country


def test_the_article_is_dropped_only_in_arabic_speaking_countries(geocoder: Geocoder) -> None:
    # El Paso, Texas keeps its article: a bare 'Paso' never means it
    hits = geocoder.resolver.gaz.lookup("paso")
    assert not any(e.name == "El Paso" and e.country == "USA" for e in hits)
