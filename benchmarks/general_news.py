"""The engine on general news: crashes, attacks reported and time per article on TR-News and GeoWebNews.

The 318 articles of the two geoparsing corpora are ordinary news (sport, politics, business, crime,
some conflict) with no event gold. They show what the engine does on news it was not written for:
it must not crash, it should report few attacks (each one is a candidate false positive to read),
and its time per article is the median over all articles. ``--list FILE`` writes one line per
attack (corpus:article, mode, sentence) so two versions can be diffed.

    PYTHONPATH=src .venv/bin/python benchmarks/general_news.py [--list attacks.tsv] [--corpus-dir DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from frontwire.geo.evaluation import CORPUS_FILES, default_corpus_dir, load_corpus
from frontwire.model import Article
from frontwire.pipeline import process


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus-dir", type=Path, default=default_corpus_dir())
    ap.add_argument("--list", type=Path, help="write one line per attack found (for diffing versions)")
    args = ap.parse_args()
    missing = [f for f in CORPUS_FILES.values() if not (args.corpus_dir / f).is_file()]
    if missing:
        print(f"{', '.join(missing)} not found under {args.corpus_dir}; nothing to measure", file=sys.stderr)
        return 0
    times: list[float] = []
    lines: list[str] = []
    crashes = n = 0
    for name in CORPUS_FILES:
        for doc in load_corpus(name, args.corpus_dir):
            n += 1
            article = Article.from_text(doc.text, language="en")
            start = time.perf_counter()
            try:
                record = process(article)
            except Exception as exc:  # noqa: BLE001  (a crash is the figure being measured, reported below)
                crashes += 1
                print(f"crash on {name} article {n}: {exc!r}", file=sys.stderr)
                continue
            times.append(time.perf_counter() - start)
            attacks = [e for e in record.events if e.category == "ASSAULT"]
            lines += [f"{name}:{n}\t{e.mode}\t{e.evidence[0].text[:150]}" for e in attacks]
    if args.list:
        args.list.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"general news: {n} articles, {crashes} crashes, {len(lines)} attacks reported")
    print(f"  time per article: median {statistics.median(times) * 1000:.0f} ms (first includes model load)")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
