"""Plain-text and Markdown wire articles: title, byline, dateline, body, and the furniture around it.

The layout this reads is the one news scrapers and wire exports produce::

    Title line

    By [AFP](#)

    October 27, 2020

    Photo caption ... **Photographer / Agency**

    Body paragraph ...

    Related article: [Other story](#)

    Subheading

    Body paragraph ...

    Original url:

    <https://www.example.com/2020/10/27/story>

Every part but the body is optional: a ``.txt`` with no header at all is still an article.

Decisions, and why:

- Captions, "Related article" lines and the "Original url" footer go to ``metadata``, never the body:
  they are not the story's prose, and a caption read as body would invent a second attack.
- Subheadings ("Fresh frontline fighting") are kept OUT of the body and listed in
  ``metadata["subheadings"]`` with the index of the paragraph they head. They carry no punctuation, so in
  the body a sentence splitter would glue them onto the next sentence ("Fresh frontline fighting This
  year's fighting is...") and corrupt the evidence spans extraction reports; and they only restate the
  text below them (often quoting it), so nothing factual is lost.
- A paragraph that ends without terminal punctuation followed by one that starts in lower case is one
  sentence broken by a stray blank line: the two are joined with a space so sentences stay whole.
- Within a paragraph, hard-wrapped lines are joined with a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from frontwire.ingest._meta import agency_from_credit, load_json, make_article, split_dateline
from frontwire.ingest._result import ReadResult, Skipped
from frontwire.ingest._text import clean_text, ends_sentence

_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_MD_IMAGE = re.compile(r"^!\[([^\]\n]*)\]\(([^)\s]*)[^)]*\)$")
_BOLD_TAIL = re.compile(r"^(?P<text>.*?)\s*(?:\*\*|__)(?P<credit>[^*_\n]{2,120})(?:\*\*|__)\s*$")
_BOLD_ONLY = re.compile(r"^(?:\*\*|__)(?P<text>[^*_\n]{1,200})(?:\*\*|__)$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_URL_LINE = re.compile(r"^<?(?P<url>https?://[^\s<>]+)>?$", re.I)
_LIST_ITEM = re.compile(r"^(?:[-*\u2022]\s+|\d{1,3}[.)]\s+)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# *italic* only with non-word characters outside the stars, so "5*3*2" and footnote stars survive.
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


@dataclass(frozen=True)
class _Rules:
    byline: re.Pattern[str]
    related: re.Pattern[str]
    footer: re.Pattern[str]
    caption_prefix: re.Pattern[str]
    credit_words: re.Pattern[str]
    byline_max_words: int
    subheading_max_words: int
    subheading_max_chars: int
    title_max_words: int
    title_max_chars: int
    header_scan_lines: int


@cache
def _rules() -> _Rules:
    spec = load_json("wire.json")
    words = [w for w in spec["credit_words"] if w != "/"]
    credit = r"/|\b(?:" + "|".join(map(re.escape, words)) + r")\b"
    return _Rules(
        byline=re.compile(spec["byline"], re.I),
        related=re.compile(spec["related"], re.I),
        footer=re.compile(spec["footer"], re.I),
        caption_prefix=re.compile(spec["caption_prefix"], re.I),
        credit_words=re.compile(credit, re.I),
        byline_max_words=spec["byline_max_words"],
        subheading_max_words=spec["subheading_max_words"],
        subheading_max_chars=spec["subheading_max_chars"],
        title_max_words=spec["title_max_words"],
        title_max_chars=spec["title_max_chars"],
        header_scan_lines=spec["header_scan_lines"],
    )


@dataclass
class _Parsed:
    title: str | None = None
    byline: str | None = None
    agency: str | None = None
    published: str | None = None
    url: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def add(self, key: str, value: Any) -> None:
        self.meta.setdefault(key, []).append(value)


def read_wire(text: str, *, source: str, metadata: dict[str, Any] | None = None) -> ReadResult:
    """Parse one text/markdown article; a text with no prose left over is skipped."""
    parsed = _Parsed(meta=dict(metadata or {}))
    lines = clean_text(text).split("\n")
    start = _read_header(lines, parsed)
    _read_body(lines[start:], parsed)
    body = "\n\n".join(parsed.paragraphs)
    if not body:
        return Skipped(source, "no body text (only headings, captions or links)")
    if parsed.byline:
        parsed.meta["byline"] = parsed.byline
    return make_article(
        body,
        source=source,
        title=parsed.title,
        url=parsed.url,
        published=parsed.published,
        agency=parsed.agency,
        metadata=parsed.meta,
    )


# --- header -------------------------------------------------------------------------------------------


def _read_header(lines: list[str], parsed: _Parsed) -> int:
    """Consume title, byline, dateline and lead images; return the index where the body starts."""
    rules = _rules()
    nonblank = [i for i, line in enumerate(lines) if line]
    if not nonblank:
        return len(lines)
    first = nonblank[0]
    pos = first
    heading = _HEADING.match(lines[first])
    if heading:
        parsed.title = _inline(heading.group("text"))
        pos = first + 1
    elif _looks_like_title(lines, first):
        parsed.title = _inline(lines[first])
        pos = first + 1
    scanned = 0
    while pos < len(lines) and scanned < rules.header_scan_lines:
        line = lines[pos]
        if not line:
            pos += 1
            continue
        scanned += 1
        if not _take_header_line(line, parsed):
            if image := _MD_IMAGE.match(line):
                parsed.add("images", {"alt": image.group(1), "src": image.group(2)})
            else:
                break
        pos += 1
    return pos


def _take_header_line(line: str, parsed: _Parsed) -> bool:
    """Record a byline or dateline (possibly both on one line) into ``parsed``; False if it is neither."""
    dated = None if parsed.published else split_dateline(_inline(line))
    if dated:
        parsed.published, credit = dated
        parsed.meta["dateline"] = line
        if credit and not parsed.byline:
            who = _byline(credit)
            parsed.byline = _inline(who.group("who")) if who else _inline(credit)
            parsed.agency = _agency_from_byline(parsed.byline)
        return True
    byline = _byline(line)
    if byline and not parsed.byline:
        parsed.byline = _inline(byline.group("who"))
        parsed.agency = _agency_from_byline(byline.group("who"))
        return True
    return False


def header_furniture(paragraphs: list[str]) -> tuple[list[str], dict[str, Any]]:
    """Strip leading byline/dateline paragraphs (HTML pages keep them in the article body).

    Returns the remaining paragraphs and what was found: ``byline``, ``agency``, ``published``,
    ``dateline``. Only the first few paragraphs are looked at: a byline never comes later.
    """
    parsed = _Parsed()
    rest = list(paragraphs)
    taken = 0
    while rest and taken < 2 and _take_header_line(rest[0], parsed):
        rest.pop(0)
        taken += 1
    found: dict[str, Any] = {
        k: v
        for k, v in (("byline", parsed.byline), ("agency", parsed.agency), ("published", parsed.published))
        if v
    }
    if "dateline" in parsed.meta:
        found["dateline"] = parsed.meta["dateline"]
    return rest, found


def _looks_like_title(lines: list[str], i: int) -> bool:
    """A first line is a title if it is short, unpunctuated like a headline, and stands on its own.

    Standing on its own means a blank line, byline or dateline follows, and there is text after it; a
    first line that ends in a full stop or runs into the next line is the start of the body.
    """
    rules = _rules()
    line = lines[i]
    if len(line) > rules.title_max_chars or len(line.split()) > rules.title_max_words:
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c\u2018"):
        return False
    if _byline(line) or split_dateline(line) or rules.related.match(line):
        return False
    rest = [j for j in range(i + 1, len(lines)) if lines[j]]
    if not rest:
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if nxt == "" or _byline(nxt) or split_dateline(nxt) is not None:
        return True
    # No blank line after it: still a title when the body starts right under it with a capital and the
    # line is much shorter than that body line (a hard-wrapped first sentence runs the full width).
    return nxt[:1].isupper() and len(line) < 0.6 * len(nxt)


def _byline(line: str) -> re.Match[str] | None:
    """ "By [AFP](#)", "By Jane Doe, Reuters", "Par AFP": a short credit line, not a sentence."""
    rules = _rules()
    m = rules.byline.match(line)
    if not m or ends_sentence(line) or len(_inline(m.group("who")).split()) > rules.byline_max_words:
        return None
    return m


def _agency_from_byline(who: str) -> str | None:
    """``[AFP](#)`` -> AFP; ``Jane Doe, Reuters`` -> Reuters; ``Jane Doe`` -> None (an author, not a wire)."""
    return agency_from_credit(_inline(who))


# --- body ---------------------------------------------------------------------------------------------


def _blocks(lines: list[str]) -> list[str]:
    """Paragraphs from lines: blank lines always separate; inside a run of lines, see below.

    Text arrives both hard-wrapped (a paragraph over several ~72-column lines) and one paragraph per line
    with no blank lines between (common in scraped text). A line break therefore joins two lines with a
    space only when it falls inside a sentence: see :func:`_breaks_paragraph`.
    """
    blocks: list[str] = []
    run: list[str] = []
    for line in lines + [""]:
        if line:
            run.append(line)
            continue
        if not run:
            continue
        width = max(len(x) for x in run)
        current = [run[0]]
        for prev, nxt in zip(run, run[1:], strict=False):
            if _breaks_paragraph(prev, nxt, width):
                blocks.append(" ".join(current))
                current = []
            current.append(nxt)
        blocks.append(" ".join(current))
        run = []
    return blocks


def _breaks_paragraph(prev: str, nxt: str, width: int) -> bool:
    """Does the line break between ``prev`` and ``nxt`` end a paragraph?

    Yes after a finished sentence, before a list item, after a heading or a line of furniture (related
    link, footer, URL, image, credited caption), and after a short unpunctuated line followed by a
    capital (a title or subheading: a wrapped line runs close to the full width of its neighbours).
    Otherwise the break is a hard wrap inside a sentence.
    """
    rules = _rules()
    if ends_sentence(prev) or _LIST_ITEM.match(nxt) or _HEADING.match(prev) or _BOLD_ONLY.match(prev):
        return True
    furniture = (rules.related, rules.footer, _URL_LINE, _MD_IMAGE)
    if any(p.match(line) for p in furniture for line in (prev, nxt)):
        return True
    if _caption(prev):
        return True
    starts_upper = nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "\"'\u201c\u2018"
    return starts_upper and len(prev) < 0.6 * width


def _read_body(lines: list[str], parsed: _Parsed) -> None:
    rules = _rules()
    blocks = _blocks(lines)
    kept: list[str] = []  # body paragraphs with inline markup still on, for subheading look-ahead
    i = 0
    while i < len(blocks):
        block = blocks[i]
        footer = rules.footer.match(block)
        if footer:
            rest = footer.group("rest").strip()
            url = _URL_LINE.match(rest) if rest else None
            if not rest and i + 1 < len(blocks) and (nxt := _URL_LINE.match(blocks[i + 1])):
                url = nxt
                i += 1
            if url:
                parsed.url = parsed.url or url.group("url")
                parsed.add("footer", block if url.group(0) in block else f"{block} {url.group(0)}")
                i += 1
                continue
            if len(block) <= 200:  # "Source: AFP" and the like: a credit, not prose
                parsed.add("footer", block)
                i += 1
                continue
        if related := rules.related.match(block):
            parsed.add("related", _related(related.group("rest")))
        elif bare_url := _URL_LINE.match(block):
            parsed.url = parsed.url or bare_url.group("url")
            parsed.add("footer", block)
        elif caption := _caption(block):
            parsed.add("captions", caption)
        elif image := _MD_IMAGE.match(block):
            parsed.add("images", {"alt": image.group(1), "src": image.group(2)})
        elif _is_subheading(block, blocks[i + 1] if i + 1 < len(blocks) else None):
            text = _inline(_HEADING.sub(r"\g<text>", block))
            parsed.add("subheadings", {"text": text, "before_paragraph": len(kept)})
        else:
            kept.append(block)
        i += 1
    parsed.paragraphs, new_index = _join_broken_sentences([_inline(p) for p in kept])
    for sub in parsed.meta.get("subheadings", []):
        # Indices were counted before broken sentences were joined; point them at the joined paragraphs.
        old = sub["before_paragraph"]
        sub["before_paragraph"] = new_index[old] if old < len(new_index) else len(parsed.paragraphs)


def _caption(block: str) -> dict[str, str] | None:
    """A photo caption: text ending in a bold credit (``**Name / Agency**``) or starting "Photo:"."""
    rules = _rules()
    tail = _BOLD_TAIL.match(block)
    if tail and rules.credit_words.search(tail.group("credit")) and not _BOLD_ONLY.match(block):
        return {"text": _inline(tail.group("text")), "credit": tail.group("credit").strip()}
    prefix = rules.caption_prefix.match(block)
    if prefix and len(block) < 400:
        return {"text": _inline(block[prefix.end() :]), "credit": ""}
    return None


def _is_subheading(block: str, following: str | None) -> bool:
    """A short unpunctuated line heading a new paragraph (markdown ``##`` headings always are)."""
    if _HEADING.match(block):
        return True
    rules = _rules()
    text = _inline(block)
    if following is None or not text:
        return False
    if len(text) > rules.subheading_max_chars or len(text.split()) > rules.subheading_max_words:
        return False
    if ends_sentence(text) or text[-1] in ",;:\u2014-":
        return False
    if text[0].islower():
        return False
    # If the next block starts in lower case, this short line is the first half of a broken sentence.
    nxt = _inline(following).lstrip("\"'\u201c\u2018([")
    return bool(nxt) and not nxt[0].islower()


def _related(rest: str) -> dict[str, str]:
    link = _MD_LINK.search(rest)
    if link:
        return {"title": link.group(1).strip(), "href": link.group(2)}
    return {"title": _inline(rest), "href": ""}


def _join_broken_sentences(paragraphs: list[str]) -> tuple[list[str], list[int]]:
    """Join a paragraph with no closing punctuation to a next one that starts in lower case.

    Returns the joined paragraphs and, for each input paragraph, the index of the one it ended up in.
    """
    out: list[str] = []
    where: list[int] = []
    for para in paragraphs:
        if out and not ends_sentence(out[-1]) and para[:1].islower():
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
        where.append(len(out) - 1)
    return out, where


def _inline(text: str) -> str:
    """Drop inline Markdown (links keep their text, bold/italic markers go), keep the words."""
    text = _MD_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text)
    return text.strip()
