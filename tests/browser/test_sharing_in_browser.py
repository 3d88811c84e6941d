"""Sharing what you see, in Chromium with no internet: the Copy button puts the page's live link on the
clipboard, the link opened in a fresh browser context shows the same filters, event, date, window, zoom
and centre; the map fills the window and a phone reaches the map, the slider's whole range and the
panel."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LOOPBACK

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
SHARE = "iframe[srcdoc*='share-url']"
RAQQA_ID = "5dabb74c4de73c57"  # "IS lost control of Raqa ... on October 17" (tests/data)
SHOTS = Path("/tmp/shots13page")


def fresh_page(browser, width=1400, height=950, clipboard=False):
    """A page in a context of its own whose requests may only reach loopback."""
    context = browser.new_context(viewport={"width": width, "height": height})
    if clipboard:
        context.grant_permissions(["clipboard-read", "clipboard-write"])
    blocked: list[str] = []

    def route(r):
        url = r.request.url
        if url.startswith(("data:", "blob:", "about:")) or urlsplit(url).hostname in LOOPBACK:
            r.continue_()
        else:
            blocked.append(url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.blocked = blocked
    return context, page


def map_frame(page):
    """The frame of the map on the page now (not one a rebuilt map replaced)."""
    return page.locator(MAP).last.element_handle().content_frame()


def live(page) -> dict:
    """The map's live view, read from the map itself."""
    return map_frame(page).evaluate(
        """() => { const tl = window.eventTimeline, c = tl.map.getCenter();
                   return {t: window.conflictMap.dayString(tl.t), w: tl.w, z: tl.map.getZoom(),
                           lat: c.lat, lon: c.lng, started: !!tl._started}; }"""
    )


def wait_started(page):
    # While a new map replaces the old one (a filter changed), Streamlit briefly keeps both frames.
    page.wait_for_function(
        """() => document.querySelectorAll("iframe[title='streamlit_folium.st_folium']").length === 1""",
        timeout=30_000,
    )
    page.frame_locator(MAP).locator(".leaflet-marker-pane > *").first.wait_for(timeout=30_000)
    page.wait_for_function(
        """() => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
                   const tl = f && f.contentWindow.eventTimeline; return !!(tl && tl._started); }""",
        timeout=30_000,
    )


def test_copy_link_copies_the_live_view_and_a_fresh_context_reopens_it(browser, server):
    context, page = fresh_page(browser, clipboard=True)
    try:
        page.goto(f"{server.url}?q=Raqa&event={RAQQA_ID}")
        wait_started(page)
        frame = page.frame_locator(MAP)
        expect(frame.locator(".leaflet-popup-content")).to_contain_text("IS lost control of Raqa")
        # Move the map as an analyst would: a 30-day window, zoomed in on Raqqa.
        frame.locator("select.tc-window").select_option("30")
        map_frame(page).evaluate(
            "() => window.eventTimeline.map.setView([35.95, 39.01], 8, {animate: false})"
        )
        expect(page).to_have_url(re.compile(r"[?&]z=8(&|$)"), timeout=10_000)
        expect(page).to_have_url(re.compile(r"[?&]w=30(&|$)"))
        # Moving the map closed the popup: open the event again as a click on its marker does.
        map_frame(page).evaluate(
            f"() => window.eventTimeline.open(window.eventTimeline.byId['{RAQQA_ID}'], false)"
        )
        expect(frame.locator(".leaflet-popup-content")).to_contain_text("IS lost control of Raqa")
        expect(page).to_have_url(re.compile(f"[?&]event={RAQQA_ID}"))
        seen = live(page)

        share = page.frame_locator(SHARE)
        share.get_by_role("button", name="Copy link").click()
        expect(share.locator("#said")).to_have_text("Copied")
        copied = page.evaluate("() => navigator.clipboard.readText()")
        query = parse_qs(urlsplit(copied).query)
        assert copied.startswith(server.url)
        assert query["q"] == ["Raqa"] and query["event"] == [RAQQA_ID]
        assert query["t"] == [seen["t"]] and query["w"] == ["30"] and query["z"] == ["8"]
        lat, lon = (float(x) for x in query["c"][0].split(","))
        now = live(page)  # opening the popup may have panned the map a little: the copy is live
        assert abs(lat - now["lat"]) < 1e-3 and abs(lon - now["lon"]) < 1e-3
        assert abs(lat - 35.95) < 0.1 and abs(lon - 39.01) < 0.1
        assert page.blocked == []
    finally:
        context.close()

    # A colleague opens it: nothing shared with the first context.
    context, page = fresh_page(browser)
    try:
        page.goto(copied)
        wait_started(page)
        frame = page.frame_locator(MAP)
        expect(frame.locator(".leaflet-popup-content")).to_contain_text("IS lost control of Raqa")
        expect(page.get_by_label("Search the quotes")).to_have_value("Raqa")
        expect(page.locator(".ev-detail")).to_contain_text("on October 17")
        again = live(page)
        assert again["t"] == seen["t"] and again["w"] == 30 and again["z"] == 8
        assert abs(again["lat"] - lat) < 2e-3 and abs(again["lon"] - lon) < 2e-3
        assert page.blocked == []
    finally:
        context.close()


def test_the_app_rewriting_the_url_keeps_the_maps_view(browser, server):
    context, page = fresh_page(browser)
    try:
        page.goto(f"{server.url}?z=7&c=35.95,39.01&t=2017-10-17")
        wait_started(page)
        map_frame(page).evaluate("() => { window.eventTimeline.map.setZoom(9, {animate: false}); }")
        expect(page).to_have_url(re.compile(r"[?&]z=9(&|$)"), timeout=10_000)
        page.get_by_label("Search the quotes").fill("Raqa")
        page.get_by_label("Search the quotes").press("Enter")
        expect(page).to_have_url(re.compile(r"[?&]q=Raqa(&|$)"), timeout=15_000)
        # The filter rebuilt the map (framing the new selection): the URL follows the live map.
        wait_started(page)
        view = live(page)
        expect(page).to_have_url(re.compile(rf"[?&]z={view['z']}(&|$)"), timeout=10_000)
        expect(page).to_have_url(re.compile(rf"[?&]t={view['t']}(&|$)"))
    finally:
        context.close()


def test_the_panels_list_opens_an_event(browser, server):
    context, page = fresh_page(browser)
    try:
        page.goto(f"{server.url}?event={RAQQA_ID}")
        wait_started(page)
        links = page.locator(".ev-list a[data-event]")
        expect(links).to_have_count(4)  # the four Raqqa events (point precision)
        other = page.locator('.ev-list a[data-event="62e67d9e2f5eea36"]')  # 14 November 2017
        other.click()
        expect(page).to_have_url(re.compile("event=62e67d9e2f5eea36"), timeout=15_000)
        wait_started(page)
        expect(page.frame_locator(MAP).locator(".leaflet-popup-content")).to_contain_text("14 November 2017")
        expect(page.locator(".ev-sel")).to_contain_text("14 November 2017")
    finally:
        context.close()


def test_the_map_fills_the_window(browser, server):
    context, page = fresh_page(browser)
    try:
        page.goto(server.url)
        wait_started(page)
        box = page.locator(MAP).bounding_box()
        assert box and box["y"] + box["height"] >= 950 - 40, box  # no empty space below it
        assert box["y"] + box["height"] <= 950 + 1, box  # and not taller than the window
        inner = map_frame(page).evaluate("() => document.getElementById('map_div').offsetHeight")
        assert abs(inner - box["height"]) <= 2
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "landing.png"))
    finally:
        context.close()


def test_a_phone_reaches_the_map_the_whole_slider_and_the_panel(browser, server):
    context, page = fresh_page(browser, width=390, height=844)
    try:
        page.goto(f"{server.url}?event={RAQQA_ID}")
        wait_started(page)
        frame = page.frame_locator(MAP)
        slider = frame.locator("input.time-slider")
        expect(slider).to_be_visible()
        box = page.locator(MAP).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1, box
        sbox = slider.bounding_box()  # in page coordinates
        assert sbox and sbox["x"] >= 0 and sbox["x"] + sbox["width"] <= 390 + 1, sbox
        assert sbox["y"] + sbox["height"] <= 844, sbox  # on the first screen
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "phone.png"))
        # The slider's whole range: its two ends.
        lo, hi = slider.get_attribute("min"), slider.get_attribute("max")
        slider.focus()
        slider.press("Home")
        expect(slider).to_have_value(lo)
        slider.press("End")
        expect(slider).to_have_value(hi)
        # The panel is below the map: scroll to it.
        detail = page.locator(".ev-detail")
        detail.scroll_into_view_if_needed()
        expect(detail).to_be_in_viewport()
        expect(detail).to_contain_text("IS lost control of Raqa")
        page.screenshot(path=str(SHOTS / "phone-panel.png"))
        assert page.blocked == []
    finally:
        context.close()
