"""How fast the map app feels, in headless Chromium with no internet. Prints figures; not a test.

    .venv/bin/python bench/app_speed.py            # seed corpus and a synthetic 100,000-event corpus
    .venv/bin/python bench/app_speed.py --quick    # seed corpus only
    .venv/bin/python bench/app_speed.py --events 20000   # another size of synthetic corpus

Seed corpus (data/articles, extracted by the app; warm server):
  - first marker visible after page load: from navigation start to the first marker in the map's iframe,
    and from the page's load event to the first events drawn;
  - a slider step: the slider moved one day (an ``input`` event, its value a day number as
    static/map/timecontrol.js sets it) until the frame after it is painted;
  - filter change, server time of the rerun (Streamlit AppTest, in-process).
Synthetic corpus of 100,000 events across several wars (Syria/Iraq, Ukraine, Sudan, the Sahel,
Myanmar, Gaza; ACLED types, background mentions, every place and date precision): first paint, page
payload (HTTP bytes transferred plus websocket message bytes deflated, as sent), a slider step, and a
filter change end to end in the browser (the search box changed and Enter pressed, until the rebuilt
map shows its markers).
"""

from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
MAP = "iframe[title='streamlit_folium.st_folium']"
# War -> (country code, first year, last year, places (name, lon, lat)).
WARS = {
    "Syria and Iraq": (
        "SY",
        2014,
        2019,
        [
            ("Raqqa", 39.008, 35.953),
            ("Deir ez-Zor", 40.141, 35.336),
            ("Baghuz", 40.956, 34.456),
            ("Mosul", 43.119, 36.340),
            ("Tikrit", 43.679, 34.607),
            ("Fallujah", 43.780, 33.350),
            ("Palmyra", 38.268, 34.560),
            ("Aleppo", 37.161, 36.202),
        ],
    ),
    "Ukraine": (
        "UA",
        2022,
        2024,
        [
            ("Bakhmut", 38.001, 48.595),
            ("Kharkiv", 36.232, 49.994),
            ("Kherson", 32.617, 46.636),
            ("Avdiivka", 37.749, 48.139),
            ("Zaporizhzhia", 35.139, 47.838),
            ("Kyiv", 30.524, 50.450),
        ],
    ),
    "Sudan": (
        "SD",
        2023,
        2024,
        [
            ("Khartoum", 32.553, 15.501),
            ("Omdurman", 32.484, 15.644),
            ("El Fasher", 25.349, 13.628),
            ("Geneina", 22.446, 13.452),
            ("Wad Madani", 33.519, 14.401),
        ],
    ),
    "the Sahel": (
        "ML",
        2019,
        2024,
        [
            ("Menaka", 2.403, 15.918),
            ("Gao", -0.044, 16.272),
            ("Djibo", -1.628, 14.102),
            ("Tillaberi", 1.453, 14.211),
            ("Mopti", -4.198, 14.493),
        ],
    ),
    "Myanmar": (
        "MM",
        2021,
        2024,
        [
            ("Lashio", 97.750, 22.933),
            ("Myawaddy", 98.510, 16.690),
            ("Sagaing", 95.986, 21.878),
            ("Loikaw", 97.209, 19.674),
        ],
    ),
    "Gaza": (
        "PS",
        2023,
        2024,
        [
            ("Gaza City", 34.467, 31.502),
            ("Khan Younis", 34.306, 31.346),
            ("Rafah", 34.250, 31.297),
            ("Jabalia", 34.483, 31.528),
        ],
    ),
}
# ACLED event type -> sub-types and the words that report it.
TYPES = {
    "Battles": (["Armed clash", "Government regains territory"], "clashes were reported in"),
    "Explosions/Remote violence": (["Air/drone strike", "Shelling/artillery/missile attack"], "strikes hit"),
    "Violence against civilians": (["Attack", "Abduction/forced disappearance"], "civilians were killed in"),
    "Protests": (["Peaceful protest"], "hundreds protested in"),
    "Riots": (["Violent demonstration"], "rioters burned shops in"),
    "Strategic developments": (["Headquarters or base established"], "forces set up a base in"),
}
FEATURE_DAYS = {"day": 0, "week": 6, "month": 29, "year": 364}


def serve(events: Path | None) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ)
    env.pop("CONFLICT_MAP_EVENTS", None)
    if events:
        env["CONFLICT_MAP_EVENTS"] = str(events)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(300):
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("streamlit did not start")


# Nothing may leave the machine. Chromium sends every request to a proxy that does not exist, except
# requests to this machine (loopback is never proxied). Playwright's own request interception
# (context.route) would do the same, but it turns off the browser's HTTP cache and routes every
# request through this Python process, which made the page look about 0.5 s slower than an analyst
# sees it; OUTSIDE counts the requests that tried to leave, so the bench can say there were none.
OFFLINE_FLAGS = ["--proxy-server=http://127.0.0.1:9"]
OUTSIDE: list[str] = []


def offline(context) -> None:
    def seen(request) -> None:
        host = urlsplit(request.url).hostname
        if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host not in (
            "127.0.0.1",
            "localhost",
        ):
            OUTSIDE.append(request.url)

    context.on("request", seen)


# Where the first marker's time goes, in ms from the page's navigation start: the map's frame starts
# (Streamlit's own start, the script run, the component's page), Leaflet is asked for, the events'
# payload is in and the first events are drawn (static/map/events.js marks conflictMap:payload and
# :drawn), and the country borders drawn after them.
PHASES_JS = """() => { const o = performance.timeOrigin - window.parent.performance.timeOrigin;
  const at = (name) => { const e = performance.getEntriesByName(name)[0]; return e ? o + e.startTime : null; };
  const leaflet = performance.getEntriesByType("resource").find(e => /leaflet\\.js$/.test(e.name));
  const nav = window.parent.performance.getEntriesByType("navigation")[0];
  return {load: nav ? nav.loadEventEnd : null, frame: o, leaflet: leaflet ? o + leaflet.startTime : null,
          payload: at("conflictMap:payload"), drawn: at("conflictMap:drawn"), borders: at("conflictMap:borders")}; }"""
PHASES = ("load", "frame", "leaflet", "payload", "drawn", "borders")


def first_marker(browser, url: str, reload: bool = False) -> tuple[float, int, int, int, dict]:
    """Seconds from navigation to the first marker, HTTP bytes transferred, websocket bytes as
    received and the same deflated (what permessage-deflate sends, about), and when each phase of
    PHASES began (ms from navigation). With ``reload`` the page is loaded once first, so the second
    load finds the browser cache warm (a returning analyst)."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    offline(context)
    page = context.new_page()
    if reload:
        page.goto(url)
        page.frame_locator(MAP).locator(".leaflet-marker-pane > *").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1000)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    http = {"bytes": 0}
    frames: list[bytes] = []
    cdp.on(
        "Network.loadingFinished",
        lambda e: http.__setitem__("bytes", http["bytes"] + e["encodedDataLength"]),
    )
    page.on(
        "websocket",
        lambda w: w.on(
            "framereceived",
            lambda p: frames.append(p if isinstance(p, bytes) else p.encode()),
        ),
    )
    start = time.perf_counter()
    page.goto(url)
    page.frame_locator(MAP).locator(".leaflet-marker-pane > *").first.wait_for(timeout=60_000)
    elapsed = time.perf_counter() - start
    page.wait_for_timeout(1500)  # let the basemap and late assets finish for the payload count
    phases = next(f for f in page.frames if "st_folium" in f.url).evaluate(PHASES_JS)
    context.close()
    raw = sum(len(f) for f in frames)
    deflated = sum(len(zlib.compress(f, 6)) for f in frames)
    return elapsed, http["bytes"], raw, deflated, phases


def phases_line(loads: list[tuple]) -> str:
    """The median time from navigation at which each phase of the first load began."""
    parts = []
    for name in PHASES:
        at = [x[4][name] for x in loads if x[4].get(name) is not None]
        parts.append(f"{name} {statistics.median(at) / 1000:.2f} s" if at else f"{name} -")
    return "  ... where the time goes (median, from navigation): " + ", ".join(parts)


def day_number(day: str) -> int:
    """The slider's unit (static/map/timecontrol.js): days since 1970-01-01."""
    return (date.fromisoformat(day) - date(1970, 1, 1)).days


# Move the slider to a day and wait for the frame after it to be painted (requestAnimationFrame runs
# before the paint; the task after it runs once the frame is out).
STEP_JS = """(d) => new Promise(done => { const s = document.querySelector("input.time-slider");
  const t0 = performance.now(); s.value = String(d);
  s.dispatchEvent(new Event("input", {bubbles: true}));
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0)); })"""


def slider_step_ms(browser, url: str, days: list[str], steps: int = 5) -> list[float]:
    """Times of single-day slider steps: from each of ``days``, ``steps`` steps of one day forward
    (the first move to the day itself is a jump and is not counted)."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    offline(context)
    page = context.new_page()
    page.goto(url)
    page.frame_locator(MAP).locator(".leaflet-marker-pane > *").first.wait_for(timeout=60_000)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    frame.evaluate("() => window.eventTimeline.setWindow('7')")  # a window: steps add and drop events
    out = []
    for day in days:
        d = day_number(day)
        frame.evaluate(STEP_JS, d)
        page.wait_for_timeout(300)
        for k in range(1, steps + 1):
            out.append(frame.evaluate(STEP_JS, d + k))
            page.wait_for_timeout(100)
    context.close()
    return out


# The map on the page now: a filter change shows its events on the same timeline (a new generation,
# static/map/events.js showEvents) or, without the shared payload, on a new map in a new frame; the
# timeline is marked before the change.
OLD_MAP_JS = (
    "() => { const tl = window.eventTimeline; if (tl) { tl.__old = true; tl.__gen = tl.generation; } }"
)
NEW_MAP_JS = """() => { const tl = window.eventTimeline;
  return !!tl && (!tl.__old || tl.generation !== tl.__gen) &&
    !!document.querySelector('.leaflet-marker-pane > *') ? tl.n : null; }"""


def filter_change_ms(browser, url: str, queries: list[str]) -> list[tuple[float, int]]:
    """End to end in the browser: type each query in the search box, press Enter, and wait until the
    rebuilt map shows its markers. Returns (ms, events on the new map) per query."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    offline(context)
    page = context.new_page()
    page.goto(url)
    page.frame_locator(MAP).locator(".leaflet-marker-pane > *").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    box = page.get_by_label("Search the quotes")
    out = []
    for q in queries:
        for f in page.frames:
            if "st_folium" in f.url:
                f.evaluate(OLD_MAP_JS)
        box.fill(q)
        start = time.perf_counter()
        box.press("Enter")
        n = None
        while n is None and time.perf_counter() - start < 60:
            for f in page.frames:
                if "st_folium" in f.url:
                    try:
                        n = f.evaluate(NEW_MAP_JS)
                    except Exception:  # a frame being replaced
                        n = None
                    if n is not None:
                        break
            else:
                page.wait_for_timeout(10)
        out.append(((time.perf_counter() - start) * 1000, n or 0))
        page.wait_for_timeout(800)
    context.close()
    return out


def filter_rerun_ms(events: Path | None, queries: list[str]) -> list[float]:
    from streamlit.testing.v1 import AppTest

    if events:
        os.environ["CONFLICT_MAP_EVENTS"] = str(events)
    else:
        os.environ.pop("CONFLICT_MAP_EVENTS", None)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()  # warm: extraction cached
    out = []
    for q in queries:
        box = at.text_input(key="f_q")
        start = time.perf_counter()
        box.input(q).run()
        out.append((time.perf_counter() - start) * 1000)
    return out


def synthetic(n: int, path: Path) -> None:
    """n events across several wars, each in its own years, with ACLED types (about one in six a
    background mention), every place precision, day to year dates and ranges, and realistic quotes."""
    rng = random.Random(7)
    wars = list(WARS.items())
    types = list(TYPES.items())
    features = []
    for i in range(n):
        war, (cc, y0, y1, places) = rng.choice(wars)
        place, lon, lat = rng.choice(places)
        start = date(y0, 1, 1) + timedelta(days=rng.randrange((y1 - y0 + 1) * 365))
        precision = rng.choice(["day"] * 5 + ["week", "month", "year", "range"])
        length = FEATURE_DAYS.get(precision, rng.randrange(2, 90))
        end = start + timedelta(days=length)
        geo = rng.choice(["point"] * 7 + ["approximate", "region", "country"])
        if rng.random() < 0.16:
            kind, sub, words = None, None, "officials spoke of"
        else:
            kind, (subs, words) = rng.choice(types)
            sub = rng.choice(subs)
        sentence = (
            f"On {start:%B} {start.day}, {words} {place}, officials told reporters, adding "
            f"that the situation around {place} remained tense after weeks of fighting in {war}."
        )
        m0 = sentence.index(place)
        jitter = {"point": 0.3, "approximate": 0.6, "region": 0.0, "country": 0.0}[geo]
        src = i % 2000
        features.append(
            {
                "type": "Feature",
                "id": f"syn{i:06d}",
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(lon + rng.uniform(-jitter, jitter), 5),
                        round(lat + rng.uniform(-jitter, jitter), 5),
                    ],
                },
                "properties": {
                    "place": place if geo in ("point", "approximate") else f"{war} ({geo})",
                    "place_id": f"synthetic:{place}",
                    "country_code": cc,
                    "geo_precision": geo,
                    "mention": place,
                    "mention_start": m0,
                    "mention_end": m0 + len(place),
                    "date_start": start.isoformat(),
                    "date_end": end.isoformat(),
                    "date_precision": precision,
                    "date_text": f"{start:%B} {start.day}",
                    "date_basis": rng.choice(["text"] * 4 + ["publication"]),
                    "event_type": kind,
                    "sub_event_type": sub,
                    "excerpt": sentence,
                    "excerpt_start": 0,
                    "excerpt_end": len(sentence),
                    "source": {
                        "id": f"src{src}",
                        "title": f"Report {src} on the war in {war}",
                        "publisher": rng.choice(["AFP", "Reuters", "AP", "VOA"]),
                        "url": f"https://example.org/{src}",
                        "published": end.isoformat(),
                    },
                },
            }
        )
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}),
        encoding="utf-8",
    )


def outside_line() -> str:
    return f"requests that tried to leave the machine (all failed): {len(OUTSIDE)} {OUTSIDE[:3] or ''}"


def ms_line(name: str, values: list[float], target: str) -> str:
    med = statistics.median(values)
    return f"  {name}: median {med:.1f} ms, max {max(values):.1f} ms ({len(values)} steps)  [target {target}]"


def main() -> None:
    from playwright.sync_api import sync_playwright

    quick = "--quick" in sys.argv
    n = int(sys.argv[sys.argv.index("--events") + 1]) if "--events" in sys.argv else 100_000
    if not os.access(CHROMIUM, os.X_OK):
        raise SystemExit(f"Chromium missing at {CHROMIUM}")
    med = statistics.median
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS + OFFLINE_FLAGS)
        proc, url = serve(None)
        try:
            first_marker(browser, url)  # warm: extraction, caches, compiled assets
            loads = [first_marker(browser, url) for _ in range(3)]
            warm = [first_marker(browser, url, reload=True)[0] for _ in range(2)]
            slider = slider_step_ms(browser, url, ["2017-10-14", "2017-11-12", "2019-02-27", "2016-04-24"])
        finally:
            proc.terminate()
        print("seed corpus (data/articles), warm server, headless Chromium, no internet")
        print(
            f"  first marker visible, from navigation start: median {med(x[0] for x in loads):.2f} s "
            f"(runs: {', '.join(f'{x[0]:.2f}' for x in loads)}; browser cache cold)  [target <= 2 s]"
        )
        print(phases_line(loads))
        after_load = [
            (x[4]["drawn"] - x[4]["load"]) / 1000 for x in loads if x[4].get("load") and x[4].get("drawn")
        ]
        if after_load:
            print(f"  ... first events drawn after the page's load event: median {med(after_load):.2f} s")
        print(f"  ... with the browser cache warm (returning analyst): median {med(warm):.2f} s")
        print(ms_line("a slider step (one day, until painted)", slider, "<= 16 ms"))
        _, http_b, ws_raw, ws_zip, _ = loads[-1]
        print(
            f"  page payload: {http_b / 1e6:.2f} MB HTTP + websocket {ws_raw / 1e6:.2f} MB "
            f"({ws_zip / 1e6:.2f} MB deflated)"
        )
        reruns = filter_rerun_ms(None, ["Raqa", "convoy", "Baghuz", "", "Syria", "Tikrit"])
        print(f"  filter change, server rerun: median {med(reruns):.0f} ms, max {max(reruns):.0f} ms")
        if quick:
            print(outside_line())
            return
        big = Path(tmp) / "events.geojson"
        synthetic(n, big)
        proc, url = serve(big)
        try:
            first_marker(browser, url)  # warm the server's caches
            cold = [first_marker(browser, url) for _ in range(2)]
            slider = slider_step_ms(browser, url, ["2015-06-01", "2017-10-17", "2022-03-01", "2023-11-01"])
            changes = filter_change_ms(browser, url, ["Bakhmut", "Khartoum", "strikes", "", "Gaza City"])
        finally:
            proc.terminate()
        print(f"synthetic corpus: {n:,} events across {len(WARS)} wars ({', '.join(WARS)})")
        print(
            f"  first paint (first marker visible): median {med(x[0] for x in cold):.2f} s "
            f"(runs: {', '.join(f'{x[0]:.2f}' for x in cold)})  [target <= 4 s]"
        )
        print(phases_line(cold))
        _, http_b, ws_raw, ws_zip, _ = cold[-1]
        print(
            f"  page payload: {http_b / 1e6:.2f} MB HTTP + websocket {ws_raw / 1e6:.2f} MB as "
            f"received ({ws_zip / 1e6:.2f} MB deflated, as sent with "
            f"server.enableWebsocketCompression) = {(http_b + ws_zip) / 1e6:.2f} MB on the wire "
            f"[target <= 10 MB]"
        )
        print(ms_line("a slider step (one day, 7-day window, until painted)", slider, "<= 50 ms"))
        print(
            "  filter change, end to end in the browser (search box + Enter until the rebuilt map "
            f"shows markers): median {med(c[0] for c in changes):.0f} ms, max "
            f"{max(c[0] for c in changes):.0f} ms (events on the map: "
            f"{', '.join(str(c[1]) for c in changes)})  [target <= 1000 ms]"
        )
        browser.close()
    print(outside_line())


if __name__ == "__main__":
    main()
