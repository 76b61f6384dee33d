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
        t = json.load(fh)
    # str.translate tables, built once: the build folds ~2 million names.
    t["_drop"] = {ord(ch): None for ch in t["drop"]}
    t["_plain"] = str.maketrans(t["plain"])
    return t


def _strip(text: str, table: dict[str, str] | None = None) -> str:
    """Map special letters, then drop diacritics, then keep [0-9a-z] words only."""
    t = _tables()
    text = text.lower().translate(t["_drop"])
    if table:
        text = text.translate(str.maketrans(table))
    text = unicodedata.normalize("NFKD", text.translate(t["_plain"]))
    # After NFKD a Latin letter is an ASCII base plus combining marks; whatever else is not ASCII
    # (a stray symbol) carries nothing a lookup key needs.
    text = text.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", text).strip()


@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    """The plain key: lower case, diacritics and apostrophes gone, punctuation as single spaces."""
    return _strip(text)


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


_NON_LATIN = re.compile(r"[^\x00-\u036f\u1e00-\u1eff\u2000-\u206f]")


def is_latin(text: str) -> bool:
    """True for names written in Latin script (the only ones English news uses)."""
    return not _NON_LATIN.search(text) and any(ch.isalpha() for ch in text)
