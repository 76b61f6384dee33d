"""Turn casualty numerals into integers: "four" -> 4, "1,000" -> 1000, "twenty-one" -> 21.

Vague amounts ("dozens", "hundreds", "tens of thousands") deliberately return None: ACLED and the
record contract keep them as text, never as a number. Ranges ("20-30") also return None here: the
caller decides what a range means (ACLED codes the lower bound), a parser that silently summed the
two ends would invent a figure.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# multipliers of what came before them: "two dozen" is 24, "a couple" is 2, "two hundred" is 200
_SMALL_SCALES = {"dozen": 12, "couple": 2, "hundred": 100}
_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DECIMAL_SCALE = re.compile(r"^(\d+(?:\.\d+)?)\s*(thousand|million|billion|m|bn|k)$")
_SHORT = {"m": 1_000_000, "bn": 1_000_000_000, "k": 1000}


def parse_number(text: str) -> int | None:
    """Parse an English cardinal; None for vague, ranged or unparseable amounts.

    Handles digits with thousands separators, "1.2 million", words up to the billions
    ("two hundred and fifty", "three thousand four hundred"), hyphenated compounds, "a dozen"
    (12: a definite amount, unlike "dozens"), "half a dozen" and "no"/"none" (0).
    """
    t = text.strip().lower().replace("\u2009", "").replace("\xa0", " ").replace("\u2013", "-")
    if not t:
        return None
    if _DIGITS.match(t):
        return int(t.replace(",", ""))
    m = _DECIMAL_SCALE.match(t.replace(",", ""))
    if m:
        scale = _SCALES.get(m.group(2)) or _SHORT[m.group(2)]
        return int(round(float(m.group(1)) * scale))
    words = [w for w in re.split(r"[\s-]+", t) if w]
    if words[:2] == ["half", "a"] and words[2:] == ["dozen"]:
        return 6
    total = 0
    current = 0
    seen = False
    for i, word in enumerate(words):
        if word == "and" and seen:
            continue
        if (
            word in ("a", "an")
            and i + 1 < len(words)
            and (words[i + 1] in _SMALL_SCALES or words[i + 1] in _SCALES)
        ):
            current = 1
            seen = True
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SMALL_SCALES:
            current = max(current, 1) * _SMALL_SCALES[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif _DIGITS.match(word) and not seen:
            # a digit group may only be followed by scale words ("3 million"); "20-30" is a range
            if any(w not in _SCALES and w not in _SMALL_SCALES for w in words[i + 1 :]):
                return None
            current = int(word.replace(",", ""))
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_range(text: str) -> tuple[int, int] | None:
    """'20-30', '20 to 30': the two ends of a stated range, or None when it is not one."""
    m = re.match(r"^\s*(\d[\d,]*)\s*(?:-|\u2013|to)\s*(\d[\d,]*)\s*$", text.lower())
    if not m:
        return None
    low, high = int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))
    return (low, high) if low < high else None


_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
ORDINAL_RX = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + ")"


def parse_ordinal(text: str) -> int | None:
    """'fourth' -> 4, '21st' -> 21: the rank an ordinal states, or None when it is not one."""
    word = text.strip().lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else None
