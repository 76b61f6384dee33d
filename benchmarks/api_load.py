"""Load on the HTTP API while an ingest writes to the same database.

What it measures: requests per second and p50/p99 latency of ``GET /api/events`` (first pages and
cursor follow-ups, with a mix of filters) from N concurrent clients, while a separate process ingests
articles through the real pipeline into the same SQLite file. That is the production shape: WAL lets
the read-only API keep answering while one writer commits batches.

Bounded and local: the server listens on 127.0.0.1 only, clients stop after --duration seconds or
--max-requests requests, the ingest after --ingest-articles articles. Run:

    PYTHONPATH=src .venv/bin/python benchmarks/api_load.py [--clients 8] [--duration 15]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx

DEMO = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "demo"
QUERIES = [
    {},
    {"contested": "true"},
    {"category": "ASSAULT"},
    {"country": "UKR"},
    {"since": "2020-01-01", "until": "2022-12-31"},
    {"q": "missile"},
    {"bbox": "30,40,50,55"},
    {"actor": "forces"},
]


def _articles(n: int, salt: str) -> list:
    """The demo corpus as is (``salt`` empty), or repeated to ``n`` articles, each copy a distinct
    article (its body carries the salt and a copy number, so its id differs from every other)."""
    from frontwire.ingest import Skipped, read_paths
    from frontwire.model import article_id

    base = [a for a in read_paths([DEMO]) if not isinstance(a, Skipped)]
    if not base:
        sys.exit(f"no demo articles under {DEMO}")
    if not salt:
        return base
    out = []
    for i in range(n):
        a = base[i % len(base)]
        body = f"{a.body}\n\n[{salt} copy {i}]"
        out.append(replace(a, id=article_id(body), body=body))
    return out


def _replayed(db: str, n: int, salt: str) -> tuple[list, dict]:
    """``n`` new articles and their records, copied from records already in ``db`` (salted bodies,
    so new ids; event spans stay valid because the salt is appended after the body)."""
    from frontwire.model import article_id
    from frontwire.store import open_store

    with open_store(db) as store:
        base = [r for r in store.iter_records() if r.events]
    if not base:
        sys.exit(f"{db} holds no records with events to replay; pass --ingest pipeline")
    articles, records = [], {}
    for i in range(n):
        r = base[i % len(base)]
        body = f"{r.article.body}\n\n[{salt} copy {i}]"
        a = replace(r.article, id=article_id(body), body=body)
        articles.append(a)
        records[a.id] = replace(r, article=a)
    return articles, records


def _ingest(db: str, n: int, salt: str, mode: str, done: mp.Event | None = None) -> None:
    """Run a real ingest (the store's runner: batches, transactions, run rows) into ``db``.

    ``pipeline`` extracts every article with ``process`` (NLP included: the full cost of an ingest);
    ``replay`` stores copies of records already extracted, so the writes run at full speed and the
    benchmark's length does not depend on the extraction engine.
    """
    from frontwire.store import ingest, open_store

    if mode == "pipeline":
        from frontwire.pipeline import process

        items = _articles(n, salt)
    else:
        items, records = _replayed(db, n, salt)
        process = lambda a: records[a.id]  # noqa: E731
    with open_store(db) as store:
        report = ingest(store, items, process, batch_size=5, args={"via": "api_load", "mode": mode})
    print(f"  ingest ({mode}): {report.new} new articles, {report.events} events", flush=True)
    if done is not None:
        done.set()


def _serve(db: str, port: int, ready: mp.Event, stop: mp.Event) -> None:
    from frontwire.api import create_app
    from frontwire.api.server import running

    with running(create_app(db, token=""), host="127.0.0.1", port=port):
        ready.set()
        stop.wait()


def _client(
    base: str, deadline: float, budget: list[int], lock: threading.Lock, out: list, errors: list
) -> None:
    rng = random.Random()
    with httpx.Client(base_url=base, timeout=30) as c:
        cursor, params = None, {}
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            if cursor is None:
                params = dict(rng.choice(QUERIES), limit=50)
            query = dict(params, cursor=cursor) if cursor else params
            t0 = time.perf_counter()
            try:
                r = c.get("/api/events", params=query)
            except httpx.HTTPError as exc:  # counted, not fatal: the figure must say how many failed
                errors.append(type(exc).__name__)
                cursor = None
                continue
            out.append(time.perf_counter() - t0)
            if r.status_code != 200:
                errors.append(r.status_code)
                cursor = None
                continue
            cursor = r.json()["next_cursor"] if rng.random() < 0.5 else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--duration", type=float, default=15.0, help="seconds of load")
    ap.add_argument("--max-requests", type=int, default=50_000)
    ap.add_argument("--ingest-articles", type=int, default=60, help="articles ingested during the load")
    ap.add_argument(
        "--db", help="copy of this database to load (default: a temp file seeded from the demo corpus)"
    )
    ap.add_argument(
        "--ingest",
        choices=("replay", "pipeline"),
        default="replay",
        help="what the concurrent ingest runs: replayed copies of stored records, or the full pipeline",
    )
    args = ap.parse_args()

    from frontwire.api.server import free_port

    tmp = tempfile.TemporaryDirectory(prefix="frontwire-load-")
    db = str(Path(tmp.name) / "load.db")
    if args.db:
        # A private copy (the online backup API copies a WAL database consistently): the benchmark
        # writes to it and must not touch the user's file.
        src, dst = sqlite3.connect(args.db), sqlite3.connect(db)
        src.backup(dst)
        src.close()
        dst.close()
    else:
        print(
            "seeding the database with the demo corpus (full pipeline; slow on a busy machine)...", flush=True
        )
        _ingest(db, 0, "", "pipeline")
    ctx = mp.get_context("spawn")
    port = free_port()
    ready, stop, ingest_done = ctx.Event(), ctx.Event(), ctx.Event()
    server = ctx.Process(target=_serve, args=(db, port, ready, stop), daemon=True)
    server.start()
    if not ready.wait(60):
        sys.exit("the API server did not start")
    base = f"http://127.0.0.1:{port}"
    writer = ctx.Process(
        target=_ingest, args=(db, args.ingest_articles, "load", args.ingest, ingest_done), daemon=True
    )
    writer.start()

    latencies: list[float] = []
    errors: list[int | str] = []
    budget, lock = [args.max_requests], threading.Lock()
    deadline = time.monotonic() + args.duration
    t0 = time.perf_counter()
    threads = [
        threading.Thread(target=_client, args=(base, deadline, budget, lock, latencies, errors))
        for _ in range(args.clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    ingest_running = not ingest_done.is_set()
    if ingest_running:
        writer.terminate()
    writer.join(10)
    stop.set()
    server.join(10)
    if server.is_alive():
        server.terminate()
        server.join(5)
    tmp.cleanup()

    if not latencies:
        sys.exit("no requests completed")
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    state = "still running at the end" if ingest_running else "finished during the load"
    print(
        f"GET /api/events: {len(latencies)} requests from {args.clients} clients in {elapsed:.1f} s "
        f"= {len(latencies) / elapsed:.0f} req/s; latency p50 {q[49] * 1000:.1f} ms, "
        f"p99 {q[98] * 1000:.1f} ms; failed or non-200: {len(errors)}; ingest {state}"
    )


if __name__ == "__main__":
    main()
