"""A wire dateline whose dash was lost to a bad encoding ('BEIRUT (AP) \ufffd A spokesman says') is
still a dateline: the agency is read from it and the claimant is the spokesman, not 'BEIRUT (AP)'."""

from __future__ import annotations

from frontwire.ingest._meta import dateline_agency
from frontwire.model import Article
from frontwire.pipeline import process

TEXT = (
    "BEIRUT (AP) \ufffd A Kurdish militia spokesman says Turkey has shelled a town in northeastern Syria "
    "on Tuesday."
)


def test_the_agency_is_read_from_a_dateline_with_a_lost_dash() -> None:
    assert dateline_agency(TEXT) == "AP"


def test_the_claimant_after_a_dateline_with_a_lost_dash_is_the_speaker() -> None:
    record = process(Article.from_text(TEXT, published="2018-01-23"))
    (attack,) = [e for e in record.events if e.category == "ASSAULT"]
    assert [c.by for c in attack.claims] == ["Kurdish militia spokesman"]
