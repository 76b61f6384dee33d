"""Ceasefire timelines read from the sentences of hand-built AGREE events: agreed, took effect, brokers,
parties, proposals, another truce told inside a report, a quick collapse, the attacks after it."""

from __future__ import annotations

from frontwire.incidents.ceasefire import timelines
from frontwire.incidents.link import link
from frontwire.model import Event, Evidence, Party, Place, When


def _header(aid: str, published: str) -> dict:
    return {"id": aid, "url": None, "outlet": "Wire", "agency": None, "published": published, "title": None}


def _truce(eid: str, day: str, *sentences: str, status: str | None = None, **kw: object) -> Event:
    at, evidence = 0, []
    for s in sentences:
        evidence.append(Evidence(span=(at, at + len(s)), text=s))
        at += len(s) + 1
    return Event(
        id=eid,
        category="AGREE",
        mode="ceasefire",
        status=status,
        when=When(date=day),
        evidence=evidence,
        **kw,
    )  # type: ignore[arg-type]


def _attack(eid: str, day: str, text: str, country: str = "AZE", mode: str = "missile") -> Event:
    return Event(
        id=eid,
        category="ASSAULT",
        mode=mode,
        actor=Party(name="Armenian forces", country="ARM"),
        target=Party(name="civilians", country=country, civilian=True),
        when=When(date=day),
        where=Place(name="Barda", country=country, lat=40.37, lon=47.13, precision="point"),
        killed=4,
        evidence=[Evidence(span=(0, len(text)), text=text)],
    )


def test_a_collapse_within_minutes_dates_the_start_and_the_attacks_follow() -> None:
    seed = _truce(
        "c1",
        "2020-10-24",
        "A U.S.-brokered ceasefire agreed at the weekend unraveled within minutes on Monday.",
        status="collapsed",
    )
    strike = _attack("e1", "2020-10-27", "In violation of the ceasefire, missiles hit a village in Barda.")
    before = _attack("e2", "2020-10-20", "Shelling hit Barda.")
    pairs = [
        (_header("a1", "2020-10-27"), seed),
        (_header("a1", "2020-10-27"), strike),
        (_header("a2", "2020-10-20"), before),
    ]
    (tl,) = timelines(link(pairs))
    assert tl.brokers == ["U.S."]
    assert (tl.agreed.date, tl.agreed.end) == ("2020-10-24", "2020-10-25")  # type: ignore[union-attr]
    assert (
        tl.collapse is not None and tl.collapse.lag == "within minutes" and tl.collapse.date == "2020-10-26"
    )
    assert tl.effective is not None and tl.effective.inferred and tl.start == "2020-10-26"
    assert tl.status == "collapsed"
    assert set(tl.parties) == {"Armenia", "Azerbaijan"} and tl.parties_from_reports
    assert [(v.incident.date_start, v.reported, v.days_after) for v in tl.violations] == [
        ("2020-10-27", True, 1)
    ]


def test_stated_effect_time_brokers_and_parties() -> None:
    gaza = _truce(
        "c1",
        "2021-05-21",
        "A ceasefire between Israel and Hamas took hold on Friday after 11 days of fighting.",
        "The truce, brokered by Egypt, took effect at 2 a.m. after the cabinet voted on Thursday night.",
    )
    (tl,) = timelines(link([(_header("g1", "2021-05-21"), gaza)]))
    assert tl.parties == ["Israel", "Hamas"] and not tl.parties_from_reports
    assert tl.brokers == ["Egypt"]
    assert tl.effective is not None and (tl.effective.date, tl.effective.time) == ("2021-05-21", "2 a.m.")
    assert not tl.effective.inferred and tl.status == "in effect" and tl.violations == []


def test_midnight_start_is_the_day_after_the_agreement() -> None:
    truce = _truce(
        "c1",
        "2020-10-17",
        "Late on Saturday, both countries said they had agreed to a humanitarian ceasefire starting at midnight.",
    )
    (tl,) = timelines(link([(_header("k1", "2020-10-17"), truce)]))
    assert tl.effective is not None and (tl.effective.date, tl.effective.time) == ("2020-10-18", "midnight")


def test_an_earlier_truce_told_in_the_report_is_its_own_timeline() -> None:
    truce = _truce(
        "c1",
        "2020-10-17",
        "Late on Saturday, both countries said they had agreed to a humanitarian ceasefire starting at midnight.",
        "A first truce, brokered by Russia in Moscow on Oct. 10, collapsed within hours.",
    )
    ganja = _attack("e1", "2020-10-11", "A missile hit Ganja.")
    after = _attack("e2", "2020-10-19", "A missile hit Barda.")
    pairs = [
        (_header("k1", "2020-10-17"), truce),
        (_header("k1", "2020-10-17"), after),
        (_header("g1", "2020-10-11"), ganja),
    ]
    first, second = timelines(link(pairs))
    assert (first.agreed.date, first.brokers, first.status) == ("2020-10-10", ["Russia"], "collapsed")  # type: ignore[union-attr]
    assert first.collapse is not None and first.collapse.lag == "within hours"
    assert second.brokers == [] and second.collapse is None
    # each attack belongs to the truce in force when it happened, not to both
    assert [v.incident.date_start for v in first.violations] == ["2020-10-11"]
    assert [v.incident.date_start for v in second.violations] == ["2020-10-19"]
    assert second.status == "violated"


def test_a_truce_only_urged_is_a_proposal_with_no_violations() -> None:
    urged = _truce("c1", "2022-03-29", "Erdogan opened the session, urging both sides to agree a ceasefire.")
    strike = _attack("e1", "2022-03-30", "A missile hit the city.", country="UKR")
    pairs = [(_header("u1", "2022-03-29"), urged), (_header("u1", "2022-03-29"), strike)]
    (tl,) = timelines(link(pairs))
    assert tl.status == "proposed" and tl.agreed is None and tl.violations == []


def test_an_agreement_that_names_a_ceasefire_is_one_and_attacks_elsewhere_are_not_its_violations() -> None:
    deal = Event(
        id="c1",
        category="AGREE",
        mode="agreement",
        actor=Party(name="Yemen's government", country="YEM"),
        when=When(date="2018-12-13"),
        evidence=[
            Evidence(
                span=(0, 90),
                text="Yemen's government and the Houthi movement agreed on Thursday "
                "to a ceasefire in the port city of Hodeidah.",
            )
        ],
    )
    elsewhere = _attack("e1", "2018-12-14", "A missile hit Barda.")
    (tl,) = timelines(link([(_header("y1", "2018-12-13"), deal), (_header("b1", "2018-12-14"), elsewhere)]))
    assert tl.parties == ["Yemen's government", "Houthi movement"]
    assert tl.countries == ["YEM"] and tl.violations == []
