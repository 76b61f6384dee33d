"""The record store: write whole records in batches, read them back for the CLI, exports and the API.

Writing is insert-if-absent by article id inside one transaction per batch: an article already stored
is reported as a duplicate and never rewritten, and a batch that fails half way rolls back whole, so no
article is ever stored without its events, claims or tolls.

Reading is designed for a paged HTTP API as much as for the CLI: results are plain JSON-ready dicts,
listings are ordered by (event date, event id) and paged with an opaque cursor rather than an offset
(stable while new articles arrive), and every query is built with bound parameters.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, or_, select
from sqlalchemy.exc import DatabaseError, OperationalError

from frontwire.contract import event_from_dict, toll_from_dict
from frontwire.model import Article, Record, _clean, stable_id
from frontwire.store import schema
from frontwire.store.engine import StoreError, make_engine
from frontwire.store.migrations import MigrationError, migrate

S = schema


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def event_key(article_id: str, local_id: str) -> str:
    """The stored id of an event: a hash of the article id and the event's id within the article."""
    return stable_id(article_id, local_id)


@dataclass(slots=True)
class EventPage:
    """One page of an event listing; ``next_cursor`` is None on the last page."""

    items: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by listings and exports (all optional, combined with AND).

    ``country`` matches the place's country or the actor's or target's: a strike by one state on
    another belongs to both countries' record. ``since``/``until`` keep events whose stated dates
    overlap the range (a span ending after ``since`` counts); undated events never match a date filter.
    """

    since: str | None = None
    until: str | None = None
    country: str | None = None
    category: str | None = None
    contested: bool | None = None
    article_id: str | None = None

    def clauses(self) -> list[Any]:
        e = S.events.c
        out: list[Any] = []
        if self.since:
            out += [e.date.is_not(None), func.coalesce(e.end_date, e.date) >= self.since]
        if self.until:
            out += [e.date.is_not(None), e.date <= self.until]
        if self.country:
            c = self.country.upper()
            out.append(or_(e.country == c, e.actor_country == c, e.target_country == c))
        if self.category:
            out.append(e.category == self.category.upper())
        if self.contested is not None:
            out.append(e.contested.is_(self.contested))
        if self.article_id:
            out.append(e.article_id == self.article_id)
        return out


# --- cursor ---------------------------------------------------------------------------------------


def _encode_cursor(sort_date: str, event_id: str) -> str:
    raw = json.dumps([sort_date, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        sort_date, event_id = json.loads(raw)
        if not isinstance(sort_date, str) or not isinstance(event_id, str):
            raise ValueError("cursor fields are not strings")
    except (ValueError, binascii.Error, TypeError) as exc:
        raise ValueError(f"invalid cursor {cursor!r}: pass back a next_cursor value unchanged") from exc
    return sort_date, event_id


# --- record -> rows -------------------------------------------------------------------------------


def _span_cols(span: Sequence[int] | None) -> dict[str, int | None]:
    return {"span_start": span[0] if span else None, "span_end": span[1] if span else None}


def record_rows(record: Record, *, run_id: int | None, now: str) -> dict[str, list[dict[str, Any]]]:
    """The rows that store one record, keyed by table name (children after parents).

    Every projection is taken from the contract dict (``to_dict``), the same dict stored whole in
    ``events.event``, so the flat columns can never disagree with the canonical copy.
    """
    a = record.article
    d = record.to_dict()
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in S.RECORD_TABLES}
    rows["articles"].append(
        {
            "id": a.id,
            "title": a.title,
            "url": a.url,
            "published": a.published,
            "outlet": a.outlet,
            "agency": a.agency,
            "language": a.language,
            "source": a.source,
            "body": a.body,
            "metadata": _clean(a.metadata),
            "skipped": record.skipped,
            "ingested_at": now,
            "run_id": run_id,
        }
    )
    for seq, (ev, ed) in enumerate(zip(record.events, d["events"], strict=True)):
        eid = event_key(a.id, ev.id)
        actor, target, when, where = (
            ed["actor"] or {},
            ed["target"] or {},
            ed["when"] or {},
            ed["where"] or {},
        )
        rows["events"].append(
            {
                "id": eid,
                "article_id": a.id,
                "seq": seq,
                "local_id": ev.id,
                "category": ed["category"],
                "mode": ed["mode"],
                "acled_event_type": ed["acled_event_type"],
                "acled_sub_event_type": ed["acled_sub_event_type"],
                "actor_name": actor.get("name"),
                "actor_country": actor.get("country"),
                "target_name": target.get("name"),
                "target_country": target.get("country"),
                "target_civilian": target.get("civilian"),
                "date": when.get("date"),
                "end_date": when.get("end"),
                "date_precision": when.get("precision"),
                "sort_date": when.get("date") or S.UNDATED,
                "place_name": where.get("name"),
                "admin1": where.get("admin1"),
                "country": where.get("country"),
                "lat": where.get("lat"),
                "lon": where.get("lon"),
                "geo_precision": where.get("precision"),
                "geonameid": where.get("geonameid"),
                "killed": ed["killed"],
                "wounded": ed["wounded"],
                "missing": ed["missing"],
                "casualty_text": ed["casualty_text"],
                "victims": ed["victims"],
                "weapons": ed["weapons"],
                "status": ed["status"],
                "case_label": ed["case_label"],
                "contested": ev.contested,
                "event": ed,
            }
        )
        for cseq, c in enumerate(ed["claims"]):
            rows["claims"].append(
                {
                    "event_id": eid,
                    "seq": cseq,
                    "by": c["by"],
                    "role": c["role"],
                    "country": c["country"],
                    "stance": c["stance"],
                    "quote": c["quote"],
                    **_span_cols(c["span"]),
                }
            )
        for vseq, v in enumerate(ed["evidence"]):
            rows["evidence"].append(
                {"event_id": eid, "seq": vseq, "text": v["text"], **_span_cols(v["span"])}
            )
    for tseq, t in enumerate(d["tolls"]):
        rows["tolls"].append(
            {
                "article_id": a.id,
                "seq": tseq,
                "killed": t["killed"],
                "wounded": t["wounded"],
                "qualifier": t["qualifier"],
                "since": t["since"],
                "by": t["by"],
                "text": t["text"],
                "toll": t,
                **_span_cols(t["span"]),
            }
        )
    return rows


def check_record(record: Record) -> None:
    """Refuse a record the store could not keep whole (raises ValueError with the reason)."""
    ids = [e.id for e in record.events]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"event ids repeat within article {record.article.id}: {dupes}")


def _article_from_row(row: Any) -> Article:
    return Article(
        id=row.id,
        body=row.body,
        title=row.title,
        url=row.url,
        published=row.published,
        outlet=row.outlet,
        agency=row.agency,
        language=row.language,
        source=row.source,
        metadata=dict(row.metadata or {}),
    )


def _header(row: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in ("id", "title", "url", "published", "outlet", "agency", "language")}


# Columns of an event listing row, in display order: what `frontwire events` and the API list show.
_LIST_COLUMNS = (
    ("id", S.events.c.id),
    ("article_id", S.events.c.article_id),
    ("date", S.events.c.date),
    ("end", S.events.c.end_date),
    ("date_precision", S.events.c.date_precision),
    ("category", S.events.c.category),
    ("mode", S.events.c.mode),
    ("acled_event_type", S.events.c.acled_event_type),
    ("acled_sub_event_type", S.events.c.acled_sub_event_type),
    ("actor", S.events.c.actor_name),
    ("actor_country", S.events.c.actor_country),
    ("target", S.events.c.target_name),
    ("target_country", S.events.c.target_country),
    ("place", S.events.c.place_name),
    ("admin1", S.events.c.admin1),
    ("country", S.events.c.country),
    ("lat", S.events.c.lat),
    ("lon", S.events.c.lon),
    ("geo_precision", S.events.c.geo_precision),
    ("killed", S.events.c.killed),
    ("wounded", S.events.c.wounded),
    ("missing", S.events.c.missing),
    ("victims", S.events.c.victims),
    ("weapons", S.events.c.weapons),
    ("contested", S.events.c.contested),
    ("title", S.articles.c.title),
    ("url", S.articles.c.url),
    ("published", S.articles.c.published),
    ("outlet", S.articles.c.outlet),
)
LIST_FIELDS = tuple(name for name, _ in _LIST_COLUMNS)


def _list_select() -> Any:
    cols = [col.label(name) for name, col in _LIST_COLUMNS]
    return select(*cols, S.events.c.sort_date.label("_sort")).select_from(
        S.events.join(S.articles, S.events.c.article_id == S.articles.c.id)
    )


def _list_row(row: Any) -> dict[str, Any]:
    out = {name: row._mapping[name] for name in LIST_FIELDS}
    out["contested"] = bool(out["contested"])
    out["weapons"] = list(out["weapons"] or [])
    return out


class Store:
    """A frontwire database. Build it with ``open_store``; it owns its engine (``close()`` it)."""

    def __init__(self, engine: Engine, label: str):
        self.engine = engine
        self.label = label  # what error messages call this database

    # -- lifecycle --------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------------------

    def start_run(self, args: dict[str, Any]) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(
                S.runs.insert().values(
                    started_at=_now(),
                    status="running",
                    args=args,
                    read=0,
                    new=0,
                    duplicate=0,
                    skipped=0,
                    failed=0,
                    events=0,
                    problems=[],
                )
            )
            return int(res.inserted_primary_key[0])

    def finish_run(
        self, run_id: int, *, status: str, counts: dict[str, int], problems: list[dict[str, str]]
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                S.runs.update()
                .where(S.runs.c.id == run_id)
                .values(finished_at=_now(), status=status, problems=problems, **counts)
            )

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(S.runs).order_by(S.runs.c.id))]

    # -- writing ------------------------------------------------------------------------------------

    def existing_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored (one query, parameters bound)."""
        ids = list(ids)
        if not ids:
            return set()
        with self.engine.connect() as conn:
            return self._existing(conn, ids)

    @staticmethod
    def _existing(conn: Connection, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):  # SQLite caps bound parameters per statement
            chunk = ids[i : i + 500]
            found.update(conn.execute(select(S.articles.c.id).where(S.articles.c.id.in_(chunk))).scalars())
        return found

    def has_article(self, article_id: str) -> bool:
        return bool(self.existing_article_ids([article_id]))

    def write_batch(self, records: Sequence[Record], *, run_id: int | None = None) -> list[bool]:
        """Store records not stored yet, all in one transaction; True per record that was new.

        A record whose article is already stored (or appears earlier in the same batch) is a
        duplicate: it is not rewritten, so what an earlier run stored never changes. If anything
        fails, the whole batch rolls back and the error propagates.
        """
        if not records:
            return []
        now = _now()
        outcome: list[bool] = []
        with self.engine.begin() as conn:
            seen = self._existing(conn, [r.article.id for r in records])
            batch: dict[str, list[dict[str, Any]]] = {t.name: [] for t in S.RECORD_TABLES}
            for record in records:
                if record.article.id in seen:
                    outcome.append(False)
                    continue
                check_record(record)
                seen.add(record.article.id)
                for table, rows in record_rows(record, run_id=run_id, now=now).items():
                    batch[table].extend(rows)
                outcome.append(True)
            for table in S.RECORD_TABLES:  # parents before children, for the foreign keys
                if batch[table.name]:
                    conn.execute(table.insert(), batch[table.name])
        return outcome

    # -- reading records ---------------------------------------------------------------------------

    def get_record(self, article_id: str) -> Record | None:
        """The stored record of one article, equal to the one written."""
        with self.engine.connect() as conn:
            row = conn.execute(select(S.articles).where(S.articles.c.id == article_id)).first()
            if row is None:
                return None
            evs = conn.execute(
                select(S.events.c.event).where(S.events.c.article_id == article_id).order_by(S.events.c.seq)
            ).scalars()
            tls = conn.execute(
                select(S.tolls.c.toll).where(S.tolls.c.article_id == article_id).order_by(S.tolls.c.seq)
            ).scalars()
            return Record(
                article=_article_from_row(row),
                events=[event_from_dict(e) for e in evs],
                tolls=[toll_from_dict(t) for t in tls],
                skipped=row.skipped,
            )

    def iter_records(self) -> Iterator[Record]:
        """Every stored record, ordered by article id, streamed.

        Three ordered cursors (articles, events, tolls) merged on the article id inside one read
        transaction: constant memory, one consistent snapshot, no query per article.
        """
        with self.engine.connect() as conn:
            conn = conn.execution_options(stream_results=True, yield_per=200)
            arts = conn.execute(select(S.articles).order_by(S.articles.c.id))
            evs = iter(
                conn.execute(
                    select(S.events.c.article_id, S.events.c.event).order_by(
                        S.events.c.article_id, S.events.c.seq
                    )
                )
            )
            tls = iter(
                conn.execute(
                    select(S.tolls.c.article_id, S.tolls.c.toll).order_by(S.tolls.c.article_id, S.tolls.c.seq)
                )
            )
            next_ev, next_tl = next(evs, None), next(tls, None)
            for row in arts:
                rec = Record(article=_article_from_row(row), skipped=row.skipped)
                while next_ev is not None and next_ev.article_id == row.id:
                    rec.events.append(event_from_dict(next_ev.event))
                    next_ev = next(evs, None)
                while next_tl is not None and next_tl.article_id == row.id:
                    rec.tolls.append(toll_from_dict(next_tl.toll))
                    next_tl = next(tls, None)
                yield rec

    # -- reading events ----------------------------------------------------------------------------

    def list_events(
        self, filters: EventFilter | None = None, *, limit: int = 50, after: str | None = None
    ) -> EventPage:
        """A page of events ordered by (date, id), undated events last.

        ``after`` is the ``next_cursor`` of the previous page. Keyset paging rather than OFFSET: a
        page boundary stays put when new events are stored, and deep pages cost no more than the first.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        q = _list_select().where(*(filters or EventFilter()).clauses())
        if after:
            sort_date, eid = _decode_cursor(after)
            e = S.events.c
            q = q.where(or_(e.sort_date > sort_date, and_(e.sort_date == sort_date, e.id > eid)))
        q = q.order_by(S.events.c.sort_date, S.events.c.id).limit(limit + 1)
        with self.engine.connect() as conn:
            rows = list(conn.execute(q))
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = _encode_cursor(rows[-1]._sort, rows[-1].id) if more else None
        return EventPage(items=[_list_row(r) for r in rows], next_cursor=cursor)

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Every matching event, as for ``list_events`` but streamed whole (exports).

        Each item is the listing row plus ``event`` (the full contract event), ``article`` (header)
        and ``claims`` summary fields, which is all a flat or GeoJSON export needs.
        """
        q = (
            _list_select()
            .add_columns(
                S.events.c.event.label("_event"),
                S.articles.c.agency.label("_agency"),
                S.articles.c.language.label("_language"),
            )
            .where(*(filters or EventFilter()).clauses())
            .order_by(S.events.c.sort_date, S.events.c.id)
        )
        with self.engine.connect() as conn:
            for row in conn.execution_options(stream_results=True, yield_per=500).execute(q):
                item = _list_row(row)
                item["event"] = row._event
                item["article"] = {
                    "id": row.article_id,
                    "title": row.title,
                    "url": row.url,
                    "published": row.published,
                    "outlet": row.outlet,
                    "agency": row._agency,
                    "language": row._language,
                }
                yield item

    def find_event_ids(self, prefix: str, limit: int = 10) -> list[str]:
        """Event ids starting with ``prefix`` (so people can type the first few characters)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = (
            select(S.events.c.id)
            .where(S.events.c.id.like(escaped + "%", escape="\\"))
            .order_by(S.events.c.id)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(q.limit(limit)).scalars())

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event with everything needed to judge it: claims, evidence and the article text."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(S.events.c.event, S.events.c.contested, S.articles)
                .select_from(S.events.join(S.articles, S.events.c.article_id == S.articles.c.id))
                .where(S.events.c.id == event_id)
            ).first()
            if row is None:
                return None
            claims = [
                {k: v for k, v in r._mapping.items() if k != "event_id"}
                for r in conn.execute(
                    select(S.claims).where(S.claims.c.event_id == event_id).order_by(S.claims.c.seq)
                )
            ]
            evidence = [
                {k: v for k, v in r._mapping.items() if k != "event_id"}
                for r in conn.execute(
                    select(S.evidence).where(S.evidence.c.event_id == event_id).order_by(S.evidence.c.seq)
                )
            ]
        article = _header(row) | {"source": row.source, "body": row.body, "skipped": row.skipped}
        return {
            "id": event_id,
            "event": row.event,
            "contested": bool(row.contested),
            "article": article,
            "claims": claims,
            "evidence": evidence,
        }

    # -- summaries ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row count per table (records and bookkeeping)."""
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (*S.RECORD_TABLES, S.runs, S.migrations)
            }

    def stats(self, *, top_tolls: int = 10) -> dict[str, Any]:
        """What the database holds: articles, events by category and by country, claims, tolls."""
        e, c, a, t = S.events.c, S.claims.c, S.articles.c, S.tolls.c
        with self.engine.connect() as conn:

            def grouped(col: Any, *where: Any) -> dict[Any, int]:
                n = func.count().label("n")
                q = select(col, n).where(*where).group_by(col).order_by(n.desc(), col)
                return {k: v for k, v in conn.execute(q)}

            scalar = lambda q: conn.execute(q).scalar_one()  # noqa: E731
            tolls = [
                dict(r._mapping)
                for r in conn.execute(
                    select(t.article_id, t.killed, t.wounded, t.qualifier, t.since, t.by, t.text)
                    .order_by(t.killed.desc().nulls_last(), t.article_id, t.seq)
                    .limit(top_tolls)
                )
            ]
            return {
                "articles": scalar(select(func.count()).select_from(S.articles)),
                "articles_not_extracted": scalar(select(func.count()).where(a.skipped.is_not(None))),
                "events": scalar(select(func.count()).select_from(S.events)),
                "events_by_category": grouped(e.category),
                "events_by_country": grouped(e.country),
                "killed": scalar(select(func.coalesce(func.sum(e.killed), 0))),
                "wounded": scalar(select(func.coalesce(func.sum(e.wounded), 0))),
                "claims": scalar(select(func.count()).select_from(S.claims)),
                "claims_by_stance": grouped(c.stance),
                "contested_events": scalar(select(func.count()).where(e.contested.is_(True))),
                "tolls": scalar(select(func.count()).select_from(S.tolls)),
                "top_tolls": tolls,
                "runs": scalar(select(func.count()).select_from(S.runs)),
            }


def open_store(url_or_path: str | Path) -> Store:
    """Open (creating if needed) and migrate a store at a file path or SQLAlchemy URL.

    Errors a person can act on (missing folder, a file that is not a database, a database from a
    newer frontwire) come out as ``StoreError`` naming the file.
    """
    engine = make_engine(url_or_path)
    label = str(url_or_path)
    try:
        migrate(engine)
    except MigrationError as exc:
        engine.dispose()
        raise StoreError(f"{label}: {exc}") from exc
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"cannot open database {label}: {reason} (is it a frontwire SQLite file?)") from exc
    return Store(engine, label)
