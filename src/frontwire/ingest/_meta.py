"""Article metadata every reader needs: outlet, agency, publication date, language (not API).

All tables (outlets, agencies, month names) are data files in ``data/`` beside this module, loaded once.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import json
import re
import time
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from frontwire.ingest._text import clean_text
from frontwire.model import Article


def _data(name: str) -> str:
    return resources.files("frontwire.ingest").joinpath("data", name).read_text(encoding="utf-8")


def _tsv(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _data(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, value = line.split("\t", 1)
        table[key.strip()] = value.strip()
    return table


@cache
def load_json(name: str) -> dict[str, Any]:
    """A JSON data file from ``ingest/data`` (cached: they are read-only tables)."""
    return json.loads(_data(name))


# --- outlet -------------------------------------------------------------------------------------------


@cache
def _outlets() -> dict[str, str]:
    return {k.lower(): v for k, v in _tsv("outlets.tsv").items()}


def host_of(url: str | None) -> str | None:
    """Lower-case host name of a URL without a leading ``www.``; None if the URL has no host."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def outlet_from_url(url: str | None, *, fallback: str | None = None) -> str | None:
    """The outlet that published ``url``.

    Known domains (``data/outlets.tsv``) win, matching subdomains to their parent
    (``amp.theguardian.com`` -> The Guardian). Otherwise ``fallback`` (a site name the page itself
    declares), otherwise the bare host, which still tells a reader where the story came from.
    """
    host = host_of(url)
    if host:
        labels = host.split(".")
        for i in range(len(labels) - 1):
            name = _outlets().get(".".join(labels[i:]))
            if name:
                return name
    if fallback and fallback.strip():
        return fallback.strip()
    return host


# --- agency -------------------------------------------------------------------------------------------


@cache
def _agency_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    table = _tsv("agencies.tsv")
    canon = {alias.lower(): name for alias, name in table.items()}
    # Short all-caps aliases ("AP", "AFP") are matched case-sensitively so that ordinary words never
    # count; spelled-out names match in any case. Longest first so "Associated Press" beats "AP".
    caps = sorted((a for a in table if a.isupper()), key=len, reverse=True)
    words = sorted((a for a in table if not a.isupper()), key=len, reverse=True)
    caps_re = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, caps)) + r")(?![\w-])")
    words_re = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)
    return caps_re, words_re, canon


def find_agency(text: str | None) -> str | None:
    """The wire agency named in a byline, photo credit or dateline fragment, canonicalised."""
    if not text:
        return None
    caps_re, words_re, canon = _agency_patterns()
    hits = [m for m in (caps_re.search(text), words_re.search(text)) if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: (m.start(), -len(m.group(1))))
    return canon[first.group(1).lower()]


# "KYIV, Ukraine (AP) —" / "BAKU (Reuters) -": the place-and-agency opener of wire copy.
_DATELINE = re.compile(r"^[^\n()]{2,80}?\((?P<agency>[^()\n]{2,40})\)\s*[-\u2013\u2014\ufffd:]")
# A name as agencies write themselves: capitalised words, no digits ("Atlas", "Interfax-Ukraine").
_ORG_NAME = re.compile(r"^[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}$")


def dateline_agency(first_paragraph: str) -> str | None:
    """Agency from a wire dateline ("BAGHDAD (Atlas) - ...") at the start of the first paragraph.

    By wire convention the parenthesis after the place IS the agency, so a name the agency table does not
    know is still taken when it is shaped like one (capitalised words, no digits).
    """
    m = _DATELINE.match(first_paragraph)
    if not m:
        return None
    inside = m.group("agency").strip()
    known = find_agency(inside)
    if known:
        return known
    return inside if _ORG_NAME.match(inside) and not any(ch.isdigit() for ch in inside) else None


def agency_from_credit(credit: str | None) -> str | None:
    """The agency behind a byline or author field: ``AFP``, ``Jane Doe, Reuters``, ``Atlas``.

    A known agency anywhere in the credit wins. Otherwise a credit of ONE capitalised word is taken as an
    organisation (people sign with a first and a last name); anything else is a person, not an agency.
    """
    if not credit:
        return None
    known = find_agency(credit)
    if known:
        return known
    words = credit.strip().split()
    if len(words) == 1 and _ORG_NAME.match(words[0]) and not any(ch.isdigit() for ch in words[0]):
        return words[0]
    return None


# --- dates --------------------------------------------------------------------------------------------


@cache
def _date_tables() -> tuple[dict[str, int], list[re.Pattern[str]], frozenset[str]]:
    spec = load_json("dates.json")
    months: dict[str, int] = spec["months"]
    alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    patterns = [
        # October 27, 2020 / Oct. 27 2020 / October 27th, 2020
        rf"\b(?P<mon>{alt})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
        # 27 October 2020 / 27th of Oct, 2020 / 27 de junio de 2022 / 1er mai 2022
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:(?:of|de)\s+)?(?P<mon>{alt})\.?,?\s+(?:de\s+)?"
        r"(?P<year>(?:19|20)\d\d)\b",
        # 2020-10-27 (also with T-time after it) / 2020/10/27 / 2020.10.27
        r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<nmon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
        r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        # 27.10.2020 (European) / 10/27/2020 (US, or day-first when the first number is over 12)
        r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b",
    ]
    words = frozenset(w.lower() for w in spec["date_line_words"])
    return months, [re.compile(p, re.I) for p in patterns], words


def _match_to_date(m: re.Match[str], months: dict[str, int]) -> dt.date | None:
    g = m.groupdict()
    year = int(g["year"])
    if g.get("mon"):
        month, day = months[g["mon"].lower().rstrip(".")], int(g["day"])
    elif g.get("nmon"):
        month, day = int(g["nmon"]), int(g["day"])
    else:
        a, b = int(g["a"]), int(g["b"])
        if g["sep"] == "." or a > 12:
            day, month = a, b
        else:
            month, day = a, b
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first calendar date written in ``text``: ``(ISO date, (start, end))`` or None."""
    months, patterns, _ = _date_tables()
    best: tuple[str, tuple[int, int]] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            day = _match_to_date(m, months)
            if day and (best is None or m.start() < best[1][0]):
                best = (day.isoformat(), m.span())
                break
    return best


_TIME_TOKEN = re.compile(
    r"^(?:\d{1,2}(?:[:.h]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?|[+-]?\d{1,4}|(?:utc|gmt)[+-]\d{1,2}(?::?\d\d)?)$"
)


def parse_date_line(line: str) -> str | None:
    """ISO date if the whole line is a dateline ("October 27, 2020", "Published: 27 Oct 2020, 10:32 GMT").

    A line that merely contains a date inside a sentence is not a date line: every other word must be a
    date-line word (weekday, "Updated", time zone) or a time, so body sentences never become the date.
    """
    _, _, words = _date_tables()
    if len(line) > 120:
        return None
    found = find_date(line)
    if not found:
        return None
    iso, (start, end) = found
    rest = line[:start] + " " + line[end:]
    for token in re.split(r"[\s,;()]+", rest):
        token = token.strip(":|").lower()
        if token and token not in words and not _TIME_TOKEN.match(token):
            return None
    return iso


# Separators between a date and a credit on one line: "April 12, 2023 - Meridian", "By Atlas · March 17".
_SEGMENTS = re.compile(r"\s+[-\u2013\u2014|\u00b7\u2022]\s+|\s*[|\u00b7\u2022]\s*")
_CREDIT_MAX_WORDS = 6


def split_dateline(line: str) -> tuple[str, str | None] | None:
    """``(ISO date, credit or None)`` for a date line that may carry a credit beside the date.

    "October 27, 2020" -> ("2020-10-27", None); "Published April 12, 2023 - Meridian" ->
    ("2023-04-12", "Meridian"); "By Atlas · March 17, 2022" -> ("2022-03-17", "By Atlas"). Every segment
    other than the date must be a short unpunctuated credit, so a sentence with a date never qualifies.
    """
    if len(line) > 160:
        return None
    iso = parse_date_line(line)
    if iso:
        return iso, None
    parts = [p.strip() for p in _SEGMENTS.split(line) if p and p.strip()]
    if len(parts) < 2:
        return None
    found: str | None = None
    credits: list[str] = []
    for part in parts:
        day = parse_date_line(part) if found is None else None
        if day:
            found = day
        elif len(part.split()) <= _CREDIT_MAX_WORDS and part[-1:] not in ".!?":
            credits.append(part)
        else:
            return None
    if found is None:
        return None
    return found, " ".join(credits) or None


_URL_DATE = re.compile(
    r"[/_-](?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<nmon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?:[/_.-]|$)"
    r"|/(?P<compact>(?:19|20)\d{6})(?:[/_.-]|$)"
)


def date_from_url(url: str | None) -> str | None:
    """Publication date encoded in a URL path.

    ``/2020/10/27/``, ``/story-2022-04-08/``, ``/20230726-niger-coup``: a whole year-month-day group
    between separators, so article numbers (``-a71875``) and ids never pass for dates.
    """
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for m in _URL_DATE.finditer(path):
        if m.group("compact"):
            c = m.group("compact")
            y, mo, d = int(c[:4]), int(c[4:6]), int(c[6:])
        else:
            y, mo, d = int(m.group("year")), int(m.group("nmon")), int(m.group("day"))
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def iso_date(value: Any) -> str | None:
    """ISO date (YYYY-MM-DD) from a supplied ``published`` value: ISO 8601, RFC 822, or written dates."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(text)
    return found[0] if found else None


# --- language -----------------------------------------------------------------------------------------

# Fewer letters than this and n-gram language identification is a coin toss; better to say "unknown".
_MIN_LETTERS = 20
# py3langid's normalised probability below which the guess is not worth reporting.
_MIN_CONFIDENCE = 0.5
# Identification reads this much of the body: some 300 words, plenty for a confident guess, and the cost
# of identification grows with the sample.
_SAMPLE_CHARS = 2000
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> Any:
    # Deferred and cached: loading the model costs ~0.3 s, and only callers that read articles pay it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the body's language (``"en"`` for English), or None when too short/unsure."""
    sample = text[:_SAMPLE_CHARS]
    if sum(1 for _ in itertools.islice(_LETTER.finditer(sample), _MIN_LETTERS)) < _MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    if lang != "en" and _reads_as_english(sample):
        # n-grams of one short wire sentence full of foreign names ("Islamist fighters killed 20
        # villagers in Mocimboa da Praia, residents said") read as Portuguese or Nigerian Pidgin;
        # English grammar words settle it
        return "en"
    return str(lang) if prob >= _MIN_CONFIDENCE else None


# English grammar words that other languages written in Latin script rarely use as words of their own
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "in",
        "on",
        "at",
        "to",
        "was",
        "were",
        "said",
        "has",
        "have",
        "had",
        "by",
        "with",
        "from",
        "after",
        "for",
        "that",
        "which",
        "who",
        "killed",
    ]
)
# only short texts are second-guessed: over this many words the identifier's n-grams are reliable
_SHORT_TEXT_WORDS = 80


# A single short sentence: too few words for three grammar words to be expected.
_ONE_SENTENCE_WORDS = 12


def _reads_as_english(sample: str) -> bool:
    words = re.findall(r"[a-z]+", sample.lower())
    if not words or len(words) > _SHORT_TEXT_WORDS:
        return False
    hits = sum(w in _ENGLISH_WORDS for w in words)
    # one short sentence may hold only two ("Kenya deployed 400 police officers to Haiti on Tuesday")
    enough = 2 if len(words) <= _ONE_SENTENCE_WORDS else 3
    return hits >= enough and hits / len(words) >= 0.15


_LANG_TAG = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*$")


def language_code(tag: Any) -> str | None:
    """``"en-US"`` / ``"EN"`` -> ``"en"``; anything that is not a two-letter-based tag -> None."""
    if not isinstance(tag, str):
        return None
    m = _LANG_TAG.match(tag.strip())
    return m.group(1).lower() if m else None


# --- assembly -----------------------------------------------------------------------------------------


def make_article(
    body: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    agency: str | None = None,
    language: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Article:
    """Fill the defaults every reader shares, then build the article (id = hash of the body).

    Why here: outlet from the URL, date from the URL, agency from a dateline and language from the body
    are the same fallbacks whatever the format, so they live in one place.
    """
    url = _one_line(url)
    first_paragraph = body.split("\n\n", 1)[0]
    return Article.from_text(
        body,
        title=_one_line(title),
        url=url,
        published=published or date_from_url(url),
        outlet=_one_line(outlet) or outlet_from_url(url),
        agency=_one_line(agency) or dateline_agency(first_paragraph),
        language=language or detect_language(body),
        source=source,
        metadata=metadata or {},
    )


def _one_line(value: str | None) -> str | None:
    """A header field as one clean line (same normalisation as bodies, line breaks to spaces), or None."""
    if not value:
        return None
    return " ".join(clean_text(value).split()) or None
