"""A sentence that opens with its country ("In Iraq, ...") sets a frame, not the scene: the town it
names after that is where the act was; with no finer place, the country stays. Sentences written for
these tests."""

from __future__ import annotations

from reading import one_attack, record


def test_place_is_the_town_named_after_a_fronted_country():
    ev = one_attack(
        record(
            "U.S. jets struck militia sites overnight. In Iraq, the strikes hit positions of an armed group "
            "near the border town of al-Qaim, killing 16 people, an Iraqi government spokesman said.",
            "2024-02-03",
        )
    )
    assert ev.where is not None and ev.where.country == "IRQ" and ev.where.precision == "point"


def test_place_stays_the_fronted_country_when_no_finer_place_is_named():
    ev = one_attack(
        record(
            "In Syria, a car bomb exploded at an army checkpoint on Friday, killing four soldiers, state media "
            "said.",
            "2024-02-03",
        )
    )
    assert ev.where is not None and ev.where.name == "Syria"
