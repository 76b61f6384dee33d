"""Local crime copy names the scene as the modifier of the act ("a Barren County shooting") and
tells where the hurt were treated ("flown to a hospital in Louisville"): the first is the act's
place, the second is not. Stories are composed for these tests."""

from __future__ import annotations

from reading import one_attack, record


def test_county_modifying_the_act_is_its_place() -> None:
    text = (
        "A Barren County shooting left a man dead and his brother wounded late Saturday, deputies said.\n\n"
        "Deputies found both men in the yard of a farmhouse. The wounded man was flown to a hospital in "
        "Louisville, where he was listed in stable condition."
    )
    place = one_attack(record(text, "2024-06-02")).where
    assert place is not None and place.name == "Barren" and place.admin1 == "Kentucky"


def test_hospital_the_wounded_were_taken_to_is_no_scene() -> None:
    text = (
        "A man was shot dead and another wounded at a farmhouse in Hart County late Saturday, deputies "
        "said.\n\n"
        "The wounded man was flown to a hospital in Louisville, where he was listed in stable condition."
    )
    place = one_attack(record(text, "2024-06-02")).where
    assert place is not None and place.name == "Hart"


def test_hospital_that_was_hit_is_the_scene() -> None:
    text = "An air strike hit a hospital in Kunduz on Saturday, killing 12 people, officials said."
    place = one_attack(record(text, "2024-06-02")).where
    assert place is not None and place.name == "Kunduz"
