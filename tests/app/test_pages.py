"""Every page in-process (Streamlit AppTest): it loads, filters work, links restore the view, bad
links are survived."""

from __future__ import annotations

import json
import re
from datetime import date
from html import unescape

import pytest
from streamlit import config

from geo.maps import popup
from geo.vocab import DATE_PRECISIONS, GEO_PRECISIONS, EventType
from tests.app.conftest import RAQQA_ID, map_script, texts


def map_start(at) -> dict:
    """Where the map's script starts: conflictMap.startView(<timeline>, {t, w, z, c, focus})."""
    match = re.search(r"conflictMap\.startView\([^,]+,\s*(\{.*?\})\);", map_script(at)["script"])
    assert match, "the map's script starts no view"
    return json.loads(match.group(1))


def typed_events(sample) -> int:
    """The events the map shows by default: all but the background mentions (``event_type`` null)."""
    return sum(1 for f in sample if f["properties"].get("event_type", "") is not None)


def test_map_page_shows_every_event_on_a_timeline(sample, app):
    at = app().run()
    assert not at.exception
    assert 0 < typed_events(sample) < len(sample)  # the sample has background mentions, hidden
    assert f"{typed_events(sample)} of {len(sample)} events" in texts(at)
    args = map_script(at)
    assert "conflictMap.startView(" in args["script"]
    assert all(u.startswith("/app/static/") for u in args["js_links"] + args["css_links"])
    assert dict(at.query_params) == {}  # the plain link means "everything"


def test_map_page_extracts_the_seed_corpus(app, monkeypatch):
    monkeypatch.delenv("CONFLICT_MAP_EVENTS", raising=False)
    at = app().run()
    assert not at.exception
    script = map_script(at)["script"]
    assert "IS lost control of " in script and "Raqqa" in script


def test_text_search_filters_and_lands_in_the_link(sample, app):
    at = app().run()
    at.text_input(key="f_q").input("Deir Ezzor").run()
    assert not at.exception
    assert f"1 of {len(sample)} events" in texts(at)
    assert dict(at.query_params) == {"q": "Deir Ezzor"}


def test_date_range_and_basis_filters(sample, app):
    at = app().run()
    at.slider(key="f_dates").set_value((date(2017, 10, 1), date(2017, 10, 31))).run()
    # In October 2017: the 12th, the 17th and the month-long Raqqa event.
    assert f"3 of {len(sample)} events" in texts(at)
    assert dict(at.query_params) == {"start": "2017-10-01", "end": "2017-10-31"}
    at.slider(key="f_dates").set_value((date(2017, 11, 1), date(2017, 12, 31))).run()
    # Seven events in November and December, less the background mentions (Afghanistan, eastern Syria).
    assert f"5 of {len(sample)} events" in texts(at)
    at.checkbox(key="f_text_only").check().run()
    assert dict(at.query_params)["basis"] == "text"
    # The publication-dated Albu Kamal is gone; the four dated by their text stay.
    assert f"4 of {len(sample)} events" in texts(at)


def test_shared_link_restores_the_view_and_the_selected_event(sample, app):
    at = app(
        start="2017-10-01",
        end="2017-12-31",
        source="003_3ba38f1d61eacb9e",
        basis="text",
        q="Raqa",
        event=RAQQA_ID,
    ).run()
    assert not at.exception
    assert at.slider(key="f_dates").value == (date(2017, 10, 1), date(2017, 12, 31))
    assert at.multiselect(key="f_sources").value == ["003_3ba38f1d61eacb9e"]
    assert at.checkbox(key="f_text_only").value is True
    assert at.text_input(key="f_q").value == "Raqa"
    page = texts(at)
    assert 'IS lost control of <mark class="place">Raqa</mark> -- once its primary' in page
    assert "17 October 2017, day" in page
    assert map_start(at)["focus"] == RAQQA_ID  # the map opens it
    assert dict(at.query_params)["event"] == RAQQA_ID


@pytest.mark.parametrize(
    "params",
    [
        {"bogus": "1"},
        {"start": "yesterday", "end": "2017-02-30"},
        {"start": "2019-01-01", "end": "2015-01-01"},
        {"event": "<script>alert(1)</script>"},
        {"event": "0000000000000000"},  # well-formed, not in the data
        {"source": "nope", "place": "nowhere"},
        {"basis": "perhaps", "q": "x" * 5000},
        {"start": "%", "event": "'\"`\\1"},
    ],
)
@pytest.mark.parametrize("page", [None, "pages/events.py", "pages/sources.py"])
def test_bad_links_are_survived_with_a_note(sample, app, params, page):
    at = app(page, **params).run()
    assert not at.exception
    assert at.info, "a note says what was ignored"
    assert "<script>" not in texts(at)


def test_reset_filters_clears_the_link(sample, app):
    at = app(q="Raqa", basis="text").run()
    at.button[0].click().run()
    assert dict(at.query_params) == {}
    assert f"{typed_events(sample)} of {len(sample)} events" in texts(at)


def test_view_follows_the_analyst_to_other_pages(sample, app):
    at = app(q="Baghuz").run()
    at.switch_page("pages/events.py").run()
    assert not at.exception
    assert at.dataframe[0].value.shape[0] == 2
    assert at.text_input(key="f_q").value == "Baghuz"


def test_events_page_lists_and_offers_downloads(sample, app):
    at = app("pages/events.py", place="geonames:163915").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 4 and set(table["place"]) == {"Raqqa"}
    assert [b.label for b in at.get("download_button")] == [
        "Download GeoJSON",
        "Download CSV",
        "Download GeoPackage",
    ]


def test_sources_page_marks_mentions_and_links_events_to_the_map(sample, app):
    at = app("pages/sources.py", source="003_3ba38f1d61eacb9e").run()
    assert not at.exception
    page = texts(at)
    assert 'IS lost control of <mark class="place">Raqa</mark>' in page
    assert '<mark class="date">October 17</mark>' in page
    links = at.get("page_link")
    assert f"event={RAQQA_ID}" in [link.proto.query_string for link in links]
    assert all(link.proto.page == "" for link in links)  # "": the default page, the Map


def test_about_page_explains_precisions(app):
    """What a reader looks up there: every date precision an event can carry, in words; every geo
    precision and the publication date basis named; a colour for each of ACLED's event types."""
    at = app("pages/about.py").run()
    assert not at.exception
    dates = at.table[0].value
    assert list(dates["precision"]) == list(DATE_PRECISIONS)
    within = dict(zip(dates["precision"], dates["the event happened within"], strict=True))
    assert within["day"] == "a single day" and within["month"] == "a month"
    page = texts(at)
    assert all(f"`{precision}`" in page for precision in GEO_PRECISIONS)
    assert "the event's *date basis* is `publication`" in page
    colours = at.table[1].value
    assert [str(t) for t in EventType] == list(colours["event type"])[: len(EventType)]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours["colour"])


def test_map_works_under_a_path_prefix(sample, app):
    config.set_option("server.baseUrlPath", "maps")
    try:
        at = app().run()
        args = map_script(at)
    finally:
        config.set_option("server.baseUrlPath", "")
    assert all(u.startswith("/maps/app/static/") for u in args["js_links"] + args["css_links"])
    assert "/maps/app/static/basemap/countries.geojson" in args["script"]


def test_without_static_serving_the_app_says_so_and_uses_cdns(sample, app):
    config.set_option("server.enableStaticServing", False)
    try:
        at = app().run()
        args = map_script(at)
    finally:
        config.set_option("server.enableStaticServing", True)
    assert "public CDNs" in texts(at)
    assert all(u.startswith("https://") for u in args["js_links"])


HOSTILE = (
    "<script>alert(1)</script><img src=x onerror=alert(1)> \"q\" 'a' `b` \\1 **md** [x](javascript:alert(1))"
)


@pytest.fixture()
def hostile(tmp_path, monkeypatch):
    """An article whose title, publisher and text are hostile, and one event from it."""
    text = f"Intro. {HOSTILE} in Raqa on October 17."
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "evil.txt").write_text(text, encoding="utf-8")
    meta = {
        "file": "evil.txt",
        "id": "evil",
        "title": HOSTILE,
        "publisher": HOSTILE,
        "url": "javascript:alert(1)",
        "published": "2017-11-15",
        "published_basis": HOSTILE,
    }
    (folder / "manifest.json").write_text(json.dumps({"articles": [meta]}), encoding="utf-8")
    m0 = text.index("Raqa")
    feature = {
        "type": "Feature",
        "id": "evil1",
        "geometry": {"type": "Point", "coordinates": [39.0, 35.95]},
        "properties": {
            "place": HOSTILE,
            "place_id": "curated:evil",
            "country_code": "SY",
            "geo_precision": "point",
            "mention": "Raqa",
            "mention_start": m0,
            "mention_end": m0 + 4,
            "date_start": "2017-10-17",
            "date_end": "2017-10-17",
            "date_precision": "day",
            "date_text": "October 17",
            "date_basis": "text",
            "excerpt": text[7:],
            "excerpt_start": 7,
            "excerpt_end": len(text),
            "source": {k: meta[k] for k in ("id", "title", "publisher", "url", "published")},
        },
    }
    events = tmp_path / "events.geojson"
    events.write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature]}),
        encoding="utf-8",
    )
    monkeypatch.setenv("CONFLICT_MAP_EVENTS", str(events))
    monkeypatch.setenv("CONFLICT_MAP_ARTICLES", str(folder))


def as_read(html: str) -> str:
    """``html`` as a browser shows it: a ``<q>`` element adds its own pair of marks (“…”, the
    default for English), tags go, entities are read."""
    text = html.replace("<q>", "\u201c").replace("</q>", "\u201d")
    return unescape(re.sub(r"<[^>]+>", "", text))


def test_the_panels_list_shows_each_quote_inside_one_pair_of_marks(sample, app):
    quoted = "3f3343e452fe1ff8"  # its excerpt opens with the article's own straight quotation mark
    at = app(event=quoted).run()
    lists = [h.proto.body for h in at.get("html") if 'class="ev-list"' in h.proto.body]
    assert lists, "no list of the events at the place"
    items = re.findall(r"<li.*?</li>", lists[0], flags=re.S)
    assert any(f'data-event="{quoted}"' in li for li in items)
    words = {f["id"]: popup.date_words(f["properties"]) for f in sample}
    for li in items:
        read = as_read(li)
        event = re.search(r'data-event="([^"]+)"', li).group(1)
        quote = read.removeprefix(words[event] + ": ").rsplit(" (", 1)[0]  # date: quote (publisher)
        assert not re.match(r"[“\"]{2}", quote) and not re.search(r"[”\"]{2}\W*$", quote), read
        assert quote[0] in '“"' or quote[-1] in '”"', read  # and never none


@pytest.mark.parametrize("page", [None, "pages/events.py", "pages/sources.py"])
def test_hostile_article_text_is_shown_as_text(hostile, app, page):
    at = app(page, event="evil1").run()
    assert not at.exception
    page_text = texts(at)
    assert "<script>" not in page_text and "<img" not in page_text
    assert 'href="javascript' not in page_text  # HTML: the link is text
    markdown = [m.value for m in at.markdown] + [link.proto.label for link in at.get("page_link")]
    assert not any("](javascript:" in m or "**md**" in m for m in markdown)  # Markdown: escaped
    if page is None:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_text
        script = map_script(at)["script"]
        assert "<script>" not in script and "<img src=x" not in script


@pytest.mark.parametrize("page", ["pages/about.py", "pages/store.py", "pages/add.py"])
def test_view_survives_a_visit_to_a_page_without_filters(sample, app, page):
    at = app(q="Baghuz").run()
    at.switch_page(page).run()
    assert not at.exception
    at.query_params.clear()  # the menu's links carry no query
    at.switch_page("pages/map.py").run()  # back where it came from
    assert at.text_input(key="f_q").value == "Baghuz"
    assert f"2 of {len(sample)} events" in texts(at)


@pytest.mark.parametrize(
    ("publisher", "title", "aside"),
    [
        ("AFP", "Raqa falls", " <small>(AFP)</small>"),
        (None, "Air strike near Sagaing", " <small>(Air strike near Sagaing)</small>"),  # no publisher
        (None, None, ""),  # neither: no empty "()"
        ("<b>Daily</b>", None, " <small>(&lt;b&gt;Daily&lt;/b&gt;)</small>"),  # text, never markup
    ],
)
def test_the_panels_list_names_each_quotes_source_as_far_as_it_is_known(publisher, title, aside):
    from ui.details import source_aside

    source = {"id": "s1", "title": title, "publisher": publisher, "url": None, "published": None}
    assert source_aside(source) == aside


@pytest.mark.parametrize(
    ("publisher", "published", "line"),
    [
        ("AFP", "2017-11-15", "AFP, published 2017-11-15"),
        (
            None,
            "2026-12-06",
            "Published 2026-12-06",
        ),  # an article saved without a publisher: no ", published"
        (None, None, "Published unknown"),
        (
            "<b>Daily</b>",
            "2017-11-15",
            "&lt;b&gt;Daily&lt;/b&gt;, published 2017-11-15",
        ),  # text, never markup
    ],
)
def test_the_sources_page_says_who_published_an_article_and_when(publisher, published, line):
    from ui.details import published_by

    assert published_by(publisher, published) == line
