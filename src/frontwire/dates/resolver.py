"""Resolving a temporal expression against the article's dateline into a ``When``.

Conventions (what a ``When`` means), chosen so that a reader of the record never has to guess:

* ``precision`` is the granularity the text supports: ``day``, ``week``, ``month`` or ``year``.
* For a calendar period ("last week", "in May", "in 2019", "late September") ``date`` is its first day
  and ``end`` its last; ``end`` is set whenever the expression names more than one day. Modifiers
  narrow the window but keep the precision ("late September" is 21-30 September, precision month).
* A weekend ("at the weekend") is the Saturday-Sunday pair at precision ``day`` (both bounds are
  known to the day; calling it a "week" would widen it to seven days).
* "overnight" is ``date`` = dateline - 1, ``end`` = dateline: a night straddles two calendar days and
  a wire report dated D that says "overnight" is about the night from D-1 into D.
* A shifted point ("a year ago", "two weeks later") is ``date`` = the shifted day, ``end`` = None, and
  ``precision`` = the unit: the text gives a point, trustworthy only to that unit.
* "since X" is an open range: ``date`` = start of X, ``end`` = the dateline. "less than a week after
  X" is the window from X to X + 1 week.
* A month-day, month, season or named day (Easter Sunday, Christmas) without a year is the latest one
  on or before the dateline, except that one at most ``past_forward_tolerance_days`` ahead stays
  ahead; in future mode it is the first one from the dateline on. Seasons are the northern
  meteorological ones at precision ``month``.

Weekdays follow news usage, not ``dateparser``'s: "Tuesday" is the latest Tuesday on or before the
dateline (so the dateline's own day when it is a Tuesday); with ``future=True`` (the caller saw a
future tense) or "next Tuesday" it is the first Tuesday after the dateline; "last Tuesday" is
strictly before it. Deictic words ("yesterday", "last week", "a year ago") count from the dateline;
anaphoric ones ("the day before", "two days later", "the following week") count from ``relative_to``,
the event the text is talking about, when the caller gives one.

Internal module: the public API is ``frontwire.dates``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from frontwire.dates.grammar import (
    ANAPHORIC_DAYS,
    ANAPHORIC_PERIODS,
    DEICTIC_DAYS,
    MONTH_ABBR,
    MONTHS,
    NUMBERS,
    PERIOD_MODIFIERS,
    RELATIVE_DIRECTIONS,
    UNITS,
    VOCAB,
    WEEKDAY_ABBR,
    WEEKDAYS,
    Match,
    fold,
    parse,
)
from frontwire.model import When

_PAST_TOL = dt.timedelta(days=int(VOCAB["past_forward_tolerance_days"]))
_FUTURE_TOL = dt.timedelta(days=int(VOCAB["future_backward_tolerance_days"]))
_OPEN_RANGE = frozenset(VOCAB["open_range_prepositions"])
_MONTH_PARTS: dict[str, list[int]] = {fold(k): v for k, v in VOCAB["month_parts"].items()}
_YEAR_PARTS: dict[str, list[int]] = {fold(k): v for k, v in VOCAB["year_parts"].items()}
_WEEK_PARTS: dict[str, list[int]] = VOCAB["week_parts"]
_PART_ALIASES: dict[str, str] = {fold(k): v for k, v in VOCAB["part_aliases"].items()}
_SEASONS: dict[str, list[int]] = {k.lower(): v for k, v in VOCAB["seasons"].items()}
_DEICTIC_DIRS = frozenset(VOCAB["deictic_directions"])
_DEICTIC = {fold(k): v for k, v in DEICTIC_DAYS.items()}
_ANA_DAYS = {fold(k): v for k, v in ANAPHORIC_DAYS.items()}
_ANA_PERIODS = {fold(k): v for k, v in ANAPHORIC_PERIODS.items()}
_NUMBERS = {k.lower(): v for k, v in NUMBERS.items()}
_UNITS = {k.lower(): v for k, v in UNITS.items()}
_MODS = {k.lower(): v for k, v in PERIOD_MODIFIERS.items()}
_DIRS = {k.lower(): v for k, v in RELATIVE_DIRECTIONS.items()}
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")
_CANONICAL_NAMES = {k.lower(): k for k in (*WEEKDAYS, *WEEKDAY_ABBR, *MONTHS, *MONTH_ABBR)}
_ANY_CASE_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _CANONICAL_NAMES), key=len, reverse=True)) + r")\b", re.I
)
_MONTH_ANY_CASE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, (*MONTHS, *MONTH_ABBR)), key=len, reverse=True)) + r")\b", re.I
)
# What is worth handing to dateparser: a numeric date ("27/10/2020", "27.10.2020"), a year or a month
# name. Anything else it would "resolve" wrongly: a bare "5" or "the 5th" becomes May, "10 a.m." today,
# "tuesday" the Tuesday a week early.
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_ONE_DAY = dt.timedelta(days=1)


# --- calendar helpers ------------------------------------------------------------------------------------
def _month_name(token: str) -> int:
    """Month number of a full or abbreviated (dotted or not) month name as matched by the grammar."""
    t = token.rstrip(".")
    return MONTHS.get(t) or MONTH_ABBR[t]


def _weekday_index(token: str) -> int:
    t = token.rstrip(".")
    return WEEKDAYS[t] if t in WEEKDAYS else WEEKDAY_ABBR[t]


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # the grammar guarantees digits


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, n: int) -> dt.date:
    """Shift by whole months, clipping the day (31 March - 1 month = 29 February in a leap year)."""
    y, m = divmod(day.month - 1 + n, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(anchor: dt.date, wd: int) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)


def weekday_after(anchor: dt.date, wd: int) -> dt.date:
    return anchor + dt.timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)


def weekday_before(anchor: dt.date, wd: int) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)


def weekday_on_or_after(anchor: dt.date, wd: int) -> dt.date:
    return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)


def infer_year(month: int, day: int, anchor: dt.date, future: bool) -> dt.date | None:
    """The year of a month-day written without one.

    Past (the default): the latest occurrence not after the dateline, except that one at most
    ``past_forward_tolerance_days`` ahead stays ahead (articles announce talks "on Nov. 2" without a
    future verb the caller can see). Future: the first occurrence from the dateline on (less a
    one-day tolerance for time zones). Years around the dateline's are tried; four back so that
    29 February finds a leap year.
    """
    cands = [d for y in range(anchor.year - 4, anchor.year + 2) if (d := _safe_date(y, month, day))]
    if future:
        later = [d for d in cands if d >= anchor - _FUTURE_TOL]
        return min(later) if later else None
    earlier = [d for d in cands if d <= anchor + _PAST_TOL]
    return max(earlier) if earlier else None


def _infer_month(month: int, anchor: dt.date, future: bool) -> dt.date:
    """First day of the most recent (or, in future mode, next) such month, with the same tolerances."""
    cands = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if future:
        return min(d for d in cands if _month_end(d.year, d.month) >= anchor - _FUTURE_TOL)
    return max(d for d in cands if d <= anchor + _PAST_TOL)


def _when(date: dt.date, end: dt.date | None, precision: str) -> tuple[dt.date, dt.date | None, str]:
    return (date, end if end != date else None, precision)


_Resolved = tuple[dt.date, dt.date | None, str]


# --- one handler per kind of expression ----------------------------------------------------------------
def _md(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    """Month-day forms; also used for day-month after normalising the groups."""
    m1, d1 = _month_name(m.req("m1")), _day_number(m.req("d1"))
    m2 = _month_name(m.req("m2")) if m.get("m2") else m1
    d2 = _day_number(m.req("d2")) if m.get("d2") else None
    return _month_day(m1, d1, m2, d2, m, anchor, future)


def _dm(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    if m.get("d3"):
        month = _month_name(m.req("m3"))
        d2 = _day_number(m.req("d4")) if m.get("d4") else None
        return _month_day(month, _day_number(m.req("d3")), month, d2, m, anchor, future)
    return _month_day(
        _month_name(m.req("m1")),
        _day_number(m.req("d1")),
        _month_name(m.req("m2")),
        _day_number(m.req("d2")),
        m,
        anchor,
        future,
    )


def _month_day(
    m1: int, d1: int, m2: int, d2: int | None, m: Match, anchor: dt.date | None, future: bool
) -> _Resolved | None:
    wraps = d2 is not None and (m2, d2) < (m1, d1)  # "Dec. 30-Jan. 2" crosses a new year
    if m.get("y1"):  # "Sept. 26, 2017, and Nov. 5, 2017": each end states its year
        start = _safe_date(int(m.req("y1")), m1, d1)
    elif m.get("y"):
        # A stated year belongs to the end of a range ("Dec. 30-Jan. 2, 2021"), so a range that
        # wraps the year starts in the year before.
        start = _safe_date(int(m.req("y")) - (1 if wraps else 0), m1, d1)
    elif anchor is None:
        return None
    elif m.get("ry"):  # "on 25 February last year"
        start = _safe_date(anchor.year + _MODS[m.req("ry").lower()], m1, d1)
    else:
        start = infer_year(m1, d1, anchor, future)
        wd = m.get("wd")
        if start is not None and wd and start.weekday() != _weekday_index(wd):
            # "Sunday, Dec. 15" names its year through the weekday: take the nearest year that agrees.
            start = _year_by_weekday(m1, d1, _weekday_index(wd), anchor, future) or start
    if start is None:
        return None
    if d2 is None:
        return _when(start, None, "day")
    end_year = int(m.req("y")) if m.get("y") and m.get("y1") else start.year + (1 if wraps else 0)
    end = _safe_date(end_year, m2, d2)
    if end is None or end < start:
        return None
    return _when(start, end, "day")


def _year_by_weekday(month: int, day: int, wd: int, anchor: dt.date, future: bool) -> dt.date | None:
    """The occurrence of month-day that falls on weekday ``wd``, nearest the dateline in tense order."""
    cands = [
        d
        for y in range(anchor.year - 7, anchor.year + 8)
        if (d := _safe_date(y, month, day)) and d.weekday() == wd
    ]
    if future:
        later = [d for d in cands if d >= anchor - _FUTURE_TOL]
        return min(later) if later else None
    earlier = [d for d in cands if d <= anchor + _PAST_TOL]
    return max(earlier) if earlier else None


def _iso(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    d = _safe_date(int(m.req("y")), int(m.req("m")), int(m.req("d")))
    return _when(d, None, "day") if d else None


def _narrow_month(first: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    last = _month_end(first.year, first.month)
    if not part:
        return first, last
    lo, hi = _MONTH_PARTS[fold(part)]
    return first.replace(day=lo), min(last, first.replace(day=min(hi, last.day)))


def _my(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    year, month = int(m.req("y")), _month_name(m.req("m"))
    if m.get("m2"):  # "June-December 2015": the year belongs to the end; a wrapping range starts before
        month2 = _month_name(m.req("m2"))
        first = dt.date(year - 1 if month2 < month else year, month, 1)
        return _when(first, _month_end(year, month2), "month")
    return _when(*_narrow_month(dt.date(year, month, 1), m.get("part")), "month")


def _month(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    if anchor is None:
        return None
    month = _month_name(m.req("m"))
    mod = m.get("mod")
    if mod:
        step = _MODS[mod.lower()]
        if step < 0:  # "last May": the latest May strictly before the dateline's month
            first = _infer_month(month, anchor, False)
            if (first.year, first.month) >= (anchor.year, anchor.month):
                first = first.replace(year=first.year - 1)
        elif step > 0:  # "next May": strictly after the dateline's month
            first = _infer_month(month, anchor, True)
            if (first.year, first.month) <= (anchor.year, anchor.month):
                first = first.replace(year=first.year + 1)
        else:  # "this May": the dateline's year
            first = dt.date(anchor.year, month, 1)
    elif m.get("ry"):  # "since July this year"
        first = dt.date(anchor.year + _MODS[m.req("ry").lower()], month, 1)
    else:
        first = _infer_month(month, anchor, future)
    if m.get("m2"):  # "between June and December": the range starts at the inferred month
        month2 = _month_name(m.req("m2"))
        return _when(first, _month_end(first.year + (1 if month2 < month else 0), month2), "month")
    return _when(*_narrow_month(first, m.get("part")), "month")


def _year(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    year = int(m.req("y"))
    part = m.get("part")
    lo, hi = _YEAR_PARTS[fold(part)] if part else (1, 12)
    last = year
    if m.get("y2"):  # "2001-2006", "2017-18": a two-digit end takes the start's century
        y2 = m.req("y2")
        end = int(y2) if len(y2) == 4 else year // 100 * 100 + int(y2)
        if end > year:
            last, hi = end, 12
    return _when(dt.date(year, lo, 1), _month_end(last, hi), "year")


def _weekday(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    if anchor is None:
        return None
    wd1 = _weekday_index(m.req("wd1"))
    if m.get("wk"):  # "Thursday last week": that weekday of the named Monday-Sunday week
        week = _monday(anchor) + dt.timedelta(weeks=_MODS[m.req("wk").lower()])
        return _when(week + dt.timedelta(days=wd1), None, "day")
    mod = (m.get("mod") or "").lower()
    step = _MODS.get(mod, 0) if mod else None
    if step is not None and step < 0:
        start = weekday_before(anchor, wd1)
    elif step is not None and step > 0:
        start = weekday_after(anchor, wd1)
    elif future:
        # "this Tuesday" in the future tense may be the dateline itself; a bare "Tuesday" is after it.
        start = weekday_on_or_after(anchor, wd1) if mod else weekday_after(anchor, wd1)
    else:
        start = weekday_on_or_before(anchor, wd1)
    wd2 = m.get("wd2")
    if not wd2:
        return _when(start, None, "day")
    gap = (_weekday_index(wd2) - wd1) % 7
    if step is None and not future:
        # Past range ("overnight Monday to Tuesday"): anchor the END on or before the dateline.
        end = weekday_on_or_before(anchor, _weekday_index(wd2))
        return _when(end - dt.timedelta(days=gap), end, "day")
    return _when(start, start + dt.timedelta(days=gap), "day")


def _deictic(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    if anchor is None:
        return None
    if m.get("overnight"):
        # See module docstring: the night that ends on the dateline (or, in future mode, begins on it).
        return (anchor, anchor + _ONE_DAY, "day") if future else (anchor - _ONE_DAY, anchor, "day")
    if m.get("hours"):
        return (anchor - _ONE_DAY, anchor, "day")
    return _when(anchor + dt.timedelta(days=_DEICTIC[fold(m.req("d"))]), None, "day")


def _calendar_period(base: dt.date, unit: str, step: int) -> tuple[dt.date, dt.date]:
    """The whole week (Mon-Sun), month or year ``step`` periods away from the one containing ``base``."""
    if unit == "week":
        first = _monday(base) + dt.timedelta(weeks=step)
        return first, first + dt.timedelta(days=6)
    if unit == "month":
        first = _add_months(base.replace(day=1), step)
        return first, _month_end(first.year, first.month)
    return dt.date(base.year + step, 1, 1), dt.date(base.year + step, 12, 31)


def _weekend(anchor: dt.date, step: int | None, future: bool) -> tuple[dt.date, dt.date]:
    """Saturday-Sunday pairs. ``step`` None means "the weekend" (nearest, past or future by tense)."""
    if step is None:
        # Future: on a Sunday the weekend still to come is the next one.
        sat = weekday_on_or_after(anchor, 5) if future else weekday_on_or_before(anchor, 5)
    elif step < 0:  # "last weekend": the latest whole weekend that ended before the dateline
        sat = weekday_before(anchor, 6) - _ONE_DAY
    elif step > 0:
        sat = weekday_after(anchor, 5)
    else:  # "this weekend": the one of the dateline's Monday-Sunday week
        sat = _monday(anchor) + dt.timedelta(days=5)
    return sat, sat + _ONE_DAY


def _period(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    if anchor is None:
        return None
    if m.get("wkend"):
        return _when(*_weekend(anchor, None, future), "day")
    if m.get("inthe"):  # "earlier in the week": the period of the dateline, up to or from it
        first, last = _calendar_period(anchor, m.req("unit2").lower(), 0)
        return _when(
            *((first, anchor) if m.req("inthe").lower() == "earlier" else (anchor, last)),
            m.req("unit2").lower(),
        )
    unit = m.req("unit").lower()
    step = _MODS[m.req("mod").lower()]
    part = (m.get("part") or "").lower()
    if unit == "weekend":
        return _when(*_weekend(anchor, step, future), "day")
    if m.get("the") and step < 0:
        # "the past week" / "over the last month": a rolling window that ends at the dateline.
        if unit == "week":
            start = anchor - dt.timedelta(weeks=1)
        else:
            start = _add_months(anchor, -1 if unit == "month" else -12)
        return (start, anchor, unit)
    first, last = _calendar_period(anchor, unit, step)
    if part in ("earlier", "later") and step == 0:
        return _when(*((first, anchor) if part == "earlier" else (anchor, last)), unit)
    if part:
        key = _PART_ALIASES[fold(part)]
        if unit == "week":
            lo, hi = _WEEK_PARTS[key]
            first, last = first + dt.timedelta(days=lo), first + dt.timedelta(days=hi)
        elif unit == "month":
            first, last = _narrow_month(first, key)
        else:
            lo, hi = _YEAR_PARTS[key]
            first, last = first.replace(month=lo), _month_end(first.year, hi)
    return _when(first, last, unit)


def _season_span(name: str, start_year: int) -> tuple[dt.date, dt.date]:
    lo, hi = _SEASONS[name]
    return dt.date(start_year, lo, 1), _month_end(start_year + (1 if hi < lo else 0), hi)


def _season(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    """Seasons at precision month: "last winter" is December-February, "late summer" is August."""
    name = m.req("s").lower()
    if m.get("y"):
        first, last = _season_span(name, int(m.req("y")))
    elif anchor is None:
        return None
    else:
        spans = [_season_span(name, y) for y in range(anchor.year - 2, anchor.year + 2)]
        mod = (m.get("mod") or "").lower()
        step = _MODS[mod] if mod else None
        if step is not None and step < 0:
            first, last = max(s for s in spans if s[1] < anchor)
        elif step is not None and step > 0:
            first, last = min(s for s in spans if s[0] > anchor)
        elif step == 0:  # "this winter": the one under way, else the one starting this year
            first, last = next(
                (s for s in spans if s[0] <= anchor <= s[1]),
                next(s for s in spans if s[0].year == anchor.year),
            )
        elif future:
            first, last = min(s for s in spans if s[1] >= anchor)
        else:
            first, last = max(s for s in spans if s[0] <= anchor + _PAST_TOL)
    part = m.get("part")
    if part:  # early/mid/late: the first, second or third month of the season
        i = {"early": 0, "mid": 1, "late": 2}[_PART_ALIASES[fold(part)]]
        first = _add_months(first, i)
        last = _month_end(first.year, first.month)
    return _when(first, last, "month")


_EASTER_METHODS = {"western": EASTER_WESTERN, "orthodox": EASTER_ORTHODOX}
_HOLIDAYS_EASTER: dict[str, list[Any]] = VOCAB["holidays_easter"]
_HOLIDAYS_FIXED: dict[str, list[int]] = VOCAB["holidays_fixed"]


def _holiday_in(name: str, year: int) -> dt.date:
    if name in _HOLIDAYS_FIXED:
        month, day = _HOLIDAYS_FIXED[name]
        return dt.date(year, month, day)
    offset, method = _HOLIDAYS_EASTER[name]
    return easter(year, _EASTER_METHODS[method]) + dt.timedelta(days=int(offset))


def _holiday(m: Match, anchor: dt.date | None, future: bool) -> _Resolved | None:
    """Named days, chosen like a month-day without a year (same tolerances) unless a year is stated."""
    name = m.req("h")
    if m.get("y"):
        return _when(_holiday_in(name, int(m.req("y"))), None, "day")
    if anchor is None:
        return None
    cands = [_holiday_in(name, y) for y in range(anchor.year - 1, anchor.year + 2)]
    if future:
        return _when(min(d for d in cands if d >= anchor - _FUTURE_TOL), None, "day")
    return _when(max(d for d in cands if d <= anchor + _PAST_TOL), None, "day")


def _anaphoric(m: Match, base: dt.date | None, future: bool, reverse: bool = False) -> _Resolved | None:
    if base is None:
        return None
    key = fold(m.req("a"))
    turn = -1 if reverse else 1
    if key in _ANA_DAYS:
        return _when(base + dt.timedelta(days=turn * _ANA_DAYS[key]), None, "day")
    step, unit = _ANA_PERIODS[key]
    return _when(*_calendar_period(base, unit, turn * int(step)), unit)


def _relative(
    m: Match, anchor: dt.date | None, relative_to: dt.date | None, reverse: bool = False
) -> _Resolved | None:
    # "hours after the truce took effect", "a few hours after": within the day counted from
    raw = (m.get("n") or "0").lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    direction = m.req("dir").lower()
    sign = _DIRS[direction] * (-1 if reverse else 1)
    base = anchor if direction in _DEICTIC_DIRS else (relative_to or anchor)
    if base is None:
        return None
    unit = (m.get("u") or m.req("hu")).lower()
    if unit.startswith("hour"):
        point, precision = base + dt.timedelta(days=sign * (n // 24)), "day"
    elif unit.startswith("minute"):
        point, precision = base, "day"
    else:
        unit = _UNITS[unit]
        precision = "week" if unit == "fortnight" else unit
        if unit == "day":
            point = base + dt.timedelta(days=sign * n)
        elif unit in ("week", "fortnight"):
            point = base + dt.timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
        else:
            point = _add_months(base, sign * n * (12 if unit == "year" else 1))
    if m.get("q"):  # "less than a week after": somewhere between the reference and that point
        if reverse and unit in ("day", "week", "fortnight") and abs((point - base).days) > 1:
            # "came less than a week after X" (X counted back from the act): X was 1-6 days before it
            first, last = sorted((base, point))
            return _when(first + _ONE_DAY, last - _ONE_DAY, precision)
        return _when(*sorted((base, point)), precision)
    return _when(point, None, precision)


_HANDLERS: dict[str, Any] = {
    "md": _md,
    "dm": _dm,
    "iso": _iso,
    "my": _my,
    "month": _month,
    "year": _year,
    "weekday": _weekday,
    "deictic": _deictic,
    "period": _period,
    "season": _season,
    "holiday": _holiday,
}


# --- dateparser fallback ---------------------------------------------------------------------------------
_PERIODS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


def _dateparser_fallback(expression: str, anchor: dt.date | None, future: bool) -> _Resolved | None:
    """Forms outside the grammar ("27/10/2020", "October the 27th") go to ``dateparser``.

    Imported lazily: it costs about half a second and most sentences never need it. Its ``period``
    gives the precision. Without a dateline only answers that state their year are kept, because
    dateparser would otherwise fill the gaps from today's date.
    """
    if not (
        _NUMERIC_DATE.search(expression) or _YEAR_IN.search(expression) or _MONTH_ANY_CASE.search(expression)
    ):
        return None
    if anchor is None and not _YEAR_IN.search(expression):
        return None
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time(12))
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = _PERIODS.get(data.period or "day", "day")
    if period == "month":
        return _when(day.replace(day=1), _month_end(day.year, day.month), "month")
    if period == "year":
        return _when(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")
    if period == "week":
        return _when(*_calendar_period(day, "week", 0), "week")
    return _when(day, None, "day")


# --- entry point -----------------------------------------------------------------------------------------
def _as_date(value: dt.date | None) -> dt.date | None:
    """Accept datetimes too (a ``datetime`` is a ``date`` whose comparisons would misbehave)."""
    return value.date() if isinstance(value, dt.datetime) else value


@lru_cache(maxsize=16384)
def _resolve_cached(
    expression: str, anchor: dt.date | None, relative_to: dt.date | None, future: bool, reverse: bool = False
) -> _Resolved | None:
    m = parse(expression)
    if m is None:
        # Headlines and careless copy write "TUESDAY" or "tuesday": give names their usual case and
        # try the grammar again before anything else, so weekdays keep news semantics.
        m = parse(_ANY_CASE_NAME.sub(lambda x: _CANONICAL_NAMES[x.group().lower()], expression))
    if m is None:
        return _dateparser_fallback(expression.strip(), anchor, future)
    if reverse and m.kind not in ("anaphoric", "relative"):
        return None
    if m.kind == "anaphoric":
        got = _anaphoric(m, relative_to or anchor, future, reverse)
    elif m.kind == "relative":
        got = _relative(m, anchor, relative_to, reverse)
    else:
        got = _HANDLERS[m.kind](m, anchor, future)
    if got is None:
        return None
    prep = (m.get("prep") or "").lower()
    if prep in _OPEN_RANGE and anchor is not None and got[0] < anchor:
        # "since late September": from the start of the period up to the time of writing.
        return (got[0], anchor, got[2])
    return got


def resolve(
    expression: str,
    anchor: dt.date | None,
    *,
    relative_to: dt.date | None = None,
    future: bool = False,
    reverse: bool = False,
) -> When | None:
    """Resolve one expression (as returned by ``find_dates``) against the dateline ``anchor``.

    ``reverse``: the expression is read backwards, from ``relative_to`` to the act it is counted
    from: in "flights resumed on Friday, a day after a bombing" the bombing is a day *before*
    Friday; "since Aug. 14, the day before the Taliban seized the capital" puts the seizure on
    Aug. 15. Only relative and anaphoric expressions can be reversed (others give None).
    """
    got = _resolve_cached(expression, _as_date(anchor), _as_date(relative_to), bool(future), bool(reverse))
    if got is None:
        return None
    start, end, precision = got
    return When(
        date=start.isoformat(), end=end.isoformat() if end else None, precision=precision, text=expression
    )
