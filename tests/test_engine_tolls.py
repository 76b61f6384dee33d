"""Aggregate tolls: one count with its wounded is one toll; a disaster's count is no war toll."""

from __future__ import annotations

from reading import record


def test_a_count_with_its_wounded_is_one_toll() -> None:
    text = (
        "KHARTOUM, April 16 (Reuters) - The Central Committee of Sudan Doctors said at least 56 "
        "civilians had been killed and 595 people wounded since the fighting began."
    )
    tolls = record(text, "2023-04-16").tolls
    assert [(t.killed, t.wounded, t.qualifier) for t in tolls] == [(56, 595, "at least")]


def test_a_disasters_toll_is_no_war_toll() -> None:
    text = "TOKYO (Reuters) - The death toll climbed to 66 on Friday after torrential rains and floods hit Japan."
    assert record(text, "2018-07-13").tolls == []


def test_a_killings_rank_in_a_year_is_a_toll_of_the_year_so_far() -> None:
    """'the third homicide of 2023 in Halifax' (a sentence written for this test): killed 3 since the
    year began, a period toll, not an event's count."""
    rec = record(
        "HALIFAX (Wire) - A man was stabbed to death outside a bar in Halifax on Saturday, police said. "
        "The killing is the third homicide of 2023 in Halifax, police said.",
        "2023-06-04",
    )
    assert [(t.killed, t.since) for t in rec.tolls] == [(3, "2023-01-01")]
    assert [e.killed for e in rec.events] == [1]


def test_a_killings_rank_in_a_long_past_year_is_no_running_toll() -> None:
    rec = record(
        "HALIFAX (Wire) - Police reopened the case of a man stabbed to death in 1998, the fourth homicide "
        "of 1998 in the city.",
        "2023-06-04",
    )
    assert [t for t in rec.tolls if t.killed == 4] == []
