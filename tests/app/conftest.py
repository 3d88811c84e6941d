"""AppTest helpers: the app in-process, on the hand-made events (tests/data) unless a test says so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample_events.geojson"
RAQQA_ID = "5dabb74c4de73c57"  # "IS lost control of Raqa ... on October 17"


@pytest.fixture(autouse=True, scope="session")
def default_store_untouched():
    """No test writes the real store (data/store)."""
    from geo.store import DEFAULT_PATH

    def state():
        return DEFAULT_PATH.stat().st_mtime_ns if DEFAULT_PATH.exists() else None

    before = state()
    yield
    assert state() == before, f"a test wrote {DEFAULT_PATH}"


@pytest.fixture(autouse=True)
def own_store(tmp_path, monkeypatch):
    """Every test gets its own store file (filled from data/articles on first use) and editing off;
    nothing is written to data/store."""
    path = tmp_path / "store" / "events.sqlite"
    monkeypatch.setenv("GEO_STORE", str(path))
    for name in ("GEO_EDITOR_PASSWORD", "GEO_EDITING", "CONFLICT_MAP_EVENTS", "CONFLICT_MAP_ARTICLES"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture(autouse=True)
def no_page_failure(caplog):
    """app.py shows a viewer one sentence for an unexpected error and logs it: in a test, that log
    fails the test (a test of the failure path itself clears it)."""
    yield
    failures = [r for r in caplog.get_records("call") if r.name == "conflict_map.app"]
    assert not failures, f"a page failed: {failures[0].exc_text or failures[0].getMessage()}"


@pytest.fixture(autouse=True)
def fresh_password_limits(monkeypatch):
    """Wrong passwords counted per client live for the whole process: every test starts with none."""
    from ui import access

    monkeypatch.setattr(access, "CLIENTS", access.new_limiter())
    return access


@pytest.fixture(autouse=True)
def navigation_already_running(monkeypatch):
    """Run pages as a served app runs them once st.navigation has run in the process.

    AppTest starts every run as if the server had just started, when Streamlit still treats pages/ as
    an old-style multipage app; ui.shell.through_app() then reruns through app.py, and that rerun would
    drop the button click the test made. A real server is in that state only for its very first page
    load (no clicks), which the browser tests cover with links straight to a page.
    """
    from streamlit.runtime.pages_manager import PagesManager

    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


@pytest.fixture()
def sample(monkeypatch):
    monkeypatch.setenv("CONFLICT_MAP_EVENTS", str(SAMPLE))
    monkeypatch.delenv("CONFLICT_MAP_ARTICLES", raising=False)
    return json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]


@pytest.fixture()
def app():
    """A fresh app; set ``at.query_params`` before ``at.run()`` to open it from a link."""

    def make(page: str | None = None, **params) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        if page:
            at.switch_page(page)
        return at

    return make


PAYLOAD_URL = re.compile(r'"/app/static/(map/data/(?:events|quotes)-[0-9a-f]+\.json)"')


def map_script(at: AppTest) -> dict:
    """The st_folium component's arguments (script, js_links, css_links ...) of the Map page. A map
    that fetches its events' payload (static files, geo.maps.payload) has those files' text appended to
    its script, and the layer that says which of them it shows (geo.maps.eventmap.map_and_view): what
    the browser gets, as a test reads it."""
    for el in at.main:
        if type(el).__name__ == "UnknownElement" and hasattr(el.proto, "json_args"):
            args = json.loads(el.proto.json_args)
            args["script"] += "\n" + (args.get("feature_group") or "")  # the selection, beside it
            for name in PAYLOAD_URL.findall(args["script"]):
                args["script"] += "\n" + (ROOT / "static" / name).read_text(encoding="utf-8")
            return args
    raise AssertionError("no map component on the page")


def texts(at: AppTest) -> str:
    """Everything the page says, markdown and HTML, as one string."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    parts += [h.proto.body for h in at.get("html")] + [w.value for w in at.warning]
    return "\n".join(str(p) for p in parts)
