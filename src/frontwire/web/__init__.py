"""frontwire.web: the dashboard's static files (HTML, script, styles and vendored map libraries).

The page is plain HTML + JavaScript served by the API at ``/``; everything it needs, including Leaflet
and the world outline, ships inside the package under ``static/`` so it works with no internet.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
