"""Damaged input of every format comes back as articles or skips, never as an exception or reader error.

Each case found by a longer fuzzing run (feedparser decode errors, control characters in markup, corrupt
zip directories) has its own test beside its reader; this property keeps the net in place.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwire.ingest import Skipped, read_bytes
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _samples() -> list[bytes]:
    files = [p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.is_file()]
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", files[0])
        zf.writestr("feed.xml", (FIXTURES / "feed_rss.xml").read_bytes())
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
        data = (FIXTURES / "page_kremenchuk.html").read_bytes()
        info = tarfile.TarInfo("page.html")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return files + [zbuf.getvalue(), tbuf.getvalue()]


SAMPLES = _samples()
HINTS = [None, ".txt", ".md", ".html", ".jsonl", ".xml", ".zip", ".tar.gz", ".gz", "text/html"]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(data)))
    if draw(st.booleans()):
        data = data[:cut]
    return bytes(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged(), hint=st.sampled_from(HINTS))
def test_damaged_input_is_read_or_skipped(data: bytes, hint: str | None) -> None:
    for result in read_bytes(data, source="fuzz", hint=hint):
        assert isinstance(result, Article | Skipped)
        if isinstance(result, Skipped):
            assert not result.reason.startswith("reader error"), result
        else:
            assert result.body.strip()
