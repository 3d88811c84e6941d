"""Download buttons for a list of events: GeoJSON (RFC 7946), CSV (ACLED-style columns) and GeoPackage
(QGIS). Each file is made when its button is clicked, not on every rerun of the page."""

from __future__ import annotations

from functools import partial
from typing import Any

import streamlit as st

from geo.store import export

FORMATS = (
    # label, extension, MIME type, writer
    ("GeoJSON", "geojson", "application/geo+json", export.to_geojson),
    ("CSV", "csv", "text/csv", export.to_csv),
    ("GeoPackage", "gpkg", "application/geopackage+sqlite3", export.to_gpkg),
)


def downloads(features: list[dict[str, Any]], name: str, key: str) -> None:
    """One button per format for ``features``, saved as ``name.<extension>``."""
    row = st.container(horizontal=True)
    for label, ext, mime, write in FORMATS:
        row.download_button(
            f"Download {label}",
            data=partial(write, features),
            file_name=f"{name}.{ext}",
            mime=mime,
            key=f"{key}_{ext}",
            on_click="ignore",
            icon=":material/download:",
        )
