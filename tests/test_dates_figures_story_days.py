"""Days of acts told around a count: an undated second strike, a raid counted back past a saying.

New wire-style sentences composed for these rules (not copied from gold). An undated act in the
story's thread happens on the day the story is telling (coding guide, Dates), also when its verb is
"struck" (no noun "the strike" pointing back); "on Tuesday, residents said, two days after soldiers
raided the village" counts the raid back from Tuesday, the saying between notwithstanding.
"""

from __future__ import annotations

from reading import record


def test_another_missile_that_struck_the_same_day_takes_the_storys_day() -> None:
    rec = record(
        "KYIV, April 10 (Wire) - Russian missiles hit Odesa on Tuesday, killing five people, among them a "
        "child, regional governor Oleh Kiper said. Another missile struck Kharkiv, killing two.",
        "2024-04-10",
    )
    days = [(e.killed, e.when.date if e.when else None) for e in rec.events if e.category == "ASSAULT"]
    assert days == [(5, "2024-04-09"), (2, "2024-04-09")]


def test_a_raid_two_days_before_a_dated_find_is_counted_back_past_the_saying() -> None:
    rec = record(
        "MOPTI, Mali, April 10 (Wire) - The bodies of 15 villagers were found in a mass grave near Mopti on "
        "Tuesday, residents said, two days after soldiers raided the village.",
        "2024-04-10",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.killed, e.when.date if e.when else None) for e in attacks] == [(15, "2024-04-07")]
