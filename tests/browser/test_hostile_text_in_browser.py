"""An article carrying template syntax, Markdown images and links, and HTML, in its text, title and
publisher: a viewer sees every character as typed, nothing runs on the server, and the browser
fetches nothing from anywhere (a Markdown image would be a tracking pixel)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from geo.escape import WORD_JOINER
from tests.browser.conftest import Server

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
PIXEL = "![x](http://tracker.example/pixel.png)"
LINK = "[click me](http://tracker.example/)"


@pytest.fixture(scope="module")
def evil_server(tmp_path_factory, log_dir):
    folder = tmp_path_factory.mktemp("evil-articles")
    sentinel = folder / "payload-ran"
    payload = f"{{{{ lipsum.__globals__.os.popen('touch {sentinel}').read() }}}}"
    text = (
        "Wed, November 15, 2017\n\n"
        "Fighters shelled Raqa on October 17, the monitor said {{ 7*191 }} and {% raw %} and "
        f"{{# hidden #}} and {payload} and <b>bold</b> {PIXEL}.\n"
    )
    (folder / "evil.txt").write_text(text, encoding="utf-8")
    meta = {
        "file": "evil.txt",
        "id": "evil",
        "title": f"{PIXEL} {LINK} **bold** {{{{citation needed}}}}",
        "publisher": f"<img src=x onerror=alert(1)> {PIXEL}",
        "url": "https://example.org/story",
        "published": "2017-11-15",
    }
    (folder / "manifest.json").write_text(json.dumps({"articles": [meta]}), encoding="utf-8")
    server = Server(log_dir, events=None, env={"CONFLICT_MAP_ARTICLES": str(folder)})
    yield server, sentinel
    server.stop()


def test_a_popup_shows_template_syntax_as_typed_and_nothing_runs(page, evil_server):
    server, sentinel = evil_server
    page.goto(server.url)
    frame = page.frame_locator(MAP)
    frame.locator(".leaflet-marker-pane [data-event]").first.wait_for(timeout=30_000)
    marker = frame.locator(".leaflet-marker-pane [data-event]").first
    marker.click()
    popup = frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("the monitor said {{ 7*191 }} and {% raw %} and {# hidden #}")
    expect(popup).to_contain_text("lipsum.__globals__.os.popen(")
    expect(popup).to_contain_text("<b>bold</b>")  # as text, not markup
    expect(popup).to_contain_text(PIXEL)
    assert "1337" not in popup.inner_text()
    assert popup.locator("b, img").count() == 0
    expect(popup.locator(".ev-src")).to_contain_text("{{citation needed}}")
    assert not sentinel.exists(), "the payload ran on the server"
    assert page.blocked == [] and page.dialogs == []


def test_sources_page_shows_markdown_in_titles_as_text_and_fetches_nothing(page, evil_server):
    server, sentinel = evil_server
    page.goto(f"{server.url}sources")
    header = page.get_by_text("tracker.example/pixel.png").first
    expect(header).to_be_visible(timeout=30_000)
    # The expander's label shows the Markdown as typed: no image, no link, no bold.
    label = page.locator('[data-testid="stExpander"] summary').first
    words = label.inner_text().replace(WORD_JOINER, "")  # invisible: it only stops autolinking
    assert PIXEL in words and LINK in words and "**bold**" in words
    assert label.locator("img, a, strong").count() == 0
    article = page.locator(".art").first
    expect(article).to_contain_text("{{ 7*191 }} and {% raw %}")
    assert page.locator("img[src*='tracker'], a[href*='tracker']").count() == 0
    assert not sentinel.exists()
    assert page.blocked == [] and page.dialogs == []
