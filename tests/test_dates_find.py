"""frontwire.dates.find_dates: spans of temporal expressions in real news sentences.

Sentences are from the seed article, from wire copy in the CASE 2021 test set (paraphrased where
noted) and from everyday reporting; each false-positive case is a way news text really uses a month
or weekday name, or a number, without naming a date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwire.dates import find_dates

FOUND = [
    (
        "Azerbaijan accused Armenia of a missile attack that killed four civilians Tuesday, as Washington "
        "urged the two sides to abide by a ceasefire aimed at halting weeks of fighting.",
        ["Tuesday"],
    ),
    (
        "A U.S.-brokered ceasefire agreed at the weekend had unraveled within minutes on Monday.",
        ["at the weekend", "on Monday"],
    ),
    ("The current fighting broke out on Sept. 27.", ["on Sept. 27"]),
    (
        "Russian President Vladimir Putin saying last week that close to 5,000 people had been killed.",
        ["last week"],
    ),
    ("This year's fighting is the heaviest since a 1994 ceasefire.", ["This year"]),
    ("Russia shelled the city overnight, officials said.", ["overnight"]),
    ("Fighting has raged since late September.", ["since late September"]),
    ("They met on Monday night and again early on Sunday.", ["on Monday night", "early on Sunday"]),
    ("The attack came two days after the ceasefire took effect.", ["two days after"]),
    ("Clashes erupted Oct 27-28 near the border.", ["Oct 27-28"]),
    ("In March, protesters took part in a march on parliament.", ["In March"]),
    ("The Victory Day parade on May 9 was cancelled.", ["on May 9"]),
    ("A man was killed yesterday as villagers clashed.", ["yesterday"]),
    ("Gunmen opened fire on a bus on Thursday last week.", ["on Thursday last week"]),
    ("The war began in 2019 and escalated In May.", ["in 2019", "In May"]),
    (
        "Kawalu state TV said Thursday, February 2, 2016 that forces had retaken the town.",
        ["Thursday, February 2, 2016"],
    ),
    ("Six persons were killed Wednesday night and 23 others injured.", ["Wednesday night"]),
    ("Protests have continued since the end of March.", ["since the end of March"]),
    ("Arrests were made in five districts over the past 24 hours.", ["over the past 24 hours"]),
    ("Ten days earlier, a car bomb had hit the same market.", ["Ten days earlier"]),
    ("Assaults took place between June and December of 2015.", ["between June and December of 2015"]),
    ("Drones struck in the early hours of Sunday, the ministry said.", ["in the early hours of Sunday"]),
    ("Protesters rallied across Belarus on 26 March.", ["on 26 March"]),
    ("The offensive stalled over the summer and resumed last winter.", ["over the summer", "last winter"]),
    ("He was ambassador in Pyongyang from 2001-2006.", ["from 2001-2006"]),
    ("The victim was stabbed on 25 February last year.", ["on 25 February last year"]),
    ("Suicide bombers struck churches on Easter Sunday, killing 290.", ["on Easter Sunday"]),
    ("RAMALLAH, Dec 14 (Prensa Latina) Israeli forces raided the camp.", ["Dec 14"]),
]


@pytest.mark.parametrize(("text", "surfaces"), FOUND)
def test_finds_expressions_with_exact_spans(text, surfaces):
    found = find_dates(text)
    assert [s for _, _, s in found] == surfaces
    for start, end, surface in found:
        assert text[start:end] == surface


NOT_DATES = [
    "Putin may visit Baku before the talks.",  # modal verb
    "Thousands joined a protest march through Yerevan.",  # noun
    "The Sunday Times reported the strike.",  # newspaper
    "Relatives marked the anniversary of Bloody Sunday.",  # named historical day
    "The spill was first reported by USA Today.",  # newspaper
    "Theresa May said the letter had been signed by May.",  # surname
    "The fighting lasted for two weeks.",  # duration
    "After weeks of fighting, the two sides met.",  # duration
    "The wounded spent three days later recovering in hospital.",  # duration cue before the numeral
    "Troops arrived at 10 a.m. and left at 5 p.m.",  # times of day alone
    "The strike killed 27 people and wounded 13 others.",  # bare numbers
    "Authorities imposed an overnight curfew.",  # kind of curfew, not a night
    "Heavy overnight rain flooded the camps.",  # weather
    "Shops were busy with Christmas shopping.",  # a kind of shopping
    "Tensions like these just don't heal overnight.",  # idiom: quickly
    "The 1990s war left 30,000 people dead.",  # decade, figures
    "The brigade's 2019 deployment ended badly.",  # a year as an adjective, no preposition
    "The Arab Spring reached Syria.",  # a name
    "Rebels launched a spring offensive after the fall of Kabul.",  # a kind of offensive; an event
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_positives(text):
    assert find_dates(text) == []


def test_spans_are_ordered_and_disjoint_on_the_seed_article(seed_text):
    found = find_dates(seed_text)
    assert len(found) >= 10
    for (_, e1, _), (s2, _, _) in zip(found, found[1:], strict=False):
        assert e1 <= s2
    assert all(seed_text[s:e] == t for s, e, t in found)


def test_longest_match_wins():
    # "Tuesday" alone, "Oct. 27" alone and the day-date compound all match; the compound is kept.
    assert [s for *_, s in find_dates("It happened on Tuesday, Oct. 27, 2020, at dawn.")] == [
        "on Tuesday, Oct. 27, 2020"
    ]


SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seed" / "000_80e2d282e9611327.txt"


@pytest.fixture(scope="module")
def seed_text():
    path = SEED
    if not path.exists():
        pytest.skip(f"seed article not present at {path}")
    return path.read_text(encoding="utf-8")
