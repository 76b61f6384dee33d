"""frontwire.api: the HTTP API and dashboard (FastAPI); ``create_app(db)`` builds the application.

Faces only: parsing requests, reading the store (read-only), and formatting responses. Extraction is
``frontwire.pipeline.process``; queries are ``frontwire.store`` plus the filters in ``query.py``.
"""

from frontwire.api.app import create_app

__all__ = ["create_app"]
