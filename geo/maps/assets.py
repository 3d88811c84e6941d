"""Serve Leaflet and plugin assets from the app itself instead of public CDNs.

st_folium loads the ``default_js`` / ``default_css`` lists of a map's elements one by one and stops at
the first that fails, so one CDN URL is enough to leave the map blank on a closed network.
:func:`self_hosted` maps each CDN address folium and our elements use to ``<baseUrlPath>/app/static/...``
(Streamlit's static serving of ``./static``) and :func:`point_at` sets those URLs on one map's own
elements (instance attributes: folium's classes are never changed). When the npm assets are not
installed it keeps the CDN URLs and says so, so the app still works online.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from branca.element import Element

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
NPM = "vendor/node_modules/"

# CDN URL referenced by folium 0.20 (and by our own elements) -> file under static/.
LOCAL = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": NPM + "leaflet/dist/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": NPM + "leaflet/dist/leaflet.css",
    "https://code.jquery.com/jquery-3.7.1.min.js": NPM + "jquery/dist/jquery.min.js",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": NPM
    + "bootstrap/dist/js/bootstrap.bundle.min.js",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": NPM
    + "bootstrap/dist/css/bootstrap.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js": NPM
    + "drmonty-leaflet-awesome-markers/js/leaflet.awesome-markers.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css": NPM
    + "drmonty-leaflet-awesome-markers/css/leaflet.awesome-markers.css",
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": NPM
    + "glyphicons-only-bootstrap/css/bootstrap.min.css",
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": NPM
    + "@fortawesome/fontawesome-free/css/all.min.css",
    # Not on npm: a two-rule stylesheet kept in the repository (see static/folium/).
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css": "folium/leaflet.awesome.rotate.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js": NPM
    + "leaflet.markercluster/dist/leaflet.markercluster.js",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css": NPM
    + "leaflet.markercluster/dist/MarkerCluster.css",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css": NPM
    + "leaflet.markercluster/dist/MarkerCluster.Default.css",
}

NOTICE = (
    "Self-hosted map assets are not available ({missing}), so Leaflet and its plugins load from "
    "public CDNs and the map needs internet access. Run `make setup` (npm ci in static/vendor) and "
    "set server.enableStaticServing = true to serve them from the app."
)


@dataclass(frozen=True)
class AssetReport:
    """What :func:`self_hosted` found: the URL of each self-hosted asset by its CDN address, or
    ``local`` False (and what is missing) when the map must load from CDNs."""

    local: bool
    urls: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        """A sentence for the user when the map depends on the internet, else None."""
        return None if self.local else NOTICE.format(missing=", ".join(self.missing[:3]))


def static_url(path: str, base_url_path: str = "") -> str:
    """URL of ``static/<path>`` under Streamlit's static serving, honouring ``server.baseUrlPath``."""
    base = base_url_path.strip("/")
    return f"/{base}/app/static/{path}" if base else f"/app/static/{path}"


def self_hosted(base_url_path: str = "", static_dir: Path = STATIC_DIR, serving: bool = True) -> AssetReport:
    """The app's own copies of the map's assets (or none, when a file is missing or ``serving`` --
    Streamlit's ``server.enableStaticServing`` -- is off). Cheap: a stat per file."""
    missing = sorted(path for path in set(LOCAL.values()) if not (static_dir / path).is_file())
    if not serving:
        missing.insert(0, "static file serving is off")
    if missing:
        return AssetReport(local=False, missing=missing)
    return AssetReport(local=True, urls={cdn: static_url(path, base_url_path) for cdn, path in LOCAL.items()})


def point_at(root: Element, urls: dict[str, str]) -> None:
    """Set the asset lists of ``root`` and every element under it to ``urls``' addresses (instance
    attributes, so that no other map and no folium class changes)."""
    stack = [root]
    while stack:
        element = stack.pop()
        for attr in ("default_js", "default_css"):
            assets = getattr(element, attr, None)
            if assets:
                setattr(element, attr, [(name, urls.get(src, src)) for name, src in assets])
        stack.extend(getattr(element, "_children", {}).values())


def fetch_first(root: Element, script_url: str, payload_url: str) -> None:
    """Put ``static/map/prefetch.js`` (at ``script_url``) first in the map's script list, ahead of
    Leaflet: st_folium loads that list one script after another, and the map's own script runs only
    after the last, so the events' payload (``payload_url``) would be asked for only then. The script
    starts its fetch at once and preloads the map's other scripts and stylesheets of the app's own
    (its address carries their URLs), so that none of them waits for the one before it."""
    own = [u for u in _asset_urls(root) if u.startswith("/") and not u.startswith("//")]
    first = own[0] if own and own[0].endswith(".js") else None  # asked for right after this one
    query = urlencode([("events", payload_url)] + [("preload", u) for u in own if u != first])
    root_js = list(getattr(root, "default_js", []))
    setattr(root, "default_js", [("conflict_map_prefetch", f"{script_url}?{query}"), *root_js])  # noqa: B010


def _asset_urls(root: Element) -> list[str]:
    """The scripts, then the stylesheets, of ``root`` and the elements under it, in st_folium's order
    (depth first, each once)."""
    js: list[str] = []
    css: list[str] = []

    def walk(element: Element) -> None:
        js.extend(src for _, src in getattr(element, "default_js", []))
        css.extend(src for _, src in getattr(element, "default_css", []))
        for child in getattr(element, "_children", {}).values():
            walk(child)

    walk(root)
    return list(dict.fromkeys(js + css))
