"""The relational shape of stored records (SQLAlchemy Core tables, portable SQLite / PostgreSQL).

One record shape rules everywhere: each event row keeps its full contract dict in ``event`` and is
rebuilt from it, so nothing is lost by storing. The flat columns beside it (category, date, country,
killed...) and the ``claims``/``evidence``/``tolls`` tables are projections of that same dict, written in
the same transaction, that exist so the database can filter, sort and count without parsing JSON.

Ids are deterministic: articles by the hash of their normalised body, events by the hash of
(article id, event id within the article), claims/evidence/tolls by (parent id, position). Re-storing
the same article therefore cannot create a second copy.

Changing a table here is a schema change: add a numbered migration in ``migrations.py`` that applies it
to existing databases (migration 1 creates the tables as first released).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Events without a stated date sort after every dated one. A sentinel date rather than NULL, because
# NULL ordering differs between SQLite (first) and PostgreSQL (last), and cursor pagination needs one
# total order on every backend.
UNDATED = "9999-12-31"

migrations = Table(
    "migrations",
    metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),  # running | finished | interrupted
    Column("args", JSON, nullable=False),
    Column("read", Integer, nullable=False, default=0),
    Column("new", Integer, nullable=False, default=0),
    Column("duplicate", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("problems", JSON, nullable=False),  # [{"source", "reason", "kind": skipped|failed}]
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("outlet", Text),
    Column("agency", Text),
    Column("language", String(8)),
    Column("source", Text),
    Column("body", Text, nullable=False),
    Column("metadata", JSON, nullable=False),
    Column("skipped", Text),  # why extraction did not run (Record.skipped), else NULL
    Column("ingested_at", String(32), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),  # position in the article's event list
    Column("local_id", String(64), nullable=False),  # Event.id, stable within the article
    Column("category", String(16), nullable=False),
    Column("mode", Text),
    Column("acled_event_type", Text),
    Column("acled_sub_event_type", Text),
    Column("actor_name", Text),
    Column("actor_country", String(3)),
    Column("target_name", Text),
    Column("target_country", String(3)),
    Column("target_civilian", Boolean),
    Column("date", String(10)),
    Column("end_date", String(10)),
    Column("date_precision", String(8)),
    Column("sort_date", String(10), nullable=False),
    Column("place_name", Text),
    Column("admin1", Text),
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(10)),
    Column("geonameid", Integer),
    Column("killed", Integer),
    Column("wounded", Integer),
    Column("missing", Integer),
    Column("casualty_text", Text),
    Column("victims", String(10)),
    Column("weapons", JSON, nullable=False),
    Column("status", Text),
    Column("case_label", String(40)),
    Column("contested", Boolean, nullable=False),
    Column("event", JSON, nullable=False),  # the full contract event: the canonical copy
    Index("ix_events_sort", "sort_date", "id"),
    Index("ix_events_article", "article_id", "seq"),
    Index("ix_events_category", "category"),
    Index("ix_events_country", "country"),
)

claims = Table(
    "claims",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("by", Text),
    Column("role", Text),
    Column("country", String(3)),
    Column("stance", String(10), nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("quote", Text),
    Index("ix_claims_stance", "stance"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

tolls = Table(
    "tolls",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("killed", Integer),
    Column("wounded", Integer),
    Column("qualifier", Text),
    Column("since", String(10)),
    Column("by", Text),
    Column("text", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("toll", JSON, nullable=False),  # the full contract toll: the canonical copy
)

# Tables holding stored records (not bookkeeping), children after parents: the order to insert in.
RECORD_TABLES = (articles, events, claims, evidence, tolls)
