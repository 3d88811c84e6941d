"""Store: what the event store holds, the whole of it as GeoJSON, CSV or GeoPackage, and (editors)
re-extraction of every article, keeping the corrections."""

from __future__ import annotations

import sqlite3

import pandas as pd
import streamlit as st

from geo import escape
from geo.store import StoreError
from geo.worker import WorkFailed
from ui import access, data, exports, shell, work
from ui import view as ui_view

shell.through_app()


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


ui_view.away("store")
st.markdown("#### The event store")
if data.fixed_events():
    st.info(
        "This app shows a fixed events file (CONFLICT_MAP_EVENTS), not the store.", icon=":material/info:"
    )
    st.stop()

with data.store() as s:
    summary = s.summary()
    total = s.count_events()
    fresh = s.up_to_date(data.fingerprint())
    name = s.path.name
corrections = sum(r["corrections"] for r in summary)
st.caption(
    escape.markdown(
        f"{_n(len(summary), 'article')}, {_n(total, 'event')}, {_n(corrections, 'correction')}, "
        "in the SQLite file "
        f"{name}. "
        + ("Events are up to date with the extractor." if fresh else "The extractor changed since.")
    )
)
table = pd.DataFrame(
    summary,
    columns=["id", "title", "publisher", "published", "added_at", "added_by", "events", "corrections"],
)
table["sources"] = [f"./sources?source={i}" for i in table["id"]]  # relative: honours baseUrlPath
st.dataframe(
    table,
    hide_index=True,
    column_config={
        "added_at": st.column_config.TextColumn("added (UTC)"),
        "added_by": st.column_config.TextColumn("added by"),
        "sources": st.column_config.LinkColumn("text", display_text="read it", width="small"),
    },
)

st.markdown("**Download the whole store**")
with_rejected = st.checkbox(
    "Include rejected events", key="store_rejected", help="They carry rejected = true in every format."
)
features = data.events(include_rejected=with_rejected)
st.caption(f"{len(features)} events, corrections applied.")
exports.downloads(features, "events_all" + ("_with_rejected" if with_rejected else ""), key="store_dl")

st.markdown("**Re-extract every article**")
st.caption(
    "After a gazetteer or extractor change: every article is extracted again and the analysts' "
    "corrections are kept (an event that moved in the text keeps its corrections)."
)
if access.editor("re-extract the articles") is not None:
    if st.button("Re-extract every article", key="store_rebuild", icon=":material/refresh:"):
        if not access.allowed():  # checked again right before the write
            st.error("Editing is off for this session: nothing was changed.")
        else:
            try:
                with data.store() as s:
                    path = str(s.path)
                with st.spinner("Re-extracting…"):
                    done = work.worker().rebuild(path)
            except (StoreError, WorkFailed, sqlite3.Error) as e:
                st.error(escape.markdown(f"Not re-extracted: {e}."), icon=":material/error:")
            else:
                st.success(
                    f"Re-extracted {_n(done.articles, 'article')}: {_n(done.events, 'event')}; "
                    f"{_n(done.corrections_kept, 'correction')} kept ({done.relinked} re-linked to a "
                    f"moved mention, {done.orphans} kept only because they were corrected).",
                    icon=":material/check_circle:",
                )
