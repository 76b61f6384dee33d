"""A statement about 'the attackers' is about the attack told before, even when an arrest was told
after it. Story written for this test."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def test_claims_about_the_attackers_go_to_the_attack_not_the_later_arrest():
    rec = process(
        Article.from_text(
            "Gunmen killed 22 people at a wedding in the village of Kalamon on Saturday, police said.\n"
            "Security forces said on Sunday they had arrested six suspects in the nearby town of Tabra.\n"
            "Interior Minister Ahmed Salem said the attackers had come from across the border.",
            published="2023-05-14",
            language="en",
        )
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    arrest = next(e for e in rec.events if e.mode == "arrest")
    assert any(c.by == "Ahmed Salem" for c in attack.claims)
    assert not any(c.by == "Ahmed Salem" for c in arrest.claims)
