"""Measure the engine on the PETRARCH-2 validation sentences (``frontwire eval-petrarch``).

The data: ``../shared/data/petrarch/PETR2_GSR_validation.xml`` (openeventdata/UniversalPetrarch, MIT),
78 sentences, each a ``<Sentence>`` with one or more ``<EventCoding eventcode= sourcecode= targetcode=>``
(or ``noevents="True"``: no event expected) and its ``<Text>``. Eighteen are real AFP GigaWord
sentences, the rest short sentences the PETRARCH team wrote to test verb patterns (``TEST_``,
``VERB_``, ``PASSIVE_``...). The product never needs the file, only the measurement does.

Reading the file. It is not well-formed XML: a ``#`` banner outside every element (one of its lines
holds ``<EventCoding...>``), and most ``<Sentence .../>`` tags close themselves while their codings and
text follow as siblings and a stray ``</Sentence>`` ends them (others are proper open/close pairs). A
whole-file parse fails at the first stray tag, and lxml's recovery then drops the rest of the file. So
the file is cut into records on line boundaries (a line opening ``<Sentence`` starts a record,
``</Sentences>`` ends the last; ``#`` banner lines are dropped), and each record is parsed by lxml, in
recovery mode, inside a wrapper element; codings and text are then read in document order whether
they are children or siblings of ``<Sentence>``. A record that does not yield exactly one sentence, one
text and at least one coding is an error (``PetrarchFormatError``), never silently skipped. One record
(``abc12_3``) has an empty ``<Text>`` (its words survive only in the parse): it is kept, counted and
reported as skipped, as would be a record marked ``evaluate="false"`` (none is, today).

Not used: ``PETR.UnitTest.records.xml`` (285 records). Its sentences are invented to exercise coder
patterns, about fictional states (Arnor, Gondor, Osgiliath...) coded with a test actor dictionary
whose codes collide with real ISO3 codes (``ERI`` is Eriador, not Eritrea; ``CAL`` Calenardhon); the
engine resolves real places and countries, so neither its events on those texts nor their countries
would measure anything about news.

Mapping. CAMEO codes are mapped to frontwire's PLOVER categories by the data in
``evaluate/data/cameo_plover.json`` (its ``_doc`` gives the source: the PLOVER documentation's CAMEO
crosswalk, with frontwire's names), codes that map to nothing (01 statements) expect no event. Actor
codes give a country from their first three letters (pycountry ISO3), none for non-state armed roles.

Scoring, per sentence (sentence-level; PETRARCH codes sentences, not articles):

- the gold is a multiset of PLOVER categories. CAMEO codes an act once per dyad ("Brazil and the United
  States are seeking to deepen a partnership" is 031 BRA->USA and 031 USA->BRA; "The US, Russia, and
  Switzerland met" six 040 codings), while frontwire's contract codes one event per act, so codings of
  one sentence that map to the same category are one expected event (whose parties may be any of the
  codings' dyads). The prediction is the multiset of the categories of the events ``process`` returns.
- ``events``: true positives are the multiset intersection, false positives and negatives the rest
  (P/R/F1 over all sentences of the split); ``violent``: the same for ``ASSAULT`` alone (CAMEO 18-20
  and the few 17 codes the crosswalk calls ASSAULT).
- ``actor_country`` / ``target_country``: on each matched (category) pair, the gold dyad that agrees
  best with the predicted actor/target countries is compared with them; as in ``frontwire eval``, a
  pair counts for a field when gold or prediction states a country (both null says nothing).

Splits: records are numbered by their position in the file (1-based). Odd positions are the TUNE half
(read its errors, fix the engine on it), even positions the TEST half (report it, never read its
errors): ``--split test`` is the headline figure.

Everything here is pure apart from reading the file; the predictor defaults to
``frontwire.pipeline.process``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

from frontwire.evaluate.gold import PRF, Accuracy
from frontwire.model import Article, Event, Record

SPLITS = ("tune", "test", "all")
XML_NAME = "PETR2_GSR_validation.xml"
MAPPING_FILE = Path(__file__).resolve().parent / "data" / "cameo_plover.json"
VIOLENT = "ASSAULT"

Predictor = Callable[[Article], Record]


class PetrarchFormatError(ValueError):
    """A record of the validation file that cannot be read: the message says which and why."""


def default_xml() -> Path:
    """Where the shared data sits relative to a source checkout (``<repo>/../shared/data/petrarch``)."""
    repo = Path(__file__).resolve().parents[3]
    return repo / ".." / "shared" / "data" / "petrarch" / XML_NAME


# --------------------------------------------------------------------------------------------------
# Reading the validation file


@dataclass(frozen=True, slots=True)
class Coding:
    """One ``<EventCoding>``: a CAMEO event code with source and target actor codes."""

    event: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One validation sentence. ``codings`` is empty when the record says ``noevents``."""

    id: str
    position: int  # 1-based position in the file: odd = TUNE half, even = TEST half
    date: str | None  # ISO date from the record's ``date`` attribute, None if it is not YYYYMMDD
    category: str | None
    evaluate: bool
    text: str
    codings: tuple[Coding, ...] = ()

    @property
    def split(self) -> str:
        return "tune" if self.position % 2 else "test"


def _iso_date(value: str | None) -> str | None:
    """``20080806`` -> ``2008-08-06``; anything else (one record says ``121108``) -> None, not a guess."""
    if not value or len(value) != 8 or not value.isdigit():
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        return None


def _clean_text(text: str) -> str:
    """One line of text: the file wraps sentences at ~100 columns, and GigaWord writes quotes the
    Penn Treebank way (``unacceptable''); the article the engine reads has plain double quotes."""
    text = text.replace("``", '"').replace("''", '"')
    return " ".join(text.split())


def _record_chunks(text: str) -> list[tuple[int, str]]:
    """Cut the file into per-record XML fragments (first line number, fragment), see module doc."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            continue  # banner commentary outside every element (not an XML comment)
        if stripped.startswith(("<Sentence ", "<Sentence>", "<Sentence/")):
            current = [line]
            chunks.append((lineno, current))
        elif stripped.startswith("</Sentences>"):
            current = None
        elif current is not None:
            current.append(line)
    return [(lineno, "\n".join(lines)) for lineno, lines in chunks]


def _parse_chunk(lineno: int, fragment: str) -> tuple[dict[str, str], list[Coding], str]:
    parser = etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(f"<Record>{fragment}</Record>".encode(), parser)
    if root is None:
        raise PetrarchFormatError(f"record at line {lineno}: no XML could be read")
    sentences, texts, codings, noevents = [], [], [], False
    for el in root.iter():
        if el.tag == "Sentence":
            sentences.append(el)
        elif el.tag == "Text":
            texts.append(el.text or "")
        elif el.tag == "EventCoding":
            if str(el.get("noevents", "")).lower() == "true":
                noevents = True
            elif el.get("eventcode"):
                codings.append(
                    Coding(el.get("eventcode", ""), el.get("sourcecode", ""), el.get("targetcode", ""))
                )
    if len(sentences) != 1 or len(texts) != 1 or not (codings or noevents):
        raise PetrarchFormatError(
            f"record at line {lineno}: expected one <Sentence>, one <Text> and codings, found "
            f"{len(sentences)} sentence(s), {len(texts)} text(s), {len(codings)} coding(s)"
        )
    if codings and noevents:
        raise PetrarchFormatError(f"record at line {lineno}: both noevents and event codings")
    return dict(sentences[0].attrib), codings, texts[0]


def parse_records(text: str) -> list[PetrarchRecord]:
    """Every ``<Sentence>`` record of a PETRARCH validation file, in file order."""
    out: list[PetrarchRecord] = []
    for position, (lineno, fragment) in enumerate(_record_chunks(text), start=1):
        attrs, codings, body = _parse_chunk(lineno, fragment)
        if not attrs.get("id"):
            raise PetrarchFormatError(f"record at line {lineno}: <Sentence> has no id")
        out.append(
            PetrarchRecord(
                id=attrs["id"],
                position=position,
                date=_iso_date(attrs.get("date")),
                category=attrs.get("category"),
                evaluate=attrs.get("evaluate", "true").lower() != "false",
                text=_clean_text(body),
                codings=tuple(codings),
            )
        )
    return out


def load_records(xml: Path | None = None, split: str = "test") -> list[PetrarchRecord]:
    """Read the validation file and keep one split (``tune``, ``test`` or ``all``)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    path = Path(xml) if xml else default_xml()
    if not path.is_file():
        raise FileNotFoundError(f"PETRARCH-2 validation file not found at {path}")
    records = parse_records(path.read_text(encoding="utf-8"))
    return [r for r in records if split == "all" or r.split == split]


# --------------------------------------------------------------------------------------------------
# CAMEO -> PLOVER


@dataclass(frozen=True)
class CameoMapping:
    """The crosswalk of ``data/cameo_plover.json`` (see its ``_doc`` for where every entry comes from)."""

    roots: dict[str, str | None]
    codes: dict[str, str | None]
    nonstate_roles: frozenset[str]
    state_roles: frozenset[str]

    def category(self, code: str) -> str | None:
        """The PLOVER category of a CAMEO event code; None when frontwire codes no event for it."""
        code = code.strip()
        for n in range(len(code), 2, -1):
            if code[:n] in self.codes:
                return self.codes[code[:n]]
        if code[:2] not in self.roots:
            raise KeyError(f"unknown CAMEO event code {code!r}")
        return self.roots[code[:2]]

    def country(self, actor: str) -> str | None:
        """ISO3 of a CAMEO actor code: its first three letters when they are a country, else None."""
        import pycountry  # the geo layer's dependency; imported here so the module loads without it

        actor = actor.strip().upper()
        parts = [actor[i : i + 3] for i in range(0, len(actor), 3)]
        if not parts or pycountry.countries.get(alpha_3=parts[0]) is None:
            return None
        roles = set(parts[1:])
        if roles & self.nonstate_roles and not roles & self.state_roles:
            return None
        return parts[0]


@lru_cache(maxsize=1)
def load_mapping(path: Path = MAPPING_FILE) -> CameoMapping:
    data = json.loads(path.read_text(encoding="utf-8"))
    return CameoMapping(
        roots=dict(data["roots"]),
        codes=dict(data["codes"]),
        nonstate_roles=frozenset(data["nonstate_roles"]),
        state_roles=frozenset(data["state_roles"]),
    )


@dataclass(frozen=True, slots=True)
class GoldAct:
    """An expected event: one category and the dyads (source, target countries) CAMEO coded it with."""

    category: str
    dyads: tuple[tuple[str | None, str | None], ...]
    codes: tuple[str, ...]


def gold_acts(record: PetrarchRecord, mapping: CameoMapping | None = None) -> list[GoldAct]:
    """The record's codings as expected frontwire events (same category in one sentence = one act)."""
    mapping = mapping or load_mapping()
    by_cat: dict[str, list[Coding]] = {}
    for c in record.codings:
        cat = mapping.category(c.event)
        if cat is not None:
            by_cat.setdefault(cat, []).append(c)
    return [
        GoldAct(
            cat,
            tuple(dict.fromkeys((mapping.country(c.source), mapping.country(c.target)) for c in cs)),
            tuple(c.event for c in cs),
        )
        for cat, cs in by_cat.items()
    ]


# --------------------------------------------------------------------------------------------------
# Scoring


@dataclass(slots=True)
class PetrarchError:
    """One disagreement, for ``--errors``: the record, what kind, and the two sides."""

    record: str
    kind: str  # missed_event | spurious_event | actor_country | target_country
    detail: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record, "kind": self.kind, "detail": self.detail, "text": self.text}


@dataclass(slots=True)
class PetrarchReport:
    """Everything ``frontwire eval-petrarch`` prints; also what the eval gate checks."""

    split: str
    sentences: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    events: PRF = field(default_factory=PRF)
    violent: PRF = field(default_factory=PRF)
    actor_country: Accuracy = field(default_factory=Accuracy)
    target_country: Accuracy = field(default_factory=Accuracy)
    per_category: dict[str, PRF] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    errors: list[PetrarchError] = field(default_factory=list)
    seconds: float = 0.0

    def scores(self) -> dict[str, float]:
        """The gated figures (accuracy over no pairs counts as 0.0 here, so a floor cannot pass idly)."""
        out: dict[str, float] = {}
        for name, prf in (("events", self.events), ("violent", self.violent)):
            out[f"{name}_precision"] = prf.precision
            out[f"{name}_recall"] = prf.recall
            out[f"{name}_f1"] = prf.f1
        out["actor_country_accuracy"] = self.actor_country.value or 0.0
        out["target_country_accuracy"] = self.target_country.value or 0.0
        return out

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "split": self.split,
            "sentences": self.sentences,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "events": self.events.to_dict(),
            "violent": self.violent.to_dict(),
            "actor_country": self.actor_country.to_dict(),
            "target_country": self.target_country.to_dict(),
            "per_category": {k: v.to_dict() for k, v in sorted(self.per_category.items())},
            "skipped": [{"record": r, "reason": why} for r, why in self.skipped],
            "failures": [{"record": r, "error": err} for r, err in self.failures],
            "seconds": round(self.seconds, 2),
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def _country(party: Any) -> str | None:
    return getattr(party, "country", None) if party is not None else None


def _best_dyad(act: GoldAct, event: Event) -> tuple[str | None, str | None]:
    """The gold dyad that agrees most with the prediction (either orientation of a symmetric act is
    right: CAMEO codes both; frontwire picks one side as actor)."""
    pred = (_country(event.actor), _country(event.target))
    return max(act.dyads, key=lambda d: (d[0] == pred[0]) + (d[1] == pred[1]))


def _score_country(acc: Accuracy, gold: str | None, pred: str | None) -> bool | None:
    """gold.py's rule: counts when either side states a country; None when it does not count."""
    if gold is None and pred is None:
        return None
    acc.total += 1
    if gold == pred:
        acc.correct += 1
        return True
    return False


def score_sentence(
    report: PetrarchReport,
    record: PetrarchRecord,
    events: Sequence[Event],
    mapping: CameoMapping | None = None,
) -> None:
    """Add one sentence's gold and predicted events to ``report`` (see the module doc for the rules)."""
    acts = gold_acts(record, mapping)
    report.sentences += 1
    report.gold_events += len(acts)
    report.predicted_events += len(events)
    gold_by: dict[str, list[GoldAct]] = {}
    for a in acts:
        gold_by.setdefault(a.category, []).append(a)
    pred_by: dict[str, list[Event]] = {}
    for e in events:
        pred_by.setdefault(e.category, []).append(e)
    for cat in sorted(set(gold_by) | set(pred_by)):
        golds, preds = gold_by.get(cat, []), pred_by.get(cat, [])
        tp = min(len(golds), len(preds))
        fp, fn = len(preds) - tp, len(golds) - tp
        for prf in (report.events, report.per_category.setdefault(cat, PRF())):
            prf.tp += tp
            prf.fp += fp
            prf.fn += fn
        if cat == VIOLENT:
            report.violent.tp += tp
            report.violent.fp += fp
            report.violent.fn += fn
        for act, ev in zip(golds, preds, strict=False):
            src, tgt = _best_dyad(act, ev)
            for kind, acc, gold, pred in (
                ("actor_country", report.actor_country, src, _country(ev.actor)),
                ("target_country", report.target_country, tgt, _country(ev.target)),
            ):
                if _score_country(acc, gold, pred) is False:
                    side = ev.actor if kind == "actor_country" else ev.target
                    name = getattr(side, "name", None)
                    report.errors.append(
                        PetrarchError(
                            record.id, kind, f"{cat}: gold={gold} predicted={pred} ({name})", record.text
                        )
                    )
        for act in golds[tp:]:
            report.errors.append(
                PetrarchError(record.id, "missed_event", f"{cat} (CAMEO {', '.join(act.codes)})", record.text)
            )
        for ev in preds[tp:]:
            report.errors.append(
                PetrarchError(record.id, "spurious_event", f"{cat} ({ev.mode or '-'})", record.text)
            )


def evaluate(
    split: str = "test",
    xml: Path | None = None,
    predict: Predictor | None = None,
    progress: Callable[[int], None] | None = None,
    records: Sequence[PetrarchRecord] | None = None,
) -> PetrarchReport:
    """Run ``predict`` (default ``frontwire.pipeline.process``) on every sentence of ``split`` as a
    one-sentence article dated by the record, and score it. A predictor exception is recorded in
    ``failures`` and the sentence scored as predicting nothing (the CLI exits non-zero on failures)."""
    if predict is None:
        from frontwire.pipeline import process as predict
    if records is None:
        records = load_records(xml, split)
    mapping = load_mapping()
    report = PetrarchReport(split=split)
    start = time.perf_counter()
    for rec in records:
        if not rec.evaluate:
            report.skipped.append((rec.id, 'marked evaluate="false" in the validation file'))
        elif not rec.text:
            report.skipped.append((rec.id, "empty <Text> in the validation file"))
        else:
            article = Article.from_text(
                rec.text, published=rec.date, language="en", source=f"petrarch:{rec.id}"
            )
            try:
                events = list(predict(article).events)
            except Exception as exc:  # noqa: BLE001 - recorded and surfaced, see docstring
                report.failures.append((rec.id, f"{type(exc).__name__}: {exc}"))
                events = []
            score_sentence(report, rec, events, mapping)
        if progress:
            progress(1)
    report.seconds = time.perf_counter() - start
    return report


__all__ = [
    "CameoMapping",
    "Coding",
    "GoldAct",
    "PetrarchError",
    "PetrarchFormatError",
    "PetrarchRecord",
    "PetrarchReport",
    "default_xml",
    "evaluate",
    "gold_acts",
    "load_mapping",
    "load_records",
    "parse_records",
    "score_sentence",
]
