"""JSON Lines: one article per line, bad lines skipped by line number, text round-trips unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwire.ingest import Skipped, read_bytes, read_paths
from frontwire.ingest._text import clean_text
from frontwire.model import Article, article_id, normalise_body

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_jsonl_fixture_reads_good_lines_and_names_bad_ones() -> None:
    path = FIXTURES / "articles.jsonl"
    results = list(read_paths([path]))
    assert [r.source for r in results] == [f"{path}#{n}" for n in range(1, 7)]
    first, second, bad_json, bad_type, no_text, third = results
    assert isinstance(first, Article)
    assert first.title == "Police Use Water Cannon on Protesters in Tbilisi"
    assert first.published == "2023-03-08"  # from "2023-03-08T21:40:00Z"
    assert first.outlet == "Radio Free Europe/Radio Liberty"  # from the URL's domain
    assert first.agency == "RFE/RL"
    assert first.body.endswith("The Interior Ministry said 66 people had been detained.")
    assert first.body.count("\n\n") == 1
    assert isinstance(second, Article)
    assert second.published == "2023-04-02"  # "April 2, 2023"
    assert second.language == "en"  # "en-US" reduced to ISO 639-1
    assert second.outlet == "Anadolu Agency"
    assert bad_json == Skipped(f"{path}#3", "line 3: invalid JSON (Expecting value at column 1)")
    assert bad_type == Skipped(f"{path}#4", "line 4: expected a JSON object, got list")
    assert no_text == Skipped(f"{path}#5", "line 5: 'text' must be a string (missing)")
    assert isinstance(third, Article)
    assert third.outlet == "Example Daily" and third.url is None
    assert third.metadata["extra_field"] == 7


def test_json_array_and_pretty_printed_object() -> None:
    records = [{"text": "Troops withdrew from the town overnight, the army said."}, {"text": " "}]
    results = list(read_bytes(json.dumps(records).encode(), source="batch.json", hint=".json"))
    assert isinstance(results[0], Article) and results[0].source == "batch.json#1"
    assert results[1] == Skipped("batch.json#2", "record 2: empty 'text'")
    pretty = json.dumps({"title": "Curfew", "text": "A curfew was declared in the capital."}, indent=2)
    [one] = list(read_bytes(pretty.encode(), source="one.json", hint="application/json"))
    assert isinstance(one, Article) and one.title == "Curfew"


def test_wrong_field_types_and_unparseable_dates() -> None:
    lines = [
        json.dumps({"text": "Two rockets hit the base.", "title": 5}),
        json.dumps({"text": "Two rockets hit the base.", "published": "sometime last spring"}),
    ]
    wrong, undated = list(read_bytes("\n".join(lines).encode(), source="x.jsonl", hint=".jsonl"))
    assert wrong == Skipped("x.jsonl#1", "line 1: 'title' must be a string, not int")
    assert isinstance(undated, Article)
    assert undated.published is None
    assert undated.metadata["published_raw"] == "sometime last spring"


def test_lone_surrogate_escapes_do_not_break_hashing() -> None:
    line = '{"text": "Shelling resumed \\ud800 at dawn.", "title": "Bad \\udfff title"}'
    [article] = list(read_bytes(line.encode(), source="s.jsonl", hint=".jsonl"))
    assert isinstance(article, Article)
    assert article.body == "Shelling resumed \ufffd at dawn."
    assert article.title == "Bad \ufffd title"


# Any text a producer could put in the field, except control characters (which the documented
# normalisation turns into spaces) and lone surrogates (turned into U+FFFD).
_TEXT = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
        st.sampled_from(["\n", "\t", "\r\n", "\r", " ", "\u00a0", "\u2028", "\n\n\n", "e\u0301"]),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, title=st.one_of(st.none(), st.text(max_size=40)))
def test_jsonl_text_round_trips(text: str, title: str | None) -> None:
    line = json.dumps({"text": text, "title": title, "url": "https://www.reuters.com/world/x"})
    [result] = list(read_bytes(line.encode("utf-8"), source="p.jsonl", hint=".jsonl"))
    if not text.strip():
        assert result == Skipped("p.jsonl#1", "line 1: empty 'text'")
        return
    assert isinstance(result, Article)
    # The body is the text under the documented normalisation, and nothing else...
    assert result.body == clean_text(text)
    # ...which only touches whitespace, so the identity of the text is the identity of the body.
    assert normalise_body(result.body) == normalise_body(text)
    assert result.id == article_id(text)
    # Normalising is idempotent: reading the body back in gives the same body.
    again = json.dumps({"text": result.body})
    [second] = list(read_bytes(again.encode("utf-8"), source="q.jsonl", hint=".jsonl"))
    assert isinstance(second, Article) and second.body == result.body
