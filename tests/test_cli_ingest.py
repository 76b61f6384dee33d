"""`frontwire ingest` on real files: bad inputs are listed with their reason while the good ones are
stored, the exit code says whether anything was skipped, and ingesting again changes nothing."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.store import open_store

runner = CliRunner()
DEMO = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "demo"

# Three short wire articles from the demo corpus: enough for batches of 2 to split, quick to extract.
GOOD = [
    "003_ganja_missile_strike.txt",
    "005_vinnytsia_missile_strike.txt",
    "009_dahyan_school_bus_strike.txt",
]


def run(*args: str) -> Any:
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        src = DEMO / "wire" / name
        if not src.is_file():
            pytest.skip(f"demo article {src} is missing")
        shutil.copy(src, folder / name)
    return folder


def test_a_bad_file_among_good_ones_is_listed_and_the_rest_stored(
    process: Any, good_folder: Path, tmp_path: Path, dump: Any
) -> None:
    (good_folder / "empty.txt").write_bytes(b"")
    (good_folder / "photo.txt").write_bytes(bytes(range(256)) * 64)  # binary under a text name
    big = good_folder / "huge.txt"
    big.write_text("Shelling continued overnight. " * 4000)  # ~120 kB, over the cap given below
    (good_folder / "broken.rss").write_text("<rss><channel><item><title>Shelling in")  # malformed feed
    with zipfile.ZipFile(good_folder / "bundle.zip", "w") as zf:  # a member that would escape the folder
        zf.writestr("../../escape.txt", (DEMO / "wire" / GOOD[0]).read_text(encoding="utf-8"))
    db = str(tmp_path / "x.db")
    res = run("ingest", "--db", db, "--batch-size", "2", "--max-bytes", "50000", str(good_folder))
    assert res.exit_code == 1, res.output
    out = " ".join(res.stdout.split())
    for bad in ("empty.txt", "photo.txt", "huge.txt", "broken.rss", "bundle.zip!../../escape.txt"):
        assert bad in out, f"{bad} not listed: {out}"
    assert "skipped" in out
    with open_store(db) as store:
        stored = {Path(r.article.source or "").name for r in store.iter_records()}
        assert stored == set(GOOD)
        before = dump(store)
    # the same folder again: every good article is a duplicate, the bad ones are listed again
    res = run("ingest", "--db", db, "--batch-size", "2", "--max-bytes", "50000", str(good_folder))
    assert res.exit_code == 1
    with open_store(db) as store:
        assert dump(store) == before
        last = store.runs()[-1]
        assert (last["new"], last["duplicate"], last["skipped"]) == (0, len(GOOD), 5)
    assert not (tmp_path / "escape.txt").exists() and not (good_folder.parent.parent / "escape.txt").exists()


def test_a_clean_folder_exits_0_and_a_rerun_is_all_duplicates(
    process: Any, good_folder: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "x.db")
    first = run("ingest", "--db", db, str(good_folder))
    assert first.exit_code == 0, first.output
    again = run("ingest", "--db", db, str(good_folder))
    assert again.exit_code == 0, again.output
    with open_store(db) as store:
        runs = store.runs()
    assert [(r["new"], r["duplicate"]) for r in runs] == [(len(GOOD), 0), (0, len(GOOD))]
    assert runs[0]["events"] > 0


def test_a_database_in_a_missing_folder_is_refused_before_reading(good_folder: Path, tmp_path: Path) -> None:
    res = run("ingest", "--db", str(tmp_path / "no" / "x.db"), str(good_folder))
    assert res.exit_code == 2
    assert "does not exist" in res.stderr
