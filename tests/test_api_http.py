"""The HTTP API over real HTTP: uvicorn on a free loopback port, a real SQLite file, httpx as client.

The database holds the canonical fixture records (demo articles with their gold facts and real
evidence spans, see ``conftest.py``), so each expectation below is computed from those records rather
than typed in: the tests keep passing as the demo corpus grows, and fail if the API drops or reorders
anything.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontwire.api import create_app
from frontwire.api.server import running
from frontwire.model import Record
from frontwire.store import event_key


@pytest.fixture(scope="module")
def stored(records: list[Record]) -> list[Record]:
    """The fixture records as the store keeps them: the first record of each article (it never rewrites)."""
    firsts: dict[str, Record] = {}
    for r in records:
        firsts.setdefault(r.article.id, r)
    return list(firsts.values())


@pytest.fixture(scope="module")
def db_path(served_db: Callable[[str, list[Record]], Path], stored: list[Record]) -> Path:
    return served_db("api", stored)


@pytest.fixture(scope="module")
def client(db_path: Path) -> Iterator[httpx.Client]:
    with running(create_app(db_path, token="")) as base, httpx.Client(base_url=base, timeout=30) as c:
        yield c


def _all_events(stored: list[Record]) -> list[tuple[Record, Any]]:
    return [(r, e) for r in stored for e in r.events]


def test_api_lists_every_event_in_date_then_id_order(client: httpx.Client, stored: list[Record]) -> None:
    r = client.get("/api/events", params={"limit": 1000})
    assert r.status_code == 200
    items = r.json()["items"]
    assert r.json()["next_cursor"] is None
    expected = {event_key(rec.article.id, e.id) for rec, e in _all_events(stored)}
    assert {i["id"] for i in items} == expected
    keys = [((i["date"] or "9999-12-31"), i["id"]) for i in items]
    assert keys == sorted(keys)


def test_api_cursor_pages_cover_the_listing_exactly_once(client: httpx.Client) -> None:
    whole = [i["id"] for i in client.get("/api/events", params={"limit": 1000}).json()["items"]]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 7}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/events", params=params).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == whole


def test_api_filters_match_the_records(client: httpx.Client, stored: list[Record]) -> None:
    pairs = _all_events(stored)
    rec, ev = next((r, e) for r, e in pairs if e.where and e.where.country and e.when and e.when.date)
    country = ev.where.country
    got = client.get("/api/events", params={"country": country.lower(), "limit": 1000}).json()["items"]
    want = {
        event_key(r.article.id, e.id)
        for r, e in pairs
        if country
        in {e.where.country if e.where else None, e.actor.country if e.actor else None}
        | {e.target.country if e.target else None}
    }
    assert {i["id"] for i in got} == want

    contested = client.get("/api/events", params={"contested": "true", "limit": 1000}).json()["items"]
    assert {i["id"] for i in contested} == {event_key(r.article.id, e.id) for r, e in pairs if e.contested}

    day = ev.when.date
    dated = client.get("/api/events", params={"since": day, "until": day, "limit": 1000}).json()["items"]
    assert event_key(rec.article.id, ev.id) in {i["id"] for i in dated}
    assert all(i["date"] <= day for i in dated)


def test_api_bbox_actor_and_text_search(client: httpx.Client, stored: list[Record]) -> None:
    rec, ev = next(
        (r, e)
        for r, e in _all_events(stored)
        if e.where and e.where.lat is not None and e.actor and e.evidence
    )
    lat, lon = ev.where.lat, ev.where.lon
    box = f"{lon - 0.5},{lat - 0.5},{lon + 0.5},{lat + 0.5}"
    inside = client.get("/api/events", params={"bbox": box, "limit": 1000}).json()["items"]
    assert event_key(rec.article.id, ev.id) in {i["id"] for i in inside}
    assert all(abs(i["lat"] - lat) <= 0.5 and abs(i["lon"] - lon) <= 0.5 for i in inside)

    actor = client.get("/api/events", params={"actor": ev.actor.name.upper(), "limit": 1000}).json()["items"]
    assert event_key(rec.article.id, ev.id) in {i["id"] for i in actor}

    words = ev.evidence[0].text.split()
    phrase = " ".join(words[len(words) // 2 : len(words) // 2 + 3])
    found = client.get("/api/events", params={"q": phrase, "limit": 1000}).json()["items"]
    assert event_key(rec.article.id, ev.id) in {i["id"] for i in found}


def test_api_streams_jsonl_csv_geojson_and_datasette_shapes(client: httpx.Client) -> None:
    page = client.get("/api/events", params={"limit": 1000}).json()["items"]
    ids = [i["id"] for i in page]

    assert [
        i["id"] for i in client.get("/api/events", params={"_shape": "array", "limit": 1000}).json()
    ] == ids

    for params in ({"format": "jsonl"}, {"_nl": "on", "_shape": "array"}):
        r = client.get("/api/events", params=params)
        assert r.headers["content-type"].startswith("application/x-ndjson")
        lines = [json.loads(x) for x in r.text.splitlines()]
        assert [x["id"] for x in lines] == ids
        assert all("event" in x for x in lines)

    r = client.get("/api/events", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert [row["event_id"] for row in csv.DictReader(io.StringIO(r.text))] == ids

    geo = client.get("/api/events", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection"
    with_coords = [i["id"] for i in page if i["lat"] is not None]
    assert [f["id"] for f in geo["features"]] == with_coords

    capped = client.get("/api/events", params={"format": "jsonl", "limit": 2}).text.splitlines()
    assert len(capped) == 2


def test_api_event_detail_marks_evidence_and_splits_claims(
    client: httpx.Client, stored: list[Record]
) -> None:
    rec, ev = next((r, e) for r, e in _all_events(stored) if e.evidence and e.claims)
    eid = event_key(rec.article.id, ev.id)
    d = client.get(f"/api/events/{eid}").json()
    assert d["event"]["category"] == ev.category
    body = d["article"]["body"]
    assert "".join(s["text"] for s in d["article"]["segments"]) == body
    marked = "".join(s["text"] for s in d["article"]["segments"] if "evidence" in s["kinds"])
    for evidence in ev.evidence:
        assert evidence.text in marked
        assert body[evidence.span[0] : evidence.span[1]] == evidence.text
    assert "<mark" in d["article"]["body_html"]
    assert {c["by"] for c in d["sides"]["asserts"]} == {c.by for c in ev.claims if c.stance == "asserts"}
    assert {c["by"] for c in d["sides"]["denies"]} == {c.by for c in ev.claims if c.stance != "asserts"}
    assert d["sources"][0]["event_id"] == eid
    from frontwire.incidents.service import incidents_of

    incident = next(i for i in incidents_of(stored) if eid in i.members)
    assert d["incident_id"] == incident.id
    assert {s["event_id"] for s in d["sources"]} == {f.event_id for f in incident.figures} | {eid}


def test_api_article_detail_is_the_contract_record(client: httpx.Client, stored: list[Record]) -> None:
    rec = stored[0]
    d = client.get(f"/api/articles/{rec.article.id}").json()
    assert d["schema"] == "frontwire.event-record/1"
    assert d["article"] == rec.article.header()
    assert [e["id"] for e in d["events"]] == [e.id for e in rec.events]
    assert d["body"] == rec.article.body


def test_api_article_listing_pages_and_filters(client: httpx.Client, stored: list[Record]) -> None:
    items = client.get("/api/articles", params={"limit": 1000}).json()["items"]
    assert {i["id"] for i in items} == {r.article.id for r in stored}
    by_id = {r.article.id: r for r in stored}
    assert all(i["events"] == len(by_id[i["id"]].events) for i in items)
    contested = client.get("/api/articles", params={"contested": "true", "limit": 1000}).json()["items"]
    assert {i["id"] for i in contested} == {
        r.article.id for r in stored if any(e.contested for e in r.events)
    }
    two = client.get("/api/articles", params={"limit": 2}).json()
    rest = client.get("/api/articles", params={"limit": 1000, "cursor": two["next_cursor"]}).json()["items"]
    assert [i["id"] for i in two["items"] + rest] == [i["id"] for i in items]


def test_api_stats_timeline_sums_events_and_killed_per_day(
    client: httpx.Client, stored: list[Record]
) -> None:
    days = client.get("/api/stats/timeline").json()["days"]
    dated = [e for _, e in _all_events(stored) if e.when and e.when.date]
    assert sum(d["events"] for d in days) == len(dated)
    assert sum(d["killed"] for d in days) == sum(e.killed or 0 for e in dated)
    for d in days:
        assert sum(s["events"] for s in d["sides"].values()) == d["events"]
    summary = client.get("/api/stats/summary").json()
    assert summary["events"] == len(_all_events(stored))
    assert summary["articles"] == len(stored)


def test_api_unknown_ids_are_404_with_a_message(client: httpx.Client) -> None:
    for url in ("/api/events/0000000000000000", "/api/articles/nope"):
        r = client.get(url)
        assert r.status_code == 404
        assert "no " in r.json()["error"]


def test_api_serves_openapi_docs_and_dashboard(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/articles", "/api/stats/timeline", "/api/stats/summary"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower()  # offline: the Swagger UI comes from the vendored copy
    assert client.get("/static/vendor/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200


def test_api_answers_many_concurrent_clients(client: httpx.Client) -> None:
    """More concurrent requests than any pool default: every one must succeed (a regression test for
    read connections being closed under running requests when threads outnumber the pool)."""
    from concurrent.futures import ThreadPoolExecutor

    base = str(client.base_url)

    def hammer(i: int) -> list[int]:
        with httpx.Client(base_url=base, timeout=30) as c:
            params = [{"limit": 5}, {"q": "killed"}, {"contested": "true"}, {"category": "ASSAULT"}]
            return [c.get("/api/events", params=params[(i + k) % 4]).status_code for k in range(15)]

    with ThreadPoolExecutor(max_workers=24) as pool:
        codes = [code for codes in pool.map(hammer, range(24)) for code in codes]
    assert codes == [200] * len(codes)


def test_api_incidents_are_the_linked_incidents_with_marked_reports(
    client: httpx.Client, stored: list[Record]
) -> None:
    from frontwire.incidents.service import incidents_of

    expected = incidents_of(stored)
    items = client.get("/api/incidents", params={"limit": 1000}).json()["items"]
    assert {i["id"] for i in items} == {i.id for i in expected}
    keys = [(i["date_start"] or "9999-12-31", i["id"]) for i in items]
    assert keys == sorted(keys)
    contested = client.get("/api/incidents", params={"contested": "true", "limit": 1000}).json()["items"]
    assert {i["id"] for i in contested} == {i.id for i in expected if i.contested}

    multi = max(expected, key=lambda i: (len(i.sources), i.id))
    d = client.get(f"/api/incidents/{multi.id}").json()
    assert d["killed"] == {"low": multi.killed.low, "best": multi.killed.best, "high": multi.killed.high}
    assert [a["id"] for a in d["articles"]] == [s["id"] for s in multi.sources]
    for article in d["articles"]:
        assert "".join(s["text"] for s in article["segments"]) == article["body"]
        marked = "".join(s["text"] for s in article["segments"] if "evidence" in s["kinds"])
        for ev in multi.evidence:
            if ev["article_id"] == article["id"] and ev.get("span"):
                assert ev["text"] in marked
    assert client.get("/api/incidents/ffffffffffffffff").status_code == 404

    geo = client.get("/api/incidents", params={"format": "geojson"}).json()
    assert {f["id"] for f in geo["features"]} == {i["id"] for i in items if i["lat"] is not None}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/incidents", params={"format": "csv"}).text)))
    assert len(rows) == len(items)
