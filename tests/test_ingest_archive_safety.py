"""Zip and tar archives: members read in order, hostile names and decompression bombs skipped."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

from frontwire.ingest import Skipped, read_bytes, read_paths
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
STORY = (
    "Suspected Islamist fighters attacked an army post near the border with Mali on Sunday, killing "
    "at least 12 soldiers, the defence ministry said.\n"
)


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def _tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def test_zip_members_of_every_format_are_read_in_archive_order(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "batch.zip",
        {
            "wires/kramatorsk.md": (FIXTURES / "wire_kramatorsk.md").read_bytes(),
            "pages/kremenchuk.html": (FIXTURES / "page_kremenchuk.html").read_bytes(),
            "feeds/atom.xml": (FIXTURES / "feed_atom.xml").read_bytes(),
            "plain.txt": STORY.encode(),
        },
    )
    results = list(read_paths([archive]))
    sources = [r.source for r in results]
    assert sources == [
        f"{archive}!wires/kramatorsk.md",
        f"{archive}!pages/kremenchuk.html",
        f"{archive}!feeds/atom.xml#1",
        f"{archive}!feeds/atom.xml#2",
        f"{archive}!plain.txt",
    ]
    assert all(isinstance(r, Article) for r in results)
    assert results[1].outlet == "Kyiv Post"
    assert results[2].agency == "AFP"


def test_tar_gz_and_tgz_are_read(tmp_path: Path) -> None:
    for name in ("batch.tar.gz", "batch.tgz"):
        archive = _tar(
            tmp_path / name,
            {"a/plain.txt": STORY.encode(), "b/records.jsonl": (FIXTURES / "articles.jsonl").read_bytes()},
        )
        results = list(read_paths([archive]))
        assert results[0].source == f"{archive}!a/plain.txt"
        assert isinstance(results[0], Article)
        articles = [r for r in results if isinstance(r, Article)]
        assert len(articles) == 4  # the story + three good JSONL lines
        reason = "line 3: invalid JSON (Expecting value at column 1)"
        assert Skipped(f"{archive}!b/records.jsonl#3", reason) in results


def test_path_traversal_names_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "evil.zip",
        {
            "../escape.txt": STORY.encode(),
            "/etc/cron.d/x.txt": STORY.encode(),
            "ok/../../up.txt": STORY.encode(),
            "C:\\win.txt": STORY.encode(),
            "fine.txt": STORY.encode(),
        },
    )
    results = list(read_paths([archive]))
    reason = "unsafe path in archive (absolute or '..': path traversal)"
    assert results[:4] == [
        Skipped(f"{archive}!../escape.txt", reason),
        Skipped(f"{archive}!/etc/cron.d/x.txt", reason),
        Skipped(f"{archive}!ok/../../up.txt", reason),
        Skipped(f"{archive}!C:\\win.txt", reason),
    ]
    assert isinstance(results[4], Article) and results[4].source == f"{archive}!fine.txt"


def test_tar_traversal_and_links_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "evil.tar"
    with tarfile.open(path, "w") as tf:
        for name in ("../../escape.txt", "/abs.txt", "good.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(STORY)
            tf.addfile(info, io.BytesIO(STORY.encode()))
        link = tarfile.TarInfo("passwd.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    results = list(read_paths([path]))
    assert [type(r).__name__ for r in results] == ["Skipped", "Skipped", "Article", "Skipped"]
    assert results[0].reason.startswith("unsafe path in archive")
    assert results[3] == Skipped(f"{path}!passwd.txt", "link or special file in archive, not followed")


def test_zip_bomb_member_over_the_cap_is_skipped_without_inflating_it(tmp_path: Path) -> None:
    zeros = b"0" * (3 * 1024 * 1024)
    archive = _zip(tmp_path / "bomb.zip", {"zeros.txt": zeros, "story.txt": STORY.encode()})
    assert archive.stat().st_size < 64 * 1024  # a tiny file that claims megabytes
    results = list(read_paths([archive], max_bytes=1024 * 1024))
    assert results[0] == Skipped(f"{archive}!zeros.txt", "member is 3.0 MB uncompressed, over the 1 MB cap")
    assert isinstance(results[1], Article)


def test_archive_total_uncompressed_size_is_capped(tmp_path: Path) -> None:
    # Each member fits the per-file cap, but together they exceed ARCHIVE_FACTOR (10) x max_bytes.
    members = {f"m{i:02d}.txt": (STORY * 9).encode()[:900] for i in range(15)}
    archive = _zip(tmp_path / "many.zip", members)
    results = list(read_paths([archive], max_bytes=1000))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == 11  # 11 x 900 bytes fit in 10 x 1000; the 12th does not
    assert results[-1] == Skipped(
        str(archive), "archive bomb guard: uncompressed total over 9.8 KB, rest of the archive skipped"
    )


def test_tar_bomb_is_capped_on_the_total(tmp_path: Path) -> None:
    archive = _tar(tmp_path / "bomb.tar.gz", {f"z{i}.txt": b" " * 4000 for i in range(5)})
    results = list(read_paths([archive], max_bytes=1000))
    assert results[0] == Skipped(f"{archive}!z0.txt", "member is 3.9 KB, over the 1000 bytes cap")
    assert results[-1].reason.startswith("archive bomb guard")


def test_nested_zip_is_read_and_names_the_whole_path(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deep.txt", STORY)
    outer = _zip(tmp_path / "outer.zip", {"inner.zip": inner.getvalue()})
    [article] = list(read_paths([outer]))
    assert isinstance(article, Article)
    assert article.source == f"{outer}!inner.zip!deep.txt"


def test_corrupt_archives_are_skipped(tmp_path: Path) -> None:
    fake_zip = tmp_path / "fake.zip"
    fake_zip.write_bytes(b"PK\x03\x04" + b"garbage" * 50)
    not_zip = tmp_path / "plain.zip"
    not_zip.write_text(STORY)
    cut = tmp_path / "cut.tar.gz"
    _tar(cut, {"a.txt": STORY.encode() * 50})
    cut.write_bytes(cut.read_bytes()[:60])
    results = list(read_paths([fake_zip, not_zip, cut]))
    assert all(isinstance(r, Skipped) for r in results), results
    assert results[0].reason.startswith("not a valid zip archive")
    assert results[1].reason == "not a valid zip archive (no archive signature)"
    assert "tar archive" in results[2].reason or "corrupt" in results[2].reason


def test_single_gzip_file_and_uploaded_archive_bytes(tmp_path: Path) -> None:
    gz = tmp_path / "story.txt.gz"
    gz.write_bytes(gzip.compress(STORY.encode()))
    [from_gz] = list(read_paths([gz]))
    assert isinstance(from_gz, Article)
    assert from_gz.body == STORY.strip()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("up.txt", STORY)
    [uploaded] = list(read_bytes(buf.getvalue(), source="upload", hint="application/zip"))
    assert isinstance(uploaded, Article)
    assert uploaded.source == "upload!up.txt"
    assert uploaded.id == from_gz.id
