"""Serve Leaflet and plugin assets from the app itself instead of public CDNs.

st_folium loads the ``default_js`` / ``default_css`` lists of a map's elements one by one and stops at
the first that fails, so one CDN URL is enough to leave the map blank on a closed network. These lists
are class attributes of folium/branca elements: :func:`use_self_hosted` rewrites them once, before any
map is built, to ``<baseUrlPath>/app/static/...`` (Streamlit's static serving of ``./static``). When
the npm assets are not installed it restores the CDN URLs and says so, so the app still works online.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import branca.element
import folium
import folium.plugins  # noqa: F401  (imports every plugin class so that they can be rewritten)

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
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
    "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js": NPM
    + "leaflet.timeline/dist/leaflet.timeline.js",
    "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js": NPM + "moment/min/moment.min.js",
}

NOTICE = (
    "Self-hosted map assets are not available ({missing}), so Leaflet and its plugins load from "
    "public CDNs and the map needs internet access. Run `make setup` (npm ci in static/vendor) and "
    "set server.enableStaticServing = true to serve them from the app."
)

# Original (CDN) lists per class, captured on first use so that the rewrite can be redone with
# another base path or undone.
_ORIGINAL: dict[type, dict[str, list[tuple[str, str]]]] = {}


@dataclass(frozen=True)
class AssetReport:
    """What :func:`use_self_hosted` did: ``local`` is False when it fell back to CDNs."""

    local: bool
    missing: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        """A sentence for the user when the map depends on the internet, else None."""
        return None if self.local else NOTICE.format(missing=", ".join(self.missing[:3]))


def static_url(path: str, base_url_path: str = "") -> str:
    """URL of ``static/<path>`` under Streamlit's static serving, honouring ``server.baseUrlPath``."""
    base = base_url_path.strip("/")
    return f"/{base}/app/static/{path}" if base else f"/app/static/{path}"


def _element_classes() -> list[type]:
    seen: list[type] = []
    stack = [branca.element.Element]
    while stack:
        cls = stack.pop()
        if cls not in seen:
            seen.append(cls)
            stack.extend(cls.__subclasses__())
    return seen


def _rewrite(mapping: dict[str, str]) -> None:
    for cls in _element_classes():
        for attr in ("default_js", "default_css"):
            if attr not in vars(cls):
                continue
            original = _ORIGINAL.setdefault(cls, {}).setdefault(attr, list(vars(cls)[attr]))
            setattr(cls, attr, [(name, mapping.get(src, src)) for name, src in original])


def use_self_hosted(
    base_url_path: str = "", static_dir: Path = STATIC_DIR, serving: bool = True
) -> AssetReport:
    """Point every folium/branca element's assets at the app's static files (or back at CDNs when a
    file is missing or ``serving`` -- Streamlit's ``server.enableStaticServing`` -- is off).

    Call it before rendering a map, from the page layer (it owns ``server.baseUrlPath``); element
    classes defined later are covered by calling it again. Idempotent and cheap.
    """
    missing = sorted(path for path in set(LOCAL.values()) if not (static_dir / path).is_file())
    if not serving:
        missing.insert(0, "static file serving is off")
    if missing:
        _rewrite({})
        return AssetReport(local=False, missing=missing)
    _rewrite({cdn: static_url(path, base_url_path) for cdn, path in LOCAL.items()})
    return AssetReport(local=True)
