"""No word of an armed group's name is a place, and a bare world-known city beats a foreign division.

Sentences written for these tests in wire style (not copied from gold): an army shelling "positions
of Boko Haram" with no place named (Haram is also a town in Norway), a group named like a region
("the Arakan Army"), and a strike "in Gaza" with no country named (Gaza is also a province of
Mozambique).
"""

from __future__ import annotations

from frontwire.geo import Geocoder, Mention
from reading import record


def test_a_word_of_an_armed_groups_name_places_nothing() -> None:
    rec = record("The army shelled positions of Boko Haram on Monday, killing 20 fighters, a spokesman said.")
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert attack.where is None or attack.where.country != "NOR"
    assert attack.actor is not None and attack.actor.country != "NOR"


def test_a_group_name_leaves_the_real_place_of_the_sentence() -> None:
    rec = record(
        "MAIDUGURI, Nigeria (Wire) - Troops shelled positions of Boko Haram near Bama on Monday, "
        "a military spokesman said."
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert attack.where is not None
    assert (attack.where.name, attack.where.country) == ("Bama", "NGA")


def test_a_bare_gaza_is_gaza_city_not_the_mozambican_province() -> None:
    rec = record("An air strike hit a hospital in Gaza on Tuesday, killing four people, medics said.")
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert attack.where is not None
    assert attack.where.country == "PSE"


def _resolve(body: str, *names: str) -> dict[str, str | None]:
    mentions = [Mention(n, body.index(n), body.index(n) + len(n), "GPE") for n in names]
    res = Geocoder.default().resolve_article(body, mentions)
    return {m.text: res[(m.start, m.end)].country for m in mentions if (m.start, m.end) in res}


def test_the_division_still_wins_in_a_story_about_its_country() -> None:
    found = _resolve("Floods hit Gaza province in southern Mozambique, officials said.", "Gaza", "Mozambique")
    assert found["Gaza"] == "MOZ"


def test_a_known_city_gains_nothing_over_a_bigger_division_of_its_name() -> None:
    # Victoria, Seychelles (a capital known in 53 languages) is smaller than Victoria, Australia:
    # the world-known-city rule must not lift it over the state
    found = _resolve("Bushfires burned across Victoria on Sunday.", "Victoria")
    assert found["Victoria"] != "SYC"
