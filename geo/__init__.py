"""geo: the pure core. Text -> mentions -> places -> dates -> events -> GeoJSON (no Streamlit here)."""

from geo.native import native_path

__version__ = "0.1.0"

# A compiled build of the hot modules, when one matches these sources, is found before them.
if (_native := native_path()) is not None:
    __path__.insert(0, _native)
NATIVE = _native is not None  # the extractor runs compiled
