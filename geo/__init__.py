"""geo: the pure core. Text -> mentions -> places -> dates -> events -> GeoJSON (no Streamlit here)."""

__version__ = "0.1.0"
