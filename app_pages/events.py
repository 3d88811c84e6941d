"""Events: a sortable table of the events in the current view, downloadable as GeoJSON and CSV."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo import export, filters
from ui import data
from ui import view as ui_view

features = data.events()
view = ui_view.current_view(features, "events")
shown = filters.apply(features, view)

st.markdown("#### Events")
st.caption(
    f"{len(shown)} of {len(features)} events in the current view. Click a column header to "
    "sort; the filters are in the sidebar."
)

table = pd.DataFrame(export.rows(shown), columns=export.COLUMNS)
table["map"] = [f"./?event={i}" for i in table["id"]]  # relative: works under server.baseUrlPath
st.dataframe(
    table,
    hide_index=True,
    height=560,
    column_order=[
        "date_start",
        "date",
        "place",
        "quote",
        "publisher",
        "title",
        "date_basis",
        "geo_precision",
        "map",
    ],
    column_config={
        "date_start": st.column_config.TextColumn("from", width="small"),
        "date": st.column_config.TextColumn("date (precision)"),
        "quote": st.column_config.TextColumn("quote", width="large"),
        "map": st.column_config.LinkColumn("map", display_text="show on map", width="small"),
    },
)

name = "events" + (f"_{view.start}" if view.start else "") + (f"_{view.end}" if view.end else "")
col1, col2, _ = st.columns([1, 1, 3])
col1.download_button(
    "Download GeoJSON",
    data=export.to_geojson(shown),
    file_name=f"{name}.geojson",
    mime="application/geo+json",
)
col2.download_button("Download CSV", data=export.to_csv(shown), file_name=f"{name}.csv", mime="text/csv")

ui_view.sidebar(features, view)
