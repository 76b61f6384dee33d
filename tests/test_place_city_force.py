"""A city's own force telling a local crime ("..., Milwaukee police said") places the act in that
city when the story names no other scene. Stories are composed for these tests."""

from __future__ import annotations

from reading import one_attack, record


def test_city_force_places_an_act_the_story_places_nowhere_else() -> None:
    text = (
        "A 19-year-old man was shot and killed late Saturday, Milwaukee police said.\n\n"
        "Officers found him in an alley shortly before midnight. No arrests have been made."
    )
    place = one_attack(record(text, "2024-06-02")).where
    assert place is not None and place.name == "Milwaukee"


def test_two_city_forces_place_nothing() -> None:
    text = (
        "A 19-year-old man was shot and killed late Saturday, Milwaukee police said.\n\n"
        "Officers found him in an alley shortly before midnight. Chicago police are helping to look for "
        "the gunman."
    )
    place = one_attack(record(text, "2024-06-02")).where
    assert place is None
