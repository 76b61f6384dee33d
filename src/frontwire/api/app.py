"""The HTTP API and the dashboard: ``create_app(db)`` returns a FastAPI application.

Reads go through a read-only connection (``readonly.py``): no query string can change the database.
Every bad request gets a 4xx with ``{"error": "..."}`` saying what to fix; unknown query parameters are
refused rather than ignored, because a misspelt filter silently ignored returns the wrong data.

Listing formats: ``format=json`` (default) is one page ``{"items", "next_cursor"}`` (Datasette's
``_shape=array`` returns the bare list); ``format=jsonl`` (or ``_nl=on``), ``csv`` and ``geojson`` stream
every match from the store in listing order, optionally capped by ``limit``.
"""

from __future__ import annotations

import contextlib
import csv
import hmac
import json
import logging
import math
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontwire.api import incidents as api_incidents
from frontwire.api import query
from frontwire.api.marks import collect_marks, marked_body
from frontwire.api.readonly import open_readonly
from frontwire.api.stream import stream_writer
from frontwire.export import write_csv, write_geojson
from frontwire.incidents.acled import write_acled_csv
from frontwire.settings import resolve
from frontwire.store import Store, open_store
from frontwire.web import STATIC_DIR

log = logging.getLogger("frontwire.api")

MAX_LIMIT = 1000
MAX_TEXT = 200  # longest free-text filter accepted: enough for any name, short enough to bound LIKE cost
TOKEN_ENV = "FRONTWIRE_TOKEN"


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class Shape(StrEnum):
    objects = "objects"
    array = "array"


class OnOff(StrEnum):
    on = "on"
    off = "off"


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


# --- query parameter parsing -------------------------------------------------------------------------


def _iso_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _raise()
    except ValueError:
        raise _bad(f"{name}={value!r} is not a date; use YYYY-MM-DD, e.g. 2020-10-27") from None


def _raise() -> str:
    raise ValueError


def _bbox(value: str | None) -> query.BBox | None:
    if value is None:
        return None
    parts = value.split(",")
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        nums = []
    if len(nums) != 4 or not all(math.isfinite(n) for n in nums):
        raise _bad(f"bbox={value!r} must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = nums
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise _bad(
            f"bbox={value!r} is out of range: longitudes -180..180, latitudes -90..90, min_lat <= max_lat"
        )
    return min_lon, min_lat, max_lon, max_lat


Text = Annotated[str | None, Query(max_length=MAX_TEXT)]


def event_filter(
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 country of place, actor or target.")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Actor or target name fragment, or ISO3 code.")
    ] = None,
    category: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{1,16}$", description="PLOVER category, e.g. ASSAULT.")
    ] = None,
    contested: Annotated[
        bool | None, Query(description="Only events whose claims conflict (or not).")
    ] = None,
    bbox: Annotated[str | None, Query(max_length=120, description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Text search (names, places, evidence).")
    ] = None,
) -> query.ApiFilter:
    """The filters every listing and the timeline share, validated into an ``ApiFilter``."""
    s, u = _iso_date("since", since), _iso_date("until", until)
    if s and u and s > u:
        raise _bad(f"since={s} is after until={u}")
    return query.ApiFilter(
        since=s,
        until=u,
        country=country.upper() if country else None,
        category=category.upper() if category else None,
        contested=contested,
        actor=actor.strip() or None if actor else None,
        bbox=_bbox(bbox),
        q=q.strip() or None if q else None,
    )


Filters = Annotated[query.ApiFilter, Depends(event_filter)]
Limit = Annotated[
    int | None,
    Query(ge=1, le=MAX_LIMIT, description=f"Page size (json) or cap (streams), at most {MAX_LIMIT}."),
]
Cursor = Annotated[str | None, Query(max_length=512, description="next_cursor of the previous page.")]
FormatQ = Annotated[Format, Query(description="json page, or a streamed jsonl / csv / geojson.")]
ShapeQ = Annotated[Shape | None, Query(alias="_shape", description="Datasette: array = bare list of items.")]
NlQ = Annotated[OnOff | None, Query(alias="_nl", description="Datasette: on = newline-delimited JSON.")]


def _query_names(dependant: Any) -> set[str]:
    """Names of the query parameters a route and its dependencies declare."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_params(request: Request) -> None:
    """Refuse query parameters the route does not declare (a typo must not widen the result)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise _bad(f"unknown parameter(s): {', '.join(unknown)}; this endpoint accepts: {allowed}")


# --- responses -----------------------------------------------------------------------------------------


def _jsonl(items: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    for item in items:
        yield (json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _json_array(items: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    yield b"["
    for i, item in enumerate(items):
        yield (("," if i else "") + json.dumps(item, ensure_ascii=False, separators=(",", ":"))).encode()
    yield b"]"


def _stream(body: Iterator[bytes], media: str, name: str) -> StreamingResponse:
    headers = {"Content-Disposition": f'inline; filename="{name}"'}
    return StreamingResponse(body, media_type=media, headers=headers)


def _capped(items: Iterable[dict[str, Any]], limit: int | None) -> Iterable[dict[str, Any]]:
    return items if limit is None else islice(items, limit)


@dataclass(frozen=True, slots=True)
class ListParams:
    """The paging and format parameters every listing shares (``Listing`` declares them once)."""

    limit: int | None
    cursor: str | None
    format: Format
    shape: Shape | None
    nl: OnOff | None

    def streamed(self) -> Format | None:
        """Which streamed format the request asks for, or None for a json page. A cursor is refused on
        a stream: streams return every match, so a cursor there would be silently ignored."""
        fmt = self.format
        if fmt is Format.json:
            fmt = Format.jsonl if self.nl is OnOff.on else None
        if fmt is not None and self.cursor:
            raise _bad("cursor pages format=json only; streamed formats return every match")
        return fmt


def list_params(
    limit: Limit = None,
    cursor: Cursor = None,
    format: FormatQ = Format.json,
    shape: ShapeQ = None,
    nl: NlQ = None,
) -> ListParams:
    """Declared once so the three listings cannot drift apart in what paging they accept."""
    return ListParams(limit=limit, cursor=cursor, format=format, shape=shape, nl=nl)


Listing = Annotated[ListParams, Depends(list_params)]


def _json_page(
    params: ListParams,
    fetch: Callable[[int, str | None], tuple[list[Any], str | None]],
    row: Callable[[Any], Any] | None = None,
) -> Any:
    """One json page from ``fetch(limit, after)``: a bad cursor (``ValueError``) is the caller's 400.
    ``row`` shapes each item after the fetch, so its own errors are not mistaken for a bad cursor."""
    try:
        items, nxt = fetch(params.limit or int(resolve("limit")), params.cursor)
    except ValueError as exc:
        raise _bad(str(exc)) from None
    if row is not None:
        items = [row(i) for i in items]
    return items if params.shape is Shape.array else {"items": items, "next_cursor": nxt}


# --- application ---------------------------------------------------------------------------------------


class _Writer:
    """The one writable store, opened on the first accepted POST; ingests run one at a time."""

    def __init__(self, db: str | Path):
        self.db, self.lock, self.store = db, threading.Lock(), None

    def ingest(self, data: bytes, hint: str | None) -> dict[str, Any]:
        from frontwire.ingest import read_bytes
        from frontwire.pipeline import process
        from frontwire.store import ingest

        with self.lock:
            if self.store is None:
                self.store = open_store(self.db)
            ids: list[str] = []

            def items() -> Iterator[Any]:
                for item in read_bytes(data, source="api-upload", hint=hint):
                    if hasattr(item, "id"):
                        ids.append(item.id)
                    yield item

            report = ingest(self.store, items(), process, args={"via": "api"})
        return {
            "articles": ids,
            **report.counts(),
            "problems": [{"source": p.source, "reason": p.reason, "kind": p.kind} for p in report.problems],
        }

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def create_app(
    db: str | Path, *, token: str | None = None, max_body_bytes: int | None = None, title: str = "frontwire"
) -> FastAPI:
    """The API over database ``db`` (which must exist). ``token`` defaults to ``$FRONTWIRE_TOKEN``;
    without one, ``POST /api/articles`` is disabled. ``max_body_bytes`` caps uploads (default: the
    ``max_bytes`` setting)."""
    store: Store = open_readonly(db)
    token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    cap = max_body_bytes or int(resolve("max_bytes"))
    writer = _Writer(db)
    incidents = api_incidents.IncidentCache(store)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()
            writer.close()

    app = FastAPI(
        lifespan=lifespan,
        title=title,
        summary="Events, claims and denials read from conflict news, with the sentences they came from.",
        version="1",
        dependencies=[Depends(reject_unknown_params)],
        # The stock /docs and /redoc pages load their scripts from a CDN; /docs is served below from
        # the vendored swagger-ui-dist instead, so the API documentation works offline too.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"param": ".".join(str(p) for p in e.get("loc", ())[1:]) or None, "message": str(e.get("msg"))}
            for e in exc.errors()
        ]
        text = "; ".join(f"{p['param']}: {p['message']}" if p["param"] else p["message"] for p in problems)
        return _error(400, f"invalid request: {text}", problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        response = _error(exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    responses: dict[int | str, dict[str, Any]] = {400: {"description": "Bad request, with {'error': why}"}}

    # -- events ----------------------------------------------------------------------------------------

    @app.get("/api/events", tags=["events"], responses=responses)
    def list_events(params: Listing, f: Filters) -> Any:
        """Events ordered by (date, id), undated last; paged by cursor, or streamed in another format."""
        limit = params.limit
        streamed = params.streamed()
        if streamed is None:

            def fetch(n: int, after: str | None) -> tuple[list[dict[str, Any]], str | None]:
                page = store.list_events(f, limit=n, after=after)
                return page.items, page.next_cursor

            return _json_page(params, fetch)
        if streamed is Format.jsonl:
            return _stream(
                _jsonl(_capped(store.iter_events(f), limit)), "application/x-ndjson", "events.jsonl"
            )
        if streamed is Format.csv:
            body = stream_writer(lambda out: write_csv(_capped(store.iter_events(f), limit), out))
            return _stream(body, "text/csv; charset=utf-8", "events.csv")
        body = stream_writer(lambda out: write_geojson(_capped(store.iter_events(f), limit), out))
        return _stream(body, "application/geo+json", "events.geojson")

    @app.get("/api/events/{event_id}", tags=["events"], responses={404: {"description": "No such event"}})
    def get_event(event_id: Annotated[str, PathParam(max_length=128)]) -> Any:
        """One event: the contract event, its claims and evidence, the article with spans marked."""
        found = store.get_event(event_id)
        if found is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        ev = found["event"]
        found["article"].update(marked_body(found["article"]["body"], collect_marks(event_id, ev)))
        found["sides"] = {
            stance: [c for c in ev.get("claims") or [] if c["stance"] in stances]
            for stance, stances in (("asserts", {"asserts"}), ("denies", {"denies", "disputes"}))
        }
        found["incident_id"], found["sources"] = _sources(incidents.all(), found)
        return found

    # -- incidents -------------------------------------------------------------------------------------

    @app.get("/api/incidents", tags=["incidents"], responses=responses)
    def list_incidents(params: Listing, f: Filters) -> Any:
        """Incidents (events linked across reports) ordered by (first date, id), undated last; the
        event filters apply to the incident's own dates, place, parties and evidence."""
        streamed = params.streamed()
        if streamed is None:
            return _json_page(
                params,
                lambda n, after: api_incidents.page(incidents, f, limit=n, after=after),
                row=api_incidents.summary,
            )
        matching = _capped((i for i in incidents.all() if api_incidents.keeps(i, f)), params.limit)
        if streamed is Format.jsonl:
            return _stream(_jsonl(i.to_dict() for i in matching), "application/x-ndjson", "incidents.jsonl")
        if streamed is Format.csv:
            return _stream(
                stream_writer(lambda out: write_acled_csv(matching, out)),
                "text/csv; charset=utf-8",
                "incidents.csv",
            )

        def geojson() -> Iterator[bytes]:
            yield b'{"type":"FeatureCollection","features":['
            n = 0
            for inc in matching:
                feat = api_incidents.feature(inc)
                if feat is not None:
                    yield (("," if n else "") + json.dumps(feat, ensure_ascii=False)).encode()
                    n += 1
            yield b"]}"

        return _stream(geojson(), "application/geo+json", "incidents.geojson")

    @app.get(
        "/api/incidents/{incident_id}",
        tags=["incidents"],
        responses={404: {"description": "No such incident"}},
    )
    def get_incident(incident_id: Annotated[str, PathParam(max_length=128)]) -> Any:
        """One incident: every source's figures, merged claims (asserts and denials side by side) and
        each source article with the evidence marked."""
        incidents.all()
        inc = incidents.by_id.get(incident_id)
        if inc is None:
            raise HTTPException(404, f"no incident with id {incident_id!r}")
        return api_incidents.detail(store, inc)

    # -- articles --------------------------------------------------------------------------------------

    @app.get("/api/articles", tags=["articles"], responses=responses)
    def list_articles(params: Listing, f: Filters) -> Any:
        """Article headers ordered by (published, id); since/until apply to the publication date and the
        other filters keep articles with at least one matching event."""
        limit = params.limit
        streamed = params.streamed()
        if streamed is None:
            return _json_page(params, lambda n, after: query.list_articles(store, f, limit=n, after=after))
        if streamed is Format.jsonl:
            return _stream(
                _jsonl(_capped(query.iter_articles(store, f), limit)),
                "application/x-ndjson",
                "articles.jsonl",
            )
        if streamed is Format.csv:

            def write(out: Any) -> None:
                w = csv.DictWriter(out, fieldnames=query.ARTICLE_FIELDS, lineterminator="\n")
                w.writeheader()
                for item in _capped(query.iter_articles(store, f), limit):
                    w.writerow({k: "" if v is None else v for k, v in item.items()})

            return _stream(stream_writer(write), "text/csv; charset=utf-8", "articles.csv")
        raise _bad("articles have no coordinates: use /api/events?format=geojson")

    @app.get(
        "/api/articles/{article_id}", tags=["articles"], responses={404: {"description": "No such article"}}
    )
    def get_article(article_id: Annotated[str, PathParam(max_length=128)]) -> Any:
        """The article's contract record, its body, and every event's evidence and claim spans marked."""
        from frontwire.store import event_key

        record = store.get_record(article_id)
        if record is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        out = record.to_dict()
        marks = []
        for ev in out["events"]:
            ev["stored_id"] = event_key(article_id, ev["id"])
            marks += collect_marks(ev["stored_id"], ev)
        out["body"] = record.article.body
        out.update(marked_body(record.article.body, marks))
        return out

    @app.post(
        "/api/articles",
        tags=["articles"],
        status_code=201,
        responses={
            401: {"description": "Missing or wrong bearer token"},
            403: {"description": "Ingest over HTTP is disabled (no FRONTWIRE_TOKEN)"},
            413: {"description": "Body larger than the cap"},
            200: {"description": "Every article was already stored"},
            422: {"description": "Nothing in the body could be read or processed"},
        },
    )
    async def post_article(request: Request) -> Any:
        """Ingest the request body (wire text, HTML, JSON Lines, a feed, an archive; the Content-Type
        is a hint): read it, run ``process`` and store the records. Needs ``Authorization: Bearer``."""
        if not token:
            raise HTTPException(403, f"ingest over HTTP is disabled: start the server with {TOKEN_ENV} set")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise HTTPException(413, f"body of {declared} bytes is over the {cap}-byte cap")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > cap:
                raise HTTPException(413, f"body is over the {cap}-byte cap")
            chunks.append(chunk)
        data = b"".join(chunks)
        if not data.strip():
            raise HTTPException(422, "empty body: send the article text (or HTML, JSON Lines, a feed)")
        hint = request.headers.get("content-type")
        result = await run_in_threadpool(writer.ingest, data, hint)
        if not result["articles"]:
            return _error(422, "nothing in the body could be read as an article", **result)
        if result["new"]:
            return JSONResponse(result, status_code=201)
        if result["duplicate"] and not result["failed"]:
            return JSONResponse(result, status_code=200)  # already stored: nothing changed
        return _error(422, "no article could be processed; see problems", **result)

    # -- statistics ------------------------------------------------------------------------------------

    @app.get("/api/stats/timeline", tags=["stats"], responses=responses)
    def stats_timeline(f: Filters) -> Any:
        """Events and killed per day, in total and per side (actor country, else actor name)."""
        return {"days": query.timeline(store, f)}

    @app.get("/api/stats/summary", tags=["stats"])
    def stats_summary() -> Any:
        """What the database holds: counts by category, country and stance, totals, top tolls."""
        return store.stats()

    # -- dashboard -------------------------------------------------------------------------------------

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{title} API",
            swagger_js_url="/static/vendor/swagger-ui-dist/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui-dist/swagger-ui.css",
            swagger_favicon_url="data:,",
        )

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def _sources(all_incidents: list[Any], found: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
    """Figures per source for the event panel: this report's own figures first, then those of the other
    reports linked into the same incident (``frontwire.incidents``), each on its claimant's word."""
    ev, article = found["event"], found["article"]
    this = {
        "event_id": found["id"],
        "article_id": article["id"],
        "outlet": article.get("outlet") or article.get("agency"),
        "title": article.get("title"),
        "published": article.get("published"),
        "claimant": None,
        "killed": ev.get("killed"),
        "wounded": ev.get("wounded"),
        "superseded": False,
    }
    incident = next((i for i in all_incidents if found["id"] in i.members), None)
    if incident is None:
        return None, [this]
    titles = {s["id"]: s.get("title") for s in incident.sources}
    rows = []
    for f in incident.figures:
        row = {
            "event_id": f.event_id,
            "article_id": f.article_id,
            "outlet": f.outlet,
            "title": titles.get(f.article_id),
            "published": f.published,
            "claimant": f.claimant,
            "killed": f.killed,
            "wounded": f.wounded,
            "superseded": f.superseded,
        }
        if f.event_id == found["id"]:
            this = row
        else:
            rows.append(row)
    return incident.id, [this, *rows]
