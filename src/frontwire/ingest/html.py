"""HTML pages: main text and metadata through trafilatura.

trafilatura does the hard part (boilerplate removal, title/date/site-name extraction from meta tags,
JSON-LD and the URL). This module only turns its element tree into frontwire's paragraph layout, applying
the same decision as the wire reader: headings inside the article are subheadings, kept in
``metadata["subheadings"]`` and out of the body, so the body is prose sentences only.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import Any

from frontwire.ingest._meta import (
    agency_from_credit,
    detect_language,
    language_code,
    load_json,
    make_article,
    outlet_from_url,
)
from frontwire.ingest._result import ReadResult, Skipped
from frontwire.ingest._text import clean_text
from frontwire.ingest.wire import header_furniture

log = logging.getLogger(__name__)

_WS = re.compile(r"\s+")


@cache
def _min_words() -> int:
    # trafilatura's fallbacks will return a lone menu label ("Home") for a page with no article; fewer
    # words than this floor is navigation, not news.
    return int(load_json("formats.json")["html_min_words"])


def read_html(html: str, *, source: str, url: str | None = None) -> ReadResult:
    """One article from one HTML page; a page with no extractable main text is skipped."""
    import trafilatura  # deferred: ~0.5 s import, only paid when HTML is actually read

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            # Structured dates only (meta tags, <time>, JSON-LD, the URL). The extensive search guesses
            # from free text and turns a "Copyright 2019" footer into a published date of 2019-01-01,
            # which would then anchor every "on Monday" in the article to the wrong week.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, AttributeError, LookupError) as exc:
        # Malformed markup can surface from lxml/trafilatura as any of these; the page is skipped with the
        # cause named rather than crashing the batch it is part of.
        log.debug("trafilatura failed on %s", source, exc_info=True)
        return Skipped(source, f"malformed HTML ({type(exc).__name__}: {exc})")
    if doc is None:
        return Skipped(source, "malformed or empty HTML: no main text found")
    meta: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = _one_line(meta.get("title"))
    paragraphs, subheadings = _paragraphs(meta.get("body"), title)
    if not paragraphs:
        text = clean_text(meta.get("text") or "")
        paragraphs = [p for p in text.split("\n") if p and p != title]
    # Bylines and datelines rendered as the article's first paragraphs are furniture, as in wire copy.
    before = len(paragraphs)
    paragraphs, header = header_furniture(paragraphs)
    for sub in subheadings:
        sub["before_paragraph"] = max(0, sub["before_paragraph"] - (before - len(paragraphs)))
    body = "\n\n".join(paragraphs)
    words = len(body.split())
    if words < _min_words():
        return Skipped(source, f"HTML page has no main text (only {words} words outside the boilerplate)")
    page_url = meta.get("url") or url
    extra: dict[str, Any] = {"format": "html"}
    for key in ("author", "description", "sitename", "hostname", "categories", "tags", "image"):
        if meta.get(key):
            extra[key] = meta[key]
    if subheadings:
        extra["subheadings"] = subheadings
    for key in ("byline", "dateline"):
        if header.get(key):
            extra[key] = header[key]
    return make_article(
        body,
        source=source,
        title=title,
        url=page_url,
        published=meta.get("date") or header.get("published"),
        outlet=outlet_from_url(page_url, fallback=meta.get("sitename")),
        agency=agency_from_credit(meta.get("author")) or header.get("agency"),
        language=detect_language(body) or language_code(meta.get("language")) or declared_language(html),
        metadata=extra,
    )


def _one_line(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return _WS.sub(" ", value).strip() or None


def _paragraphs(body: Any, title: str | None) -> tuple[list[str], list[dict[str, Any]]]:
    """Walk trafilatura's XML body: ``<head>`` elements are subheadings, every other block is prose."""
    if body is None:
        return [], []
    paragraphs: list[str] = []
    subheadings: list[dict[str, Any]] = []
    for el in body:
        text = clean_text(_WS.sub(" ", "".join(el.itertext())))
        if not text:
            continue
        if el.tag == "head":
            if text != title:
                subheadings.append({"text": text, "before_paragraph": len(paragraphs)})
            continue
        if not paragraphs and text == title:
            continue  # trafilatura repeats the <h1> as the first block
        if el.tag == "list":
            items = (clean_text("".join(item.itertext())) for item in el)
            paragraphs.extend(item for item in items if item)
        else:
            paragraphs.append(text)
    return paragraphs, subheadings


def declared_language(html: str) -> str | None:
    """The ``<html lang>`` value, a fallback for pages too short for language identification."""
    m = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z-]{2,12})", html[:4096], re.I)
    return language_code(m.group(1)) if m else None
