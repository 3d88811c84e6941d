"""The offline basemap in Chromium with no internet: city names at a city zoom, no small towns at a
country zoom, rivers and lakes drawn, both listed in the layer control, and nothing leaves the machine."""

from __future__ import annotations

from playwright.sync_api import expect

MAP = "iframe[title='streamlit_folium.st_folium']"
FIND_MAP = "Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map)"


def open_map(page, server):
    page.goto(server.url)
    frame = page.frame_locator(MAP)
    expect(frame.locator(".bm-lbl").first).to_be_attached(timeout=60_000)
    return frame, next(f for f in page.frames if "st_folium" in f.url)


def set_view(frame, center, zoom):
    frame.evaluate(f"([c, z]) => ({FIND_MAP}).setView(c, z, {{animate: false}})", [center, zoom])


def test_city_names_by_zoom_and_nothing_leaves_the_machine(page, server):
    frame, raw = open_map(page, server)
    labels = frame.locator(".basemapLabels-pane, .leaflet-basemapLabels-pane").locator(".bm-lbl")

    # Country zoom over Syria and Iraq: the big cities, and no town meant for zoom 9-10.
    set_view(raw, [35.0, 40.5], 6)
    expect(labels.filter(has_text="Aleppo")).to_be_visible()
    expect(labels.filter(has_text="Baghdad")).to_be_visible()
    expect(frame.locator(".bm-lbl[data-zoom='9'], .bm-lbl[data-zoom='10']")).to_have_count(0)
    expect(frame.locator(".bm-lbl.bm-water").first).to_be_attached()  # a sea, river or lake name

    # City zoom at Raqqa: the city, and the towns' file arrives (labels of zoom 8 and closer).
    set_view(raw, [35.95, 39.0], 10)
    expect(labels.filter(has_text="Raqqa")).to_be_visible()
    expect(frame.locator(".bm-lbl[data-zoom='10']").first).to_be_attached()
    shown = raw.evaluate("() => conflictMap.labels.shown")
    assert 0 < shown <= 300

    # Rivers and lakes are drawn in their own pane; both layers are in the layer control.
    assert raw.evaluate("() => document.querySelectorAll('.leaflet-basemapWater-pane path').length") > 0
    control = frame.locator(".leaflet-control-layers-overlays")
    expect(control).to_contain_text("Place names (offline)")
    expect(control).to_contain_text("Rivers and lakes (offline)")

    # Labels never overlap: every pair of drawn boxes is apart.
    overlaps = raw.evaluate(
        """() => { const r = [...document.querySelectorAll('.bm-lbl')].map(e => e.getBoundingClientRect());
            let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {
              const a = r[i], b = r[j];
              if (a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2) n++; }
            return n; }"""
    )
    assert overlaps == 0
    assert page.blocked == []


def test_place_names_switch_off_in_the_layer_control(page, server):
    frame, _ = open_map(page, server)
    frame.locator(".leaflet-control-layers").hover()
    frame.locator(".leaflet-control-layers-overlays label", has_text="Place names (offline)").locator(
        "input"
    ).uncheck()
    expect(frame.locator(".bm-lbl")).to_have_count(0)
    assert page.blocked == []
