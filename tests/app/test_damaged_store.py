"""A damaged or empty store file in the app (AppTest): every page says in one line what is wrong and
how to restore it, never shows a traceback, and never fills or writes the file."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from geo.extract.pipeline import Extractor
from geo.store import open_store
from tests.app.conftest import ROOT
from tests.unit.tiny_gazetteer import tiny_gazetteer

PAGES = [None, "pages/events.py", "pages/sources.py", "pages/store.py"]


def the_one_error(at) -> str:
    """The page's single error message, as read (Markdown escapes dropped); no exception shown."""
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.error) == 1, [e.value for e in at.error]
    message = re.sub(r"\\(.)", r"\1", at.error[0].value)
    assert "\n" not in message and "Traceback" not in message and "Error:" not in message
    return message


def overwrite_middle(path: Path) -> None:
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(random.Random(5).randbytes(8192))


def folder_files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())}


@pytest.mark.parametrize("page", PAGES)
def test_a_zero_byte_store_gets_one_line_and_stays_zero_bytes(app, own_store, page):
    own_store.parent.mkdir(parents=True, exist_ok=True)
    own_store.write_bytes(b"")
    at = app(page).run()
    message = the_one_error(at)
    assert "cannot be opened" in message and "is empty (0 bytes)" in message
    assert "python -m geo backup" in message and "move it aside to start a new store" in message
    assert folder_files(own_store) == {own_store.name: b""}  # never seeded, no journal beside it


@pytest.mark.parametrize("page", PAGES)
def test_random_bytes_in_the_middle_of_the_store_get_one_line_and_the_file_is_untouched(app, own_store, page):
    with open_store(own_store) as s:  # a real store, filled from the seed articles
        s.seed(ROOT / "data" / "articles", Extractor(tiny_gazetteer()))
    overwrite_middle(own_store)
    before = own_store.read_bytes()
    at = app(page).run()
    message = the_one_error(at)
    assert "cannot be opened" in message and "is damaged" in message and "python -m geo backup" in message
    assert own_store.read_bytes() == before


def test_a_store_damaged_while_the_app_runs_is_caught_at_the_next_page(app, own_store):
    first = app("pages/sources.py").run()
    assert not first.exception and not first.error  # the app made and filled the store
    overwrite_middle(own_store)
    before = own_store.read_bytes()
    at = app("pages/store.py").run()
    assert "is damaged" in the_one_error(at)
    assert own_store.read_bytes() == before
