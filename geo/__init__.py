"""geo: the pure core (no Streamlit here), in packages by stage, data flowing one way:

sources (reading articles) -> extract (text to events) -> store (SQLite) -> maps (the folium map).
"""

__version__ = "0.1.0"
