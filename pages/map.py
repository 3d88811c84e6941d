"""Map (landing page): events on a time slider, filters in the sidebar, the clicked event beside it."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from geo import escape
from geo.maps import popup
from ui import data, details, maps, shell
from ui import view as ui_view

shell.through_app()

stamp = data.events_stamp()  # first: a write after it makes a new stamp, never a stale payload
features = data.events()
view = ui_view.current_view(features, "map", stamp)
shown = ui_view.shown(features, view, stamp)


def by_id(event_id: str | None) -> dict | None:
    """The event of that id (a look through the events only when one is asked for: a dict of them all
    cost every run, a filter change included, some 25 ms at 100,000 events)."""
    if not event_id:
        return None
    return next((f for f in features if str(f.get("id")) == event_id), None)


undated, pointless = ui_view.off_map(features, view, stamp)

st.markdown("#### Events in the news, on a map and in time")
missing = [f"{n} {what}" for n, what in ((undated, "have no date"), (pointless, "have no point")) if n]
st.caption(
    f"{len(shown)} of {len(features)} events in the current filters"
    + (f" ({' and '.join(missing)}: they are only in the Events table)" if missing else "")
    + ". Drag the slider on the map (or press play) to move in time; click a marker for its quote."
)

# The map's script must stay byte-identical while only the selection changes (a click) or the map
# moves (it writes t, w, z, c into the URL itself), or st_folium remounts it and the slider jumps
# back: the focus and the map's start only follow the view when the filters change, which rebuilds
# the map anyway. A link sets the start on arrival; a later filter change frames the new selection
# (its window kept).
signature = replace(view, event=None, time=None, window=None, zoom=None, center=None)
arrival = st.session_state.pop("_map_arrival", False)
if arrival or st.session_state.get("_map_sig") != signature:
    st.session_state["_map_sig"] = signature
    st.session_state["_map_focus"] = view.event
    start = view.map_view()
    st.session_state["_map_start"] = start if arrival else dict(start, time=None, zoom=None, center=None)
focus = st.session_state.get("_map_focus")
start = st.session_state.get("_map_start") or {}

col_map, col_side = st.columns([3, 1.25], gap="small")
with col_map:
    if not shown:
        st.info(
            "No event matches the current filters. Widen the dates, clear the places, types or "
            "search, or press “Reset filters” in the sidebar."
        )
    out = maps.show(
        shown,
        key="event_map",
        height=620,
        fill=True,
        focus=focus,
        returned=["last_object_clicked_tooltip"],
        among=features,
        stamp=stamp,
        **start,
    )
clicked = popup.event_id_from_tooltip((out or {}).get("last_object_clicked_tooltip"))
if clicked and clicked != st.session_state.get("_last_click") and by_id(clicked) is not None:
    st.session_state["_last_click"] = clicked
    view = replace(view, event=clicked)
    ui_view.select(view)

with col_side:
    details.event_panel(by_id(view.event), shown, view)

ui_view.sidebar(features, view, stamp)
with st.sidebar:
    st.caption(escape.markdown(f"Basemap: Natural Earth borders, served by this app ({maps.BASEMAP})."))
