"""Ceasefire timelines: each ceasefire, what the text says about it, and the attacks after it took effect.

Pure, no database: it reads linked ``Incident`` values. A ceasefire is an ``AGREE`` incident whose
members say ``mode == "ceasefire"``. The engine gives it a date, parties and a ``collapsed`` status;
the rest a reader wants — when it was agreed and when it took effect, who brokered it, between whom,
how fast it broke down — is in the sentences it was read from, so this module reads them with the
cues and patterns in ``ceasefire.json``:

1. **Truces.** The incident's evidence sentences are grouped by the date each one states. A sentence
   dated more than ``separate_after_days`` away from the event tells of another truce ("a first truce,
   brokered by Russia on Oct. 10, collapsed within hours" inside a report of the 17 Oct truce) and
   becomes a truce of its own, so its broker and collapse are not pinned on the wrong one.
2. **Facts per truce.** A truce whose every sentence only urges, demands or votes on a ceasefire is
   ``proposed``. Brokers ("U.S.-brokered", "brokered by Egypt") and parties ("between Israel and
   Hamas", else the events' actor and target, else the countries fighting in the same reports) are
   read by pattern. The clause after an effect cue ("took effect at 2 a.m.", "starting at midnight")
   gives the start; the clause after a collapse cue ("unraveled within minutes on Monday") gives the
   collapse and its lag. Dates go through ``frontwire.dates`` against the reporting article's date.
   When no start is stated but the truce collapsed within minutes or hours on a stated day, that day
   is its start (marked ``inferred``).
3. **Violations.** The conflict's countries are the truce parties' countries plus those of the attacks
   told in the truce's own reports (a report of a truce talks about the fighting; the place of the
   talks — Moscow, Sweden — is not the conflict). Every ``ASSAULT`` incident sharing a country, dated
   from the start to ``window_days`` later and before the next truce of that conflict, is listed,
   flagged when it is reported as a violation (``mode == "ceasefire violation"`` or a violation cue in
   its evidence).

"Collapsed within minutes" is then visible: the collapse mark sits on the start's day, and the first
violations follow it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from frontwire.dates import find_dates, resolve_all
from frontwire.incidents.link import Incident, _jsonable
from frontwire.model import stable_id

PARAMS_FILE = Path(__file__).with_name("ceasefire.json")


@cache
def params() -> dict[str, Any]:
    """Cues and patterns, read once from ``ceasefire.json``."""
    return json.loads(PARAMS_FILE.read_text(encoding="utf-8"))


@cache
def _cue_rx(name: str) -> re.Pattern[str]:
    words = sorted(params()[name], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@cache
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# --- values ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Mark:
    """One dated point on a truce's timeline, with the sentence it was read from."""

    kind: str  # agreed | effective | collapsed
    date: str | None
    end: str | None = None
    time: str | None = None  # "midnight", "2 a.m." as written
    lag: str | None = None  # "within minutes" as written
    inferred: bool = False  # not stated: read off another mark (see the module docstring)
    text: str | None = None
    article_id: str | None = None


@dataclass(slots=True)
class Violation:
    incident: Incident
    reported: bool  # the reports call it a violation of a ceasefire
    days_after: int | None  # days after the truce started


@dataclass(slots=True)
class Truce:
    """One ceasefire: what its reports say, and the attacks after it took effect."""

    id: str
    incident: Incident
    status: str  # proposed | agreed | in effect | violated | collapsed
    agreed: Mark | None
    effective: Mark | None
    collapse: Mark | None
    brokers: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # the conflict's, violations are drawn from these
    parties_from_reports: bool = False  # no party named: the countries fighting in the same reports
    violations: list[Violation] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)  # {article_id, text, span}

    @property
    def start(self) -> str | None:
        """The day it took effect, else the last day of its agreement."""
        if self.effective and self.effective.date:
            return self.effective.date
        if self.agreed:
            return self.agreed.end or self.agreed.date
        return None

    @property
    def collapsed(self) -> bool:
        return self.status == "collapsed"

    @property
    def days_to_first_violation(self) -> int | None:
        return self.violations[0].days_after if self.violations else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "incident_id": self.incident.id,
            "status": self.status,
            "agreed": _jsonable(asdict(self.agreed)) if self.agreed else None,
            "effective": _jsonable(asdict(self.effective)) if self.effective else None,
            "collapse": _jsonable(asdict(self.collapse)) if self.collapse else None,
            "start": self.start,
            "brokers": self.brokers,
            "parties": self.parties,
            "parties_from_reports": self.parties_from_reports,
            "countries": self.countries,
            "sources": self.incident.sources,
            "violations": [
                {
                    "incident_id": v.incident.id,
                    "date": v.incident.date_start,
                    "days_after": v.days_after,
                    "reported_as_violation": v.reported,
                    "place": (v.incident.place or {}).get("name"),
                    "actor": (v.incident.actor or {}).get("name"),
                    "target": (v.incident.target or {}).get("name"),
                    "killed": v.incident.killed.best,
                    "wounded": v.incident.wounded.best,
                }
                for v in self.violations
            ],
            "days_to_first_violation": self.days_to_first_violation,
            "sentences": self.sentences,
        }


# --- reading sentences ---------------------------------------------------------------------------------


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _clause_after(text: str, at: int) -> str:
    """The text from ``at`` up to the first clause break: what a cue's clause says, and no more."""
    rest = text[at:]
    cut = len(rest)
    for brk in params()["clause_breaks"]:
        i = rest.find(brk, 1)
        if 0 < i < cut:
            cut = i
    return rest[:cut]


def _dates_in(text: str, anchor: dt.date | None) -> list[Any]:
    return resolve_all(text, anchor) if anchor else []


def _clean_name(name: str) -> str:
    """A name as a pattern caught it, without a leading article or trailing joiners; an abbreviation
    keeps its last dot ("U.S."), a sentence's full stop goes ("Russia.")."""
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(" ,;:"), flags=re.IGNORECASE)
    name = re.sub(r"\s+(?:and|of|in|on|at)$", "", name).strip()
    if name.endswith(".") and "." not in name[:-1].rsplit(" ", 1)[-1]:
        name = name[:-1]
    return name


def _brokers(texts: list[str]) -> list[str]:
    found: list[str] = []
    for t in texts:
        for pat in params()["broker_patterns"]:
            for m in _rx(pat).finditer(t):
                who = _clean_name(m.group("who"))
                if who and not find_dates(who) and who not in found:
                    found.append(who)
    return found


def _parties(texts: list[str]) -> list[str]:
    found: list[str] = []
    for t in texts:
        for pat in params()["party_patterns"]:
            for m in _rx(pat).finditer(t):
                for side in (m.group("a"), m.group("b")):
                    name = _clean_name(side)
                    if name and not find_dates(name) and name not in found:
                        found.append(name)
    return found


def _is_proposal(texts: list[str]) -> bool:
    """Every sentence only urges, demands or votes on a truce: nobody has agreed to anything yet."""
    return all(_cue_rx("proposal_cues").search(t) and not _cue_rx("agreement_cues").search(t) for t in texts)


def _effective(sentences: list[dict[str, Any]], agreed: Mark | None) -> Mark | None:
    time = date = None
    text = art = None
    for s in sentences:
        for m in _cue_rx("effective_cues").finditer(s["text"]):
            clause = _clause_after(s["text"], m.start())
            t = _rx(params()["time_pattern"], re.IGNORECASE).search(clause)
            dates = _dates_in(clause, s["anchor"])
            if t and time is None:
                time = t.group("time")
            if dates and date is None:
                date = dates[0].date
            if text is None:
                text, art = s["text"], s["article_id"]
    if text is None:
        return None
    inferred = False
    if date is None and agreed is not None:
        last = _day(agreed.end or agreed.date)
        if last is not None and time and time.casefold() == "midnight":
            # "starting at midnight", said of a truce agreed that day: the midnight that ends the day
            date, inferred = (last + dt.timedelta(days=1)).isoformat(), True
        else:
            date, inferred = agreed.date, True
    return Mark("effective", date, time=time, inferred=inferred, text=text, article_id=art)


def _collapse(sentences: list[dict[str, Any]], engine_says: bool) -> Mark | None:
    for s in sentences:
        m = _cue_rx("collapse_cues").search(s["text"])
        if not m:
            continue
        clause = s["text"][m.end() :]
        lag = _rx(params()["lag_pattern"], re.IGNORECASE).match(clause.strip())
        rest = _clause_after(clause, len(lag.group(0)) + 1 if lag else 0)
        dates = _dates_in(rest, s["anchor"])
        return Mark(
            "collapsed",
            dates[0].date if dates else None,
            lag=lag.group(0) if lag else None,
            text=s["text"],
            article_id=s["article_id"],
        )
    return Mark("collapsed", None) if engine_says else None


# --- grouping into truces ------------------------------------------------------------------------------


def _sentences(inc: Incident) -> list[dict[str, Any]]:
    published = {s["id"]: _day(s.get("published")) for s in inc.sources}
    seen: set[tuple[str, str]] = set()
    out = []
    for e in inc.evidence:
        key = (e["article_id"], e["text"])
        if key in seen:
            continue
        seen.add(key)
        anchor = published.get(e["article_id"])
        dates = _dates_in(e["text"], anchor)
        out.append(
            {
                "article_id": e["article_id"],
                "text": e["text"],
                "span": e.get("span"),
                "anchor": anchor,
                "date": dates[0].date if dates else None,
                "end": dates[0].end if dates else None,
            }
        )
    return out


def _groups(inc: Incident) -> list[tuple[str | None, str | None, list[dict[str, Any]], bool]]:
    """(date, end, sentences, main) per truce told in the incident; ``main`` is the incident's own."""
    start = _day(inc.date_start)
    gap = params()["separate_after_days"]
    main: list[dict[str, Any]] = []
    other: dict[str, list[dict[str, Any]]] = {}
    for s in _sentences(inc):
        d = _day(s["date"])
        if d is not None and start is not None and abs((d - start).days) > gap:
            other.setdefault(s["date"], []).append(s)
        else:
            main.append(s)
    out = [(inc.date_start, inc.date_end if inc.date_end != inc.date_start else None, main, True)]
    out += [(d, None, ss, False) for d, ss in sorted(other.items())]
    return [g for g in out if g[2] or g[3]]


def _agreed_mark(date: str | None, end: str | None, sentences: list[dict[str, Any]]) -> Mark:
    said = next((s for s in sentences if _cue_rx("agreement_cues").search(s["text"])), None)
    said = said or (sentences[0] if sentences else None)
    for s in sentences:  # a weekend or a span stated with the agreement keeps its end
        if s["date"] == date and s["end"]:
            end = s["end"]
            break
    return Mark(
        "agreed",
        date,
        end=end,
        text=said["text"] if said else None,
        article_id=said["article_id"] if said else None,
    )


def _truces_of(inc: Incident) -> list[Truce]:
    out = []
    for date, end, sentences, main in _groups(inc):
        texts = [s["text"] for s in sentences]
        brokers = _brokers(texts)
        parties = _parties(texts)
        if main:
            for p in (inc.actor, inc.target):
                name = (p or {}).get("name")
                brokered = bool(name) and any(name in b or b in name for b in brokers)
                if name and name not in parties and not brokered and not find_dates(name):
                    parties.append(name)
        proposal = bool(texts) and _is_proposal(texts)
        agreed = _agreed_mark(date, end, sentences)
        collapse = _collapse(sentences, main and "collapsed" in inc.statuses)
        effective = _effective(sentences, agreed)
        quick = {w.casefold() for w in params()["quick_lag_units"]}
        fast = bool(collapse and collapse.lag and set(collapse.lag.casefold().split()) & quick)
        if collapse and fast and not collapse.date:
            # "collapsed within hours", no day given: the day it started (or was agreed), inferred
            start = effective or agreed
            collapse.date, collapse.inferred = (start.end or start.date) if start else None, True
        elif effective is None and collapse and collapse.date and fast:
            # "unraveled within minutes on Monday": it had started on Monday
            effective = Mark(
                "effective", collapse.date, inferred=True, text=collapse.text, article_id=collapse.article_id
            )
        status = "proposed" if proposal else "collapsed" if collapse else "agreed"
        out.append(
            Truce(
                id=stable_id("truce", inc.id, date or ""),
                incident=inc,
                status=status,
                agreed=None if proposal else agreed,
                effective=None if proposal else effective,
                collapse=collapse,
                brokers=brokers,
                parties=parties,
                sentences=[{k: s[k] for k in ("article_id", "text", "span")} for s in sentences],
            )
        )
    return out


def _countries(inc: Incident) -> set[str]:
    return {c for p in (inc.place, inc.actor, inc.target) if (c := (p or {}).get("country"))}


def is_ceasefire(inc: Incident) -> bool:
    """An AGREE incident the engine calls a ceasefire, or whose sentences name one ("agreed on Thursday
    to a ceasefire in the port city" is coded as a general agreement)."""
    if inc.category != "AGREE":
        return False
    return "ceasefire" in inc.modes or any(_cue_rx("truce_words").search(e["text"]) for e in inc.evidence)


def _country_names(codes: list[str]) -> list[str]:
    import pycountry  # the geo stage's dependency; names as ACLED writes them

    out = []
    for c in codes:
        found = pycountry.countries.get(alpha_3=c)
        out.append(getattr(found, "common_name", None) or (found.name if found else c))
    return out


def _reported_as_violation(inc: Incident) -> bool:
    if "ceasefire violation" in inc.modes:
        return True
    return any(_cue_rx("violation_cues").search(e["text"]) for e in inc.evidence)


def timelines(incidents: list[Incident], window_days: int | None = None) -> list[Truce]:
    """Every ceasefire told among ``incidents``, with the attacks after it in the same conflict, by start."""
    window = params()["window_days"] if window_days is None else window_days
    attacks = [i for i in incidents if i.category == "ASSAULT" and i.date_start]
    truces: list[Truce] = []
    for inc in incidents:
        if not is_ceasefire(inc):
            continue
        arts = {s["id"] for s in inc.sources}
        conflict: set[str] = set()
        for a in attacks:
            if arts & {s["id"] for s in a.sources}:
                conflict |= _countries(a)
        broker_names = set()
        for t in _truces_of(inc):
            broker_names |= {b.casefold() for b in t.brokers}
            party_countries = {
                c
                for p in (inc.actor, inc.target)
                if (c := (p or {}).get("country"))
                and (p or {}).get("name", "").casefold() not in broker_names
                and not any((p or {}).get("name", "").casefold() in b for b in broker_names)
            }
            t.countries = sorted(conflict | party_countries)
            if not t.parties and t.status != "proposed":
                # "both countries", "the two sides": the parties are the countries fighting in its reports
                t.parties = _country_names(t.countries)
                t.parties_from_reports = True
            truces.append(t)
    truces.sort(key=lambda t: (t.start or "9999-12-31", t.id))
    for t in truces:
        start = _day(t.start)
        if t.status == "agreed" and t.effective and not t.effective.inferred:
            t.status = "in effect"  # until an attack after it says otherwise
        if t.status == "proposed" or start is None or not t.countries:
            continue
        later = [
            _day(u.start)
            for u in truces
            if u is not t
            and u.status != "proposed"
            and set(u.countries) & set(t.countries)
            and _day(u.start) is not None
            and _day(u.start) > start  # type: ignore[operator]
        ]
        stop = min([start + dt.timedelta(days=window + 1), *[d for d in later if d]])
        for a in attacks:
            d = _day(a.date_start)
            if d is None or not (start <= d < stop) or not (_countries(a) & set(t.countries)):
                continue
            t.violations.append(Violation(a, _reported_as_violation(a), (d - start).days))
        t.violations.sort(key=lambda v: (v.incident.date_start or "", v.incident.id))
        if t.status in ("agreed", "in effect") and t.violations:
            t.status = "violated"
    return truces
