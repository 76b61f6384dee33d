"""A toll told for a whole war ("have been killed since the fighting began") is placed on the war's
land, not at the town of the latest strike the sentences before it name. Sentences are composed for
these tests."""

from __future__ import annotations

from frontwire.model import Article


def _places(process, text: str) -> list[tuple[str | None, str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-05-02"))
    return [
        (e.where.name, e.where.country, e.where.precision) if e.where else (None, None, None)
        for e in rec.events
    ]


def test_places_a_war_wide_toll_on_the_land_the_war_is_fought_over(process) -> None:
    text = (
        "ADDIS ABABA (Reuters) - An air strike hit a market in Mekelle on Tuesday, killing 64 people, in the "
        "deadliest attack since the war in Tigray began. Ethiopia says 500 civilians on its side have been "
        "killed since the fighting began on Nov. 4."
    )
    assert _places(process, text)[1] == ("Tigray", "ETH", "region")


def test_places_a_war_wide_toll_in_the_story_country_when_no_land_is_named(process) -> None:
    text = (
        "KHARTOUM (Reuters) - A drone struck a market in Omdurman on Monday, killing 12 people, medics said. "
        "The conflict between the army and the RSF, which erupted in April 2023, has killed tens of thousands "
        "of people."
    )
    assert _places(process, text) == [("Omdurman", "SDN", "point"), ("Sudan", "SDN", "country")]


def test_places_a_war_wide_toll_where_its_speaker_is(process) -> None:
    text = (
        "BEIRUT (Reuters) - An Israeli air strike hit a building in the southern city of Tyre on Tuesday, "
        "killing seven people, Lebanese officials said. Lebanon's health ministry says 2,100 people have "
        "been killed since the hostilities began in October."
    )
    assert _places(process, text) == [("Tyre", "LBN", "point"), ("Lebanon", "LBN", "country")]


def test_places_a_toll_of_one_attack_at_its_town_not_the_war_land(process) -> None:
    # no war-wide words: the second sentence tells more of the same strike
    text = (
        "ADDIS ABABA (Reuters) - An air strike hit a market in Mekelle on Tuesday, killing 64 people, in the "
        "deadliest attack since the war in Tigray began. The strike also wounded 180 people, doctors said."
    )
    assert _places(process, text)[0][:2] == ("Mek'ele", "ETH")
    assert all(p[0] != "Tigray" for p in _places(process, text))
