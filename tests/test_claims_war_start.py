"""The start of a war ('The war broke out in April 2023', 'The current fighting broke out on Oct. 10') is a
background event the reporter tells; what sources say after it (a vague toll of the war, ground taken
'since the fighting began') is said of the war, not of its start, so the start carries no claim. Every
story here was written for these tests.
"""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _record(text: str, published: str):
    return process(Article.from_text(text, published=published, language="en"))


def _start(rec, date: str):
    return next(e for e in rec.events if e.when is not None and e.when.date == date)


def test_claims_a_toll_of_the_war_is_no_claim_on_its_start():
    rec = _record(
        "An air strike killed 12 people at a market in the town of Omdurman on Monday, medics said.\n"
        "The war broke out in April 2023 between the army and the Rapid Support Forces.\n"
        "Thousands of people have been killed in the fighting, according to the United Nations.",
        "2024-06-04",
    )
    assert _start(rec, "2023-04-01").claims == []
    strike = next(e for e in rec.events if e.mode == "air strike")
    assert [(c.by, c.stance) for c in strike.claims] == [("medics", "asserts")]


def test_claims_gains_since_the_fighting_began_are_no_claim_on_its_start():
    rec = _record(
        "Shelling killed four civilians in the town of Vuhledar on Monday, regional officials said.\n"
        "The current fighting in the region broke out on Oct. 10.\n"
        "Russia has said its forces have taken several villages since the fighting began.",
        "2022-11-15",
    )
    assert _start(rec, "2022-10-10").claims == []
