"""Paths: folders in sorted order, hidden entries passed over, stdin as "-", ids stable across containers."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from frontwire.ingest import Skipped, read_paths
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
STORY = "Gunmen attacked a checkpoint outside the city on Friday, killing three police officers.\n"


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    names = ("b.txt", "a.txt", "sub/z.txt", "sub/deeper/c.txt", "a_dir/m.txt", ".hidden.txt", ".git/x.txt")
    for rel in names:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(STORY.replace("three", rel))
    results = list(read_paths([tmp_path]))
    rels = [str(Path(r.source).relative_to(tmp_path)) for r in results]
    assert rels == ["a.txt", "b.txt", "a_dir/m.txt", "sub/z.txt", "sub/deeper/c.txt"]
    assert all(isinstance(r, Article) for r in results)
    # Named explicitly, a hidden file is read like any other.
    [hidden] = list(read_paths([tmp_path / ".hidden.txt"]))
    assert isinstance(hidden, Article)


def test_order_of_the_given_paths_is_kept(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(STORY)
    sources = [r.source for r in read_paths([FIXTURES / "plain_kabul.txt", tmp_path / "one.txt"])]
    assert sources == [str(FIXTURES / "plain_kabul.txt"), str(tmp_path / "one.txt")]


def test_stdin_is_read_for_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "wire_kramatorsk.md").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    [article] = list(read_paths(["-"]))
    assert isinstance(article, Article)
    assert article.source == "stdin"
    assert article.agency == "Reuters"
    [from_file] = list(read_paths([FIXTURES / "wire_kramatorsk.md"]))
    assert article.id == from_file.id


def test_stdin_over_the_cap_and_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode() * 40), encoding="utf-8"))
    [skipped] = list(read_paths(["-"], max_bytes=1024))
    assert skipped == Skipped("stdin", "input is over the 1 KB cap")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    assert list(read_paths(["-"])) == [Skipped("stdin", "empty file")]


def test_same_story_in_every_container_has_one_id(tmp_path: Path) -> None:
    import json
    import zipfile

    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "story.jsonl").write_text(json.dumps({"text": STORY, "title": "Checkpoint attack"}) + "\n")
    (tmp_path / "story.html").write_text(
        "<html><head><title>Checkpoint attack</title></head>"
        f"<body><article><p>{STORY}</p></article></body></html>"
    )
    with zipfile.ZipFile(tmp_path / "story.zip", "w") as zf:
        zf.writestr("inside.txt", STORY)
    results = list(read_paths([tmp_path]))
    assert len(results) == 4 and all(isinstance(r, Article) for r in results), results
    assert len({r.id for r in results}) == 1


def test_every_fixture_article_has_a_json_ready_header_and_metadata() -> None:
    import json

    articles = [r for r in read_paths([FIXTURES]) if isinstance(r, Article)]
    assert len(articles) == 11  # 3 JSONL lines, 2 + 2 feed entries, 1 page, 3 wire texts
    for article in articles:
        json.dumps(article.header())
        json.dumps(article.metadata)
        assert article.published is None or len(article.published) == 10
        assert article.body == article.body.strip() and "\n\n\n" not in article.body
