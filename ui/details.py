"""The clicked event's details beside the map (who corrected it, a link to its history and
corrections), with every event at that place in the current window, each a link that opens it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from geo import escape, filters
from geo.filters import View
from geo.maps import popup
from geo.maps.style import PANEL_CSS
from geo.vocab import NO_SOURCE, Source, event_properties
from ui import data

CSS = f"<style>{PANEL_CSS}</style>"  # the popup's look, beside the map and on the Sources page
LIST_CSS = (
    "<style>.ev-list a{color:inherit;text-decoration:none;display:block;border-radius:3px}"
    ".ev-list a:hover,.ev-list a:focus{background:#f0f2f6;text-decoration:underline}</style>"
)


def same_place(feature: dict[str, Any], others: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events at ``feature``'s place, oldest first: the same place id *and* the same precision,
    so that "northern Iraq" (a region of Iraq's id) lists neither Iraq-wide events nor its towns."""

    def where(f: dict[str, Any]) -> tuple[str | None, str | None]:
        p = event_properties(f)
        return p.get("place_id"), p.get("geo_precision")

    same = [f for f in others if where(f) == where(feature)]
    same.sort(key=lambda f: str(event_properties(f).get("date_start") or ""))
    return same


def event_link(view: View, event_id: str) -> str:
    """A relative link to the Map page at ``event_id`` with the current filters (and the map's window;
    its date, zoom and centre follow the event)."""
    target = replace(view, event=event_id, time=None, zoom=None, center=None)
    return "./?" + urlencode(filters.to_params(target), doseq=True)


def event_panel(feature: dict[str, Any] | None, shown: list[dict[str, Any]], view: View) -> None:
    """Details of ``feature`` (or a hint), then the events at its place within the filters."""
    if feature is None:
        st.info("Click a marker on the map to read its quote here.")
        return
    props = event_properties(feature)
    st.html(CSS + '<div class="ev-detail">' + popup.event_html(feature) + "</div>")
    if feature not in shown:
        st.caption("This event is outside the current filters.")
    if not data.fixed_events():
        st.page_link(
            "pages/corrections.py",
            query_params={"event": str(feature.get("id"))},
            label="History and corrections",
            icon=":material/edit_note:",
        )
    same = same_place(feature, shown)
    if not same:
        st.caption("No event at this place is in the current filters.")
        return
    st.markdown(
        f"**{len(same)} event{'s' if len(same) != 1 else ''} at "
        f"{escape.markdown(props.get('place'))}** in the current filters (click one to open it)"
    )
    items = []
    for f in same:
        p = event_properties(f)
        fid = str(f.get("id"))
        selected = fid == str(feature.get("id"))
        # A plain link (target _self): it reloads the Map at that event with the same filters.
        li, current = (' class="ev-sel"', ' aria-current="true"') if selected else ("", "")
        items.append(
            f'<li{li}><a href="{escape.html(event_link(view, fid))}" target="_self" '
            f'data-event="{escape.html(fid)}"{current}>{escape.html(popup.date_words(p))}: '
            f'<span class="ev-q">{popup.quoted_html(p)}</span>{source_aside(p.get("source"))}</a></li>'
        )
    st.html(CSS + LIST_CSS + '<ul class="ev-list">' + "".join(items) + "</ul>")


def published_by(publisher: str | None, published: date | str | None) -> str:
    """ "AFP, published 2017-11-15", escaped; without a publisher "Published 2017-11-15" (never a line that
    opens with a comma)."""
    day = escape.html(published or "unknown")
    return f"{escape.html(publisher)}, published {day}" if publisher else f"Published {day}"


def source_aside(source: Source | None) -> str:
    """The source after a quote in the list, escaped: its publisher, else its title (an article saved
    without a publisher), else nothing (never an empty "()")."""
    src = source or NO_SOURCE
    by = src.get("publisher") or src.get("title")
    return f" <small>({escape.html(by)})</small>" if by else ""
