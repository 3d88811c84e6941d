"""Build the event map: a ``folium.Map`` from a list of event Features (README schema).

Offline country borders, optional online tiles, and the events on a time control of our own
(static/map/timecontrol.js): the slider moves by day, play and next/previous step through the dates
where something starts or ends (:func:`change_points`), a trailing window, a histogram to click. Markers
are clustered and coloured by ACLED type (hollow when only the publication date dates the event,
ringed when an analyst corrected it, square with a shaded area when the place is a country, region or
an offset from a town). The events travel as a compact columnar payload (:func:`compact_events`) and
popups are joined in the browser from escaped pieces on click. Pure: no Streamlit.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import folium
import numpy as np

from geo import escape
from geo.maps import assets, popup
from geo.maps.elements import (
    EventTimeline,
    HtmlControl,
    MapScript,
    MapStyle,
    OfflineBasemap,
    ShowEvents,
    StartView,
)
from geo.maps.style import AREA_KM, MAP_CSS, TYPES
from geo.vocab import parse_iso_date

if TYPE_CHECKING:
    from geo.maps.payload import SharedPayload

DAY_MS = 86_400_000
MAX_ZOOM = 10  # city scale: borders say nothing closer, and a cluster of one place fans out here
WINDOWS: list[int | None] = [None, 1, 7, 30, 365]  # the window select: cumulative, last N days
GEO_KEYS = ("point", "approximate", "region", "country")
TYPE_INDEX = {label: i for i, (label, _) in enumerate(TYPES[:6])}
UNKNOWN, BACKGROUND = 6, 7  # no event_type key (older data); event_type null (a background mention)
FLAG_PUBLICATION, FLAG_CORRECTED = 1, 2
_EPOCH = date(1970, 1, 1)


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


def day_number(value: object) -> int | None:
    """Days since 1970-01-01 of an ISO date (the time control's unit), or None."""
    d = parse_iso_date(value)
    return None if d is None else (d - _EPOCH).days


def interval_days(props: dict[str, Any]) -> tuple[int, int] | None:
    """``[date_start, date_end]`` as day numbers (inclusive); an end before the start is the start."""
    start = day_number(props.get("date_start"))
    end = day_number(props.get("date_end")) if props.get("date_end") else start
    if start is None or end is None:
        return None
    return start, max(start, end)


def visible(interval: tuple[int, int], t: int, window: int | None) -> bool:
    """The interval rule: an event is visible at day ``t`` when its ``[start, end]`` overlaps
    ``[t - window + 1, t]``; with no window (cumulative), when it started by ``t``."""
    start, end = interval
    return start <= t and (window is None or end >= t - window + 1)


def change_points(intervals: list[tuple[int, int]], window: int | None) -> list[int]:
    """The days play and next/previous stop at: each day an event starts, and each last day an event
    is visible (``end + window - 1``; none when cumulative). Every event is visible at its own start,
    so stepping through these shows every event, and no stop is an empty stretch after the last
    event of a burst has gone."""
    days = {s for s, _ in intervals}
    if window is not None:
        days |= {e + window - 1 for _, e in intervals}
    return sorted(days)


def precision_class(props: dict[str, Any]) -> tuple[str, float]:
    """How precisely the place is known: its key (``point``, ``approximate``, ``region``, ``country``;
    an unknown value counts as a point) and the radius in km of the area drawn around it (0 for a
    point). An approximate place uses a third of the offset the quote gives, at least 10 km."""
    key = props.get("geo_precision")
    key = key if key in GEO_KEYS else "point"
    if key == "point":
        return key, 0.0
    if key == "approximate":
        off = popup.offset_km(props)
        return key, max(10.0, round(off[0] / 3)) if off else AREA_KM[key]
    return key, AREA_KM[key]


def type_index(props: dict[str, Any]) -> int:
    """Index of the event's type in :data:`geo.maps.style.TYPES`: ACLED's six, then unknown (no
    ``event_type`` key, or a value that is not ACLED's), then background (``event_type`` null)."""
    if "event_type" not in props:
        return UNKNOWN
    kind = props.get("event_type")
    if kind is None:
        return BACKGROUND
    return TYPE_INDEX.get(str(kind), UNKNOWN)


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
    return column_bounds([p[0] for p in points], [p[1] for p in points], reach)


def column_bounds(lats: list[float], lons: list[float], reach: float = 10.0) -> list[list[float]]:
    """:func:`core_bounds` of points given as a column of latitudes and one of longitudes (the
    payload's), as arrays: some 45 ms less of each map of 100,000 events than lists of floats."""
    la, lo = np.fromiter(lats, float, len(lats)), np.fromiter(lons, float, len(lons))
    near = (np.abs(la - np.median(la)) <= reach) & (np.abs(lo - np.median(lo)) <= reach)
    if int(near.sum()) * 2 >= len(la):
        la, lo = la[near], lo[near]
    pad = 1.0  # degrees: never zoom in to a single town on landing
    return [[float(la.min()) - pad, float(lo.min()) - pad], [float(la.max()) + pad, float(lo.max()) + pad]]


class _Strings:
    """A dictionary of repeated strings (places, dates in words, sub-types): each stored once, and
    escaped for HTML once, when first seen (with 100,000 events, escaping every repeat was a third
    of the payload's time)."""

    def __init__(self) -> None:
        self.index: dict[object, int] = {}
        self.items: list[str] = []

    def __call__(self, value: object) -> int:
        """Index of ``value`` escaped (:func:`geo.escape.html`; None is the empty string)."""
        key = value if value is None or isinstance(value, str) else str(value)  # a list is unhashable
        at = self.index.get(key)
        if at is None:
            at = self.index[key] = len(self.items)
            self.items.append(escape.html(value))
        return at


def compact_events(features: list[dict[str, Any]], windows: list[int | None] | None = None) -> dict[str, Any]:
    """The time control's data: the dated events with a point, as columns (one list per field, an
    entry per event), every string escaped for HTML and the repeated ones in a dictionary.

    ``id`` escaped ids; ``lat``/``lon`` (4 decimals); ``s`` start day (days since 1970) and ``d`` the
    interval's length in days minus one; ``ty`` type index (:data:`geo.maps.style.TYPES`); ``gp`` index
    in ``GEO_KEYS`` and ``km`` the radius of its area; ``f`` flags (1 publication date only, 2
    corrected); ``pl`` place, ``dw`` date in words, ``dt`` the short date, ``gw`` how the place was
    found, ``ty2`` the type in words: indexes into ``strings``; ``q`` the quote as [before, mention,
    after]; ``src`` index into ``sources`` (escaped source lines); ``fix`` {event index: correction
    line}; ``changes`` {window: change point days} for each window of ``windows``; ``types`` the
    type indexes present, in legend order, and ``areas`` the precision keys present.
    """
    windows = WINDOWS if windows is None else windows
    strings = _Strings()
    sources: dict[str, int] = {}
    lines: list[str] = []
    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "id",
            "lat",
            "lon",
            "s",
            "d",
            "ty",
            "gp",
            "km",
            "f",
            "pl",
            "dw",
            "dt",
            "gw",
            "ty2",
            "q",
            "src",
        )
    }
    fix: dict[str, str] = {}
    for f in features:
        props = f.get("properties") or {}
        span = interval_days(props)
        coords = (f.get("geometry") or {}).get("coordinates") or []
        if span is None or len(coords) < 2:
            continue
        try:
            lon, lat = float(coords[0]), float(coords[1])
        except (TypeError, ValueError):
            continue
        if not (math.isfinite(lat) and math.isfinite(lon)):
            continue
        src = props.get("source") or {}
        key = str(src.get("id") or src.get("title"))
        if key not in sources:
            sources[key] = len(lines)
            lines.append(popup.source_html(src))
        geo_key, km = precision_class(props)
        words = popup.date_words(props)
        i = len(cols["id"])
        cols["id"].append(escape.html(f.get("id")))  # an attribute and tooltip text in the browser
        cols["lat"].append(round(lat, 4))
        cols["lon"].append(round(lon, 4))
        cols["s"].append(span[0])
        cols["d"].append(span[1] - span[0])
        cols["ty"].append(type_index(props))
        cols["gp"].append(GEO_KEYS.index(geo_key))
        cols["km"].append(round(km))
        cols["f"].append(
            (FLAG_PUBLICATION if props.get("date_basis") == "publication" else 0)
            | (FLAG_CORRECTED if props.get("corrected") else 0)
        )
        cols["pl"].append(strings(props.get("place")))
        cols["dw"].append(strings(words))
        cols["dt"].append(strings(words.split(",")[0]))  # the date in the tooltip
        cols["gw"].append(strings(popup.geo_words(props)))
        cols["ty2"].append(strings(popup.type_words(props)))
        cols["q"].append(popup.quote_pieces(props))
        cols["src"].append(sources[key])
        line = popup.correction_html(props)
        if line:
            fix[str(i)] = line
    intervals = [(s, s + d) for s, d in zip(cols["s"], cols["d"], strict=True)]
    return {
        **cols,
        "strings": strings.items,
        "sources": lines,
        "fix": fix,
        "changes": {_window_key(w): change_points(intervals, w) for w in windows},
        "types": sorted(set(cols["ty"])),
        "areas": [k for i, k in enumerate(GEO_KEYS) if i and i in set(cols["gp"])],
    }


def _window_key(window: int | None) -> str:
    return "all" if window is None else str(window)


def legend_html(types: list[int], areas: list[str]) -> str:
    """The legend's body: a colour per event type present, then what the marker shapes say."""
    rows = "".join(
        f'<div><i class="ev ev-t{i}"></i>{escape.html(TYPES[i][0])}</div>'
        for i in types
        if 0 <= i < len(TYPES)
    )
    area = (
        '<div><i class="ev ev-t6 ev-area"></i><i class="ev-areakey"></i>somewhere in this area '
        "(country, region, or near a town)</div>"
        if areas
        else ""
    )
    return (
        '<div class="ev-h">Event type</div>'
        + rows
        + '<div class="ev-h">Marker</div>'
        + '<div><i class="ev ev-t6"></i>a town or site</div>'
        + area
        + '<div><i class="ev ev-t6 ev-pub"></i>hollow: publication date only</div>'
        + '<div><i class="ev ev-t6 ev-fix"></i>ringed: corrected by an analyst</div>'
        + '<div class="ev-h">Date precision</div><div>in the tooltip and popup</div>'
    )


def _fetched(
    features: list[dict[str, Any]], shared: SharedPayload, url: str, windows: list[int | None]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What build_map needs of ``features`` (ids, points, types and areas present) taken from the shared
    payload, and the script's data: the payload's URL, the mask of ``features`` in it, the windows
    whose change points the browser computes."""
    from geo.maps.payload import keep_mask, kept_rows

    rows = kept_rows(shared, features)
    full = shared.payload
    view = {k: list(map(full[k].__getitem__, rows)) for k in ("id", "lat", "lon")}
    types = set(map(full["ty"].__getitem__, rows))
    geo = set(map(full["gp"].__getitem__, rows))
    view["types"] = sorted(types)
    view["areas"] = [k for i, k in enumerate(GEO_KEYS) if i and i in geo]
    data = {
        "url": url,
        "quotes": "/quotes-".join(url.rsplit("/events-", 1)),  # geo.maps.payload's pair of files
        "keep": keep_mask(shared.size, rows),
        "windows": [_window_key(w) for w in windows],
    }
    return view, data


def _clean_window(window: object) -> int | None:
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        return None  # cumulative
    return min(window, 36_600)


def _clean_view(zoom: object, center: object) -> tuple[int | None, list[float] | None]:
    z = zoom if isinstance(zoom, int) and not isinstance(zoom, bool) else None
    z = None if z is None else max(2, min(MAX_ZOOM, z))
    c = None
    if isinstance(center, (list, tuple)) and len(center) == 2:
        try:
            lat, lon = float(center[0]), float(center[1])
        except (TypeError, ValueError):
            lat = lon = math.nan
        if math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 360:
            c = [round(lat, 5), round(lon, 5)]
    return z, c


def build_map(features: list[dict[str, Any]], **options: Any) -> folium.Map:
    """The event map, its view in its script (:func:`map_and_view`'s options)."""
    return map_and_view(features, **options)[0]


def map_and_view(
    features: list[dict[str, Any]],
    *,
    basemap_url: str | None,
    focus: str | None = None,
    online_tiles: bool = True,
    tiles_shown: bool = False,
    height: int = 620,
    asset_urls: dict[str, str] | None = None,
    time: str | None = None,
    window: int | None = None,
    zoom: int | None = None,
    center: list[float] | None = None,
    label_urls: dict[str, str] | None = None,
    shared: SharedPayload | None = None,
    shared_url: str | None = None,
    apart: bool = False,
    prefetch_url: str | None = None,
) -> tuple[folium.Map, folium.FeatureGroup | None]:
    """The event map, and with ``apart`` the layer that says which events it shows. ``focus`` (an event id) opens that event's popup (moving the slider to it when
    ``time`` does not show it); ``time`` (ISO date) is the slider's start, else the last day events
    start (with the default cumulative window: everything); ``window`` the trailing window in days
    (None: cumulative); ``zoom`` and ``center`` ([lat, lon]) the view, else it is fitted to the events.
    ``tiles_shown`` turns the online tiles on from the start (for deployments that load assets from
    CDNs anyway). ``asset_urls`` maps the CDN address of each script and stylesheet the map loads to
    the app's own copy (:func:`geo.maps.assets.self_hosted`); addresses it lacks stay as they are.

    ``shared`` (the payload of every event, :func:`geo.maps.payload.shared_payload`) served at
    ``shared_url``: the map fetches it and shows the subset ``features`` (a mask in its script), so
    the script stays small and the payload is built once per store state. Without them the payload of
    ``features`` is inline in the script.

    ``apart`` (with ``shared``): the mask, the start and the framing go in the layer returned beside
    the map (:class:`~geo.maps.elements.ShowEvents`, for st_folium's ``feature_group_to_add``), and
    the map's script is the same for every selection of one store state: a filter change then
    updates the map in its frame, with no new frame, no Leaflet, basemap or payload loaded again,
    and the markers and clusters of recent selections kept (0.5-1 s of 100,000 events' filter
    change). Otherwise the layer is None and all of it is in the script.

    ``prefetch_url`` (with ``shared``): the address of ``static/map/prefetch.js``, loaded first, which
    starts the payload's fetch before Leaflet loads (:func:`geo.maps.assets.fetch_first`)."""
    w = _clean_window(window)
    z, c = _clean_view(zoom, center)
    windows = WINDOWS if w in WINDOWS else [*WINDOWS, w]
    if shared is not None and shared_url:
        payload, data = _fetched(features, shared, shared_url, windows)
    else:
        payload = compact_events(features, windows)
        data = payload
        apart = False
    events: dict[str, Any] = {}
    if apart:  # the script keeps only what every selection shares
        events = {k: data.pop(k) for k in ("keep", "windows")}
        events["legend"] = legend_html(payload["types"], payload["areas"])
        if payload["id"] and c is None:
            events["bounds"] = column_bounds(payload["lat"], payload["lon"])
        payload = dict(payload, types=shared_types(shared), areas=[])  # the legend's first text
        z_start, c_start = None, None
    else:
        z_start, c_start = z, c
    # With tiles=None folium sets no maxZoom, and MarkerCluster throws without one: pass Leaflet's.
    m = folium.Map(
        tiles=None,
        location=c_start or [34.5, 40.5],
        zoom_start=z_start or 5,
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
    m.add_child(MapScript("timecontrol.js"))
    if basemap_url:
        m.add_child(OfflineBasemap(basemap_url))
    from geo.maps import labels  # place names, rivers and lakes (static URLs: ui.maps.prepare)

    labels.add_to(m, label_urls)
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
        maxClusterRadius=40,
        showCoverageOnHover=False,
        spiderfyOnMaxZoom=True,
        chunkedLoading=False,
    )
    m.add_child(timeline)
    folium.LayerControl(collapsed=True).add_to(m)
    m.add_child(HtmlControl(legend_html(payload["types"], payload["areas"]), "topright", "Legend"))
    if payload["id"] and c is None and not apart:
        m.fit_bounds(
            column_bounds(payload["lat"], payload["lon"]),
            padding=(30, 30),
            max_zoom=7,
        )
    chosen = focus if focus and escape.html(focus) in set(payload["id"]) else None
    start = {
        "t": day_number(time),
        "w": _window_key(w),
        "z": z,
        "c": c,
        "focus": escape.html(chosen) if chosen else None,
    }
    layer = None
    if apart:
        layer = folium.FeatureGroup(name="events shown", control=False)
        layer.add_child(ShowEvents(events, start))
    else:
        m.add_child(StartView(timeline, start))
    if asset_urls:
        assets.point_at(m, asset_urls)
    if prefetch_url and shared is not None and shared_url:
        assets.fetch_first(m, prefetch_url, shared_url)
    return m, layer


def shared_types(shared: SharedPayload | None) -> list[int]:
    """The event types of the whole payload, in legend order."""
    return sorted(set(shared.payload["ty"])) if shared is not None else []
