"""A state's protest through diplomats is no PROTEST demonstration.

New wire-style sentences (not from gold). The coding guide codes PROTEST for marches and riots and is
silent on diplomacy, so 'summoned the charge d'affaires in protest' makes no PROTEST event; a recall
of an ambassador stays the SANCTION it was; people protesting outside an embassy still protest.
"""

from __future__ import annotations

from reading import record


def _categories(text: str) -> list[str]:
    return [e.category for e in record(text, published="2024-06-12").events]


def test_summoning_an_envoy_in_protest_is_no_demonstration() -> None:
    text = (
        "ANKARA, June 12 - Turkey summoned the Danish charge d'affaires in protest on Tuesday over the "
        "desecration of a Koran in Copenhagen, the foreign ministry said."
    )
    assert "PROTEST" not in _categories(text)


def test_summoning_an_envoy_to_protest_or_lodging_a_protest_is_no_demonstration() -> None:
    for text in (
        "NEW DELHI, June 12 - India summoned Nepal's deputy ambassador on Tuesday to lodge a strong protest "
        "over the border incident, officials said.",
        "BAKU, June 12 - Azerbaijan's foreign ministry summoned the French ambassador to protest the "
        "senators' remarks, a statement said.",
        "MADRID, June 12 - Spain lodged a formal protest with Britain on Tuesday over the incident off "
        "Gibraltar, the foreign ministry said.",
    ):
        assert "PROTEST" not in _categories(text), text


def test_recalling_an_ambassador_in_protest_stays_a_sanction_only() -> None:
    text = (
        "RABAT, June 12 - Morocco recalled its ambassador to Sweden in protest on Tuesday, the foreign "
        "ministry said."
    )
    assert _categories(text) == ["SANCTION"]


def test_people_protesting_outside_an_embassy_still_protest() -> None:
    text = "AMMAN, June 12 - Hundreds of people protested outside the Israeli embassy in Amman on Tuesday."
    assert _categories(text) == ["PROTEST"]
