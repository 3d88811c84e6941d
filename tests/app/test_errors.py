"""An unexpected error on a page: the viewer reads one sentence (no traceback, no server path) and the
details go to the server's log."""

from __future__ import annotations

import logging

import pytest

from geo import filters


@pytest.mark.parametrize("page", [None, "pages/events.py", "pages/sources.py"])
def test_an_unexpected_error_shows_one_sentence_and_is_logged(sample, app, page, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("boom in /srv/secret/path/filters.py")

    monkeypatch.setattr(filters, "apply", broken)
    with caplog.at_level(logging.ERROR, logger="conflict_map.app"):
        at = app(page).run()
    assert not at.exception  # no traceback element
    assert len(at.error) == 1
    message = at.error[0].value
    assert "could not be shown" in message and "logged" in message
    assert "/srv/secret" not in message and "Traceback" not in message and "\n" not in message
    logged = [r for r in caplog.records if r.name == "conflict_map.app"]
    assert logged and "/srv/secret/path" in (logged[0].exc_text or "")
    caplog.clear()  # the failure was this test's point (see no_page_failure)
