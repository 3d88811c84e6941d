"""The event map on a page: assets served by the app (or the CDN fallback, said once), the offline
basemap, and the folium map in a streamlit-folium component."""

from __future__ import annotations

from typing import Any

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


def show(
    features: list[dict[str, Any]],
    *,
    key: str,
    height: int,
    focus: str | None = None,
    returned: list[str] | None = None,
) -> dict[str, Any] | None:
    """Draw the event map of ``features``; returns what st_folium reports (``returned`` objects)."""
    basemap_url, report = prepare()
    fmap = eventmap.build_map(
        features,
        basemap_url=basemap_url,
        focus=focus,
        tiles_shown=not report.local,  # online anyway: show the tiles too
        height=height,
        asset_urls=report.urls,
        label_urls=label_urls(),
    )
    return st_folium(
        fmap,
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=returned or [],
    )
