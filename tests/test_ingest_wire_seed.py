"""The seed article (shared corpus) parses into the header and body the record contract shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwire.ingest import Skipped, read_paths
from frontwire.model import Article, normalise_body

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seed" / "000_80e2d282e9611327.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"shared seed corpus not found at {SEED}")


@pytest.fixture(scope="module")
def seed() -> Article:
    results = list(read_paths([SEED]))
    assert len(results) == 1
    article = results[0]
    assert isinstance(article, Article), article
    return article


def test_seed_header_fields(seed: Article) -> None:
    assert seed.title == "Azerbaijan Accuses Armenia of Deadly Missile Strike on Civilians"
    assert seed.agency == "AFP"
    assert seed.published == "2020-10-27"
    assert seed.outlet == "The Moscow Times"
    assert seed.url is not None and seed.url.endswith("-a71875")
    assert seed.url.startswith("https://www.themoscowtimes.com/2020/10/27/")
    assert seed.language == "en"
    assert seed.source == str(SEED)


def test_seed_body_starts_with_the_lead(seed: Article) -> None:
    assert seed.body.startswith("Azerbaijan accused Armenia")


def test_seed_broken_sentence_is_joined_in_one_paragraph(seed: Article) -> None:
    paragraphs = seed.body.split("\n\n")
    joined = [p for p in paragraphs if "unraveled within minutes on Monday" in p]
    assert len(joined) == 1
    assert joined[0].startswith("A U.S.-brokered ceasefire agreed at the weekend")
    assert joined[0].endswith("trading accusations of new attacks.")
    # No paragraph is a dangling fragment that starts in lower case.
    assert all(not p[0].islower() for p in paragraphs)


def test_seed_furniture_is_metadata_not_body(seed: Article) -> None:
    body = seed.body
    assert "Celestino Arce Lavin" not in body
    assert "had unraveled within minutes on Monday." not in body  # the caption's own sentence
    assert "Related article" not in body
    assert "Third Attempt at Nagorno-Karabakh Ceasefire" not in body
    assert "Original url" not in body
    assert "themoscowtimes.com" not in body
    assert "By AFP" not in body and "October 27, 2020" not in body
    assert "**" not in body and "](#)" not in body
    meta = seed.metadata
    assert meta["captions"] == [
        {
            "text": "A U.S.-brokered ceasefire agreed at the weekend had unraveled within minutes on Monday.",
            "credit": "Celestino Arce Lavin / ZUMA / TASS",
        }
    ]
    related = meta["related"][0]["title"]
    assert related == "Third Attempt at Nagorno-Karabakh Ceasefire Collapses Within Minutes"
    assert any("Original url" in line for line in meta["footer"])


def test_seed_subheadings_are_kept_out_of_the_body_and_point_at_their_paragraph(seed: Article) -> None:
    paragraphs = seed.body.split("\n\n")
    subs = {s["text"]: s["before_paragraph"] for s in seed.metadata["subheadings"]}
    assert set(subs) == {"'No military solution'", "Fresh frontline fighting"}
    assert paragraphs[subs["'No military solution'"]].startswith("Azerbaijan and Armenia have been locked")
    assert paragraphs[subs["Fresh frontline fighting"]].startswith("This year's fighting is the heaviest")
    assert "Fresh frontline fighting" not in seed.body


def test_seed_keeps_every_body_paragraph(seed: Article) -> None:
    body = seed.body
    assert body.rstrip().endswith("close to 5,000 people had been killed.")
    assert "Hikmet Hajiyev said Tuesday that Armenian forces had fired missiles" in body
    assert 'denied the claim as "an absolute lie and a dirty provocation."' in body
    assert len(body.split("\n\n")) == 21


def test_seed_read_twice_has_the_same_id(seed: Article, tmp_path: Path) -> None:
    again = next(read_paths([SEED]))
    assert isinstance(again, Article)
    assert again.id == seed.id
    # A reprint with other line endings and trailing blanks is the same article.
    reprint = tmp_path / "reprint.txt"
    reprint.write_bytes(SEED.read_bytes().replace(b"\n", b"  \r\n"))
    copy = next(read_paths([reprint]))
    assert not isinstance(copy, Skipped)
    assert copy.id == seed.id
    assert normalise_body(copy.body) == normalise_body(seed.body)
