"""A named military or border site is the scene of what happens at it: "withdrew from the X
crossing in Iraq's west" is at the crossing, "X, the largest army base in Y" at X. A base the text
puts in a named town is coded at the town, and a type of site ("a NATO base", "a police checkpoint")
is no name. Stories are composed for these tests (names the offline gazetteer does not hold)."""

from __future__ import annotations

from frontwire.model import Article


def _places(process, text: str) -> list[tuple[str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-06-02"))
    return [(e.where.name, e.where.country) if e.where else (None, None) for e in rec.events]


def test_place_a_definite_crossing_in_a_country_is_the_crossing(process) -> None:
    text = "Syrian government troops withdrew on Sunday from the Qarwash crossing in Syria's far east."
    assert _places(process, text) == [("Qarwash crossing", "SYR")]
    rec = process(Article.from_text(text, published="2024-06-02"))
    assert rec.events[0].where is not None and rec.events[0].where.text == "the Qarwash crossing"


def test_place_a_name_apposed_to_a_base_in_a_province_is_that_name(process) -> None:
    text = "All army units have withdrawn from Tel Zahiyah, the largest army base in Deir ez-Zor province."
    assert _places(process, text) == [("Tel Zahiyah", "SYR")]


def test_place_a_base_in_a_named_town_is_coded_at_the_town(process) -> None:
    text = "Houthi drones struck the Prince Fahd air base in Khamis Mushait on Saturday, the coalition said."
    assert [p for p in _places(process, text) if p != (None, None)] == [("Khamis Mushait", "SAU")]


def test_place_an_acronym_before_a_base_names_no_place(process) -> None:
    text = "Rockets hit the NATO base near Kandahar on Tuesday, wounding three soldiers."
    got = _places(process, text)
    assert len(got) == 1 and got[0][1] == "AFG" and (got[0][0] or "").startswith("Kandah")


def test_place_the_base_in_a_named_village_is_that_village(process) -> None:
    # "a military base in the eastern province of X" in the lead, "the base in Y" in the body: Y
    text = (
        "BOGOTA, May 2 (Reuters) - A car bomb attack on a military base in the eastern province of "
        "Guaviare killed three soldiers on Monday, the army said.\n\n"
        "The car blew up at the base in Tomachipan shortly before dawn, wounding 11 other soldiers."
    )
    assert _places(process, text) == [("Tomachipan", "COL")]


def test_place_a_sentence_opening_preposition_is_no_part_of_a_site_name(geocoder) -> None:
    body = "In Tel Zahiyah, the largest army base in Deir ez-Zor province, government troops withdrew."
    found = [m.text for m in geocoder.resolver.settlement_mentions(body, [])]
    assert "Tel Zahiyah" in found and not any(t.startswith("In ") for t in found)


def test_place_a_definite_site_name_is_a_mention_and_a_party_before_a_site_noun_is_not(geocoder) -> None:
    body = "Troops left the Qarwash crossing on Monday and shelled the NATO base and the Taliban checkpoint."
    found = [m.text for m in geocoder.resolver.settlement_mentions(body, [])]
    assert found == ["Qarwash"]


def test_place_a_force_or_unit_before_a_site_noun_names_no_site(geocoder) -> None:
    body = "Rockets hit the Special Forces base and the Marine outpost near the Bab al-Hawa crossing."
    found = [m.text for m in geocoder.resolver.settlement_mentions(body, [])]
    assert found == ["Bab al-Hawa"]


def test_place_the_al_aqsa_compound_is_the_scene_in_east_jerusalem(process) -> None:
    # a landmark news names by itself (supplement.tsv): the compound, Palestinian territory under
    # international law, not the Jerusalem municipality after it
    text = (
        "JERUSALEM (Reuters) - Israeli police fired stun grenades at worshippers inside the al-Aqsa mosque "
        "compound in Jerusalem on Wednesday, Palestinian medics said."
    )
    assert _places(process, text) == [("Al-Aqsa mosque compound", "PSE")]
