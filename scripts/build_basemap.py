"""Write static/basemap/countries.geojson, the offline basemap, from the npm package world-atlas.

Natural Earth country borders (public domain) as packaged by world-atlas (TopoJSON), read with
pyogrio/GDAL's TopoJSON driver and written as GeoJSON with coordinates rounded to 3 decimals (~100 m).
The 1:50m borders are kept for countries near the conflict (the map's usual view) and the lighter
1:110m ones elsewhere, so the file stays small enough to load on every first visit.

The output is committed; rerun after `npm ci` in static/vendor to regenerate it:
    .venv/bin/python scripts/build_basemap.py
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pyogrio
import shapely
from shapely.geometry import MultiPolygon, Polygon, box, mapping

ROOT = Path(__file__).resolve().parent.parent
ATLAS = ROOT / "static" / "vendor" / "node_modules" / "world-atlas"
OUT = ROOT / "static" / "basemap" / "countries.geojson"
DETAIL_BOX = box(20.0, 5.0, 70.0, 45.0)  # lon/lat: eastern Mediterranean to Afghanistan
DECIMALS = 3


def _features(resolution: str):
    frame = pyogrio.read_dataframe(ATLAS / f"countries-{resolution}.json", layer="countries")
    for name, geom in zip(frame["name"], frame.geometry, strict=True):
        if geom is not None and not geom.is_empty:
            yield str(name), geom


def build() -> dict:
    """The basemap FeatureCollection: detailed borders near the conflict, coarse ones elsewhere."""
    detailed = {name: geom for name, geom in _features("50m") if geom.intersects(DETAIL_BOX)}
    features = []
    for name, geom in _features("110m"):
        geom = detailed.pop(name, geom)
        features.append((name, geom))
    features.extend(detailed.items())  # small countries only the 50m set has
    out = []
    for name, geom in sorted(features):
        if name == "Antarctica":  # far from any event; its ring along the pole draws a stray line
            continue
        geom = _unwrap(geom)
        # Round each vertex to the grid (no topology repair: borders are drawn, never computed with).
        geom = shapely.set_precision(geom, 10**-DECIMALS, mode="pointwise")
        if geom.is_empty:
            continue
        out.append({"type": "Feature", "properties": {"name": name}, "geometry": mapping(geom)})
    return {"type": "FeatureCollection", "features": out}


def _unwrap_ring(coords):
    """A ring crossing the antimeridian (a jump of more than 180 degrees of longitude) gets its western
    part shifted by 360, so Leaflet draws it east of 180 instead of a line across the whole map."""
    lons = [x for x, _ in coords]
    if all(abs(a - b) <= 180 for a, b in pairwise(lons)):
        return coords
    return [(x + 360 if x < 0 else x, y) for x, y in coords]


def _unwrap(geom):
    def poly(p):
        return Polygon(
            _unwrap_ring(list(p.exterior.coords)),
            [_unwrap_ring(list(r.coords)) for r in p.interiors],
        )

    if geom.geom_type == "Polygon":
        return poly(geom)
    if geom.geom_type == "MultiPolygon":
        return MultiPolygon([poly(p) for p in geom.geoms])
    return geom


def _round(obj):
    if isinstance(obj, float):
        return round(obj, DECIMALS)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def main() -> None:
    data = _round(build())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(
        f"wrote {len(data['features'])} countries, {OUT.stat().st_size / 1e3:.0f} kB to {OUT.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
