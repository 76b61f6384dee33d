"""Hostile input against the API over real HTTP: every answer is a 2xx or a 4xx with a JSON ``error``
that says what was wrong, never a 5xx, and the database file is byte-for-byte the same afterwards.

The read side is protected twice (bound parameters, and a connection SQLite opens with ``mode=ro``);
these tests check the outcome, not the mechanism, so they would catch a regression in either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from frontwire.api import create_app
from frontwire.api.server import running
from frontwire.model import Record

TOKEN = "s3cret-token-for-tests"
CAP = 4096

PAYLOADS = [
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    '"); DELETE FROM articles; --',
    "1 UNION SELECT body FROM articles",
    "%",
    "_",
    "\\",
    "%' --",
    "NULL",
    "\u0000",
    "😀 ʻokina ß",
    "x" * 5000,
]
FILTERS = ["since", "until", "country", "actor", "category", "contested", "bbox", "q", "cursor", "limit"]
FORMAT_PARAMS = ["format", "_shape", "_nl"]


@pytest.fixture(scope="module")
def db_path(served_db: Callable[[str, list[Record]], Path], records: list[Record]) -> Path:
    return served_db("hostile", records)


@pytest.fixture(scope="module")
def app(db_path: Path):  # noqa: ANN201  (FastAPI app)
    return create_app(db_path, token=TOKEN, max_body_bytes=CAP)


@pytest.fixture(scope="module")
def client(app) -> Iterator[httpx.Client]:  # noqa: ANN001
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        yield c


def _assert_4xx_or_ok(r: httpx.Response) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:300])
    if r.status_code >= 400:
        body = r.json()
        assert isinstance(body.get("error"), str) and body["error"], body


@pytest.mark.parametrize(
    "endpoint", ["/api/events", "/api/articles", "/api/incidents", "/api/stats/timeline"]
)
def test_api_sql_metacharacters_in_every_filter_never_5xx_never_change_db(
    client: httpx.Client, db_path: Path, fingerprint: Callable[[Path], str], endpoint: str
) -> None:
    before = fingerprint(db_path)
    allowed = FILTERS if endpoint != "/api/stats/timeline" else FILTERS[:-2]
    for name in allowed + (FORMAT_PARAMS if endpoint != "/api/stats/timeline" else []):
        for payload in PAYLOADS:
            _assert_4xx_or_ok(client.get(endpoint, params={name: payload}))
    assert fingerprint(db_path) == before


def test_api_like_wildcards_match_themselves(client: httpx.Client, records: list[Record]) -> None:
    """``%`` and ``_`` in text filters are literal characters, not patterns that match everything."""
    everything = client.get("/api/events", params={"limit": 1000}).json()["items"]
    assert everything
    for wildcard in ("%", "_"):
        for name in ("q", "actor"):
            got = client.get("/api/events", params={name: wildcard, "limit": 1000}).json()["items"]
            assert len(got) < len(everything)
            for item in got:
                haystack = " ".join(str(item.get(k) or "") for k in ("actor", "target", "place", "title"))
                detail = client.get(f"/api/events/{item['id']}").json()
                haystack += " ".join(e["text"] for e in detail["evidence"]) + str(detail["event"])
                assert wildcard in haystack


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"limit": "1000000000000"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "-5"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"since": "2020-02-30"}, "since"),
        ({"since": "20201027"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"until": "2020-10-27T10:00"}, "until"),
        ({"since": "2021-01-02", "until": "2021-01-01"}, "after"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"bbox": "nan,0,1,1"}, "bbox"),
        ({"bbox": "-inf,0,1,1"}, "bbox"),
        ({"bbox": "0,-100,1,1"}, "bbox"),
        ({"bbox": "0,10,1,5"}, "bbox"),
        ({"bbox": "1,2,3,4,5"}, "bbox"),
        ({"country": "Azerbaijan"}, "country"),
        ({"contested": "maybe"}, "contested"),
        ({"format": "xml"}, "format"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "W10"}, "cursor"),  # base64 of "[]": decodes, wrong shape
        ({"colour": "red"}, "colour"),
        ({"_sort": "id"}, "_sort"),
        ({"limit": "5", "LIMIT": "5"}, "LIMIT"),
    ],
)
def test_api_malformed_parameters_are_400_naming_the_problem(
    client: httpx.Client, params: dict[str, str], needle: str
) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 400, r.text
    assert needle in r.json()["error"]


def test_api_hostile_path_ids_are_404(client: httpx.Client) -> None:
    for bad in ("' OR '1'='1", "%25", "..%2F..%2Fetc%2Fpasswd", "x" * 100, "1;DROP TABLE events"):
        for base in ("/api/events/", "/api/articles/"):
            r = client.get(base + bad)
            assert r.status_code in (404, 400), (bad, r.status_code)
            assert r.json()["error"]


def test_api_post_needs_the_bearer_token(
    client: httpx.Client, db_path: Path, fingerprint: Callable[[Path], str]
) -> None:
    before = fingerprint(db_path)
    body = b"KYIV (Wire) - Shelling killed two people in Kharkiv on Monday, officials said."
    assert client.post("/api/articles", content=body).status_code == 401
    r = client.post("/api/articles", content=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/articles", content=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    assert fingerprint(db_path) == before


def test_api_oversized_post_is_413_declared_or_streamed(
    client: httpx.Client, db_path: Path, fingerprint: Callable[[Path], str]
) -> None:
    before = fingerprint(db_path)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = b"A" * (CAP + 1)
    r = client.post("/api/articles", content=big, headers=auth)
    assert r.status_code == 413 and str(CAP) in r.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap must hold while reading
        for _ in range(10):
            yield b"B" * 1024

    r = client.post("/api/articles", content=chunks(), headers=auth)
    assert r.status_code == 413
    assert client.post("/api/articles", content=b"   ", headers=auth).status_code == 422
    assert fingerprint(db_path) == before


def test_api_post_is_off_without_a_token(db_path: Path) -> None:
    with running(create_app(db_path, token="")) as base:
        r = httpx.post(base + "/api/articles", content=b"text", headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "FRONTWIRE_TOKEN" in r.json()["error"]


def test_api_reader_connection_cannot_write(app) -> None:  # noqa: ANN001
    """Even SQL that bypassed the routes could not write: the read engine is opened mode=ro."""
    with (
        pytest.raises(OperationalError, match="readonly|read-only|read only"),
        app.state.store.engine.begin() as c,
    ):
        c.execute(text("CREATE TABLE intruder (x INTEGER)"))


def test_api_post_ingests_an_article_with_the_token(
    client: httpx.Client, db_path: Path, process: object, records: list[Record]
) -> None:
    """The one writing route: the article is read, processed, stored, and then readable."""
    from frontwire.geo.gazetteer import gazetteer_path

    if not gazetteer_path().is_file():
        pytest.skip(f"gazetteer not built at {gazetteer_path()} (make install builds it); process() needs it")
    body = (
        b"KHARKIV, Ukraine (Wire) - Russian shelling killed three civilians and wounded five in the city of "
        b"Kharkiv on Tuesday, the regional governor said. Moscow denied targeting civilians.\n"
    )
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
    r = client.post("/api/articles", content=body, headers=auth)
    assert r.status_code == 201, r.text
    result = r.json()
    assert result["new"] == 1 and len(result["articles"]) == 1, result["problems"]
    article = client.get(f"/api/articles/{result['articles'][0]}").json()
    assert "Kharkiv" in article["body"]
    again = client.post("/api/articles", content=body, headers=auth).json()
    assert again["duplicate"] == 1 and again["new"] == 0
