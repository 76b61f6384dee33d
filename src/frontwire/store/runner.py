"""An ingest run: articles in, records stored in batches, a run row and a report out.

The run takes the extraction step as a function (``process``) instead of importing the pipeline: the
store sits below the pipeline in the architecture, and the same loop then serves the CLI, the API and
tests (which pass a function that fails on purpose).

What happens to each input:
- an unreadable input (an ingest ``Skipped``) is listed with its reason;
- an article already stored, or seen earlier in this run, is a duplicate and is not processed again
  (the expensive step is skipped, and stored rows are never rewritten);
- an article whose processing raises, or whose record breaks the contract, is listed as failed with
  the error, and the run goes on with the next one;
- every other record joins the current batch; a full batch is written in one transaction.

With ``workers`` > 1, extraction runs in that many forked processes (``process`` is pure, so the
same function runs there), a window of articles at a time; reading, the duplicate check and every
database write stay in this process, in input order, so the rules above do not change.

If the run itself is interrupted (Ctrl-C, a database error), the batch being built is dropped, the
batches already written stay, the run row says ``interrupted``, and the exception propagates.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from frontwire import contract
from frontwire.model import Article, Record
from frontwire.store.store import Store, check_record

Outcome = Literal["new", "duplicate", "skipped", "failed"]


class SkippedInput(Protocol):
    """What ``frontwire.ingest`` yields for an input it could not read (its ``Skipped``)."""

    source: str
    reason: str


@dataclass(slots=True)
class Problem:
    source: str
    reason: str
    kind: Literal["skipped", "failed"]


@dataclass(slots=True)
class IngestReport:
    """Counts and problems of one run; ``ok`` is False if any input was skipped or failed."""

    run_id: int
    read: int = 0  # articles read from the inputs (duplicates included)
    new: int = 0
    duplicate: int = 0
    events: int = 0  # events in the newly stored records
    not_extracted: list[tuple[str, str]] = field(default_factory=list)  # stored, extraction skipped
    problems: list[Problem] = field(default_factory=list)
    status: str = "running"

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "skipped"]

    @property
    def failed(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "failed"]

    @property
    def ok(self) -> bool:
        return not self.problems and self.status == "finished"

    def counts(self) -> dict[str, int]:
        return {
            "read": self.read,
            "new": self.new,
            "duplicate": self.duplicate,
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "events": self.events,
        }


class ArticleTimeout(Exception):
    """Processing one article took longer than the per-article time cap."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the block after ``seconds`` (a hard cap per document).

    Why: one pathological article (a rule that loops, a regex that backtracks) must cost one listed
    failure, not the whole run. Uses SIGALRM, so it only arms in the main thread of a Unix process;
    elsewhere (worker threads, Windows) the block runs uncapped rather than failing.
    """
    armed = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not armed:
        yield
        return

    def _expired(_signum: int, _frame: Any) -> None:
        raise ArticleTimeout(f"extraction took longer than {seconds:g} s (per-article time cap)")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _label(article: Article) -> str:
    return article.source or article.url or article.title or article.id


# Set in each forked worker by ``_init_worker``: fork copies them, nothing is pickled.
_WORKER: dict[str, Any] = {}


def _init_worker(process: Callable[[Article], Record], timeout: float | None) -> None:
    _WORKER["process"], _WORKER["timeout"] = process, timeout


def _extract_one(article: Article) -> Record | str:
    """Run the worker's ``process`` on one article; an error comes back as its message, not raised,
    so one bad article cannot take the pool down."""
    try:
        with time_limit(_WORKER["timeout"]):
            return _WORKER["process"](article)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def ingest(
    store: Store,
    items: Iterable[Article | SkippedInput],
    process: Callable[[Article], Record],
    *,
    batch_size: int = 50,
    args: dict[str, Any] | None = None,
    on_item: Callable[[Outcome, str], None] | None = None,
    validate: bool = True,
    timeout: float | None = None,
    workers: int = 1,
) -> IngestReport:
    """Run ``process`` over ``items`` and store the records; see the module docstring for the rules.

    ``on_item(outcome, label)`` is called once per input (the CLI's progress bar). Outcomes of articles
    still waiting in the current batch are reported as ``new`` when they join it: if the batch later
    rolls back, the run is interrupted and says so. ``timeout`` caps the seconds ``process`` may spend
    on one article (see ``time_limit``); an article over the cap is listed as failed. ``workers``:
    processes that run ``process`` (1: in this process).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    report = IngestReport(run_id=store.start_run(args or {}))
    pending: list[Record] = []
    claimed: set[str] = set()  # ids taken by this run and not yet written (in the window or the batch)
    window: list[Article] = []
    notify = on_item or (lambda _o, _l: None)
    # A window keeps every worker busy while bounding memory; one article at a time without workers.
    window_size = 1 if workers == 1 else workers * 16
    pool = None

    def flush() -> None:
        written = store.write_batch(pending, run_id=report.run_id)
        for record, new in zip(pending, written, strict=True):
            if new:
                report.new += 1
                report.events += len(record.events)
                if record.skipped:
                    report.not_extracted.append((_label(record.article), record.skipped))
            else:  # stored by a concurrent run between our check and our write
                report.duplicate += 1
        # written ids are the store's to answer for now: the set stays as small as a window and a batch
        claimed.difference_update(r.article.id for r in pending)
        pending.clear()

    def extract(articles: list[Article]) -> list[Record | str]:
        if pool is None:
            return [_extract_one(a) for a in articles]
        return pool.map(_extract_one, articles, chunksize=max(1, len(articles) // (workers * 4)))

    def drain() -> None:
        for item, result in zip(window, extract(window), strict=True):
            label = _label(item)
            try:
                if isinstance(result, str):
                    raise RuntimeError(result)
                check_record(result)
                if validate:
                    contract.validate(result.to_dict())
            except Exception as exc:  # one bad article must not stop the run; it is listed, not hidden
                reason = str(exc) if isinstance(result, str) else f"{type(exc).__name__}: {exc}"
                report.problems.append(Problem(label, reason, "failed"))
                notify("failed", label)
                continue
            pending.append(result)
            notify("new", label)
            if len(pending) >= batch_size:
                flush()
        window.clear()

    try:
        if workers > 1:
            # fork: workers inherit the loaded model and gazetteer instead of loading their own
            pool = mp.get_context("fork").Pool(workers, initializer=_init_worker, initargs=(process, timeout))
        else:
            _init_worker(process, timeout)
        for item in items:
            if not isinstance(item, Article):
                report.problems.append(Problem(item.source, item.reason, "skipped"))
                notify("skipped", item.source)
                continue
            report.read += 1
            if item.id in claimed or store.has_article(item.id):
                report.duplicate += 1
                notify("duplicate", _label(item))
                continue
            claimed.add(item.id)
            window.append(item)
            if len(window) >= window_size:
                drain()
        drain()
        flush()
        report.status = "finished"
    except BaseException:
        report.status = "interrupted"
        raise
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        problems = [asdict(p) for p in report.problems]
        store.finish_run(report.run_id, status=report.status, counts=report.counts(), problems=problems)
    return report
