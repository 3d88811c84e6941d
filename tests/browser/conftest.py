"""Browser tier: headless Chromium (Debian's, at /usr/bin/chromium) against a real `streamlit run` on a
free port, with every non-loopback request blocked. A missing Chromium fails these tests: they never
skip. On failure the screenshot and the server log are kept in tests/browser/artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
SAMPLE = ROOT / "tests" / "data" / "sample_events.geojson"
LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run app.py` on a free loopback port, polled until it answers."""

    def __init__(
        self,
        log_dir: Path,
        base_path: str = "",
        events: Path | None = SAMPLE,
        env: dict[str, str] | None = None,
    ):
        self.port = free_port()
        self.base_path = base_path.strip("/")
        self.log = log_dir / f"server-{self.port}.log"
        # Its own store (never data/store), editing off unless ``env`` switches it on.
        self.store = log_dir / f"store-{self.port}" / "events.sqlite"
        inherited = {
            k: v
            for k, v in os.environ.items()
            if k not in ("GEO_EDITING", "GEO_EDITOR_PASSWORD", "CONFLICT_MAP_EVENTS", "CONFLICT_MAP_ARTICLES")
        }
        env = dict(inherited, PYTHONUNBUFFERED="1", GEO_STORE=str(self.store), **(env or {}))
        if events:
            env["CONFLICT_MAP_EVENTS"] = str(events)
        cmd = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--server.fileWatcherType",
            "none",
            "--server.baseUrlPath",
            self.base_path,
        ]
        self._log_file = open(self.log, "w")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}/" + (f"{self.base_path}/" if self.base_path else "")
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        health = self.url + "_stcore/health"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}; see {self.log}")
            try:
                with urllib.request.urlopen(health, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"streamlit did not answer within {timeout} s; see {self.log}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log_file.close()


@pytest.fixture(scope="session")
def log_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("browser-logs")


@pytest.fixture(scope="session")
def server(log_dir):
    s = Server(log_dir)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: install it (`make chromium`); browser tests never skip."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.failed_call = report.failed


@pytest.fixture()
def page(browser, request, log_dir):
    """A page whose requests may only reach loopback; ``page.blocked`` lists what tried to leave."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    pg = context.new_page()
    pg.blocked = []
    pg.dialogs = []

    def route(r):
        url = r.request.url
        if url.startswith(("data:", "blob:", "about:")) or urlsplit(url).hostname in LOOPBACK:
            r.continue_()
        else:
            pg.blocked.append(url)
            r.abort()

    context.route("**/*", route)
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    if getattr(request.node, "failed_call", False):
        ARTIFACTS.mkdir(exist_ok=True)
        name = request.node.name.replace("/", "_")[:100]
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        for log in log_dir.glob("server-*.log"):
            shutil.copy(log, ARTIFACTS / f"{name}.{log.name}")
    context.close()
