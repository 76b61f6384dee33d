"""Apologies for violence or abuse, in the sports and local news where they are told -- while a match
report's apologies for a poor performance, a broadcaster's for a presenter's remarks and a governing
body's disciplinary charges stay no events.

An apology is CONCEDE (ontology: apologise, admit, release). Sport words around it ('club', 'fans',
'goalkeeper') must not hide it as they hide a match report's 'shots' and 'battles'.

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
        "LONDON - The striker scored twice as United beat City 3-1 on Saturday. The manager apologised to "
        "fans for the poor first-half performance.",
        "LONDON - The broadcaster apologised for the offensive remarks made by the presenter on the show.",
        "LONDON - The airline apologised for the delays at the airport on Friday.",
        "LONDON - The FA charged the midfielder with improper conduct for his comments about the referee.",
        "LONDON - The league charged the club with breaching its financial rules on Monday.",
        "NYON - UEFA has charged Celtic after fans set off flares and threw objects onto the pitch during "
        "Tuesday's match.",
    ],
)
def test_apologies_for_no_violence_and_disciplinary_charges_are_no_events(text: str) -> None:
    assert _categories(text) == set()
