"""The rendered map as text: the timeline call, the quote in the popup, no remote assets, hostile
strings escaped (and the script still parses)."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from geo import escape
from geo.maps import assets, eventmap, popup

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
    _, html = render(features)
    assert "L.timeline(" in html
    assert "L.timelineSliderControl(" in html
    assert "L.markerClusterGroup(" in html
    assert "conflictMap.offlineBasemap(" in html and '"/app/static/basemap/countries.geojson"' in html


def test_popup_carries_the_quote_with_the_mention_marked(features, self_hosted):
    data, sources = eventmap.compact_events(features)
    raqqa = next(d for d in data if "IS lost control of" in d["h"])
    assert '<mark class="place">Raqa</mark> -- once its primary Syrian bastion' in raqqa["h"]
    assert '<div class="ev-date">17 October 2017, day</div>' in raqqa["h"] and raqqa["p"] == "Raqqa"
    assert raqqa["t"] == "17 October 2017"  # the tooltip's date
    assert "The Jakarta Post (AFP)" in sources[raqqa["r"]]
    _, html = render(features)
    assert RAQQA_QUOTE.replace("Raqa", '\\u003cmark class=\\"place\\"\\u003eRaqa\\u003c/mark\\u003e') in html


def test_no_remote_asset_urls(features, self_hosted):
    m, html = render(features)
    remote = [u for u in asset_urls(m) if re.match(r"(?i)https?://", u)]
    assert remote == []
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    assert all(u.startswith("/app/static/") for u in asset_urls(m))


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
    data, sources = eventmap.compact_events([hostile_feature()])
    ev = data[0]
    assert ev["p"].startswith("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x")
    assert "&#96;bt&#96;" in ev["h"] and "\\1" in ev["h"] and '<mark class="place">Raqa</mark>' in ev["h"]
    assert ev["id"] == "evil&lt;id&gt;&#x27;&quot;"
    assert "<a " not in sources[0]  # a javascript: URL is not a link
    # The pieces reach the browser only as escaped JS literals.
    assert escape.js(ev["h"]) in html and escape.js(ev["p"]) in html


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
    data, _ = eventmap.compact_events([fix, features[1]])
    assert "ev-fix" in data[0]["c"].split() and "ev-fix" not in data[1]["c"].split()
    assert "ev-fix-note" not in data[1]["h"], "nothing extra for an event as extracted"
    line = data[0]["h"].split('<div class="ev-fix-note">', 1)[1]
    assert line.startswith("Corrected (place, date, note) by Ana &lt;img")
    assert "on 21 November 2026" in line
    assert "Note: &lt;/script&gt;&lt;script&gt;alert(2)" in line  # the latest note, escaped
    _, html = render([fix])
    assert "<img src=x" not in html and "</script><script>alert(2)" not in html
    assert "ringed: corrected by an analyst" in html  # the legend explains the ring


def test_an_event_as_extracted_has_no_correction_line(features):
    assert popup.correction_words(features[0]["properties"]) is None
    assert popup.correction_html(features[0]["properties"]) == ""
