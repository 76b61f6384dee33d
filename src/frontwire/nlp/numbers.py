"""Turn casualty numerals into integers: "four" -> 4, "1,000" -> 1000, "twenty-one" -> 21.

Vague amounts ("dozens", "hundreds") deliberately return None: ACLED and the record contract keep
them as text, never as a number.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "a": 1,
    "an": 1,
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
    "dozen": 12,
    "couple": 2,
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
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def parse_number(text: str) -> int | None:
    """Parse an English cardinal; None for vague or unparseable amounts.

    Handles digits with thousands separators, "1.2 million", words up to the millions and
    hyphenated compounds. "a dozen" is 12 (a definite amount), but "dozens" is vague.
    """
    t = text.strip().lower().replace("\u2009", "").replace("\xa0", " ")
    if not t:
        return None
    if _DIGITS.match(t):
        return int(t.replace(",", ""))
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(thousand|million)$", t)
    if m:
        return int(float(m.group(1)) * _SCALES[m.group(2)])
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if word in ("and",):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
        elif word.isdigit():
            current += int(word)
        else:
            return None
        seen = True
    return total + current if seen else None
