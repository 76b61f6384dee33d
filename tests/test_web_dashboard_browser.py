"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright (no browser is
downloaded; ``make test`` installs the ``chromium`` package). The page is served by the real API on a
loopback port over the fixture database; the test loads it, filters, opens an event, checks that the
evidence sentences are highlighted in the article text, and saves a screenshot under the test's tmp dir.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontwire.api import create_app
from frontwire.api.server import running
from frontwire.model import Record
from frontwire.store import event_key

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (run `make browser`, which `make test` does)"
)


@pytest.fixture(scope="module")
def base_url(served_db: Callable[[str, list[Record]], Path], records: list[Record]) -> Iterator[str]:
    with running(create_app(served_db("web", records), token="")) as base:
        yield base


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        # Offline by construction: any request that leaves this server fails the test.
        outside: list[str] = []
        pg.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(base_url) or route.request.url.startswith("data:")
                else (outside.append(route.request.url), route.abort())
            ),
        )
        pg.goto(base_url + "/")
        pg.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
        pg.errors, pg.outside = errors, outside
        yield pg
        browser.close()


def test_web_dashboard_loads_offline_with_map_timeline_and_table(page: Any, base_url: str) -> None:
    incidents = httpx.get(base_url + "/api/incidents", params={"limit": 1000}).json()["items"]
    assert page.locator("#events tbody tr").count() == len(incidents) > 0  # incidents are the default view
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 100  # world outline drawn
    assert page.locator("#map .marker-cluster, #map path.leaflet-interactive").count() > 0
    assert page.locator("#timeline rect.bar").count() > 0
    assert not page.errors, page.errors
    assert not page.outside, page.outside


def test_web_filter_then_open_event_shows_highlighted_evidence(
    page: Any, records: list[Record], tmp_path: Path
) -> None:
    rec, ev = next((r, e) for r in records for e in r.events if e.contested and e.evidence and e.where)
    country = ev.where.country
    page.select_option("#filters select[name=view]", "events")
    page.fill("#filters input[name=country]", country)
    page.select_option("#filters select[name=contested]", "true")
    page.click("#apply")
    eid = event_key(rec.article.id, ev.id)
    # wait for the filtered table itself (not an emptied or stale one): it holds the event and only
    # rows of the country, so a slow machine cannot pass or fail this on a half-drawn table
    page.wait_for_function(
        "([c, id]) => { const rows = [...document.querySelectorAll('#events tbody tr')];"
        " return rows.some(tr => tr.dataset.id === id) && rows.every(tr =>"
        " [tr.dataset.country, tr.dataset.actorCountry, tr.dataset.targetCountry].includes(c)); }",
        arg=[country, eid],
    )
    rows = page.locator("#events tbody tr")
    assert rows.count() >= 1
    assert page.locator("#events tbody .tag.uncontested").count() == 0

    page.click(f"#events tbody tr[data-id='{eid}']")
    page.wait_for_selector("#detail:not([hidden]) #d-body mark.fw-evidence")
    assert page.get_attribute("#detail", "data-id") == eid
    # Adjacent marks are contiguous pieces of the body (a claim span can split an evidence sentence).
    highlighted = page.evaluate(
        "[...document.querySelectorAll('#d-body mark.fw-evidence')].map(m => m.textContent).join('')"
    )
    for evidence in ev.evidence:
        assert evidence.text in highlighted
    asserts = page.inner_text("#d-asserts")
    denies = page.inner_text("#d-denies")
    for claim in ev.claims:
        if claim.by:
            assert claim.by in (asserts if claim.stance == "asserts" else denies)
    shot = tmp_path / "dashboard-event.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert not page.errors, page.errors
    assert not page.outside, page.outside


def test_web_incident_panel_shows_every_report_with_figures_and_evidence(
    page: Any, base_url: str, tmp_path: Path
) -> None:
    incidents = httpx.get(base_url + "/api/incidents", params={"limit": 1000}).json()["items"]
    target = max(incidents, key=lambda i: (i["sources"], i["id"]))
    assert target["sources"] > 1, "the fixture should hold an incident reported by several articles"
    detail = httpx.get(f"{base_url}/api/incidents/{target['id']}").json()
    page.click("#reset")
    page.select_option("#filters select[name=view]", "incidents")
    page.wait_for_selector(f"#events tbody tr[data-id='{target['id']}']")
    page.click(f"#events tbody tr[data-id='{target['id']}']")
    page.wait_for_function(
        "(id) => document.querySelector('#detail').dataset.id === id && !document.querySelector('#detail').hidden",
        arg=target["id"],
    )
    assert page.locator("#d-body section.report").count() == len(detail["articles"])
    assert page.locator("#d-sources tbody tr").count() == len(detail["figures"])
    highlighted = page.evaluate(
        "[...document.querySelectorAll('#d-body mark.fw-evidence')].map(m => m.textContent).join('')"
    )
    for evidence in detail["evidence"]:
        if evidence.get("span"):
            assert evidence["text"] in highlighted
    page.screenshot(path=str(tmp_path / "dashboard-incident.png"), full_page=True)
    assert not page.errors, page.errors
    assert not page.outside, page.outside
