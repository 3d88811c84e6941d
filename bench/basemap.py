"""What the offline basemap's place names, rivers and lakes cost, in headless Chromium with no internet.
Prints figures; not a test.

    .venv/bin/python bench/basemap.py                      # seed corpus, 3 page loads with and without
    .venv/bin/python bench/basemap.py --shots /tmp/shots   # also screenshots at country and city zoom

Seed corpus (data/articles, extracted by the app into a temporary store; warm server). Each page load
is a fresh browser context (cold cache). "Without" aborts the label files' requests, so the rest of
the page is the same. Figures: HTTP bytes transferred (CDP, as encoded on the wire), the label files'
share, navigation -> first marker and -> first place name drawn, and the time one label placement
takes (a move of the map) at country and city zoom.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.app_speed import CHROMIUM, FLAGS, MAP
from bench.app_speed import serve as _serve

LABEL_FILES = ("basemap/places-", "basemap/water.geojson")
VIEWS = {
    "country": ([35.3, 40.6], 6),
    "city": ([35.95, 38.9], 9),
    "close": ([35.95, 39.0], 10),
}  # Syria/Iraq; Raqqa
FIND_MAP = "Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map)"


def serve():
    """The app on the seed corpus with its own temporary store."""
    os.environ["GEO_STORE"] = str(Path(tempfile.mkdtemp(prefix="bench-basemap-")) / "events.sqlite")
    return _serve(None)


def load(browser, url: str, labels: bool) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1400, "height": 950})

    def route(r):
        u = r.request.url
        remote = urlsplit(u).hostname not in ("127.0.0.1", "localhost") and not u.startswith(
            ("data:", "blob:")
        )
        if remote or (not labels and any(f in u for f in LABEL_FILES)):
            r.abort()
        else:
            r.continue_()

    context.route("**/*", route)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes = {"all": 0.0, "labels": 0.0}
    urls: dict[str, str] = {}
    cdp.on("Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))

    def finished(e):
        sizes["all"] += e["encodedDataLength"]
        if any(f in urls.get(e["requestId"], "") for f in LABEL_FILES):
            sizes["labels"] += e["encodedDataLength"]

    cdp.on("Network.loadingFinished", finished)
    start = time.perf_counter()
    page.goto(url)
    frame = page.frame_locator(MAP)
    frame.locator(".leaflet-marker-pane > *").first.wait_for(timeout=60_000)
    out = {"marker_s": time.perf_counter() - start}
    if labels:
        frame.locator(".bm-lbl").first.wait_for(timeout=60_000)
        out["label_s"] = time.perf_counter() - start
    page.wait_for_timeout(1500)  # late assets and the basemap files finish for the byte count
    out.update(sizes)
    context.close()
    return out


def placement_ms(browser, url: str, shots: Path | None) -> dict[str, float]:
    """Median time of one label placement (what each move of the map runs) at each view; with
    ``shots``, a screenshot of each view."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.route(
        "**/*",
        lambda r: (
            r.continue_() if urlsplit(r.request.url).hostname in ("127.0.0.1", "localhost") else r.abort()
        ),
    )
    page = context.new_page()
    page.goto(url)
    page.frame_locator(MAP).locator(".bm-lbl").first.wait_for(timeout=60_000)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    out = {}
    for name, (center, zoom) in VIEWS.items():
        frame.evaluate(f"([c, z]) => ({FIND_MAP}).setView(c, z, {{animate: false}})", [center, zoom])
        if zoom >= 8:  # the towns' file arrives on the first zoom to 8
            frame.wait_for_function("() => conflictMap.labels && conflictMap.labels.minorRows > 0")
        times = frame.evaluate(
            """() => { const l = conflictMap.labels, t = [];
                for (let i = 0; i < 20; i++) { const t0 = performance.now(); l._update();
                  t.push(performance.now() - t0); }
                return {ms: t, shown: l.shown}; }"""
        )
        out[f"{name}_ms"] = statistics.median(times["ms"])
        out[f"{name}_shown"] = times["shown"]
        if shots:
            page.wait_for_timeout(800)  # let the rivers and borders draw for the picture
            shots.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shots / f"{name}-zoom{zoom}.png"))
    context.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shots", type=Path)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    proc, url = serve()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
            load(browser, url, True)  # warm the server (extraction, caches)
            runs = {
                mode: [load(browser, url, mode == "with") for _ in range(args.runs)]
                for mode in ("with", "without")
            }
            place = placement_ms(browser, url, args.shots)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    def med(mode: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[mode])

    print(f"seed corpus, {args.runs} cold page loads each (median)")
    print(f"  page bytes with labels      {med('with', 'all') / 1e3:8.0f} kB")
    print(f"  page bytes without          {med('without', 'all') / 1e3:8.0f} kB")
    print(f"  of which label files        {med('with', 'labels') / 1e3:8.0f} kB (on the wire)")
    print(f"  first marker with labels    {med('with', 'marker_s'):8.2f} s")
    print(f"  first marker without       {med('without', 'marker_s'):8.2f} s")
    print(f"  first place name            {med('with', 'label_s'):8.2f} s")
    for name in VIEWS:
        shown = place[f"{name}_shown"]
        print(f"  label placement, {name:7} zoom {place[f'{name}_ms']:6.1f} ms ({shown} labels)")
    if args.shots:
        print(f"screenshots in {args.shots}")


if __name__ == "__main__":
    main()
