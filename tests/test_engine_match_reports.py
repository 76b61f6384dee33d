"""A match report is full of war words ("bombarded the defence", "went to war for the fans") and has no
attack in it; a bomb outside a stadium that kills people is still one. Stories written for these tests."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _assaults(body: str) -> list:
    rec = process(Article.from_text(body, published="2022-04-11", language="en"))
    return [e for e in rec.events if e.category == "ASSAULT"]


def test_engine_reads_no_attack_in_a_match_report():
    assert (
        _assaults(
            "Real Madrid launched a furious assault on Chelsea's goal in extra time and reached the Champions "
            "League semi-final on Tuesday.\n"
            "Rodrygo struck late in normal time and Karim Benzema fired the winner as the home side bombarded "
            "a shell-shocked defence.\n"
            '"We fought like warriors tonight," the coach told reporters after the match.'
        )
        == []
    )


def test_engine_still_reads_a_deadly_bombing_at_a_stadium():
    events = _assaults(
        "A bomb exploded outside a football stadium in Mogadishu during a league match on Sunday, killing "
        "five fans, police said.\n"
        "The club said the final would be played behind closed doors and the coach asked fans to stay home."
    )
    assert [e.killed for e in events] == [5]
