"""Corrections: the places an event can be moved to, the value a move records, history in words."""

import pytest

from geo.extract import gazetteer as places
from geo.extract.gazetteer import Gazetteer, Place
from geo.store import Correction, corrections, validate_correction


def ids(places):
    return [p.id for p in places]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Mosul", ["geonames:99072"]),
        ("mosul", ["geonames:99072"]),  # case does not matter
        ("Deir Ezzor", ["geonames:170794"]),  # an alternate spelling
        ("deir ez-zor", ["geonames:170794"]),  # hyphens and spaces do not matter
        ("Raq", ["geonames:172955"]),  # a prefix finds it
        ("Washington", ["curated:washington-dc"]),
        ("M", []),  # one letter finds nothing: every place would match
        ("", []),
        ("Atlantis", []),
    ],
)
def test_search(gaz, query, expected):
    assert ids(places.search(gaz, query)) == expected


def test_search_puts_exact_matches_first_then_countries_and_big_towns(gaz):
    small = Place("geonames:1", "Raq", 35.0, 39.0, "SY", "city", 10)
    big = Place("geonames:2", "Raqqa", 35.9, 39.0, "SY", "city", 500_000)
    country = Place("country:XR", "Raqland", 1.0, 1.0, "XR", "country", 1_000)
    tiny = Gazetteer([big, country, small], {}, {})
    assert ids(places.search(tiny, "Raq")) == ["geonames:1", "country:XR", "geonames:2"]
    assert ids(places.search(gaz, "Mos")) == ["geonames:99072", "geonames:3070961"]  # Mosul, Most
    assert ids(places.search(gaz, "Mos", limit=1)) == ["geonames:99072"]


def test_candidates_are_the_places_named_like_the_mention(gaz):
    assert ids(places.candidates(gaz, "Raqa")) == ["geonames:172955"]
    assert places.candidates(gaz, None) == []


@pytest.mark.parametrize(
    ("place_id", "precision"),
    [
        ("geonames:99072", "point"),  # a town
        ("curated:fort-belvoir", "point"),  # a site
        ("country:IQ", "country"),
        ("admin1:IQ.AN", "region"),  # a governorate
    ],
)
def test_a_move_records_the_place_and_the_precision_its_kind_gives(gaz, place_id, precision):
    place = next(p for k in gaz.index for p in gaz.lookup_key(k) if p.id == place_id)
    value = corrections.move_value(place)
    assert value["place_id"] == place_id and value["geo_precision"] == precision
    assert validate_correction("move", value)["place"] == place.name  # the store accepts it
    assert corrections.move_value(place, "approximate")["geo_precision"] == "approximate"


def test_place_label_tells_same_named_places_apart(gaz):
    (mosul,) = gaz.lookup("Mosul")
    assert places.place_label(mosul) == "Mosul — town in IQ, 1,683,000 people (36.335, 43.119)"
    (iraq,) = gaz.lookup("Iraq")
    assert places.place_label(iraq).startswith("Iraq — country, ")


@pytest.mark.parametrize(
    ("kind", "value", "words"),
    [
        (
            "move",
            {"place": "Mosul", "geo_precision": "point", "lat": 36.335, "lon": 43.11889},
            "moved to Mosul (point, 36.335, 43.11889)",
        ),
        (
            "date",
            {"date_start": "2017-10-01", "date_end": "2017-10-31", "date_precision": "month"},
            "dated October 2017, month",
        ),
        (
            "date",
            {"date_start": "2017-10-17", "date_end": "2017-10-17", "date_precision": "day"},
            "dated 17 October 2017, day",
        ),
        ("reject", {}, "rejected"),
        ("restore", {}, "restored"),
        ("note", {}, "note"),
    ],
)
def test_describe(kind, value, words):
    assert (
        corrections.describe(Correction(1, "e", kind, value, None, "Ana", "2026-01-01T00:00:00+00:00"))
        == words
    )
