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


def test_claims_an_owned_claim_to_an_act_names_its_doer_and_claimant():
    rec = process(
        Article.from_text(
            "In the eastern town of Bakhmut, Ukrainian troops were still fighting on Sunday, Ukraine's "
            "military said, despite Wagner's claim to have captured the town last week.",
            published="2023-05-21",
            language="en",
        )
    )
    seized = next(e for e in rec.events if e.mode == "seize")
    assert seized.actor is not None and "Wagner" in seized.actor.name
    assert [c.by for c in seized.claims] == ["Wagner"]


def test_claims_a_group_claiming_responsibility_is_the_doer_when_the_text_names_none():
    rec = process(
        Article.from_text(
            "A car bomb exploded outside a hotel in the Somali town of Beledweyne on Tuesday, killing "
            "nine people, police said.\n"
            "Al Shabaab claimed responsibility for the attack in a statement.",
            published="2022-08-30",
            language="en",
        )
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert attack.actor is not None and attack.actor.name == "Al Shabaab"
    assert ("Al Shabaab", "asserts") in [(c.by, c.stance) for c in attack.claims]


def test_claims_a_source_naming_the_rocket_and_its_launcher_beside_a_vow():
    rec = process(
        Article.from_text(
            "A rocket killed 12 children on a football pitch in the town of Kiryat Shmona on Saturday, "
            "officials said.\n"
            "The military said the rocket was an Iranian-made Falaq-1 launched by Hezbollah, and Prime "
            "Minister Naftali Bennett "
            'vowed that the group would "pay a heavy price".',
            published="2022-07-28",
            language="en",
        )
    )
    rocket = next(e for e in rec.events if e.category == "ASSAULT")
    vow = next(e for e in rec.events if e.category == "THREATEN")
    assert rocket.actor is not None and rocket.actor.name == "Hezbollah"
    assert "military" in [c.by for c in rocket.claims]
    assert vow.claims == []
