"""Conflict map: Streamlit entry point (`make run`, or Streamlit Community Cloud as is).

The pages live in app_pages/; the shared shell in ui/; everything else in geo/ (no Streamlit there).
The folder is not called pages/: Streamlit 1.67 treats a pages/ folder beside the entry point as an
old-style multipage app until st.navigation has run once in the server process, so on a fresh server
a link straight to /events or /sources ran that page without this script (no wide layout, a
different menu).
"""

import streamlit as st

st.set_page_config(page_title="Conflict map", page_icon="🗺️", layout="wide")

PAGES = [
    st.Page("app_pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page("app_pages/events.py", title="Events", icon=":material/table:", url_path="events"),
    st.Page(
        "app_pages/sources.py",
        title="Sources",
        icon=":material/article:",
        url_path="sources",
    ),
    st.Page("app_pages/add.py", title="Add article", icon=":material/note_add:", url_path="add"),
    st.Page(
        "app_pages/corrections.py",
        title="Corrections",
        icon=":material/edit_note:",
        url_path="corrections",
    ),
    st.Page("app_pages/store.py", title="Store", icon=":material/database:", url_path="store"),
    st.Page("app_pages/about.py", title="About", icon=":material/info:", url_path="about"),
]

st.navigation(PAGES).run()
