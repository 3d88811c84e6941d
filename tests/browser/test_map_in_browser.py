"""What only a browser shows, with no internet: markers drawn, the slider moving them, the quote on
click, a shared link reopening an event, highlighted mentions."""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.browser.conftest import SAMPLE, Server

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
RAQQA_ID = "5dabb74c4de73c57"  # "IS lost control of Raqa ... on October 17" (tests/data)
# The events the map shows by default: background mentions (event_type null) are hidden.
EVENTS = [
    f
    for f in json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
    if f["properties"].get("event_type", "") is not None
]


def events_on(day: str) -> set[str]:
    """Ids of the sample events whose [date_start, date_end] holds ``day``."""
    return {f["id"] for f in EVENTS if f["properties"]["date_start"] <= day <= f["properties"]["date_end"]}


def open_map(page, url: str):
    page.goto(url)
    frame = page.frame_locator(MAP)
    frame.locator(".leaflet-marker-pane > *").first.wait_for(timeout=30_000)
    return frame


def map_frame(page):
    return next(f for f in page.frames if "st_folium" in f.url)


def move_slider(page, day: str) -> None:
    """Set the time slider as a drag does: a new value (days since 1970) and an ``input`` event."""
    days = (date.fromisoformat(day) - date(1970, 1, 1)).days
    map_frame(page).evaluate(
        """(t) => { const s = document.querySelector("input.time-slider");
                    s.value = String(t); s.dispatchEvent(new Event("input", {bubbles: true})); }""",
        days,
    )


def choose_window(page, value: str) -> None:
    page.frame_locator(MAP).locator("select.tc-window").select_option(value)


def visible_events(page) -> set[str]:
    return set(
        map_frame(page).evaluate(
            """() => [...document.querySelectorAll(".leaflet-marker-pane [data-event]")].map(e => e.dataset.event)"""
        )
    )


def await_markers(page, day: str) -> None:
    """Wait (polling) until the markers drawn are the events of ``day``: the cluster group animates
    markers in and out, so the set is right only once its animation has ended."""
    with contextlib.suppress(PlaywrightTimeout):  # the assertion after it says what differs
        map_frame(page).wait_for_function(
            """(ids) => { const drawn = [...document.querySelectorAll(".leaflet-marker-pane [data-event]")]
                            .map(e => e.dataset.event).sort();
                          return JSON.stringify(drawn) === JSON.stringify(ids); }""",
            arg=sorted(events_on(day)),
            timeout=10_000,
        )


def await_settled(page) -> None:
    """Wait (polling) until neither the map nor the cluster group is animating."""
    map_frame(page).wait_for_function(
        """() => { const tl = window.eventTimeline;
                   return !tl.map._animatingZoom && !tl.group._inZoomAnimation
                          && !document.querySelector(".leaflet-cluster-anim"); }""",
        timeout=10_000,
    )


def test_landing_shows_markers_with_no_internet(page, server):
    frame = open_map(page, server.url)
    assert frame.locator(".leaflet-marker-pane > *").count() > 0
    expect(frame.locator("output.time-text")).to_have_text(re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$"))
    expect(frame.locator(".leaflet-overlay-pane path").first).to_be_attached()  # offline borders drawn
    assert page.blocked == [], "nothing may try to leave the machine"


# When the map drew its first events and the country borders (its marks on the performance timeline).
MILESTONES = """() => Object.fromEntries(["drawn", "borders"].map(k =>
  [k, (performance.getEntriesByName("conflictMap:" + k)[0] || {}).startTime]))"""


def test_the_events_come_first_then_the_borders(page, server):
    # The first marker waits for nothing it does not need: the events' payload is asked for before
    # Leaflet loads (static/map/prefetch.js), and the country borders are drawn after the markers.
    asked = []
    page.on("request", lambda r: asked.append(r.url.split("?")[0]))
    open_map(page, server.url)
    frame = map_frame(page)
    expect(page.frame_locator(MAP).locator(".leaflet-overlay-pane path").first).to_be_attached()
    seen = frame.evaluate(MILESTONES)
    assert seen["drawn"] < seen["borders"], seen
    payload = next(i for i, u in enumerate(asked) if re.search(r"/map/data/events-\w+\.json", u))
    leaflet = next(i for i, u in enumerate(asked) if u.endswith("/leaflet/dist/leaflet.js"))
    assert payload < leaflet, asked
    assert page.blocked == []


def test_moving_the_slider_hides_and_shows_the_right_markers(page, server):
    open_map(page, server.url)
    choose_window(page, "1")  # the events whose interval holds the slider's day
    for day in ("2019-03-01", "2016-01-01", "2017-11-03", "2019-05-11"):
        move_slider(page, day)
        await_markers(page, day)
        assert visible_events(page) == events_on(day), day
    # The step buttons jump to the next date where an event starts or ends.
    frame = page.frame_locator(MAP)
    move_slider(page, "2019-03-01")
    frame.locator("button.next").click()
    expect(frame.locator("output.time-text")).to_have_text("10 March 2019")  # last day of Baghuz range
    assert visible_events(page) == events_on("2019-03-10")
    frame.locator("button.next").click()
    expect(frame.locator("output.time-text")).to_have_text("11 May 2019")
    await_markers(page, "2019-05-11")
    assert visible_events(page) == events_on("2019-05-11")


def test_clicking_raqqa_marker_shows_the_quote(page, server):
    frame = open_map(page, server.url)
    choose_window(page, "1")
    move_slider(page, "2017-10-17")
    expect(frame.locator("output.time-text")).to_have_text("17 October 2017")
    await_settled(page)
    # Raqqa: the October-long event and the 17th, at one place: the cluster fans out on click.
    frame.locator(".marker-cluster").filter(has_text="2").click()
    frame.locator(f'[data-event="{RAQQA_ID}"]').click()
    popup = frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("IS lost control of Raqa")
    expect(popup).to_contain_text("on October 17")
    expect(popup.locator("mark")).to_have_text("Raqa")
    expect(popup).to_contain_text("17 October 2017, day")
    expect(popup).to_contain_text("The Jakarta Post (AFP)")
    # The click reaches the app: details beside the map, and the link names the event.
    expect(page.locator(".ev-detail")).to_contain_text("IS lost control of Raqa", timeout=15_000)
    expect(page).to_have_url(re.compile(f"event={RAQQA_ID}"))
    expect(popup).to_be_visible()  # the rerun did not remount the map
    assert page.blocked == [] and page.dialogs == []


def test_shared_link_restores_the_selected_event(page, server):
    frame = open_map(page, f"{server.url}?start=2017-10-01&event={RAQQA_ID}")
    popup = frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("IS lost control of Raqa", timeout=15_000)
    expect(frame.locator("output.time-text")).to_have_text("17 October 2017")
    expect(page.locator(".ev-detail")).to_contain_text("on October 17")
    expect(page.get_by_text(re.compile(r"^\d+ of 13 events"))).to_be_visible()


def test_sources_page_highlights_mentions(page, server):
    page.goto(f"{server.url}sources?source=003_3ba38f1d61eacb9e")
    article = page.locator(".art").first
    expect(article).to_be_visible(timeout=30_000)
    expect(article.locator("mark.place").filter(has_text="Deir Ezzor")).to_have_count(1)
    expect(article.locator("mark.place").filter(has_text="Raqa").first).to_be_visible()
    expect(article.locator("mark.date").filter(has_text="October 17")).to_have_count(1)
    # Each event links to the map at that event.
    page.get_by_role("link", name=re.compile("Raqqa — 17 October 2017")).click()
    popup = page.frame_locator(MAP).locator(".leaflet-popup-content")
    expect(popup).to_contain_text("IS lost control of Raqa", timeout=30_000)
    assert page.blocked == []


def test_map_renders_under_a_path_prefix(page, log_dir):
    prefixed = Server(log_dir, base_path="conflict/map")
    try:
        frame = open_map(page, prefixed.url)
        assert frame.locator(".leaflet-marker-pane > *").count() > 0
        expect(frame.locator(".leaflet-overlay-pane path").first).to_be_attached()
        assert page.blocked == []
    finally:
        prefixed.stop()


def test_today_is_never_a_sample_date():
    """Guard for the table above: the sample data is fixed, not relative to today."""
    assert max(f["properties"]["date_end"] for f in EVENTS) < date.today().isoformat()


def test_a_link_straight_to_a_page_on_a_fresh_server_opens_it_inside_the_app(page, log_dir):
    fresh = Server(log_dir)  # nothing has opened the landing page of this server yet
    try:
        page.goto(f"{fresh.url}events")
        expect(page.get_by_text("events in the current view").first).to_be_visible(timeout=30_000)
        # The app's own menu (page titles), not one made of file names.
        nav = page.locator('[data-testid="stSidebarNav"]')
        expect(nav.get_by_role("link", name="Add article")).to_be_visible()
        expect(nav.get_by_role("link", name="app", exact=True)).to_have_count(0)
        assert page.blocked == []
    finally:
        fresh.stop()
