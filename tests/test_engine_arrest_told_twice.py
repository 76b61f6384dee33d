"""One arrest told twice: the lead's unnamed suspect and the body's named one.

New sentences composed for this rule (not copied from gold). Local crime copy leads with the person
unnamed ("A Springfield man is arrested after a stabbing") and names him in the next sentence; nothing
says a second person was held, so it is one arrest. Arrests on different days stay apart.
"""

from __future__ import annotations

from reading import record

PUBLISHED = "2024-09-14"


def test_an_arrest_led_unnamed_and_told_again_by_name_is_one_arrest() -> None:
    rec = record(
        "SPRINGFIELD, Ohio (WHIO) - A Springfield man is arrested after a stabbing outside a nightclub. "
        "Police say John Hale, 31, of Urbana, was arrested Friday morning at his home. The victim was taken "
        "to hospital with a stab wound to the back.",
        PUBLISHED,
    )
    arrests = [e for e in rec.events if e.mode == "arrest"]
    assert len(arrests) == 1, [(e.target and e.target.name, e.evidence[0].text[:50]) for e in arrests]


def test_two_people_arrested_on_different_days_stay_two_arrests() -> None:
    rec = record(
        "SPRINGFIELD, Ohio (WHIO) - Police arrested a man on Monday over a stabbing outside a nightclub. "
        "Officers arrested John Hale, 31, on Wednesday in connection with the same attack.",
        PUBLISHED,
    )
    assert len([e for e in rec.events if e.mode == "arrest"]) == 2
