"""An act told as happening 'during a wave of strikes' beside it: the wave is another event.

New sentences composed for this rule (not copied from gold). "A drone hit a power station in Kharkiv on
Tuesday night during a wave of Russian strikes on Ukraine's power grid": the wave is its own event, and the
figures told next ("Nine workers were wounded") are the drone hit's. "killed during a raid" is one act.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str) -> Record:
    return process(Article.from_text(text, published="2024-03-13"))


def test_a_wave_of_strikes_an_act_happened_during_is_its_own_event() -> None:
    rec = _record(
        "KYIV, March 13 (Wire) - A Russian drone hit a power station in Kharkiv on Tuesday night during a "
        "wave of Russian strikes on Ukraine's power grid, the regional governor said. Nine workers were "
        "wounded, he said."
    )
    acts = [(e.mode, e.wounded) for e in rec.events if e.category == "ASSAULT"]
    assert len(acts) == 2
    assert acts[0][1] == 9 and acts[1][1] is None


def test_soldiers_killed_during_a_raid_is_one_act() -> None:
    rec = _record(
        "MOGADISHU, March 13 (Wire) - Two soldiers were killed during a raid on an al Shabaab camp near "
        "Jowhar on Tuesday, the army said."
    )
    assert len([e for e in rec.events if e.category == "ASSAULT"]) == 1
