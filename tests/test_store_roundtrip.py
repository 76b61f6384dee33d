"""Whatever record goes into the store comes back out equal (hypothesis), by id and by streaming."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwire import contract
from frontwire.model import Article, Claim, Event, Evidence, Party, Place, Record, Toll, When
from frontwire.store import open_store

# Any text a page could hold: every Unicode category but lone surrogates (not encodable in UTF-8).
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
opt_text = st.none() | text
name = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)
iso3 = st.none() | st.from_regex(r"\A[A-Z]{3}\Z")
iso_date = st.dates().map(lambda d: d.isoformat())
count = st.none() | st.integers(min_value=0, max_value=2**31 - 1)
span = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))
opt_span = st.none() | span
schema_defs = contract.schema()["$defs"]
CATEGORIES = schema_defs["event"]["properties"]["category"]["enum"]
ACLED = [t for t in schema_defs["event"]["properties"]["acled_sub_event_type"]["enum"] if t]

party = st.builds(Party, name=name, country=iso3, civilian=st.none() | st.booleans(), span=opt_span)
when = st.builds(
    When,
    date=st.none() | iso_date,
    end=st.none() | iso_date,
    precision=st.sampled_from(["day", "week", "month", "year"]),
    text=opt_text,
    span=opt_span,
)
place = st.builds(
    Place,
    name=name,
    country=iso3,
    admin1=opt_text,
    lat=st.none() | st.floats(-90, 90, allow_nan=False),
    lon=st.none() | st.floats(-180, 180, allow_nan=False),
    precision=st.sampled_from(["point", "district", "region", "country"]),
    text=opt_text,
    geonameid=st.none() | st.integers(1, 2**31 - 1),
    span=opt_span,
)
claim = st.builds(
    Claim,
    by=opt_text,
    stance=st.sampled_from(["asserts", "denies", "disputes"]),
    role=opt_text,
    country=iso3,
    span=opt_span,
    quote=opt_text,
)
event_fields: dict[str, Any] = dict(
    category=st.sampled_from(CATEGORIES),
    mode=opt_text,
    acled_sub_event_type=st.none() | st.sampled_from(ACLED),
    actor=st.none() | party,
    target=st.none() | party,
    when=st.none() | when,
    where=st.none() | place,
    killed=count,
    wounded=count,
    missing=count,
    casualty_text=opt_text,
    victims=st.sampled_from([None, "civilians", "military", "mixed"]),
    weapons=st.lists(name, max_size=3),
    status=opt_text,
    claims=st.lists(claim, max_size=4),
    evidence=st.lists(st.builds(Evidence, span=span, text=text), max_size=3),
    case_label=opt_text,
)
toll = st.builds(
    Toll,
    killed=count,
    wounded=count,
    qualifier=opt_text,
    since=st.none() | iso_date,
    by=opt_text,
    text=opt_text,
    span=opt_span,
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def records(draw: st.DrawFn) -> Record:
    body = draw(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300))
    article = Article.from_text(
        body,
        title=draw(opt_text),
        url=draw(opt_text),
        published=draw(st.none() | iso_date),
        outlet=draw(opt_text),
        agency=draw(opt_text),
        language=draw(st.none() | st.from_regex(r"\A[a-z]{2}\Z")),
        source=draw(opt_text),
        metadata=draw(st.dictionaries(text, json_value, max_size=3)),
    )
    n = draw(st.integers(0, 4))
    events = [draw(st.builds(Event, id=st.just(f"e{i + 1}"), **event_fields)) for i in range(n)]
    return Record(
        article=article,
        events=events,
        tolls=draw(st.lists(toll, max_size=2)),
        skipped=draw(st.none() | st.text(min_size=1, max_size=20)),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), min_size=1, max_size=3, unique_by=lambda r: r.article.id))
def test_records_written_come_back_equal(batch: list[Record]) -> None:
    with open_store("sqlite://") as store:
        assert store.write_batch(batch) == [True] * len(batch)
        for record in batch:
            assert store.get_record(record.article.id) == record
        assert list(store.iter_records()) == sorted(batch, key=lambda r: r.article.id)


@settings(max_examples=30, deadline=None)
@given(records())
def test_generated_records_satisfy_the_contract(record: Record) -> None:
    """The generator above stays inside the contract, so the round trip covers contract-valid data."""
    contract.validate(record.to_dict())


def test_fixture_records_round_trip_through_a_file_database(fixture_db: Any, records: list[Record]) -> None:
    assert [fixture_db.get_record(r.article.id) for r in records] == records
    assert list(fixture_db.iter_records()) == sorted(records, key=lambda r: r.article.id)
