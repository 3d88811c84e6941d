"""Measure the store: how long adding a typical article takes, and how the store's size and query
times grow up to 100,000 events.

    .venv/bin/python bench/store.py             # all figures
    .venv/bin/python bench/store.py --max 10000 # a shorter growth run

Prints figures; it is not a test. Growth uses copies of the seed articles' real events (each copy a new
article with its own text hash), written through the store's own insert path.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import Extractor, extract_features
from geo.sources.articles import load_corpus
from geo.store import open_store, text_hash

SEEDS = ROOT / "data" / "articles"


def timed(fn, repeat: int = 5) -> float:
    """Median seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def add_figures(gaz, folder: Path) -> None:
    corpus = load_corpus(SEEDS)
    sizes = [len(a.text.encode()) for a in corpus]
    in_process = []
    for i, article in enumerate(corpus):
        with open_store(folder / f"add-{i}.sqlite") as store:
            t = time.perf_counter()
            store.add(replace(article, id=""), Extractor(gaz), author="bench")
            in_process.append(time.perf_counter() - t)
    cli = []
    for i, article in enumerate(corpus):
        path = folder / f"cli-{i}.sqlite"
        with open_store(path) as store:
            store.seed(folder / "none", Extractor(gaz))  # mark as seeded: time only the add
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "geo", "add", str(SEEDS / article.file), "--store", str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        cli.append(time.perf_counter() - t)
        assert out.returncode == 0, out.stderr
    print(
        f"typical article: {statistics.median(sizes) / 1000:.1f} kB of text (seed articles, n={len(sizes)})"
    )
    print(
        f"add one article, in the app's process (extract + store): median {statistics.median(in_process) * 1000:.0f} ms, max {max(in_process) * 1000:.0f} ms"
    )
    print(
        f"add one article, `python -m geo add` end to end (start-up + gazetteer + extract + store): median {statistics.median(cli):.2f} s"
    )


def growth_figures(gaz, folder: Path, steps: list[int]) -> None:
    corpus = load_corpus(SEEDS)
    extracted = [(a, extract_features(a, gaz)) for a in corpus]
    path = folder / "growth.sqlite"
    print(
        f"\n{'events':>8} {'articles':>8} {'file MB':>8} {'load all (app)':>15} {'date window':>12} {'one event':>10} {'add one':>9}"
    )
    with open_store(path) as store:
        store.seed(folder / "none", Extractor(gaz))
        copy = 0
        for target in steps:
            with store._write():
                while store.count_events() < target:
                    for article, features in extracted:
                        copy += 1
                        text = f"{article.text}\n[copy {copy}]\n"
                        a = replace(article, id=f"{article.id}-{copy}", text=text)
                        store._insert_article(a, text_hash(text), "bench")
                        store._insert_events(
                            a.id, [{**f, "id": f"{copy:07d}{f['id'][7:]}"} for f in features]
                        )
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            n = store.count_events()
            size = path.stat().st_size / 1e6
            load = timed(store.features, repeat=3 if n < 50_000 else 1)
            window = timed(
                lambda: store.db.execute(
                    "SELECT count(*) FROM events WHERE date_start <= ? AND date_end >= ?",
                    ("2017-11-30", "2017-11-01"),
                ).fetchone()
            )
            some_id = store.db.execute("SELECT id FROM events ORDER BY rowid DESC LIMIT 1").fetchone()[0]
            one = timed(lambda event=some_id: store.feature(event))
            fresh = replace(corpus[0], id="", text=corpus[0].text + f"\n[fresh {n}]\n")
            t = time.perf_counter()
            store.add(fresh, Extractor(gaz), author="bench")
            add = time.perf_counter() - t
            print(
                f"{n:>8} {len(store.articles()):>8} {size:>8.1f} {load * 1000:>12.0f} ms {window * 1000:>9.2f} ms {one * 1000:>7.2f} ms {add * 1000:>6.0f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=100_000, help="largest store, in events")
    args = parser.parse_args()
    gaz = load_gazetteer()
    steps = [n for n in (1_000, 10_000, 100_000) if n <= args.max] or [args.max]
    with tempfile.TemporaryDirectory() as folder:
        add_figures(gaz, Path(folder))
        growth_figures(gaz, Path(folder), steps)


if __name__ == "__main__":
    main()
