"""The popup is defined once (geo.maps.popup.PARTS): the map joins it in the browser from the compact
payload's escaped pieces, the panel beside the map renders it in Python. For every seed event, the
popup the map opens reads exactly as the panel's rendering of the same event, part by part."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from geo.maps import popup
from geo.store import open_store
from tests.browser.conftest import Server

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
NOTE = "Checked against the wire copy <b>twice</b>"  # markup in a note stays text in both renderings

# The popup the map has open for event ``id``, once it is the only one (a closed popup fades out for a
# moment): its text and the classes of its parts, in order.
OPEN_POPUP = """(id) => {
  const tl = window.eventTimeline, all = document.querySelectorAll(".leaflet-popup-content");
  const el = all.length === 1 ? all[0] : null;
  if (tl.openEvent !== id || !el || !el.textContent) return null;
  return {text: el.textContent, parts: [...el.children].map((c) => c.className)};
}"""
# The same read of the Python rendering, parsed inertly (DOMParser runs nothing and loads nothing).
READ_HTML = """(html) => {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return {text: body.textContent, parts: [...body.children].map((c) => c.className)};
}"""


@pytest.fixture(scope="module")
def seed_server(log_dir):
    """The app on its own store, filled from the seed articles (data/articles)."""
    s = Server(log_dir, events=None)
    yield s
    s.stop()


def open_map(page, url: str):
    page.goto(url)
    page.frame_locator(MAP).locator(".leaflet-marker-pane > *").first.wait_for(timeout=60_000)
    return next(f for f in page.frames if "st_folium" in f.url)


def test_every_seed_events_popup_reads_as_the_panel_renders_it(page, seed_server):
    open_map(page, f"{seed_server.url}?background=1")  # fills the store on first use
    with open_store(seed_server.store) as s:
        first = next(f for f in s.features() if f["properties"].get("date_start"))
        s.correct(first["id"], "note", author="Ana", note=NOTE)  # the correction line is a part too
        features = {f["id"]: f for f in s.features()}
    frame = open_map(page, f"{seed_server.url}?background=1")

    # Every dated event of the seed is on the map (background mentions too, with background=1).
    on_map = frame.evaluate("() => window.eventTimeline.P.id")
    dated = {i for i, f in features.items() if f["properties"].get("date_start") and f.get("geometry")}
    assert len(dated) > 50 and set(on_map) == dated

    for event_id in on_map:
        frame.evaluate("(id) => window.eventTimeline.open(window.eventTimeline.byId[id])", event_id)
        shown = frame.wait_for_function(OPEN_POPUP, arg=event_id, timeout=15_000).json_value()
        expected = frame.evaluate(READ_HTML, popup.event_html(features[event_id]))
        assert shown == expected, event_id

    # What a user reads in the corrected event's popup: the line and the note, its markup as text.
    frame.evaluate("(id) => window.eventTimeline.open(window.eventTimeline.byId[id])", first["id"])
    note = page.frame_locator(MAP).locator(".leaflet-popup-content .ev-fix-note")
    expect(note).to_contain_text("Corrected (note) by Ana on ")
    expect(note).to_contain_text(NOTE)
    assert page.blocked == []
