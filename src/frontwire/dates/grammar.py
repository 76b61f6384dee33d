"""Finding temporal expressions in news text: the patterns, built once from ``vocab.json``.

The grammar is a handful of regular expressions, one per *kind* of expression (month-day, weekday,
deictic word, period, ...). Each is compiled once at import from the vocabulary file, so the words
live in data and the shapes live here. ``find_candidates`` runs every pattern, drops matches that
context shows are not dates ("Bloody Sunday", "the Sunday Times", "for two days after"), and keeps
the longest non-overlapping ones. ``parse`` runs the same grammar on a single expression so that
``resolve`` interprets exactly what ``find_dates`` found, with no second grammar to drift apart.

Names (weekdays, months) are matched case-sensitively as capitalised words: in running English text
that is what separates the month "May" from the verb "may" and "March" from "a protest march".
Function words ("on", "last", "the weekend") are matched case-insensitively.

Internal module: the public API is ``frontwire.dates``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

_VOCAB_PATH = Path(__file__).with_name("vocab.json")


def _load_vocab() -> dict[str, Any]:
    """Read the vocabulary; a missing or broken file is a packaging bug and must fail loudly."""
    with _VOCAB_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)


VOCAB: dict[str, Any] = _load_vocab()

WEEKDAYS: dict[str, int] = VOCAB["weekdays"]
WEEKDAY_ABBR: dict[str, int] = VOCAB["weekday_abbreviations"]
MONTHS: dict[str, int] = VOCAB["months"]
MONTH_ABBR: dict[str, int] = VOCAB["month_abbreviations"]
NUMBERS: dict[str, int] = VOCAB["numbers"]
UNITS: dict[str, str] = VOCAB["units"]
DEICTIC_DAYS: dict[str, int] = VOCAB["deictic_days"]
ANAPHORIC_DAYS: dict[str, int] = VOCAB["anaphoric_days"]
ANAPHORIC_PERIODS: dict[str, list[Any]] = VOCAB["anaphoric_periods"]
RELATIVE_DIRECTIONS: dict[str, int] = VOCAB["relative_directions"]
PERIOD_MODIFIERS: dict[str, int] = VOCAB["period_modifiers"]


def _alt(words: Any, *, ci: bool = False) -> str:
    """A regex alternation of literal words, longest first so that "Sept" wins over "Sep"."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return f"(?i:{body})" if ci else f"(?:{body})"


def _fold(word: str) -> str:
    """Lower-case and squeeze whitespace: the key form for the case-insensitive vocabularies."""
    return " ".join(word.lower().split())


# --- building blocks -----------------------------------------------------------------------------------
_PREP = _alt(VOCAB["prepositions"], ci=True)
_WEEKDAY = rf"(?:{_alt(WEEKDAYS)})\b"
_WEEKDAY_OR_ABBR = rf"(?:{_alt(WEEKDAYS)}\b|{_alt(WEEKDAY_ABBR)}(?:\.|\b))"
_MONTH_FULL = rf"(?:{_alt(MONTHS)})\b"
_MONTH_ANY = rf"(?:{_alt(MONTHS)}\b|{_alt(MONTH_ABBR)}(?:\.|\b))"
_MONTH_PART = _alt(VOCAB["month_parts"], ci=True)
_MODIFIER = _alt(PERIOD_MODIFIERS, ci=True)
_PART_BODY = _MONTH_PART[len("(?i:") : -1]  # the same words, to splice into a larger case-insensitive group
# A day of the month; not part of a larger number, a time ("27:30") or a decimal/thousands figure.
_DAY_TAIL = r"(?:st|nd|rd|th)?(?![\d:%])(?!,\d{3})(?!\.\d)"
_DAY_BODY = r"(?:3[01]|[12]\d|0?[1-9])"
_LEAD = r"(?<![\w.,$£€/:%-])"
_YEAR_TAIL = r"(?![\d%])(?!s\b)"
_YEAR_BODY = r"(?:19|20)\d{2}"
_RANGE = r"\s*(?:-|–|—|(?i:to|through|until|till)\b|(?(btw)(?i:and)\b|(?!)))\s*"
_NUMBER = rf"(?:\d{{1,3}}|{_alt(NUMBERS, ci=True)})"
WITHIN_DAY_UNITS: list[str] = VOCAB["within_day_units"]
_UNIT = _alt(list(UNITS) + WITHIN_DAY_UNITS, ci=True)
_WITHIN_DAY = _alt(WITHIN_DAY_UNITS, ci=True)
_VAGUE = _alt(VOCAB["vague_counts"], ci=True)


def _day(name: str) -> str:
    return rf"(?P<{name}>{_DAY_BODY}){_DAY_TAIL}"


def _year(name: str) -> str:
    return rf"(?P<{name}>{_YEAR_BODY}){_YEAR_TAIL}"


_ANAPHORA = _alt(list(ANAPHORIC_DAYS) + list(ANAPHORIC_PERIODS), ci=True)
_OPT_PREP = rf"(?:(?P<prep>(?P<btw>(?i:between))|{_PREP})\s+)?"

PATTERNS: dict[str, re.Pattern[str]] = {
    # "Sept. 27", "Tuesday, Oct. 27", "Oct 27-28", "between Oct. 27 and 28", "September 27, 2020".
    "md": re.compile(
        rf"\b{_OPT_PREP}(?:(?P<wd>{_WEEKDAY_OR_ABBR}),?\s+)?"
        rf"(?P<m1>{_MONTH_ANY})\s+(?:the\s+)?{_day('d1')}(?:,\s*{_year('y1')}(?=,?{_RANGE}))?"
        rf"(?:(?(y1),?|){_RANGE}(?:(?P<m2>{_MONTH_ANY})\s+)?{_day('d2')})?"
        rf"(?:,?\s+{_year('y')})?"
        rf"(?:,?\s+(?P<ry>(?i:last|this|next))\s+(?i:year)\b)?"
    ),
    # "27 September", "27th of September 2020", "Tuesday 27 October", "27-28 October", "30 Dec-2 Jan".
    "dm": re.compile(
        rf"\b{_OPT_PREP}(?:(?P<wd>{_WEEKDAY_OR_ABBR}),?\s+(?:the\s+)?)?(?:(?i:the)\s+)?"
        rf"(?:{_LEAD}{_day('d1')}(?:\s+(?i:of))?\s+(?P<m1>{_MONTH_ANY}){_RANGE}{_day('d2')}"
        rf"(?:\s+(?i:of))?\s+(?P<m2>{_MONTH_ANY})"
        rf"|{_LEAD}{_day('d3')}(?:{_RANGE}{_day('d4')})?(?:\s+(?i:of))?\s+(?P<m3>{_MONTH_ANY}))"
        rf"(?:,?\s+{_year('y')})?"
        rf"(?:,?\s+(?P<ry>(?i:last|this|next))\s+(?i:year)\b)?"
    ),
    # "2020-10-27" (ISO, as in datelines pasted into bodies).
    "iso": re.compile(
        rf"(?<![\w-]){_OPT_PREP}(?P<y>{_YEAR_BODY})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\w-])"
    ),
    # "September 2020", "in late May 2019", "mid-October 2020".
    "my": re.compile(
        rf"\b{_OPT_PREP}(?:(?P<part>{_MONTH_PART})[\s-]+(?:(?i:of)\s+)?)?"
        rf"(?P<m>{_MONTH_ANY})(?:{_RANGE}(?P<m2>{_MONTH_ANY}))?,?\s+(?:(?i:of)\s+)?{_year('y')}"
    ),
    # "in May", "since late September", "mid-October", "last March", "the end of September".
    "month": re.compile(
        rf"\b{_OPT_PREP}(?:(?P<mod>{_MODIFIER})\s+"
        rf"|(?P<part>{_MONTH_PART})[\s-]+(?:(?i:of)\s+)?)?"
        rf"(?P<m>{_MONTH_FULL})(?:{_RANGE}(?P<m2>{_MONTH_FULL}))?(?!\s*\d)"
        rf"(?:,?\s+(?P<ry>(?i:last|this|next))\s+(?i:year)\b)?"
    ),
    # "in 2019", "since 2014", "in early 2021", "mid-2019", "from 2001-2006", "in 2017-18".
    "year": re.compile(
        rf"\b{_OPT_PREP}(?:(?P<part>{_MONTH_PART})[\s-]+(?:(?i:of)\s+)?)?{_year('y')}"
        rf"(?:{_RANGE}(?P<y2>{_YEAR_BODY}|\d{{2}})(?![\d%-]))?"
    ),
    # "Tuesday", "on Monday night", "early on Sunday", "last Friday", "overnight Sunday to Monday",
    # "in the early hours of Sunday", "the night of Saturday into Sunday".
    "weekday": re.compile(
        rf"\b(?:(?P<prep>{_PREP})\s+)?"
        rf"(?:(?P<pre>(?i:(?:(?:in|at)\s+)?(?:the\s+)?early\s+hours\s+of|(?:on\s+)?the\s+(?:night|morning|evening)\s+of"
        rf"|(?:early|late|earlier|later)(?:\s+(?:on|into))?|overnight))\s+)?"
        rf"(?:(?P<mod>{_MODIFIER})\s+)?"
        rf"(?P<wd1>{_WEEKDAY})"
        rf"(?:\s*(?:-|–|(?i:to|into|through|until|till|and)\b)\s*(?P<wd2>{_WEEKDAY}))?"
        rf"(?:\s+(?P<post>{_alt(VOCAB['parts_of_day'], ci=True)})\b)?"
        rf"(?:,?\s+(?:(?i:of)\s+)?(?P<wk>(?i:last|this|next))\s+(?i:week)\b)?"
    ),
    # "yesterday", "this morning", "last night", "overnight", "in the past 24 hours".
    "deictic": re.compile(
        rf"\b(?:(?P<prep>{_PREP})\s+)?(?:(?P<d>{_alt(DEICTIC_DAYS, ci=True)})|(?P<overnight>(?i:overnight))"
        rf"|(?P<hours>(?i:the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours)))\b"
    ),
    # "last week", "earlier this month", "late last year", "at the weekend", "the past week".
    "period": re.compile(
        rf"\b(?:(?P<prep>{_PREP})\s+)?(?:"
        rf"(?:(?P<part>(?i:earlier|later|{_PART_BODY}))[\s-]+(?:(?i:of)\s+)?)?(?P<the>(?i:the)\s+)?"
        rf"(?P<mod>{_MODIFIER})\s+(?P<unit>(?i:weekend|week|month|year))"
        rf"|(?P<wkend>(?i:the\s+weekend))"
        rf"|(?P<inthe>(?i:earlier|later))\s+(?i:in\s+the)\s+(?P<unit2>(?i:week|month|year))"
        rf")\b"
    ),
    # "in the spring", "last winter", "summer 2019", "in the fall of 2019"; not "the fall of Kabul".
    "season": re.compile(
        rf"\b{_OPT_PREP}(?:(?P<mod>{_MODIFIER})\s+|(?P<part>{_MONTH_PART})[\s-]+(?:(?i:of)\s+)?)?"
        rf"(?:(?P<the>(?i:the))\s+)?(?P<s>{_alt(VOCAB['seasons'], ci=True)})\b"
        rf"(?:,?\s+(?:(?i:of)\s+)?{_year('y')})?(?!\s+(?i:of)\b)"
    ),
    # "Easter Sunday", "on Christmas Eve", "at Easter", "Good Friday 2019".
    "holiday": re.compile(
        rf"\b{_OPT_PREP}(?P<h>{_alt(list(VOCAB['holidays_easter']) + list(VOCAB['holidays_fixed']))})"
        rf"(?![\w’'])(?:,?\s+{_year('y')})?"
    ),
    # "the day before", "the following week", "later that day".
    "anaphoric": re.compile(rf"\b(?:(?P<prep>{_PREP})\s+)?(?P<a>{_ANAPHORA})\b"),
    # "two days later", "a year ago", "10 days earlier", "three weeks after"; hours and minutes also
    # without a number ("hours after the truce took effect", "a few hours after the strike": group hu).
    "relative": re.compile(
        rf"\b(?:(?P<q>{_alt(VOCAB['window_qualifiers'], ci=True)})\s+)?"
        rf"(?:(?P<n>{_NUMBER})\s+(?P<u>{_UNIT})|(?:(?P<few>{_VAGUE})\s+)?(?P<hu>{_WITHIN_DAY}))\s+"
        rf"(?P<dir>{_alt([d for d in RELATIVE_DIRECTIONS if d != 'on'], ci=True)}|(?i:on)(?=\s*[,.;]))\b"
    ),
}

_FALSE_PRECEDERS = frozenset(VOCAB["weekday_false_preceders"])
_FALSE_FOLLOWERS = frozenset(VOCAB["weekday_false_followers"])
_OVERNIGHT_FALSE = frozenset(VOCAB["overnight_false_followers"])
_OVERNIGHT_IDIOM = frozenset(VOCAB["overnight_false_preceders"])
_DURATION_CUES = frozenset(VOCAB["duration_cues"])
_SEASON_PREPS = frozenset(VOCAB["season_prepositions"])
_HOLIDAY_NEEDS_PREP = frozenset(VOCAB["holiday_needs_preposition"])
_AMBIGUOUS_MONTH_PREPS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in VOCAB["ambiguous_month_prepositions"].items()
}
_WORD_BEFORE = re.compile(r"([\w'’-]+)\W*$")
_WORDS_AFTER = re.compile(r"\s+([\w'’-]+)(?:\s+([\w'’-]+))?")


@dataclass(frozen=True, slots=True)
class Match:
    """One temporal expression found in text: its kind, offsets and the pattern's named groups."""

    kind: str
    start: int
    end: int
    groups: tuple[tuple[str, str], ...]  # non-empty named groups, hashable so parses can be cached

    def get(self, name: str) -> str | None:
        for k, v in self.groups:
            if k == name:
                return v
        return None

    def req(self, name: str) -> str:
        """A group the pattern guarantees for this kind; its absence is a grammar bug, so it raises."""
        value = self.get(name)
        if value is None:
            raise KeyError(f"{self.kind} match has no group {name!r}")
        return value


def _word_before(text: str, start: int) -> str | None:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def _sentence_start(text: str, start: int) -> bool:
    """True when nothing but opening punctuation separates ``start`` from a sentence boundary."""
    i = start - 1
    while i >= 0 and text[i] in " \t\r\n\"'“‘([":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def _accept(kind: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot express cheaply: named days, titles, durations, bare names."""
    g = m.groupdict()
    if kind == "weekday":
        before = _word_before(text, m.start())
        if before in _FALSE_PRECEDERS and not g["prep"] and not g["pre"] and not g["mod"]:
            return False
        after = _WORDS_AFTER.match(text, m.end())
        if after and not g["post"] and not g["wd2"]:
            one, two = after.group(1), after.group(2)
            if one in _FALSE_FOLLOWERS or (two and f"{one} {two}" in _FALSE_FOLLOWERS):
                return False
        return True
    if kind == "month":
        # A bare capitalised month name is a month only with a preposition or a modifier in front.
        if not (g["prep"] or g["mod"] or g["part"]):
            return False
        ambiguous = _AMBIGUOUS_MONTH_PREPS.get(g["m"])
        return not (ambiguous and not g["mod"] and not g["part"] and g["prep"].lower() in ambiguous)
    if kind == "year":
        return bool(g["prep"] or g["part"])
    if kind == "holiday":
        return bool(g["prep"] or g["y"]) or g["h"] not in _HOLIDAY_NEEDS_PREP
    if kind == "season":
        # Capitalised mid-sentence without a year it is a name ("the Arab Spring"); bare, it is a kind
        # ("spring rains").
        if g["s"][0].isupper() and not g["y"] and not _sentence_start(text, m.start("s")):
            return False
        prep = (g["prep"] or "").lower()
        return bool(g["mod"] or g["part"] or g["y"] or prep in _SEASON_PREPS)
    if (
        kind == "deictic"
        and g["d"]
        and not g["prep"]
        and g["d"][0].isupper()
        and not _sentence_start(text, m.start())
    ):
        return False
    if kind == "deictic" and g["overnight"]:
        if (_word_before(text, m.start()) or "").lower() in _OVERNIGHT_IDIOM:
            return False
        after = _WORDS_AFTER.match(text, m.end())
        return not (after and after.group(1).lower() in _OVERNIGHT_FALSE)
    if kind == "relative":
        before = _word_before(text, m.start())
        return not (before and before.lower() in _DURATION_CUES)
    return True


def _last_words(phrases: Any) -> frozenset[str]:
    return frozenset(p.split()[-1].lower() for p in phrases)


# Cheap substring pre-checks, one per pattern: a pattern is only run over a text that contains at least
# one word it cannot match without. Most sentences name no month and no weekday, so this skips most
# of the regex work (``in`` on a str is a C-level scan, far cheaper than a regex tried at every
# word boundary). Names are checked case-sensitively, keywords on the lower-cased text.
_MONTH_WORDS = tuple(MONTHS) + tuple(MONTH_ABBR)
_UNIT_WORDS = tuple(set(UNITS) | {"hour", "minute"})
_TRIGGERS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    # kind: (names that must occur as written, keywords that must occur lower-cased, needs a digit)
    "md": (_MONTH_WORDS, (), True),
    "dm": (_MONTH_WORDS, (), True),
    "iso": ((), (), True),
    "my": (_MONTH_WORDS, (), True),
    "month": (tuple(MONTHS), (), False),
    "year": ((), (), True),
    "weekday": (tuple(WEEKDAYS), (), False),
    "deictic": ((), tuple(_last_words(DEICTIC_DAYS) | {"overnight", "hours"}), False),
    "period": ((), ("week", "month", "year"), False),
    "anaphoric": ((), tuple(_last_words(list(ANAPHORIC_DAYS) + list(ANAPHORIC_PERIODS))), False),
    "relative": ((), _UNIT_WORDS, False),
    "season": ((), tuple(VOCAB["seasons"]), False),
    "holiday": (tuple(VOCAB["holidays_easter"]) + tuple(VOCAB["holidays_fixed"]), (), False),
}
_DIGIT = re.compile(r"\d")


def _triggered(kind: str, text: str, lower: str, has_digit: bool) -> bool:
    names, keywords, digit = _TRIGGERS[kind]
    if digit and not has_digit:
        return False
    if names and not any(n in text for n in names):
        return False
    return not keywords or any(k in lower for k in keywords)


def find_candidates(text: str) -> list[Match]:
    """Every acceptable match of every pattern, before overlap resolution."""
    out: list[Match] = []
    lower = text.lower()
    has_digit = _DIGIT.search(text) is not None
    for kind, pat in PATTERNS.items():
        if not _triggered(kind, text, lower, has_digit):
            continue
        for m in pat.finditer(text):
            if m.end() == m.start() or not _accept(kind, m, text):
                continue
            groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
            out.append(Match(kind, m.start(), m.end(), groups))
    return out


def select(cands: list[Match]) -> list[Match]:
    """Longest-first, non-overlapping, returned left to right.

    Ties in length go to the earlier pattern in ``PATTERNS`` (more specific kinds come first), then
    to the leftmost match, which keeps the choice deterministic.
    """
    order = {k: i for i, k in enumerate(PATTERNS)}
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, order[c.kind], c.start)):
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


_CACHE_MAX_CHARS = 2000  # sentences are cached; whole articles are not (they are seen once, and big)


@lru_cache(maxsize=4096)
def _find_cached(text: str) -> tuple[Match, ...]:
    return tuple(select(find_candidates(text)))


def find(text: str) -> tuple[Match, ...]:
    """The selected matches of ``text``.

    Sentence-sized texts are cached because the engine asks about the same sentence once per event
    in it; longer texts bypass the cache so it cannot fill up with whole articles.
    """
    if len(text) <= _CACHE_MAX_CHARS:
        return _find_cached(text)
    return tuple(select(find_candidates(text)))


@lru_cache(maxsize=8192)
def parse(expression: str) -> Match | None:
    """The one match that best covers ``expression`` (as returned by ``find_dates``), or None.

    Matches are searched, not anchored, so surrounding punctuation is forgiven ("Tuesday," from a
    naive tokeniser); when no match covers the whole string the longest one inside it is used, so
    "Tuesday's" still reads as Tuesday.
    """
    found = select(find_candidates(expression.strip()))
    if not found:
        return None
    return max(found, key=lambda c: (c.end - c.start, -c.start))


def fold(word: str) -> str:
    """Public-to-the-package alias of the vocabulary key normaliser."""
    return _fold(word)
