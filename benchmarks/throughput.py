"""Throughput of the extraction engine against the spaCy tokenizer alone, on the same text.

Prints articles/s, words/s and peak RSS for ``process`` over the demo corpus repeated to at least
--articles articles (default 2,000), next to the blank spaCy tokenizer on the same bodies, as a
ratio. Medians over --repeats runs, since these machines are noisy. Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import spacy

from frontwire.ingest import Skipped, read_paths
from frontwire.model import article_id
from frontwire.nlp.engine import extract_many

DEMO = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "demo"


def _corpus(n: int):
    base = [a for a in read_paths([DEMO]) if not isinstance(a, Skipped) and a.language == "en"]
    if not base:
        sys.exit(f"no English articles under {DEMO}")
    out = []
    i = 0
    while len(out) < n:
        a = base[i % len(base)]
        # a distinct id per copy so nothing downstream can cache by article
        out.append(replace(a, id=article_id(a.body + f"\n{i}")))
        i += 1
    return out


def _work(chunk):
    """One worker's share: extract and return only counts, so pickling results costs nothing."""
    return sum(len(events) for events, _tolls in extract_many(chunk))


def _run(articles, batch: int, processes: int) -> float:
    chunks = [articles[i : i + batch] for i in range(0, len(articles), batch)]
    t0 = time.perf_counter()
    if processes <= 1:
        for c in chunks:
            _work(c)
    else:
        # fork after the warm-up, so every worker starts with the model and gazetteer loaded
        with mp.get_context("fork").Pool(processes) as pool:
            pool.map(_work, chunks, chunksize=1)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch", type=int, default=64, help="articles per extract_many call")
    ap.add_argument("--processes", type=int, default=2, help="worker processes (the machine has 2 cores)")
    args = ap.parse_args()
    articles = _corpus(args.articles)
    words = sum(len(a.body.split()) for a in articles)
    extract_many(articles[:4])  # load the model and gazetteer outside the timing
    tok = spacy.blank("en")
    engine_s, tok_s = [], []
    for _ in range(args.repeats):
        engine_s.append(_run(articles, args.batch, args.processes))
        t0 = time.perf_counter()
        for _doc in tok.pipe(a.body for a in articles):
            pass
        tok_s.append(time.perf_counter() - t0)
    e, t = statistics.median(engine_s), statistics.median(tok_s)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(articles)} articles, {words} words (demo corpus repeated)")
    runs = f"median of {args.repeats} runs, {args.processes} processes"
    print(f"engine:    {len(articles) / e:8.1f} articles/s  {words / e:10.0f} words/s  ({runs})")
    print(f"tokenizer: {len(articles) / t:8.1f} articles/s  {words / t:10.0f} words/s")
    print(f"engine time / tokenizer time: {e / t:.1f}x")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
