"""frontwire.dates: temporal expressions in news, resolved against the article's dateline.

Three calls make the whole interface the extraction engine codes against:

* ``find_dates(text)`` finds the expressions ("Tuesday", "at the weekend", "on Sept. 27", "two days
  later"...) as character spans;
* ``resolve(expression, anchor, relative_to=..., future=...)`` turns one into a ``When`` with a date,
  an optional end and a precision (conventions in ``frontwire.dates.resolver``);
* ``dateline_from_url(url)`` reads the publication date many outlets put in their URLs.

The vocabulary (weekday and month names, numerals, exclusions, tolerances) is ``vocab.json`` beside
this file; the grammar that reads it is ``grammar.py``. ``dateparser`` is used only for the forms the
grammar does not know, because its own weekday rule ("Tuesday" in a Tuesday article is a week ago)
is wrong for news.
"""

from __future__ import annotations

import datetime

from frontwire.dates.grammar import find as _find
from frontwire.dates.resolver import resolve
from frontwire.dates.url import dateline_from_url
from frontwire.model import When

__all__ = ["dateline_from_url", "find_dates", "resolve", "resolve_all"]


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Temporal expressions in a sentence/text: (start, end, surface) char offsets into ``text``.

    Left to right, non-overlapping, longest match first. A preposition directly in front ("on
    Tuesday", "since late September", "at the weekend") is part of the span because ``resolve``
    needs it ("since" opens a range). Times of day alone, bare numbers and durations ("for two
    weeks", "weeks of fighting") are not expressions.
    """
    return [(m.start, m.end, text[m.start : m.end]) for m in _find(text)]


def resolve_all(
    text: str,
    anchor: datetime.date | None,
    *,
    relative_to: datetime.date | None = None,
    future: bool = False,
) -> list[When]:
    """``find_dates`` then ``resolve`` each, with ``When.span`` set; unresolvable ones are dropped."""
    out: list[When] = []
    for start, end, surface in find_dates(text):
        when = resolve(surface, anchor, relative_to=relative_to, future=future)
        if when is not None:
            when.span = (start, end)
            out.append(when)
    return out
