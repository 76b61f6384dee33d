"""Numerals as news writes them: digits, words, scales; vague amounts and ranges are not numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontwire.nlp.numbers import parse_number, parse_range

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """English words for n < 10**9, in the British style news agencies use ('two hundred and five')."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))
    for scale, name in ((1_000_000, "million"), (1000, "thousand")):
        if n >= scale:
            rest = n % scale
            return _words(n // scale) + f" {name}" + ("" if rest == 0 else " " + _words(rest))
    raise AssertionError(n)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four", 4),
        ("1,000", 1000),
        ("30,000", 30000),
        ("twenty-one", 21),
        ("two hundred and fifty", 250),
        ("one hundred twelve", 112),
        ("three thousand four hundred", 3400),
        ("1.2 million", 1_200_000),
        ("2 million", 2_000_000),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a couple", 2),
        ("no", 0),
        ("none", 0),
    ],
)
def test_numerals(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "dozens",
        "hundreds",
        "scores",
        "thousands",
        "several",
        "many",
        "tens of thousands",
        "a",
        "20-30",
        "2.5",
        "",
    ],
)
def test_vague_amounts_and_ranges_are_not_numbers(text):
    assert parse_number(text) is None


def test_ranges_keep_both_ends():
    assert parse_range("20-30") == (20, 30)
    assert parse_range("20 to 30") == (20, 30)
    assert parse_range("30-20") is None
    assert parse_range("F-16") is None


@given(st.integers(min_value=0, max_value=999_999_999))
def test_words_round_trip(n):
    assert parse_number(_words(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n
