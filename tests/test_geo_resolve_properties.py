"""Property: whatever spans NER hands over, resolution and event placement never fail and stay in bounds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwire.geo import Geocoder, Mention

WORDS = [
    "Barda",
    "in",
    "the",
    "country's",
    "region",
    "Paris",
    ",",
    "Texas",
    "Martuni",
    "district",
    "said",
    "Baku",
    "near",
    "village",
    "of",
    "Şuşa",
    "U.S.",
    "—",
    "Georgia",
    "town",
    "Kurdish",
    "x",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), data=st.data())
def test_any_mentions_resolve_within_bounds(geocoder: Geocoder, words: list[str], data) -> None:
    body = " ".join(words)
    n = data.draw(st.integers(min_value=0, max_value=6))
    mentions = []
    for _ in range(n):
        a = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
        b = data.draw(st.integers(min_value=a + 1, max_value=len(body)))
        mentions.append(Mention(body[a:b], a, b, "GPE"))
    res = geocoder.resolve_article(body, mentions)
    assert set(res) <= {(m.start, m.end) for m in mentions}
    for p in res.values():
        if p.lat is None:
            # a settlement kept by name in its stated country (no coordinates to give)
            assert p.lon is None and p.name and p.country
        else:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        assert p.precision in {"point", "district", "region", "country"}
    place = geocoder.event_place(body, 0, len(body), res, mentions)
    if place is not None:
        assert place.span is not None and 0 <= place.span[0] < place.span[1] <= len(body)
        assert body[place.span[0] : place.span[1]] == place.text
