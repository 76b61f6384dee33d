"""RSS and Atom feed files through feedparser: every entry is one article.

An entry's body is its full content when the feed carries it (``content:encoded``, Atom ``<content>``),
else its summary, with markup stripped to paragraphs. feedparser is lenient: a feed it flags as
malformed (``bozo``) is still read when entries came out of it, and skipped with feedparser's reason only
when none did.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwire.ingest._meta import (
    agency_from_credit,
    detect_language,
    iso_date,
    language_code,
    make_article,
    outlet_from_url,
)
from frontwire.ingest._result import ReadResult, Skipped
from frontwire.ingest._text import html_fragment_to_text


def read_feed(data: bytes, *, source: str) -> Iterator[ReadResult]:
    """Yield one article (or skip) per entry; ``source#N`` names the N-th entry (1-based).

    ``data`` stays bytes on purpose: feedparser honours the encoding the XML declares, and handed a
    ``str`` it would treat a short one as a URL or a file name to open.
    """
    import feedparser  # deferred: only feeds pay for the import

    try:
        parsed = feedparser.parse(data)
    except (UnicodeError, ValueError, LookupError, TypeError) as exc:
        # feedparser is lenient but not total: an encoding declaration in bytes that are not UTF-8, for
        # one, escapes it as a UnicodeDecodeError. The file is then as malformed as a bozo feed.
        yield Skipped(source, f"malformed feed ({type(exc).__name__}: {exc})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield Skipped(source, f"malformed feed: {parsed.get('bozo_exception')}")
        else:
            yield Skipped(source, "feed has no entries")
        return
    channel = parsed.get("feed", {})
    feed_title = channel.get("title")
    feed_lang = language_code(channel.get("language"))
    for n, entry in enumerate(entries, 1):
        yield _entry(
            entry,
            source=f"{source}#{n}",
            feed_title=feed_title,
            feed_lang=feed_lang,
            bozo=parsed.get("bozo_exception") if parsed.get("bozo") else None,
        )


def _entry(
    entry: Any, *, source: str, feed_title: str | None, feed_lang: str | None, bozo: Exception | None
) -> ReadResult:
    html = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            html = content["value"]
            break
    if not html:
        html = entry.get("summary") or entry.get("description") or ""
    body = html_fragment_to_text(html)
    if not body:
        return Skipped(source, "feed entry has no text")
    title = html_fragment_to_text(entry.get("title") or "") or None
    link = entry.get("link")
    published = iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    if published is None:
        published = iso_date(entry.get("published") or entry.get("updated"))
    meta: dict[str, Any] = {"format": "feed"}
    if feed_title:
        meta["feed_title"] = feed_title
    if entry.get("author"):
        meta["author"] = entry["author"]
    if entry.get("id") and entry.get("id") != link:
        meta["entry_id"] = entry["id"]
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    if tags:
        meta["tags"] = tags
    if bozo is not None:
        meta["feed_warning"] = str(bozo)
    return make_article(
        body,
        source=source,
        title=title,
        url=link,
        published=published,
        outlet=outlet_from_url(link, fallback=feed_title),
        agency=agency_from_credit(entry.get("author")),
        language=detect_language(body) or feed_lang,
        metadata=meta,
    )
