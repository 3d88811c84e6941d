"""How the extractor's work grows with the text, on pathological texts: is every stage linear?

    .venv/bin/python bench/growth.py                  # the whole table, n = 20,000 characters
    .venv/bin/python bench/growth.py --n 50000 spaces "U."   # some generators, another size
    .venv/bin/python bench/growth.py --absolute       # only the review's absolute data points

For each generator of tests/unit/test_linear_time.py (a pathological block inside an ordinary news
paragraph) it prints the CPU time of the whole extraction (full gazetteer) at n and 4 n characters, the
least of three runs, and their ratio: about 4 is linear, 16 quadratic. Then the review's absolute data
points (200 KB of spaces in news text, "U." x 50,000, an 80 KB table of numbers and years): CPU time of
one extraction and the peak memory of the process (a fresh one: the gazetteer alone takes about 280 MB). Each case runs in its own process, with a time limit
and a 6 GB memory limit, so one runaway case cannot take the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MEMORY_LIMIT = 6 * 2**30


def absolute_cases() -> dict:
    """The review's data points, as texts that show them (and the plain forms, which never were slow)."""
    from tests.unit.test_linear_time import GENERATORS, in_news

    return {
        "200 KB of spaces in news text": lambda: in_news(" " * 200_000),
        "200 KB of spaces after a name, news": lambda: in_news("Raqqa" + " " * 200_000 + "x"),
        '"U." x 50,000': lambda: "U." * 50_000,
        '"U." x 50,000, then a letter': lambda: "U." * 50_000 + "S",
        "80 KB table of numbers and years, news": lambda: in_news(
            GENERATORS["table of numbers and years"](80_000)
        ),
    }


def child(args) -> None:
    """Run one case in this process and print its figures as JSON."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    import geo.extract
    from tests.unit.test_linear_time import GENERATORS, _gazetteer, in_news, work

    _gazetteer()
    if args.absolute_case:
        from geo.extract.pipeline import extract_features
        from geo.sources.articles import Article
        from tests.unit.test_linear_time import PUBLISHED

        text = absolute_cases()[args.absolute_case]()
        t = time.process_time()
        extract_features(Article(id="abs", text=text, published=PUBLISHED), _gazetteer())
        out = {"chars": len(text), "seconds": time.process_time() - t}
    else:
        make = GENERATORS[args.child]
        small, large = in_news(make(args.n)), in_news(make(4 * args.n))
        out = {"small": work(small), "large": work(large), "chars": [len(small), len(large)]}
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["native"] = geo.extract.NATIVE
    print(json.dumps(out))


def run(extra: list[str], timeout: float) -> dict | str:
    try:
        p = subprocess.run(
            [sys.executable, __file__, *extra], capture_output=True, text=True, timeout=timeout, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s"
    if p.returncode != 0:
        if "MemoryError" in p.stderr:
            return "failed: out of memory (over 6 GB)"
        last = (p.stderr.strip().splitlines() or [f"exit status {p.returncode}"])[-1]
        return f"failed: {last}"
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="generators to run (default: all)")
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--absolute", action="store_true", help="only the absolute data points")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--absolute-case", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child or args.absolute_case:
        child(args)
        return 0
    from tests.unit.test_linear_time import GENERATORS

    build = None
    if not args.absolute:
        names = args.names or list(GENERATORS)
        print(f"{'generator':32} {'n':>7} {'time at n':>10} {'time at 4n':>11} {'ratio':>6}")
        for name in names:
            r = run(["--child", name, "--n", str(args.n)], args.timeout)
            if isinstance(r, str):
                print(f"{name:32} {args.n:7} {r}", flush=True)
                continue
            build = r["native"]
            ratio = r["large"] / max(r["small"], 1e-6)
            print(f"{name:32} {args.n:7} {r['small']:9.3f}s {r['large']:10.3f}s {ratio:6.1f}", flush=True)
        print()
    print(f"{'absolute data point':40} {'chars':>8} {'CPU time':>9} {'peak memory':>12}")
    for case in absolute_cases():
        r = run(["--absolute-case", case], args.timeout)
        if isinstance(r, str):
            print(f"{case:40} {'':8} {r}", flush=True)
            continue
        build = r["native"]
        print(f"{case:40} {r['chars']:8} {r['seconds']:8.2f}s {r['peak_mb']:9.0f} MB", flush=True)
    print(f"\n(build: {'compiled' if build else 'plain Python'}; CPU seconds, least of 3 runs for the table)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
