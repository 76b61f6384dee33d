"""frontwire.ingest: files, folders, archives, feeds and uploads in; :class:`~frontwire.model.Article` out.

Public API (other stages and faces code against exactly this)::

    read_paths(paths, *, max_bytes=DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]
    read_bytes(data, *, source, hint=None)            -> Iterator[Article | Skipped]

Every input that does not become an article comes back as a :class:`Skipped` with a human-readable
reason; the iterators never raise for bad input, so one corrupt file never ends a batch.

Formats (one reader module each): text/Markdown wire copy (:mod:`.wire`), HTML pages (:mod:`.html`),
JSON Lines (:mod:`.jsonl`), RSS/Atom feeds (:mod:`.feed`), zip and tar archives (:mod:`.archive`). How an
input is routed to one of them is the cascade documented on
:func:`frontwire.ingest._dispatch.read_document`.

Bodies are normalised the same way whatever the format (:func:`frontwire.ingest._text.clean_text`:
NFC, unified line breaks, control characters to spaces, collapsed horizontal whitespace, at most one
blank line between paragraphs), so an article's id (hash of the body) does not depend on its container.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from frontwire.ingest import _dispatch
from frontwire.ingest._result import DEFAULT_MAX_BYTES, Limits, ReadResult, Skipped

__all__ = ["DEFAULT_MAX_BYTES", "ReadResult", "Skipped", "read_bytes", "read_paths"]


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read files, folders (recursively, in sorted order) and ``"-"`` (stdin), in the order given.

    ``max_bytes`` caps each file (checked on the file's size before it is read) and each archive member;
    an archive may be, and may unpack to, ``ARCHIVE_FACTOR`` times that in total. A missing path yields
    ``Skipped(path, "no such file or directory")``.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    return _dispatch.read_paths(paths, limits=Limits(max_bytes=max_bytes))


def read_bytes(data: bytes, *, source: str, hint: str | None = None) -> Iterator[ReadResult]:
    """Read one input held in memory (an HTTP upload, stdin): ``hint`` is a file name, extension or
    content type (``"story.html"``, ``".jsonl"``, ``"application/rss+xml"``) and may be None (sniffed).

    ``data`` is already in memory, so the caller owns its size limit; archive members inside it are
    still capped at ``DEFAULT_MAX_BYTES`` each.
    """
    return _dispatch._guarded(
        _dispatch.read_document(bytes(data), source=source, hint=hint, limits=Limits()), source
    )
