"""Persistence of records: an embedded SQLite database (or any SQLAlchemy URL) with migrations.

``open_store(path_or_url)`` is the entry point; ``Store`` writes and reads records; ``ingest`` runs a
batch of articles through a processing function into the store.
"""

from frontwire.store.engine import StoreError
from frontwire.store.runner import IngestReport, Problem, ingest
from frontwire.store.store import EventFilter, EventPage, Store, event_key, open_store

__all__ = [
    "EventFilter",
    "EventPage",
    "IngestReport",
    "Problem",
    "Store",
    "StoreError",
    "event_key",
    "ingest",
    "open_store",
]
