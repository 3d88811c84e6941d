"""geo.filters: the view read from and written to links, and the events it keeps."""

from datetime import date

import pytest

from geo.filters import (
    View,
    apply,
    choices,
    date_bounds,
    parse_date,
    parse_params,
    reconcile,
    to_params,
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
