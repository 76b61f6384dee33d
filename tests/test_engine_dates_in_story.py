"""Undated sentences inside a story: acts take the story's day, statements take the report's.

Gold convention (tests/gold/README.md): an act told in the thread of a dated event happened that
day; a reaction reported as the day's news is coded on the dateline.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process

STORY = (
    "MANILA, May 24 (Reuters) - Militants linked to Islamic State attacked government troops in the "
    "southern city of Marawi on Tuesday afternoon, killing three soldiers, the army said.\n\n"
    "Residents said the militants torched a cathedral and a college, and took a priest hostage.\n\n"
    "President Rodrigo Duterte urged residents to stay calm."
)


def _record(text: str = STORY, published: str = "2017-05-24") -> Record:
    return process(Article.from_text(text, published=published))


def test_an_undated_act_in_the_thread_takes_the_storys_day() -> None:
    events = _record().events
    later = [e for e in events if e.evidence and e.evidence[0].text.startswith("Residents said")]
    assert later, [e.evidence[0].text for e in events]
    assert later[0].when is not None and later[0].when.date == "2017-05-23"
    assert later[0].when.text is None  # inferred, not stated


def test_an_undated_statement_takes_the_report_day() -> None:
    events = _record().events
    appeal = [e for e in events if e.category == "REQUEST"]
    assert appeal and appeal[0].when is not None and appeal[0].when.date == "2017-05-24"


def test_a_since_phrase_dates_the_war_not_the_attack() -> None:
    text = (
        "BARDA, Azerbaijan (Reuters) - Rockets slammed into the town of Barda on Wednesday, killing "
        "21 civilians, officials said, in the deadliest attack since fighting erupted a month ago."
    )
    events = _record(text, "2020-10-28").events
    assault = [e for e in events if e.category == "ASSAULT"]
    assert assault and assault[0].when is not None and assault[0].when.date == "2020-10-28"


def test_overnight_is_the_night_into_the_day_the_statement_names() -> None:
    text = (
        "OUAGADOUGOU (Reuters) - Gunmen killed at least 132 civilians in an overnight raid on a "
        "village in northern Burkina Faso, the government said on Saturday."
    )
    events = _record(text, "2021-06-06").events  # a Sunday paper
    assault = [e for e in events if e.category == "ASSAULT"]
    assert assault and assault[0].when is not None
    assert (assault[0].when.date, assault[0].when.end) == ("2021-06-04", "2021-06-05")


def test_the_attackers_struck_tells_more_of_the_attack_just_reported() -> None:
    text = (
        "OUAGADOUGOU (Reuters) - Gunmen killed at least 132 civilians in an overnight raid on a "
        "village in northern Burkina Faso, the government said on Saturday.\n\n"
        "The attackers struck late on Friday, first targeting a post of a civilian militia, a "
        "spokesman said."
    )
    events = _record(text, "2021-06-06").events
    assert len([e for e in events if e.category == "ASSAULT"]) == 1


def test_a_day_of_what_came_after_does_not_date_the_killing() -> None:
    text = (
        "BEIRUT, Oct 15 (Reuters) - Gunmen opened fire on a protest in Beirut on Thursday, killing six "
        "people, the army said.\n\n"
        "Lebanon held a day of mourning on Friday after six people were killed and 32 wounded."
    )
    events = _record(text, "2021-10-15").events
    assault = [e for e in events if e.category == "ASSAULT"]
    assert assault and all(e.when is not None and e.when.date == "2021-10-14" for e in assault)
