"""A framing phrase ('despite X's claim', 'after the talks') says nothing about what an act is aimed
at: "troops were still fighting rebels, despite the rebels' claim to have taken the town" is a clash,
while "attacked the claim" stays a metaphor. Sentences written for these tests."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _assaults(body: str, published: str = "2019-03-11"):
    rec = process(Article.from_text(body, published=published, language="en"))
    return [e for e in rec.events if e.category == "ASSAULT"]


def test_engine_reads_fighting_despite_a_claim_as_a_clash():
    events = _assaults(
        "In the eastern city of Bakhmut, Ukrainian troops were still fighting Wagner mercenaries on Sunday, "
        "Ukraine's military said, despite Wagner's claim to have captured the city last week."
    )
    assert [e.mode for e in events] == ["clash"]


def test_engine_still_reads_an_attacked_claim_as_a_metaphor():
    assert _assaults("The senator attacked the claim that the new budget would cut taxes for families.") == []
