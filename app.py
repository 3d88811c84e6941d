"""Conflict map: Streamlit entry point (`make run`, or Streamlit Community Cloud as is).

The pages live in pages/; the shared shell in ui/; everything else in geo/ (no Streamlit there).
Each page first calls ui.shell.through_app(), so that a link straight to a page on a freshly started
server also runs inside this script's navigation (see ui/shell.py).
"""

import logging

import streamlit as st

from ui import sockets

st.set_page_config(page_title="Conflict map", page_icon="🗺️", layout="wide")
sockets.no_delay_once()  # no 40 ms wait for each small response (ui/sockets.py)

PAGES = [
    st.Page("pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page("pages/events.py", title="Events", icon=":material/table:", url_path="events"),
    st.Page(
        "pages/sources.py",
        title="Sources",
        icon=":material/article:",
        url_path="sources",
    ),
    st.Page("pages/add.py", title="Add article", icon=":material/note_add:", url_path="add"),
    st.Page(
        "pages/corrections.py",
        title="Corrections",
        icon=":material/edit_note:",
        url_path="corrections",
    ),
    st.Page("pages/store.py", title="Store", icon=":material/database:", url_path="store"),
    st.Page("pages/about.py", title="About", icon=":material/info:", url_path="about"),
]

try:
    st.navigation(PAGES).run()
except Exception:  # st.stop() and st.rerun() are not Exceptions: they pass through
    # Viewers get one sentence; the details (paths, code) stay in the server's log.
    logging.getLogger("conflict_map.app").exception("a page failed")
    st.error(
        "This page could not be shown because of an unexpected error on the server; it has been "
        "logged. Try again, or open another page.",
        icon=":material/error:",
    )
