"""Measuring incident linking: pairwise precision / recall / F1 over a gold set of reports.

A gold file (``tests/gold/incidents/reports.jsonl``) lists reports with the key of the incident each
describes. Each report goes through the real ``process`` (the engine), the events are linked, and two
reports count as linked when one incident holds events of both. Pairwise scoring is the usual measure
for entity/event coreference clustering: it punishes both merging different incidents (precision) and
splitting one (recall), and does not depend on how clusters are named.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontwire.incidents.link import Incident, link
from frontwire.model import Article, Record

# figures.tsv columns scored, each as ``<column>_accuracy``
SCORED_FIGURES = ("killed_low", "killed_best", "killed_high", "independent_sources")


@dataclass(slots=True)
class LinkScore:
    precision: float
    recall: float
    f1: float
    reports: int
    gold_incidents: int
    predicted_incidents: int

    # killed low/best/high and independent sources, over gold incidents with a value
    figures_accuracy: dict[str, float] | None = None

    def as_floors(self) -> dict[str, float]:
        out = {"link_precision": self.precision, "link_recall": self.recall, "link_f1": self.f1}
        out.update(self.figures_accuracy or {})
        return out


def load_reports(path: Path) -> list[dict[str, Any]]:
    """The gold reports, one JSON object per line (blank lines ignored)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_of(report: dict[str, Any]) -> Article:
    return Article.from_text(
        report["body"],
        title=report.get("title"),
        url=report.get("url"),
        published=report.get("published"),
        outlet=report.get("outlet"),
        agency=report.get("agency"),
        language="en",
    )


def pairwise(gold: dict[str, str], predicted: list[Incident], category: str = "ASSAULT") -> LinkScore:
    """Pairwise P/R/F1 of report linking. ``gold`` maps article id to gold incident key."""
    linked: set[tuple[str, str]] = set()
    for inc in predicted:
        if inc.category != category:
            continue
        arts = sorted({s["id"] for s in inc.sources if s["id"] in gold})
        linked.update(itertools.combinations(arts, 2))
    ids = sorted(gold)
    true_pairs = {(a, b) for a, b in itertools.combinations(ids, 2) if gold[a] == gold[b]}
    tp = len(linked & true_pairs)
    p = tp / len(linked) if linked else 1.0
    r = tp / len(true_pairs) if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    n_pred = sum(1 for i in predicted if i.category == category)
    return LinkScore(round(p, 4), round(r, 4), round(f, 4), len(ids), len(set(gold.values())), n_pred)


def load_figures(path: Path) -> dict[str, dict[str, int | None]]:
    """Gold killed low/best/high per incident key (``figures.tsv``; an empty cell is not scored)."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    head, body = rows[0], rows[1:]
    return {
        r[0]: {h: (int(v) if v.strip() else None) for h, v in zip(head[1:], r[1:], strict=True)} for r in body
    }


def figures_accuracy(
    gold: dict[str, str],
    predicted: list[Incident],
    figures: dict[str, dict[str, int | None]],
    category: str = "ASSAULT",
) -> dict[str, float]:
    """Accuracy of killed low/best/high and of the count of independent sources (a wire story reprinted
    by three outlets is one origin): each gold incident is matched to the predicted incident holding
    most of its reports (ties to the smaller id); a missing match or figure counts as wrong. Columns
    absent from ``figures`` are not scored."""
    out: dict[str, float] = {}
    columns = set().union(*(set(v) for v in figures.values())) if figures else set()
    for fld in [f for f in SCORED_FIGURES if f in columns]:
        hits = total = 0
        for key, want in sorted(figures.items()):
            if want.get(fld) is None:
                continue
            total += 1
            arts = {a for a, k in gold.items() if k == key}
            cands = [i for i in predicted if i.category == category and arts & {s["id"] for s in i.sources}]
            if not cands:
                continue
            best = min(cands, key=lambda i: (-len(arts & {s["id"] for s in i.sources}), i.id))
            if fld == "independent_sources":
                got = best.independent_sources
            else:
                got = getattr(best.killed, fld.removeprefix("killed_"))
            hits += got == want[fld]
        out[f"{fld}_accuracy"] = round(hits / total, 4) if total else 1.0
    return out


def score_gold(path: Path, process: Callable[[Article], Record]) -> tuple[LinkScore, list[Incident]]:
    """Run every gold report through ``process``, link the events, score the linking (and, when
    ``figures.tsv`` sits beside the reports, the accuracy of killed low/best/high)."""
    reports = load_reports(path)
    gold: dict[str, str] = {}
    pairs = []
    for rep in reports:
        rec = process(article_of(rep))
        gold[rec.article.id] = rep["incident"]
        header = rec.article.header()
        pairs.extend((header, ev) for ev in rec.events)
    incidents = link(pairs)
    score = pairwise(gold, incidents)
    fig_path = path.with_name("figures.tsv")
    if fig_path.exists():
        score.figures_accuracy = figures_accuracy(gold, incidents, load_figures(fig_path))
    return score, incidents


def main() -> None:
    """Print the linking scores over the repository's gold set: ``python -m frontwire.incidents.evaluate``."""
    import sys

    from frontwire.pipeline import process

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/gold/incidents/reports.jsonl")
    score, _ = score_gold(path, process)
    print(
        f"reports {score.reports}  gold incidents {score.gold_incidents}  "
        f"predicted ASSAULT incidents {score.predicted_incidents}\n"
        f"pairwise precision {score.precision:.4f}  recall {score.recall:.4f}  F1 {score.f1:.4f}"
    )
    for name, value in sorted((score.figures_accuracy or {}).items()):
        print(f"{name} {value:.4f}")


if __name__ == "__main__":
    main()
