"""frontwire.dates.resolve: news phrasings resolved against their dateline (table-driven).

Expected values are worked out by hand from a calendar, one dateline at a time; the weekday of each
dateline is in its comment because it is what most rows depend on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwire.dates import resolve, resolve_all

D = dt.date.fromisoformat

SEED = D("2020-10-27")  # Tuesday: the seed article (Moscow Times / AFP, Karabakh war)
NEW_YEAR = D("2021-01-03")  # Sunday, three days into a new year
SATURDAY = D("2022-03-05")  # Saturday
LEAP = D("2024-02-29")  # Thursday, leap day

# (dateline, expression, date, end, precision)
PAST_CASES = [
    # The seed article's own expressions.
    (SEED, "Tuesday", "2020-10-27", None, "day"),
    (SEED, "on Monday", "2020-10-26", None, "day"),
    (SEED, "at the weekend", "2020-10-24", "2020-10-25", "day"),
    (SEED, "on Sept. 27", "2020-09-27", None, "day"),
    (SEED, "last week", "2020-10-19", "2020-10-25", "week"),
    (SEED, "on Sunday", "2020-10-25", None, "day"),
    (SEED, "This year", "2020-01-01", "2020-12-31", "year"),
    # Weekdays and parts of days.
    (SEED, "Saturday", "2020-10-24", None, "day"),
    (SEED, "Wednesday", "2020-10-21", None, "day"),
    (SEED, "on Monday night", "2020-10-26", None, "day"),
    (SEED, "early on Sunday", "2020-10-25", None, "day"),
    (SEED, "late Monday", "2020-10-26", None, "day"),
    (SEED, "Tuesday morning", "2020-10-27", None, "day"),
    (SEED, "in the early hours of Sunday", "2020-10-25", None, "day"),
    (SEED, "last Friday", "2020-10-23", None, "day"),
    (SEED, "last Tuesday", "2020-10-20", None, "day"),
    (SEED, "next Tuesday", "2020-11-03", None, "day"),
    (SEED, "on Thursday last week", "2020-10-22", None, "day"),
    (SEED, "the night of Saturday into Sunday", "2020-10-24", "2020-10-25", "day"),
    (SEED, "overnight Monday to Tuesday", "2020-10-26", "2020-10-27", "day"),
    # Words that point at the time of writing.
    (SEED, "overnight", "2020-10-26", "2020-10-27", "day"),
    (SEED, "yesterday", "2020-10-26", None, "day"),
    (SEED, "this morning", "2020-10-27", None, "day"),
    (SEED, "last night", "2020-10-26", None, "day"),
    (SEED, "today", "2020-10-27", None, "day"),
    (SEED, "over the past 24 hours", "2020-10-26", "2020-10-27", "day"),
    # Month-day, day-month, ranges.
    (SEED, "Dec. 10", "2019-12-10", None, "day"),
    (SEED, "Oct 27-28", "2020-10-27", "2020-10-28", "day"),
    (SEED, "between Oct. 1 and 3", "2020-10-01", "2020-10-03", "day"),
    (SEED, "September 27, 2020", "2020-09-27", None, "day"),
    (SEED, "27 September", "2020-09-27", None, "day"),
    (SEED, "the 27th of September", "2020-09-27", None, "day"),
    (SEED, "on Tuesday, Oct. 27", "2020-10-27", None, "day"),
    (SEED, "Sunday, Dec. 15, 2019", "2019-12-15", None, "day"),
    (SEED, "2020-10-25", "2020-10-25", None, "day"),
    # Weeks, months, years.
    (SEED, "this week", "2020-10-26", "2020-11-01", "week"),
    (SEED, "earlier this week", "2020-10-26", "2020-10-27", "week"),
    (SEED, "next week", "2020-11-02", "2020-11-08", "week"),
    (SEED, "over the past week", "2020-10-20", "2020-10-27", "week"),
    (SEED, "In May", "2020-05-01", "2020-05-31", "month"),
    (SEED, "in mid-October", "2020-10-11", "2020-10-20", "month"),
    (SEED, "since late September", "2020-09-21", "2020-10-27", "month"),
    (SEED, "earlier this month", "2020-10-01", "2020-10-27", "month"),
    (SEED, "late last month", "2020-09-21", "2020-09-30", "month"),
    (SEED, "last month", "2020-09-01", "2020-09-30", "month"),
    (SEED, "in late May 2019", "2019-05-21", "2019-05-31", "month"),
    (SEED, "in October of 2012", "2012-10-01", "2012-10-31", "month"),
    (SEED, "between June and December of 2015", "2015-06-01", "2015-12-31", "month"),
    (SEED, "in 2019", "2019-01-01", "2019-12-31", "year"),
    (SEED, "since 2014", "2014-01-01", "2020-10-27", "year"),
    (SEED, "last year", "2019-01-01", "2019-12-31", "year"),
    (SEED, "from 2001-2006", "2001-01-01", "2006-12-31", "year"),
    (SEED, "in 2017-18", "2017-01-01", "2018-12-31", "year"),
    (SEED, "from 1983 to 1995", "1983-01-01", "1995-12-31", "year"),
    (SEED, "on 25 February last year", "2019-02-25", None, "day"),
    (SEED, "Since July this year", "2020-07-01", "2020-10-27", "month"),
    (SEED, "between Sept. 26, 2017, and Nov. 5, 2017", "2017-09-26", "2017-11-05", "day"),
    (SEED, "at the end of last week", "2020-10-23", "2020-10-25", "week"),
    (SEED, "at the end of last year", "2019-09-01", "2019-12-31", "year"),
    (SEED, "at the start of this month", "2020-10-01", "2020-10-10", "month"),
    # Seasons (northern meteorological), precision month.
    (SEED, "over the summer", "2020-06-01", "2020-08-31", "month"),
    (SEED, "last winter", "2019-12-01", "2020-02-29", "month"),
    (SEED, "this winter", "2020-12-01", "2021-02-28", "month"),
    (SEED, "in late summer", "2020-08-01", "2020-08-31", "month"),
    (SEED, "in the fall of 2021", "2021-09-01", "2021-11-30", "month"),
    (NEW_YEAR, "this winter", "2020-12-01", "2021-02-28", "month"),
    # Shifted points from the dateline: the shifted day, trusted to the unit.
    (SEED, "a year ago", "2019-10-27", None, "year"),
    (SEED, "two weeks ago", "2020-10-13", None, "week"),
    (SEED, "12 days ago", "2020-10-15", None, "day"),
    # Year boundary: a date without a year is not put after the dateline.
    (NEW_YEAR, "Dec. 30", "2020-12-30", None, "day"),
    (NEW_YEAR, "on Dec. 31", "2020-12-31", None, "day"),
    (NEW_YEAR, "Jan. 1", "2021-01-01", None, "day"),
    (NEW_YEAR, "in December", "2020-12-01", "2020-12-31", "month"),
    (NEW_YEAR, "Dec. 30-Jan. 2", "2020-12-30", "2021-01-02", "day"),
    (NEW_YEAR, "last week", "2020-12-21", "2020-12-27", "week"),
    (NEW_YEAR, "this week", "2020-12-28", "2021-01-03", "week"),
    (NEW_YEAR, "last month", "2020-12-01", "2020-12-31", "month"),
    (NEW_YEAR, "last year", "2020-01-01", "2020-12-31", "year"),
    (NEW_YEAR, "Sunday", "2021-01-03", None, "day"),
    (NEW_YEAR, "Monday", "2020-12-28", None, "day"),
    (NEW_YEAR, "Sunday, Dec. 15", "2019-12-15", None, "day"),  # the weekday fixes the year
    (NEW_YEAR, "Tuesday, Dec. 15", "2020-12-15", None, "day"),
    (NEW_YEAR, "at the weekend", "2021-01-02", "2021-01-03", "day"),
    (NEW_YEAR, "last weekend", "2020-12-26", "2020-12-27", "day"),
    # A Saturday dateline: "the weekend" is the one under way, "last weekend" the one before.
    (SATURDAY, "at the weekend", "2022-03-05", "2022-03-06", "day"),
    (SATURDAY, "last weekend", "2022-02-26", "2022-02-27", "day"),
    (SATURDAY, "Friday", "2022-03-04", None, "day"),
    (SATURDAY, "Sunday", "2022-02-27", None, "day"),
    (SATURDAY, "on Feb. 24", "2022-02-24", None, "day"),
    # A few days ahead stays in the dateline's year (announced talks); a month ahead does not.
    (SATURDAY, "March 10", "2022-03-10", None, "day"),
    (SATURDAY, "April 1", "2021-04-01", None, "day"),
    # Named days: the latest occurrence on or before the dateline, or the stated year.
    (D("2019-04-22"), "on Easter Sunday", "2019-04-21", None, "day"),
    (D("2019-04-22"), "Later on Sunday", "2019-04-21", None, "day"),
    (D("2019-04-22"), "Good Friday 2018", "2018-03-30", None, "day"),
    (D("2019-04-22"), "over Christmas", "2018-12-25", None, "day"),
    (NEW_YEAR, "on New Year's Eve", "2020-12-31", None, "day"),
    (D("2021-07-08"), "late into Wednesday night", "2021-07-07", None, "day"),
    # Leap day.
    (LEAP, "Feb. 29", "2024-02-29", None, "day"),
    (LEAP, "a year ago", "2023-02-28", None, "year"),
    (LEAP, "a month ago", "2024-01-29", None, "month"),
    (LEAP, "Thursday", "2024-02-29", None, "day"),
    (LEAP, "last Thursday", "2024-02-22", None, "day"),
]


@pytest.mark.parametrize(("anchor", "expression", "date", "end", "precision"), PAST_CASES)
def test_resolves_against_dateline(anchor, expression, date, end, precision):
    when = resolve(expression, anchor)
    assert when is not None, expression
    assert (when.date, when.end, when.precision) == (date, end, precision)
    assert when.text == expression


FUTURE_CASES = [
    (SEED, "on Tuesday", "2020-11-03", None),  # "talks will resume on Tuesday" in a Tuesday article
    (SEED, "on Friday", "2020-10-30", None),
    (SEED, "this Tuesday", "2020-10-27", None),
    (SEED, "at the weekend", "2020-10-31", "2020-11-01"),
    (SEED, "Nov. 3", "2020-11-03", None),
    (SEED, "in May", "2021-05-01", "2021-05-31"),
    (SEED, "overnight", "2020-10-27", "2020-10-28"),
    (SATURDAY, "at the weekend", "2022-03-05", "2022-03-06"),
    (NEW_YEAR, "at the weekend", "2021-01-09", "2021-01-10"),
]


@pytest.mark.parametrize(("anchor", "expression", "date", "end"), FUTURE_CASES)
def test_future_hint_looks_forward(anchor, expression, date, end):
    when = resolve(expression, anchor, future=True)
    assert when is not None
    assert (when.date, when.end) == (date, end)


INVASION = D("2022-02-24")  # Thursday


@pytest.mark.parametrize(
    ("expression", "date", "end", "precision"),
    [
        ("the day before", "2022-02-23", None, "day"),
        ("the previous day", "2022-02-23", None, "day"),
        ("two days after", "2022-02-26", None, "day"),
        ("a day earlier", "2022-02-23", None, "day"),
        ("three days later", "2022-02-27", None, "day"),
        ("a week earlier", "2022-02-17", None, "week"),
        ("the following week", "2022-02-28", "2022-03-06", "week"),
        ("later that day", "2022-02-24", None, "day"),
        ("less than a week after", "2022-02-24", "2022-03-03", "week"),
        ("two hours later", "2022-02-24", None, "day"),
    ],
)
def test_anaphora_count_from_the_event_in_focus(expression, date, end, precision):
    when = resolve(expression, SATURDAY, relative_to=INVASION)
    assert when is not None
    assert (when.date, when.end, when.precision) == (date, end, precision)


def test_anaphora_fall_back_to_the_dateline():
    assert resolve("the day before", SEED).date == "2020-10-26"
    assert resolve("two days later", SEED).date == "2020-10-29"


def test_deictic_words_ignore_relative_to():
    # "a year ago" and "yesterday" point at the time of writing, whatever event is in focus.
    assert resolve("a year ago", SEED, relative_to=INVASION).date == "2019-10-27"
    assert resolve("yesterday", SEED, relative_to=INVASION).date == "2020-10-26"


def test_without_a_dateline_only_self_contained_expressions_resolve():
    assert resolve("Tuesday", None) is None
    assert resolve("Sept. 27", None) is None
    assert resolve("last week", None) is None
    assert resolve("Sept. 27, 2020", None).date == "2020-09-27"
    assert resolve("in 2019", None).precision == "year"
    assert resolve("the day before", None, relative_to=D("2020-09-27")).date == "2020-09-26"


def test_datetime_anchor_is_accepted():
    assert resolve("Tuesday", dt.datetime(2020, 10, 27, 23, 59)).date == "2020-10-27"


def test_forms_outside_the_grammar_go_to_dateparser():
    when = resolve("27/10/2020", SEED)
    assert (when.date, when.precision) == ("2020-10-27", "day")


def test_unresolvable_text_gives_none():
    assert resolve("the talks in Geneva", SEED) is None
    assert resolve("", SEED) is None
    # dateparser would turn these into May 2020 and "today"; they name no date.
    assert resolve("5", SEED) is None
    assert resolve("the 5th", SEED) is None
    assert resolve("10 a.m.", SEED) is None


def test_weekday_names_in_any_case_keep_news_semantics():
    # dateparser alone would put these a week early; headlines write names in capitals.
    assert resolve("TUESDAY", SEED).date == "2020-10-27"
    assert resolve("on tuesday", SEED).date == "2020-10-27"
    assert resolve("ON SEPT. 27", SEED).date == "2020-09-27"


def test_resolve_all_sets_spans_on_the_seed_sentence():
    text = "A U.S.-brokered ceasefire agreed at the weekend had unraveled within minutes on Monday."
    whens = resolve_all(text, SEED)
    assert [(w.text, w.date, w.span) for w in whens] == [
        ("at the weekend", "2020-10-24", (33, 47)),
        ("on Monday", "2020-10-26", (77, 86)),
    ]
    assert all(text[w.span[0] : w.span[1]] == w.text for w in whens)
