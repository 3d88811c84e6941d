"""The time control inside the map, in a real browser with no internet: play shows every event, steps
land on change points, the window rule, the histogram, the keyboard, the feed, popups kept clear of
the legend, a shared view reopened, and the view written into the page's URL."""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from geo.maps import eventmap
from tests.browser.conftest import SAMPLE

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
# The events the map shows by default: background mentions (event_type null) are hidden.
EVENTS = [
    f
    for f in json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
    if f["properties"].get("event_type", "") is not None
]
SPANS = {f["id"]: eventmap.interval_days(f["properties"]) for f in EVENTS}
RAQQA_ID = "5dabb74c4de73c57"


def day(n: int) -> str:
    return (date(1970, 1, 1) + timedelta(days=n)).isoformat()


def open_map(page, url):
    page.goto(url)
    frame = page.frame_locator(MAP)
    frame.locator(".leaflet-marker-pane > *").first.wait_for(timeout=30_000)
    return frame, next(f for f in page.frames if "st_folium" in f.url)


def state(f):
    return f.evaluate("() => ({t: window.eventTimeline.t, ids: window.eventTimeline.visibleIds()})")


def expected(t: int, window: int | None) -> set[str]:
    return {i for i, span in SPANS.items() if eventmap.visible(span, t, window)}


@pytest.mark.parametrize("window", ["1", "7", "365", "all"])
def test_play_from_where_the_map_opens_shows_every_event_and_ends(page, server, window):
    # Pressed where the map opens (the last day an event starts), in every window: play starts from the
    # data's start, shows every event at least once and stops at the end (in a trailing window it ran
    # on for ever, stuck at the slider's end, when the last events left the window after it).
    frame, f = open_map(page, server.url)
    # Record the visible ids at every step, in the page, as play runs at its fastest.
    f.evaluate(
        """() => { window.seen = new Set(); window.steps = [];
                   window.eventTimeline.onChange(tl => { window.steps.push(tl.t);
                     tl.visibleIds().forEach(i => window.seen.add(i)); }); }"""
    )
    frame.locator("select.tc-window").select_option(window)
    frame.locator("select.tc-speed").select_option("10")
    f.evaluate("() => { window.seen = new Set(); window.steps = []; }")
    frame.locator("button.play").click()
    expect(frame.locator("button.play")).not_to_have_class(re.compile("playing"), timeout=45_000)
    seen = set(f.evaluate("() => [...window.seen]"))
    assert seen == set(SPANS), set(SPANS) - seen
    steps = f.evaluate("() => window.steps")
    w = None if window == "all" else int(window)
    last = max(end for _, end in SPANS.values())
    changes = [c for c in eventmap.change_points(list(SPANS.values()), w) if c <= last]
    assert steps[0] == changes[0] and set(steps) <= set(changes)  # from the start, only change points
    assert steps[-1] == changes[-1]  # ... to the last one the slider reaches


def test_next_and_previous_land_on_change_points(page, server):
    frame, f = open_map(page, server.url)
    frame.locator("select.tc-window").select_option("7")
    changes = eventmap.change_points(list(SPANS.values()), 7)
    f.evaluate(f"() => window.eventTimeline.setTime({changes[0]})")
    for want in changes[1:6]:
        frame.locator("button.next").click()
        expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(want))
        assert set(state(f)["ids"]) == expected(want, 7)
    frame.locator("button.prev").click()
    expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(changes[4]))


def test_the_window_select_changes_what_is_visible(page, server):
    frame, f = open_map(page, server.url)
    t = eventmap.day_number("2017-12-10")
    f.evaluate(f"() => window.eventTimeline.setTime({t})")
    for value, window in (("1", 1), ("7", 7), ("30", 30), ("365", 365), ("all", None)):
        frame.locator("select.tc-window").select_option(value)
        assert set(state(f)["ids"]) == expected(t, window), value
        expect(frame.locator(".tc-count")).to_contain_text(f"{len(expected(t, window))} event")


def test_clicking_the_histogram_jumps_and_arrow_keys_step(page, server):
    frame, f = open_map(page, server.url)
    canvas = frame.locator(".tc-hist canvas")
    box = canvas.bounding_box()
    lo, hi = min(s for s, _ in SPANS.values()), max(e for _, e in SPANS.values())
    canvas.click(position={"x": 0, "y": box["height"] / 2})
    expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(lo))  # the first day
    canvas.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    middle = state(f)["t"]
    assert abs(middle - (lo + hi) / 2) <= (hi - lo) / 50
    frame.locator(".leaflet-container").focus()
    page.keyboard.press("ArrowRight")
    expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(middle + 1))
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(middle - 1))
    page.keyboard.press("PageDown")  # the next change point
    nxt = min(c for c in eventmap.change_points(list(SPANS.values()), None) if c > middle - 1)
    expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(nxt))
    # after a click on « or », which keeps the focus, the arrows still step a day
    frame.locator("button.prev").click()
    before = state(f)["t"]
    page.keyboard.press("ArrowRight")
    expect(frame.locator("output.time-text")).to_have_attribute("data-day", day(before + 1))


def test_the_feed_lists_the_visible_events_newest_first_and_opens_them(page, server):
    frame, f = open_map(page, server.url)
    frame.locator(".ev-feed .ev-toggle").click()
    items = frame.locator(".ev-feed li[data-feed-event]")
    expect(items).to_have_count(len(EVENTS))  # cumulative at the end: everything
    t = eventmap.day_number("2017-12-09")
    f.evaluate(f"() => window.eventTimeline.setTime({t})")
    frame.locator("select.tc-window").select_option("7")
    want = expected(t, 7)
    expect(items).to_have_count(len(want))
    ids = items.evaluate_all("els => els.map(e => e.dataset.feedEvent)")
    assert set(ids) == want
    starts = [SPANS[i][0] for i in ids]
    assert starts == sorted(starts, reverse=True)  # newest first
    items.first.click()
    popup = frame.locator(".leaflet-popup-content")
    first = next(e for e in EVENTS if e["id"] == ids[0])
    expect(popup).to_contain_text(first["properties"]["excerpt"][:40])


# The open popup is clear of the legend and above the time control, and the map is not panning: what
# the legend test asserts, polled while the popup's pan and the legend's fold play out.
CLEAR_OF_CONTROLS = """() => {
  const q = (s) => document.querySelector(s), pan = window.eventTimeline.map._panAnim;
  if (!q(".leaflet-popup") || !q(".ev-legend") || !q(".tc") || (pan && pan._inProgress)) return false;
  const a = q(".leaflet-popup").getBoundingClientRect(), b = q(".ev-legend").getBoundingClientRect();
  const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  return apart && a.bottom <= q(".tc").getBoundingClientRect().top + 1;
}"""


@pytest.mark.parametrize("viewport", [(1400, 950), (390, 844)])
def test_the_legend_never_covers_an_open_popup(browser, server, viewport):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    try:
        frame, f = open_map(page, server.url)
        legend = frame.locator(".ev-legend")
        if "ev-collapsed" in (legend.get_attribute("class") or ""):
            frame.locator(".ev-legend .ev-toggle").click()  # open it, the worst case
        # Every event of the view, one after another, through the fanned-out clusters (four Raqqa
        # events at one point, two at Baghuz): this once locked the page on a phone.
        assert len(EVENTS) >= 10
        for ev in EVENTS:
            f.evaluate(f"() => window.eventTimeline.open(window.eventTimeline.byId[{json.dumps(ev['id'])}])")
            popup = frame.locator(".leaflet-popup")
            expect(popup).to_contain_text(ev["properties"]["excerpt"][:30], timeout=10_000)
            with contextlib.suppress(PlaywrightTimeout):  # the assertions below say what overlaps
                f.wait_for_function(CLEAR_OF_CONTROLS, timeout=5_000)  # the pan and the fold settle
            a, b = popup.bounding_box(), legend.bounding_box()
            apart = a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
            apart = apart or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
            assert apart, (ev["id"], a, b)
            tc = frame.locator(".tc").bounding_box()
            assert a["y"] + a["height"] <= tc["y"] + 1, "the time control covers the popup"
            # (a block: closePopup returns the map, and Playwright took ~15 s serialising it)
            f.evaluate("() => { window.eventTimeline.map.closePopup(); }")
            expect(popup).to_have_count(0)  # faded out and removed: the page still runs
        # Every control is within reach on a phone: the slider and the window select are on screen.
        for sel in ("input.time-slider", "select.tc-window", "button.play", ".ev-legend .ev-toggle"):
            r = frame.locator(sel).bounding_box()
            assert r and r["x"] >= 0 and r["x"] + r["width"] <= viewport[0] + 1, sel
    finally:
        context.close()


# The open popup against what could cover it: the time control below, and any legend or feed still open.
POPUP_COVERED = """() => {
  const q = (s) => document.querySelector(s), p = q(".leaflet-popup");
  if (!p) return "no popup";
  const a = p.getBoundingClientRect();
  if (a.bottom > q(".tc").getBoundingClientRect().top + 1) return "the time control";
  const over = [...document.querySelectorAll(".ev-box:not(.ev-collapsed)")].filter((el) => {
    const b = el.getBoundingClientRect();
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  });
  return over.length ? over[0].className : "";
}"""


def test_a_popup_opened_from_the_feed_is_never_covered(browser, server):
    # A short window and the feed open (it stays open while one reads down it): a tall feed once left a
    # popup low on the map only 120 px high, its quote and source under the time control.
    context = browser.new_context(viewport={"width": 1200, "height": 640})
    page = context.new_page()
    try:
        frame, f = open_map(page, server.url)
        f.wait_for_function("() => window.eventTimeline._started")  # the landing view is set
        for i in range(f.evaluate("() => window.eventTimeline.n")):
            f.evaluate(f"() => {{ window.eventTimeline.setTime(window.eventTimeline.S[{i}]); }}")
            feed = frame.locator(".ev-feed")
            if "ev-collapsed" in (feed.get_attribute("class") or ""):
                frame.locator(".ev-feed .ev-toggle").click()
            frame.locator(f'.ev-feed li[data-i="{i}"]').click()
            with contextlib.suppress(PlaywrightTimeout):  # the assertion below says what covers it
                f.wait_for_function(f"() => ({POPUP_COVERED})() === ''", timeout=5_000)
            assert f.evaluate(POPUP_COVERED) == "", i
            f.evaluate("() => { window.eventTimeline.map.closePopup(); }")
    finally:
        context.close()


def test_the_off_screen_count_takes_the_map_to_those_events(page, server):
    frame, f = open_map(page, server.url)
    f.wait_for_function("() => window.eventTimeline._started")
    f.evaluate("() => { window.eventTimeline.map.setView([0, 0], 6, {animate: false}); }")  # far away
    off = frame.locator(".tc-count .tc-off")
    expect(off).to_contain_text("off screen")
    now = f.evaluate("() => window.eventTimeline.shownCount")
    assert now and f.evaluate("() => window.eventTimeline.offScreen") == now  # every one of them
    off.click()
    expect(off).to_have_count(0)  # all of this moment's events are on screen now
    assert f.evaluate("() => window.eventTimeline.offScreen") == 0


def test_a_shared_view_opens_there(page, server):
    frame, f = open_map(page, f"{server.url}?t=2017-10-20&w=30&z=8&c=35.9,39.0&event={RAQQA_ID}")
    # The page side passes these to build_map; the map opens at that date, window, view and event.
    expect(frame.locator(".leaflet-popup-content")).to_contain_text("IS lost control of Raqa", timeout=15_000)
    got = f.evaluate(
        "() => { const tl = window.eventTimeline; return [tl.dayString(), tl.w, tl.map.getZoom()]; }"
    )
    assert got == ["2017-10-20", 30, 8]


def test_moving_the_slider_writes_the_view_into_the_page_url(page, server):
    frame, f = open_map(page, server.url)
    f.wait_for_function("() => window.eventTimeline._started")  # only then does the URL follow
    frame.locator("select.tc-window").select_option("7")
    f.evaluate(f"() => window.eventTimeline.setTime({eventmap.day_number('2017-10-17')})")
    expect(page).to_have_url(re.compile(r"[?&]t=2017-10-17"))
    expect(page).to_have_url(re.compile(r"[?&]w=7(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]z=\d+"))
    expect(page).to_have_url(re.compile(r"[?&]c=-?\d+\.\d{4}%2C-?\d+\.\d{4}|[?&]c=-?\d+\.\d{4},"))
    assert page.blocked == []
