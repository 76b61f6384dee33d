"""A denial told only as a quote ("'We have nothing to do with this,' a spokesman said") is a denial of
the attack told before, and the opening quotation mark belongs to the quote, not to the sentence before
it. Story written for this test."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.nlp.engine import split_sentences
from frontwire.pipeline import process

BODY = (
    "A car bomb killed nine soldiers at a checkpoint in the town of Kidal on Monday, Mali's army said.\n"
    'The army blamed separatist rebels. "We have nothing to do with this attack," rebel spokesman '
    "Mohamed Elmaouloud Ramadane said."
)


def test_sentences_keep_the_opening_quote_with_the_quote():
    texts = [s.text for s in split_sentences(BODY)]
    assert texts[1] == "The army blamed separatist rebels."
    assert texts[2].startswith('"We have nothing')


def test_claims_read_a_quoted_denial_as_a_denial_of_the_attack():
    rec = process(Article.from_text(BODY, published="2023-09-12", language="en"))
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert ("Mohamed Elmaouloud Ramadane", "denies") in [(c.by, c.stance) for c in attack.claims]


def test_claims_read_a_denial_beside_a_condemnation_of_the_told_attack():
    rec = process(
        Article.from_text(
            "A suicide bomber killed 30 people at a political rally in the town of Khar on Sunday, police "
            "said.\n"
            "The Pakistani Taliban, which often attacks security forces, condemned the bombing and denied "
            "any role in it.",
            published="2023-07-31",
            language="en",
        )
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert any(c.stance == "denies" and c.by and "Taliban" in c.by for c in attack.claims)
