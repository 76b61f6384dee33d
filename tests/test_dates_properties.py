"""frontwire.dates invariants on generated text (hypothesis): never a crash, always proper spans.

The engine calls ``find_dates`` and ``resolve`` on every event sentence of every article, so neither
may raise on any input; spans must be ordered, disjoint and point back at their surface text.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from frontwire.dates import dateline_from_url, find_dates, resolve

# Text mixing the grammar's own vocabulary with noise, so generated inputs often come close to dates.
WORDS = [
    "on",
    "in",
    "at",
    "the",
    "weekend",
    "last",
    "next",
    "this",
    "week",
    "month",
    "year",
    "ago",
    "later",
    "earlier",
    "day",
    "days",
    "two",
    "a",
    "before",
    "after",
    "since",
    "late",
    "early",
    "mid-",
    "Monday",
    "Sunday",
    "May",
    "March",
    "Sept.",
    "Dec",
    "October",
    "overnight",
    "yesterday",
    "night",
    "between",
    "and",
    "-",
    ",",
    ".",
    "27",
    "31",
    "2020",
    "1999",
    "12",
    "of",
    "to",
    "Times",
    "Bloody",
    "for",
    "winter",
    "fall",
    "hours",
    "24",
    "past",
]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=14).map(" ".join)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=300, deadline=None)
@given(text=texts, anchor=st.one_of(st.none(), dates), rel=st.one_of(st.none(), dates), future=st.booleans())
def test_find_and_resolve_never_raise_and_spans_are_proper(text, anchor, rel, future):
    found = find_dates(text)
    last_end = 0
    for start, end, surface in found:
        assert last_end <= start < end <= len(text)
        assert text[start:end] == surface
        last_end = end
        when = resolve(surface, anchor, relative_to=rel, future=future)
        if when is not None:
            assert when.text == surface
            assert when.precision in {"day", "week", "month", "year"}
            assert when.end is None or when.end >= when.date


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_dateline_from_url_never_raises(url):
    got = dateline_from_url(url)
    assert got is None or isinstance(got, dt.date)
