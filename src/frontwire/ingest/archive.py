"""Zip and tar archives (plain, gzip, bzip2, xz), read member by member without unpacking to disk.

Safety, because archives come from strangers:

- a member whose name would escape an extraction folder (``../x``, ``/etc/x``, ``C:\\x``) is skipped
  with a reason, though nothing is ever extracted: such a name is a sign of a hostile archive, and
  echoing it back as a "source" could mislead whoever acts on it;
- every member is read through a bounded read (``max_bytes`` + 1), so a member lying about its size in
  the zip directory cannot blow up memory;
- the sum of uncompressed bytes over the archive is capped (``ARCHIVE_FACTOR`` x ``max_bytes``): past
  it the rest of the archive is skipped with one reason (decompression bombs);
- links and device files in tars are skipped (they point outside the archive);
- archives nest at most ``MAX_NESTING`` deep.

Members are read in archive order, which is deterministic for a given archive.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import IO, BinaryIO

from frontwire.ingest._result import Limits, ReadResult, Skipped, human_cap, human_size

# Reads a member's bytes as a document: (data, source, hint, depth) -> results. Passed in by the
# dispatcher so that this module does not import it back (no cycle).
Dispatch = Callable[[bytes, str, str, int], Iterator[ReadResult]]

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_name(name: str) -> bool:
    """Would this member name land outside the folder it is extracted into?"""
    if not name or "\x00" in name:
        return True
    unified = name.replace("\\", "/")
    if unified.startswith("/") or _DRIVE.match(unified):
        return True
    return ".." in PurePosixPath(unified).parts


class _Budget:
    """Uncompressed bytes left for the whole archive."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.left = total

    def spend(self, n: int) -> bool:
        self.left -= n
        return self.left >= 0


def _bounded_read(stream: IO[bytes], cap: int) -> bytes:
    """At most ``cap + 1`` bytes: one more than allowed is enough to know the member is too big."""
    return stream.read(cap + 1)


def read_zip(
    file: BinaryIO, *, source: str, limits: Limits, depth: int, dispatch: Dispatch
) -> Iterator[ReadResult]:
    """Yield the results of every file in a zip archive, ``source!member`` naming each."""
    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: a (corrupt or future) zip version this zipfile cannot read.
        yield Skipped(source, f"not a valid zip archive ({exc})")
        return
    budget = _Budget(limits.max_archive_bytes)
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = info.filename
            where = f"{source}!{name}"
            if unsafe_name(name):
                yield Skipped(where, "unsafe path in archive (absolute or '..': path traversal)")
                continue
            if info.file_size > limits.max_bytes:
                yield Skipped(
                    where,
                    f"member is {human_size(info.file_size)} uncompressed, "
                    f"over the {human_cap(limits.max_bytes)} cap",
                )
                continue
            if not budget.spend(info.file_size):
                yield _bomb(source, budget)
                return
            try:
                with zf.open(info) as member:
                    data = _bounded_read(member, limits.max_bytes)
            except (
                zipfile.BadZipFile,
                OSError,
                RuntimeError,
                NotImplementedError,
                EOFError,
                ValueError,
                zlib.error,
                lzma.LZMAError,
            ) as exc:
                # RuntimeError: encrypted member; NotImplementedError: unsupported compression;
                # ValueError: offsets in a corrupt central directory pointing outside the file.
                yield Skipped(where, f"unreadable archive member ({exc})")
                continue
            if len(data) > limits.max_bytes:
                yield Skipped(
                    where,
                    f"member is over the {human_cap(limits.max_bytes)} cap (its header understates its size)",
                )
                continue
            # Spend what was really read beyond the declared size (lying headers).
            if len(data) > info.file_size and not budget.spend(len(data) - info.file_size):
                yield _bomb(source, budget)
                return
            yield from dispatch(data, where, name, depth + 1)


def read_tar(
    file: BinaryIO, *, source: str, limits: Limits, depth: int, dispatch: Dispatch
) -> Iterator[ReadResult]:
    """Yield the results of every regular file in a (compressed) tar, streaming it once."""
    budget = _Budget(limits.max_archive_bytes)
    started = False
    try:
        # Stream mode ("r|*"): one forward pass, never seeking back through a compressed stream.
        with tarfile.open(fileobj=file, mode="r|*") as tf:
            for info in tf:
                started = True
                where = f"{source}!{info.name}"
                if info.isdir():
                    continue
                if unsafe_name(info.name):
                    yield Skipped(where, "unsafe path in archive (absolute or '..': path traversal)")
                    continue
                if not info.isfile():
                    yield Skipped(where, "link or special file in archive, not followed")
                    continue
                # Counted even when the member is skipped: the stream still has to be inflated past it.
                if not budget.spend(info.size):
                    yield _bomb(source, budget)
                    return
                if info.size > limits.max_bytes:
                    yield Skipped(
                        where,
                        f"member is {human_size(info.size)}, over the {human_cap(limits.max_bytes)} cap",
                    )
                    continue
                member = tf.extractfile(info)
                if member is None:
                    yield Skipped(where, "unreadable archive member")
                    continue
                data = _bounded_read(member, limits.max_bytes)
                yield from dispatch(data, where, info.name, depth + 1)
    except (tarfile.TarError, OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        what = "corrupt tar archive, stopped reading" if started else "not a valid tar archive"
        yield Skipped(source, f"{what} ({type(exc).__name__}: {exc})")


def read_compressed(
    file: BinaryIO, *, source: str, hint: str, limits: Limits, depth: int, dispatch: Dispatch
) -> Iterator[ReadResult]:
    """A gzip/bzip2/xz stream that turned out not to be a tar: one compressed document."""
    file.seek(0)
    head = file.read(6)
    file.seek(0)
    opener = decompressor(head)
    inner_hint = re.sub(r"\.(gz|bz2|xz)$", "", hint, flags=re.I)
    try:
        with opener(file) as stream:
            data = _bounded_read(stream, limits.max_bytes)
    except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        yield Skipped(source, f"corrupt compressed file ({exc})")
        return
    if len(data) > limits.max_bytes:
        yield Skipped(source, f"decompresses to over the {human_cap(limits.max_bytes)} cap")
        return
    yield from dispatch(data, source, inner_hint, depth + 1)


def _bomb(source: str, budget: _Budget) -> Skipped:
    return Skipped(
        source,
        f"archive bomb guard: uncompressed total over {human_cap(budget.total)}, rest of the archive skipped",
    )


def decompressor(magic: bytes) -> Callable[[BinaryIO], IO[bytes]]:
    """The stream opener for a gzip / bzip2 / xz signature (xz when neither of the others)."""
    if magic.startswith(b"\x1f\x8b"):
        return lambda f: gzip.GzipFile(fileobj=f, mode="rb")
    if magic.startswith(b"BZh"):
        return lambda f: bz2.BZ2File(f, mode="rb")
    return lambda f: lzma.LZMAFile(f, mode="rb")
