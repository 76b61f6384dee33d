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
