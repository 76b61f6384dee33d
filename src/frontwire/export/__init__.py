"""Exports of stored records: the contract as JSON Lines, flat ACLED-like CSV, and GeoJSON.

- ``jsonl``: one contract record per **article** per line (the shape ``frontwire extract --format
  jsonl`` prints and the API returns), because the contract is per article: claims, evidence spans and
  tolls only make sense beside the article they point into, and an export read back is the same record.
- ``csv``: one row per **event**, flat ACLED-like columns (``CSV_COLUMNS``), for spreadsheets and for
  joining with ACLED; an empty cell means "not stated", never zero.
- ``geojson``: a FeatureCollection with one Point per **event that has coordinates**, properties as the
  CSV row.

Every writer streams: it writes as it reads and never builds the whole output in memory.
"""

from frontwire.export.writers import (
    CSV_COLUMNS,
    FORMATS,
    csv_row,
    export_store,
    write_csv,
    write_geojson,
    write_jsonl,
)

__all__ = ["CSV_COLUMNS", "FORMATS", "csv_row", "export_store", "write_csv", "write_geojson", "write_jsonl"]
