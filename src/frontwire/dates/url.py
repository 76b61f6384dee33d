"""The dateline hidden in an article URL (``/2020/10/27/``, ``2020-10-27``, ``20201027``, ``/2020/oct/27/``).

Many outlets put the publication date in the path; when the page carries no usable date metadata it
is the best dateline there is. Only complete, valid dates count: ``/2020/10/`` is a month archive,
not a day, and a date outside ``url_year_range`` is an id that happens to look like one.

Internal module: the public API is ``frontwire.dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from frontwire.dates.grammar import MONTH_ABBR, MONTHS, VOCAB

_LO, _HI = (int(y) for y in VOCAB["url_year_range"])
_MONTH_WORDS = {k.lower(): v for k, v in {**MONTHS, **MONTH_ABBR}.items()}
_MONTH_ALT = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))

# Most specific first: separated numeric, then month words, then the packed eight digits.
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_Y = r"(?P<y>(?:19|20)\d{2})"
_URL_PATTERNS = (
    re.compile(rf"(?<!\d){_Y}(?P<sep>[/_.-])(?P<m>0?[1-9]|1[0-2])(?P=sep){_D}(?!\d)"),
    re.compile(rf"(?<!\d){_Y}[/_-](?P<mw>{_MONTH_ALT})[/_-]{_D}(?!\d)", re.I),
    re.compile(rf"(?<![\da-z]){_D}[/_-](?P<mw>{_MONTH_ALT})[/_-]{_Y}(?!\d)", re.I),
    re.compile(rf"(?<!\d){_Y}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
)


def dateline_from_url(url: str | None) -> dt.date | None:
    """The publication date written in ``url``, or None when it holds no complete, plausible date.

    The host is ignored (a domain like ``news2020.com`` says nothing about the day) and the path,
    then the query, are searched; the first valid match wins.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    for where in (parts.path, parts.query) if parts.netloc else (url,):
        for pat in _URL_PATTERNS:
            for m in pat.finditer(where):
                month = int(m.group("m")) if "m" in m.groupdict() else _MONTH_WORDS[m.group("mw").lower()]
                year = int(m.group("y"))
                if not _LO <= year <= _HI:
                    continue
                try:
                    return dt.date(year, month, int(m.group("d")))
                except ValueError:
                    continue
    return None
