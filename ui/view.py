"""The view shared by every page: read from the URL on arrival, edited in the sidebar, written back to
the URL on every run (so the address bar is always a link to what is on screen).
"""

from __future__ import annotations

from dataclasses import replace
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
    start = min(max(view.start or lo, lo), hi)
    end = max(min(view.end or hi, hi), start)
    ss[W + "dates"] = (start, end)
    ss[W + "sources"] = list(view.sources)
    ss[W + "places"] = list(view.places)
    ss[W + "text_only"] = view.text_dated_only
    ss[W + "q"] = view.query


def _reset() -> None:
    st.query_params.clear()
    st.session_state["view"] = View()
    st.session_state["_notes"] = []
    st.session_state["_page"] = None  # re-seed the widgets on the rerun


def current_view(features: list[dict[str, Any]], page: str) -> View:
    """The view for this run: from the link on arrival, then from the sidebar filters' state.

    The filters are drawn later by :func:`sidebar` (their values are already in session state), so
    that the page's main content -- the map -- reaches the browser first.
    """
    ss = st.session_state
    bounds = filters.date_bounds(features)
    lo, hi = bounds if bounds else (None, None)
    if ss.get("_page") != page:  # arriving: new session, a link, or a page switch
        params = _url_params()
        if params or "view" not in ss:
            view, notes = filters.parse_params(params)
            view, more = filters.reconcile(view, features)
            ss["_notes"] = notes + more
        else:
            view = ss["view"]
        if bounds:
            _seed_widgets(view, lo, hi)
        ss["_page"], ss["view"] = page, view
        ss["_map_focus"] = view.event
    sources, places = filters.choices(features)
    start, end = ss.get(W + "dates") or (None, None)
    view = replace(
        ss["view"],
        start=start if bounds and start and start > lo else None,
        end=end if bounds and end and end < hi else None,
        sources=tuple(s for s in ss.get(W + "sources", []) if s in sources),
        places=tuple(p for p in ss.get(W + "places", []) if p in places),
        text_dated_only=bool(ss.get(W + "text_only")),
        query=(ss.get(W + "q") or "").strip()[: filters.MAX_QUERY],
    )
    select(view)
    for note in ss.get("_notes", []):
        st.info(escape.markdown(note), icon="ℹ️")
    return view


def away(page: str) -> None:
    """Call on a page without the filters: the next page with them takes its view from its link or
    from the last view (the sidebar's widgets and their state are gone while they are not drawn)."""
    st.session_state["_page"] = page


def sidebar(features: list[dict[str, Any]], view: View) -> None:
    """The filters (their state is the view) and the link to share; call it last on a page."""
    bounds = filters.date_bounds(features)
    sources, places = filters.choices(features)
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
            format_func=sources.get,
            placeholder="All sources",
        )
        st.multiselect(
            "Places",
            list(places),
            key=W + "places",
            format_func=places.get,
            placeholder="All places",
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


def select(view: View) -> None:
    """Make ``view`` the current one and write it to the URL."""
    st.session_state["view"] = view
    params = filters.to_params(view)
    if params != {
        k: (v if len(v) > 1 or k in ("source", "place") else v[0]) for k, v in _url_params().items()
    }:
        st.query_params.from_dict(params)


COPY_WIDGET = """
<div class="share"><input id="share-url" readonly value="{url}" aria-label="Link to this view"
 onfocus="this.select()" style="width:100%;font:12px monospace;padding:4px;border:1px solid #ccc;
 border-radius:4px;box-sizing:border-box">
<button type="button" style="margin-top:4px;padding:2px 10px;border:1px solid #bbb;border-radius:4px;
 background:#fff;cursor:pointer" onclick="(function(b){{var i=document.getElementById('share-url');
 i.select();var ok=function(){{b.textContent='Copied';}};
 if(navigator.clipboard&&window.isSecureContext){{navigator.clipboard.writeText(i.value).then(ok);}}
 else{{document.execCommand('copy');ok();}}}})(this)">Copy link</button></div>
"""


def share_link(view: View) -> None:
    """The link to this view, in a read-only box with a Copy button (no syntax highlighter to load)."""
    base = (st.context.url or "").split("?")[0]
    query = urlencode(filters.to_params(view), doseq=True)
    url = f"{base}?{query}" if query else base
    st.caption("Link to this view:")
    # The script is fixed text; the URL (user-controlled query) only enters as an escaped attribute.
    st.html(COPY_WIDGET.format(url=escape.html(url)), unsafe_allow_javascript=True)
