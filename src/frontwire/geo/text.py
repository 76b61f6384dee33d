"""Name folding: how a toponym in any spelling becomes a gazetteer lookup key.

The gazetteer is built from sources that spell the same place differently (GeoNames' "Xankandi",
pycountry's "Xankəndi", the news' "Khankendi"). Rather than fuzzy matching at run time (slow, and
it confuses Barda with Bardai), every name is reduced to one or more deterministic keys at build time
and the text is reduced the same way at lookup time, so a lookup is an indexed equality.
The letter tables are data (``data/fold.json``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1)
def _tables() -> dict:
    with open(DATA_DIR / "fold.json", encoding="utf-8") as fh:
        return json.load(fh)


def _strip(text: str, table: dict[str, str]) -> str:
    """Map special letters, then drop combining marks, then keep [0-9a-z] words only."""
    t = _tables()
    text = text.lower()
    for ch in t["drop"]:
        text = text.replace(ch, "")
    text = "".join(table.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(t["plain"].get(ch, ch) for ch in text)
    return _NON_ALNUM.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The plain key: lower case, diacritics and apostrophes gone, punctuation as single spaces."""
    return _strip(text, {})


def fold_variants(text: str, cc2: str | None = None) -> set[str]:
    """Every key a name is indexed under: the plain key plus English transliterations.

    Why both: English news writes Azerbaijani "Şuşa" as "Shusha" but Turkish "Şanlıurfa" often as
    "Sanliurfa"; indexing both spellings costs little and spares guessing the writer's convention.
    """
    t = _tables()
    keys = {fold(text)}
    table = dict(t["translit"])
    if cc2 and cc2 in t["translit_by_country"]:
        table.update(t["translit_by_country"][cc2])
    low = text.lower()
    if any(ch in table for ch in low):
        keys.add(_strip(text, table))
    keys.discard("")
    return keys


def is_latin(text: str) -> bool:
    """True for names written in Latin script (the only ones English news uses)."""
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return any(ch.isalpha() for ch in text)
