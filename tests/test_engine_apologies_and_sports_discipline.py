"""Apologies for violence or abuse, and a club charged by its sport's governing body over its fans'
or players' violence, in the sports and local news where they are told -- while a match report's
apologies for a poor performance and a broadcaster's for a presenter's remarks stay no events.

An apology is CONCEDE (ontology: apologise, admit, release); a governing body's disciplinary charge
against a club is a SANCTION by that body. Sport words around them ('club', 'fans', 'goalkeeper')
must not hide them as they hide a match report's 'shots' and 'battles'.

New sentences composed for these rules (not copied from gold).
"""

from __future__ import annotations

import pytest

from reading import record

PUBLISHED = "2024-03-12"


def _categories(text: str) -> set[str]:
    return {e.category for e in record(text, PUBLISHED).events}


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - The club apologised after a section of its fans chanted racist abuse at the visiting goalkeeper.",
        "GLASGOW - Police were called to the ground after fans threw coins and a flare at the away players. "
        "The club apologised to the visiting team for the behaviour of its supporters.",
        "CAIRO - The interior minister apologised on Tuesday for the violence used by police against the "
        "marchers.",
    ],
)
def test_an_apology_for_violence_or_abuse_is_a_concession(text: str) -> None:
    assert "CONCEDE" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "MANCHESTER - Fans threw bottles at police outside the ground after the match. The Football "
        "Association has charged Millwall with failing to ensure its supporters behaved in an orderly fashion.",
        "NYON - UEFA has charged Celtic after fans set off flares and threw objects onto the pitch during "
        "Tuesday's match.",
        "LONDON - The Premier League side was charged by the FA with failing to control its players after a "
        "mass brawl in the second half.",
    ],
)
def test_a_governing_body_charging_a_club_over_violence_is_a_sanction(text: str) -> None:
    assert "SANCTION" in _categories(text)


def test_the_governing_body_is_the_doer_and_the_club_the_target() -> None:
    rec = record(
        "NYON - UEFA has charged Celtic after fans set off flares and threw objects onto the pitch during "
        "Tuesday's match.",
        PUBLISHED,
    )
    charge = next(e for e in rec.events if e.category == "SANCTION")
    assert charge.actor is not None and charge.actor.name == "UEFA"
    assert charge.target is not None and charge.target.name == "Celtic"


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - The striker scored twice as United beat City 3-1 on Saturday. The manager apologised to "
        "fans for the poor first-half performance.",
        "LONDON - The broadcaster apologised for the offensive remarks made by the presenter on the show.",
        "LONDON - The airline apologised for the delays at the airport on Friday.",
        "LONDON - The FA charged the midfielder with improper conduct for his comments about the referee.",
        "LONDON - The league charged the club with breaching its financial rules on Monday.",
    ],
)
def test_apologies_and_charges_about_no_violence_are_no_events(text: str) -> None:
    assert _categories(text) == set()
