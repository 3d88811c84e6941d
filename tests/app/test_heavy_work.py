"""Reading, previewing, saving and re-extracting run in worker processes, never in the server's own
process where they would stall every other session; an article past the event cap gets one line."""

from __future__ import annotations

import pytest

import geo.extract.pipeline
from geo.store import MAX_EVENTS_PER_ARTICLE, Store
from tests.app.conftest import texts
from ui import data

PASSWORD = "correct horse battery"
ARTICLE = (
    "Wed, November 15, 2017\n\nKurdish-led fighters said a convoy left Raqa for Deir Ezzor on Tuesday.\n"
)


@pytest.fixture()
def editor(app, monkeypatch):
    monkeypatch.setenv("GEO_EDITOR_PASSWORD", PASSWORD)

    def open_page(page: str):
        at = app(page).run()
        at.text_input(key="access_password").input(PASSWORD)
        at.text_input(key="access_name").input("Ana")
        next(b for b in at.button if b.label == "Unlock editing").click().run()
        return at

    return open_page


@pytest.fixture()
def no_extraction_here(monkeypatch):
    """Extraction or re-extraction in this (the server's) process fails the page."""
    with data.store():
        pass  # the store is filled from data/articles first (once, as on a server's first request)

    def here(*args, **kwargs):
        raise AssertionError("heavy work ran in the server's process")

    monkeypatch.setattr(geo.extract.pipeline, "extract_features", here)
    monkeypatch.setattr(Store, "rebuild", here)
    monkeypatch.setattr(Store, "add_many", here)


def test_preview_and_save_run_outside_the_servers_process(editor, no_extraction_here):
    at = editor("pages/add.py")
    at.text_area(key="add_text").input(ARTICLE)
    next(b for b in at.button if b.label == "Read the article").click().run()
    assert not at.exception and not at.error
    assert "Preview: 2 events found" in texts(at)
    at.button(key="add_save").click().run()
    assert not at.error and "on the map now" in at.success[0].value


def test_re_extraction_runs_outside_the_servers_process(editor, no_extraction_here):
    at = editor("pages/store.py")
    at.button(key="store_rebuild").click().run()
    assert not at.exception and not at.error
    assert at.success[0].value.startswith("Re-extracted 5 articles")


def test_an_article_past_the_event_cap_gets_one_line(editor):
    towns = ["Raqa", "Mosul", "Tikrit", "Kirkuk", "Aleppo", "Homs", "Hama", "Idlib"]
    sentences = [
        f"Fighters shelled {towns[i % len(towns)]} on October {i % 28 + 1}, 2017."
        for i in range(MAX_EVENTS_PER_ARTICLE + 10)
    ]
    at = editor("pages/add.py")
    at.text_area(key="add_text").input(" ".join(sentences))
    next(b for b in at.button if b.label == "Read the article").click().run()
    assert not at.exception
    assert len(at.error) == 1
    message = at.error[0].value
    assert "Cannot preview this article" in message and "more than the 5,000" in message
    assert not [b for b in at.button if b.key == "add_save"], "nothing to save"
