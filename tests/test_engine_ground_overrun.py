"""A base or a town overrun is ground taken (COERCE seize), and the side that held it lost it.

New sentences composed for these rules (not copied from gold). "had overrun the police garrison in
Kidal on Wednesday" is a seizure dated Wednesday; "tourists overran the beaches" is not. The holder a
seized place is named by ("the army garrison", "a rebel stronghold") is the side it was taken from.
A colour before a force word names a group ("the Blue Army" militia), not a state's army nor a town
called Blue.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str, published: str = "2024-10-11") -> Record:
    return process(Article.from_text(text, published=published))


def _seizures(rec: Record):
    return [e for e in rec.events if e.category == "COERCE" and e.mode == "seize"]


def test_fighters_overrunning_a_garrison_took_ground_that_day() -> None:
    rec = _record(
        "BAMAKO, Oct 11 (Wire) - Separatist fighters had overrun the army garrison in Kidal on Wednesday "
        "after two days of clashes, residents said."
    )
    seized = _seizures(rec)
    assert len(seized) == 1
    assert seized[0].when is not None and seized[0].when.date == "2024-10-09"
    assert seized[0].target is not None and seized[0].target.name.lower() == "army"


def test_tourists_overrunning_beaches_take_no_ground() -> None:
    rec = _record(
        "ATHENS, Oct 11 (Wire) - Tourists overran the beaches of the island on Wednesday as the heatwave "
        "eased, officials said."
    )
    assert _seizures(rec) == []


def test_a_colour_named_militia_is_no_state_army() -> None:
    rec = _record(
        "MALAKAL, South Sudan, Oct 11 (Wire) - The Blue Army, a youth militia, captured an army outpost "
        "near Malakal on Wednesday, local officials said."
    )
    seized = _seizures(rec)
    assert len(seized) == 1
    assert seized[0].actor is not None and seized[0].actor.country is None
