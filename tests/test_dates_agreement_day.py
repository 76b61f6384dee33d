"""A ceasefire is dated the day it was agreed (tests/gold/README.md, Ceasefires), not the day it took
effect or collapsed. New sentences composed for the rule (not copied from gold)."""

from __future__ import annotations

from frontwire.model import Article, Event
from frontwire.pipeline import process


def _truces(text: str, published: str) -> list[Event]:
    events = process(Article.from_text(text, published=published)).events
    return [e for e in events if e.category == "AGREE"]


def test_the_day_signed_not_the_day_it_took_effect() -> None:
    truces = _truces(
        "KHARTOUM (Reuters) - A ceasefire between the army and the paramilitary forces took hold on Sunday "
        "after weeks of fighting in the capital. The truce, brokered by Saudi Arabia, took effect at 6 a.m. "
        "after both sides signed it in Jeddah on Saturday evening.",
        "2024-05-12",
    )
    assert len(truces) == 1
    assert truces[0].when is not None and truces[0].when.date == "2024-05-11"


def test_only_the_day_it_took_hold_is_told() -> None:
    truces = _truces(
        "KHARTOUM (Reuters) - A ceasefire between the army and the paramilitary forces took hold on Sunday "
        "after weeks of fighting in the capital.",
        "2024-05-12",
    )
    assert len(truces) == 1 and truces[0].when is not None and truces[0].when.date == "2024-05-12"


def test_a_collapse_counts_back_to_the_day_agreed() -> None:
    truces = _truces(
        "KHARTOUM (Reuters) - A ceasefire between the army and the paramilitary forces collapsed on Sunday, "
        "two days after it was signed in Jeddah.",
        "2024-05-12",
    )
    assert len(truces) == 1
    assert truces[0].status == "collapsed"
    assert truces[0].when is not None and truces[0].when.date == "2024-05-10"


def test_a_weekend_narrowed_by_the_day_named_later() -> None:
    text = (
        "KHARTOUM (Reuters) - A Saudi-brokered truce agreed at the weekend collapsed within hours on Monday "
        "as both sides traded accusations. The U.S. envoy urged the two generals to respect the truce "
        "signed on Sunday."
    )
    truces = _truces(text, "2024-05-14")
    assert len(truces) == 1
    assert truces[0].when is not None and (truces[0].when.date, truces[0].when.end) == ("2024-05-12", None)


def test_a_weekend_stays_a_weekend_without_a_day_named() -> None:
    text = (
        "KHARTOUM (Reuters) - A Saudi-brokered truce agreed at the weekend collapsed within hours on Monday "
        "as both sides traded accusations."
    )
    truces = _truces(text, "2024-05-14")
    assert len(truces) == 1
    assert truces[0].when is not None and (truces[0].when.date, truces[0].when.end) == (
        "2024-05-11",
        "2024-05-12",
    )
