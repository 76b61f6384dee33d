"""The packaged JSON Schema is the contract of event-record.md: it accepts real records, rejects broken
ones with an error naming the field, and covers every field the model writes."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from frontwire import contract
from frontwire.model import Claim, Event, Evidence, Party, Place, Record, Toll, When


def test_schema_is_valid_draft_2020_12() -> None:
    s = contract.schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(s)


def test_fixture_records_validate(records: list[Record]) -> None:
    for record in records:
        assert contract.validate(record.to_dict()) is not None


def test_null_means_not_stated_and_is_valid(records: list[Record]) -> None:
    d = copy.deepcopy(records[0].to_dict())
    ev = d["events"][0]
    ev.update(killed=None, wounded=None, victims=None, actor=None, target=None, when=None, where=None)
    d["article"].update(title=None, url=None, published=None)
    contract.validate(d)


def _event0(d: dict[str, Any]) -> dict[str, Any]:
    return d["events"][0]


BROKEN = {
    "category outside PLOVER": (lambda d: _event0(d).update(category="ATTACK"), "events[0].category"),
    "killed as a string": (lambda d: _event0(d).update(killed="4"), "events[0].killed"),
    "negative wounded": (lambda d: _event0(d).update(wounded=-1), "events[0].wounded"),
    "unknown stance": (
        lambda d: _event0(d)["claims"][0].update(stance="claims"),
        "events[0].claims[0].stance",
    ),
    "hour precision": (lambda d: _event0(d)["when"].update(precision="hour"), "events[0].when"),
    "ISO2 country": (lambda d: _event0(d)["where"].update(country="AZ"), "events[0].where"),
    "victims word": (lambda d: _event0(d).update(victims="soldiers"), "events[0].victims"),
    "missing evidence": (lambda d: _event0(d).pop("evidence"), "events[0]"),
    "dateline not ISO": (lambda d: d["article"].update(published="27 Oct 2020"), "article.published"),
    "span of three": (
        lambda d: _event0(d)["evidence"][0].update(span=[1, 2, 3]),
        "events[0].evidence[0].span",
    ),
    "wrong schema id": (lambda d: d.update(schema="frontwire.event-record/2"), "schema"),
    "ACLED type misspelt": (
        lambda d: _event0(d).update(acled_sub_event_type="Shelling/artillery/missile"),
        "events[0].acled_sub_event_type",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_record_is_rejected_naming_the_field(records: list[Record], case: str) -> None:
    d = copy.deepcopy(records[0].to_dict())
    assert _event0(d)["claims"] and _event0(d)["when"] and _event0(d)["where"]  # the mutations need them
    mutate, path = BROKEN[case]
    mutate(d)
    with pytest.raises(contract.ContractError) as info:
        contract.validate(d)
    assert info.value.path.startswith(path), (info.value.path, str(info.value))
    assert path in str(info.value)
    assert records[0].article.id in str(info.value)


@pytest.mark.parametrize(
    ("cls", "defn"),
    [
        (Event, "event"),
        (Party, "party"),
        (When, "when"),
        (Place, "where"),
        (Claim, "claim"),
        (Evidence, "evidence"),
        (Toll, "toll"),
    ],
)
def test_schema_describes_every_model_field(cls: type, defn: str) -> None:
    """A field added to the model without the schema would go out unchecked: catch it here."""
    props = set(contract.schema()["$defs"][defn]["properties"])
    assert {f.name for f in dataclasses.fields(cls)} <= props


def test_record_round_trips_through_its_dict(records: list[Record]) -> None:
    for record in records:
        assert contract.record_from_dict(record.to_dict(), article=record.article) == record
