"""Build the event map: a ``folium.Map`` from a list of event Features (README schema).

Offline country borders, optional online tiles, a time slider (leaflet.timeline) over clustered
markers coloured by date precision (hollow when only the publication date dates the event, ringed
when an analyst corrected it), popups
with place, date in words, the quote with the mention marked, and the source. Pure: no Streamlit.
"""

from __future__ import annotations

import statistics
from datetime import UTC, datetime
from typing import Any

import folium
from folium.plugins import TimelineSlider
from folium.utilities import JsCode

from geo import escape
from geo.maps import assets, popup
from geo.maps.elements import (
    EventTimeline,
    HtmlControl,
    MapScript,
    MapStyle,
    OfflineBasemap,
    StartView,
)
from geo.maps.style import COLOURS, MAP_CSS
from geo.vocab import parse_iso_date

DAY_MS = 86_400_000
MAX_ZOOM = 10  # city scale: borders say nothing closer, and a cluster of one place fans out here


def _ms(value: str | None) -> int | None:
    d = parse_iso_date(value)
    if d is None:
        return None
    return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() * 1000)


def interval_ms(props: dict[str, Any]) -> tuple[int, int] | None:
    """Visible interval of an event in ms since epoch: all of ``date_start`` .. all of ``date_end``."""
    start = _ms(props.get("date_start"))
    end = _ms(props.get("date_end") or props.get("date_start"))
    if start is None or end is None:
        return None
    return start, max(start, end) + DAY_MS - 1


def busiest_time(intervals: list[tuple[int, int]]) -> int | None:
    """A time (interval start) at which the most events are visible: the slider never lands empty."""
    if not intervals:
        return None
    edges = sorted([(s, 0) for s, _ in intervals] + [(e, 1) for _, e in intervals])
    best, best_at, open_now = -1, intervals[0][0], 0
    for t, kind in edges:
        open_now += 1 if kind == 0 else -1
        if kind == 0 and open_now > best:
            best, best_at = open_now, t
    return best_at


def core_bounds(points: list[list[float]], reach: float = 10.0) -> list[list[float]]:
    """Bounds ([[south, west], [north, east]]) of the points within ``reach`` degrees of their
    median, so that a few far-away mentions (London, Washington) do not zoom the landing map out to
    the whole world. Falls back to all points when the core holds less than half of them."""
    lat0 = statistics.median(p[0] for p in points)
    lon0 = statistics.median(p[1] for p in points)
    core = [p for p in points if abs(p[0] - lat0) <= reach and abs(p[1] - lon0) <= reach]
    core = core if len(core) * 2 >= len(points) else points
    pad = 1.0  # degrees: never zoom in to a single town on landing
    return [
        [min(p[0] for p in core) - pad, min(p[1] for p in core) - pad],
        [max(p[0] for p in core) + pad, max(p[1] for p in core) + pad],
    ]


def compact_events(
    features: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """The slider's data: one small dict per dated event with a point, and the source lines table.

    Each event: ``id``, ``ll`` ([lat, lon]), ``s``/``e`` (visible interval, ms since epoch, inclusive),
    ``c`` (CSS classes), ``p`` (place) and ``t`` (date) for the tooltip, ``h`` (the popup's HTML,
    :func:`geo.maps.popup.event_html`) and ``r`` (index of its source line in the table), all escaped.
    """
    sources: dict[str, int] = {}
    lines: list[str] = []
    data = []
    for f in features:
        props = f.get("properties") or {}
        span = interval_ms(props)
        coords = (f.get("geometry") or {}).get("coordinates") or []
        if span is None or len(coords) < 2:
            continue
        src = props.get("source") or {}
        key = str(src.get("id") or src.get("title"))
        if key not in sources:
            sources[key] = len(lines)
            lines.append(popup.source_html(src))
        basis = "ev-pub" if props.get("date_basis") == "publication" else "ev-text"
        fixed = " ev-fix" if props.get("corrected") else ""
        words = popup.date_words(props)
        data.append(
            {
                "id": escape.html(f.get("id")),  # an attribute and tooltip text in the browser
                "ll": [round(float(coords[1]), 4), round(float(coords[0]), 4)],
                "s": span[0],
                "e": span[1],
                "c": f"ev-{props.get('date_precision') or 'none'} {basis}{fixed}",
                "p": escape.html(props.get("place")),
                "t": escape.html(words.split(",")[0]),  # the date in the tooltip
                "h": popup.event_html(f),  # the popup without its source line (the same as the panel's)
                "r": sources[key],
            }
        )
    return data, lines


def legend_html() -> str:
    """Colour key: date precision, hollow markers for events dated only by publication, ringed ones for
    corrected events."""
    rows = "".join(f'<div><i class="ev ev-{k or "none"}"></i>{k or "no precision"}</div>' for k in COLOURS)
    return (
        '<div class="ev-legend"><b>Date precision</b>'
        + rows
        + '<div><i class="ev ev-day ev-pub"></i>hollow: publication date only</div>'
        + '<div><i class="ev ev-day ev-fix"></i>ringed: corrected by an analyst</div></div>'
    )


def build_map(
    features: list[dict[str, Any]],
    *,
    basemap_url: str | None,
    focus: str | None = None,
    online_tiles: bool = True,
    tiles_shown: bool = False,
    height: int = 620,
    asset_urls: dict[str, str] | None = None,
) -> folium.Map:
    """The event map. ``focus`` (an event id) sets the slider to that event and opens its popup;
    otherwise the slider starts where the most events are visible. ``tiles_shown`` turns the
    online tiles on from the start (for deployments that load assets from CDNs anyway).
    ``asset_urls`` maps the CDN address of each script and stylesheet the map loads to the app's own
    copy (:func:`geo.maps.assets.self_hosted`); addresses it lacks stay as they are."""
    data, lines = compact_events(features)
    # With tiles=None folium sets no maxZoom, and MarkerCluster throws without one: pass Leaflet's.
    m = folium.Map(
        tiles=None,
        location=[34.5, 40.5],
        zoom_start=5,
        control_scale=True,
        height=height,
        maxZoom=MAX_ZOOM,
        minZoom=2,
    )
    # This map uses Leaflet alone (div icons, no awesome markers): skip jQuery, Bootstrap, Font
    # Awesome and glyphicons, which st_folium would otherwise load one after another on every visit.
    m.default_js = [a for a in m.default_js if a[0] == "leaflet"]
    m.default_css = [a for a in m.default_css if a[0] == "leaflet_css"]
    m.add_child(MapScript())  # first: the elements below call it
    if basemap_url:
        m.add_child(OfflineBasemap(basemap_url))
    if online_tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name="OpenStreetMap tiles (needs internet)",
            overlay=True,
            show=tiles_shown,
            max_zoom=MAX_ZOOM,
        ).add_to(m)
    m.add_child(MapStyle(MAP_CSS))
    timeline = EventTimeline(
        data,
        lines,
        maxClusterRadius=40,
        showCoverageOnHover=False,
        spiderfyOnMaxZoom=True,
    )
    m.add_child(timeline)
    slider = TimelineSlider(
        auto_play=False,
        show_ticks=True,
        enable_keyboard_controls=True,
        playback_duration=20000,
        steps=400,
    )
    # The date in words without moment.js (one script less to load before the first marker).
    slider.options["format_output"] = JsCode(  # type: ignore[assignment]  # folium renders JsCode as code
        'function (t) { return new Date(t).toLocaleDateString("en-GB", '
        '{timeZone: "UTC", day: "numeric", month: "long", year: "numeric"}); }'
    )
    slider.default_js = [a for a in slider.default_js if a[0] != "moment"]
    slider.add_timelines(timeline).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    m.add_child(HtmlControl(legend_html(), "topright"))
    if data:
        m.fit_bounds(core_bounds([d["ll"] for d in data]), padding=(30, 30), max_zoom=7)
    # Last, so that it runs once the slider exists and the view is fitted.
    chosen = next((d for d in data if d["id"] == escape.html(focus)), None) if focus else None
    start = chosen["s"] if chosen else busiest_time([(d["s"], d["e"]) for d in data])
    m.add_child(StartView(slider, timeline, start, chosen["id"] if chosen else None))
    if asset_urls:
        assets.point_at(m, asset_urls)
    return m
