"""Bytes to text, and the one text normalisation every reader applies to a body (not API).

The normalisation (:func:`clean_text`) is documented here because tests and users rely on it: whatever
text goes in (a JSON Lines ``text`` field, a feed entry, a plain file) comes back as the body with

1. Unicode NFC composition (the same character typed two ways must hash the same);
2. every line break (``\\r\\n``, ``\\r``, U+2028/2029, NEL) turned into ``\\n``;
3. control characters other than tab and newline replaced by a space (they break terminals and JSON
   consumers, and a space keeps the words on either side apart);
4. each run of horizontal whitespace (spaces, tabs, no-break spaces...) turned into one space, and each
   line stripped;
5. three or more line breaks (blank lines) collapsed to one blank line, the paragraph separator;
6. leading and trailing whitespace removed;
7. lone surrogates (possible from JSON ``"\\ud800"`` escapes, never valid text) replaced by U+FFFD, so the
   body can always be encoded as UTF-8 and hashed.

It only ever changes whitespace, line breaks and control characters, so
``model.normalise_body(clean_text(t)) == model.normalise_body(t)`` for any text without control
characters: the article id does not depend on which reader produced the body.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from lxml import etree
from lxml import html as lxml_html

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Cc except \t and \n; \r, \x0b, \x0c and \x85 were already turned into \n above.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_HSPACE = re.compile(r"[^\S\n]+")
_BLANKS = re.compile(r"\n{3,}")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ANY_SPACE = re.compile(r"\s+")

_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019\u00bb)]*_"


def clean_text(text: str) -> str:
    """Normalise a body as described in the module docstring."""
    text = _SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub(" ", text)
    text = _HSPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def ends_sentence(paragraph: str) -> bool:
    """Does the paragraph end in terminal punctuation, looking through closing quotes and brackets?"""
    stripped = paragraph.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


# --- decoding -----------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""")
# More than this share of unprintable characters after a "successful" fallback decode means the bytes
# were not text at all (charset detectors will map almost any byte soup onto some single-byte code page).
_MAX_UNPRINTABLE = 0.02


class DecodeError(ValueError):
    """Bytes that are not text; ``str(exc)`` is the skip reason."""


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode(data: bytes, *, declared_ok: bool = False) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``; raise :class:`DecodeError` with a reason.

    Order, and why: a byte-order mark is authoritative; then (for HTML/XML, ``declared_ok``) the charset the
    document declares; then strict UTF-8, which is what nearly all news text is and which almost never
    decodes non-UTF-8 bytes by accident; only then charset detection (charset_normalizer), whose guess is
    accepted only if the result is printable text.
    """
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid {bom} text after its byte-order mark ({exc.reason})") from exc
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")
    if declared_ok:
        m = _DECLARED.search(data[:4096])
        if m:
            name = _codec_name(m.group(1).decode("ascii"))
            if name:
                try:
                    return data.decode(name), name
                except UnicodeDecodeError:
                    pass  # the declaration lies; UTF-8 and detection below get their turn
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _detect(data, utf8_error)


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detect(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    import charset_normalizer  # deferred: only non-UTF-8 input pays for the import

    best = charset_normalizer.from_bytes(data).best()
    where = f"invalid UTF-8 at byte {utf8_error.start}"
    if best is None:
        raise DecodeError(f"undecodable text ({where}, no charset detected)")
    text = str(best)
    if _unprintable_share(text) > _MAX_UNPRINTABLE:
        raise DecodeError(f"binary file ({where}, and not text in {best.encoding} either)")
    return text, best.encoding


def _unprintable_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t")
    return bad / len(sample)


# --- HTML fragments (feed summaries, JSON fields that carry markup) -------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "blockquote",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "table",
        "tr",
        "figure",
        "figcaption",
        "header",
        "footer",
        "aside",
    }
)
_DROP_TAGS = ("script", "style", "noscript", "template")


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment with paragraph breaks kept; plain text passes through unchanged.

    Why not trafilatura here: a feed summary is already the main text, and trafilatura's boilerplate
    heuristics would throw short summaries away entirely.
    """
    if "<" not in fragment and "&" not in fragment:
        return clean_text(fragment)
    # lxml refuses control characters and lone surrogates in text nodes; they would be spaces and U+FFFD
    # after clean_text anyway, so make them so before parsing.
    fragment = _SURROGATES.sub("\ufffd", _CONTROLS.sub(" ", _NEWLINES.sub("\n", fragment)))
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(fragment)
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    for el in root.iter():
        # In HTML a line break in the source is just a space; only <br> and block ends break lines.
        if el.text:
            el.text = _ANY_SPACE.sub(" ", el.text)
        if el.tail:
            el.tail = _ANY_SPACE.sub(" ", el.tail)
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
    return clean_text(root.text_content())
