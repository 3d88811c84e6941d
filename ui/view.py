"""The view shared by every page: read from the URL on arrival, edited in the sidebar, written back to
the URL on every run (so the address bar is always a link to what is on screen).

The map's script writes its own live view (``t``, ``w``, ``z``, ``c``, ``event``) into the page's URL
with ``history.replaceState``, which the server never hears of: the app keeps those parameters when it
rewrites the URL (:func:`select` takes them from the current URL), the share box's script puts them
back from the live map after a rewrite, and its Copy button reads the map at click time.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from geo import escape, filters
from geo.filters import View

W = "f_"  # prefix of the sidebar widgets' session-state keys


def _url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _seed_widgets(view: View, lo: Any, hi: Any) -> None:
    ss = st.session_state
    if lo is not None and hi is not None:
        start = min(max(view.start or lo, lo), hi)
        end = max(min(view.end or hi, hi), start)
        ss[W + "dates"] = (start, end)
    ss[W + "sources"] = list(view.sources)
    ss[W + "places"] = list(view.places)
    ss[W + "text_only"] = view.text_dated_only
    ss[W + "q"] = view.query
    ss[W + "types"] = list(view.types)
    ss[W + "background"] = view.background


def _reset() -> None:
    st.query_params.clear()
    st.session_state["view"] = View()
    st.session_state["_notes"] = []
    st.session_state["_page"] = None  # re-seed the widgets on the rerun


@st.cache_resource(show_spinner=False, max_entries=4)
def _summary(stamp: str, _features: list[dict[str, Any]]) -> filters.Summary:
    return filters.summarize(_features)


def summary(features: list[dict[str, Any]], stamp: str | None = None) -> filters.Summary:
    """What the filters offer for ``features``; computed once per ``stamp`` (the state of the events,
    :func:`ui.data.events_stamp`) when given, else on every call."""
    return filters.summarize(features) if stamp is None else _summary(stamp, features)


@st.cache_resource(show_spinner=False, max_entries=2)
def _haystacks(stamp: str, _features: list[dict[str, Any]]) -> list[str]:
    return [filters.haystack(f) for f in _features]


@st.cache_resource(show_spinner=False, max_entries=16)
def _shown(stamp: str, key: str, _features: list[dict[str, Any]], _view: View) -> list[dict[str, Any]]:
    words = _haystacks(stamp, _features) if _view.query else None
    return filters.apply(_features, _view, words)


def shown(features: list[dict[str, Any]], view: View, stamp: str | None = None) -> list[dict[str, Any]]:
    """The events in ``view`` (:func:`geo.filters.apply`); with ``stamp`` (see :func:`summary`), kept
    for the last views asked for, so that a new session on the usual view pays nothing. The list
    is the caller's."""
    if stamp is None:
        return filters.apply(features, view)
    chosen = _choosing(view)
    return list(_shown(stamp, repr(chosen), features, chosen))


def _choosing(view: View) -> View:
    """What of ``view`` chooses events: the filters and the opened event (a background mention opened by
    a link), not the map's time, window, zoom and centre (the key of the views kept)."""
    return replace(view, time=None, window=None, zoom=None, center=None)


@st.cache_resource(show_spinner=False, max_entries=16)
def _off_map(stamp: str, key: str, _features: list[dict[str, Any]], _view: View) -> tuple[int, int]:
    return filters.off_map(_shown(stamp, key, _features, _view))


def off_map(features: list[dict[str, Any]], view: View, stamp: str | None = None) -> tuple[int, int]:
    """Of the events in ``view``: how many have no date and how many no point (:func:`geo.filters.off_map`),
    with ``stamp`` read once per view as :func:`shown` is."""
    if stamp is None:
        return filters.off_map(filters.apply(features, view))
    chosen = _choosing(view)
    return _off_map(stamp, repr(chosen), features, chosen)


def current_view(features: list[dict[str, Any]], page: str, stamp: str | None = None) -> View:
    """The view for this run: from the link on arrival, then from the sidebar filters' state.

    The filters are drawn later by :func:`sidebar` (their values are already in session state), so
    that the page's main content -- the map -- reaches the browser first. ``stamp``: see :func:`summary`.
    """
    ss = st.session_state
    offer = summary(features, stamp)
    bounds = offer.bounds
    lo, hi = bounds if bounds else (None, None)
    if ss.get("_page") != page:  # arriving: new session, a link, or a page switch
        params = _url_params()
        if params or "view" not in ss:
            view, notes = filters.parse_params(params)
            view, more = filters.reconcile(view, features)
            ss["_notes"] = notes + more
        else:
            view = ss["view"]
        _seed_widgets(view, lo, hi)
        ss["_page"], ss["view"] = page, view
        ss["_map_focus"] = view.event
        ss["_map_arrival"] = True  # the map starts where the link says (pages/map.py)
    sources, places = offer.sources, offer.places
    types = {t for t, _ in offer.types}
    start, end = ss.get(W + "dates") or (None, None)
    view = replace(
        ss["view"],
        start=start if bounds and start and start > lo else None,
        end=end if bounds and end and end < hi else None,
        sources=tuple(s for s in ss.get(W + "sources", []) if s in sources),
        places=tuple(p for p in ss.get(W + "places", []) if p in places),
        text_dated_only=bool(ss.get(W + "text_only")),
        query=(ss.get(W + "q") or "").strip()[: filters.MAX_QUERY],
        types=tuple(t for t in ss.get(W + "types", []) if t in types),
        background=bool(ss.get(W + "background")),
    )
    select(view)
    for note in ss.get("_notes", []):
        st.info(escape.markdown(note), icon="ℹ️")
    return view


def away(page: str) -> None:
    """Call on a page without the filters: the next page with them takes its view from its link or
    from the last view (the sidebar's widgets and their state are gone while they are not drawn)."""
    st.session_state["_page"] = page


def sidebar(features: list[dict[str, Any]], view: View, stamp: str | None = None) -> None:
    """The filters (their state is the view) and the link to share; call it last on a page.
    ``stamp``: see :func:`summary`."""
    offer = summary(features, stamp)
    bounds, sources, places = offer.bounds, offer.sources, offer.places
    with st.sidebar:
        st.subheader("Filters")
        if bounds and bounds[0] < bounds[1]:
            st.slider(
                "Dates",
                min_value=bounds[0],
                max_value=bounds[1],
                key=W + "dates",
                format="YYYY-MM-DD",
            )
        st.multiselect(
            "Sources",
            list(sources),
            key=W + "sources",
            format_func=sources.__getitem__,
            placeholder="All sources",
        )
        st.multiselect(
            "Places",
            list(places),
            key=W + "places",
            format_func=places.__getitem__,
            placeholder="All places",
        )
        types = offer.types
        if types:
            counts = dict(types)
            st.multiselect(
                "Event types",
                list(counts),
                key=W + "types",
                format_func=lambda t: f"{t} ({counts[t]})",
                placeholder="All types",
                help="ACLED's event types. Events of unknown type (older data) are always shown.",
            )
        background = offer.background
        if background:
            st.toggle(
                f"Show background mentions ({background})",
                key=W + "background",
                help="Places a report only mentions, where nothing happens.",
            )
        st.checkbox(
            "Hide events dated only by publication",
            key=W + "text_only",
            help="Keep events whose date comes from the text itself.",
        )
        st.text_input(
            "Search the quotes",
            key=W + "q",
            max_chars=filters.MAX_QUERY,
            placeholder="e.g. convoy",
        )
        st.button("Reset filters", on_click=_reset)
        share_link(st.session_state.get("view", view))


def _current_map_params() -> dict[str, str]:
    """The map's parameters (t, w, z, c) in the current URL, the valid ones only."""
    found = {}
    for key in filters.MAP_KEYS:
        values = st.query_params.get_all(key)
        if values and filters.parse_map_param(key, values[-1])[1] is None:
            found[key] = values[-1].strip()
    return found


def select(view: View) -> None:
    """Make ``view`` the current one and write it to the URL, keeping the map's own parameters
    (t, w, z, c) as the URL has them: the map writes them, and they are newer than the view's."""
    st.session_state["view"] = view
    params = filters.to_params(view)
    params.update(_current_map_params())
    repeatable = ("source", "place", "type")
    if params != {k: (v if len(v) > 1 or k in repeatable else v[0]) for k, v in _url_params().items()}:
        st.query_params.from_dict(params)


SHARE_JS = (Path(__file__).parent / "share.html").read_text(encoding="utf-8")


def share_link(view: View) -> None:
    """The link to this view in a read-only box, with a Copy button that copies the page's URL as it
    is when clicked, with the map's live date, window, zoom, centre and open event.

    An iframe of its own (same origin, scripts allowed, ``clipboard-write`` granted) rather than
    ``st.html``: Streamlit sanitises ``st.html`` and drops inline handlers such as ``onclick``, so
    the old button did nothing at all. Its script is fixed text (ui/share.html); the URL only enters
    as an escaped attribute."""
    base = (st.context.url or "").split("?")[0]
    query = urlencode(filters.to_params(view), doseq=True)
    url = f"{base}?{query}" if query else base
    st.caption("Link to this view:")
    st.iframe(SHARE_JS.replace("__URL__", escape.html(url)), height=76)
