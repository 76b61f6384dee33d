"""Countries that stray words must not give a party: a minister's portfolio or a group's name read as
a town of the gazetteer, and an armed group named like an army read as the state's army.

The sentences are written for these tests in the forms wire copy takes (not copied from gold).
"""

from __future__ import annotations

import pytest

from frontwire.model import Event
from frontwire.nlp.claims import place_country
from reading import first_of, record


def _events(text: str) -> list[Event]:
    return record(text, "2024-05-02").events


def _one(text: str, category: str) -> Event:
    return first_of(_events(text), category, text)


# -- a portfolio before 'Minister' is no town ---------------------------------------------------


@pytest.mark.parametrize("portfolio", ["Petroleum", "Commerce", "Justice"])
def test_a_ministers_portfolio_gives_him_no_foreign_country(portfolio: str) -> None:
    ev = _one(
        f"JUBA, May 2 (Reuters) - Soldiers arrested {portfolio} Minister Gatwech Lam Duoth at his home "
        "in Juba on Wednesday, his spokesman said.",
        "COERCE",
    )
    assert ev.target is not None
    assert ev.target.name.startswith(f"{portfolio} Minister")
    assert ev.target.country == "SSD"


def test_a_district_counts_as_an_offices_place_only_under_its_own_name() -> None:
    # the gazetteer finds "Petroleum County" (Montana) for "Petroleum"; a county told by its own
    # name, and a region, still place an office
    assert place_country("Petroleum", min_population=5000, own_name=True) is None
    assert place_country("Borno", min_population=5000, own_name=True) == "NGA"


# -- an armed group named like an army is not the state's army ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "JUBA, May 2 (Reuters) - The White Army attacked an army garrison near the town of Nasir on "
        "Wednesday, killing 14 soldiers, a local official said.",
        "Fighters of the Arakan Army attacked a police post in Buthidaung township on Tuesday, killing "
        "five officers, residents said.",
    ],
)
def test_an_armed_group_named_like_an_army_has_no_country(text: str) -> None:
    ev = _one(text, "ASSAULT")
    assert ev.actor is not None
    assert "Army" in ev.actor.name
    assert ev.actor.country is None


def test_a_states_army_still_acts_for_the_state_it_is_in() -> None:
    ev = _one(
        "JUBA, May 2 (Reuters) - The army attacked a rebel camp near the town of Nasir on Wednesday, "
        "killing 14 fighters, a local official said.",
        "ASSAULT",
    )
    assert ev.actor is not None
    assert ev.actor.country == "SSD"


# -- a name ending in a full stop is still found as an office-holder's ---------------------------


def test_an_office_holder_named_with_jr_is_of_his_state() -> None:
    text = (
        "MANILA, May 2 (Reuters) - A bomb exploded at a market in the southern city of Cotabato on "
        "Wednesday, killing three people, police said. President Rodrigo Santos Jr. condemned the "
        'attack. "We will hunt down those responsible," Santos Jr. said.'
    )
    threats = [e for e in _events(text) if e.category == "THREATEN"]
    assert threats, text
    assert threats[0].actor is not None
    assert threats[0].actor.country == "PHL"


# -- a group allied to a known armed group is non-state too ---------------------------------------


def test_members_of_a_group_for_a_known_armed_group_take_no_country_from_the_place() -> None:
    ev = _one(
        "MANILA, May 2 (Reuters) - Soldiers killed six members of the pro-Islamic State group Ansar "
        "Khalifa Philippines near the town of Palimbang on Sunday, the army said.",
        "ASSAULT",
    )
    assert ev.target is not None
    assert ev.target.name.startswith("members of the pro-Islamic State group")
    assert ev.target.country is None
    assert ev.actor is not None
    assert ev.actor.country == "PHL"


# -- a demonym gives a later name its side only as that name's own title -------------------------


def test_a_demonym_before_a_verb_is_no_title_of_the_person_it_acts_on() -> None:
    # "Israeli troops arrested Ahmad Nasser": the troops are Israel's, the man they arrested is not
    ev = _one(
        "Israeli troops arrested Ahmad Nasser in a raid on the village of Beita near Nablus on Monday, "
        "Palestinian officials said.",
        "COERCE",
    )
    assert ev.actor is not None and ev.actor.country == "ISR"
    assert ev.target is not None and ev.target.name == "Ahmad Nasser"
    assert ev.target.country != "ISR"


def test_a_demonym_title_still_names_the_side_of_the_bare_surname_later() -> None:
    events = _events(
        "Ukrainian President Volodymyr Zelenskiy visited troops near Bakhmut on Monday. Zelenskiy "
        "vowed to punish those behind the shelling of a hospital in Kherson."
    )
    zelenskiy = [e.actor for e in events if e.actor is not None and e.actor.name == "Zelenskiy"]
    assert zelenskiy and zelenskiy[0].country == "UKR"


# -- a demonym with two letters swapped still names its state -----------------------------------


@pytest.mark.parametrize(
    ("text", "category", "role", "country"),
    [
        (
            "A Nigerain journalist and two activists were arrested this week, and some are still held "
            "at unknown locations.",
            "COERCE",
            "target",
            "NGA",
        ),
        (
            "A Russain drone struck a fuel depot overnight, the regional governor said.",
            "ASSAULT",
            "actor",
            "RUS",
        ),
    ],
)
def test_a_demonym_with_two_letters_swapped_names_its_state(
    text: str, category: str, role: str, country: str
) -> None:
    party = getattr(_one(text, category), role)
    assert party is not None and party.country == country


def test_no_ordinary_word_is_read_as_a_misspelt_demonym() -> None:
    from frontwire.nlp.parties import _misspelt_demonym

    for word in ("Between", "Morning", "Christian", "Sudanese", "Pakistani", "Nothing", "Against"):
        assert _misspelt_demonym(word) is None, word


def test_a_town_hit_takes_no_side_from_a_body_named_after_it() -> None:
    # "the Russian-installed administration in Kherson" is Russia's; the town shelled is Ukraine's
    events = _events(
        "Officials of the Russian-installed administration in Kherson said Ukrainian artillery shelled "
        "Kherson on Monday, killing two people."
    )
    (attack,) = [e for e in events if e.category == "ASSAULT"]
    assert attack.target is not None and attack.target.name == "Kherson"
    assert attack.target.country == "UKR"
