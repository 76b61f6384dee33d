"""From paths and bytes to readers: the one cascade that decides how an input is read (not API)."""

from __future__ import annotations

import io
import logging
import lzma
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import BinaryIO

from frontwire.ingest import archive
from frontwire.ingest._meta import load_json
from frontwire.ingest._result import MAX_NESTING, Limits, ReadResult, Skipped, human_cap, human_size
from frontwire.ingest._text import DecodeError, bom_encoding, decode
from frontwire.ingest.feed import read_feed
from frontwire.ingest.html import read_html
from frontwire.ingest.jsonl import read_jsonl
from frontwire.ingest.wire import read_wire

log = logging.getLogger("frontwire.ingest")

_COMPRESSED_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAG = re.compile(rb"<(?:p|div|article|main|section|h[1-6]|meta|title|span|a)\b[^>]*>", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)


@cache
def _formats() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    spec = load_json("formats.json")
    return spec["extensions"], spec["content_types"], frozenset(spec["unsupported"])


def _suffix(name: str) -> str:
    """``a/b.TAR.GZ`` -> ``.tar.gz``; ``"txt"`` -> ``.txt``; compound suffixes known to the table win."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    if "." not in base:
        return f".{base}" if base else ""
    extensions, _, _ = _formats()
    parts = base.split(".")
    if len(parts) >= 3 and f".{parts[-2]}.{parts[-1]}" in extensions:
        return f".{parts[-2]}.{parts[-1]}"
    return f".{parts[-1]}"


def _kind_from_hint(hint: str | None) -> tuple[str | None, str | None]:
    """``(kind, unsupported_suffix)`` for a file name, extension or content type hint."""
    if not hint:
        return None, None
    extensions, content_types, unsupported = _formats()
    ctype = hint.split(";", 1)[0].strip().lower()
    if ctype in content_types:
        return content_types[ctype], None
    suffix = _suffix(hint)
    if suffix in unsupported:
        return None, suffix
    if suffix in (".gz", ".bz2", ".xz"):
        return "compressed", None
    return extensions.get(suffix), None


def _sniff(data: bytes) -> str:
    """Content-based kind for input whose name says nothing (or says something unknown)."""
    head = data[:4096]
    bom = bom_encoding(head)
    if bom and bom != "utf-8-sig":
        head = head.decode(bom, errors="ignore").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if _FEED_ROOT.search(head[:2048]) and not _HTML_START.search(head[:2048]):
            return "feed"
        if _HTML_START.search(head) or _HTML_TAG.search(head):
            return "html"
        if head[:5].lower() == b"<?xml":
            return "feed"
    if head[:1] in (b"{", b"["):
        return "jsonl"
    return "text"


def read_document(
    data: bytes, *, source: str, hint: str | None, limits: Limits, depth: int = 0
) -> Iterator[ReadResult]:
    """Read one input's bytes into articles: THE cascade every path, archive member and upload goes through.

    Order, and why each step comes where it does:

    1. **Nesting depth**: archives inside archives stop at ``MAX_NESTING`` (zip quines never end).
    2. **Empty** (no bytes, or whitespace only): nothing to sniff; skipped first so no reader has to care.
    3. **Unsupported extension** (``.pdf``, ``.docx``, images...): checked before magic bytes because a
       ``.docx`` *is* a zip, and reading its XML parts as articles would be nonsense.
    4. **Archive magic bytes** (zip, gzip/bzip2/xz, tar's ``ustar``): before the binary check, because every
       archive is binary, and before the name, because bytes do not lie about being an archive.
    5. **Binary / undecodable** (NUL bytes without a UTF-16/32 byte-order mark): refused before any text
       reader so none of them sees byte soup.
    6. **Hint** (file extension or content type): the producer's word picks the reader when it is one we
       know (``.html``, ``.jsonl``, ``application/rss+xml``...). One exception: a ``.txt``/``.md`` whose
       content is an HTML document or a feed is read as that, because saved pages often carry ``.txt``
       and the markup would otherwise end up in the body.
    7. **Content sniffing** for unknown or missing hints: XML with an ``<rss>``/``<feed>`` root is a feed,
       markup with HTML tags is HTML, a leading ``{``/``[`` is JSON, anything else is plain/Markdown text
       (the most forgiving reader comes last).

    Text readers get text decoded by :func:`frontwire.ingest._text.decode` (BOM, declared charset, UTF-8,
    then charset detection); feeds get raw bytes because feedparser honours the XML encoding declaration.
    """
    if depth > MAX_NESTING:
        yield Skipped(source, f"archive nested more than {MAX_NESTING} deep")
        return
    if not data.strip():
        yield Skipped(source, "empty file")
        return
    kind, unsupported = _kind_from_hint(hint)
    if unsupported:
        yield Skipped(source, f"unsupported file type ({unsupported})")
        return
    magic = _magic(data)
    if magic:
        yield from _read_archive(
            io.BytesIO(data), source=source, kind=magic, hint=hint or "", limits=limits, depth=depth
        )
        return
    if kind in ("zip", "tar", "compressed"):
        yield Skipped(source, f"not a valid {kind} archive (no archive signature)")
        return
    if b"\x00" in data[:65536] and not bom_encoding(data):
        yield Skipped(source, "binary file (NUL bytes)")
        return
    if kind is None or kind == "text":
        # Plain text is the one hint content may overrule: pages and feeds are often saved as ".txt".
        sniffed = _sniff(data)
        kind = sniffed if kind is None or sniffed in ("html", "feed") else kind
    yield from _read_text_kind(data, source=source, kind=kind)


def _magic(data: bytes) -> str | None:
    if data.startswith(_ZIP_MAGIC):
        return "zip"
    if data.startswith(_COMPRESSED_MAGIC):
        return "compressed"
    if len(data) > 262 and data[257:262] == b"ustar":
        return "tar"
    return None


def _read_archive(
    file: BinaryIO, *, source: str, kind: str, hint: str, limits: Limits, depth: int
) -> Iterator[ReadResult]:
    def dispatch(data: bytes, where: str, name: str, level: int) -> Iterator[ReadResult]:
        return _guarded(read_document(data, source=where, hint=name, limits=limits, depth=level), where)

    if kind == "zip":
        yield from archive.read_zip(file, source=source, limits=limits, depth=depth, dispatch=dispatch)
    elif kind == "tar" or (kind == "compressed" and _compressed_tar(file)):
        file.seek(0)
        yield from archive.read_tar(file, source=source, limits=limits, depth=depth, dispatch=dispatch)
    else:
        file.seek(0)
        yield from archive.read_compressed(
            file, source=source, hint=hint, limits=limits, depth=depth, dispatch=dispatch
        )


def _compressed_tar(file: BinaryIO) -> bool:
    """Does this gzip/bzip2/xz stream hold a tar? Peek at the first 512 decompressed bytes."""
    file.seek(0)
    magic = file.read(6)
    file.seek(0)
    opener = archive.decompressor(magic)
    try:
        with opener(file) as stream:
            block = stream.read(512)
    except (OSError, EOFError, lzma.LZMAError, zlib.error):
        return False
    return len(block) == 512 and block[257:262] == b"ustar"


def _read_text_kind(data: bytes, *, source: str, kind: str) -> Iterator[ReadResult]:
    if kind == "feed":
        yield from read_feed(data, source=source)
        return
    try:
        text, encoding = decode(data, declared_ok=kind == "html")
    except DecodeError as exc:
        yield Skipped(source, str(exc))
        return
    if not text.strip():
        yield Skipped(source, "empty file")
        return
    if kind == "html":
        yield _with_encoding(read_html(text, source=source), encoding)
    elif kind == "jsonl":
        for result in read_jsonl(text, source=source):
            yield _with_encoding(result, encoding)
    else:
        yield read_wire(text, source=source, metadata=_encoding_meta(encoding))


def _encoding_meta(encoding: str) -> dict[str, str]:
    return {} if encoding in ("utf-8", "utf_8", "ascii") else {"encoding": encoding}


def _with_encoding(result: ReadResult, encoding: str) -> ReadResult:
    """Note a non-UTF-8 source encoding in the article's metadata (a hint that text may be mis-decoded)."""
    extra = _encoding_meta(encoding)
    if extra and not isinstance(result, Skipped):
        result.metadata.update(extra)
    return result


def _guarded(results: Iterator[ReadResult], source: str) -> Iterator[ReadResult]:
    """Turn an unexpected reader failure into a skip, so one bad input never ends a batch.

    The exception is not swallowed: its type and message are the skip reason, and the traceback is
    logged at WARNING for whoever debugs the reader.
    """
    try:
        yield from results
    except Exception as exc:  # noqa: BLE001 - the batch must go on; the reason and traceback are kept
        log.warning("reader failed on %s", source, exc_info=True)
        yield Skipped(source, f"reader error ({type(exc).__name__}: {exc})")


# --- paths --------------------------------------------------------------------------------------------


def read_paths(paths: Iterable[str | Path], *, limits: Limits) -> Iterator[ReadResult]:
    for path in paths:
        if str(path) == "-":
            yield from _guarded(_read_stdin(limits), "stdin")
            continue
        p = Path(path)
        if p.is_dir():
            for child in _walk(p):
                if isinstance(child, Skipped):
                    yield child
                else:
                    yield from _guarded(_read_file(child, limits), str(child))
        else:
            yield from _guarded(_read_file(p, limits), str(p))


def _walk(root: Path) -> Iterator[Path | Skipped]:
    """Files under ``root`` in sorted order, each folder's files before its subfolders.

    Hidden entries (``.git``, ``.DS_Store``) are passed over: they are never articles, and a skip reason
    for every file in ``.git`` would bury the ones that matter. Symlinked folders are not followed
    (loops); symlinked files are read. A folder that cannot be listed is reported as a skip.
    """
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        while errors:
            err = errors.pop(0)
            yield Skipped(str(err.filename or dirpath), f"cannot list folder ({err.strerror or err})")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
    for err in errors:
        yield Skipped(str(err.filename or root), f"cannot list folder ({err.strerror or err})")


def _read_file(path: Path, limits: Limits) -> Iterator[ReadResult]:
    source = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        yield Skipped(source, "no such file or directory")
        return
    except OSError as exc:
        yield Skipped(source, f"cannot stat ({exc.strerror or exc})")
        return
    if not path.is_file():
        yield Skipped(source, "not a regular file")
        return
    kind, _ = _kind_from_hint(path.name)
    is_archive = kind in ("zip", "tar", "compressed")
    # Size is checked on the stat, BEFORE reading: a 200 MB file costs nothing to refuse. Archives get the
    # archive cap, and are read from the open file, never loaded whole.
    cap = limits.max_archive_bytes if is_archive else limits.max_bytes
    if st.st_size > cap:
        yield Skipped(source, f"file is {human_size(st.st_size)}, over the {human_cap(cap)} cap")
        return
    if st.st_size == 0:
        yield Skipped(source, "empty file")
        return
    try:
        with path.open("rb") as fh:
            if is_archive:
                head = fh.read(512)
                magic = _magic(head)
                if magic:
                    fh.seek(0)
                    yield from _read_archive(
                        fh, source=source, kind=magic, hint=path.name, limits=limits, depth=0
                    )
                    return
                fh.seek(0)
            # Bounded even though the stat said it fits: the file may grow between stat and read.
            data = fh.read(cap + 1)
    except OSError as exc:
        yield Skipped(source, f"cannot read ({exc.strerror or exc})")
        return
    if len(data) > cap:
        yield Skipped(source, f"file grew over the {human_cap(cap)} cap while being read")
        return
    yield from read_document(data, source=source, hint=path.name, limits=limits)


def _read_stdin(limits: Limits) -> Iterator[ReadResult]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Skipped("stdin", "no standard input")
        return
    data = stream.read(limits.max_archive_bytes + 1)
    cap = limits.max_archive_bytes if _magic(data[:512]) else limits.max_bytes
    if len(data) > cap:
        yield Skipped("stdin", f"input is over the {human_cap(cap)} cap")
        return
    yield from read_document(data, source="stdin", hint=None, limits=limits)
