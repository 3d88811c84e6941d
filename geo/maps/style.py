"""How events look, in one place: marker colours by ACLED event type, the area drawn around events
located only to a country, region or offset, and the stylesheets of the map (markers, popups, time
control, legend, feed) and of the page's event panel, which shows the same popup HTML.

Why colour says the *type* and not the date precision: an analyst scanning the map asks "what is
happening where" first, and ACLED's six types are the categories they filter and compare by, so they
get the one channel read at a glance. Date precision is checked when reading one event, next to its
date: the tooltip and popup say it in words ("October 2017, month"). Only the least certain dates (the
publication date standing in for a date the text does not give) keep a mark of their own, a hollow
marker, because those are the ones to distrust before reading.
"""

from __future__ import annotations

from geo.vocab import EventType

# ACLED event type -> colour (legend order); then events of older data that carry no type, and
# background mentions (the extractor's ``event_type: null``: nothing happens at that place).
TYPE_COLOURS: dict[str, str] = {
    EventType.BATTLES: "#c0392b",
    EventType.EXPLOSIONS: "#e67e22",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "#8e44ad",
    EventType.PROTESTS: "#2c6fbb",
    EventType.RIOTS: "#16a085",
    EventType.STRATEGIC_DEVELOPMENTS: "#a08400",
}
UNKNOWN_TYPE = ("type not given", "#5d6d7e")
BACKGROUND = ("background mention", "#b3b6b7")

# Index -> (label, colour): the order the map's payload numbers types by (CSS class ``ev-t<i>``).
TYPES: list[tuple[str, str]] = [(str(k), v) for k, v in TYPE_COLOURS.items()] + [UNKNOWN_TYPE, BACKGROUND]

# Where an event is not a town: the radius (km) of the shaded area that says "somewhere in here".
# Approximate places use the offset the quote gives (geo.maps.popup.offset_km) when it has one.
AREA_KM = {"country": 250.0, "region": 120.0, "approximate": 25.0}

# The popup's pieces (geo.maps.popup), on the map and beside it.
POPUP_CSS = """
.ev-place{font-weight:700;font-size:15px}.ev-date{color:#444;margin-bottom:4px}
.ev-quote{margin:4px 0;padding-left:8px;border-left:3px solid #bbb;font-style:italic}
.ev-quote mark{background:#ffe066;padding:0 1px}.ev-src{font-size:12px;color:#333}
.ev-fix-note{margin:4px 0;padding:2px 6px;background:#fff6cc;border-left:3px solid #e0b400;font-size:12px}
.ev-type{font-weight:600;color:#333}.ev-geo{color:#444;font-size:12px;margin-bottom:2px}
"""

MARKER_CSS = """
.ev{border-radius:50%;background:var(--c);border:2px solid #fff;box-shadow:0 0 0 1px rgba(0,0,0,.6)}
.ev.ev-pub{background:#fff;border:4px solid var(--c)}
.ev.ev-fix{box-shadow:0 0 0 2px #111,0 0 0 5px #ffd21f}
.ev.ev-area{border-radius:2px}
.ev.ev-bg{opacity:.75}
""" + "".join(f".ev-t{i}{{--c:{colour}}}" for i, (_, colour) in enumerate(TYPES))

MAP_CSS = (
    ".leaflet-container{background:#dbe7ef}"
    + MARKER_CSS
    + """
.leaflet-container{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
"""
    + POPUP_CSS
    + """
.leaflet-popup-content{overflow-y:auto}
.tc{width:calc(100vw - 20px);box-sizing:border-box;margin:0 0 8px 0;background:rgba(255,255,255,.95);
 padding:5px 8px;border-radius:6px;box-shadow:0 1px 5px rgba(0,0,0,.35);font:13px system-ui,sans-serif}
.leaflet-bottom.leaflet-left .tc{margin-left:10px}
.tc-row{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px}
.tc button{min-width:28px;height:28px;border:1px solid #999;border-radius:4px;background:#fff;
 cursor:pointer;font-size:14px;padding:0 6px}
.tc button:focus-visible,.tc select:focus-visible{outline:2px solid #2c6fbb}
.tc output.time-text{font:600 16px system-ui,sans-serif;min-width:8.5em}
.tc-count{color:#333;flex:1 1 auto}.tc-count b{color:#000}
.tc .tc-off{height:auto;min-width:0;border:0;background:none;padding:0;font:inherit;color:#1f5fa8;
 text-decoration:underline;cursor:pointer}
.tc select{height:28px;font-size:13px}
.tc-hist{position:relative;margin-top:3px}
.tc-hist canvas{display:block;width:100%;height:34px;cursor:pointer;touch-action:none}
.tc-hist input.time-slider{display:block;width:100%;margin:0;box-sizing:border-box}
.ev-box{background:#fff;border-radius:5px;box-shadow:0 1px 5px rgba(0,0,0,.35);font:12px system-ui,sans-serif}
.ev-box>button.ev-toggle{border:0;background:#fff;border-radius:5px;font:600 12px system-ui,sans-serif;
 padding:5px 9px;cursor:pointer;width:100%;text-align:left}
.ev-box.ev-collapsed .ev-body{display:none}
.ev-legend .ev-body{padding:0 9px 7px;line-height:18px}
.ev-legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-2px;box-sizing:border-box}
.ev-legend i.ev-areakey{border-radius:50%;background:rgba(93,109,126,.18);border:1px dashed #5d6d7e;width:16px;height:16px}
.ev-legend .ev-h{font-weight:700;margin-top:4px}
.leaflet-top.leaflet-left .ev-feed{clear:none}
.ev-feed{width:270px;max-width:calc(100vw - 80px)}.ev-feed.ev-collapsed{width:auto}
.ev-feed .ev-body{max-height:calc(var(--map-h,600px) - 260px);min-height:60px;overflow-y:auto;border-top:1px solid #ddd}
.ev-feed ol{list-style:none;margin:0;padding:0}
.ev-feed li{padding:5px 9px;border-bottom:1px solid #eee;cursor:pointer}
.ev-feed li:hover,.ev-feed li:focus{background:#f2f6fa;outline:none}
.ev-feed li i{display:inline-block;width:9px;height:9px;border-radius:50%;background:var(--c);margin-right:4px}
.ev-feed .ev-fd{font-weight:600}.ev-feed .ev-fq{color:#444}.ev-feed .ev-more{padding:5px 9px;color:#666}
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
