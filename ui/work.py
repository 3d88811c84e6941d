"""The app's worker processes (``geo.worker``): one pool per server process, shared by every session."""

from __future__ import annotations

import streamlit as st

from geo.worker import Worker


@st.cache_resource(show_spinner=False)
def worker() -> Worker:
    """Extraction and store writes run here, so that a long article never stalls other sessions."""
    return Worker()
