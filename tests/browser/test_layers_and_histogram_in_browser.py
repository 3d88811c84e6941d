"""The map's layer control and the histogram's shading, in Chromium with no internet: the offline
basemap is a layer the analyst can switch off (beside the online tiles), and the shaded part of the
histogram is what is on the map: from the data's start to the slider's date when cumulative, the last
N days with a window."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from geo.maps import eventmap
from tests.browser.conftest import SAMPLE

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
SPANS = [
    eventmap.interval_days(f["properties"])
    for f in json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
]
# The shaded columns of the histogram's top row (bars grow from the bottom; the red date line is red).
SHADED = """() => { const c = document.querySelector('.tc-hist canvas'), row = c.getContext('2d')
  .getImageData(0, 0, c.width, 1).data; let first = -1, last = -1;
  for (let x = 0; x < c.width; x++) if (row[4 * x + 3] > 0 && row[4 * x + 2] > row[4 * x]) {
    if (first < 0) first = x; last = x; }
  const tl = window.eventTimeline; return {width: c.width, first, last, min: tl.min, max: tl.max}; }"""


def open_map(page, url):
    page.goto(url + "?background=1")  # every event: the histogram's span is the whole sample's
    frame = page.frame_locator(MAP)
    frame.locator(".leaflet-marker-pane > *").first.wait_for(timeout=30_000)
    return frame, next(f for f in page.frames if "st_folium" in f.url)


def column(day: int, got: dict) -> float:
    return (day - got["min"]) / (got["max"] - got["min"] + 1) * got["width"]


def test_the_shading_is_what_is_on_the_map(page, server):
    frame, f = open_map(page, server.url)
    lo = min(s for s, _ in SPANS)
    t = eventmap.day_number("2017-06-01")  # between the 2016 and the late-2017 events
    f.evaluate(f"() => window.eventTimeline.setTime({t})")
    got = f.evaluate(SHADED)
    assert got["min"] == lo
    # Cumulative: from the data's start to the date, and nothing after it.
    assert got["first"] <= 1 and abs(got["last"] - column(t + 1, got)) <= 3, got
    assert got["last"] < got["width"] * 0.9, got
    frame.locator("select.tc-window").select_option("30")
    got = f.evaluate(SHADED)
    assert abs(got["first"] - column(t - 29, got)) <= 3 and abs(got["last"] - column(t + 1, got)) <= 3, got


def test_the_offline_basemap_is_a_layer_to_switch(page, server):
    frame, _ = open_map(page, server.url)
    paths = frame.locator(".leaflet-overlay-pane path")
    expect(paths.nth(50)).to_be_attached(timeout=15_000)  # the country borders are drawn
    drawn = paths.count()
    frame.locator(".leaflet-control-layers").hover()
    row = frame.locator(".leaflet-control-layers-overlays label", has_text="Country borders (offline)")
    expect(row).to_be_visible()
    tiles = frame.locator(".leaflet-control-layers-overlays label", has_text="OpenStreetMap tiles")
    expect(tiles).to_be_visible()  # beside the online tiles
    row.locator("input").uncheck()
    assert paths.count() < drawn - 50  # the borders are gone (rivers and lakes may stay)
    row.locator("input").check()
    expect(paths).to_have_count(drawn)
