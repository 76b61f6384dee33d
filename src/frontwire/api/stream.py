"""Stream the export writers (which write to a text file) as an HTTP response body.

The writers in ``frontwire.export`` are plain functions that write to a ``TextIO``; the API must not
build a whole export in memory, so a writer runs in a worker thread against a file-like object that
hands chunks to the response through a small bounded queue (back-pressure: a slow client slows the
query, it does not fill memory). If the client goes away, the response stops reading and the writer
is told to stop at its next write.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

_DONE = object()
CHUNK = 64 * 1024


class _Cancelled(Exception):
    """The consumer stopped reading (client disconnected); the writer unwinds."""


class _QueueWriter(io.TextIOBase):
    def __init__(self, q: queue.Queue, stop: threading.Event):
        self._q, self._stop, self._buf, self._size = q, stop, [], 0

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self._buf.append(s)
        self._size += len(s)
        if self._size >= CHUNK:
            self.flush()
        return len(s)

    def flush(self) -> None:
        if not self._buf:
            return
        chunk, self._buf, self._size = "".join(self._buf), [], 0
        while True:
            if self._stop.is_set():
                raise _Cancelled()
            try:
                self._q.put(chunk, timeout=0.5)
                return
            except queue.Full:
                continue


def stream_writer(write: Callable[[Any], Any]) -> Iterator[bytes]:
    """Run ``write(textio)`` in a thread and yield what it writes as UTF-8 chunks, in order.

    An exception in the writer is re-raised in the consumer after the chunks written before it, so a
    failure is never mistaken for the end of the data.
    """
    q: queue.Queue = queue.Queue(maxsize=8)
    stop = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        out = _QueueWriter(q, stop)
        try:
            write(out)
            out.flush()
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the consumer, which re-raises it
            failure.append(exc)
        finally:
            while not stop.is_set():
                try:
                    q.put(_DONE, timeout=0.5)
                    break
                except queue.Full:
                    continue

    worker = threading.Thread(target=run, name="frontwire-export", daemon=True)
    worker.start()
    try:
        while True:
            item = q.get()
            if item is _DONE:
                break
            yield item.encode("utf-8")
        if failure:
            raise failure[0]
    finally:
        stop.set()
