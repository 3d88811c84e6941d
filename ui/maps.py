"""The event map on a page: assets served by the app (or the CDN fallback, said once), the offline
basemap, and the folium map in a streamlit-folium component."""

from __future__ import annotations

import inspect
from functools import cache
from typing import Any

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo.maps import assets, eventmap, labels

BASEMAP = "basemap/countries.geojson"


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


def label_urls() -> dict[str, str]:
    """Static URLs of the basemap's place names, rivers and lakes (geo.maps.labels; built at set-up),
    for those files that exist and only when static serving is on."""
    if not st.get_option("server.enableStaticServing"):
        return {}
    base_path = st.get_option("server.baseUrlPath") or ""
    files = {"major": labels.MAJOR, "minor": labels.MINOR, "water": labels.WATER}
    return {k: assets.static_url(f, base_path) for k, f in files.items() if (assets.STATIC_DIR / f).is_file()}


MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
# st_folium takes a height in pixels; the page's CSS makes its frame fill the window below the page's
# title instead (a phone gets most of its screen; the panel beside the map goes below it there).
FILL_CSS = f"""<style>
{MAP_FRAME} {{ height: max(360px, calc(100dvh - 12.5rem)) !important; }}
@media (max-width: 640px) {{ {MAP_FRAME} {{ height: max(320px, calc(100dvh - 16rem)) !important; }} }}
</style>"""
# Inside the frame: the map's div follows the frame's height (st_folium sets it in pixels).
INNER_CSS = "<style>html,body{height:100%;margin:0;overflow:hidden}#map_div{height:100vh!important}</style>"


@cache
def _map_options() -> frozenset[str]:
    """The keyword arguments build_map takes (the map's view ones arrived after the page's)."""
    return frozenset(inspect.signature(eventmap.build_map).parameters)


def show(
    features: list[dict[str, Any]],
    *,
    key: str,
    height: int,
    focus: str | None = None,
    returned: list[str] | None = None,
    fill: bool = False,
    **view: Any,
) -> dict[str, Any] | None:
    """Draw the event map of ``features``; returns what st_folium reports (``returned`` objects).

    ``view`` holds where the map starts (``time``, ``window``, ``zoom``, ``center``: see
    :func:`geo.maps.eventmap.build_map`), passed on when build_map takes them. ``fill`` makes the
    map fill the window's height (``height`` is then its minimum before the page's CSS applies)."""
    basemap_url, report = prepare()
    options = _map_options()
    fmap = eventmap.build_map(
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
        st.html(FILL_CSS)
        root: Any = fmap.get_root()  # a branca Figure, typed as its base Element
        root.header.add_child(folium.Element(INNER_CSS))
    return st_folium(
        fmap,
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=returned or [],
    )
