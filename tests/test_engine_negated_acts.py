"""An act told as not done is no event: wire copy's 'No arrests have been made'.

New local-news and wire sentences (not from gold): no arrest event from 'No arrests have been made',
'No one has been arrested', 'Police have not made any arrests'; no claim from 'no group has claimed
responsibility'. A suspect arrested, a claim made, and an attack in which no one was hurt still count.
"""

from __future__ import annotations

import pytest

from reading import one_attack, record

_SHOOTING = (
    "MILWAUKEE, June 12 - A man was shot dead outside a convenience store late on Monday, police said. "
)


@pytest.mark.parametrize(
    "line",
    [
        "No arrests have been made.",
        "No one has been arrested in connection with the shooting.",
        "Police have not made any arrests.",
        "Nobody was detained, a police spokeswoman said.",
    ],
)
def test_a_negated_arrest_makes_no_arrest(line: str) -> None:
    rec = record(_SHOOTING + line, published="2024-06-12")
    assert [e.category for e in rec.events] == ["ASSAULT"]


def test_an_arrest_made_is_still_an_arrest() -> None:
    rec = record(_SHOOTING + "A 19-year-old suspect was arrested on Tuesday.", published="2024-06-12")
    assert sorted(e.category for e in rec.events) == ["ASSAULT", "COERCE"]


def test_no_group_claiming_responsibility_is_no_claim() -> None:
    rec = record(
        "PESHAWAR, June 12 - A roadside bomb killed three policemen in Bannu on Monday, officials said. No "
        "group has claimed responsibility for the attack.",
        published="2024-06-12",
    )
    attack = one_attack(rec)
    assert attack.actor is None
    assert [c.by for c in attack.claims] == ["officials"]


def test_an_attack_in_which_no_one_was_hurt_is_still_an_attack() -> None:
    rec = record(
        "PESHAWAR, June 12 - A bomb exploded outside a police station in Bannu on Monday, but no one was "
        "hurt, officials said.",
        published="2024-06-12",
    )
    assert one_attack(rec).killed in (None, 0)
