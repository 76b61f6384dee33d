"""Incident linking: many reports of one real-world event become one incident (pure, no database).

GDELT counts reports, not events: a strike covered by forty outlets becomes forty rows. This module
groups the events extracted from many articles into incidents, keeping what each source said.

The cascade, and why each stage exists:

1. **Blocking.** Only events of the same PLOVER category, whose dates are within
   ``date_window_days`` of each other and that share a country (of the place, the actor or the target)
   are ever compared. Without it the pairwise stage is quadratic over the whole store and compares
   strikes in Ukraine with protests in Sudan.
2. **Pairwise score** in [0, 1]: a weighted mean of place distance (haversine, tolerance scaled by
   the coarser geocoding precision), date distance, actor/target country compatibility, killed/wounded
   compatibility, weapons overlap and rapidfuzz similarity of the evidence text. Two hard vetoes come
   first: actors (or targets) from different known countries, and two point-precise places further apart
   than ``veto_km_point`` — a nearby-but-different strike on the same day must stay apart however
   similar its wording. Events of the same article are never linked directly: one article describing
   two events describes two events.
3. **Clustering**: connected components over the pairs scoring at least ``threshold``.

Determinism: inputs are sorted by their global event id before anything else, every tie is broken on
ids, and an incident's id is ``stable_id("incident", *sorted member ids)``. The same events in any
order therefore give the same incidents with the same ids; an incident's id changes exactly when its
membership changes (a new report joins, or one is forgotten).

Figures follow UCDP/ACLED practice, never summing over reports: see ``_figure_range``.
Parameters live in ``linking.json`` beside this module.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from frontwire.geo.countries import country_in
from frontwire.model import Event, Party, Place, stable_id

PARAMS_FILE = Path(__file__).with_name("linking.json")


@cache
def params() -> dict[str, Any]:
    """Linking parameters (weights, distances, threshold), read once from ``linking.json``."""
    return json.loads(PARAMS_FILE.read_text(encoding="utf-8"))


# --- members ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """One event as one report tells it: the event, its article header, its global id and date."""

    uid: str  # global event id: stable_id(article id, event id), the store's event key
    article: dict[str, Any]
    event: Event
    day: date | None  # when.date, else the article's publication date
    stated: bool = False  # ``day`` is a day-precise date read from the text, not the publication date

    @property
    def article_id(self) -> str:
        return str(self.article.get("id") or "")

    @property
    def text(self) -> str:
        return " ".join(e.text for e in self.event.evidence)

    @property
    def countries(self) -> frozenset[str]:
        e = self.event
        found = {
            c
            for c in (
                e.where.country if e.where else None,
                e.actor.country if e.actor else None,
                e.target.country if e.target else None,
            )
            if c
        }
        return frozenset(found)


def global_event_id(article_id: str, local_id: str) -> str:
    """The global id of an event; identical to ``frontwire.store.event_key`` (kept here to stay DB-free)."""
    return stable_id(article_id, local_id)


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def members_of(pairs: Iterable[tuple[dict[str, Any], Event]]) -> list[Member]:
    """Wrap (article header, event) pairs as members, sorted by global id (the order everything uses)."""
    out: dict[str, Member] = {}
    for header, event in pairs:
        uid = global_event_id(str(header.get("id") or ""), event.id)
        said = _parse_day(event.when.date if event.when else None)
        stated = said is not None and event.when is not None and (event.when.precision or "day") == "day"
        day = said or _parse_day(header.get("published"))
        # a repeated pair counts once
        out[uid] = Member(uid=uid, article=dict(header), event=event, day=day, stated=stated)
    return [out[k] for k in sorted(out)]


# --- pairwise score -------------------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _coarser(a: str | None, b: str | None) -> str:
    rank = params()["precision_rank"]
    pa, pb = a if a in rank else "point", b if b in rank else "point"
    return pa if rank[pa] >= rank[pb] else pb


def _fold(text: str) -> str:
    """Casefolded, accents stripped ("Khān Shaykhūn" -> "khan shaykhun"), whitespace unified."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _names_place(place: Place, text: str) -> bool:
    """Whether ``text`` names ``place``: its gazetteer name or its surface text, as a whole word or,
    for longer names, a close spelling ("Kremenchug" for Kremenchuk, "Groza" does not pass for Hroza)."""
    p = params()["place"]
    hay = _fold(text)
    for raw in {place.name, place.text or ""}:
        name = _fold(raw)
        if len(name) < p["text_name_min_len"]:
            continue
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", hay):
            return True
        long_enough = len(name) >= p["text_name_fuzzy_min_len"]
        if long_enough and fuzz.partial_ratio(name, hay) >= p["text_name_fuzzy_ratio"]:
            return True
    return False


def _text_place_score(known: Member, other: Member) -> float | None:
    """A report whose event has no place (or only a coarser one) may still name the other's place in
    its evidence or its title: "the ruins of the Kremenchuk shopping centre". That is nearly as good as
    the same geocoded name; None when it does not."""
    where = known.event.where
    # a country named in a report is no evidence of which of that country's incidents it tells
    if where is None or where.precision == "country":
        return None
    text = " ".join(filter(None, [other.text, other.article.get("title")]))
    return params()["place"]["same_name"] if _names_place(known.event.where, text) else None


def member_place_score(a: Member, b: Member) -> float | None:
    """``place_score``, lifted where one side lacks a place (or has a coarser one) but its text names
    the other's place."""
    base = place_score(a.event, b.event)
    if base is None:
        return None
    rank = params()["precision_rank"]
    wa, wb = a.event.where, b.event.where
    lifts = []
    if wa is not None and (wb is None or rank.get(wb.precision, 0) > rank.get(wa.precision, 0)):
        lifts.append(_text_place_score(a, b))
    if wb is not None and (wa is None or rank.get(wa.precision, 0) > rank.get(wb.precision, 0)):
        lifts.append(_text_place_score(b, a))
    return max([base, *(x for x in lifts if x is not None)])


def place_score(a: Event, b: Event) -> float | None:
    """Place agreement in [0, 1], or None when the two places rule out one incident (veto).

    Agreement at a coarse precision is weaker evidence than at a point: a strike "in Kharkiv region"
    and one in a village of that region are within the region's tolerance, but the region says little
    about which of its strikes this is. ``coarse_cap`` bounds the score by the coarser precision."""
    p = params()["place"]
    wa, wb = a.where, b.where
    if wa is None or wb is None:
        return p["unknown"]
    if wa.country and wb.country and wa.country != wb.country:
        return None
    if None not in (wa.lat, wa.lon, wb.lat, wb.lon):
        d = haversine_km(wa.lat, wa.lon, wb.lat, wb.lon)  # type: ignore[arg-type]
        both_points = (wa.precision or "point") == "point" and (wb.precision or "point") == "point"
        if both_points and d > p["veto_km_point"]:
            return None
        coarse = _coarser(wa.precision, wb.precision)
        if coarse == "country":
            # A country's centroid says nothing about which of its incidents this is: no evidence either way.
            return p["unknown"]
        same, cap = p["same_km"][coarse], p["coarse_cap"][coarse]
        if d <= same:
            return cap
        zero = same * p["zero_km_factor"]
        return cap * max(0.0, 1.0 - (d - same) / (zero - same))
    if wa.name and wb.name and wa.name.casefold() == wb.name.casefold():
        return p["same_name"]
    if wa.admin1 and wb.admin1 and wa.admin1.casefold() == wb.admin1.casefold():
        return p["same_admin1"]
    return p["unknown"]


def _party_score(a: str | None, b: str | None) -> float | None:
    if a and b:
        return 1.0 if a == b else None
    return params()["unknown_neutral"]


def _stated_country(party: Party | None) -> str | None:
    """A party's country when its own words name it ("Russian forces"), else None.

    Why: the engine gives an unnamed side the country of the place it was in ("civilians" in a
    Burkina Faso village are Burkinabe). Two strikes in one country would then agree on their
    targets' country by construction; the place already scores that, so it must not count twice.
    """
    if party is None or not party.country:
        return None
    return party.country if country_in(party.name) == party.country else None


def actors_score(a: Event, b: Event) -> float | None:
    """Actor and target country compatibility; None when a stated country differs (veto)."""
    s1 = _party_score(_stated_country(a.actor), _stated_country(b.actor))
    s2 = _party_score(_stated_country(a.target), _stated_country(b.target))
    if s1 is None or s2 is None:
        return None
    return (s1 + s2) / 2


def _figure_pair(x: int | None, y: int | None, rising: bool = False) -> float | None:
    """Agreement of two figures. ``rising``: the larger figure was published on a later day, the way a
    toll climbs as bodies are found (8 killed on Saturday, 121 by Monday), so far apart is no evidence
    of two events."""
    f = params()["figures"]
    if x is None or y is None:
        return None
    if x == y:
        return f["equal"]
    lo, hi = min(x, y), max(x, y)
    # Tolls rise as bodies are found, and claimants disagree: close figures still point to one event.
    if hi == 0 or lo / hi >= f["close_ratio"] or hi - lo <= 3:
        return f["close"]
    return f["rising"] if rising else f["far"]


def _later_is_larger(a: Member, b: Member, attr: str) -> bool:
    pa, pb = str(a.article.get("published") or ""), str(b.article.get("published") or "")
    x, y = getattr(a.event, attr), getattr(b.event, attr)
    if not pa or not pb or pa == pb or x is None or y is None:
        return False
    return (y > x) if pb > pa else (x > y)


def figures_score(a: Event | Member, b: Event | Member) -> float:
    """Killed/wounded agreement; given members (not bare events), a toll that grew in a later report
    counts as a rising toll rather than a different event."""
    ma, mb = (a, b) if isinstance(a, Member) and isinstance(b, Member) else (None, None)
    ea = a.event if isinstance(a, Member) else a
    eb = b.event if isinstance(b, Member) else b
    pairs = (
        _figure_pair(ea.killed, eb.killed, bool(ma and mb and _later_is_larger(ma, mb, "killed"))),
        _figure_pair(ea.wounded, eb.wounded, bool(ma and mb and _later_is_larger(ma, mb, "wounded"))),
    )
    parts = [s for s in pairs if s is not None]
    return sum(parts) / len(parts) if parts else params()["figures"]["unknown"]


def weapons_score(a: Event, b: Event) -> float:
    wa, wb = {w.casefold() for w in a.weapons}, {w.casefold() for w in b.weapons}
    if not wa or not wb:
        return params()["unknown_neutral"]
    return len(wa & wb) / len(wa | wb)


def date_score(a: Member, b: Member) -> float:
    d = params()["date"]
    if a.day is None or b.day is None:
        return d["unknown"]
    if a.stated and b.stated:
        d = params()["date_stated"]
    return d.get(str(abs((a.day - b.day).days)), 0.0)


def text_score(a: Member, b: Member) -> float:
    ta, tb = a.text, b.text
    if not ta or not tb:
        return params()["unknown_neutral"]
    return fuzz.token_set_ratio(ta, tb, processor=str.casefold) / 100.0


def pair_score(a: Member, b: Member) -> float:
    """How likely two reported events are the same real-world event, in [0, 1] (0 for vetoed pairs)."""
    if a.article_id == b.article_id or a.event.category != b.event.category:
        return 0.0
    place, actors = member_place_score(a, b), actors_score(a.event, b.event)
    if place is None or actors is None:
        return 0.0
    w = params()["weights"]
    parts = {
        "place": place,
        "date": date_score(a, b),
        "actors": actors,
        "figures": figures_score(a, b),
        "weapons": weapons_score(a.event, b.event),
        "text": text_score(a, b),
    }
    return sum(w[k] * v for k, v in parts.items()) / sum(w.values())


def candidate_pairs(members: Sequence[Member]) -> Iterable[tuple[int, int]]:
    """Blocking: same category, dates within the window, a shared country (or none known on either side).

    Members are sorted by date within each category so each member is compared only with the ones in
    its window. Undated members are compared with nothing: without a date two reports cannot be tied.
    """
    window = params()["date_window_days"]
    by_cat: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(members):
        if m.day is not None:
            by_cat[m.event.category].append(i)
    for cat in sorted(by_cat):
        idx = sorted(by_cat[cat], key=lambda i: (members[i].day, members[i].uid))
        for pos, i in enumerate(idx):
            for j in idx[pos + 1 :]:
                if (members[j].day - members[i].day).days > window:  # type: ignore[operator]
                    break
                ci, cj = members[i].countries, members[j].countries
                if ci and cj and not ci & cj:
                    continue
                yield (min(i, j), max(i, j))


# --- clustering ----------------------------------------------------------------------------------------


def cluster(members: Sequence[Member], threshold: float | None = None) -> list[list[Member]]:
    """Connected components of the pairs scoring at least ``threshold`` (union-find, smallest index wins)."""
    thr = params()["threshold"] if threshold is None else threshold
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(members):
        if pair_score(members[i], members[j]) >= thr:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Member]] = defaultdict(list)
    for i, m in enumerate(members):
        groups[find(i)].append(m)
    return [groups[k] for k in sorted(groups)]


# --- the incident -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Figure:
    """What one report says about one incident's toll, and on whose word."""

    event_id: str
    article_id: str
    outlet: str | None
    published: str | None
    claimant: str | None  # who gave the figure (first asserting claim), else None: the outlet's own
    killed: int | None
    wounded: int | None
    superseded: bool = False  # a later figure from the same claimant, or a later update, replaced it
    update: bool = False  # worded as an update of the running toll ("rose to 21")


@dataclass(slots=True)
class Range:
    """UCDP-style low / best / high for one figure (killed or wounded); all None when nobody gave one."""

    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(slots=True)
class MergedClaim:
    by: str | None
    stance: str
    country: str | None
    role: str | None
    quote: str | None
    span: tuple[int, int] | None
    article_id: str
    event_id: str


@dataclass(slots=True)
class Incident:
    """One real-world event and everything its reports say about it."""

    id: str
    category: str
    date_start: str | None
    date_end: str | None
    place: dict[str, Any] | None
    actor: dict[str, Any] | None
    target: dict[str, Any] | None
    members: list[str]  # global event ids, sorted
    sources: list[dict[str, Any]]  # one per article: id, url, outlet, agency, published, title
    independent_sources: int
    figures: list[Figure]
    killed: Range
    wounded: Range
    claims: list[MergedClaim]
    contested: bool
    weapons: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {article_id, event_id, text, span}
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    modes: list[str] = field(default_factory=list)  # every member's mode, sorted ("ceasefire", ...)
    statuses: list[str] = field(default_factory=list)  # every member's status, sorted ("collapsed")

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    return v


def _claimant(ev: Event) -> str | None:
    for c in ev.claims:
        if c.stance == "asserts" and (c.by or c.country):
            return c.by or c.country
    return None


def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


def _mark_superseded(figures: list[Figure]) -> None:
    """Within each claimant, only the latest figure stands ("rose to 21" replaces "at least 12").

    A claimant is the named source. Figures nobody is credited with ("police said", the outlet's own
    count) form one pooled claimant: they are the running toll of a developing story, and the latest of
    them supersedes the earlier ones whichever outlet printed them. Order: publication date, then the
    larger figure (a toll revised the same day only rises), then ids for determinism.
    """
    groups: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        key = "by:" + _norm(f.claimant) if f.claimant else "unattributed"
        groups[key].append(f)
    for fs in groups.values():
        fs.sort(key=lambda f: (f.published or "", f.killed or -1, f.wounded or -1, f.article_id, f.event_id))
        for f in fs[:-1]:
            f.superseded = True
    # "The toll rose to 276" updates the story's count, not one claimant's: every figure published no
    # later than the update and lower than it is superseded, whoever gave it.
    for u in figures:
        if not u.update or u.killed is None:
            continue
        for f in figures:
            lower = f is not u and f.killed is not None and f.killed < u.killed
            if lower and (f.published or "") <= (u.published or ""):
                f.superseded = True


def _is_update(m: Member) -> bool:
    """Whether the report words its figure as an update of the toll (cues in ``linking.json``)."""
    text = " ".join(filter(None, [m.event.casualty_text, m.text])).casefold()
    return any(cue in text for cue in params()["update_cues"])


def _figure_range(figures: list[Figure], attr: str) -> Range:
    """low = the smallest figure anyone gave; best = the most conservative figure still standing
    (superseded ones dropped, ACLED's conservative choice); high = the largest figure anyone gave.
    Never a sum: forty reports of four dead are four dead."""
    every = [getattr(f, attr) for f in figures if getattr(f, attr) is not None]
    standing = [getattr(f, attr) for f in figures if getattr(f, attr) is not None and not f.superseded]
    if not every:
        return Range()
    return Range(low=min(every), best=min(standing) if standing else min(every), high=max(every))


def independent_count(members: Sequence[Member]) -> int:
    """Independent origins: reports by the same agency with near-identical text are one origin.

    Grouped by union-find over article pairs: same article id (a reprint with other metadata), or the same
    non-empty ``agency`` and evidence text with a rapidfuzz ratio of at least ``reprint_text_ratio``, or,
    for a reprint cut short (outlets often run only a wire story's first paragraphs), the shorter text
    found almost verbatim in the longer one (``reprint_partial_ratio``, when it has at least
    ``reprint_partial_min_chars`` characters: a short shared phrase is no reprint).
    """
    thr = params()["reprint_text_ratio"]
    part_thr, part_min = params()["reprint_partial_ratio"], params()["reprint_partial_min_chars"]

    def reprint(x: str, y: str) -> bool:
        if fuzz.ratio(x, y, processor=str.casefold) >= thr:
            return True
        return (
            min(len(x), len(y)) >= part_min and fuzz.partial_ratio(x, y, processor=str.casefold) >= part_thr
        )

    by_article: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_article[m.article_id].append(m)
    arts = sorted(by_article)
    parent = {a: a for a in arts}

    def find(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    texts = {a: " ".join(m.text for m in by_article[a]) for a in arts}
    agency = {a: _norm(by_article[a][0].article.get("agency")) for a in arts}
    for i, a in enumerate(arts):
        for b in arts[i + 1 :]:
            same_agency = bool(agency[a]) and agency[a] == agency[b] and bool(texts[a] and texts[b])
            if same_agency and reprint(texts[a], texts[b]):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return len({find(a) for a in arts})


def _pick_place(members: Sequence[Member]) -> dict[str, Any] | None:
    """The most precise place any report gives; ties go to the most reported name, then the name."""
    rank = params()["precision_rank"]
    places = [m.event.where for m in members if m.event.where is not None]
    if not places:
        return None
    counts = Counter(_norm(p.name) for p in places)
    best = min(places, key=lambda p: (rank.get(p.precision, 0), -counts[_norm(p.name)], p.name, p.lat or 0.0))
    return _jsonable(asdict(best))


def _pick_party(members: Sequence[Member], attr: str) -> dict[str, Any] | None:
    parties = [getattr(m.event, attr) for m in members if getattr(m.event, attr) is not None]
    if not parties:
        return None
    counts = Counter((p.name, p.country) for p in parties)
    (name, country), _ = min(counts.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or ""))
    return {"name": name, "country": country}


def _most_common(values: Iterable[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    return min(c, key=lambda v: (-c[v], v)) if c else None


def build_incident(members: Sequence[Member]) -> Incident:
    """Merge one cluster's members into an incident (members are already sorted by uid)."""
    uids = sorted(m.uid for m in members)
    days = sorted(m.day for m in members if m.day is not None)
    sources: dict[str, dict[str, Any]] = {}
    for m in members:
        h = m.article
        sources.setdefault(
            m.article_id,
            {k: h.get(k) for k in ("id", "url", "outlet", "agency", "published", "title")},
        )
    figures = [
        Figure(
            event_id=m.uid,
            article_id=m.article_id,
            outlet=m.article.get("outlet"),
            published=m.article.get("published"),
            claimant=_claimant(m.event),
            killed=m.event.killed,
            wounded=m.event.wounded,
            update=_is_update(m),
        )
        for m in members
        if m.event.killed is not None or m.event.wounded is not None
    ]
    _mark_superseded(figures)
    claims = sorted(
        (
            MergedClaim(
                by=c.by,
                stance=c.stance,
                country=c.country,
                role=c.role,
                quote=c.quote,
                span=tuple(c.span) if c.span else None,  # type: ignore[arg-type]
                article_id=m.article_id,
                event_id=m.uid,
            )
            for m in members
            for c in m.event.claims
        ),
        key=lambda c: (c.stance, _norm(c.by), c.article_id, c.event_id, c.span or (0, 0)),
    )
    stances = {c.stance for c in claims}
    weapons = sorted({w.casefold() for m in members for w in m.event.weapons})
    evidence = [
        {"article_id": m.article_id, "event_id": m.uid, "text": e.text, "span": list(e.span)}
        for m in members
        for e in m.event.evidence
    ]
    return Incident(
        id=stable_id("incident", *uids),
        category=members[0].event.category,
        date_start=days[0].isoformat() if days else None,
        date_end=days[-1].isoformat() if days else None,
        place=_pick_place(members),
        actor=_pick_party(members, "actor"),
        target=_pick_party(members, "target"),
        members=uids,
        sources=[sources[k] for k in sorted(sources)],
        independent_sources=independent_count(members),
        figures=figures,
        killed=_figure_range(figures, "killed"),
        wounded=_figure_range(figures, "wounded"),
        claims=claims,
        contested="asserts" in stances and bool(stances & {"denies", "disputes"}),
        weapons=weapons,
        evidence=evidence,
        acled_event_type=_most_common(m.event.acled_event_type for m in members),
        acled_sub_event_type=_most_common(m.event.acled_sub_event_type for m in members),
        modes=sorted({m.event.mode for m in members if m.event.mode}),
        statuses=sorted({m.event.status for m in members if m.event.status}),
    )


def link(pairs: Iterable[tuple[dict[str, Any], Event]], *, threshold: float | None = None) -> list[Incident]:
    """Group (article header, event) pairs into incidents, ordered by (start date, id); undated last."""
    members = members_of(pairs)
    incidents = [build_incident(group) for group in cluster(members, threshold)]
    return sorted(incidents, key=lambda i: (i.date_start or "9999-12-31", i.id))
