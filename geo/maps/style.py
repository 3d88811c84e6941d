"""How events look, in one place: marker colours by date precision, and the stylesheets of the map
(markers, popups, slider, legend) and of the page's event panel, which shows the same popup HTML."""

from __future__ import annotations

COLOURS = {  # date precision -> marker colour (legend order)
    "day": "#c0392b",
    "week": "#e67e22",
    "month": "#8e44ad",
    "range": "#16a085",
    "year": "#2c6fbb",
    None: "#7f8c8d",
}

# The popup's pieces (geo.maps.popup), on the map and beside it.
POPUP_CSS = """
.ev-place{font-weight:700;font-size:15px}.ev-date{color:#444;margin-bottom:4px}
.ev-quote{margin:4px 0;padding-left:8px;border-left:3px solid #bbb;font-style:italic}
.ev-quote mark{background:#ffe066;padding:0 1px}.ev-src{font-size:12px;color:#333}
.ev-fix-note{margin:4px 0;padding:2px 6px;background:#fff6cc;border-left:3px solid #e0b400;font-size:12px}
"""

MARKER_CSS = (
    """
.ev{border-radius:50%;background:var(--c);border:2px solid #fff;box-shadow:0 0 0 1px rgba(0,0,0,.55)}
.ev.ev-pub{background:#fff;border:4px solid var(--c)}
.ev.ev-fix{box-shadow:0 0 0 2px #111,0 0 0 5px #ffd21f}
"""
    + "".join(f".ev-{k or 'none'}{{--c:{v}}}" for k, v in COLOURS.items())
    + "\n"
)

MAP_CSS = (
    ".leaflet-container{background:#dbe7ef}"
    + MARKER_CSS
    + """
.leaflet-container{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
"""
    + POPUP_CSS
    + """
.leaflet-control.leaflet-timeline-control{width:calc(100% - 20px);margin:0 10px 20px;display:flex;
 align-items:center;gap:8px;padding:6px 8px}
.leaflet-control.leaflet-timeline-control .sldr-ctrl-container{float:none;width:auto;display:flex;
 align-items:center;gap:8px;flex:none}
.leaflet-control.leaflet-timeline-control .button-container{width:96px;white-space:nowrap}
.leaflet-control.leaflet-timeline-control .button-container button{width:22px;height:22px}
.leaflet-control.leaflet-timeline-control output.time-text{font:600 15px system-ui,sans-serif;
 min-width:150px;text-align:left}
.leaflet-control.leaflet-timeline-control input[type=range]{flex:1;width:auto}
.ev-legend{background:#fff;padding:6px 8px;font:12px system-ui,sans-serif;line-height:18px;
 border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3)}
.ev-legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-2px}
"""
)

# The event panel beside the map and the Sources page (Streamlit's page, not the map's frame).
PANEL_CSS = (
    POPUP_CSS
    + """
.ev-place{font-size:1.1rem}
.art mark.place{background:#ffe066;padding:0 1px}
.art mark.date{background:#b6e3ff;padding:0 1px}
.ev-list{padding-left:1.1rem;margin:.2rem 0}.ev-list li{margin-bottom:.35rem}
.ev-sel{font-weight:600}
"""
)
