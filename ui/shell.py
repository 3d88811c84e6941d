"""Every page runs inside app.py's navigation, even when a link opens it on a fresh server.

Streamlit (1.67) treats a ``pages/`` folder beside the entry point as an old-style multipage app until
``st.navigation`` has run once in the server process: a link straight to ``/events`` on a freshly
started server would run that page on its own (no wide layout, a menu of file names). The project keeps
its pages in ``pages/``, so each page calls :func:`through_app` first: in that one case it switches the
process to ``st.navigation`` (what ``st.navigation`` itself does on its first call) and reruns, and
app.py then opens the page the link asked for.
"""

from __future__ import annotations

import streamlit as st


def through_app() -> None:
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
