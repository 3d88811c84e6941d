"""Count the machine instructions of one pass of batch extraction, under valgrind's callgrind: a figure that
does not drift with the machine's load, to compare two versions of the code by (wall-clock speed on a
shared machine drifts by 30% from one hour to the next).

    .venv/bin/python bench/instructions.py                 # this checkout
    .venv/bin/python bench/instructions.py ROOT [ROOT ...]  # other checkouts (each with its own .venv)

The pass is the one `bench/extraction.py --best` times (the seed articles and GeoWebNews-100 when ../shared
has it), after two passes of start-up; only the pass itself is counted. Needs valgrind (`apt install
valgrind`); about 40 s a checkout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in the checkout under test, under callgrind with counting off until the pass begins.
_CHILD = """
import json, sys, time
from datetime import date
from pathlib import Path
root, flag = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(root))
from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import extract_events
from geo.sources.articles import Article, load_corpus
import geo.extract
gaz = load_gazetteer()
texts = [a.text for a in load_corpus(root / "data" / "articles")]
gwn = root.parent / "shared" / "eval" / "public" / "geowebnews" / "geowebnews_100.jsonl"
if gwn.exists():
    texts += [json.loads(line)["text"] for line in gwn.read_text(encoding="utf-8").splitlines()]
articles = [Article(id=str(i), text=t, published=date(2018, 1, 1)) for i, t in enumerate(texts)]
for a in articles * 2:
    extract_events(a, gaz)
print(sum(len(t.encode()) for t in texts), geo.extract.NATIVE, flush=True)
flag.write_text("ready")
while flag.read_text() != "go":
    time.sleep(0.2)
for a in articles:
    extract_events(a, gaz)
flag.write_text("done")
while flag.read_text() != "dumped":
    time.sleep(0.2)
"""


def _wait(flag: Path, state: str, proc: subprocess.Popen) -> None:
    while flag.read_text() != state:
        if proc.poll() is not None:
            raise SystemExit(
                f"the run under valgrind stopped early: {proc.stderr.read() if proc.stderr else ''}"
            )
        time.sleep(0.2)


def count(root: Path) -> tuple[int, int, bool]:
    """(instructions of one pass, bytes of text, compiled build) for the checkout at ``root``."""
    with tempfile.TemporaryDirectory() as tmp:
        flag, out = Path(tmp) / "flag", Path(tmp) / "callgrind.out"
        flag.write_text("")
        proc = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                str(root / ".venv" / "bin" / "python"),
                "-c",
                _CHILD,
                str(root),
                str(flag),
            ],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        _wait(flag, "ready", proc)
        size, native = proc.stdout.readline().split() if proc.stdout else ("0", "False")
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        flag.write_text("go")
        _wait(flag, "done", proc)
        subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
        subprocess.run(["callgrind_control", "-d", str(proc.pid)], check=True, capture_output=True)
        dump = out.with_name(out.name + ".1")
        for _ in range(100):
            if dump.exists() and "totals:" in dump.read_text():
                break
            time.sleep(0.2)
        flag.write_text("dumped")
        proc.wait()
        totals = next(line for line in dump.read_text().splitlines() if line.startswith("totals:"))
        return int(totals.split()[1]), int(size), native == "True"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "roots", nargs="*", type=Path, default=[ROOT], help="checkouts to count (default: this one)"
    )
    args = ap.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    for root in args.roots:
        n, size, native = count(root.resolve())
        build = "compiled" if native else "plain Python"
        print(f"{root}: {n / 1e6:.1f} M instructions a pass over {size / 1e6:.2f} MB ({build})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
