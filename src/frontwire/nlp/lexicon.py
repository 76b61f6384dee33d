"""Load the engine's lexicons (data files in ``lexicons/``) once per process.

Why a loader: rules live as data so an analyst can extend a word list without touching code, and
every component reads the same copy.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed ``lexicons/<name>.json``; raises FileNotFoundError with the name if absent."""
    ref = resources.files("frontwire.nlp").joinpath("lexicons", f"{name}.json")
    with ref.open("r", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """A lower-cased set from one list in a lexicon file."""
    return frozenset(w.lower() for w in load(name)[key])
