"""The Corrections page: one event's history and, for editors, its corrections (move it, re-date it,
reject or restore it, add a note); without an event, the list of corrected events.

Every write goes through a button callback that checks access again, records the correction with the
editor's name (``Store.correct``) and leaves a one-line message for the rerun that follows, which
draws the page from the store's new revision.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import pandas as pd
import streamlit as st

from geo import escape, filters
from geo.extract import gazetteer as places
from geo.maps import popup
from geo.store import GEO_PRECISIONS, PRECISIONS, StoreError, corrections
from geo.vocab import NO_SOURCE, EventProperties, event_properties, parse_iso_date
from ui import access, data, details

_FLASH = "_cx_flash"  # (level, message) of the last correction, shown once
AUTO = "auto"
EARLIEST = date(1900, 1, 1)


def event_param() -> str | None:
    """The well-formed ``event`` id of the link, if any."""
    view, _ = filters.parse_params({"event": st.query_params.get_all("event")[-1:]})
    return view.event


def _places_key(event_id: str) -> str:
    return f"_cx_places_{event_id}"  # the place choices drawn last (not a widget key)


def _value(event_id: str, kind: str) -> tuple[dict[str, Any], str | None]:
    """The correction the widgets describe, and its note."""
    ss = st.session_state
    if kind == "move":
        place = (ss.get(_places_key(event_id)) or {}).get(ss.get(f"cx_place_{event_id}"))
        if place is None:
            raise StoreError("choose a place to move the event to")
        precision = ss.get(f"cx_geo_{event_id}")
        return corrections.move_value(place, None if precision == AUTO else precision), ss.get(
            f"cx_move_note_{event_id}"
        )
    if kind == "date":
        start, end = ss.get(f"cx_start_{event_id}"), ss.get(f"cx_end_{event_id}")
        if not isinstance(start, date) or not isinstance(end, date):
            raise StoreError("give both the first and the last day")
        value = {
            "date_start": start.isoformat(),
            "date_end": end.isoformat(),
            "date_precision": ss.get(f"cx_precision_{event_id}"),
        }
        return value, ss.get(f"cx_date_note_{event_id}")
    if kind in ("reject", "restore"):
        return {}, ss.get(f"cx_reject_note_{event_id}")
    return {}, ss.get(f"cx_note_{event_id}")


DONE = {
    "move": "Moved the event",
    "date": "Changed the event's date",
    "reject": "Rejected the event: it is no longer on the map",
    "restore": "Restored the event: it is on the map again",
    "note": "Added the note",
}


def _apply(event_id: str, kind: str) -> None:
    """A correction button's callback: check access again, then record the correction."""
    ss = st.session_state
    if not access.allowed():
        ss[_FLASH] = ("error", "Editing is off for this session: nothing was changed.")
        return
    try:
        value, note = _value(event_id, kind)
        with data.store() as s:
            s.correct(event_id, kind, value, author=access.editor_name() or "", note=note)
    except (StoreError, sqlite3.Error) as e:
        ss[_FLASH] = ("error", f"Not saved: {e}.")
        return
    ss[_FLASH] = ("success", f"{DONE[kind]}.")
    for field in ("move_note", "date_note", "reject_note", "note"):
        ss.pop(f"cx_{field}_{event_id}", None)


def _searched(event_id: str) -> None:
    """A new search says where the analyst wants the event: choose its best match."""
    found = places.search(data.gazetteer(), st.session_state.get(f"cx_search_{event_id}") or "")
    if found:
        st.session_state[f"cx_place_{event_id}"] = found[0].id


def _flash() -> None:
    level, message = st.session_state.pop(_FLASH, (None, None))
    if level == "error":
        st.error(escape.markdown(message), icon=":material/error:")
    elif level == "success":
        st.success(escape.markdown(message), icon=":material/check_circle:")


def _precision_for(props: EventProperties) -> str:
    """The closest of day/week/month/year to the event's current precision (a "range" has none)."""
    precision = props.get("date_precision")
    if precision is not None and precision in PRECISIONS:
        return precision
    first, last = parse_iso_date(props.get("date_start")), parse_iso_date(props.get("date_end"))
    if first is None or last is None:
        return "day"
    days = (last - first).days + 1
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "year"


def _history(event_id: str, log: list, original: dict[str, Any] | None) -> None:
    st.markdown("**History**")
    if not log:
        st.caption("No corrections yet: the event is as extracted.")
    else:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "when": c.created_at.replace("T", " ")[:16] + " UTC",
                        "who": c.author,
                        "change": corrections.describe(c),
                        "note": c.note or "",
                    }
                    for c in log
                ]
            ),
            hide_index=True,
        )
    if original:
        p = event_properties(original)
        lon, lat = (original.get("geometry") or {}).get("coordinates") or (None, None)
        st.markdown("**As extracted**")
        st.caption(
            escape.markdown(
                f"{p.get('place')} ({p.get('geo_precision')}, {lat}, {lon}), {popup.date_words(p)}; "
                f"the text says “{p.get('mention')}”"
                + (f" and “{p.get('date_text')}”" if p.get("date_text") else "")
                + "."
            )
        )


def _forms(event_id: str, props: EventProperties, original: dict[str, Any] | None) -> None:
    """The correction controls (drawn for editors only)."""
    ss = st.session_state
    rejected = bool(props.get("rejected"))
    place_tab, date_tab, reject_tab, note_tab = st.tabs(
        ["Place", "Date", "Restore" if rejected else "Reject", "Note"]
    )
    gaz = data.gazetteer()
    with place_tab:
        mention = event_properties(original).get("mention") or props.get("mention")
        query = st.text_input(
            "Search the gazetteer",
            key=f"cx_search_{event_id}",
            placeholder="a place name, e.g. Deir ez-Zor",
            max_chars=80,
            on_change=_searched,
            args=(event_id,),
        )
        choices = {p.id: p for p in places.candidates(gaz, mention)}
        found = places.search(gaz, query) if query else []
        choices.update((p.id, p) for p in found if p.id not in choices)
        ss[_places_key(event_id)] = choices
        if query and not found:
            st.caption(escape.markdown(f"No place named like “{query}” in the gazetteer."))
        if choices:
            ids, key = list(choices), f"cx_place_{event_id}"
            if ss.get(key) not in choices:  # first drawn: the current place
                ss[key] = props.get("place_id") if props.get("place_id") in choices else ids[0]
            st.selectbox(
                # A widget label reads Markdown: the mention is article text.
                f"Move to (places named “{escape.markdown(mention)}”"
                + (", then the search results)" if found else ")"),
                ids,
                format_func=lambda pid: places.place_label(choices[pid]),
                key=key,
            )
            st.selectbox(
                "Place precision",
                [AUTO, *GEO_PRECISIONS],
                format_func=lambda p: "as the place is (town: point, province: region …)" if p == AUTO else p,
                key=f"cx_geo_{event_id}",
            )
            st.text_input("Note (optional)", key=f"cx_move_note_{event_id}", max_chars=500)
            st.button("Move the event", key=f"cx_move_{event_id}", on_click=_apply, args=(event_id, "move"))
        else:
            st.caption("Search the gazetteer for the place to move the event to.")
    with date_tab:
        latest = date.today() + timedelta(days=1)

        def day(value: Any, fallback: date) -> date:
            parsed = parse_iso_date(value)
            return fallback if parsed is None else min(max(parsed, EARLIEST), latest)

        published = day((props.get("source") or NO_SOURCE).get("published"), date.today())
        start = day(props.get("date_start"), published)
        left, right = st.columns(2)
        left.date_input(
            "First day", value=start, min_value=EARLIEST, max_value=latest, key=f"cx_start_{event_id}"
        )
        right.date_input(
            "Last day",
            value=max(day(props.get("date_end"), start), start),
            min_value=EARLIEST,
            max_value=latest,
            key=f"cx_end_{event_id}",
        )
        st.selectbox(
            "Date precision",
            list(PRECISIONS),
            index=list(PRECISIONS).index(_precision_for(props)),
            key=f"cx_precision_{event_id}",
        )
        st.text_input("Note (optional)", key=f"cx_date_note_{event_id}", max_chars=500)
        st.button("Change the date", key=f"cx_date_{event_id}", on_click=_apply, args=(event_id, "date"))
    with reject_tab:
        st.caption(
            "A restored event is on the map again."
            if rejected
            else "A rejected event leaves the map and the exports (its history stays; it can be restored)."
        )
        st.text_input("Why (optional)", key=f"cx_reject_note_{event_id}", max_chars=500)
        kind = "restore" if rejected else "reject"
        st.button(
            "Restore the event" if rejected else "Reject the event",
            key=f"cx_{kind}_{event_id}",
            on_click=_apply,
            args=(event_id, kind),
        )
    with note_tab:
        st.text_area("Note", key=f"cx_note_{event_id}", max_chars=2000, height=100)
        st.button("Add the note", key=f"cx_addnote_{event_id}", on_click=_apply, args=(event_id, "note"))


def event_page(event_id: str) -> None:
    with data.store() as s:
        feature = s.feature(event_id)
        original = s.extracted(event_id)
        log = s.history(event_id)
    if feature is None:
        st.warning(
            "This event is not in the store (it may have been re-extracted).", icon=":material/warning:"
        )
        return
    props = event_properties(feature)
    st.markdown(f"#### {escape.markdown(props.get('place'))}: {escape.markdown(popup.date_words(props))}")
    _flash()
    if props.get("rejected"):
        st.warning("This event is rejected: it is not on the map or in the exports.", icon=":material/block:")
    else:
        st.page_link(
            "pages/map.py",
            query_params={"event": event_id},
            label="Show it on the map",
            icon=":material/location_on:",
        )
    left, right = st.columns([1.1, 1], gap="large")
    with left:
        st.html(details.CSS + '<div class="ev-detail">' + popup.event_html(feature) + "</div>")
        _history(event_id, log, original)
    with right:
        st.markdown("**Correct this event**")
        if access.editor("correct events") is not None:
            _forms(event_id, props, original)


def overview() -> None:
    """Without an event: the corrected events (rejected ones too), each a link to its history."""
    st.markdown("#### Corrections")
    if data.fixed_events():
        st.info("This app shows a fixed events file: corrections live in the store.", icon=":material/info:")
        return
    st.caption(
        "Open an event's history and corrections from its panel on the Map, or from the Events table. "
        "These events were corrected:"
    )
    fixed = [f for f in data.events(include_rejected=True) if event_properties(f).get("corrected")]
    if not fixed:
        st.caption("None yet.")
    for f in fixed:
        p = event_properties(f)
        label = f"{p.get('place')} — {popup.date_words(p)}: {popup.correction_words(p)}" + (
            " (rejected)" if p.get("rejected") else ""
        )
        st.page_link(
            "pages/corrections.py",
            query_params={"event": str(f.get("id"))},
            label=escape.markdown(label),
            icon=":material/history:",
        )


def page() -> None:
    event_id = event_param()
    if event_id:
        event_page(event_id)
    else:
        overview()
