"""A claimant takes one stance on an event: a spokesman who denies a strike and then says "our forces do
not hit homes" denies it (his second sentence asserts nothing); an army that admits the killing but
says the dead were fighters disputes it. Stories written for these tests."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _claims(body: str, published: str) -> list[tuple[str | None, str]]:
    rec = process(Article.from_text(body, published=published, language="en"))
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 1
    return sorted((c.by, c.stance) for c in attacks[0].claims)


def test_claims_a_denier_quoted_again_still_only_denies():
    claims = _claims(
        "A missile hit a hospital in the city of Kharkiv on Sunday, killing three people, the regional "
        "governor Oleh Synehubov said.\n"
        "Defence ministry spokesman Igor Konashenkov denied that Russian forces had struck the hospital. "
        '"Our forces do not strike civilian buildings," he said.',
        published="2022-05-16",
    )
    assert ("Igor Konashenkov", "denies") in claims
    assert not any(by and "Konashenkov" in by and stance == "asserts" for by, stance in claims)


def test_claims_an_army_that_recasts_the_dead_as_fighters_disputes():
    claims = _claims(
        "Soldiers killed 40 men in the village of Sabane in central Burkina Faso on Sunday, residents "
        "said.\n"
        "The army denied that civilians had been killed and said those killed were jihadist fighters.",
        published="2023-04-25",
    )
    assert ("army", "disputes") in claims or any(
        stance == "disputes" and by and "army" in by for by, stance in claims
    )
    assert ("residents", "asserts") in claims


def test_engine_reads_an_announced_fight_as_no_clash():
    rec = process(
        Article.from_text(
            '"We are going to fight this bill line by line," the opposition leader told reporters on '
            "Tuesday as parliament opened its budget debate.",
            published="2023-03-07",
            language="en",
        )
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []


def test_claims_a_side_saying_its_forces_hit_military_targets_disputes():
    claims = _claims(
        "Two guided bombs struck a hardware store in the city of Kharkiv on Saturday, killing 12 people, "
        "the regional governor said.\n"
        "Russia's defence ministry said its forces had struck military targets in the region.",
        published="2024-05-26",
    )
    assert ("Russia's defence ministry", "disputes") in claims


def test_claims_a_force_saying_it_attacked_army_camps_and_denying_civilian_harm_disputes():
    claims = _claims(
        "Paramilitaries killed 60 people in an attack on the village of Kober on Monday, activists said.\n"
        "The paramilitary group said in a statement that its forces had attacked two army camps near the "
        "village, and denied targeting civilians.",
        published="2024-06-11",
    )
    assert any(stance == "disputes" for _by, stance in claims)
    assert ("activists", "asserts") in claims


def test_claims_a_disputed_account_with_its_own_figures_is_the_told_strike():
    claims = _claims(
        "An air strike on a school sheltering displaced families in Khan Younis killed more than 40 people "
        "on Tuesday, the civil defence agency said.\n"
        "The military said it had struck a command centre inside the school and killed 12 militants, and "
        "said the figures issued by the authorities were exaggerated.",
        published="2024-07-16",
    )
    assert ("military", "disputes") in claims or any(
        stance == "disputes" and by and "military" in by for by, stance in claims
    )


def test_claims_the_conservative_count_stands_when_a_disputer_gives_its_own():
    rec = process(
        Article.from_text(
            "An air strike on a school sheltering displaced families in Khan Younis killed more than 40 "
            "people on Tuesday, the civil defence agency said.\n"
            "The military said it had struck a command centre inside the school and killed 12 militants, "
            "and said the figures issued by the authorities were exaggerated.",
            published="2024-07-16",
            language="en",
        )
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [e.killed for e in attacks] == [12]
