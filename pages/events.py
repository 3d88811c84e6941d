"""Events: a sortable table of the events in the current view, downloadable as GeoJSON and CSV."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from geo import escape, filters, popup
from ui import data, view as ui_view

features = data.events()
view = ui_view.current_view(features, "events")
shown = filters.apply(features, view)

st.markdown("#### Events")
st.caption(f"{len(shown)} of {len(features)} events in the current view. Click a column header to "
           "sort; the filters are in the sidebar.")


def rows() -> list[dict]:
    out = []
    for f in shown:
        p = f.get("properties") or {}
        src = p.get("source") or {}
        lon, lat = ((f.get("geometry") or {}).get("coordinates") or [None, None])[:2]
        out.append({
            "date_start": p.get("date_start"), "date_end": p.get("date_end"),
            "date": popup.date_words(p), "date_basis": p.get("date_basis"),
            "place": p.get("place"), "country_code": p.get("country_code"),
            "geo_precision": p.get("geo_precision"), "mention": p.get("mention"),
            "quote": p.get("excerpt"), "date_text": p.get("date_text"),
            "publisher": src.get("publisher"), "title": src.get("title"),
            "published": src.get("published"), "url": src.get("url"),
            "lat": lat, "lon": lon, "id": f.get("id"), "map": f"./?event={f.get('id')}",
        })
    return out


table = pd.DataFrame(rows(), columns=[
    "date_start", "date_end", "date", "date_basis", "place", "country_code", "geo_precision",
    "mention", "quote", "date_text", "publisher", "title", "published", "url", "lat", "lon", "id",
    "map"])
st.dataframe(
    table, hide_index=True, height=560,
    column_order=["date_start", "date", "place", "quote", "publisher", "title", "date_basis",
                  "geo_precision", "map"],
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
    "Download GeoJSON", file_name=f"{name}.geojson", mime="application/geo+json",
    data=json.dumps({"type": "FeatureCollection", "features": shown}, ensure_ascii=False, indent=1),
)
col2.download_button(
    "Download CSV", file_name=f"{name}.csv", mime="text/csv",
    data=table.drop(columns=["map"]).map(escape.csv_cell).to_csv(index=False),
)

with st.sidebar:
    ui_view.share_link(view)
