"""Measure the extractor: seed gold set, public gold sets (when ../shared is there), speed and memory.

    .venv/bin/python bench/extraction.py            # all figures
    .venv/bin/python bench/extraction.py --quick    # skip the speed run
    .venv/bin/python bench/extraction.py --best     # only the best of 25 passes (to compare two versions)

Prints figures; it is not a test. Matching: a predicted event matches a gold toponym when their spans
overlap. Place F1 counts predicted map events against gold mappable toponyms.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geo.extract
from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import BATCH, extract_batch, extract_events
from geo.extract.resolve import km_between
from geo.sources.articles import Article, load_corpus
from geo.vocab import parse_iso_date
from tests.data import seed_score

SHARED = ROOT.parent / "shared" / "eval" / "public"
GWN_MAPPABLE = {"Literal", "Literal_Modifier", "Embedded_Literal", "Mixed", "Coercion"}


def overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def seed_figures(gaz) -> None:
    articles = load_corpus(ROOT / "data" / "articles")
    result = seed_score.score({a.file: extract_events(a, gaz) for a in articles})
    print(
        f"seed gold: place P {result.precision:.3f} R {result.recall:.3f} F1 {result.f1:.3f} "
        f"(tp {result.tp}, fp {result.fp}, fn {result.fn})"
    )
    print(
        f"seed gold: event dates exactly right {result.dates_ok}/{result.dates_total} = {result.dates_right:.3f}"
    )
    for name, oks in result.key_found.items():
        print(f"  {name}: {sum(oks)}/{len(oks)} gold mentions found and placed within 10 km")


def gold_set_figures(gaz, path: Path, name: str, keep) -> None:
    tp = fp = fn = near = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        pub = parse_iso_date(rec.get("date"))
        events = extract_events(Article(id=rec["id"], text=rec["text"], published=pub), gaz)
        golds = [t for t in rec["toponyms"] if keep(t)]
        hit_gold = set()
        for e in events:
            g = next(
                (g for g in golds if overlaps(e.mention_start, e.mention_end, g["start"], g["end"])),
                None,
            )
            if g is None:
                fp += 1
            else:
                tp += 1
                hit_gold.add(id(g))
                near += km_between(e.resolved.lat, e.resolved.lon, g["lat"], g["lon"]) <= 161
        fn += sum(id(g) not in hit_gold for g in golds)
    p, r, f = prf(tp, fp, fn)
    print(
        f"{name}: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn}); "
        f"resolved within 161 km: {near}/{tp} = {near / max(tp, 1):.3f}"
    )


def speed(gaz) -> None:
    texts = [a.text for a in load_corpus(ROOT / "data" / "articles")]
    gwn = SHARED / "geowebnews" / "geowebnews_100.jsonl"
    if gwn.exists():
        texts += [json.loads(line)["text"] for line in gwn.read_text(encoding="utf-8").splitlines()]
    size = sum(len(t.encode()) for t in texts)
    rounds = max(1, math.ceil(7_000_000 / size))
    # Start-up first, as the issue measures the speed after it: the first texts fill the caches of words and
    # names, and the tables of the countries met (a pass over the gazetteer's index each)
    for i, t in enumerate(texts):
        extract_events(Article(id=f"start-{i}", text=t, published=date(2018, 1, 1)), gaz)
    # Three runs of about 7 MB each, and their median: a shared virtual machine's speed drifts by 20% and
    # more from one run to the next. Batch extraction, as the command line and the store extract many
    # articles: extract_batch reads them stage by stage, pipeline.BATCH at a time.
    runs = []
    for run in range(3):
        batch = [
            Article(id=f"{run}-{k}-{i}", text=t, published=date(2018, 1, 1))
            for k in range(rounds)
            for i, t in enumerate(texts)
        ]
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for k in range(
            0, len(batch), BATCH
        ):  # (each batch's events counted and let go, as a store writes them)
            n += sum(len(events) for events in extract_batch(batch[k : k + BATCH], gaz))
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    mb = size * rounds / 1e6
    walls = sorted(mb / dt for dt, _ in runs)
    cpus = sorted(mb / cpu for _, cpu in runs)
    build = (
        "compiled with mypyc"
        if geo.extract.NATIVE
        else "plain Python: GEO_PURE is set or `make native` has not run"
    )
    # The CPU time of this process is the one-core figure when other work shares the machine.
    print(
        f"speed ({build}): 3 runs of {mb:.1f} MB of article text ({n} events each); median "
        f"{walls[1]:.2f} MB/s on one core (runs {walls[0]:.2f} to {walls[2]:.2f}); "
        f"median {cpus[1]:.2f} MB/s of CPU time"
    )


def speed_best(gaz, rounds: int = 25) -> None:
    """The least CPU time of ``rounds`` passes over the same texts: steadier than the median on a machine
    whose speed drifts, and the figure to compare two versions of the code by, run alternately."""
    texts = [a.text for a in load_corpus(ROOT / "data" / "articles")]
    gwn = SHARED / "geowebnews" / "geowebnews_100.jsonl"
    if gwn.exists():
        texts += [json.loads(line)["text"] for line in gwn.read_text(encoding="utf-8").splitlines()]
    articles = [Article(id=str(i), text=t, published=date(2018, 1, 1)) for i, t in enumerate(texts)]
    size = sum(len(t.encode()) for t in texts)
    for a in articles * 2:  # start-up: caches of words and names
        extract_events(a, gaz)
    for name, run in (
        ("one article after another", lambda: [extract_events(a, gaz) for a in articles]),
        ("batch", lambda: extract_batch(articles, gaz)),
    ):
        best = math.inf
        for _ in range(rounds):
            c0 = time.process_time()
            run()
            best = min(best, time.process_time() - c0)
        print(
            f"speed ({name}), best of {rounds} passes over {size / 1e6:.2f} MB (CPU time): "
            f"{best * 1000:.1f} ms a pass, {size / 1e6 / best:.2f} MB/s"
        )


CONFLICTS_DEV = ROOT.parent / "shared" / "eval" / "conflicts-dev"
# Issue 12's targets on conflicts-dev (its scorer's keys)
DEV_TARGETS = {
    "place_f1": 0.90,
    "resolved_recall": 0.85,
    "event_recall": 0.80,
    "event_exact": 0.65,
    "event_type_acc": 0.75,
}


def dev_set_figures() -> None:
    """The multi-conflict development sets, scored by conflicts-dev's own scorer (each article through
    ``python -m geo extract``, as a user would run it): ../shared/eval/conflicts-dev and bench/dev."""
    scorer = CONFLICTS_DEV / "score.py"
    if not scorer.exists():
        print("conflicts-dev: ../shared/eval/conflicts-dev not found, skipped")
        return
    command = f"{sys.executable} -m geo extract {{file}} --published {{published}}"
    for name, folder in (("conflicts-dev", CONFLICTS_DEV), ("bench/dev", ROOT / "bench" / "dev")):
        run = subprocess.run(
            [
                sys.executable,
                str(scorer),
                "--cmd",
                command,
                "--cwd",
                str(ROOT),
                "--quiet",
                "--set",
                str(folder),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        last = run.stdout.strip().splitlines()[-1:] or [run.stderr.strip()[-200:]]
        figures = dict(part.split("=", 1) for part in last[0].split() if "=" in part)
        shown = ", ".join(
            f"{key} {figures[key]}" + (f" (target {target})" if name == "conflicts-dev" else "")
            for key, target in DEV_TARGETS.items()
            if key in figures
        )
        print(f"{name}: {shown or last[0]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the speed run")
    ap.add_argument("--best", action="store_true", help="only the best-of-25 speed (to compare versions)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    print(f"gazetteer: {len(gaz)} places loaded in {time.perf_counter() - t0:.2f} s")
    if args.best:
        speed_best(gaz)
        return
    seed_figures(gaz)
    if SHARED.exists():
        gold_set_figures(
            gaz,
            SHARED / "geowebnews" / "geowebnews_100.jsonl",
            "GeoWebNews-100 (mappable types)",
            lambda t: t.get("gwn_type") in GWN_MAPPABLE,
        )
        gold_set_figures(
            gaz,
            SHARED / "trnews_syria_iraq" / "trnews_syria_iraq.jsonl",
            "TR-News Syria/Iraq (all)",
            lambda t: True,
        )
        gold_set_figures(
            gaz,
            SHARED / "lgl_syria_iraq" / "lgl_syria_iraq.jsonl",
            "LGL Syria/Iraq (all)",
            lambda t: True,
        )
    else:
        print("public gold sets: ../shared/eval/public not found, skipped")
    dev_set_figures()
    if not args.quick:
        speed(gaz)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
