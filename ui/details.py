"""The clicked event's details beside the map (who corrected it, a link to its history and
corrections), with every event at that place in the current window."""

from __future__ import annotations

from typing import Any

import streamlit as st

from geo import escape
from geo.filters import View
from geo.maps import popup
from geo.maps.style import PANEL_CSS
from ui import data

CSS = f"<style>{PANEL_CSS}</style>"  # the popup's look, beside the map and on the Sources page


def event_panel(feature: dict[str, Any] | None, shown: list[dict[str, Any]], view: View) -> None:
    """Details of ``feature`` (or a hint), then the events at its place within the filters."""
    if feature is None:
        st.info("Click a marker on the map to read its quote here.")
        return
    props = feature.get("properties") or {}
    st.html(
        CSS
        + '<div class="ev-detail">'
        + popup.event_html(feature)
        + popup.source_html(props.get("source"))
        + "</div>"
    )
    if feature not in shown:
        st.caption("This event is outside the current filters.")
    if not data.fixed_events():
        st.page_link(
            "pages/corrections.py",
            query_params={"event": str(feature.get("id"))},
            label="History and corrections",
            icon=":material/edit_note:",
        )
    same = [f for f in shown if (f.get("properties") or {}).get("place_id") == props.get("place_id")]
    same.sort(key=lambda f: str((f.get("properties") or {}).get("date_start") or ""))
    st.markdown(
        f"**{len(same)} event{'s' if len(same) != 1 else ''} at "
        f"{escape.markdown(props.get('place'))}** in the current window"
    )
    items = []
    for f in same:
        p = f.get("properties") or {}
        css = ' class="ev-sel"' if f.get("id") == feature.get("id") else ""
        items.append(
            f"<li{css}>{escape.html(popup.date_words(p))}: "
            f"<q>{popup.quote_html(p)}</q> <small>({escape.html((p.get('source') or {}).get('publisher'))})</small></li>"
        )
    st.html(CSS + '<ul class="ev-list">' + "".join(items) + "</ul>")
