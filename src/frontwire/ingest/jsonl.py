"""JSON Lines (one article object per line), and plain JSON holding one object or an array of them.

Fields: ``text`` (required), ``url``, ``title``, ``published``, and optionally ``outlet``, ``agency``,
``language``; any other key is kept in ``metadata``. A bad line is skipped with its line number and the
rest of the file is still read: one corrupt record in a scraped dump must not lose the other thousand.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from frontwire.ingest._meta import iso_date, language_code, make_article
from frontwire.ingest._result import ReadResult, Skipped
from frontwire.ingest._text import clean_text

_KNOWN = ("text", "url", "title", "published", "outlet", "agency", "language")


def read_jsonl(text: str, *, source: str) -> Iterator[ReadResult]:
    """Yield one article (or skip) per record; ``source#N`` names the N-th line (1-based)."""
    stripped = text.lstrip()
    if stripped[:1] in "[{":
        # A whole-file JSON document (pretty-printed object, or an array) is tried first; if it does not
        # parse as one document, it is JSON Lines.
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        else:
            records = whole if isinstance(whole, list) else [whole]
            if isinstance(whole, dict) and "\n" not in text.strip():
                yield _record(whole, source=f"{source}#1", where="line 1")
                return
            for n, record in enumerate(records, 1):
                yield _record(record, source=f"{source}#{n}", where=f"record {n}")
            return
    produced = False
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        produced = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(f"{source}#{n}", f"line {n}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _record(record, source=f"{source}#{n}", where=f"line {n}")
    if not produced:
        yield Skipped(source, "empty file")


def _record(record: Any, *, source: str, where: str) -> ReadResult:
    if not isinstance(record, dict):
        return Skipped(source, f"{where}: expected a JSON object, got {type(record).__name__}")
    body_raw = record.get("text")
    if not isinstance(body_raw, str):
        got = "missing" if body_raw is None else type(body_raw).__name__
        return Skipped(source, f"{where}: 'text' must be a string ({got})")
    for key in ("url", "title", "outlet", "agency", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return Skipped(source, f"{where}: '{key}' must be a string, not {type(record[key]).__name__}")
    body = clean_text(body_raw)
    if not body:
        return Skipped(source, f"{where}: empty 'text'")
    metadata = {k: v for k, v in record.items() if k not in _KNOWN}
    metadata["format"] = "jsonl"
    published = iso_date(record.get("published"))
    if record.get("published") is not None and published is None:
        metadata["published_raw"] = record["published"]
    return make_article(
        body,
        source=source,
        title=record.get("title"),
        url=record.get("url"),
        published=published,
        outlet=record.get("outlet"),
        agency=record.get("agency"),
        language=language_code(record.get("language")),
        metadata=metadata,
    )
