"""The read API: events in (date, id) order, cursor pages that cover everything once, filters that
match what the records say, one event with its claims and evidence, and figures that add up."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from frontwire.model import Record
from frontwire.store import EventFilter, event_key


def _all_events(records: list[Record]) -> list[tuple[str, Any, Record]]:
    return [(event_key(r.article.id, e.id), e, r) for r in records for e in r.events]


def _page_through(store: Any, filters: EventFilter | None = None, limit: int = 4) -> list[dict[str, Any]]:
    items, cursor, pages = [], None, 0
    while True:
        page = store.list_events(filters, limit=limit, after=cursor)
        items += page.items
        pages += 1
        assert len(page.items) <= limit
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor
        assert pages < 1000


def test_pages_cover_every_event_once_in_date_then_id_order(fixture_db: Any, records: list[Record]) -> None:
    items = _page_through(fixture_db, limit=3)
    assert sorted(i["id"] for i in items) == sorted(k for k, _, _ in _all_events(records))
    keys = [(i["date"] or "9999-12-31", i["id"]) for i in items]
    assert keys == sorted(keys)
    dated = [i["date"] for i in items if i["date"]]
    assert dated and all(i["date"] is None for i in items[len(dated) :])  # undated events come last


def test_a_page_boundary_stays_put_when_events_arrive(fixture_db: Any, records: list[Record]) -> None:
    first = fixture_db.list_events(limit=3)
    fixture_db.write_batch(records)  # duplicates: nothing new, and the cursor still resumes in place
    second = fixture_db.list_events(limit=3, after=first.next_cursor)
    assert not {i["id"] for i in first.items} & {i["id"] for i in second.items}


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        (EventFilter(category="assault"), lambda e: e.category == "ASSAULT"),
        (EventFilter(contested=True), lambda e: e.contested),
        (EventFilter(contested=False), lambda e: not e.contested),
        (
            EventFilter(country="AZE"),
            lambda e: (
                "AZE"
                in {e.where and e.where.country, e.actor and e.actor.country, e.target and e.target.country}
            ),
        ),
        (
            EventFilter(since="2022-01-01"),
            lambda e: e.when and e.when.date and (e.when.end or e.when.date) >= "2022-01-01",
        ),
        (EventFilter(until="2020-12-31"), lambda e: e.when and e.when.date and e.when.date <= "2020-12-31"),
    ],
)
def test_filters_match_what_the_records_say(
    fixture_db: Any, records: list[Record], filters: Any, keep: Any
) -> None:
    expected = {k for k, e, _ in _all_events(records) if keep(e)}
    assert expected, "the fixture must exercise this filter"
    assert {i["id"] for i in _page_through(fixture_db, filters)} == expected
    assert {i["id"] for i in fixture_db.iter_events(filters)} == expected


def test_filter_values_are_parameters_not_sql(fixture_db: Any) -> None:
    assert fixture_db.list_events(EventFilter(country="AZE' OR 1=1 --")).items == []
    assert fixture_db.list_events(EventFilter(category='ASSAULT"; DROP TABLE events; --')).items == []
    assert fixture_db.counts()["events"] > 0


def test_a_tampered_cursor_is_refused(fixture_db: Any) -> None:
    with pytest.raises(ValueError, match="invalid cursor"):
        fixture_db.list_events(after="not-a-cursor")


def test_get_event_returns_claims_evidence_and_article_text(fixture_db: Any, records: list[Record]) -> None:
    key, event, record = next((k, e, r) for k, e, r in _all_events(records) if e.contested)
    got = fixture_db.get_event(key)
    assert got["event"] == record.to_dict()["events"][record.events.index(event)]
    assert got["contested"] is True
    assert got["article"]["body"] == record.article.body
    assert [(c["by"], c["stance"]) for c in got["claims"]] == [(c.by, c.stance) for c in event.claims]
    for v in got["evidence"]:
        assert record.article.body[v["span_start"] : v["span_end"]] == v["text"]
    assert fixture_db.get_event("0" * 16) is None


def test_event_ids_can_be_found_by_prefix(fixture_db: Any, records: list[Record]) -> None:
    key = _all_events(records)[0][0]
    assert key in fixture_db.find_event_ids(key[:6])
    assert fixture_db.find_event_ids("%") == []  # LIKE wildcards typed by a user match nothing


def test_stats_add_up_to_the_records(fixture_db: Any, records: list[Record]) -> None:
    s = fixture_db.stats()
    events = [e for r in records for e in r.events]
    assert s["articles"] == len(records)
    assert s["events"] == len(events)
    assert s["events_by_category"] == dict(Counter(e.category for e in events))
    assert s["events_by_country"] == dict(Counter(e.where.country if e.where else None for e in events))
    assert s["contested_events"] == sum(e.contested for e in events)
    assert s["claims"] == sum(len(e.claims) for e in events)
    assert s["killed"] == sum(e.killed or 0 for e in events)
    assert s["tolls"] == sum(len(r.tolls) for r in records)
    assert [t["killed"] for t in s["top_tolls"]] == sorted(
        [t.killed for r in records for t in r.tolls], key=lambda k: (k is None, -(k or 0))
    )[:10]
