"""Measure the geocoder on the public geoparsing corpora (TR-News, GeoWebNews).

Two figures, as in the geoparsing literature (Gritta et al. 2019; Mordecai3, Halterman 2023):

- **Resolution given gold spans**: every gold toponym is handed to ``resolve_article`` as a
  :class:`~frontwire.geo.Mention` (all of one article at once, so context counts); accuracy is the
  share whose point lies within 161 km (100 miles) of the gold point; an unresolved toponym counts as
  wrong and as the maximum error (20,039 km) in the mean and in AUC. AUC is the area under the curve
  of log errors, normalised to [0, 1] (lower is better): the mean of ln(1+err)/ln(1+20039).
- **End to end**: spaCy NER proposes spans (``frontwire.geo.mentions_from_ents``: GPE/LOC/FAC, and
  NORP/ORG that name a country, as the pipeline does); precision, recall and F1 of exact span matches
  against the gold spans, and the 161 km accuracy of the matched ones.

Gold toponyms: TR-News, every annotated toponym (all carry GeoNames points); GeoWebNews, every
toponym linked to a GeoNames id (as in Mordecai3's evaluation), whatever its type (literal,
metonymic, modifier...). This module reads only the corpus files given to it; the product never
needs them.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from frontwire.geo import Geocoder, Mention, mentions_from_ents
from frontwire.geo.resolve import haversine_km

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
CORPUS_FILES = {"tr-news": "TR-News.xml", "gwn": "GWN.xml"}


@dataclass(frozen=True)
class GoldToponym:
    text: str
    start: int
    end: int
    lat: float
    lon: float


@dataclass
class Doc:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def default_corpus_dir() -> Path:
    """``../shared/data/geoparsing`` beside the repository root (read-only evaluation data)."""
    return Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "geoparsing"


def load_corpus(name: str, directory: Path | None = None) -> list[Doc]:
    """Parse one corpus; toponyms without a gold point, or whose text is not at their offsets, are dropped."""
    path = (directory or default_corpus_dir()) / CORPUS_FILES[name]
    if not path.is_file():
        raise FileNotFoundError(f"{name} corpus not found at {path}")
    root = ET.parse(path).getroot()
    docs: list[Doc] = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc = Doc(id=art.get("docid") or art.get("file") or str(i), text=text)
        for t in art.iter("toponym"):
            if name == "tr-news":
                phrase, lat, lon = t.findtext("phrase"), t.findtext("gaztag/lat"), t.findtext("gaztag/lon")
            else:
                if not (t.findtext("geonamesID") or "").strip():
                    continue
                phrase, lat, lon = (
                    t.findtext("extractedName"),
                    t.findtext("latitude"),
                    t.findtext("longitude"),
                )
            start, end = int(t.findtext("start") or -1), int(t.findtext("end") or -1)
            if not (lat and lon and phrase):
                continue
            if text[start:end] != phrase:
                # A few TR-News offsets are off by one or two characters: re-anchor on the phrase.
                found = text.find(phrase, max(0, start - 3), end + 3)
                if found < 0:
                    continue
                start, end = found, found + len(phrase)
            doc.toponyms.append(GoldToponym(phrase, start, end, float(lat), float(lon)))
        docs.append(doc)
    return docs


def subset(docs: list[Doc], every: int) -> list[Doc]:
    """A deterministic subset (every n-th article) for the fast default gate."""
    return docs[::every]


@dataclass
class ResolutionScore:
    n: int
    within_161: float
    mean_km: float
    median_km: float
    auc: float
    unresolved: int


def score_resolution(
    geocoder: Geocoder, docs: Iterable[Doc], progress: Callable[[int], None] | None = None
) -> ResolutionScore:
    errors: list[float] = []
    unresolved = 0
    for doc in docs:
        mentions = [Mention(t.text, t.start, t.end, "TOPONYM") for t in doc.toponyms]
        res = geocoder.resolve_article(doc.text, mentions)
        for t in doc.toponyms:
            p = res.get((t.start, t.end))
            if p is None or p.lat is None or p.lon is None:
                unresolved += 1
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(haversine_km(t.lat, t.lon, p.lat, p.lon))
        if progress:
            progress(1)
    n = len(errors)
    if not n:
        return ResolutionScore(0, 0.0, 0.0, 0.0, 1.0, 0)
    return ResolutionScore(
        n=n,
        within_161=sum(e <= ACC_KM for e in errors) / n,
        mean_km=statistics.fmean(errors),
        median_km=statistics.median(errors),
        auc=statistics.fmean(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in errors),
        unresolved=unresolved,
    )


@dataclass
class EndToEndScore:
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    matched_within_161: float


def score_end_to_end(
    geocoder: Geocoder, nlp, docs: Iterable[Doc], progress: Callable[[int], None] | None = None
) -> EndToEndScore:
    """NER + resolver against gold spans (exact offsets)."""
    gold_n = pred_n = matched = close = 0
    docs = list(docs)
    for doc, sp in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16), strict=True):
        mentions = mentions_from_ents(sp.ents)
        res = geocoder.resolve_article(doc.text, mentions)
        gold = {(t.start, t.end): t for t in doc.toponyms}
        gold_n += len(gold)
        pred_n += len(res)
        for span, p in res.items():
            t = gold.get(span)
            if t is not None:
                matched += 1
                if p.lat is not None and haversine_km(t.lat, t.lon, p.lat, p.lon) <= ACC_KM:
                    close += 1
        if progress:
            progress(1)
    prec = matched / pred_n if pred_n else 0.0
    rec = matched / gold_n if gold_n else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return EndToEndScore(gold_n, pred_n, matched, prec, rec, f1, close / matched if matched else 0.0)
