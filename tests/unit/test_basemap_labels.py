"""The offline basemap's labels: which places are labelled from which zoom, duplicates dropped, the same
rows whatever the input order, and the map's script loading them from the app's own static files."""

from __future__ import annotations

import json
import random
import re

import pytest

from geo.maps import assets, eventmap, labels
from geo.maps.labels import Town

ZOOMS = [  # (population, capital, zoom from which it is labelled)
    (8_000_000, False, 4),
    (1_000_000, False, 4),
    (999_999, False, 5),
    (300_000, False, 5),
    (150_000, False, 6),
    (100_000, False, 6),
    (60_000, False, 7),
    (20_000, False, 8),
    (15_000, False, 8),
    (14_999, False, 9),
    (5_000, False, 9),
    (4_999, False, 10),
    (0, False, 10),
    (40_000, True, 3),  # a capital, however small
]


@pytest.mark.parametrize(("population", "capital", "zoom"), ZOOMS)
def test_zoom_by_population(population, capital, zoom):
    assert labels.min_zoom(population, capital) == zoom


WANTED = [  # (town, labelled at all)
    (Town("Raqqa", 35.95, 39.01, 531_952), True),
    (Town("Ma'dan", 35.755, 39.598, 2_000), True),  # small, but near the conflicts
    (Town("Tal Afar", 36.37, 42.45, 0), True),  # population unknown, near the conflicts
    (Town("Smallville", 45.0, -100.0, 2_000), False),  # small and far away
    (Town("Nowhere", 45.0, -100.0, 0), False),
    (Town("Bismarck", 46.8, -100.8, 73_000), True),
    (Town("Vaduz", 47.14, 9.52, 5_000, capital=True), True),
    (Town("Tinyville", 35.0, 40.0, 600), False),  # below the threshold even near the conflicts
]


@pytest.mark.parametrize(("town", "kept"), WANTED)
def test_population_threshold(town, kept):
    assert labels.wanted(town) is kept


TOWNS = [
    Town("Aleppo", 36.20124, 37.16117, 2_098_210),
    Town("Aleppo", 36.21, 37.17, 1_500),  # the same name 1 km away: a duplicate
    Town("Aleppo", 40.0, -75.0, 9_000),  # the same name far away: another place
    Town("Jdaydeh", 36.2045, 37.1645, 30_000),  # a quarter 400 m from a bigger place: dropped
    Town("Raqqa", 35.95283, 39.00788, 531_952),
    Town("Damascus", 33.5102, 36.29128, 1_569_394, capital=True),
    Town("Tabqa", 35.83758, 38.54828, 69_425),
    Town("Ma'dan", 35.755, 39.598, 0),
    Town("  ", 35.0, 39.0, 100_000),  # no name
]


def test_rows_are_sorted_rounded_and_without_duplicates():
    rows = labels.place_rows(TOWNS)
    assert rows == [
        ["Damascus", 33.51, 36.291, 3],
        ["Aleppo", 36.201, 37.161, 4],
        ["Raqqa", 35.953, 39.008, 5],
        ["Tabqa", 35.838, 38.548, 7],
        ["Aleppo", 40.0, -75.0, 9],
        ["Ma'dan", 35.755, 39.598, 10],
    ]
    assert len({(r[0], r[1], r[2]) for r in rows}) == len(rows)


def test_rows_do_not_depend_on_input_order():
    expected = json.dumps(labels.place_rows(TOWNS))
    for seed in range(5):
        shuffled = TOWNS[:]
        random.Random(seed).shuffle(shuffled)
        assert json.dumps(labels.place_rows(shuffled)) == expected


def test_split_at_the_towns_zoom():
    major, minor = labels.split(labels.place_rows(TOWNS))
    assert [r[0] for r in major] == ["Damascus", "Aleppo", "Raqqa", "Tabqa"]
    assert all(r[3] >= labels.MINOR_FROM for r in minor) and len(minor) == 2


def test_water_rows_by_kind():
    rows = labels.water_rows(
        [
            ("Euphrates", "river", 35.2291, 40.3611),
            ("Red Sea", "sea", 20.55, 38.2),
            ("Nile delta", "delta", 31, 31),
        ]
    )
    assert rows == [["Red Sea", 20.55, 38.2, 4, "sea"], ["Euphrates", 35.229, 40.361, 7, "river"]]


URLS = {
    "major": assets.static_url(labels.MAJOR, "sub/path"),
    "minor": assets.static_url(labels.MINOR, "sub/path"),
    "water": assets.static_url(labels.WATER, "sub/path"),
}


def render(label_urls):
    m = eventmap.build_map(
        [],
        basemap_url=assets.static_url("basemap/countries.geojson"),
        online_tiles=False,
        asset_urls=assets.self_hosted().urls,
        label_urls=label_urls,
    )
    return m.get_root().render()


def test_map_script_has_the_labels_and_loads_only_local_urls():
    html = render(URLS)
    assert "conflictMap.placeLabels(" in html and "conflictMap.waterLayer(" in html
    assert "function placeLabels(" in html  # static/map/labels.js, inlined
    # Listed in the layer control, each its own entry.
    control = html[html.index("overlays :") :][:600]
    assert '"Place names (offline)"' in control and '"Rivers and lakes (offline)"' in control
    # The label files come from the app's static files under the base URL path, nothing else.
    assert '"/sub/path/app/static/basemap/places-major.json"' in html
    assert '"/sub/path/app/static/basemap/water.geojson"' in html
    script = html[html.index("function placeLabels(") - 3000 :]
    assert not re.search(r"https?://", script)


def test_no_label_urls_no_labels():
    html = render({})
    assert "placeLabels" not in html and "waterLayer" not in html


def test_built_label_files():
    """The files `make labels` built: compact, one row per place, sorted as the map expects."""
    major_path, minor_path = assets.STATIC_DIR / labels.MAJOR, assets.STATIC_DIR / labels.MINOR
    if not major_path.is_file():
        pytest.fail("static/basemap/places-major.json is missing: run `make setup` (make labels)")
    total = sum((assets.STATIC_DIR / f).stat().st_size for f in (labels.MAJOR, labels.MINOR, labels.WATER))
    assert total < 4_000_000
    major = json.loads(major_path.read_text(encoding="utf-8"))
    minor = json.loads(minor_path.read_text(encoding="utf-8"))
    rows = major["places"] + minor["places"]
    assert [r[3] for r in rows] == sorted(r[3] for r in rows)
    assert len({(r[0], r[1], r[2]) for r in rows}) == len(rows)
    names = {r[0]: r[3] for r in major["places"]}
    assert names["Aleppo"] <= 4 and names["Raqqa"] <= 6 and names["Damascus"] == 3
    assert {"Euphrates", "Tigris", "Mediterranean Sea"} <= {w[0] for w in major["water"]}
