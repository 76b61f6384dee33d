"""What every reader yields: an :class:`~frontwire.model.Article` or a :class:`Skipped` with its reason.

Private module (the public names are re-exported by :mod:`frontwire.ingest`); it exists so that the
reader modules can share these types without importing the package ``__init__`` (no import cycles).
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwire.model import Article

# 20 MiB: far above any real article (a long feature is ~100 KB of HTML), low enough that a stray video or
# database dump named ``.txt`` is refused before it is read into memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# An archive may hold many articles, so its own cap (on disk, and on the sum of its uncompressed members)
# is this multiple of the per-file cap. Deriving it keeps one knob (``max_bytes``) in the public API.
ARCHIVE_FACTOR = 10

# Archives inside archives are read this deep and no deeper (a zip quine would otherwise never end).
MAX_NESTING = 2


@dataclass(frozen=True)
class Skipped:
    """An input that did not become an article, and why.

    ``source`` names the input the way a user would find it again: a path, ``"stdin"``,
    ``"archive.zip!inner/name"`` for an archive member, ``"feed.xml#3"`` for the 3rd entry of a feed or the
    3rd line of a JSON Lines file (both 1-based).
    """

    source: str
    reason: str


ReadResult = Article | Skipped


@dataclass(frozen=True)
class Limits:
    """Size caps threaded through one read (not API: built by ``read_paths`` / ``read_bytes``)."""

    max_bytes: int = DEFAULT_MAX_BYTES

    @property
    def max_archive_bytes(self) -> int:
        return self.max_bytes * ARCHIVE_FACTOR


def human_size(n: int) -> str:
    """``209715200`` -> ``"200.0 MB"`` (binary units, one decimal), for skip reasons."""
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    if n >= 2**10:
        return f"{n / 2**10:.1f} KB"
    return f"{n} bytes"


def human_cap(n: int) -> str:
    """``20971520`` -> ``"20 MB"``: caps are round numbers, so no decimals unless needed."""
    if n >= 2**20:
        return f"{n / 2**20:.1f}".removesuffix(".0") + " MB"
    if n >= 2**10:
        return f"{n / 2**10:.1f}".removesuffix(".0") + " KB"
    return f"{n} bytes"
