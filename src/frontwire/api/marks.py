"""Mark evidence and claim spans in an article body, for the API and the dashboard.

Spans may overlap (a claim sentence is often also evidence) and may be stale or out of range in an old
database; the body is cut at every span boundary into segments, each carrying the set of marks that
cover it, so a client can highlight without re-deriving offsets. ``body_html`` is the same thing as
escaped HTML with ``<mark>`` elements, for clients that just want to show it.
"""

from __future__ import annotations

import html
from typing import Any


def collect_marks(event_id: str, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence and claim spans of one contract event, as ``{start, end, kind, event_id}``."""
    marks = []
    for ev in event.get("evidence") or []:
        if ev.get("span"):
            marks.append(
                {"start": ev["span"][0], "end": ev["span"][1], "kind": "evidence", "event_id": event_id}
            )
    for claim in event.get("claims") or []:
        if claim.get("span"):
            marks.append(
                {
                    "start": claim["span"][0],
                    "end": claim["span"][1],
                    "kind": claim["stance"],
                    "event_id": event_id,
                }
            )
    return marks


def segment(body: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``body`` at every mark boundary: ``[{text, start, kinds, events}]`` covering the whole body."""
    n = len(body)
    valid = [m for m in marks if 0 <= m["start"] < m["end"] <= n]
    cuts = sorted({0, n, *(m["start"] for m in valid), *(m["end"] for m in valid)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in valid if m["start"] <= start and end <= m["end"]]
        out.append(
            {
                "start": start,
                "text": body[start:end],
                "kinds": sorted({m["kind"] for m in covering}),
                "events": sorted({m["event_id"] for m in covering}),
            }
        )
    return out


def to_html(segments: list[dict[str, Any]]) -> str:
    """Escaped HTML of the body with one ``<mark class="...">`` per marked segment."""
    parts = []
    for s in segments:
        text = html.escape(s["text"])
        if s["kinds"]:
            classes = " ".join(f"fw-{k}" for k in s["kinds"])
            parts.append(f'<mark class="{classes}">{text}</mark>')
        else:
            parts.append(text)
    return "".join(parts)


def marked_body(body: str, marks: list[dict[str, Any]]) -> dict[str, Any]:
    segs = segment(body, marks)
    return {"marks": marks, "segments": segs, "body_html": to_html(segs)}
