"""frontwire.dates over real news snippets (CASE 2021 Task 2 test set): robustness invariants.

Whatever ``find_dates`` finds in real wire copy must be a proper span, never a bare number, and
resolve against a dateline. Skipped when the shared evaluation data is absent.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from frontwire.dates import find_dates, resolve

CASE_TSV = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "data"
    / "case2021_task2"
    / "test_set_final_release_with_labels.tsv"
)


@pytest.fixture(scope="module")
def snippets() -> list[str]:
    if not CASE_TSV.exists():
        pytest.skip(f"CASE 2021 test set not present at {CASE_TSV}")
    with CASE_TSV.open(encoding="utf-8", newline="") as fh:
        return [row["EventSnippet"] for row in csv.DictReader(fh, delimiter="\t")]


def test_every_expression_found_in_real_news_resolves(snippets):
    anchor = dt.date(2020, 10, 27)
    found = 0
    for text in snippets:
        for start, end, surface in find_dates(text):
            found += 1
            assert text[start:end] == surface
            assert not re.fullmatch(r"[\d,.\s]+", surface), surface
            assert resolve(surface, anchor) is not None, surface
    # Wire copy dates nearly every event; far fewer finds would mean the grammar broke.
    assert found > 500


def test_titles_and_weather_are_not_dates_in_real_news(snippets):
    # "... USA Today reported" and "heavy overnight rain" occur in the set; neither is a date.
    texts = [t for t in snippets if "USA Today" in t or "overnight rain" in t]
    assert len(texts) >= 2, "the snippets this test relies on are gone from the data"
    for text in texts:
        surfaces = [s.lower() for *_, s in find_dates(text)]
        assert "today" not in surfaces
        assert "overnight" not in surfaces or "overnight rain" not in text
