"""Weapons named in a sentence, normalised ("cluster bombs" -> "cluster munition").

Matching is on lower-cased lemmas so plurals and inflections need no extra entries; the longest
form wins, so "car bomb" is not also a plain "bomb".
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from frontwire.nlp.lexicon import load


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.lower(): v for k, v in load("weapons")["weapons"].items()}
    forms = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return rx, table


def weapons_in(sent: Span) -> list[tuple[str, int]]:
    """(canonical weapon, token index) pairs in reading order, without repeats."""
    rx, table = _pattern()
    # lemma text with a map back to token indices: "fire missile on a village"
    pieces: list[str] = []
    starts: list[int] = []
    pos = 0
    for tok in sent:
        lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
        if tok.lower_ in table:  # "munitions" lemmatised oddly must still match its own form
            lemma = tok.lower_
        starts.append(pos)
        pieces.append(lemma)
        pos += len(lemma) + 1
    text = " ".join(pieces)
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for m in rx.finditer(text):
        name = table[m.group(1)]
        # "mine" as in "a mine of information", "shell" as in "shell company": rely on context words
        if name in seen:
            continue
        idx = max(i for i, s in enumerate(starts) if s <= m.start())
        tok = sent[idx]
        if name == "landmine" and tok.lower_ in ("mine", "mines") and tok.pos_ != "NOUN":
            continue
        seen.add(name)
        out.append((name, sent[idx].i))
    return out
