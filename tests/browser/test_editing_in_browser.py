"""The analyst's story in a real browser, with no internet: unlock editing with the password, add an
article by paste, see its event on the map, move it to another place and see the map mark it. And a
browser that reaches `make run`'s server through a same-host forwarder gets the password form, not
editing."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import threading
import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, Server, free_port

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
    expect(popup.locator(".ev-place")).to_have_text("Mosul", timeout=15_000)
    expect(page.frame_locator(MAP).locator(f'[data-event="{event_id}"]')).to_have_class(
        re.compile(r"\bev-fix\b")
    )
    expect(page.locator(".ev-detail")).to_contain_text("Corrected (place) by Ana", timeout=15_000)
    assert page.blocked == [] and page.dialogs == []


class Forwarder:
    """A same-host TCP forwarder, as socat, an ssh tunnel or a reverse proxy on the analyst's machine:
    it listens on another loopback port and pipes each connection to the server, which therefore sees
    every visitor connect from 127.0.0.1. Bounded: at most ``max_connections`` in all, each piped for at
    most ``max_seconds``; :meth:`stop` ends it and every connection."""

    def __init__(self, target_port: int, max_connections: int = 200, max_seconds: float = 120):
        self.target_port = target_port
        self.max_connections = max_connections
        self.max_seconds = max_seconds
        self.port = free_port()
        self.connections = 0
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="forwarder", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the forwarder did not start")

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", self.port))
        self._ready.set()
        try:
            self.loop.run_forever()
        finally:
            server.close()
            tasks = asyncio.all_tasks(self.loop)
            for task in tasks:
                task.cancel()
            self.loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self.loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        if self.connections > self.max_connections:
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", self.target_port), 10
            )
        except (OSError, TimeoutError):
            writer.close()
            return

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except ConnectionError:
                pass
            finally:
                sink.close()

        pipes = [
            asyncio.ensure_future(pipe(reader, up_writer)),
            asyncio.ensure_future(pipe(up_reader, writer)),
        ]
        try:
            await asyncio.wait(pipes, timeout=self.max_seconds)
        finally:
            for task in pipes:
                task.cancel()
            writer.close()
            up_writer.close()

    def stop(self) -> None:
        if self.loop.is_running():
            self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        assert not self._thread.is_alive(), "the forwarder did not stop"


def password_from_make_run(folder) -> str:
    """What `make run` does before it starts the server: scripts/editor_password.py makes the password
    file (here in a scratch folder) and prints the password."""
    env = {k: v for k, v in os.environ.items() if k not in ("GEO_EDITOR_PASSWORD", "GEO_EDITING")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "editor_password.py"), "--editing", "on"],
        cwd=folder,
        env=dict(env, HOME=str(folder)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    password = (folder / ".cache" / "editor-password").read_text(encoding="utf-8").strip()
    assert f"Editing: type the editor password  {password}  (made now" in done.stdout
    return password


@pytest.fixture()
def behind_forwarder(log_dir, tmp_path):
    """`make run`'s server (its generated password in the environment) and a same-host forwarder to
    it: (server, forwarder, password)."""
    password = password_from_make_run(tmp_path)
    server = Server(log_dir, events=None, env={"GEO_EDITOR_PASSWORD": password})
    try:
        forwarder = Forwarder(server.port)
        try:
            yield server, forwarder, password
        finally:
            forwarder.stop()
    finally:
        server.stop()


def try_password(page, password, name="Mallory"):
    page.get_by_label("Editor password").fill(password)
    page.get_by_label("Your name (recorded with your changes)").fill(name)
    page.get_by_role("button", name="Unlock editing").click()


def server_log(server, wanted: str) -> str:
    deadline = time.monotonic() + 10
    while wanted not in server.log.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    return server.log.read_text()


def test_a_same_host_forwarder_gets_the_password_form_not_editing(page, behind_forwarder):
    server, forwarder, password = behind_forwarder
    page.goto(f"http://127.0.0.1:{forwarder.port}/add?editing=local&edit=1")
    expect(page.get_by_text("Editing needs the editor password.")).to_be_visible(timeout=30_000)
    expect(page.get_by_label("Article text")).to_have_count(0)
    assert forwarder.connections > 0, "the page came through the forwarder"
    name = page.get_by_label("Your name (recorded with your changes)")
    expect(name).to_have_value("")  # the login name is not shown to whoever reaches the form

    try_password(page, "guess")
    expect(page.get_by_text("Wrong password: editing stays off.")).to_be_visible(timeout=15_000)
    expect(page.get_by_label("Article text")).to_have_count(0)

    try_password(page, password, name="Ana")
    expect(page.get_by_label("Article text")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Editing as Ana")).to_be_visible()
    assert page.blocked == [] and page.dialogs == []

    log = server_log(server, "Wrong editor password")  # logged, without what was typed
    assert "WARNING conflict_map.access: Wrong editor password from no address" in log
    assert "guess" not in log and password not in log


def test_new_sessions_with_forged_addresses_through_the_forwarder_stay_locked(browser, behind_forwarder):
    """Streamlit's server takes the client address from X-Forwarded-For when the connection comes
    from 127.0.0.1, as a forwarder's do: a new session per try, each claiming a new address, still
    counts in one bucket, and the sixth is locked out even with the right password."""
    server, forwarder, password = behind_forwarder
    for i in range(6):
        context = browser.new_context(extra_http_headers={"X-Forwarded-For": f"192.0.2.{i}"})
        page = context.new_page()
        try:
            page.goto(f"http://127.0.0.1:{forwarder.port}/add")
            expect(page.get_by_text("Editing needs the editor password.")).to_be_visible(timeout=30_000)
            try_password(page, password if i == 5 else f"guess-{i}")
            expected = "Wrong password: editing stays off." if i < 4 else "Too many wrong passwords"
            expect(page.get_by_text(expected)).to_be_visible(timeout=15_000)
            expect(page.get_by_label("Article text")).to_have_count(0)
        finally:
            context.close()
    log = server_log(server, "locked out")
    assert "Wrong editor password from 192.0.2.0 (as X-Forwarded-For says" in log
    assert "Editor password locked out for 30 s" in log
