"""Schemathesis against the API's own OpenAPI spec, over real HTTP: whatever it generates (valid and
invalid values for every declared parameter), the server never answers 5xx and the database does not
change. Bounded: a few dozen examples per operation, no deadline per example, well under a minute.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip(
    "schemathesis", reason="schemathesis is not installed (see requirements.lock)"
)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from frontwire.api import create_app  # noqa: E402
from frontwire.api.server import running  # noqa: E402
from frontwire.model import Record  # noqa: E402


@pytest.fixture(scope="module")
def served(
    served_db: Callable[[str, list[Record]], Path],
    fingerprint: Callable[[Path], str],
    records: list[Record],
) -> Iterator[tuple[str, Path, str]]:
    path = served_db("schemathesis", records)
    before = fingerprint(path)
    # A token is set (so the POST route runs its checks) but never given to schemathesis: every POST it
    # generates must be refused with a 4xx, and nothing is written.
    with running(create_app(path, token="never-sent", max_body_bytes=64 * 1024)) as base:
        yield base, path, before


@pytest.fixture(scope="module")
def api_schema(served: tuple[str, Path, str]) -> Any:
    return schemathesis.openapi.from_url(served[0] + "/openapi.json")


# Driven through the Python API with Hypothesis directly rather than schemathesis' pytest plugin, whose
# lazy-fixture loader does not run under the pinned pytest 9.
@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_api_schemathesis_finds_no_server_error(api_schema: Any, mode: str) -> None:
    generation_mode = GenerationMode(mode)
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 6, [op.label for op in operations]
    exercised = []
    for op in operations:

        @given(case=op.as_strategy(generation_mode=generation_mode))
        @settings(
            max_examples=25,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        try:
            check()
        except Unsatisfiable:
            # Negative mode has nothing to break in an operation without parameters or body.
            assert generation_mode is GenerationMode.NEGATIVE, op.label
            continue
        exercised.append(op.label)
    assert len(exercised) >= 5, exercised


def test_api_schemathesis_left_the_database_unchanged(
    served: tuple[str, Path, str], fingerprint: Callable[[Path], str]
) -> None:
    _, path, before = served
    assert fingerprint(path) == before
