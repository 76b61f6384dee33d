"""CASE 2021 Task 2 measurement of the event-type classifier.

The shared task's test set (1,019 real news snippets, 30 labels) lives outside the product
(``../shared/data/case2021_task2``); frontwire never needs it to run, only to be measured. Lexicons
are tuned on odd ids and reported on even ids, so the even split is the honest figure.

Scores follow the shared task: per-label precision/recall/F1, macro F1 (unweighted mean over the gold
labels of the split) and weighted F1 (mean weighted by gold support). A ``NONE`` prediction is simply
wrong for every snippet (every snippet in the set reports an event).
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from frontwire.nlp.classify import NONE_LABEL, TypeDecision

SPLITS = ("even", "odd", "all")
TSV_NAME = "test_set_final_release_with_labels.tsv"


def default_tsv() -> Path:
    """Where the shared data sits relative to a source checkout (``<repo>/../shared/data/...``)."""
    repo = Path(__file__).resolve().parents[3]
    return repo / ".." / "shared" / "data" / "case2021_task2" / TSV_NAME


@dataclass(frozen=True)
class Snippet:
    id: int
    text: str
    label: str


@dataclass
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass
class CaseReport:
    """Everything ``frontwire eval-case`` prints; also what the eval gate checks."""

    split: str
    n: int
    accuracy: float
    weighted_f1: float
    macro_f1: float
    per_label: list[LabelScore]
    confusions: list[tuple[str, str, int]]  # (gold, predicted, count), most frequent first
    none_predictions: int
    seconds: float
    errors: list[tuple[int, str, str]] = field(default_factory=list)  # (id, gold, predicted)

    @property
    def snippets_per_second(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else float("inf")


def load_snippets(tsv: Path | None = None, split: str = "even") -> list[Snippet]:
    """Read the CASE TSV (``id``, ``EventSnippet``, ``SubType``) and keep one split."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    path = Path(tsv) if tsv else default_tsv()
    if not path.is_file():
        raise FileNotFoundError(f"CASE 2021 Task 2 data not found at {path}")
    out: list[Snippet] = []
    with path.open(encoding="utf-8", newline="") as fh:
        # The snippets contain bare quote characters; QUOTE_NONE keeps them as text.
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            sid = int(row["id"])
            if split == "even" and sid % 2:
                continue
            if split == "odd" and not sid % 2:
                continue
            out.append(Snippet(sid, row["EventSnippet"], row["SubType"].strip()))
    return out


def score(gold: Sequence[str], pred: Sequence[str]) -> tuple[list[LabelScore], float, float, float]:
    """Per-label P/R/F1 over the gold label set, then (weighted F1, macro F1, accuracy)."""
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    labels = sorted(set(gold))
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter(pred)
    n_gold: Counter[str] = Counter(gold)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
    rows = []
    for lab in labels:
        p = tp[lab] / n_pred[lab] if n_pred[lab] else 0.0
        r = tp[lab] / n_gold[lab] if n_gold[lab] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(LabelScore(lab, p, r, f, n_gold[lab], n_pred[lab]))
    total = sum(n_gold.values())
    weighted = sum(r.f1 * r.support for r in rows) / total if total else 0.0
    macro = sum(r.f1 for r in rows) / len(rows) if rows else 0.0
    acc = sum(tp.values()) / total if total else 0.0
    return rows, weighted, macro, acc


def evaluate(
    split: str = "even",
    tsv: Path | None = None,
    classify_many: Callable[[Iterable[str]], list[TypeDecision]] | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = 64,
    assume_event: bool = True,
    use_stat: bool = True,
) -> CaseReport:
    """Classify every snippet of ``split`` and score it against the gold sub-types.

    ``progress`` is called with the number of snippets done after each batch (the CLI's progress bar).
    ``classify_many`` defaults to the shipped classifier; tests may pass another one. ``assume_event``
    (default: every CASE snippet reports an event) lets the statistical model name a type when no rule
    fires; ``use_stat=False`` measures the rules alone.
    """
    if classify_many is None:
        from frontwire.nlp.classify import default_classifier

        clf = default_classifier()

        def classify_many(texts: Iterable[str]) -> list[TypeDecision]:
            return clf.classify_many(texts, assume_event=assume_event, use_stat=use_stat)

    snippets = load_snippets(tsv, split)
    preds: list[str] = []
    start = time.perf_counter()
    for i in range(0, len(snippets), batch_size):
        chunk = snippets[i : i + batch_size]
        preds.extend(d.label for d in classify_many([s.text for s in chunk]))
        if progress:
            progress(len(chunk))
    seconds = time.perf_counter() - start
    gold = [s.label for s in snippets]
    rows, weighted, macro, acc = score(gold, preds)
    conf = Counter((g, p) for g, p in zip(gold, preds, strict=True) if g != p)
    errors = [(s.id, s.label, p) for s, p in zip(snippets, preds, strict=True) if s.label != p]
    return CaseReport(
        split=split,
        n=len(snippets),
        accuracy=acc,
        weighted_f1=weighted,
        macro_f1=macro,
        per_label=rows,
        confusions=[(g, p, c) for (g, p), c in conf.most_common()],
        none_predictions=sum(1 for p in preds if p == NONE_LABEL),
        seconds=seconds,
        errors=errors,
    )


def train_stat(
    tsv: Path | None = None, out: Path | None = None, alpha: float = 0.3, min_df: int = 2
) -> tuple[Path, int, int]:
    """Train the naive Bayes re-ranker on the ODD ids only and write its JSON counts beside the lexicons.

    Deterministic: counts over a fixed split, sorted output, no randomness; rerunning on the same data
    and model rewrites the same bytes. Words seen in fewer than ``min_df`` training snippets are left
    out (they cannot generalise and would only bloat the file). Returns (path, vocabulary, snippets).
    """
    from frontwire.nlp.classify import LEXICON_DIR, NaiveBayes, TypeClassifier, default_classifier

    clf: TypeClassifier = default_classifier()
    snippets = load_snippets(tsv, "odd")
    docs = clf.nlp.pipe([s.text for s in snippets], batch_size=64)
    per_doc = [(s.label, clf.features(doc)) for s, doc in zip(snippets, docs, strict=True)]
    df: Counter[str] = Counter(w for _, words in per_doc for w in words)
    counts: dict[str, dict[str, int]] = {}
    for label, words in per_doc:
        for w in words:
            if df[w] >= min_df:
                counts.setdefault(w, {}).setdefault(label, 0)
                counts[w][label] += 1
    labels = sorted(clf.labels)
    priors = dict(sorted(Counter(label for label, _ in per_doc).items()))
    model = NaiveBayes(labels, priors, counts, alpha)
    meta = {
        "what": "Naive Bayes counts for frontwire.nlp.classify (re-ranker of rule labels)",
        "trained_on": "CASE 2021 Task 2 test set, odd ids only (even ids are held out for evaluation)",
        "snippets": len(per_doc),
        "alpha": alpha,
        "min_df": min_df,
        "rebuild": "frontwire train-case-stat",
    }
    path = out or LEXICON_DIR / "types_nb.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(model.to_json(priors, meta), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves a half-written model beside the lexicons
    return path, len(counts), len(per_doc)
