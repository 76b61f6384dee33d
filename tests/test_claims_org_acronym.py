"""An organisation's acronym near a claimant is no place: 'in reply to questions from CNN, a police official
said' has no country from a village the gazetteer spells 'CNN'. Sentences written for this test."""

from __future__ import annotations

import pytest

from frontwire.nlp.claims import attributions
from frontwire.nlp.engine import _nlp


@pytest.mark.parametrize(
    "text",
    [
        "In reply to questions from CNN about the toll, a police official who asked not to be named told "
        "CNN that 12 people had died.",
        "A security official speaking to AFP on condition of anonymity said the convoy had been hit.",
    ],
)
def test_a_media_acronym_gives_the_claimant_no_country(text: str) -> None:
    (attribution,) = attributions(_nlp()(text)[:])
    assert attribution.country is None
