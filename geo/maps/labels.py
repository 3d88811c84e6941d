"""Place names, seas, rivers and lakes on the offline basemap.

Two parts:

- the label data, chosen once at set-up by ``scripts/build_labels.py`` (pure functions here, so they are
  tested without the real gazetteer): towns and cities of the gazetteer (GeoNames, >= 500 people)
  with the zoom from which each is shown (:data:`ZOOM_BY_POPULATION`), one row per place, larger places
  first; water names from ``data/gazetteer/water.csv``;
- the map elements that draw them (``conflictMap.placeLabels`` / ``conflictMap.waterLayer`` in
  ``static/map/labels.js``, inlined by :class:`~geo.maps.elements.MapScript`): the files are fetched
  from the app's static URL, nothing else is requested, and each element is one entry of the layer
  control. Labels are placed in screen space, larger places first, skipping any that would overlap a
  placed one, and only those inside the view are drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import folium
from folium.map import Layer
from folium.template import Template

from geo import escape
from geo.extract.gazetteer import name_key
from geo.maps.elements import MapElement, MapScript

# Files under static/ (built by scripts/build_labels.py at set-up; see the Makefile's `labels`).
MAJOR = "basemap/places-major.json"  # places shown from zoom <= MINOR_FROM - 1, and water names
MINOR = "basemap/places-minor.json"  # the rest: fetched the first time the map is zoomed to MINOR_FROM
WATER = "basemap/water.geojson"  # rivers (lines) and lakes (polygons), Natural Earth 1:50m

# (least population, zoom from which the place is labelled); the first row that fits wins.
ZOOM_BY_POPULATION: tuple[tuple[int, int], ...] = (
    (1_000_000, 4),
    (300_000, 5),
    (100_000, 6),
    (50_000, 7),
    (15_000, 8),
    (5_000, 9),
    (0, 10),
)
CAPITAL_ZOOM = 3
MINOR_FROM = 8
# Worldwide, places from WORLD_MIN people; in DETAIL_BOX (lon/lat: eastern Mediterranean to
# Afghanistan, the conflicts' usual view) from DETAIL_MIN, and places of unknown population too
# (GeoNames lacks it for some towns the news names: Tal Afar).
WORLD_MIN = 5_000
DETAIL_MIN = 1_000
DETAIL_BOX = (20.0, 5.0, 70.0, 45.0)  # west, south, east, north
DECIMALS = 3  # ~100 m: a pixel at the map's closest zoom
SAME_NAME_DEGREES = 0.2  # a smaller place of the same name this close is a duplicate (~20 km)
SAME_SPOT_DEGREES = 0.01  # any smaller place this close is one too (~1 km): a quarter of a city

# Water names (water.csv kinds) by the zoom from which they show.
WATER_ZOOM = {"ocean": 2, "sea": 4, "gulf": 5, "strait": 6, "bay": 6, "lake": 7, "river": 7, "canal": 8}


@dataclass(frozen=True)
class Town:
    """What a label needs from a gazetteer place."""

    name: str
    lat: float
    lon: float
    population: int
    capital: bool = False


def min_zoom(population: int, capital: bool = False) -> int:
    """The zoom from which a place of ``population`` is labelled."""
    if capital:
        return CAPITAL_ZOOM
    return next(z for least, z in ZOOM_BY_POPULATION if population >= least)


def in_detail(lat: float, lon: float) -> bool:
    west, south, east, north = DETAIL_BOX
    return west <= lon <= east and south <= lat <= north


def wanted(town: Town) -> bool:
    """Whether a place is labelled at all (population threshold, lower near the conflicts)."""
    if town.capital or town.population >= WORLD_MIN:
        return True
    return in_detail(town.lat, town.lon) and (town.population >= DETAIL_MIN or town.population == 0)


def place_rows(towns: Iterable[Town]) -> list[list[object]]:
    """Label rows ``[name, lat, lon, min zoom]``: one per place (duplicates dropped), rounded
    coordinates, sorted by zoom, then larger places first (the order labels are placed in), then
    name; the same towns give the same rows whatever their order."""
    ordered = sorted(
        (t for t in towns if t.name.strip() and wanted(t)),
        key=lambda t: (min_zoom(t.population, t.capital), -t.population, t.name, t.lat, t.lon),
    )
    kept: dict[tuple[int, int], list[tuple[str, float, float]]] = {}  # grid cell -> (key, lat, lon)
    rows: list[list[object]] = []
    for t in ordered:
        key = name_key(t.name)
        cell = (int(t.lat // SAME_NAME_DEGREES), int(t.lon // SAME_NAME_DEGREES))
        near = [
            p
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for p in kept.get((cell[0] + dy, cell[1] + dx), ())
            if abs(p[1] - t.lat) <= SAME_NAME_DEGREES and abs(p[2] - t.lon) <= SAME_NAME_DEGREES
        ]
        if any(
            k == key or (abs(la - t.lat) <= SAME_SPOT_DEGREES and abs(lo - t.lon) <= SAME_SPOT_DEGREES)
            for k, la, lo in near
        ):
            continue
        kept.setdefault(cell, []).append((key, t.lat, t.lon))
        rows.append(
            [
                t.name.strip(),
                round(t.lat, DECIMALS),
                round(t.lon, DECIMALS),
                min_zoom(t.population, t.capital),
            ]
        )
    return rows


def water_rows(items: Iterable[tuple[str, str, float, float]]) -> list[list[object]]:
    """Water name rows ``[name, lat, lon, min zoom, kind]`` from ``(name, kind, lat, lon)``, for the
    kinds :data:`WATER_ZOOM` knows, sorted like :func:`place_rows`."""
    rows = [
        [name.strip(), round(lat, DECIMALS), round(lon, DECIMALS), WATER_ZOOM[kind], kind]
        for name, kind, lat, lon in items
        if kind in WATER_ZOOM and name.strip()
    ]
    return sorted(rows, key=lambda r: (r[3], r[0], r[1], r[2]))


def split(rows: Sequence[list[object]]) -> tuple[list[list[object]], list[list[object]]]:
    """The rows shown before :data:`MINOR_FROM` (loaded with the map) and the others (loaded later)."""
    major = [r for r in rows if int(r[3]) < MINOR_FROM]  # type: ignore[call-overload]
    minor = [r for r in rows if int(r[3]) >= MINOR_FROM]  # type: ignore[call-overload]
    return major, minor


# ------------------------------------------------------------------------------------- map elements


class PlaceLabels(MapElement, Layer):
    """City, town and water names from the app's label files; one entry in the layer control.

    ``major_url`` is fetched with the map, ``minor_url`` (towns from zoom :data:`MINOR_FROM`) the first
    time the map is zoomed that far."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = conflictMap.placeLabels({{ this._parent.get_name() }},
            {{ this.urls_js }}, {{ this.options_js }});
        {% endmacro %}
        """
    )

    def __init__(self, major_url: str, minor_url: str | None = None, name: str = "Place names (offline)"):
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "PlaceLabels"
        self.urls_js = escape.js({"major": major_url, "minor": minor_url})
        self.options_js = escape.js({"minorFrom": MINOR_FROM, "maxLabels": 300})


class WaterLayer(MapElement, Layer):
    """Rivers (blue lines) and lakes (blue fills) from the app's GeoJSON file; one layer-control entry."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = conflictMap.waterLayer({{ this._parent.get_name() }},
            {{ this.url_js }});
        {% endmacro %}
        """
    )

    def __init__(self, url: str, name: str = "Rivers and lakes (offline)"):
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "WaterLayer"
        self.url_js = escape.js(url)


def add_to(m: folium.Map, urls: dict[str, str] | None) -> None:
    """Add the water layer, the place labels and their script to map ``m``: ``urls`` holds the
    static URLs of ``major`` and ``minor`` (place names) and ``water``; missing ones are left out."""
    if not urls or not (urls.get("major") or urls.get("water")):
        return
    m.add_child(MapScript("labels.js"))
    if urls.get("water"):
        m.add_child(WaterLayer(urls["water"]))
    if urls.get("major"):
        m.add_child(PlaceLabels(urls["major"], urls.get("minor")))
