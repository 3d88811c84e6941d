"""Template syntax in an article, its metadata or an editor's words is shown as typed on every page and
in the Add preview, and runs nothing (AppTest renders the map in-process, as the server does)."""

from __future__ import annotations

import contextlib
import json
import re

import pytest

from tests.app.conftest import map_script, texts
from ui import data

PASSWORD = "correct horse battery"


def payloads(sentinel) -> list[str]:
    return [
        "{{ 'pw' ~ 'ned' }}",
        "{% if true %}{{ 'pw' ~ 'ned' }}{% endif %}",
        "{# hidden #}",
        "{{citation needed}}",
        "{% raw %}",
        f"{{{{ lipsum.__globals__.os.popen('touch {sentinel}').read() }}}}",
    ]


@pytest.fixture()
def attack(tmp_path, monkeypatch):
    """A store filled from an article whose text, title, publisher, URL and date basis carry every
    template form; returns (the payloads, the file the real payload would create)."""
    sentinel = tmp_path / "payload-ran"
    forms = payloads(sentinel)
    text = "Wed, November 15, 2017\n\n" + " ".join(
        f"Fighters shelled Raqa on October {day}, the monitor said {p}." for day, p in enumerate(forms, 10)
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "evil.txt").write_text(text, encoding="utf-8")
    joined = " ".join(forms)
    meta = {
        "file": "evil.txt",
        "id": "evil",
        "title": joined,
        "publisher": joined,
        "url": "https://example.org/" + forms[0],
        "published": "2017-11-15",
        "published_basis": joined,
    }
    (folder / "manifest.json").write_text(json.dumps({"articles": [meta]}), encoding="utf-8")
    monkeypatch.setenv("CONFLICT_MAP_ARTICLES", str(folder))
    return forms, sentinel


def shown(at) -> str:
    """What the page shows, the map's script included."""
    parts = [texts(at)] + [e.value for e in [*at.error, *at.success]] + [e.label for e in at.expander]
    parts += [link.proto.label for link in at.get("page_link")]
    with contextlib.suppress(AssertionError):  # a page without a map
        parts.append(map_script(at)["script"])
    return "\n".join(str(p) for p in parts)


def assert_nothing_ran(at, sentinel) -> None:
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    page = shown(at)
    assert "pwned" not in page  # what the expressions evaluate to
    assert not sentinel.exists(), "the payload ran on the server"


def first_id() -> str:
    with data.store() as s:
        return s.features()[0]["id"]


@pytest.mark.parametrize(
    "page",
    [None, "pages/events.py", "pages/sources.py", "pages/corrections.py", "pages/store.py"],
)
def test_template_syntax_in_an_article_shows_as_typed_on_every_page(attack, app, page):
    _, sentinel = attack
    params = {"event": first_id()} if page in (None, "pages/corrections.py") else {}
    at = app(page, **params).run()
    assert_nothing_ran(at, sentinel)
    page_text = shown(at)
    if page is None:  # the map: the quote is in the script as data, braces escaped
        script = map_script(at)["script"]
        assert "Fighters shelled" in script
        assert not re.search(r"\{\{|\{%|\{#", script)  # no template syntax anywhere in the script
    if page == "pages/sources.py":  # the article's text, as typed (HTML-escaped braces)
        assert "&#123;&#123;citation needed&#125;&#125;" in page_text
        assert any("citation needed" in e.label for e in at.expander)


def test_the_add_preview_shows_template_syntax_as_typed(app, monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_EDITOR_PASSWORD", PASSWORD)
    sentinel = tmp_path / "payload-ran"
    forms = payloads(sentinel)
    text = " ".join(
        f"Fighters shelled Raqa on October {d}, 2017, they said {p}." for d, p in enumerate(forms, 10)
    )
    at = app("pages/add.py").run()
    at.text_input(key="access_password").input(PASSWORD)
    at.text_input(key="access_name").input("{{ 'pw' ~ 'ned' }}")
    next(b for b in at.button if b.label == "Unlock editing").click().run()
    at.text_area(key="add_text").input(text)
    next(b for b in at.button if b.label == "Read the article").click().run()
    at.text_input(key="add_title").input(" ".join(forms)).run()
    assert_nothing_ran(at, sentinel)
    assert "Preview:" in texts(at) and "events found" in texts(at)
    script = map_script(at)["script"]
    assert "Fighters shelled" in script  # the preview map is drawn, with the quotes as data
    assert not re.search(r"\{\{|\{%|\{#", script)


def test_an_editors_name_and_note_with_template_syntax_show_as_typed_on_the_map(attack, app, monkeypatch):
    forms, sentinel = attack
    monkeypatch.setenv("GEO_EDITOR_PASSWORD", PASSWORD)
    eid = first_id()
    at = app("pages/corrections.py", event=eid).run()
    at.text_input(key="access_password").input(PASSWORD)
    at.text_input(key="access_name").input("{{ 'pw' ~ 'ned' }}")
    next(b for b in at.button if b.label == "Unlock editing").click().run()
    at.text_area(key=f"cx_note_{eid}").input(forms[1] + " " + forms[-1])
    at.button(key=f"cx_addnote_{eid}").click().run()
    assert at.success, "the note was saved"
    on_map = app(event=eid).run()
    assert_nothing_ran(on_map, sentinel)
    assert "Corrected (note) by &#123;&#123; &#x27;pw&#x27; ~ &#x27;ned&#x27; &#125;&#125;" in texts(on_map)
