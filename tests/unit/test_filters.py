"""geo.filters: the view read from and written to links, and the events it keeps."""

from datetime import date

import pytest

from geo.filters import (
    MAX_ZOOM,
    View,
    apply,
    choices,
    date_bounds,
    haystack,
    off_map,
    parse_date,
    parse_map_param,
    parse_params,
    reconcile,
    to_params,
    type_choices,
)


def ev(
    id,
    start,
    end=None,
    *,
    place="Raqqa",
    place_id="geonames:163915",
    source="s1",
    basis="text",
    excerpt="IS lost control of Raqa",
    title="Title",
    publisher="AFP",
):
    return {
        "type": "Feature",
        "id": id,
        "geometry": {"type": "Point", "coordinates": [39.0, 35.9]},
        "properties": {
            "place": place,
            "place_id": place_id,
            "mention": "Raqa",
            "date_start": start,
            "date_end": end or start,
            "date_basis": basis,
            "excerpt": excerpt,
            "date_text": None,
            "source": {"id": source, "title": title, "publisher": publisher},
        },
    }


EVENTS = [
    ev("a", "2017-10-17"),
    ev("b", "2017-10-01", "2017-10-31", basis="publication"),
    ev(
        "c",
        "2017-11-03",
        place="Deir ez-Zor",
        place_id="geonames:170794",
        source="s2",
        excerpt="took full control of Deir Ezzor",
    ),
    ev(
        "d",
        "2019-02-20",
        "2019-03-10",
        place="Baghuz",
        place_id="curated:baghuz",
        source="s3",
        title="Iraqi Foreign Fighters",
        publisher="VOA",
    ),
    ev("u", None),  # undated
    ev("x", "2017-10-20", basis="correction", place="Tikrit", place_id="geonames:90150"),  # set by an analyst
]


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2017-10-17", False, date(2017, 10, 17)),
        ("2017-10", False, date(2017, 10, 1)),
        ("2017-10", True, date(2017, 10, 31)),  # a month as an end means its last day
        ("2016-02", True, date(2016, 2, 29)),  # leap year
        ("2017", True, date(2017, 12, 31)),
        (" 2017-1-5 ", False, date(2017, 1, 5)),
        ("2017-02-30", False, None),  # not a calendar date
        ("17/10/2017", False, None),
        ("yesterday", False, None),
        ("", False, None),
    ],
)
def test_parse_date(value, end, expected):
    assert parse_date(value, end=end) == expected


@pytest.mark.parametrize(
    ("params", "view", "n_notes"),
    [
        ({}, View(), 0),
        (
            {"start": "2017-10-01", "end": "2017-10-31"},
            View(start=date(2017, 10, 1), end=date(2017, 10, 31)),
            0,
        ),
        (
            {"start": ["2017-10"]},
            View(start=date(2017, 10, 1)),
            0,
        ),  # lists, as from st.query_params
        (
            {"source": ["s1", "s2"], "place": "curated:baghuz"},
            View(sources=("s1", "s2"), places=("curated:baghuz",)),
            0,
        ),
        (
            {"basis": "text", "q": "  convoy "},
            View(text_dated_only=True, query="convoy"),
            0,
        ),
        ({"basis": "all"}, View(), 0),
        ({"event": "5dabb74c4de73c57"}, View(event="5dabb74c4de73c57"), 0),
        # Everything below is survived with a note, never an exception.
        ({"zoom": "5"}, View(), 1),  # unknown parameter
        ({"start": "last week"}, View(), 1),
        ({"start": "2017-13-01", "end": "nope"}, View(), 2),
        (
            {"start": "2018-01-01", "end": "2017-01-01"},
            View(start=date(2017, 1, 1), end=date(2018, 1, 1)),
            1,
        ),
        ({"basis": "maybe"}, View(), 1),
        ({"event": "<script>alert(1)</script>"}, View(), 1),
        ({"source": ["s1", "<img src=x onerror=alert(1)>"]}, View(sources=("s1",)), 1),
        (
            {"q": "x" * 500},
            View(query="x" * 200),
            0,
        ),  # long searches are cut, not refused
        ({"source": ["s1", "s1"]}, View(sources=("s1",)), 0),  # duplicates collapse
    ],
)
def test_parse_params(params, view, n_notes):
    parsed, notes = parse_params(params)
    assert parsed == view
    assert len(notes) == n_notes


@pytest.mark.parametrize(
    "view",
    [
        View(),
        View(start=date(2017, 10, 1), end=date(2017, 10, 31), event="a"),
        View(
            sources=("s1", "s2"),
            places=("curated:baghuz",),
            text_dated_only=True,
            query="Raqa city",
        ),
    ],
)
def test_params_round_trip(view):
    params = to_params(view)
    assert parse_params(params) == (view, [])


def test_default_view_has_no_params():
    assert to_params(View()) == {}


@pytest.mark.parametrize(
    ("view", "ids"),
    [
        (View(), ["a", "b", "c", "d", "u", "x"]),
        (
            View(start=date(2017, 10, 17), end=date(2017, 10, 17)),
            ["a", "b"],
        ),  # b spans all October
        (
            View(start=date(2017, 11, 1)),
            ["c", "d"],
        ),  # undated events are outside any window
        (View(end=date(2017, 10, 5)), ["b"]),
        (View(sources=("s2", "s3")), ["c", "d"]),
        (View(places=("geonames:163915",)), ["a", "b", "u"]),
        # A date set by an analyst is not "dated only by publication": it stays.
        (View(text_dated_only=True), ["a", "c", "d", "u", "x"]),
        (View(query="deir EZZOR"), ["c"]),  # case-insensitive, in the quote
        (View(query="voa"), ["d"]),  # ... and in the publisher
        (View(query="no such words"), []),
        (View(event="c"), ["a", "b", "c", "d", "u", "x"]),  # the selection does not filter
    ],
)
def test_apply(view, ids):
    assert [f["id"] for f in apply(EVENTS, view)] == ids
    # The same with the search words kept by the page (a stale list would find other events).
    words = [haystack(f) for f in EVENTS]
    assert [f["id"] for f in apply(EVENTS, view, words)] == ids


def test_reconcile_drops_what_the_data_lacks():
    view, notes = reconcile(View(sources=("s1", "gone"), places=("nowhere",), event="zzz"), EVENTS)
    assert view == View(sources=("s1",))
    assert len(notes) == 3


def test_date_bounds_and_choices():
    assert date_bounds(iter(EVENTS)) == (date(2017, 10, 1), date(2019, 3, 10))
    assert date_bounds([ev("u", None)]) is None
    sources, places = choices(EVENTS)
    assert list(sources) == ["s1", "s2", "s3"] and sources["s3"] == "VOA: Iraqi Foreign Fighters"
    assert next(iter(places)) == "geonames:163915" and places["geonames:163915"] == "Raqqa (3)"


# --- The map's view (t, w, z, c), event types, background mentions and places by name -------------


@pytest.mark.parametrize(
    ("key", "value", "expected", "ok"),
    [
        ("t", "2017-10-17", date(2017, 10, 17), True),
        ("t", " 2017-10-17 ", date(2017, 10, 17), True),
        ("t", "2017-10", None, False),  # the slider's date is a day, not a month
        ("t", "2017-02-30", None, False),  # not a calendar date
        ("t", "2017-1-5", None, False),  # the map writes zero-padded days
        ("t", "yesterday", None, False),
        ("w", "7", 7, True),
        ("w", "1", 1, True),
        ("w", "3650", 3650, True),
        ("w", "all", None, True),  # cumulative
        ("w", "ALL", None, True),
        ("w", "0", None, False),
        ("w", "3651", None, False),  # more than ten years
        ("w", "-7", None, False),
        ("w", "7.5", None, False),
        ("z", "2", 2, True),
        ("z", "10", 10, True),
        ("z", "1", None, False),  # below the map's minZoom
        ("z", "11", None, False),  # above its maxZoom
        ("z", "5.5", None, False),
        ("z", "", None, False),
        ("c", "35.95,39.01", (35.95, 39.01), True),
        ("c", "-33.9, 18.4", (-33.9, 18.4), True),
        ("c", "90,-180", (90.0, -180.0), True),  # the edges are in range
        ("c", "91,0", None, False),
        ("c", "0,180.5", None, False),
        ("c", "35.95", None, False),
        ("c", "nan,nan", None, False),
        ("c", "1e3,5", None, False),
        ("c", "35.95;39.01", None, False),
    ],
)
def test_parse_map_param(key, value, expected, ok):
    parsed, note = parse_map_param(key, value)
    assert parsed == expected
    assert (note is None) is ok


@pytest.mark.parametrize(
    ("params", "view", "n_notes"),
    [
        (
            {"t": "2017-10-17", "w": "30", "z": "7", "c": "35.95,39.01"},
            View(time=date(2017, 10, 17), window=30, zoom=7, center=(35.95, 39.01)),
            0,
        ),
        ({"w": "all"}, View(), 0),  # cumulative is the default
        # One bad map parameter is dropped, the others still apply.
        ({"t": "2017-13-01", "z": "7"}, View(zoom=7), 1),
        ({"z": "99", "c": "100,100", "w": "never"}, View(), 3),
        ({"type": ["Battles", "riots"]}, View(types=("Battles", "Riots")), 0),  # any case
        ({"type": "Explosions/Remote violence"}, View(types=("Explosions/Remote violence",)), 0),
        ({"type": ["Battles", "Weddings"]}, View(types=("Battles",)), 1),
        ({"type": ["Battles", "Battles"]}, View(types=("Battles",)), 0),
        ({"background": "1"}, View(background=True), 0),
        ({"background": "true"}, View(background=True), 0),
        ({"background": "0"}, View(), 0),
        ({"background": "maybe"}, View(), 1),
        # Places: ids or names (spaces, hyphens, apostrophes), never markup.
        ({"place": "Raqqa"}, View(places=("Raqqa",)), 0),
        (
            {"place": ["Deir ez-Zor", "Ma'arrat al-Nu'man"]},
            View(places=("Deir ez-Zor", "Ma'arrat al-Nu'man")),
            0,
        ),
        ({"place": ["Raqqa", "<img src=x onerror=alert(1)>"]}, View(places=("Raqqa",)), 1),
        ({"place": "x" * 81}, View(), 1),
    ],
)
def test_parse_params_of_the_map_types_and_places(params, view, n_notes):
    parsed, notes = parse_params(params)
    assert parsed == view
    assert len(notes) == n_notes


def test_the_zoom_range_is_the_maps():
    from geo.maps import eventmap

    assert MAX_ZOOM == eventmap.MAX_ZOOM


@pytest.mark.parametrize(
    "view",
    [
        View(time=date(2017, 10, 17), window=7, zoom=8, center=(35.95, 39.0123)),
        View(types=("Battles", "Protests"), background=True, places=("geonames:163915",)),
    ],
)
def test_map_view_round_trip(view):
    assert parse_params(to_params(view)) == (view, [])


def test_map_view_is_build_maps_arguments():
    view = View(time=date(2017, 10, 17), window=7, zoom=8, center=(35.95, 39.0))
    assert view.map_view() == {"time": "2017-10-17", "window": 7, "zoom": 8, "center": [35.95, 39.0]}
    assert View().map_view() == {"time": None, "window": None, "zoom": None, "center": None}


@pytest.mark.parametrize(
    ("wanted", "ids", "n_notes"),
    [
        ("geonames:163915", ("geonames:163915",), 0),  # an id still works
        ("Raqqa", ("geonames:163915",), 0),  # the README's own example
        ("raqqa", ("geonames:163915",), 0),  # any case
        ("RAKKA", ("geonames:9",), 0),  # a mention's spelling
        ("deir  EZ-zor", ("geonames:170794",), 0),  # spaces collapsed
        ("Springfield", ("geonames:1", "geonames:2"), 0),  # several places of one name: all apply
        ("Atlantis", (), 1),
    ],
)
def test_places_by_name(wanted, ids, n_notes):
    rakka = ev("r", "2017-01-01", place="Ar-Raqqah", place_id="geonames:9")
    rakka["properties"]["mention"] = "Rakka"
    events = [
        *EVENTS,
        ev("s1", "2017-01-01", place="Springfield", place_id="geonames:1"),
        ev("s2", "2017-01-01", place="Springfield", place_id="geonames:2"),
        rakka,
    ]
    view, notes = reconcile(View(places=(wanted,)), events)
    assert set(view.places) == set(ids)
    assert len(notes) == n_notes


def typed(id, kind=..., **kw):
    f = ev(id, "2017-10-17", **kw)
    if kind is not ...:
        f["properties"]["event_type"] = kind
    return f


TYPED = [
    typed("battle", "Battles"),
    typed("riot", "Riots"),
    typed("background", None),  # a background mention: nothing happens there
    typed("old"),  # older data: no event_type at all, unknown type
]


@pytest.mark.parametrize(
    ("view", "ids"),
    [
        (View(), ["battle", "riot", "old"]),  # background mentions hidden by default
        (View(background=True), ["battle", "riot", "background", "old"]),
        (View(types=("Battles",)), ["battle", "old"]),  # unknown type always shown
        (View(types=("Battles",), background=True), ["battle", "background", "old"]),
        # A link to a background mention opens it (the others stay hidden).
        (View(event="background"), ["battle", "riot", "background", "old"]),
    ],
)
def test_types_and_background(view, ids):
    assert [f["id"] for f in apply(TYPED, view)] == ids


def test_type_choices_and_reconcile():
    assert type_choices(TYPED) == [("Battles", 1), ("Riots", 1)]
    view, notes = reconcile(View(types=("Battles", "Protests")), TYPED)
    assert view.types == ("Battles",) and len(notes) == 1


def _pointless(f):
    return dict(f, geometry=None)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], (0, 0)),
        ([ev("a", "2017-10-17"), ev("b", "2017-10-18")], (0, 0)),
        ([ev("a", None), ev("b", "2017-10-18")], (1, 0)),  # the Events table still lists it
        ([_pointless(ev("a", "2017-10-17")), ev("b", None)], (1, 1)),
        ([_pointless(ev("a", None))], (1, 1)),  # counted in both
    ],
)
def test_off_map_counts_the_events_the_map_cannot_show(events, expected):
    assert off_map(events) == expected


@pytest.mark.parametrize(
    ("publisher", "title", "label"),
    [
        ("VOA", "Iraqi Foreign Fighters", "VOA: Iraqi Foreign Fighters"),
        (None, "Strikes near Sagaing", "Strikes near Sagaing"),  # saved without a publisher: no "?: "
        ("", "Strikes near Sagaing", "Strikes near Sagaing"),
        ("AFP", None, "AFP: s9"),  # no title: the source's id
        (None, None, "s9"),
    ],
)
def test_a_source_is_named_by_its_publisher_and_title_as_far_as_it_has_them(publisher, title, label):
    sources, _ = choices([ev("x", "2017-10-17", source="s9", title=title, publisher=publisher)])
    assert sources["s9"] == label
