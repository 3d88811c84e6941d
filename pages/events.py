"""Events: a sortable table of the events in the current view, downloadable as GeoJSON, CSV and
GeoPackage."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo import filters
from geo.store import export
from geo.vocab import event_properties
from ui import data, exports, shell
from ui import view as ui_view

shell.through_app()

features = data.events()
view = ui_view.current_view(features, "events")
shown = filters.apply(features, view)

st.markdown("#### Events")
st.caption(
    f"{len(shown)} of {len(features)} events in the current view. Click a column header to "
    "sort; the filters are in the sidebar."
)

table = pd.DataFrame(export.rows(shown), columns=export.COLUMNS)
# ACLED's type and sub-type, when the events carry them (older data does not).
TYPE_COLUMNS = [
    c for c in ("event_type", "sub_event_type") if any(c in event_properties(f) for f in features)
]
for column in TYPE_COLUMNS:
    table[column] = [event_properties(f).get(column) for f in shown]
table["map"] = [f"./?event={i}" for i in table["id"]]  # relative: works under server.baseUrlPath
table["history"] = [f"./corrections?event={i}" for i in table["id"]]
st.dataframe(
    table,
    hide_index=True,
    height=560,
    column_order=[
        "date_start",
        "date",
        "place",
        *TYPE_COLUMNS,
        "quote",
        "publisher",
        "title",
        "date_basis",
        "geo_precision",
        "corrected",
        "map",
        "history",
    ],
    column_config={
        "date_start": st.column_config.TextColumn("from", width="small"),
        "date": st.column_config.TextColumn("date (precision)"),
        "event_type": st.column_config.TextColumn("type"),
        "sub_event_type": st.column_config.TextColumn("sub-type"),
        "quote": st.column_config.TextColumn("quote", width="large"),
        "map": st.column_config.LinkColumn("map", display_text="show on map", width="small"),
        "history": st.column_config.LinkColumn("history", display_text="history", width="small"),
        "corrected": st.column_config.CheckboxColumn("corrected", width="small"),
    },
)

name = "events" + (f"_{view.start}" if view.start else "") + (f"_{view.end}" if view.end else "")
st.caption("Download the events in the current view (the whole store is on the Store page):")
exports.downloads(shown, name, key="events_dl")

ui_view.sidebar(features, view)
