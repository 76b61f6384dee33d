"""A side's offensive told in the lead and then how it was waged is one event.

New sentences composed for this rule (not copied from gold). "at least 90 people had been killed in
Ethiopia's offensive" (dated only by its report), then "Ethiopia launched the operation on Monday,
pounding rebel positions with artillery and drones": the same side's strikes with no figures of their
own are the offensive, which takes their day. Another side's strikes stay apart.
"""

from __future__ import annotations

from reading import record


def test_the_sides_strikes_that_wage_its_offensive_are_the_offensive() -> None:
    rec = record(
        "YEREVAN, Armenia, Sept 21 (Wire) - Armenian officials said on Thursday that at least 90 people "
        "had been killed in Azerbaijan's offensive in the region. Azerbaijan launched what it called "
        '"counter-terrorist measures" on Tuesday, pounding Armenian positions with artillery and drones.',
        "2023-09-21",
    )
    attacks = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(e.mode, e.killed, e.when.date if e.when else None) for e in attacks] == [
        ("offensive", 90, "2023-09-19")
    ]
