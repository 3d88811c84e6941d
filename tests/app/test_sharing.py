"""Links that reproduce the view (AppTest): every parameter of a link reaches the map and the
sidebar, places by name, bad values noted while the rest applies, the app's own URL rewrites keep the
map's t/w/z/c, the type filter and background switch, and the panel beside the map."""

from __future__ import annotations

import copy
import json
import re
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.app.conftest import RAQQA_ID, SAMPLE, map_script, texts

IRAQ_ID = "ed0ef50f26fabc32"  # "Iraq", the country, 2015-2016
AFGHANISTAN_ID = "da4af9ce0f9a5ee3"


def map_start(at) -> dict:
    """Where the map's script starts: conflictMap.startView(<timeline>, {t, w, z, c, focus})."""
    match = re.search(r"conflictMap\.startView\([^,]+,\s*(\{.*?\})\);", map_script(at)["script"])
    assert match, "the map's script starts no view"
    start = json.loads(match.group(1))
    if start["t"] is not None:  # the script counts days since 1970-01-01
        start["t"] = (date(1970, 1, 1) + timedelta(days=start["t"])).isoformat()
    if start["w"] is not None:
        start["w"] = None if start["w"] == "all" else int(start["w"])
    return start


def notes(at) -> str:
    """The notes on what a link's parameters lost."""
    return " ".join(i.value for i in at.info if "Ignored" in i.value or "not in the data" in i.value)


@pytest.fixture()
def typed(tmp_path, monkeypatch):
    """The sample events with ACLED types: Raqqa's are battles, Deir ez-Zor's a strategic
    development, Afghanistan a background mention, the rest of unknown type (no key); and a
    "northern Iraq" region event under Iraq's own place id."""
    features = json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
    for f in features:
        p = f["properties"]
        if p["place"] == "Raqqa":
            p["event_type"], p["sub_event_type"] = "Battles", "Armed clash"
        elif p["place"] == "Deir ez-Zor":
            p["event_type"], p["sub_event_type"] = "Strategic developments", "Change to group/activity"
        elif f["id"] == AFGHANISTAN_ID:
            p["event_type"] = None
        else:
            p.pop("event_type", None)
            p.pop("sub_event_type", None)
    iraq = next(f for f in features if f["id"] == IRAQ_ID)
    north = copy.deepcopy(iraq)
    north["id"] = "n0rthern1raq000"
    north["properties"].update(place="northern Iraq", geo_precision="region", mention="northern Iraq")
    features.append(north)
    path = tmp_path / "typed.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    monkeypatch.setenv("CONFLICT_MAP_EVENTS", str(path))
    monkeypatch.delenv("CONFLICT_MAP_ARTICLES", raising=False)
    return features


EVERYTHING = {
    "start": "2017-10-01",
    "end": "2017-12-31",
    "source": "003_3ba38f1d61eacb9e",
    "place": "Raqqa",
    "type": "Battles",
    "background": "1",
    "basis": "text",
    "q": "Raqa",
    "event": RAQQA_ID,
    "t": "2017-10-17",
    "w": "30",
    "z": "8",
    "c": "35.95,39.01",
}


def test_a_link_with_every_parameter_opens_that_view(typed, app):
    at = app(**EVERYTHING).run()
    assert not at.exception
    assert not notes(at)  # nothing was ignored
    assert at.multiselect(key="f_sources").value == ["003_3ba38f1d61eacb9e"]
    assert at.multiselect(key="f_places").value == ["geonames:163915"]  # the name became Raqqa's id
    assert at.multiselect(key="f_types").value == ["Battles"]
    assert at.toggle(key="f_background").value is True
    assert at.checkbox(key="f_text_only").value is True
    assert at.text_input(key="f_q").value == "Raqa"
    # The map starts at the link's date, window, zoom and centre, with the event open.
    assert map_start(at) == {"t": "2017-10-17", "w": 30, "z": 8, "c": [35.95, 39.01], "focus": RAQQA_ID}
    assert "IS lost control of" in texts(at)  # the panel beside the map
    params = dict(at.query_params)
    for key in ("t", "w", "z", "c", "event", "type", "background"):
        assert params[key] == EVERYTHING[key], key


def test_the_readmes_example_place_by_name(sample, app):
    at = app("pages/events.py", place="Raqqa").run()
    assert not at.exception and not notes(at)
    table = at.dataframe[0].value
    assert len(table) == 4 and set(table["place"]) == {"Raqqa"}
    at = app(place="raqa").run()  # a mention's spelling, any case
    assert not notes(at)
    assert at.multiselect(key="f_places").value == ["geonames:163915"]
    assert dict(at.query_params)["place"] == "geonames:163915"


@pytest.mark.parametrize(
    ("bad", "note"),
    [
        ({"z": "99"}, "“z”"),
        ({"c": "135,39"}, "“c”"),
        ({"w": "forever"}, "“w”"),
        ({"t": "2017-02-30"}, "“t”"),
        ({"type": "Weddings"}, "“type”"),
        ({"background": "perhaps"}, "“background”"),
        ({"place": "Atlantis"}, "Atlantis"),
    ],
)
def test_a_bad_value_is_noted_and_the_rest_of_the_link_applies(sample, app, bad, note):
    good = {"q": "Raqa", "event": RAQQA_ID, "t": "2017-10-17", "z": "7", "c": "35.95,39.01"}
    at = app(**{**good, **bad}).run()
    assert not at.exception
    assert note in notes(at)
    assert at.text_input(key="f_q").value == "Raqa"
    start = map_start(at)
    assert start["focus"] == RAQQA_ID
    for key in ("t", "z", "c"):
        if key not in bad:
            assert start[key] == (
                json.loads(f"[{good[key]}]") if key == "c" else good[key] if key == "t" else 7
            )
        else:
            assert start[key] is None
    assert all(k not in dict(at.query_params) or k not in bad for k in "tzcw")  # bad values leave the URL


def test_the_apps_own_url_rewrite_keeps_the_maps_view(sample, app):
    at = app(t="2017-10-17", w="7", z="6", c="35.95,39.01").run()
    assert map_start(at)["t"] == "2017-10-17"
    at.text_input(key="f_q").input("Raqa").run()
    assert dict(at.query_params) == {"q": "Raqa", "t": "2017-10-17", "w": "7", "z": "6", "c": "35.95,39.01"}
    # The map the filter rebuilt frames the new selection (its window kept): no stale date or zoom.
    assert map_start(at) == {"t": None, "w": 7, "z": None, "c": None, "focus": None}
    # The map writes its live view into the URL itself; the next rewrite keeps those values.
    at.query_params["z"] = "9"
    at.query_params["t"] = "2017-11-14"
    at.checkbox(key="f_text_only").check().run()
    params = dict(at.query_params)
    assert params["z"] == "9" and params["t"] == "2017-11-14" and params["basis"] == "text"


def test_the_map_is_not_rebuilt_when_only_its_view_changes(sample, app):
    at = app(event=RAQQA_ID).run()
    script = map_script(at)["script"]
    at.query_params["z"] = "9"  # as the map writes it
    at.query_params["c"] = "36,40"
    at.run()
    assert map_script(at)["script"] == script  # byte-identical: st_folium does not remount it


def test_type_filter_and_background_switch(typed, app):
    at = app().run()
    total = len(typed)
    assert f"{total - 1} of {total} events" in texts(at)  # the background mention is hidden
    at.toggle(key="f_background").set_value(True).run()
    assert f"{total} of {total} events" in texts(at)
    assert dict(at.query_params)["background"] == "1"
    at.multiselect(key="f_types").set_value(["Strategic developments"]).run()
    # Deir ez-Zor, the background mention and the events of unknown type (no Raqqa battles).
    assert f"{total - 4} of {total} events" in texts(at)
    assert dict(at.query_params)["type"] in ("Strategic developments", ["Strategic developments"])


def test_events_table_has_the_type_columns(typed, app):
    at = app("pages/events.py", place="Raqqa").run()
    table = at.dataframe[0].value
    assert set(table["event_type"]) == {"Battles"} and set(table["sub_event_type"]) == {"Armed clash"}


def test_the_panel_lists_only_events_at_the_same_place_and_precision(typed, app):
    at = app(event=IRAQ_ID).run()
    page = texts(at)
    assert "1 event at Iraq" in page  # not the "northern Iraq" region event under Iraq's id
    at = app(event="n0rthern1raq000").run()
    assert "1 event at northern Iraq" in texts(at)


def test_the_panels_events_are_links_that_open_them(sample, app):
    at = app(event=RAQQA_ID, q="Raqa", t="2017-10-17", z="8").run()
    html = " ".join(h.proto.body for h in at.get("html"))
    links = re.findall(r'<a href="([^"]+)" target="_self" data-event="([0-9a-f]+)"', html)
    assert len(links) == 3  # the three Raqa events in the search
    for href, event in links:
        query = parse_qs(urlsplit(href.replace("&amp;", "&")).query)
        assert href.startswith("./?") and query["event"] == [event] and query["q"] == ["Raqa"]
        assert "t" not in query and "z" not in query  # the map goes to the event's own day and place


def test_an_empty_result_says_so(sample, app):
    at = app(q="no such words anywhere").run()
    assert not at.exception
    assert "No event matches the current filters" in texts(at)
    assert "Invalid Date" not in texts(at)


def test_counts_say_what_has_no_date_or_no_point(sample, app, tmp_path, monkeypatch):
    features = json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
    features[0]["properties"]["date_start"] = features[0]["properties"]["date_end"] = None
    features[1]["geometry"] = None
    path = tmp_path / "gaps.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    monkeypatch.setenv("CONFLICT_MAP_EVENTS", str(path))
    at = app(background="1").run()  # every event, background mentions too
    assert not at.exception
    assert (
        f"{len(features)} of {len(features)} events in the current filters (1 have no date and 1 have no point"
        in texts(at)
    )
