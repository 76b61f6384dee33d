"""Incident linking on hand-built events: order independence, vetoes, reprints, UCDP-style figures."""

from __future__ import annotations

import itertools
import random

from frontwire.incidents.link import independent_count, link, members_of
from frontwire.model import Claim, Event, Evidence, Party, Place, When

BARDA = (40.3744, 47.1266)
MARTUNI = (39.7947, 47.1149)  # about 65 km south: same day, different strike


def _article(aid: str, outlet: str, published: str = "2020-10-27", agency: str | None = None) -> dict:
    return {
        "id": aid,
        "url": f"https://{outlet.lower().replace(' ', '')}.example/{aid}",
        "outlet": outlet,
        "agency": agency,
        "published": published,
        "title": None,
        "language": "en",
    }


def _event(
    eid: str,
    *,
    where: tuple[float, float],
    name: str,
    text: str,
    killed: int | None = None,
    wounded: int | None = None,
    actor: str | None = "ARM",
    target: str | None = "AZE",
    day: str = "2020-10-27",
    claims: list[Claim] | None = None,
    weapons: list[str] | None = None,
    precision: str = "point",
) -> Event:
    return Event(
        id=eid,
        category="ASSAULT",
        mode="missile",
        actor=Party(name=f"{actor} forces", country=actor) if actor else None,
        target=Party(name="civilians", country=target, civilian=True) if target else None,
        when=When(date=day),
        where=Place(name=name, country="AZE", lat=where[0], lon=where[1], precision=precision),
        killed=killed,
        wounded=wounded,
        weapons=weapons or ["missile"],
        claims=claims or [],
        evidence=[Evidence(span=(0, len(text)), text=text)],
    )


AFP = "Armenian forces fired missiles on a village in the Barda region, killing four civilians"


def _barda_reports() -> list[tuple[dict, Event]]:
    haj = Claim(by="Hikmet Hajiyev", stance="asserts", country="AZE")
    den = Claim(by="Shushan Stepanyan", stance="denies", country="ARM")
    return [
        (
            _article("a1", "Moscow Times", agency="AFP"),
            _event("e1", where=BARDA, name="Barda", killed=4, wounded=13, claims=[haj, den], text=AFP + "."),
        ),
        (
            _article("a2", "France 24", agency="AFP"),
            _event("e1", where=BARDA, name="Barda", killed=4, wounded=13, claims=[haj], text=AFP),
        ),
        (
            _article("a3", "Azernews", "2020-10-28"),
            _event(
                "e1",
                where=(40.38, 47.12),
                name="Barda district",
                killed=5,
                wounded=13,
                claims=[haj],
                text="The death toll from the Armenian missile strike on Barda rose to five.",
            ),
        ),
        (
            _article("a4", "Asbarez"),
            _event(
                "e1",
                where=MARTUNI,
                name="Martuni",
                actor="AZE",
                target=None,
                wounded=3,
                text="Azerbaijani forces fired rockets with cluster munitions into a village in Martuni.",
            ),
        ),
    ]


def _key(incidents: list) -> list:
    return [(i.id, tuple(i.members), i.killed, i.wounded, i.independent_sources) for i in incidents]


def test_any_input_order_gives_identical_incidents() -> None:
    pairs = _barda_reports()
    expected = _key(link(pairs))
    rng = random.Random(7)
    for perm in itertools.islice(itertools.permutations(pairs), 24):
        assert _key(link(list(perm))) == expected
    shuffled = pairs * 2  # re-ingesting the same reports changes nothing
    rng.shuffle(shuffled)
    assert _key(link(shuffled)) == expected


def test_nearby_but_different_same_day_strike_stays_apart() -> None:
    incidents = link(_barda_reports())
    assert len(incidents) == 2
    sizes = sorted(len(i.members) for i in incidents)
    assert sizes == [1, 3]
    martuni = next(i for i in incidents if len(i.members) == 1)
    assert martuni.place["name"] == "Martuni"


def test_two_points_beyond_the_veto_distance_never_link_even_with_same_text() -> None:
    text = "A shell hit a house in the town, killing two people."
    far = (BARDA[0] + 0.3, BARDA[1])  # ~33 km north
    pairs = [
        (_article("x1", "Outlet A"), _event("e1", where=BARDA, name="Barda", killed=2, text=text)),
        (_article("x2", "Outlet B"), _event("e1", where=far, name="Yevlakh", killed=2, text=text)),
    ]
    assert len(link(pairs)) == 2


def test_a_reprint_counts_once_in_independent_sources() -> None:
    incident = next(i for i in link(_barda_reports()) if len(i.members) == 3)
    assert len(incident.sources) == 3
    # a1 and a2 are the same AFP story in two outlets; a3 is Azernews' own report
    assert incident.independent_sources == 2
    assert independent_count(members_of(_barda_reports()[:1])) == 1


def test_best_low_high_never_sum_and_later_figures_supersede() -> None:
    incident = next(i for i in link(_barda_reports()) if len(i.members) == 3)
    # Hajiyev said 4 on the 27th and 5 on the 28th: 5 stands, 4 is superseded but remains the low.
    assert (incident.killed.low, incident.killed.best, incident.killed.high) == (4, 5, 5)
    assert (incident.wounded.low, incident.wounded.best, incident.wounded.high) == (13, 13, 13)
    assert sum(f.superseded for f in incident.figures) == 2


def test_best_is_the_most_conservative_standing_figure_across_claimants() -> None:
    a = Claim(by="Regional governor", stance="asserts")
    b = Claim(by="Rescue service", stance="asserts")
    text = "A missile hit the railway station in the city."
    pairs = [
        (_article("k1", "A"), _event("e1", where=BARDA, name="Barda", killed=30, claims=[a], text=text)),
        (_article("k2", "B"), _event("e1", where=BARDA, name="Barda", killed=52, claims=[b], text=text)),
    ]
    (incident,) = link(pairs)
    assert (incident.killed.low, incident.killed.best, incident.killed.high) == (30, 30, 52)


def test_contested_when_one_party_asserts_and_another_denies() -> None:
    incidents = link(_barda_reports())
    barda = next(i for i in incidents if len(i.members) == 3)
    assert barda.contested
    assert {c.by for c in barda.claims if c.stance == "denies"} == {"Shushan Stepanyan"}
    assert not next(i for i in incidents if len(i.members) == 1).contested


def test_events_of_one_article_are_never_linked_directly() -> None:
    text = "Shelling hit the town."
    header = _article("s1", "Outlet A")
    pairs = [
        (header, _event("e1", where=BARDA, name="Barda", text=text)),
        (header, _event("e2", where=BARDA, name="Barda", text=text)),
    ]
    assert len(link(pairs)) == 2


def test_an_update_of_the_toll_supersedes_lower_figures_from_anyone() -> None:
    police = Claim(by="police", stance="asserts")
    minister = Claim(by="information minister", stance="asserts")
    pairs = [
        (
            _article("m1", "A", "2017-10-14"),
            _event(
                "e1",
                where=BARDA,
                name="Barda",
                killed=20,
                claims=[police],
                day="2017-10-14",
                text="A truck bomb exploded at a busy junction, killing at least 20 people.",
            ),
        ),
        (
            _article("m2", "B", "2017-10-16"),
            _event(
                "e1",
                where=BARDA,
                name="Barda",
                killed=276,
                claims=[minister],
                day="2017-10-14",
                text="The number of people killed in the truck bombing has risen to 276.",
            ),
        ),
    ]
    (incident,) = link(pairs)
    assert (incident.killed.low, incident.killed.best, incident.killed.high) == (20, 276, 276)


def test_ceasefire_timeline_lists_the_attacks_after_it_took_effect() -> None:
    from frontwire.incidents.ceasefire import timelines

    truce = Event(
        id="c1",
        category="AGREE",
        mode="ceasefire",
        status="collapsed",
        actor=Party(name="Armenia", country="ARM"),
        target=Party(name="Azerbaijan", country="AZE"),
        when=When(date="2020-10-26"),
        evidence=[Evidence(span=(0, 10), text="A ceasefire took effect.")],
    )
    before = _event("e1", where=BARDA, name="Barda", killed=1, day="2020-10-20", text="Shelling hit Barda.")
    pairs = _barda_reports() + [
        (_article("t1", "Wire", "2020-10-26"), truce),
        (_article("t0", "Wire", "2020-10-20"), before),
    ]
    (tl,) = timelines(link(pairs))
    assert tl.collapsed and tl.start == "2020-10-26" and tl.parties == ["Armenia", "Azerbaijan"]
    assert [v.incident.date_start for v in tl.violations] == ["2020-10-27", "2020-10-27"]
    assert tl.days_to_first_violation == 1


def _placeless(eid: str, text: str, killed: int | None = None) -> Event:
    ev = _event(eid, where=BARDA, name="Barda", text=text, killed=killed)
    ev.where = None
    return ev


def test_a_report_without_a_place_that_names_the_other_reports_place_scores_as_the_same_place() -> None:
    from frontwire.incidents.link import member_place_score

    named = "Rescuers pulled bodies from the ruins in Bärda after the missile strike."
    silent = "Rescuers pulled bodies from the ruins after the missile strike."
    a = members_of([(_article("a1", "One"), _event("e1", where=BARDA, name="Barda", text=AFP))])[0]
    b = members_of([(_article("b1", "Two"), _placeless("e1", named))])[0]
    c = members_of([(_article("c1", "Three"), _placeless("e1", silent))])[0]
    assert member_place_score(a, b) == member_place_score(b, a) == 0.9
    assert member_place_score(a, c) == 0.4  # says nothing about where: no evidence either way


def test_agreement_at_region_precision_is_weaker_than_at_a_point() -> None:
    from frontwire.incidents.link import place_score

    point = _event("e1", where=BARDA, name="Barda", text=AFP)
    same_point = _event("e2", where=BARDA, name="Barda", text=AFP)
    region = _event("e3", where=(40.3, 47.0), name="Barda region", text=AFP, precision="region")
    assert place_score(point, same_point) == 1.0
    assert place_score(point, region) is not None and place_score(point, region) < 0.8


def test_a_toll_that_grew_in_a_later_report_is_not_evidence_of_another_event() -> None:
    from frontwire.incidents.link import figures_score

    first = (_article("a1", "One", "2022-10-29"), _event("e1", where=BARDA, name="B", text=AFP, killed=8))
    later = (_article("b1", "Two", "2022-10-31"), _event("e1", where=BARDA, name="B", text=AFP, killed=121))
    fell = (_article("c1", "Three", "2022-10-31"), _event("e1", where=BARDA, name="B", text=AFP, killed=2))
    samed = (_article("d1", "Four", "2022-10-29"), _event("e1", where=BARDA, name="B", text=AFP, killed=121))
    ms = {m.article_id: m for m in members_of([first, later, fell, samed])}
    assert figures_score(ms["a1"], ms["b1"]) > figures_score(ms["a1"], ms["d1"])
    assert figures_score(ms["b1"], ms["c1"]) == figures_score(ms["a1"], ms["d1"])  # a toll that fell


def test_a_wire_story_cut_short_by_one_outlet_is_still_a_reprint() -> None:
    lead = AFP + " and wounding 13 others, presidential aide Hikmet Hajiyev said on Tuesday."
    second = " More than a thousand shoppers were inside when the missile struck, the president said."
    full = (
        _article("w1", "Wire", agency="Northgate"),
        _event("e1", where=BARDA, name="B", text=lead + second),
    )
    cut = (_article("w2", "Gazette", agency="Northgate"), _event("e1", where=BARDA, name="B", text=lead))
    own = (_article("w3", "Other", agency="Agence Nord"), _event("e1", where=BARDA, name="B", text=lead))
    short = (
        _article("w4", "Brief", agency="Northgate"),
        _event("e1", where=BARDA, name="B", text="Missiles hit"),
    )
    assert independent_count(members_of([full, cut])) == 1
    assert independent_count(members_of([full, cut, own])) == 2  # another agency's wording is its own origin
    assert independent_count(members_of([full, short])) == 2  # a short shared phrase is no reprint
