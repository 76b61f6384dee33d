"""Bad input is skipped with a clear reason, and reading goes on to the next file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from frontwire.ingest import DEFAULT_MAX_BYTES, Skipped, read_bytes, read_paths
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
GOOD = "Shelling damaged a school in Donetsk on Monday, local officials said, and no one was hurt.\n"


def _by_source(results: list) -> dict[str, Article | Skipped]:
    return {r.source: r for r in results}


def test_each_bad_file_is_skipped_with_its_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    files = {
        "a_empty.txt": b"",
        "b_blank.txt": b"   \n\n\t  \n",
        "c_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "d_good.txt": GOOD.encode(),
        "e_image.png": b"\x89PNG\r\n\x1a\n",
        "f_random.dat": bytes((i * 7919 + 13) % 255 + 1 for i in range(3000)),
        "g_good.md": ("Strike on Market\n\nBy AP\n\n" + GOOD).encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "zz_missing.txt"
    results = list(read_paths([tmp_path, missing]))
    by = _by_source(results)
    assert [Path(r.source).name for r in results] == sorted(files) + ["zz_missing.txt"]
    assert by[str(tmp_path / "a_empty.txt")] == Skipped(str(tmp_path / "a_empty.txt"), "empty file")
    assert by[str(tmp_path / "b_blank.txt")].reason == "empty file"
    assert by[str(tmp_path / "c_binary.txt")].reason == "binary file (NUL bytes)"
    assert by[str(tmp_path / "e_image.png")].reason == "unsupported file type (.png)"
    assert by[str(tmp_path / "f_random.dat")].reason.startswith(("undecodable text", "binary file"))
    assert by[str(missing)] == Skipped(str(missing), "no such file or directory")
    good = [r for r in results if isinstance(r, Article)]
    assert [Path(a.source).name for a in good] == ["d_good.txt", "g_good.md"]
    assert good[0].id == good[1].id  # same body, other header: the same article


def test_missing_path_given_directly() -> None:
    assert list(read_paths(["/no/such/dir/story.txt"])) == [
        Skipped("/no/such/dir/story.txt", "no such file or directory")
    ]


def test_oversized_sparse_file_is_refused_from_its_size_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    (tmp_path / "next.txt").write_text(GOOD)
    start = time.perf_counter()
    results = list(read_paths([big, tmp_path / "next.txt"]))
    elapsed = time.perf_counter() - start
    assert results[0] == Skipped(str(big), "file is 200.0 MB, over the 20 MB cap")
    assert isinstance(results[1], Article)
    assert elapsed < 2.0  # reading 200 MB of zeros would take far longer than a stat


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(GOOD * 20)
    assert isinstance(next(read_paths([story])), Article)
    skipped = next(read_paths([story], max_bytes=1024))
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "file is 1.8 KB, over the 1 KB cap"
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_non_positive_cap_is_a_caller_error() -> None:
    with pytest.raises(ValueError, match="max_bytes must be positive"):
        read_paths([], max_bytes=0)


def test_invalid_utf8_falls_back_to_charset_detection() -> None:
    text = (
        "Le ministère de la Défense a déclaré que l'attaque avait fait trois blessés à Kherson, "
        "où les secours étaient à pied d'oeuvre toute la nuit."
    )
    [article] = list(read_bytes(text.encode("cp1252"), source="latin.txt", hint=".txt"))
    assert isinstance(article, Article)
    assert article.body == text
    assert article.language == "fr"
    assert article.metadata["encoding"] in ("cp1252", "latin_1", "iso8859_15")


def test_undecodable_bytes_are_skipped() -> None:
    data = bytes(range(1, 256)) * 40
    [skipped] = list(read_bytes(data, source="soup.txt", hint=".txt"))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith(("undecodable text (invalid UTF-8 at byte 127", "binary file"))


def test_utf16_with_byte_order_mark_is_text_not_binary() -> None:
    text = "Zwei Menschen wurden bei dem Angriff auf Charkiw getötet, teilte der Gouverneur mit."
    [article] = list(read_bytes(text.encode("utf-16"), source="de.txt", hint=None))
    assert isinstance(article, Article)
    assert article.body == text
    assert article.language == "de"


def test_malformed_html_does_not_crash() -> None:
    results = list(read_paths([FIXTURES / "malformed.html"]))
    assert len(results) == 1
    # Either way is fine for a broken page; what matters is a result, not an exception.
    assert isinstance(results[0], Article | Skipped)


def test_html_with_no_main_text_is_skipped() -> None:
    page = b"<html><head><title>x</title><script>var a = 1;</script></head><body><nav>Home</nav></body>"
    [skipped] = list(read_bytes(page, source="nav.html", hint="text/html"))
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "HTML page has no main text (only 1 words outside the boilerplate)"


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "story.data").write_bytes(GOOD.encode())
    (tmp_path / "page.bin2").write_bytes((FIXTURES / "page_kremenchuk.html").read_bytes())
    (tmp_path / "records.out").write_bytes((FIXTURES / "articles.jsonl").read_bytes())
    (tmp_path / "rss.feed").write_bytes((FIXTURES / "feed_rss.xml").read_bytes())
    results = list(read_paths([tmp_path]))
    kinds = {
        Path(r.source.split("#")[0]).name: r.metadata.get("format", "text")
        for r in results
        if isinstance(r, Article)
    }
    assert kinds == {"story.data": "text", "page.bin2": "html", "records.out": "jsonl", "rss.feed": "feed"}


def test_special_files_and_dangling_links_are_skipped_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block forever
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "never-existed.txt")
    assert list(read_paths([fifo, dangling])) == [
        Skipped(str(fifo), "not a regular file"),
        Skipped(str(dangling), "no such file or directory"),
    ]
