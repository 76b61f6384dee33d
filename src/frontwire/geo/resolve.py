"""Toponym resolution in context, and picking the place an event happened.

Resolution is a scored choice among gazetteer candidates, done jointly for one article:

1. **Candidates** come from the folded-name index; a demonym ("Syrian") or country alias adds the
   country, and "Barda region" falls back to "Barda" with a preference for divisions.
2. **Priors**: kind (a country outranks a village that shares its name, so "Armenia" is not the
   Colombian city), population (weak: log scale, because Khankendi's recorded population is 2,100
   and it is still the city the news means), the main name over an alternate one, capitals.
3. **Local cues** around each mention: "X region/district" or "province of X" favour divisions,
   "the town of X" favours places; "X, Y" and "Y's X" make Y the container of X; "the country's X"
   and "the region's X" point back to the article's main country or the last region named.
4. **Article context**, shared by every mention of the same name (one sense per discourse): the
   countries the article talks about (names and demonyms counted over the whole body), the divisions
   it names, and - in a second pass - distance to the places the other mentions resolved to.

5. **Names the gazetteer lacks** (a street, hospital, stadium, village too small for it) take the
   nearest town resolved around them (``context_fallback``): always for spans known to be toponyms
   (label ``TOPONYM``), for NER spans only when NER says FAC/LOC and the name has a feature word.
   Place adjectives resolve to their place ("Sicilian" -> Sicily), abbreviations never to towns
   that fold to them ("WA" is not Wa, Ghana), direction-only names ("the West") never to towns or
   to divisions of countries the article does not name, and a bare "Congo" is settled by the body.

Weights and cue words are data (``data/resolve_rules.json``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwire.geo.build import strip_admin_terms
from frontwire.geo.countries import country_code, is_demonym, is_demonym_or_country
from frontwire.geo.gazetteer import Entry, Gazetteer
from frontwire.geo.text import DATA_DIR, fold, fold_variants
from frontwire.model import Place

if TYPE_CHECKING:
    from frontwire.geo import Mention

ADMIN_KINDS = frozenset({"admin1", "admin2", "district", "region"})
BROAD_KINDS = frozenset({"country", "continent", "region", "water"})
_POSSESSIVE = re.compile(r"['’]s?\s*$")
_CAPWORD = re.compile(r"\b[A-Z][a-zA-Z’'.-]*(?:\s+[A-Z][a-zA-Z’'.-]*)?")


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(DATA_DIR / "resolve_rules.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, list[tuple[str, str]]]:
    """Initials of multi-word country names -> [(ISO3, name)]: "SA" -> South Africa, Saudi Arabia."""
    import pycountry

    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in pycountry.countries:
        for name in {getattr(c, "common_name", None) or c.name, c.name}:
            words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
            if len(words) >= 2 and "," not in name:
                out["".join(w[0] for w in words)].append((c.alpha_3, name))
    return dict(out)


# A North American phone number: "519-661-5670", "(859) 555-0123", "1-800-222-8477"
_PHONE = re.compile(
    r"(?<![\d-])(?:1[-. ])?(?:\((?P<paren>[2-9]\d\d)\)\s?|(?P<code>[2-9]\d\d)[-.])[2-9]\d\d[-.]\d{4}(?![\d-])"
)


@lru_cache(maxsize=1)
def _area_codes() -> dict[str, tuple[str, str]]:
    """Area code -> (ISO3, first-level division or "") for the codes outside the US (toll-free: "")."""
    out: dict[str, tuple[str, str]] = {}
    with open(DATA_DIR / "nanp_area_codes.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("country\t") or not line.strip():
                continue
            country, admin1, codes = line.rstrip("\n").split("\t")
            for code in codes.split("|"):
                out[code] = (country, admin1)
    return out


def phone_places(body: str) -> set[tuple[str, str]]:
    """(ISO3, division or "") of each North American phone number the body gives for tips or
    information ("call London police at 519-661-5670"): local news of the US and Canada prints them,
    and the area code says which side of the border (and which province) the story is from, where
    the text may never name its state ("London police" of London, Ontario). Toll-free numbers name
    nothing; a code not listed in ``nanp_area_codes.tsv`` is a US one."""
    out: set[tuple[str, str]] = set()
    codes = _area_codes()
    for m in _PHONE.finditer(body):
        country, admin1 = codes.get(m.group("paren") or m.group("code"), ("USA", ""))
        if country:
            out.add((country, admin1))
    return out


@lru_cache(maxsize=1)
def _admin_terms() -> dict:
    with open(DATA_DIR / "admin_terms.json", encoding="utf-8") as fh:
        return json.load(fh)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the metric of the 161 km accuracy convention)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def display_name(entry: Entry) -> str:
    """The name to show: divisions without their generic word ("Barda Rayon" -> "Barda")."""
    if entry.kind in ADMIN_KINDS:
        return _strip_generic(entry.name)
    return entry.name


@lru_cache(maxsize=1)
def _generic_suffixes() -> frozenset[str]:
    return frozenset(fold(t) for t in _admin_terms()["suffixes"])


def name_skeleton(name: str) -> str:
    """A name's consonant skeleton, for transliteration variants: the first letter, then the
    consonants without w and y, doubled letters once ("Jawzjan" and "Jowzjan" -> "jzjn", "Lower
    Jubba" and "Lower Juba" -> "lrjb", "Salahuddin" and "Salah ad Din" -> "slhdn")."""
    k = re.sub(r"[^a-z]", "", fold(name))
    if not k:
        return ""
    return re.sub(r"(.)\1+", r"\1", k[0] + re.sub(r"[aeiouwy]", "", k[1:]))


def _strip_generic(name: str) -> str:
    words = name.split()
    terms = _generic_suffixes()
    while len(words) > 1 and fold(words[-1]) in terms:
        words.pop()
    return " ".join(words)


def to_place(entry: Entry, text: str | None, span: tuple[int, int] | None) -> Place:
    return Place(
        name=display_name(entry),
        country=entry.country,
        admin1=_strip_generic(entry.admin1) if entry.admin1 else None,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        precision=entry.precision,
        text=text,
        geonameid=entry.geonameid,
        span=span,
    )


@dataclass
class _Group:
    """All mentions of one name in an article: they share one resolution."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    cands: list[Entry] = field(default_factory=list)
    local: dict[int, float] = field(default_factory=lambda: defaultdict(float))  # cue bonuses per id
    alias_country: str | None = None  # set when the name is a country alias or demonym
    embedded: bool = False  # candidates come from a place named inside a longer unknown name
    directional: bool = False  # the name is only direction words ("West", "Western", "West Coast")
    excluded: set[int] = field(default_factory=set)  # ruled out by a stated container country
    admin_cued: bool = False  # some mention reads as a state or province ("Atlanta, Georgia")
    admin_named: bool = False  # the name carries a division word ("Marion County")
    choice: Entry | None = None
    scores: dict[int, float] = field(default_factory=dict)


class Resolver:
    """Scores gazetteer candidates for the toponyms of an article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.r = rules()
        # body -> its demonym counts: every event of an article asks again (see article_countries)
        self._demonyms: dict[str, Counter] = {}
        self._agencies: dict[str, set[tuple[str, str]]] = {}  # body -> agency_divisions
        agencies = "|".join(
            map(re.escape, sorted(self.r["jurisdiction_agencies"]["words"], key=len, reverse=True))
        )
        # "Kentucky State Police", "the Alabama Bureau of Investigation", "Bihar police"
        self._agency = re.compile(
            r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)\s+(?i:" + agencies + r")\b"
        )
        self._countries: dict[str, Entry | None] = {}  # ISO3 -> country record (_country_entry)
        admin_words = self.r["admin_words"] + self.r["admin_words_after"]
        self._admin_after = re.compile(r"^\s+(?:" + "|".join(map(re.escape, admin_words)) + r")\b", re.I)
        self._admin_before = re.compile(
            r"\b(?:" + "|".join(map(re.escape, admin_words)) + r")\s+of\s+(?:the\s+)?$", re.I
        )
        self._city_after = re.compile(
            r"^\s+(?:" + "|".join(map(re.escape, self.r["city_words"])) + r")\b", re.I
        )
        self._city_before = re.compile(
            r"\b(?:" + "|".join(map(re.escape, self.r["city_words"])) + r")\s+of\s+(?:the\s+)?$", re.I
        )
        ref = self.r["referent_words"]
        dirs = "|".join(map(re.escape, self.r["direction_words"]))
        self._ref_before = {
            kind: re.compile(
                r"\b(?:the|that|this)\s+(?:" + "|".join(words) + r")['’]s\s+(?:(?:" + dirs + r")\s+)?$", re.I
            )
            for kind, words in ref.items()
        }
        self._poss_before = re.compile(
            r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})['’]s?\s+(?:(?:" + dirs + r")\s+)?$"
        )
        self._comma_after = re.compile(r"^\s*,\s*")
        # "WA", "A.C.T.", and a mixed-case short form ("MoD", "DoD": the Ministry of Defence, not
        # Modesto, whose airport code folding makes it equal to); not "McKee"
        self._acronym = re.compile(r"^(?:(?:[A-Z]\.?){2,4}|(?!Ma?c)(?=[\w]{3,5}$)[A-Z][a-z]+[A-Z]\w*)$")
        self._list_after = re.compile(r"^\s*(?:,\s*(?:and\b|or\b)?|and\b|or\b|&)\s*[A-Z]")
        self._list_before = re.compile(r",\s*$")
        self._in_after = re.compile(r"^\s+in\s+(?:the\s+)?(?:(?:" + dirs + r")\s+)?")
        self._stop_embedded = {fold(w) for w in self.r["embedded_stopwords"]}
        self._directions = {fold(w) for w in self.r["direction_words"]}
        self._direction_tails = {fold(w) for w in self.r["direction_name_tails"]}
        fb = self.r["context_fallback"]
        self._fallback_labels = frozenset(fb["labels"])
        self._feature_labels = frozenset(fb["feature_labels"])
        self._feature_word = re.compile(
            r"\b(?:" + "|".join(map(re.escape, fb["feature_words"])) + r")\b", re.I
        )
        st = self.r["stated_settlements"]
        nouns = "|".join(map(re.escape, sorted(st["nouns"], key=len, reverse=True)))
        # "the village of X", "the North Korean city of X", "Nigeria's northeastern town of X"
        at_nouns = "|".join(map(re.escape, sorted(st["at_nouns"], key=len, reverse=True)))
        # "the village of X", and "the camp at X" for camps and bases (``at_nouns``)
        of_or_at = r"(?:(?P<noun>" + nouns + r")\s+of|(?P<at_noun>" + at_nouns + r")\s+at)"
        self._settle_before = re.compile(r"\b" + of_or_at + r"\s+(?:the\s+)?$")
        # "blew up at the base in Puerto Jordan": a definite camp or base told in a place
        self._settle_in_site = re.compile(r"\bthe\s+(?P<at_noun>" + at_nouns + r")\s+in\s+$")
        self._settle_owner = re.compile(
            r"(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)(?:['’]s)?\s+(?:(?:" + dirs + r")\s+)?"
            r"(?:[a-z-]+\s+){0,2}?(?:" + nouns + r")\s+of\s+(?:the\s+)?$"
        )
        # "X village", "X, a small village in ...", and a name NER took with its noun ("Pazigyi village")
        self._settle_after = re.compile(
            r"^(?:\s+|\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)(?P<noun>" + nouns + r")\b"
        )
        self._settle_in_name = re.compile(r"\s+(?P<noun>" + nouns + r")$")
        self._nouns = nouns
        # "a town in the Donetsk region", "Anbar province": a capitalised name the tagger left untagged
        # right before an administrative noun (not "the Foreign Ministry region" - see not_place_words)
        divisions = "|".join(
            map(
                re.escape, sorted((n for n, k in st["nouns"].items() if k == "region"), key=len, reverse=True)
            )
        )
        self._division_named = re.compile(
            r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:" + divisions + r")\b"
        )
        self._settle_named = re.compile(
            r"\b" + of_or_at + r"\s+(?:the\s+)?"
            # "Wad al-Noura", "Deir el-Balah": an Arabic article may open any word of the name
            r"(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]*"
            r"(?:\s+(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]*){0,2})"
        )
        # "the Walid crossing", "Al-Mastumah, the largest regime base in Idlib": a named site
        # (``site_nouns``) the text makes definite or apposes a site noun to
        sites = "|".join(map(re.escape, sorted(st["site_nouns"], key=len, reverse=True)))
        self._site_nouns = frozenset(st["site_nouns"])
        site_name = (
            r"(?P<name>(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]*"
            r"(?:\s+(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]*){0,2})"
        )
        self._site_named = re.compile(r"\bthe\s+" + site_name + r"\s+(?P<noun>" + sites + r")\b")
        self._site_apposed = re.compile(
            r"(?<![\w’'-])" + site_name + r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?P<noun>" + sites + r")\b"
        )
        self.clause_rx = re.compile(
            r"\band\b(?!\s+[A-Z])|\b(?:" + "|".join(map(re.escape, st["clause_words"])) + r")\b|[.;:!?\n]"
        )
        # "in north-central Burkina Faso", "in the restive southern KwaZulu-Natal"
        # what joins a settlement to its container: "X in ...", "X, ...", "X near ...", "X (...",
        # "X region [southern Somalia]", a list "X and Y in ..."
        self._container_link = re.compile(
            r"\s*(?:(?:" + nouns + r")\b\s*)?(?:and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*)?"
            r"(?:,|\(|\[|\b(?:in|near|outside|close\s+to|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of)\b)"
        )
        self._in_name = re.compile(
            r"\bin\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
        )

    # -- candidates ---------------------------------------------------------------------------
    def candidates(self, text: str, context: str | None = None) -> tuple[list[Entry], str | None, bool, bool]:
        """(entries, alias country, admin-cue-in-name, found-inside-a-longer-name) for a mention.

        ``context`` (the article body) settles country names several states share ("Congo").
        """
        t = _POSSESSIVE.sub("", text.strip())
        alias_initials: str | None = None
        keys = [fold(t)]
        if keys[0].startswith("the "):
            keys.append(keys[0][4:])
        keys.extend(k for k in fold_variants(t) if k not in keys)
        division = self.r["adjective_divisions"].get(keys[0])
        if division:
            # "English", "Scottish", "Welsh": the nation within the state, not the whole state
            # (an English town is in England, hundreds of km from the middle of the UK).
            code, name = division
            hits = [e for e in self.gaz.lookup(fold(name)) if e.kind == "admin1" and e.country == code]
            if hits:
                return hits, None, False, False
        found: dict[int, Entry] = {}
        for k in keys:
            for e in self.gaz.lookup(k):
                found.setdefault(e.id, e)
        adjective = self.r["adjective_places"].get(keys[0])
        if adjective:
            # "EU", "European": the continent, not the French village of Eu.
            broad = {e.id: e for e in self.gaz.lookup(fold(adjective)) if e.kind in BROAD_KINDS}
            if broad:
                found = broad
        if self._acronym.match(t):
            # "WA", "ACT", "SA": an abbreviation, not the town of Wa (Ghana) or Siá (Cyprus) that
            # folding makes it equal to; a town keeps it only if the town itself is so written.
            found = {k: e for k, e in found.items() if e.kind != "city" or e.name.isupper()}
            if context:
                # "SA" in a story that spells out "South Africa" is South Africa (in one that says
                # "South Australia" it stays the state): initials of a country named in full nearby.
                for code, name in _country_initials().get(t.replace(".", ""), ()):
                    if re.search(r"\b" + re.escape(name), context):  # "South Africa(ns)"
                        c = self.gaz.country(code)
                        if c is not None:
                            found = {c.id: c}
                            alias_initials = code
                            break
        admin_in_name = False
        if not found:
            stripped = strip_admin_terms(t, _admin_terms())
            if stripped and stripped not in keys:
                admin_in_name = True
                for e in self.gaz.lookup(stripped):
                    found.setdefault(e.id, e)
        if not found:
            # "South Venezuela", "northern Syria": the named place itself, at its own precision.
            words = t.split()
            if len(words) > 1 and fold(words[0]) in self._directions:
                for e in self.gaz.lookup(fold(" ".join(words[1:]))):
                    found.setdefault(e.id, e)
        if not found and not country_code(t):
            # A demonym of no one country ("Kurdish", "Korean") may still name a place.
            found = self._adjective_place(t)
        embedded = False
        if not found and not is_demonym_or_country(t):
            found = self._embedded(t)
            embedded = bool(found)
            building = bool(self._feature_word.search(t))
            first = fold(t.split()[0]).rstrip(".") if t.split() else ""
            named = {} if first in self.r["settlement_prefixes"]["words"] else self._named_country(t)
            if named:
                # "Bank of Japan", "Mexican Senate", "US Federal Reserve", "Council of Europe": a body
                # named for its country or continent is that country's, not a town sharing one word
                # of its name (Reserve, New Mexico). A building so named ("Russian Embassy", "Hotel
                # Ukraina") need not be there: it keeps the place named inside it, else yields to
                # the town around it (embedded), and takes the country only when nothing else does.
                if building:
                    found = found or named
                    embedded = True
                elif not found or all(e.kind == "city" for e in found.values()):
                    found, embedded = named, False
        alias = alias_initials
        if is_demonym_or_country(t) and not country_code(t, context):
            # A people of no one state ("Arab", "Kurdish"): not a small town that shares the word
            # (Arab, Alabama); a large place or region so named may still be meant.
            min_pop = self.r["adjective_suffixes"]["min_city_population"]
            found = {k: e for k, e in found.items() if e.kind != "city" or e.population >= min_pop}
        if is_demonym_or_country(t):
            alias = country_code(t, context)
            if alias:
                c = self.gaz.country(alias)
                if c is not None:
                    # Only the state meant: "Congo" is also the other Congo's name in the gazetteer.
                    found = {k: e for k, e in found.items() if e.kind != "country" or e.country == alias}
                    found.setdefault(c.id, c)
        return list(found.values()), alias, admin_in_name, embedded

    def _adjective_place(self, text: str) -> dict[int, Entry]:
        """The place an adjective is made from: "Siberian" -> Siberia, "Sicilian" -> Sicily.

        Why: annotators and NER treat such adjectives as references to the place, the demonym list
        covers countries only, and English forms them by a handful of regular suffix changes
        (``adjective_suffixes``). Only a broad place or a large city is accepted, since adjectives are
        made from well-known names; a village that happens to match the stem ("Havan") is not one.
        """
        word = text.strip()
        if " " in word or not word[:1].isupper():
            return {}
        low = fold(word)
        cfg = self.r["adjective_suffixes"]
        for suffix, stems in cfg["rules"].items():
            if not low.endswith(suffix) or len(low) - len(suffix) < 3:
                continue
            base = low[: -len(suffix)]
            for tail in stems:
                hits = {
                    e.id: e
                    for e in self.gaz.lookup(base + tail)
                    if (e.primary or e.kind in BROAD_KINDS or e.kind == "admin1")
                    and (e.kind != "city" or e.population >= cfg["min_city_population"])
                    and e.kind != "admin2"
                }
                if hits:
                    return hits
        return {}

    def _named_country(self, text: str) -> dict[int, Entry]:
        """The country or continent a longer unknown name is named for: "Bank of Japan" -> Japan.

        Runs of one to three capitalised words are tried, longest first; a run that is a country
        name, short form or demonym of one state gives the country, a continent ("Council of
        Europe") or one of ``adjective_places`` ("European", "African") the continent or region.
        The whole name is not tried (that is a country name or demonym, handled before).
        """
        words = text.split()
        if len(words) < 2:
            return {}
        for n in range(min(3, len(words) - 1), 0, -1):
            for i in range(len(words) - n + 1):
                run = " ".join(words[i : i + n])
                if not run[:1].isupper():
                    continue
                code = country_code(run)
                if code:
                    c = self.gaz.country(code)
                    if c is not None:
                        return {c.id: c}
                broad = self.r["adjective_places"].get(fold(run))
                hits = {
                    e.id: e
                    for e in self.gaz.lookup(fold(broad if isinstance(broad, str) else run))
                    if e.kind == "continent" or (isinstance(broad, str) and e.kind in BROAD_KINDS)
                }
                if hits:
                    return hits
        return {}

    def _embedded(self, text: str) -> dict[int, Entry]:
        """Places named inside an unknown multi-word name: "Colorado State University" is in Colorado.

        Every run of words starting with a capital is looked up; the run with the best claim wins:
        longer runs first, then the more populous place ("Robinson College Cambridge" is in
        Cambridge, not in a hamlet called Robinson). Generic facility words never count on their
        own, and a country found this way is not used: a building or body named after a country
        ("Hotel Ukraina", "Russian Embassy") need not be in it.
        """
        words = text.split()
        if len(words) < 2:
            return {}
        best: tuple[float, dict[int, Entry]] = (-math.inf, {})
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if not run[0][:1].isupper():
                    continue
                key = fold(" ".join(run))
                if key in self._stop_embedded or is_demonym_or_country(" ".join(run)):
                    continue
                # Only a place's main name, and no hamlet: "Brands Hatch" is not in Hatch, New Mexico.
                hits = {
                    e.id: e
                    for e in self.gaz.lookup(key)
                    if e.kind not in {"country", "continent"}
                    and e.primary
                    and (e.kind != "city" or e.population >= self.r["embedded_min_population"])
                }
                if hits:
                    claim = 2.0 * n + math.log10(1 + max(e.population for e in hits.values()))
                    if claim > best[0]:
                        best = (claim, hits)
        return best[1]

    # -- article context --------------------------------------------------------------------
    def article_countries(self, body: str, mentions: list[Mention]) -> Counter:
        """How often each country is named (as a toponym mention) or referred to by demonym.

        Demonyms are counted over the whole body because NER tags them NORP, not as places
        ("Azerbaijani forces"); country names only where NER took them for places, so a girl
        called Georgia does not make a story Georgian. A two-word name is read whole first, so
        "British Columbia" is not counted as British.
        """
        counts = Counter(self._demonym_counts(body))
        for m in mentions:
            if not is_demonym(m.text):
                code = country_code(m.text, body)
                if code:
                    counts[code] += 1
        return counts

    def agency_divisions(self, body: str) -> set[tuple[str, str]]:
        """(ISO3, first-level division) of each force or agency the body names for a state, province
        or county: "Kentucky State Police", "the Alabama Bureau of Investigation", "Lincolnshire
        Police", "NSW Police", "Bihar Police" (``jurisdiction_agencies`` in the rules).

        Why: local crime copy names the force that speaks far more often than the state it is in,
        and a force's name is its jurisdiction, so it tells which Columbia or Boston the story means.
        Only a name the gazetteer holds as a first-level division of one country (or, failing that,
        as one second-level division: "Lincolnshire", "Greater Manchester") counts: "Punjab Police"
        (India or Pakistan) and "Adair County Sheriff's Office" (four states) say nothing alone, and
        "London police" or "Kingston police" names a city (a town of the name at least
        ``max_city_share`` of the division's population), which the resolver reads with the story's
        other signals.
        """
        hit = self._agencies.get(body)
        if hit is not None:
            return hit
        out: set[tuple[str, str]] = set()
        share = self.r["jurisdiction_agencies"]["max_city_share"]
        for m in self._agency.finditer(body):
            words = m.group("name").split()
            for i in range(len(words)):
                # "The Alabama Bureau of Investigation": the longest run that names a division
                hits = self.gaz.lookup(fold(" ".join(words[i:])))
                entries = [e for e in hits if e.kind in ADMIN_KINDS]
                town = max((e.population for e in hits if e.kind == "city"), default=0)
                if entries and town >= share * max(e.population for e in entries):
                    break  # "Kingston police": the city's force (Kingston parish is Jamaica's too)
                firsts = {(e.country, e.admin1) for e in entries if e.kind == "admin1" and e.admin1}
                seconds = {
                    (e.country, e.admin1) for e in entries if e.kind != "admin1" and e.primary and e.admin1
                }
                found = firsts or seconds
                if found:
                    if len(found) == 1 and all(c for c, _ in found):
                        out |= {(c, str(a)) for c, a in found}
                    break
        if len(self._agencies) >= 16:
            self._agencies.clear()
        self._agencies[body] = out
        return out

    def _demonym_counts(self, body: str) -> Counter:
        """The body-scan part of ``article_countries`` (demonyms, and the country of each North
        American phone number once, see ``phone_places``): kept for the last few bodies (the engine
        asks once per event and sentence of the same article)."""
        hit = self._demonyms.get(body)
        if hit is not None:
            return hit
        counts: Counter = Counter()
        for m in _CAPWORD.finditer(body):
            phrase = m.group(0)
            if " " in phrase and (is_demonym(phrase) or self.gaz.lookup(fold(phrase))):
                first = phrase
            else:
                first = phrase.split()[0]
            if is_demonym(first):
                code = country_code(first)
                if code:
                    counts[code] += self.r["demonym_context_weight"]
        for code in {country for country, _ in phone_places(body)}:
            counts[code] += self.r["phone_context_weight"]
        for code in {country for country, _ in self.agency_divisions(body)}:
            counts[code] += self.r["jurisdiction_agencies"]["context_weight"]
        if len(self._demonyms) >= 16:
            self._demonyms.clear()
        self._demonyms[body] = counts
        return counts

    def resolve(self, body: str, mentions: list[Mention]) -> dict[tuple[int, int], Place]:
        """All mentions of one article, jointly (see the module docstring for the scoring)."""
        r = self.r
        groups: dict[str, _Group] = {}
        # A hard cap, like any input-size cap: a pathological "article" (a gazetteer dump) must not
        # stall a worker; mentions past the cap stay unresolved.
        for m in mentions[: r["max_mentions"]]:
            if len(m.text) > r["max_mention_chars"]:
                continue
            key = fold(_POSSESSIVE.sub("", m.text.strip()))
            if not key:
                continue
            g = groups.get(key)
            if g is None:
                cands, alias, admin_in_name, embedded = self.candidates(m.text, body)
                g = groups[key] = _Group(key=key, cands=cands, alias_country=alias, embedded=embedded)
                words = key.split()
                g.directional = (
                    bool(words)
                    and all(w in self._directions or w in self._direction_tails for w in words)
                    and words[0] in self._directions
                )
                g.admin_named = admin_in_name
                if admin_in_name:
                    for e in cands:
                        g.local[e.id] += r["admin_cue"]["admin_kinds_bonus"] if e.kind in ADMIN_KINDS else 0.0
            g.mentions.append(m)
        if not groups:
            return {}
        ctx = self.article_countries(body, mentions)
        named_countries = set(ctx)  # as the text names them, before resolved places add theirs
        top = max(ctx.values()) if ctx else 0
        top_country = ctx.most_common(1)[0][0] if ctx else None
        by_start = sorted(mentions, key=lambda m: m.start)
        span_group = {(m.start, m.end): fold(_POSSESSIVE.sub("", m.text.strip())) for m in mentions}

        # Pass 1: priors, local cues, article countries.
        for g in groups.values():
            for m in g.mentions:
                self._local_cues(body, m, g, groups, by_start, span_group, top_country)
        # a province a phone number's area code names counts as a division the story names
        # and so does the state or province of a force the story names ("Kentucky State Police")
        admin_ctx: Counter = Counter((code, admin1) for code, admin1 in phone_places(body) if admin1)
        admin_ctx.update(self.agency_divisions(body))
        for g in groups.values():
            self._choose(g, ctx, top, admin_ctx, {})
            # An adjective ("English") says what a story is about no more than a demonym does:
            # it does not make every Washington an English one.
            if (
                g.choice is not None
                and g.choice.kind in {"admin1", "region", "district"}
                and g.key not in r["adjective_divisions"]
            ):
                admin_ctx[(g.choice.country, g.choice.admin1)] += 1

        # Pass 2: "the region's X" referents and distance to what the other names resolved to.
        for g in groups.values():
            for m in g.mentions:
                self._region_referent(body, m, g, groups, by_start, span_group)
        # A nation adjective ("English") is a demonym: it counts for the article's country (above),
        # not as a place the others should lie near.
        adjectives = r["adjective_divisions"]
        chosen = {k: g.choice for k, g in groups.items() if g.choice is not None and k not in adjectives}
        # The places resolved so far say which countries the article is about, too (a story full of
        # Alberta towns is Canadian even if it never says "Canada").
        for e in chosen.values():
            if e.country and e.kind not in BROAD_KINDS:
                ctx[e.country] += 1
        top = max(ctx.values()) if ctx else 0
        # Coherence: each candidate is scored by how close it lies to the plausible readings of the
        # *other* names (their best few candidates, not only their first choice), so a cluster of
        # mutually close readings - London, St. Thomas and Middlesex in Ontario - can win together
        # against each name's most populous reading.
        k = r["coherence"]["candidates_per_name"]
        margin = r["coherence"]["score_margin"]
        plausible: dict[str, list[Entry]] = {}
        for key, g in groups.items():
            if not g.cands or key not in chosen or g.choice.kind in BROAD_KINDS:
                continue
            best = g.scores[g.choice.id]
            ranked = sorted((e for e in g.cands if e.id in g.scores), key=lambda e: -g.scores[e.id])
            plausible[key] = [
                e for e in ranked[:k] if g.scores[e.id] >= best - margin and e.kind not in BROAD_KINDS
            ]
        # In a long list of places the most repeated names carry the context; capping them keeps a
        # 400-name article linear instead of quadratic.
        keep = sorted(plausible, key=lambda k: -len(groups[k].mentions))[: r["coherence"]["max_names"]]
        plausible = {k: plausible[k] for k in keep}
        for g in groups.values():
            # a name is no evidence for its own reading: "Hyderabad" read in India must not count India
            # once more against the "Sindh" the story names
            own = chosen.get(g.key)
            g_ctx, g_top = ctx, top
            if own is not None and own.country and own.kind not in BROAD_KINDS:
                g_ctx = ctx.copy()
                g_ctx[own.country] -= 1
                g_ctx = +g_ctx
                g_top = max(g_ctx.values(), default=0)
            extra = {key: es for key, es in plausible.items() if key != g.key}
            self._choose(g, g_ctx, g_top, admin_ctx, extra)

        self._share_division_readings(groups)
        out: dict[tuple[int, int], Place] = {}
        for g in groups.values():
            if g.choice is None:
                continue
            for m in g.mentions:
                out[(m.start, m.end)] = to_place(g.choice, m.text, (m.start, m.end))
        self._context_fallback(body, groups, by_start, span_group, out, named_countries)
        self._stated_settlements(body, groups, by_start, span_group, out, named_countries)
        return out

    # -- settlements the gazetteer lacks --------------------------------------------------------
    def settlement_mentions(self, body: str, mentions: list[Mention]) -> list[Mention]:
        """Names introduced as settlements that NER left untagged: "in the city of Marawi", names
        of divisions told by their noun: "a town in the Donetsk region", "Anbar province", and named
        sites ("the Walid crossing", "Al-Mastumah, the largest base in Idlib": ``site_nouns``).

        Why: "the city of", "the village of" say a place follows as plainly as any tagger can; the
        name then resolves (or is kept as stated, see ``_stated_settlements``) like a tagged one,
        and later references ("the city") can point back to it.
        """
        from frontwire.geo import Mention as _Mention

        taken = [(m.start, m.end) for m in mentions]
        skip = {fold(w) for w in self.r["event"]["not_place_words"]}
        lead_words = {fold(w) for w in self.r["event"]["locative_preps"]} | {"the", "a", "an"}
        owners = skip | {fold(w) for w in self.r["stated_settlements"]["site_owner_words"]}
        out: list[_Mention] = []
        for mm in self._settle_named.finditer(body):
            s, e = mm.start("name"), mm.end("name")
            words = mm.group("name").split()
            if fold(words[0]) in skip or is_demonym_or_country(mm.group("name")):
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            out.append(_Mention(mm.group("name"), s, e, "GPE"))
            taken.append((s, e))
        for mm in [*self._site_named.finditer(body), *self._site_apposed.finditer(body)]:
            s, e = mm.start("name"), mm.end("name")
            words = mm.group("name").split()
            while words and fold(words[0]) in lead_words:
                # "In Tel Zahiyah, the largest base ...": a sentence's first word is no part of the name
                s = body.index(words[1], s + len(words[0])) if len(words) > 1 else e
                words = words[1:]
            if not words:
                continue
            if (
                any(fold(w) in owners for w in words)
                or is_demonym_or_country(words[0])
                or is_demonym_or_country(body[s:e])
                or body[s:e].isupper()  # "the NATO base", "the UN base": whose, not where
            ):
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            out.append(_Mention(body[s:e], s, e, "GPE"))
            taken.append((s, e))
        for mm in self._division_named.finditer(body):
            s, e = mm.start("name"), mm.end("name")
            words = mm.group("name").split()
            if any(fold(w) in skip for w in words) or is_demonym_or_country(mm.group("name")):
                continue  # "the Ministry region", "the Kurdish region": no name of a division
            if any(s < te and ts < e for ts, te in taken):
                continue
            out.append(_Mention(mm.group("name"), s, e, "GPE"))
        return out

    def known_place_mentions(self, candidates: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """Of spans the tagger labelled a person, law or organisation right after 'in' or 'near'
        ('shelled Adigrat in Tigray': Adigrat LAW, Tigray PERSON), those the gazetteer knows as a
        division or a sizeable town, and no other span already covers.

        Why: the small model mislabels many African and Asian place names; after a locative
        preposition a name the gazetteer holds as a region or a town of ``min_population`` is far more
        often that place than a person ('in Jordan' is a country either way).
        """
        rule = self.r["mislabelled_places"]
        taken = [(m.start, m.end) for m in mentions]
        skip = {fold(w) for w in self.r["event"]["not_place_words"]}
        out: list[Mention] = []
        for m in candidates:
            if any(m.start < te and ts < m.end for ts, te in taken) or fold(m.text) in skip:
                continue
            entries = self.gaz.lookup(fold(m.text))
            if any(
                e.kind in rule["kinds"] or (e.kind == "city" and e.population >= rule["min_population"])
                for e in entries
            ):
                out.append(m)
        return out

    def repeated_mentions(
        self, body: str, mentions: list[Mention], resolved: dict[tuple[int, int], Place]
    ) -> list[Mention]:
        """Other occurrences of the place names already tagged: "Mariupol" in a sentence NER never saw.

        Why: the engine parses only sentences with an event cue, so a town named in the rest of the
        story is missed, and the story's scene (its most named town) is undercounted. Names of
        countries and peoples are left alone (they are counted over the whole body already), and so
        are short names (initials). Only a name read as a place in a country the story names (or
        places another town in) is repeated: a surname NER once took for a town ("Lorenzana", Italy,
        in a Philippine story) is not.
        """
        from frontwire.geo import Mention as _Mention

        taken = sorted((m.start, m.end) for m in mentions)
        named = set(self.article_countries(body, mentions))
        names = set()
        for m in mentions:
            p = resolved.get((m.start, m.end))
            if p is None:
                continue
            # the story names the country, or another of its places lies in it
            others = {q.country for q in resolved.values() if q.name != p.name}
            if (
                (p.country in named or p.country in others)
                and p.precision != "country"
                and m.label in ("GPE", "LOC")
                and len(m.text) >= 4
                and m.text[:1].isupper()
                and not is_demonym_or_country(m.text)
            ):
                names.add(m.text)
        out: list[_Mention] = []
        for name in sorted(names):
            for mm in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", body):
                s, e = mm.start(), mm.end()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                out.append(_Mention(name, s, e, "GPE"))
        return out

    def _settlement_cue(self, body: str, m: Mention) -> str | None:
        """The settlement noun that introduces the mention ("the village of X", "X village"), if any."""
        before = body[max(0, m.start - 60) : m.start]
        after = body[m.end : m.end + 40]
        own = re.match(r"\s+(?P<noun>" + self._nouns + r")\b(?!\s+of\s)", after, re.I)
        if own is not None and self._settle_before.search(before):
            # "the main town of the Bajaur district": the noun right after the name is its own; the
            # town is another place, in it
            return own.group("noun").lower()
        cue = (
            self._settle_before.search(before)
            or self._settle_in_site.search(before)
            or self._settle_in_name.search(m.text.strip())
        )
        if cue is None:
            cue = self._settle_after.match(after)
            if cue is not None and re.match(r"\s+of\s", after[cue.end() :]):
                return None  # "the Druze town of Majdal Shams": the name before the noun only describes it
        if cue is None:
            return None
        return (cue.groupdict().get("noun") or cue.groupdict().get("at_noun") or "").lower() or None

    def _stated_container(
        self,
        body: str,
        m: Mention,
        groups: dict[str, _Group],
        by_start: list[Mention],
        span_group: dict[tuple[int, int], str],
        expected: set[str] | None = None,
    ) -> Entry | None:
        """The place the settlement's own phrase puts it in: a name right after it ("X in northern
        Burkina Faso", "X, a village in Kanbalu township", "X in the southern parts of Y city in
        Hasaka"), or the demonym or possessive before its noun ("the North Korean city of X")."""
        om = self._settle_owner.search(body[max(0, m.start - 80) : m.start])
        if om is not None:
            # the owner on the noun is the strongest word: "the southern English city of Salisbury
            # ... blamed on Russia", "the Russian city of Belgorod near Ukraine"
            code = country_code(om.group("owner"))
            c = self.gaz.country(code) if code else None
            if c is not None:
                return c
        st = self.r["stated_settlements"]
        if not self._container_link.match(body, m.end):
            return None  # "the city of X on March 4 in an attack blamed on Russia": no container
        win = body[m.end : m.end + st["container_window"]]
        cut = self.clause_rx.search(win)
        if cut is not None:
            win = win[: cut.start()]
        hi = m.end + len(win)
        for o in by_start:
            if o.start < m.end or (o.start, o.end) == (m.start, m.end):
                continue
            if o.start >= hi:
                break
            if is_demonym(o.text):
                continue  # "the village of X as Russian forces ...": who, not where
            og = groups.get(span_group.get((o.start, o.end), ""))
            ch = og.choice if og is not None else None
            if ch is not None and ch.country:
                if expected and ch.country not in expected and self._compass_name(o.text):
                    # "the village of Ngarbuh in the Northwest region" of a Cameroon story: a compass
                    # division is the story's own, not Iceland's Northwest
                    return self._compass_division(o.text, expected)
                return ch
        # an untagged division or country right after "in": "the townships of X and Y in KwaZulu-Natal"
        im = self._in_name.search(win)
        if im is not None:
            found = self._division_or_country(im.group("name"))
            if (
                found is not None
                and expected
                and found.country not in expected
                and self._compass_name(im.group("name"))
            ):
                return self._compass_division(im.group("name"), expected)
            if found is not None:
                return found
        return None

    def _compass_key(self, name: str) -> str | None:
        """'the Northwest region' -> 'northwest', 'North-West Province' -> 'northwest'; None unless
        the name is compass words only (``compass_words`` in the rules)."""
        words = re.sub(r"^the\s+", "", fold(name)).replace("-", " ").split()
        terms = _generic_suffixes()
        while len(words) > 1 and words[-1] in terms:
            words.pop()
        compass = set(self.r["stated_settlements"]["compass_words"])
        if not words or not all(w in compass for w in words):
            return None
        return "".join(words)

    def _compass_name(self, name: str) -> bool:
        return self._compass_key(name) is not None

    def _compass_division(self, name: str, countries: set[str]) -> Entry | None:
        """The one division of ``countries`` with the same compass name, else None."""
        key = self._compass_key(name)
        hits = [
            e for c in sorted(countries) for e in self.gaz.divisions(c) if self._compass_key(e.name) == key
        ]
        return hits[0] if len(hits) == 1 else None

    def _division_or_country(self, name: str) -> Entry | None:
        code = country_code(name)
        if code:
            return self.gaz.country(code)
        hits = [e for e in self.gaz.lookup(fold(name)) if e.kind == "admin1" and e.primary]
        return hits[0] if len({e.country for e in hits}) == 1 else None

    def _stated_settlements(
        self,
        body: str,
        groups: dict[str, _Group],
        by_start: list[Mention],
        span_group: dict[tuple[int, int], str],
        out: dict[tuple[int, int], Place],
        named_countries: set[str],
    ) -> None:
        """Keep a settlement the text names at the country it states when the gazetteer cannot.

        A name introduced as a village, town or city that stays unresolved, or resolves outside the
        country its phrase states (a container after it, a demonym before its noun), becomes a place
        of that name in that country (with the container's first-level division) and no coordinates.
        A phrase that states no country falls back to the story's clear main country (two mentions
        at least, strictly ahead of any other), for an unresolved name or a little-known reading in
        a country the story never names. All mentions of the name share the result (one sense per
        discourse). See ``stated_settlements`` in the rules for why.
        """
        named = named_countries
        # The story's country as its place names say it, one vote a mention (a demonym says who
        # acts, not where): the main one needs two votes and a strict lead.
        votes: Counter = Counter()
        for m in by_start:
            p = out.get((m.start, m.end))
            if p is not None and p.country and not is_demonym(m.text):
                votes[p.country] += 1
        ranked = votes.most_common(2)
        lead = bool(ranked) and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        main = ranked[0][0] if lead else None
        # A snippet that names one country and nothing else, if only by demonym, holds the divisions
        # it names: "Afghan officials say Taliban fighters attacked a checkpoint in the northern
        # province of Jawzjan". Not its villages: officials of one country speak of strikes abroad
        # ("U.S. officials said a drone killed eight militants in the village of X").
        sole = next(iter(set(votes) | named)) if main is None and len(set(votes) | named) == 1 else None
        division_nouns = {n for n, prec in self.r["stated_settlements"]["nouns"].items() if prec != "point"}
        container_only = set(self.r["stated_settlements"]["container_only_nouns"])
        for g in groups.values():
            if g.alias_country or g.directional:
                continue
            for m in g.mentions:
                noun = self._settlement_cue(body, m)
                if noun is None:
                    continue
                cur, ch = out.get((m.start, m.end)), g.choice
                expected = set(named) | ({main} if main else set())
                container = self._stated_container(body, m, groups, by_start, span_group, expected)
                if container is not None:
                    if cur is not None and cur.country == container.country:
                        break
                    country = container.country
                    division = container.kind != "country" and container.admin1
                    admin1 = _strip_generic(container.admin1) if division else None
                elif noun in container_only:
                    break  # a refugee camp is placed by its own phrase only (see container_only_nouns)
                elif main is None and sole is not None and noun in division_nouns and cur is None:
                    country, admin1 = sole, None
                elif main is not None and (
                    cur is None
                    or (
                        ch is not None
                        and ch.country != main
                        # "the town of X" is introduced as one the reader does not know: in a story
                        # about Mali, "the central town of Moura" is no town of a country the story
                        # never names (Moura, Portugal), however many names that one has
                        and (
                            self._doubtful_abroad(ch, named)
                            or (
                                ch.country not in named
                                and not ch.capital
                                and ch.altnames < self.r["stated_settlements"]["introduced_max_altnames"]
                            )
                        )
                    )
                ):
                    # no container stated: the story's country, for a name the gazetteer lacks or a
                    # little-known namesake abroad ("Tadaryat" is no US town in a Burkina Faso story)
                    country, admin1 = main, None
                else:
                    break
                # the gazetteer's own reading in the stated country, when it has one, keeps coordinates
                local = [e for e in g.cands if e.country == country and e.kind not in BROAD_KINDS]
                if local:
                    ranked_local = []
                    for i, e in enumerate(local):
                        in_division = bool(admin1) and _strip_generic(e.admin1 or "") == admin1
                        ranked_local.append((in_division, g.scores.get(e.id, -1e9), i))
                    best = local[max(ranked_local)[2]]
                    for o in g.mentions:
                        had = out.get((o.start, o.end))
                        if had is None or cur is None or had.country == cur.country:
                            out[(o.start, o.end)] = to_place(best, o.text, (o.start, o.end))
                    break
                name = self._settle_in_name.sub("", _POSSESSIVE.sub("", m.text.strip()))
                if name.lower().startswith("the "):
                    name = name[4:]
                if noun in self._site_nouns and re.match(r"\s+" + re.escape(noun) + r"\b", body[m.end :]):
                    name = f"{name} {noun}"  # "the Walid crossing": a site is known by its noun too
                division = self._division_spelled_otherwise(name, country, noun)
                if division is not None:
                    # the division's point and record, under the spelling the story uses
                    for o in g.mentions:
                        out[(o.start, o.end)] = replace(
                            to_place(division, o.text, (o.start, o.end)), name=name
                        )
                    break
                for o in g.mentions:
                    had = out.get((o.start, o.end))
                    if had is None or cur is None or had.country == cur.country:
                        out[(o.start, o.end)] = Place(
                            name=name,
                            country=country,
                            admin1=admin1,
                            lat=None,
                            lon=None,
                            precision=self.r["stated_settlements"]["nouns"][noun],
                            text=o.text,
                            span=(o.start, o.end),
                        )
                break

    def _division_spelled_otherwise(self, name: str, country: str | None, noun: str) -> Entry | None:
        """The country's one first-level division whose name is ``name`` transliterated otherwise.

        "the northern province of Jawzjan" (GeoNames: Jowzjan), "Lower Jubba region" (Lower Juba),
        "Middle Shabelle" (Middle Shabele), "Sar-e Pul" (Sar-e Pol): a name the text introduces as a
        province or region is compared with the divisions of its stated country by consonant skeleton
        (``name_skeleton``); only a single match counts, and only for region nouns.
        """
        if country is None or self.r["stated_settlements"]["nouns"].get(noun) != "region":
            return None
        key = name_skeleton(name)
        if len(key) < 3:
            return None
        hits = [e for e in self.gaz.divisions(country) if name_skeleton(strip_admin_terms(e.name)) == key]
        return hits[0] if len(hits) == 1 else None

    def _share_division_readings(self, groups: dict[str, _Group]) -> None:
        """A bare name means the division the article named in full: "Suffolk County ... Suffolk".

        One sense per discourse across the forms of a name: once "Suffolk County" (or "the Barda
        district") has been read as a division, a bare "Suffolk" in the same article is that
        division when it is one of its readings, not a namesake town elsewhere.
        """
        terms = _admin_terms()
        for h in groups.values():
            ch = h.choice
            if ch is None or ch.kind not in ADMIN_KINDS:
                continue
            bare = strip_admin_terms(h.key, terms)
            g = groups.get(bare)
            if not bare or bare == h.key or g is None or g is h:
                continue
            if any(e.id == ch.id for e in g.cands):
                g.choice = ch

    def _context_fallback(
        self,
        body: str,
        groups: dict[str, _Group],
        by_start: list[Mention],
        span_group: dict[tuple[int, int], str],
        out: dict[tuple[int, int], Place],
        named_countries: set[str],
    ) -> None:
        """Place a name the gazetteer lacks at the nearest resolved town around it.

        Why: what a cities gazetteer lacks is mostly a building, stadium, street, park or river
        ("Barclays Center", "St. Michael's Hospital"), and the text names the town it is in close by:
        the nearest town or division resolved around it (``scope`` paragraph or article, at most
        ``max_chars`` away) is within a few km of it, which a map at that town's precision shows
        honestly. A reading guessed from one word inside a longer unknown name ("Liverpool Academy",
        "Brands Hatch") yields to that town too. Countries and oceans are not used (too coarse to
        stand for a building); with no town near it, the name stays unresolved. Measured: TR-News
        86.9 -> 88.6 %, GeoWebNews 86.7 -> 88.8 % within 161 km (one-word guesses yielding: +0.2 %,
        +0.7 %); article scope beat paragraph scope (GeoWebNews bodies rarely have blank lines).
        """
        fb = self.r["context_fallback"]
        if not fb["enabled"]:
            return
        # The countries the article names: by name or demonym, or through a division it names
        # (a story about Manitoba is Canadian).
        named = set(named_countries)
        named |= {g.choice.country for g in groups.values() if g.choice and g.choice.kind in ADMIN_KINDS}
        named.discard(None)
        doubtful = {k for k, g in groups.items() if self._outlier(g, groups) or self._foreign(g, named)}
        for key, g in groups.items():
            # A reading found inside a longer unknown name ("Liverpool Academy", "Brands Hatch") is a
            # guess from one word; the town the text names around it is the better evidence.
            if (g.choice is not None and not g.embedded and key not in doubtful) or g.alias_country:
                continue
            for m in g.mentions:
                if m.label not in self._fallback_labels and not (
                    m.label in self._feature_labels and self._feature_word.search(m.text)
                ):
                    continue  # an unknown NER name is more often noise (a person, a brand) than a place
                lo = body.rfind("\n\n", 0, m.start) + 1 if fb["scope"] == "paragraph" else 0
                hi = body.find("\n\n", m.end) if fb["scope"] == "paragraph" else -1
                hi = len(body) if hi < 0 else hi
                best: tuple[tuple[bool, int], Entry] | None = None
                for o in by_start:
                    if o.end <= lo or o.start >= hi or (o.start, o.end) == (m.start, m.end):
                        continue
                    okey = span_group.get((o.start, o.end), "")
                    og = groups.get(okey)
                    ch = og.choice if og is not None else None
                    if ch is None or ch.kind in BROAD_KINDS or okey in doubtful:
                        continue  # a doubtful reading anchors nothing: Gatwick is not by Heathrow, Fla.
                    gap = m.start - o.end if o.end <= m.start else o.start - m.end
                    # A town anywhere in reach beats a division next to the name: "Faubourg Marigny"
                    # is in New Orleans, not at the middle of Louisiana.
                    rank = (ch.kind in ADMIN_KINDS, gap)
                    if gap <= fb["max_chars"] and (best is None or rank < best[0]):
                        best = (rank, ch)
                if best is not None and not (g.embedded and self._keeps_embedded(g.choice, best[1])):
                    out[(m.start, m.end)] = to_place(best[1], m.text, (m.start, m.end))

    def _keeps_embedded(self, choice: Entry | None, town: Entry) -> bool:
        """A division named inside a longer name stands unless the town around lies in it.

        "Arizona State University" in a story datelined Cambridge is in Arizona: a state, province or
        region named in the name is stronger evidence than the nearest town, which wins only as the
        more precise point inside it. A town named inside a name still yields (a one-word guess).
        """
        if choice is None or choice.kind not in ADMIN_KINDS:
            return False
        if choice.kind == "admin1" and choice.admin1:
            return (town.country, town.admin1) != (choice.country, choice.admin1)
        km = self.r["context_fallback"]["embedded_division_km"]
        return haversine_km(town.lat, town.lon, choice.lat, choice.lon) > km

    def _local_cues(
        self,
        body: str,
        m: Mention,
        g: _Group,
        groups: dict[str, _Group],
        by_start: list[Mention],
        span_group: dict[tuple[int, int], str],
        top_country: str | None,
    ) -> None:
        r = self.r
        before = body[max(0, m.start - 60) : m.start]
        after = body[m.end : m.end + 40]
        admin_cue = bool(self._admin_after.match(after) or self._admin_before.search(before))
        # "Bronx, New York", "Springfield, Illinois": a name right after a place and a comma is
        # that place's container, a state or country rather than a town (not in a list: "in
        # Washington, New York and Boston").
        gap = body[max(0, m.start - 4) : m.start]
        prev = None
        if gap.rstrip().endswith(","):
            comma = body.rfind(",", 0, m.start)
            prev = next((o for o in by_start if o.end <= comma and not body[o.end : comma].strip()), None)
        prev_group = groups.get(span_group.get((prev.start, prev.end), "")) if prev is not None else None
        if (
            prev_group is not None
            and prev_group.cands
            and not prev_group.embedded
            and not self._feature_word.search(prev.text)  # "University of California, Los Angeles"
            and not self._list_after.match(body[m.end : m.end + 12])
            and not self._list_before.search(body[max(0, prev.start - 3) : prev.start])
        ):
            admin_cue = True
        town_of = bool(self._city_before.search(before))
        city_cue = bool(self._city_after.match(after) or town_of)
        g.admin_cued = g.admin_cued or admin_cue
        for e in g.cands:
            if admin_cue:
                if e.kind in ADMIN_KINDS:
                    g.local[e.id] = max(g.local[e.id], r["admin_cue"]["admin_kinds_bonus"])
                elif e.kind == "city":
                    g.local[e.id] = min(g.local[e.id], -r["admin_cue"]["city_penalty"])
            if city_cue:
                if e.kind == "city":
                    g.local[e.id] = max(g.local[e.id], r["city_cue"]["city_bonus"])
                elif e.kind in ADMIN_KINDS:
                    g.local[e.id] = min(g.local[e.id], -r["city_cue"]["admin_penalty"])
                elif e.kind == "country" and town_of and any(c.kind == "city" for c in g.cands):
                    # "the town of Turkey" (Texas): a town that shares a country's name. Only this
                    # order: "Kuwait city" / "Armenia city" may still mean the country elsewhere.
                    g.local[e.id] = min(g.local[e.id], -r["city_cue"]["country_penalty"])
        containers: list[Entry] = []
        # "X, Y": the next mention right after a comma contains X.
        # "X in (northern) Y": so does a country or province named right after "in".
        strict: list[Entry] = []
        in_m = self._in_after.match(body[m.end : m.end + 30])
        cm = self._comma_after.match(body[m.end : m.end + 4]) or in_m
        if cm:
            nxt = next((o for o in by_start if o.start == m.end + cm.end()), None)
            nxt_group = groups.get(span_group[(nxt.start, nxt.end)]) if nxt is not None else None
            if (
                nxt_group is not None
                and not in_m
                and self._list_after.match(body[nxt.end : nxt.end + 12])
                and not all(c.kind == "country" for c in nxt_group.cands)
            ):
                # "in Washington, New York and Boston": a list of places, not New York's Washington.
                # A country stays a container even in a list ("Paris, France, and Berlin").
                nxt_group = None
            if nxt_group is not None:
                # The container's readings under its main name: "Louisville, Ohio" is in the state,
                # not in Ohio County, Kentucky (found under "Ohio" too).
                containers.extend([c for c in nxt_group.cands if c.primary or c.kind != "admin2"])
                # A country named as the container is a hard constraint: "the village of Solhan in
                # northern Burkina Faso" is not Solhan, Turkey, even if Burkina Faso's Solhan is
                # missing from the gazetteer (then the name stays unresolved and the country is used).
                # The container is a country when its name is one ("Mozambique" is also a town there
                # and in Mexico: the name still states the country).
                if in_m and nxt_group.cands and all(c.kind == "country" for c in nxt_group.cands):
                    strict.extend(nxt_group.cands)
                elif in_m and nxt_group.alias_country and not is_demonym(nxt.text):
                    code = nxt_group.alias_country
                    strict.extend(c for c in nxt_group.cands if c.kind == "country" and c.country == code)
        # "Y's X": a possessive name right before.
        pm = self._poss_before.search(before)
        if pm:
            name = pm.group(1)
            code = country_code(name)
            if code:
                c = self.gaz.country(code)
                if c is not None:
                    containers.append(c)
            else:
                containers.extend(self.candidates(name)[0])
        # "the country's X": the article's main country.
        if self._ref_before["country"].search(before) and top_country:
            c = self.gaz.country(top_country)
            if c is not None:
                containers.append(c)
        if strict:
            allowed = {c.country for c in strict}
            g.excluded.update(e.id for e in g.cands if e.country not in allowed and e.kind == "city")
        if containers:
            cont_countries = {c.country for c in containers if c.kind == "country"}
            cont_admins = {(c.country, c.admin1) for c in containers if c.kind in ADMIN_KINDS and c.admin1}
            for e in g.cands:
                if e.kind == "country":
                    continue
                if (e.country, e.admin1) in cont_admins:
                    g.local[e.id] += r["container_bonus"]
                elif e.country in cont_countries:
                    g.local[e.id] += r["container_country_bonus"]

    def _foreign(self, g: _Group, named: set[str]) -> bool:
        """A little-known town abroad in a story about other countries: "Delft" in a Cape Town story.

        Why: the gazetteer lacks many suburbs and townships, and their namesake in a country the
        article never names (by name or demonym) is a doubtful reading; the town the text names
        around it is the better evidence, as for outliers. Capitals, large towns and towns known in
        many languages (Cannes) are not doubted.
        """
        ch = g.choice
        f = self.r["context_fallback"]["foreign"]
        if ch is None or ch.kind != "city" or ch.capital or not named or ch.country in named:
            return False
        return ch.population < f["max_population"] and ch.altnames < f["max_altnames"]

    def _doubtful_abroad(self, ch: Entry, named: set[str]) -> bool:
        """A little-known town or division in a country the story never names ("the Medina district"
        read as Medina, Brazil, in a Mogadishu story): ``_foreign``'s test for any kind below a
        country. Capitals and places known in many languages (Cannes, Davos) are not doubted."""
        f = self.r["context_fallback"]["foreign"]
        if ch.kind in BROAD_KINDS or ch.capital or not named or ch.country in named:
            return False
        small = ch.kind in ADMIN_KINDS or ch.population < f["max_population"]
        return small and ch.altnames < f["max_altnames"]

    def _outlier(self, g: _Group, groups: dict[str, _Group]) -> bool:
        """A small town far from every other town the article resolved: a doubtful reading.

        "Washington Square" in a New Orleans story resolving to a place of that name 1,700 km away
        is a namesake; the nearest town around the name is the better evidence. A capital is never
        doubtful on distance alone: a story from Washington that names Saipan means the capital of
        the Northern Marianas, however far it is from the rest.
        """
        ol = self.r["context_fallback"]["outlier"]
        ch = g.choice
        if ch is None or ch.kind != "city" or ch.capital or ch.population >= ol["max_population"]:
            return False
        others = [
            o.choice
            for o in groups.values()
            if o is not g and o.choice is not None and o.choice.kind not in BROAD_KINDS
        ]
        if len(others) < ol["min_others"]:
            return False
        return all(haversine_km(ch.lat, ch.lon, o.lat, o.lon) > ol["km"] for o in others)

    def _region_referent(
        self,
        body: str,
        m: Mention,
        g: _Group,
        groups: dict[str, _Group],
        by_start: list[Mention],
        span_group: dict[tuple[int, int], str],
    ) -> None:
        """'the region's Martuni district': the last region named before it is the container."""
        before = body[max(0, m.start - 60) : m.start]
        if not self._ref_before["region"].search(before):
            return
        region: Entry | None = None
        for o in by_start:
            if o.start >= m.start:
                break
            og = groups.get(span_group[(o.start, o.end)])
            ch = og.choice if og is not None else None
            if ch is not None and ch.kind in ADMIN_KINDS:
                region = ch
        if region is None:
            return
        for e in g.cands:
            if (
                e.id != region.id
                and haversine_km(e.lat, e.lon, region.lat, region.lon) <= self.r["referent_region_km"]
            ):
                g.local[e.id] += self.r["container_bonus"]

    def _country_entry(self, code: str) -> Entry | None:
        """The gazetteer's country record, read once per resolver (asked for on every name)."""
        if code not in self._countries:
            self._countries[code] = self.gaz.country(code)
        return self._countries[code]

    def _choose(
        self, g: _Group, ctx: Counter, top: int, admin_ctx: Counter, extra: dict[str, list[Entry]]
    ) -> None:
        """Score every candidate of a name; ``extra`` maps other names to their plausible readings."""
        r = self.r
        if not g.cands:
            g.choice = None
            return
        # Only a sizeable division lends its weight to the town of its name (Aleppo, Kabul); a rural
        # county does not make its hamlet outrank a city (Buffalo, S.D. is not Buffalo).
        min_division = r["city_named_like_its_division"]["min_division_population"]
        same_name_admins = {
            (e.country, e.admin1): e.population
            for e in g.cands
            if e.kind in ADMIN_KINDS and e.admin1 and e.population >= min_division
        }
        # The namesakes a reading is measured against: under their main name (not Hong Kong for
        # "Victoria", one of its old names), and only divisions when the name says it is one
        # ("Marion County" is compared with other Marion counties, not with Marion, Indiana).
        peers = [e for e in g.cands if e.primary and (not g.admin_named or e.kind in ADMIN_KINDS)]
        # Namesakes abroad are told apart by the article's countries, so a town is dwarfed only by
        # a namesake in its own country, or by a region of no one country (the Middle East); a
        # county only by a state or town of its name, not by a bigger county (local news names its
        # own county as readily as a big one).
        pool = peers or g.cands
        top_any = max((x.population for x in pool if x.country is None), default=0)
        top_all: dict[str | None, int] = defaultdict(int)
        top_not_county: dict[str | None, int] = defaultdict(int)
        for x in pool:
            top_all[x.country] = max(top_all[x.country], x.population)
            if x.kind != "admin2":
                top_not_county[x.country] = max(top_not_county[x.country], x.population)
        top_city_pop = max((e.population for e in g.cands if e.kind == "city"), default=0)
        top_alt = math.log10(1 + max((e.altnames for e in g.cands if e.kind == "city"), default=0))
        bands = r["near_bonus_km"]
        cap = r["coherence"]["max_bonus"]
        near_ctx = r["near_context_country"]
        ctx_points = [c for c in (self._country_entry(code) for code in ctx) if c is not None]
        famed = r["world_known_city"]
        best, best_score = None, -math.inf
        for e in g.cands:
            if g.directional and (e.country not in ctx or e.kind == "city"):
                # "the West", "Western", "West Coast": a division so named abroad (Western Province,
                # Sri Lanka) is meant only in a story about its country, and a town so named (West,
                # Texas) hardly ever.
                continue
            if e.id in g.excluded or (g.embedded and ctx and e.country not in ctx):
                # "the Justice Palace" in a Beirut story is not in Justice, Illinois.
                continue
            s = r["kind_prior"].get(e.kind, 0.0)
            if e.kind == "admin2" and top_city_pop > e.population:
                # A county or district smaller than a town that shares its name is not what the bare
                # name means ("Cambridge": not the Town of Cambridge, Perth, but one of the cities).
                s -= r["kind_prior"]["admin2"]
            s += r["population_weight"] * math.log10(1 + max(0, e.population))
            # How widely a town is known: its names in other languages. Venice (Italy) has 66,
            # Venice (California) 15; Charleston, W.Va., the state capital, 66 to Charleston, S.C.'s 30.
            if e.kind == "city":
                s += r["altnames_weight"] * (math.log10(1 + e.altnames) - top_alt)
            if e.primary:
                s += r["primary_name_bonus"]
            if e.capital:
                s += r["capital_bonus"]
            if g.alias_country and e.kind == "country" and e.country == g.alias_country and not g.admin_cued:
                # The text is a country name or demonym: nothing else is meant, unless it is read
                # as a state ("Atlanta, Georgia", "the Georgia governor"), where the country's own
                # weight still competes with the state's.
                s += 10.0
            divisions = [d for d in g.cands if d.kind in ("admin1", "admin2") and d.country is not None]
            if (
                e.kind == "city"
                and e.primary
                and e.altnames >= famed["min_altnames"]
                and divisions
                and all(d.country != e.country and d.population <= e.population for d in divisions)
            ):
                # "a hospital in Gaza": the world-known city, not a foreign division of its name no
                # bigger than it (``world_known_city``); under its own name (not Hong Kong, once
                # called Victoria, for "Victoria"), and not where a division of the name is bigger
                # (Victoria, Australia)
                s += max(r["kind_prior"][d.kind] for d in divisions) + famed["bonus_over_division"]
            if e.kind == "city" and (e.country, e.admin1) in same_name_admins:
                # "Aleppo", "Kabul": a big city that gives its name to its division is what is meant.
                admin_pop = same_name_admins[(e.country, e.admin1)] or 1
                if e.population >= r["city_named_like_its_division"]["min_share"] * admin_pop:
                    s += r["kind_prior"]["admin1"] + r["city_named_like_its_division"]["bonus"]
            if e.country and e.country in ctx:
                any_bonus = r["context_country_any"] * min(1.0, ctx[e.country])
                s += any_bonus + r["context_country_share"] * ctx[e.country] / max(1, top)
            elif e.country and any(
                haversine_km(e.lat, e.lon, c.lat, c.lon) <= near_ctx["km"] for c in ctx_points
            ):
                s += near_ctx["bonus"]  # beside a country the story names (Gaza in an Israel story)
            # Context from other names (same division, nearby readings) can lift a town over a
            # namesake a few times its size, not over one dwarfed_ratio times bigger: "Florida" in a
            # story that also names New York is the state, not Florida, N.Y. (pop. 2,900), and
            # "Louisville" in a story that names Ohio is still Kentucky's (68 times Ohio's).
            peer_top = max(top_any, (top_not_county if e.kind == "admin2" else top_all)[e.country])
            dwarfed = e.kind in {"city", "admin2"} and e.population * r["dwarfed_ratio"] < peer_top
            damp = r["dwarfed_damping"] if dwarfed else 1.0
            if e.kind in {"city", "admin2"} and admin_ctx.get((e.country, e.admin1)):
                s += damp * r["context_admin1"]
            if extra:
                near = 0.0
                for readings in extra.values():
                    d = min(haversine_km(e.lat, e.lon, o.lat, o.lon) for o in readings)
                    near += next((bonus for km, bonus in bands if d <= km), 0.0)
                s += damp * min(cap, near)
            s += g.local.get(e.id, 0.0)
            g.scores[e.id] = s
            if s > best_score or (s == best_score and best is not None and e.population > best.population):
                best, best_score = e, s
        g.choice = best
