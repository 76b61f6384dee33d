"""A junta is the state of the story; an insurgent group placed by a country is not that country's.

The sentences are written for these tests in the forms wire copy takes (not copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Event
from reading import wire_events


def _acts(text: str) -> list[Event]:
    return [e for e in wire_events(text) if e.category in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "NIAMEY, Oct 2 (Northgate) - Junta helicopters fired on a wedding party in the village of "
            "Tiguey in western Niger on Tuesday, killing nine guests, relatives said.",
            "NER",
        ),
        (
            "Junta jets bombed a school in the town of Mindat in Myanmar's Chin state on Friday, "
            "killing seven pupils, teachers said.",
            "MMR",
        ),
    ],
)
def test_junta_forces_are_the_state_where_they_act(text: str, country: str) -> None:
    acts = _acts(text)
    assert acts and acts[0].actor is not None, text
    assert acts[0].actor.country == country


@pytest.mark.parametrize(
    "text",
    [
        "An armed rebel group in Myanmar said on Tuesday it had captured the town of Kyaukme in "
        "northern Shan state after two weeks of fighting.",
        "A separatist militia in Cameroon said on Friday it had taken control of the town of Batibo "
        "in the North-West region.",
        "A jihadist group in Burkina Faso said on Sunday it had seized the town of Djibo after days of "
        "fighting.",
    ],
)
def test_an_insurgent_group_placed_by_a_country_has_no_side(text: str) -> None:
    acts = _acts(text)
    assert acts and acts[0].actor is not None, text
    assert acts[0].actor.country is None, acts[0].actor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a state word inside an armed group's name is not the state's army (parties.json armed_group_names)
        (
            "SITTWE, Myanmar, Jan 8 (Northgate) - The Arakan Army attacked a police post in Maungdaw "
            "township in Rakhine state on Monday, killing 12 officers, state media said.",
            None,
        ),
        (
            "YANGON, May 3 (Northgate) - The Myanmar National Democratic Alliance Army attacked an army "
            "base in Laukkai on Monday, killing 12 soldiers, state media said.",
            None,
        ),
        (
            "QUETTA, Pakistan, May 3 (Northgate) - The Baloch Liberation Army attacked a paramilitary "
            "camp in Turbat on Monday, killing five soldiers, the army said.",
            None,
        ),
        # state forces named without a country word (parties.json state_force_names)
        (
            "YANGON, May 3 (Northgate) - The Tatmadaw shelled the village of Kyaukme in Shan state on "
            "Monday, killing three people, residents said.",
            "MMR",
        ),
        (
            "BENI, Congo, May 3 (Northgate) - FARDC soldiers killed six civilians in the town of Oicha in "
            "North Kivu on Monday, residents said.",
            "COD",
        ),
    ],
)
def test_named_armed_groups_and_state_forces(text: str, country: str | None) -> None:
    acts = _acts(text)
    assert acts and acts[0].actor is not None, text
    assert acts[0].actor.country == country, acts[0].actor
