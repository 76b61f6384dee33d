"""Score extraction against hand-written gold records.

Gold format (one JSON file per article, under ``tests/gold/<set>/``): the contract shape of
``event-record.md`` (``schema``, ``article``, ``events``, ``tolls``) plus

- ``"item"`` (optional): for a file holding several articles (JSON Lines, feeds), the 1-based position
  of the article in it, as ingest numbers them (``path#n``);
- ``"source"``: where the article text lives, one of
  * a repo-relative path (``"tests/gold/written/001_khartoum.txt"``, ``"src/frontwire/data/demo/x.txt"``),
  * a path into the shared data beside the repo (``"../shared/corpus/seed/000_....txt"``),
  * ``"case2021:<id>"``: a CASE 2021 Task 2 snippet, read from the shared TSV at score time (the
    snippet text is never copied into the repo);
  * ``"geoparsing:<corpus>:<docid>"`` (corpus ``tr-news`` or ``gwn``): a real news article from the
    geoparsing corpora in ``../shared/data/geoparsing``, read at score time (same reason);
- per event, the text it was read from: ``"evidence_text"`` (a string, or a list of strings for an
  event told over several sentences) copied exactly from the article, or ``"evidence": [start, end]``
  (or a list of such pairs) as character offsets into the article body (used for CASE snippets).

Events carry only the fields the annotator is sure of; a missing field is read as ``null``
("not stated"). Claims need ``by`` and ``stance``; tolls need ``killed`` and ``qualifier``.

How predicted events are aligned to gold events (per article): every (predicted, gold) pair gets a
similarity; a pair is *eligible* only if their evidence overlaps (character spans intersect) or, when
the evidence does not overlap, if category and a stated ``killed`` figure both agree (the same event
read from another sentence). Similarity = 2 x evidence overlap (intersection / shorter evidence) +
1 if the categories agree + 0.5 if ``killed`` agrees (both stated) + 0.25 if the place names agree.
Pairs are then taken greedily, best first, each event used once (greedy rather than Hungarian: with a
handful of events per article the two agree in practice, and greedy keeps the rule explainable).

Metrics:

- ``events``: a gold event is found when it is aligned to a prediction of the same category
  (typed P/R/F1 over all categories); ``violent``: the same restricted to ``ASSAULT`` on both sides.
- ``claims``: over all claims of all events; a predicted claim counts when it sits on the predicted
  event aligned to the gold event that carries the gold claim, its claimant matches (normalised name
  equality, containment or shared surname) and its stance is equal.
- field accuracies over aligned pairs (any category): ``actor_country``, ``target_country``, ``date``
  (at the precision gold states: month and year precision compare only month/year),
  ``place``, ``killed``, ``wounded``. A pair counts for a field when gold or prediction states a value
  (both null is no evidence either way), except the date, which counts only when gold has one (gold
  leaves undated acts undated, so a predicted date there cannot be checked); it is correct when the
  values agree (place: same country and either the names match or both are within 50 km).
- ``tolls_recall``: gold aggregate tolls found among predicted tolls with the same ``killed`` and
  qualifier.

Undefined ratios follow one rule: precision with no predictions is 1.0 if there was also nothing to
find (else 0.0); recall with nothing to find is 1.0; accuracy over no pairs is ``None`` (not scored).

Everything here is pure: the caller chooses the predictor (default ``frontwire.pipeline.process``),
and nothing is printed.
"""

from __future__ import annotations

import csv
import json
import math
import re
import signal
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontwire.model import Article, Event, Record

CASE_PREFIX = "case2021:"
CASE_TSV = Path("..") / "shared" / "data" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
GEO_PREFIX = "geoparsing:"
GEO_DIR = Path("..") / "shared" / "data" / "geoparsing"
PLACE_RADIUS_KM = 50.0

PRF_METRICS = ("events", "violent", "claims")
ACCURACY_FIELDS = ("actor_country", "target_country", "date", "place", "killed", "wounded")

Predictor = Callable[[Article], Record]
Progress = Callable[[int, int, str], None]


class GoldFormatError(ValueError):
    """A gold file that cannot be read as gold: the message names the file and what is wrong."""


# --------------------------------------------------------------------------------------------------
# Gold documents


@dataclass(slots=True)
class GoldEvent:
    """One gold event: its contract fields (as a dict) and its evidence as body spans."""

    data: dict[str, Any]
    spans: list[tuple[int, int]]

    @property
    def category(self) -> str:
        return str(self.data.get("category") or "")


@dataclass(slots=True)
class GoldDoc:
    """One gold file, with the article it refers to (``None`` if it could not be resolved)."""

    path: Path
    source: str
    article: Article | None
    events: list[GoldEvent] = field(default_factory=list)
    tolls: list[dict[str, Any]] = field(default_factory=list)
    skipped: str | None = None
    case_label: str | None = None


def find_repo_root(start: Path) -> Path:
    """The nearest ancestor holding ``pyproject.toml``: gold sources are relative to it."""
    start = start.resolve()
    for candidate in (start, *start.parents):
        if (candidate / "pyproject.toml").is_file():
            return candidate
    raise GoldFormatError(f"{start}: no pyproject.toml above it, cannot resolve gold sources")


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to the ``*.json`` gold files under them (sorted, so runs are reproducible)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.json") if q.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"gold path does not exist: {p}")
    return out


_case_cache: dict[Path, dict[str, tuple[str, str]]] = {}


def read_case_snippets(tsv: Path) -> dict[str, tuple[str, str]]:
    """CASE 2021 Task 2 snippets by id: ``{id: (snippet, label)}`` (read once per process).

    The TSV has no quoting (snippets contain bare quotes), hence ``QUOTE_NONE``.
    """
    tsv = tsv.resolve()
    if tsv not in _case_cache:
        with tsv.open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            _case_cache[tsv] = {r["id"]: (r["EventSnippet"], r["SubType"]) for r in rows}
    return _case_cache[tsv]


_geo_cache: dict[tuple[Path, str], dict[str, str]] = {}


def read_geoparsing_article(directory: Path, corpus: str, docid: str) -> str | None:
    """Body of article ``docid`` of a geoparsing corpus (``tr-news``, ``gwn``), or ``None`` if no such id.

    Why through ``frontwire.geo.evaluation.load_corpus``: it is the one reader of these XML files (the
    geocoder's benchmark and the general-news benchmark use it), so the gold is scored on exactly the
    text those benchmarks see, and the article text stays in ``../shared`` instead of being copied into
    the repo (the shared data is read-only and never needed by the product). Parsed once per process.
    """
    from frontwire.geo.evaluation import load_corpus

    key = (directory.resolve(), corpus)
    if key not in _geo_cache:
        _geo_cache[key] = {d.id: d.text for d in load_corpus(corpus, directory)}
    return _geo_cache[key].get(docid)


def read_article(path: Path, item: int | None = None) -> Article:
    """Read one article file the way the product does (``frontwire.ingest.read_paths``).

    ``item`` (1-based) picks one article out of a file that holds several (JSON Lines, RSS/Atom): the
    same ``n`` ingest writes into ``Article.source`` as ``path#n``.
    """
    from frontwire.ingest import read_paths  # the product's reader: gold is scored on what users get

    results = list(read_paths([path]))
    if item is not None:
        if not 1 <= item <= len(results):
            raise GoldFormatError(f"{path}: item {item} asked, the reader returned {len(results)} result(s)")
        results = [results[item - 1]]
    if len(results) != 1:
        raise GoldFormatError(f"{path}: holds {len(results)} articles; the gold file needs an 'item'")
    if not isinstance(results[0], Article):
        raise GoldFormatError(f"{path}: the reader skipped it: {getattr(results[0], 'reason', results[0])}")
    return results[0]


def _resolve_article(
    source: str, root: Path, item: int | None = None
) -> tuple[Article | None, str | None, str | None]:
    """(article, case label, skip reason) for a gold ``source``."""
    if source.startswith(CASE_PREFIX):
        tsv = root / CASE_TSV
        if not tsv.is_file():
            return None, None, f"CASE 2021 data not found at {tsv} (../shared is absent)"
        snippet_id = source[len(CASE_PREFIX) :]
        snippets = read_case_snippets(tsv)
        if snippet_id not in snippets:
            raise GoldFormatError(f"{source}: no such id in {tsv}")
        text, label = snippets[snippet_id]
        return Article.from_text(text, language="en", source=source), label, None
    if source.startswith(GEO_PREFIX):
        from frontwire.geo.evaluation import CORPUS_FILES

        corpus, _, docid = source[len(GEO_PREFIX) :].partition(":")
        if corpus not in CORPUS_FILES or not docid:
            raise GoldFormatError(f"{source}: expected 'geoparsing:<{'|'.join(CORPUS_FILES)}>:<docid>'")
        directory = root / GEO_DIR
        if not (directory / CORPUS_FILES[corpus]).is_file():
            return None, None, f"geoparsing corpus not found at {directory} (../shared is absent)"
        text = read_geoparsing_article(directory, corpus, docid)
        if text is None:
            raise GoldFormatError(f"{source}: no article with that id in {directory / CORPUS_FILES[corpus]}")
        return Article.from_text(text, language="en", source=source), None, None
    path = (root / source).resolve()
    if not path.is_file():
        if source.startswith("../shared/"):
            return None, None, f"shared data not found at {path} (../shared is absent)"
        raise GoldFormatError(f"source {source!r} not found at {path}")
    return read_article(path, item), None, None


_WS = re.compile(r"\s+")


def _find_text(body: str, text: str) -> tuple[int, int] | None:
    """Span of ``text`` in ``body``, tolerant of whitespace and typographic-quote differences only.

    Why tolerant: the reader may unwrap lines or normalise spaces; the gold annotator copies a sentence
    as displayed. Anything beyond whitespace/quotes must match exactly, or the gold is wrong.
    """
    i = body.find(text)
    if i >= 0:
        return i, i + len(text)
    tokens = [t for t in _WS.split(text.strip()) if t]
    if not tokens:
        return None
    quote_classes = {
        "'": "['\u2018\u2019]",
        "\u2018": "['\u2018\u2019]",
        "\u2019": "['\u2018\u2019]",
        '"': '["\u201c\u201d]',
        "\u201c": '["\u201c\u201d]',
        "\u201d": '["\u201c\u201d]',
    }

    def tok(t: str) -> str:
        return "".join(quote_classes.get(ch, re.escape(ch)) for ch in t)

    m = re.search(r"\s+".join(tok(t) for t in tokens), body)
    return (m.start(), m.end()) if m else None


def _evidence_spans(ev: dict[str, Any], body: str, where: str) -> list[tuple[int, int]]:
    if "evidence_text" in ev:
        texts = ev["evidence_text"]
        texts = [texts] if isinstance(texts, str) else list(texts)
        spans = []
        for t in texts:
            span = _find_text(body, t)
            if span is None:
                raise GoldFormatError(f"{where}: evidence_text not found in the article: {t[:80]!r}")
            spans.append(span)
        return spans
    raw = ev.get("evidence")
    if raw is None:
        raise GoldFormatError(f"{where}: event has neither evidence_text nor evidence")
    pairs = [raw] if raw and isinstance(raw[0], int) else raw
    spans = []
    for pair in pairs:
        if isinstance(pair, dict):  # contract-shaped evidence: {"span": [s, e], "text": ...}
            pair = pair["span"]
        s, e = int(pair[0]), int(pair[1])
        if not 0 <= s < e <= len(body):
            raise GoldFormatError(f"{where}: evidence span {[s, e]} outside the body (length {len(body)})")
        spans.append((s, e))
    return spans


def gold_from_dict(
    data: dict[str, Any],
    article: Article | None,
    path: Path | str = "<memory>",
    skipped: str | None = None,
    case_label: str | None = None,
) -> GoldDoc:
    """Build a ``GoldDoc`` from a parsed gold object and its (already resolved) article."""
    path = Path(path)
    if not isinstance(data.get("events"), list):
        raise GoldFormatError(f"{path}: gold needs an 'events' list")
    doc = GoldDoc(
        path=path,
        source=str(data.get("source", "")),
        article=article,
        skipped=skipped,
        case_label=case_label or data.get("case_label"),
    )
    doc.tolls = list(data.get("tolls") or [])
    if article is None:
        return doc
    for i, ev in enumerate(data["events"]):
        if not ev.get("category"):
            raise GoldFormatError(f"{path}: event {i} has no category")
        doc.events.append(GoldEvent(data=ev, spans=_evidence_spans(ev, article.body, f"{path} event {i}")))
    return doc


def load_gold(paths: Iterable[str | Path]) -> list[GoldDoc]:
    """Load gold files (folders are expanded), resolving each ``source`` to an ``Article``.

    A gold file whose source lives in ``../shared`` is returned with ``skipped`` set when that folder
    is absent, so a checkout without the shared data still scores the rest.
    """
    docs = []
    for path in gold_files(paths):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}: not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or "source" not in data:
            raise GoldFormatError(f"{path}: a gold file is an object with a 'source'")
        root = find_repo_root(path.parent)
        item = None if data.get("item") is None else int(data["item"])
        article, label, skipped = _resolve_article(str(data["source"]), root, item)
        docs.append(gold_from_dict(data, article, path, skipped=skipped, case_label=label))
    return docs


# --------------------------------------------------------------------------------------------------
# Comparison helpers


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


_NAME_STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "s",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)


def names_match(a: str | None, b: str | None) -> bool:
    """Claimant/party name match: equal, one contained in the other, or same surname.

    "Hajiyev" ~ "Hikmet Hajiyev"; "the ministry" ~ "Azerbaijan's defence ministry" (containment of
    folded token sequences); "Shushan Stepanyan" ~ "Stepanyan".
    """
    if a is None or b is None:
        return a is None and b is None
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return fa == fb
    if fa == fb or f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} ":
        return True
    ta = [t for t in fa.split() if t not in _NAME_STOP]
    tb = [t for t in fb.split() if t not in _NAME_STOP]
    if not ta or not tb:
        return False
    if ta[-1] == tb[-1] and len(ta[-1]) > 2:
        return True
    return set(ta) <= set(tb) or set(tb) <= set(ta)


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _get(obj: Any, key: str) -> Any:
    """Field of a dataclass or dict (gold is dicts, predictions dataclasses)."""
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


def places_match(gold: Any, pred: Any) -> bool:
    """Same country and (name match or within ``PLACE_RADIUS_KM``)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if _get(gold, "country") != _get(pred, "country"):
        return False
    if names_match(_get(gold, "name"), _get(pred, "name")):
        return True
    coords = [_get(gold, "lat"), _get(gold, "lon"), _get(pred, "lat"), _get(pred, "lon")]
    if all(isinstance(c, int | float) for c in coords):
        return _haversine_km(*coords) <= PLACE_RADIUS_KM
    return False


def dates_match(gold: Any, pred: Any) -> bool:
    """Same date at the precision gold states.

    ``day``: same ISO date; ``month``/``year``: same month/year ("in November" has no day to get right);
    ``week``: within six days ("last week" pins no day); a gold span (``end``) accepts any date inside.
    """
    gd, pd = _get(gold, "date"), _get(pred, "date")
    if gd is None or pd is None:
        return gd is None and pd is None
    end = _get(gold, "end")
    if end:
        return gd <= pd <= end
    precision = _get(gold, "precision") or "day"
    if precision == "month":
        return gd[:7] == pd[:7]
    if precision == "year":
        return gd[:4] == pd[:4]
    if precision == "week":
        try:
            return abs((date.fromisoformat(gd[:10]) - date.fromisoformat(pd[:10])).days) <= 6
        except ValueError:
            return False
    return gd == pd


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> float:
    """Intersection of two span sets over the shorter set's length (0..1)."""
    if not a or not b:
        return 0.0
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    shorter = min(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return min(1.0, inter / shorter) if shorter > 0 else 0.0


def _pred_spans(ev: Event) -> list[tuple[int, int]]:
    return [(int(e.span[0]), int(e.span[1])) for e in ev.evidence if e.span]


def _similarity(pred: Event, gold: GoldEvent) -> float | None:
    """Alignment score, or ``None`` when the pair may not be aligned at all (see module docstring)."""
    ov = _overlap(_pred_spans(pred), gold.spans)
    same_cat = pred.category == gold.category
    gk = gold.data.get("killed")
    same_killed = gk is not None and pred.killed == gk
    if ov == 0.0 and not (same_cat and same_killed):
        return None
    gw = gold.data.get("where")
    same_place = bool(gw and pred.where and names_match(_get(gw, "name"), pred.where.name))
    return 2.0 * ov + 1.0 * same_cat + 0.5 * same_killed + 0.25 * same_place


def align(preds: Sequence[Event], golds: Sequence[GoldEvent]) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one alignment: ``[(pred_index, gold_index), ...]``."""
    scored = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            s = _similarity(p, g)
            if s is not None:
                scored.append((-s, i, j))
    scored.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return sorted(pairs, key=lambda ij: ij[1])


# --------------------------------------------------------------------------------------------------
# Scores


@dataclass(slots=True)
class PRF:
    """True/false positives and false negatives, with the derived ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.correct / self.total

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass(slots=True)
class EvalError:
    """One disagreement, for debugging: which file, what kind, and the two sides."""

    gold_file: str
    kind: str  # missed_event | spurious_event | wrong_category | missed_claim | field:<name> | ...
    detail: str
    evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_file": self.gold_file,
            "kind": self.kind,
            "detail": self.detail,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class EvalReport:
    """Everything one evaluation run measured. ``scores()`` is the flat view the eval gate pins."""

    documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    gold_events: int = 0
    predicted_events: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    prf: dict[str, PRF] = field(default_factory=lambda: {name: PRF() for name in PRF_METRICS})
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {n: Accuracy() for n in ACCURACY_FIELDS})
    tolls: PRF = field(default_factory=PRF)
    errors: list[EvalError] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (gold file, exception) from the predictor
    # The same figures per gold set (the gold file's folder: seed, demo, written, case), so a regression
    # on one kind of text is not averaged away by the others. Empty inside the per-set reports.
    by_set: dict[str, EvalReport] = field(default_factory=dict)

    @property
    def tolls_recall(self) -> float:
        return self.tolls.recall

    def scores(self) -> dict[str, float]:
        """Metric name -> value; accuracies over no pairs are left out (nothing was measured)."""
        out: dict[str, float] = {}
        for name, prf in self.prf.items():
            out[f"{name}_precision"] = prf.precision
            out[f"{name}_recall"] = prf.recall
            out[f"{name}_f1"] = prf.f1
        for name, acc in self.accuracy.items():
            if acc.value is not None:
                out[f"{name}_accuracy"] = acc.value
        out["tolls_recall"] = self.tolls_recall
        return out

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "skipped": [{"gold_file": f, "reason": r} for f, r in self.skipped],
            "failures": [{"gold_file": f, "error": e} for f, e in self.failures],
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "prf": {k: v.to_dict() for k, v in self.prf.items()},
            "accuracy": {k: v.to_dict() for k, v in self.accuracy.items()},
            "tolls": self.tolls.to_dict(),
            "scores": self.scores(),
        }
        if self.by_set:
            out["by_set"] = {
                name: {
                    "documents": r.documents,
                    "gold_events": r.gold_events,
                    "predicted_events": r.predicted_events,
                    "scores": r.scores(),
                }
                for name, r in self.by_set.items()
            }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def _evidence_text(body: str, spans: Sequence[tuple[int, int]]) -> str:
    return " … ".join(body[s:e] for s, e in spans)[:300]


def _party_country(party: Any) -> str | None:
    return _get(party, "country")


def _party_shown(party: Any) -> str | None:
    """The country with the party's name, so a country error says whom each side meant.

    Why: 'gold=ARM predicted=None' cannot tell a missed target from a different one chosen.
    """
    if party is None:
        return None
    return f"{_get(party, 'country')} ({_get(party, 'name')})"


def _num(value: Any) -> int | None:
    return None if value is None else int(value)


def _score_fields(report: EvalReport, doc: GoldDoc, pred: Event, gold: GoldEvent, body: str) -> None:
    gd = gold.data
    checks: dict[str, tuple[Any, Any, bool]] = {}
    shown: dict[str, tuple[Any, Any]] = {}
    for side in ("actor", "target"):
        g_party, p_party = gd.get(side), getattr(pred, side)
        gc, pc = _party_country(g_party), _party_country(p_party)
        checks[f"{side}_country"] = (gc, pc, gc == pc)
        shown[f"{side}_country"] = (_party_shown(g_party), _party_shown(p_party))
    gw, pw = gd.get("when"), pred.when
    if _get(gw, "date") is not None:  # gold leaves undated acts undated: nothing to check a guess against
        checks["date"] = (_get(gw, "date"), _get(pw, "date"), dates_match(gw, pw))
    gp, pp = gd.get("where"), pred.where
    gp_show = None if gp is None else f"{_get(gp, 'name')} ({_get(gp, 'country')})"
    pp_show = None if pp is None else f"{pp.name} ({pp.country})"
    checks["place"] = (gp_show, pp_show, places_match(gp, pp))
    gk, pk = _num(gd.get("killed")), pred.killed
    checks["killed"] = (gk, pk, gk == pk)
    gwd, pwd = _num(gd.get("wounded")), pred.wounded
    checks["wounded"] = (gwd, pwd, gwd == pwd)
    for name, (g, p, ok) in checks.items():
        if g is None and p is None:
            continue
        acc = report.accuracy[name]
        acc.total += 1
        if ok:
            acc.correct += 1
        else:
            g_show, p_show = shown.get(name, (g, p))
            report.errors.append(
                EvalError(
                    str(doc.path),
                    f"field:{name}",
                    f"gold={g_show!r} predicted={p_show!r}",
                    _evidence_text(body, gold.spans),
                )
            )


def _match_claims(pred_claims: Sequence[Any], gold_claims: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for j, gc in enumerate(gold_claims):
        for i, pc in enumerate(pred_claims):
            if i in used:
                continue
            if pc.stance == gc.get("stance") and names_match(gc.get("by"), pc.by):
                used.add(i)
                pairs.append((i, j))
                break
    return pairs


def _toll_key(t: Any) -> tuple[int | None, str | None]:
    q = _get(t, "qualifier")
    return _num(_get(t, "killed")), (_fold(q) if q else None)


def score_document(report: EvalReport, doc: GoldDoc, record: Record) -> None:
    """Add one article's comparison to ``report`` (exposed so tests can feed hand-built records)."""
    body = doc.article.body if doc.article else ""
    name = str(doc.path)
    preds, golds = record.events, doc.events
    report.documents += 1
    report.gold_events += len(golds)
    report.predicted_events += len(preds)
    pairs = align(preds, golds)
    pmap = {i: j for i, j in pairs}
    gmap = {j: i for i, j in pairs}

    ev, vi, cl = report.prf["events"], report.prf["violent"], report.prf["claims"]
    for i, j in pairs:
        p, g = preds[i], golds[j]
        if p.category == g.category:
            ev.tp += 1
        else:
            ev.fp += 1
            ev.fn += 1
            report.errors.append(
                EvalError(
                    name,
                    "wrong_category",
                    f"gold={g.category} predicted={p.category}",
                    _evidence_text(body, g.spans),
                )
            )
        if p.category == "ASSAULT" and g.category == "ASSAULT":
            vi.tp += 1
        else:
            vi.fp += p.category == "ASSAULT"
            vi.fn += g.category == "ASSAULT"
        _score_fields(report, doc, p, g, body)
    for i, p in enumerate(preds):
        if i not in pmap:
            ev.fp += 1
            vi.fp += p.category == "ASSAULT"
            report.errors.append(
                EvalError(
                    name,
                    "spurious_event",
                    f"predicted {p.category} ({p.mode})",
                    _evidence_text(body, _pred_spans(p)),
                )
            )
    for j, g in enumerate(golds):
        if j not in gmap:
            ev.fn += 1
            vi.fn += g.category == "ASSAULT"
            report.errors.append(
                EvalError(
                    name,
                    "missed_event",
                    f"gold {g.category} ({g.data.get('mode')})",
                    _evidence_text(body, g.spans),
                )
            )

    # Claims: matched only within aligned event pairs; the rest are spurious or missed.
    for i, p in enumerate(preds):
        report.predicted_claims += len(p.claims)
        gold_claims = list(golds[pmap[i]].data.get("claims") or []) if i in pmap else []
        matched = _match_claims(p.claims, gold_claims)
        cl.tp += len(matched)
        cl.fp += len(p.claims) - len(matched)
        hit_p = {a for a, _ in matched}
        for k, c in enumerate(p.claims):
            if k not in hit_p:
                report.errors.append(
                    EvalError(
                        name, "spurious_claim", f"{c.by!r} {c.stance}", _evidence_text(body, _pred_spans(p))
                    )
                )
        if i in pmap:
            hit_g = {b for _, b in matched}
            for k, gc in enumerate(gold_claims):
                if k not in hit_g:
                    cl.fn += 1
                    report.errors.append(
                        EvalError(
                            name,
                            "missed_claim",
                            f"{gc.get('by')!r} {gc.get('stance')}",
                            _evidence_text(body, golds[pmap[i]].spans),
                        )
                    )
    for j, g in enumerate(golds):
        claims = list(g.data.get("claims") or [])
        report.gold_claims += len(claims)
        if j not in gmap:
            cl.fn += len(claims)
            for gc in claims:
                report.errors.append(
                    EvalError(
                        name,
                        "missed_claim",
                        f"{gc.get('by')!r} {gc.get('stance')} (event not found)",
                        _evidence_text(body, g.spans),
                    )
                )

    # Tolls: recall of gold tolls among predicted (killed, qualifier) keys, each prediction used once.
    pool: list[tuple[int | None, str | None]] = [_toll_key(t) for t in record.tolls]
    for t in doc.tolls:
        key = _toll_key(t)
        if key in pool:
            pool.remove(key)
            report.tolls.tp += 1
        else:
            report.tolls.fn += 1
            report.errors.append(
                EvalError(name, "missed_toll", f"killed={key[0]} qualifier={key[1]!r}", t.get("text"))
            )
    report.tolls.fp += len(pool)
    for key in pool:
        report.errors.append(EvalError(name, "spurious_toll", f"killed={key[0]} qualifier={key[1]!r}"))


class ArticleTimeout(TimeoutError):
    """The predictor took longer than the per-article time limit (recorded as a failure)."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with ``ArticleTimeout`` (SIGALRM; main thread on Unix only).

    Why: one article that sends the engine into an endless loop must fail that article, not hang the
    eval gate (and CI) forever. Where SIGALRM is unavailable the block simply runs without a cap.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _raise(signum: int, frame: Any) -> None:
        raise ArticleTimeout(f"no result within {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def evaluate(
    docs: Sequence[GoldDoc],
    predict: Predictor | None = None,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> EvalReport:
    """Run ``predict`` (default: ``frontwire.pipeline.process``) on every gold article and score it.

    A predictor exception (or exceeding ``time_limit`` seconds on one article) is recorded in
    ``report.failures`` with the gold file and the article scored as if nothing had been predicted, so
    one crash shows up as a failure and lost recall rather than hiding every other article's result;
    callers (the CLI exit code, the eval gate) treat failures as errors.
    """
    if predict is None:
        from frontwire.pipeline import process as predict
    report = EvalReport()
    for n, doc in enumerate(docs, start=1):
        if progress:
            progress(n, len(docs), str(doc.path))
        part = report.by_set.setdefault(doc.path.parent.name, EvalReport())
        if doc.skipped or doc.article is None:
            report.skipped.append((str(doc.path), doc.skipped or "no article"))
            part.skipped.append(report.skipped[-1])
            continue
        try:
            with _time_limit(time_limit):
                record = predict(doc.article)
        except Exception as exc:  # noqa: BLE001 - recorded and surfaced, see docstring
            report.failures.append((str(doc.path), f"{type(exc).__name__}: {exc}"))
            part.failures.append(report.failures[-1])
            record = Record(article=doc.article)
        score_document(report, doc, record)
        score_document(part, doc, record)
    return report


def evaluate_paths(
    paths: Iterable[str | Path],
    predict: Predictor | None = None,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> EvalReport:
    """Load the gold under ``paths`` and evaluate it: the one call the CLI and the gate make."""
    return evaluate(load_gold(paths), predict=predict, progress=progress, time_limit=time_limit)


__all__ = [
    "Accuracy",
    "ArticleTimeout",
    "EvalError",
    "EvalReport",
    "GoldDoc",
    "GoldEvent",
    "GoldFormatError",
    "PRF",
    "align",
    "dates_match",
    "evaluate",
    "evaluate_paths",
    "gold_from_dict",
    "load_gold",
    "names_match",
    "places_match",
    "read_case_snippets",
    "read_geoparsing_article",
    "score_document",
]
