"""Toponym resolution speed: toponyms/s for ``Geocoder.resolve_article`` on TR-News.

Every article of TR-News is resolved with its gold toponym spans as the mentions (NER excluded: this
measures the gazetteer and the resolver). Each run uses a fresh ``Geocoder`` so the lookup cache
starts cold, as in a new worker; the figure is the median of --repeats runs (default 3), since these
machines are shared. Also prints the cold start: open the file and answer the first lookup.

    PYTHONPATH=src .venv/bin/python benchmarks/geo_lookup.py [--repeats 3] [--corpus-dir DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from frontwire.geo import Geocoder, Mention
from frontwire.geo.build import ensure_gazetteer
from frontwire.geo.evaluation import default_corpus_dir, load_corpus


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--corpus-dir", type=Path, default=default_corpus_dir())
    args = ap.parse_args()
    if not (args.corpus_dir / "TR-News.xml").is_file():
        print(f"TR-News not found under {args.corpus_dir}; nothing to measure", file=sys.stderr)
        return 1
    path = ensure_gazetteer()
    docs = load_corpus("tr-news", args.corpus_dir)
    jobs = [(d.text, [Mention(t.text, t.start, t.end, "GPE") for t in d.toponyms]) for d in docs]
    n = sum(len(m) for _, m in jobs)

    t = time.perf_counter()
    g = Geocoder(path)
    g.gazetteer.lookup("barda")
    cold_ms = 1000 * (time.perf_counter() - t)

    rates = []
    for _ in range(args.repeats):
        g = Geocoder(path)
        t = time.perf_counter()
        for body, mentions in jobs:
            g.resolve_article(body, mentions)
        rates.append(n / (time.perf_counter() - t))
    print(f"geo_lookup: {len(jobs)} TR-News articles, {n} toponyms")
    print(
        f"  resolve_article: {statistics.median(rates):,.0f} toponyms/s (median of {args.repeats} cold runs)"
    )
    print(f"  open + first lookup: {cold_ms:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
