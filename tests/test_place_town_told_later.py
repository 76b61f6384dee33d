"""An act the lead places only at its country takes the town a later sentence names for it, when
that sentence points back to the act by a definite noun of it ("the blast", "the roadside bomb").
Stories are composed for these tests."""

from __future__ import annotations

from reading import record

LEAD = (
    "THIS is the first picture of the brave soldier who was killed by a buried bomb while fighting the "
    "Taliban in Afghanistan. The Ministry of Defence has named the serviceman who died on Tuesday as "
    "Corporal Sam Reed, 29.\n\n"
    "The MoD has confirmed Corporal Reed's death and paid tribute to his courage. "
)
TAIL = " An American soldier died alongside him and three others were wounded in the blast, US reports said."


def _bombing_place(middle: str):
    rec = record(LEAD + middle + TAIL, "2024-05-10")
    return next(e for e in rec.events if e.killed == 1).where


def test_town_named_with_the_blast_later_places_the_act() -> None:
    place = _bombing_place("The blast that targeted the patrol took place close to Sangin.")
    assert place is not None and place.text == "Sangin" and place.admin1 == "Helmand"


def test_town_named_later_without_pointing_back_leaves_the_country() -> None:
    place = _bombing_place("His family said he had worked as an interpreter in Kabul before he enlisted.")
    assert place is not None and place.precision == "country" and place.country == "AFG"
