"""frontwire.dates.dateline_from_url: publication dates written into article URLs."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwire.dates import dateline_from_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.themoscowtimes.com/2020/10/27/azerbaijan-accuses-armenia-of-deadly-missile-strike"
            "-on-civilians-a71875",
            dt.date(2020, 10, 27),
        ),
        ("https://www.theguardian.com/world/2020/oct/27/nagorno-karabakh-ceasefire", dt.date(2020, 10, 27)),
        ("https://example.org/news/2020-10-27-barda-missile-strike", dt.date(2020, 10, 27)),
        ("https://example.org/archive/20201027/barda.html", dt.date(2020, 10, 27)),
        ("https://example.org/story?id=9&date=2020-10-27", dt.date(2020, 10, 27)),
        ("https://example.org/2021/1/3/story", dt.date(2021, 1, 3)),
        ("https://example.org/27-oct-2020/story", dt.date(2020, 10, 27)),
    ],
)
def test_reads_dates_from_urls(url, expected):
    assert dateline_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://www.bbc.com/news/world-europe-54324772",  # an id, not a date
        "https://example.org/2020/10/",  # a month archive
        "https://example.org/2021/02/30/story",  # no such day
        "https://news2020.com/world/story",  # the host says nothing about the day
        "https://example.org/article/us-armenia-azerbaijan-idUSKBN2720AB",
    ],
)
def test_no_date_without_a_complete_valid_one(url):
    assert dateline_from_url(url) is None
