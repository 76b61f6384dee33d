"""The source named at the end of a wire sentence ("..., aid group X said on Saturday") reports the
whole sentence, and a descriptor before an organisation ("rights group", "charity") is its role, not
part of its name. Stories written for these tests."""

from __future__ import annotations

from frontwire.model import Article
from frontwire.pipeline import process


def _attack_claims(body: str, published: str):
    rec = process(Article.from_text(body, published=published, language="en"))
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert len(attacks) == 1
    return attacks[0].claims


def test_claims_a_closing_source_reports_a_sentence_the_parser_split():
    claims = _attack_claims(
        "An air strike on a market in the town of Tal Rifaat killed at least 12 people and wounded 40 "
        "others, rights group Amnesty International said on Monday.",
        published="2019-12-02",
    )
    assert [(c.by, c.role, c.stance) for c in claims] == [
        ("Amnesty International", "rights group", "asserts")
    ]


def test_claims_keep_the_charity_name_whole_and_its_descriptor_as_role():
    claims = _attack_claims(
        "Shelling hit a school in the village of Kafr Nabl on Tuesday, killing four children, charity "
        "Save the Children said.",
        published="2019-06-12",
    )
    assert [(c.by, c.role) for c in claims] == [("Save the Children", "charity")]


def test_claims_a_body_described_in_the_lead_is_the_one_named_next():
    claims = _attack_claims(
        "Paramilitaries killed 40 villagers in an attack on the village of Um Adara on Tuesday, a rights "
        "group said.\n"
        "The Darfur Bar Association said the attackers burned homes and looted the market.",
        published="2024-06-12",
    )
    assert [c.by for c in claims] == ["Darfur Bar Association"]


def test_claims_a_monitor_described_in_the_lead_is_the_observatory_named_in_a_toll_sentence():
    rec = process(
        Article.from_text(
            "Rebels swept into the town of Saraqeb on Friday after a three-day offensive, a war monitor "
            "said.\n"
            "The Syrian Observatory for Human Rights said more than 100 people had been killed in the "
            "fighting since Wednesday.",
            published="2024-11-30",
            language="en",
        )
    )
    names = {c.by for e in rec.events for c in e.claims}
    assert "Syrian Observatory for Human Rights" in names
    assert "war monitor" not in names
