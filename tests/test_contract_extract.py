"""Every record `frontwire extract` prints validates against the packaged schema, in both output forms,
and the seed article gives the Barda strike the contract's example describes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from frontwire import contract
from frontwire.cli import app

runner = CliRunner()
DEMO = Path(__file__).resolve().parents[1] / "src" / "frontwire" / "data" / "demo"


def _json_stream(text: str) -> list[dict[str, Any]]:
    """``--format json`` prints one indented object per article, one after another (jq style)."""
    decoder, objs, i = json.JSONDecoder(), [], 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return objs
        obj, i = decoder.raw_decode(text, i)
        objs.append(obj)


def test_extract_jsonl_records_validate(process: Any) -> None:
    paths = sorted((DEMO / "wire").glob("00[1-4]_*.txt"))
    assert paths
    res = runner.invoke(app, ["extract", "--format", "jsonl", *map(str, paths)])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == len(paths)
    for line in lines:
        contract.validate(json.loads(line))


def test_extract_json_on_the_seed_is_valid_and_finds_the_barda_strike(process: Any, seed_path: Path) -> None:
    res = runner.invoke(app, ["extract", "--format", "json", str(seed_path)])
    assert res.exit_code == 0, res.output
    (record,) = _json_stream(res.stdout)
    contract.validate(record)
    assert record["article"]["published"] == "2020-10-27"
    barda = [
        e
        for e in record["events"]
        if e["category"] == "ASSAULT" and e["where"] and "Barda" in (e["where"]["name"], e["where"]["admin1"])
    ]
    assert barda, [(e["category"], e["where"]) for e in record["events"]]
    assert any(
        e["when"] and e["when"]["date"] == "2020-10-27" and e["killed"] == 4 and e["wounded"] == 13
        for e in barda
    ), barda


def test_extract_lists_an_unreadable_input_and_exits_1(process: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = DEMO / "wire" / "003_ganja_missile_strike.txt"
    res = runner.invoke(app, ["extract", "--format", "jsonl", str(empty), str(good)])
    assert res.exit_code == 1
    assert "empty.txt" in res.stderr
    (line,) = res.stdout.splitlines()  # the good article still prints
    contract.validate(json.loads(line))
