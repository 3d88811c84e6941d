"""The compiled build of the extractor's hot modules (made by scripts/build_native.py with mypyc).

It is used only when it was compiled from exactly the sources in ``geo/`` by this Python: otherwise, or
with GEO_PURE=1, the plain Python modules run. Both give the same output (a test compares them).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

NATIVE_DIR = ".native"  # under the project root; its geo/extract/ holds the compiled modules
BUILD_FILE = "BUILD.json"  # the source hashes the build was compiled from
NATIVE_MODULES = (
    "mentions",
    "runs",
    "words",
    "datelines",
    "names",
    "lists",
    "uses",
    "sport",
    "abbreviations",
    "resolve",
    "nearby",
    "dates",
    "dategrammar",
    "datescan",
    "sentences",
    "spaced",
    "events",
    "eventtypes",
    "coref",
    "variants",
    "place",
)
# Modules written in C, compiled with them: the plain Python does without them (spaced.wordscan)
C_MODULES = ("_wordscan",)
_PACKAGE = Path(__file__).resolve().parent


def source_hashes() -> dict[str, str]:
    """What a build must match: the hash of each compiled module's source, and the Python version."""
    hashes = {
        name: hashlib.sha256((_PACKAGE / f"{name}.py").read_bytes()).hexdigest() for name in NATIVE_MODULES
    }
    for name in C_MODULES:
        hashes[name] = hashlib.sha256((_PACKAGE / f"{name}.c").read_bytes()).hexdigest()
    return {**hashes, "python": sys.version}


def native_path(root: Path = _PACKAGE.parents[1]) -> str | None:
    """The folder of a compiled build under ``root`` that matches these sources, to search before
    ``geo/``; None to run plain Python."""
    if os.environ.get("GEO_PURE"):
        return None
    folder = root / NATIVE_DIR / "geo" / "extract"
    try:
        built = json.loads((folder / BUILD_FILE).read_text())
    except (OSError, ValueError):
        return None  # never built, or the build was interrupted
    return str(folder) if built == source_hashes() else None
