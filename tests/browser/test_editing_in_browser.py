"""The analyst's story in a real browser, with no internet: unlock editing with the password, add an
article by paste, see its event on the map, move it to another place and see the map mark it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Server

pytestmark = pytest.mark.browser

MAP = "iframe[title='streamlit_folium.st_folium']"
PASSWORD = "a long editor password"
ARTICLE = "Wed, November 15, 2017\n\nResidents said a convoy of fighters left Raqa on October 17.\n"


@pytest.fixture(scope="module")
def editing_server(log_dir):
    """The app on its own empty store (filled from data/articles), editing behind the password."""
    s = Server(log_dir, events=None, env={"GEO_EDITOR_PASSWORD": PASSWORD})
    yield s
    s.stop()


def test_editor_adds_an_article_sees_it_on_the_map_and_corrects_it(page, editing_server):
    page.goto(f"{editing_server.url}add")  # a link straight to the page, on a fresh server
    expect(page.get_by_text("Editing needs the editor password.")).to_be_visible(timeout=30_000)
    expect(page.get_by_label("Article text")).to_have_count(0)  # nothing that writes yet
    page.get_by_label("Editor password").fill(PASSWORD)
    page.get_by_label("Your name (recorded with your changes)").fill("Ana")
    page.get_by_role("button", name="Unlock editing").click()

    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_role("button", name="Read the article").click()
    expect(page.get_by_text("Preview: 1 event found")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")).to_have_value("2017-11-15")
    page.get_by_label("Title").fill("Convoy leaves Raqa")
    page.get_by_role("button", name="Save to the store").click()
    expect(page.get_by_text(re.compile("Saved as .* with 1 event"))).to_be_visible(timeout=30_000)

    # On the map at once, filtered to the new article.
    page.get_by_role("link", name="Show its events on the map").click()
    frame = page.frame_locator(MAP)
    marker = frame.locator(".leaflet-marker-pane [data-event]")
    expect(marker).to_have_count(1, timeout=30_000)
    event_id = marker.get_attribute("data-event")
    assert "ev-fix" not in (marker.get_attribute("class") or "")
    marker.click()
    expect(frame.locator(".leaflet-popup-content")).to_contain_text("a convoy of fighters left Raqa")
    expect(page.locator(".ev-detail")).to_contain_text("Raqqa", timeout=15_000)

    # Correct it: move it to Mosul (the same browser session is still unlocked).
    page.get_by_role("link", name="History and corrections").click()
    search = page.get_by_label("Search the gazetteer")
    search.fill("Mosul")
    search.press("Enter")
    chosen = page.get_by_role("combobox", name=re.compile("^Move to"))
    expect(chosen).to_have_value(re.compile("^Mosul — town in IQ"), timeout=15_000)  # the best match
    page.get_by_role("button", name="Move the event").click()
    expect(page.get_by_text("Moved the event.")).to_be_visible(timeout=15_000)

    # The map marks it: a ringed marker at Mosul whose popup says who corrected it.
    page.get_by_role("link", name="Show it on the map").click()
    popup = page.frame_locator(MAP).locator(".leaflet-popup-content")
    expect(popup).to_contain_text("Corrected (place) by Ana", timeout=30_000)
    expect(popup.locator(".ev-place")).to_have_text("Mosul")
    expect(page.frame_locator(MAP).locator(f'[data-event="{event_id}"]')).to_have_class(
        re.compile(r"\bev-fix\b")
    )
    expect(page.locator(".ev-detail")).to_contain_text("Corrected (place) by Ana")
    assert page.blocked == [] and page.dialogs == []
