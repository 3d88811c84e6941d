"""The event map on a page: assets served by the app (or the CDN fallback, said once), the offline
basemap, and the folium map in a streamlit-folium component."""

from __future__ import annotations

import gzip
import inspect
import logging
import os
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo.maps import assets, eventmap, labels
from geo.maps import payload as shared_payload

BASEMAP = "basemap/countries.geojson"
PAYLOADS = "map/data"  # under static/: the shared event payloads (not in git)
PREFETCH = "map/prefetch.js"
PAYLOAD_MAX_AGE = 86_400  # seconds: older payload files are removed when a new one is written
log = logging.getLogger(__name__)


def prepare() -> tuple[str | None, assets.AssetReport]:
    """Where the map's assets are (the app's static files, or CDNs, said once when so); returns the
    basemap's URL (None without static serving) and the assets found."""
    base_path = st.get_option("server.baseUrlPath") or ""
    serving = bool(st.get_option("server.enableStaticServing"))
    report = assets.self_hosted(base_path, serving=serving)
    if report.notice:
        st.warning(report.notice, icon="⚠️")
    has_basemap = serving and (assets.STATIC_DIR / BASEMAP).is_file()
    return (assets.static_url(BASEMAP, base_path) if has_basemap else None), report


def prefetch_url() -> str:
    """Static URL of the map frame's first script, which starts the events' payload on its way
    (geo.maps.assets.fetch_first)."""
    return assets.static_url(PREFETCH, st.get_option("server.baseUrlPath") or "")


def label_urls() -> dict[str, str]:
    """Static URLs of the basemap's place names, rivers and lakes (geo.maps.labels; built at set-up),
    for those files that exist and only when static serving is on."""
    if not st.get_option("server.enableStaticServing"):
        return {}
    base_path = st.get_option("server.baseUrlPath") or ""
    files = {"major": labels.MAJOR, "minor": labels.MINOR, "water": labels.WATER}
    return {k: assets.static_url(f, base_path) for k, f in files.items() if (assets.STATIC_DIR / f).is_file()}


@st.cache_resource(show_spinner="Preparing the map's events…", max_entries=2)
def _shared(stamp: str, _features: list[dict[str, Any]]) -> shared_payload.SharedPayload:
    """The payload of every event, once per state of the events (``stamp``), for every session."""
    return shared_payload.shared_payload(_features)


def _write_once(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, and gzipped to ``path.gz``, unless they are there (the name is the
    content's digest); then drop payloads a day old. The server compresses a ``.json`` on every request
    (a third of a second for 100,000 events), a ``.gz`` goes as it is and the browser unzips it
    (``fetchJson`` in static/map/prefetch.js)."""
    packed = path.with_name(path.name + ".gz")
    if path.is_file() and packed.is_file():
        return
    data = text.encode("utf-8")
    _write_file(packed, gzip.compress(data, compresslevel=6, mtime=0))
    _write_file(path, data)  # last: its presence says both are there
    now = time.time()
    for old in path.parent.glob("*.json*"):
        if old not in (path, packed) and now - old.stat().st_mtime > PAYLOAD_MAX_AGE:
            old.unlink(missing_ok=True)


def _write_file(path: Path, data: bytes) -> None:
    """Through a temporary file, so that a browser never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a server running as another user
    os.replace(tmp, path)


def shared_events(
    stamp: str | None, features: list[dict[str, Any]]
) -> tuple[shared_payload.SharedPayload | None, str | None]:
    """The payload of every event and the static URL the map fetches it from (a name that changes with
    its content, so that the browser caches it); (None, None) without static serving or when the
    file cannot be written (a read-only checkout): the map then carries its events inline."""
    if stamp is None or not st.get_option("server.enableStaticServing"):
        return None, None
    shared = _shared(stamp, features)
    name = f"{PAYLOADS}/events-{shared.digest}.json"
    try:
        _write_once(assets.STATIC_DIR / f"{PAYLOADS}/quotes-{shared.digest}.json", shared.quotes_text)
        _write_once(assets.STATIC_DIR / name, shared.text)  # last: its presence says both are there
    except OSError as e:
        log.warning("map payload not written (%s): the map carries its events inline", e)
        return None, None
    return shared, assets.static_url(name, st.get_option("server.baseUrlPath") or "")


MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
# st_folium takes a height in pixels; the page's CSS makes its frame fill the window below the page's
# title instead (a phone gets most of its screen; the panel beside the map goes below it there).
FILL_CSS = f"""<span class="map-fill-css"></span><style>
.stElementContainer:has(.map-fill-css) {{ display: none; }}
{MAP_FRAME} {{ height: max(360px, calc(100dvh - 12.5rem)) !important; }}
@media (max-width: 640px) {{ {MAP_FRAME} {{ height: max(320px, calc(100dvh - 16rem)) !important; }} }}
</style>"""
# Inside the frame: the map's div follows the frame's height (st_folium sets it in pixels).
INNER_CSS = "<style>html,body{height:100%;margin:0;overflow:hidden}#map_div{height:100vh!important}</style>"


@cache
def _map_options() -> frozenset[str]:
    """The keyword arguments map_and_view takes (the map's view ones arrived after the page's)."""
    return frozenset(inspect.signature(eventmap.map_and_view).parameters)


def show(
    features: list[dict[str, Any]],
    *,
    key: str,
    height: int,
    focus: str | None = None,
    returned: list[str] | None = None,
    fill: bool = False,
    among: list[dict[str, Any]] | None = None,
    stamp: str | None = None,
    **view: Any,
) -> dict[str, Any] | None:
    """Draw the event map of ``features``; returns what st_folium reports (``returned`` objects).

    ``view`` holds where the map starts (``time``, ``window``, ``zoom``, ``center``: see
    :func:`geo.maps.eventmap.build_map`), passed on when build_map takes them. ``fill`` makes the
    map fill the window's height (``height`` is then its minimum before the page's CSS applies).

    ``among`` (all the events ``features`` were filtered from) and its ``stamp``
    (:func:`ui.data.events_stamp`, taken before them): the map then fetches the payload of all of them,
    built once per stamp, and its script carries only which to show."""
    basemap_url, report = prepare()
    options = _map_options()
    shared, shared_url = shared_events(stamp, among) if among is not None else (None, None)
    if shared_url:
        # The selection travels beside the map's script, which then stays the same when a filter
        # changes: st_folium keeps the map's frame and the map updates in place (map_and_view).
        view.update(shared=shared, shared_url=shared_url, apart=True, prefetch_url=prefetch_url())
    fmap, layer = eventmap.map_and_view(
        features,
        basemap_url=basemap_url,
        focus=focus,
        tiles_shown=not report.local,  # online anyway: show the tiles too
        height=height,
        asset_urls=report.urls,
        label_urls=label_urls(),
        **{k: v for k, v in view.items() if k in options},
    )
    if fill:
        # The page's CSS for the map's frame goes before the map, so that the frame has its height
        # before Leaflet starts in it (a later resize moved the map under an opening popup). As
        # markdown, not st.html: each kind of Streamlit element's code is fetched on its first use,
        # and an st.html before the map made the map's own code wait behind the sidebar's widgets
        # (about 0.3 s of the first marker, bench/app_speed.py); markdown's code is in the page
        # from the start. (FILL_CSS is a constant: no text of any article or link is in it.)
        st.markdown(FILL_CSS, unsafe_allow_html=True)
        root: Any = fmap.get_root()  # a branca Figure, typed as its base Element
        root.header.add_child(folium.Element(INNER_CSS))
    out = st_folium(
        fmap,
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=returned or [],
        feature_group_to_add=layer,
    )
    return out
