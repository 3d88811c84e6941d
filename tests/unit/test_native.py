"""The compiled build of the extractor (scripts/build_native.py): used only when it matches the sources,
and giving exactly what the plain Python gives."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import geo.extract
import geo.extract.mentions
from geo.extract import native

ROOT = Path(__file__).resolve().parents[2]


def write_build(root: Path, hashes: dict) -> None:
    folder = root / native.NATIVE_DIR / "geo" / "extract"
    folder.mkdir(parents=True)
    (folder / native.BUILD_FILE).write_text(json.dumps(hashes))


@pytest.mark.parametrize(
    "build, pure, used",
    [
        ("current", False, True),
        ("current", True, False),  # GEO_PURE=1 runs the plain Python
        ("a module changed", False, False),  # a source edited since the build: never run stale code
        ("another Python", False, False),
        ("none", False, False),
        ("unreadable", False, False),  # an interrupted build
    ],
)
def test_a_compiled_build_is_used_only_when_it_matches_the_sources(build, pure, used, tmp_path, monkeypatch):
    hashes = native.source_hashes()
    if build == "a module changed":
        hashes["mentions"] = "0" * 64
    elif build == "another Python":
        hashes["python"] = "3.11.0 (other)"
    if build == "unreadable":
        (tmp_path / native.NATIVE_DIR / "geo" / "extract").mkdir(parents=True)
        (tmp_path / native.NATIVE_DIR / "geo" / "extract" / native.BUILD_FILE).write_text("{")
    elif build != "none":
        write_build(tmp_path, hashes)
    monkeypatch.delenv("GEO_PURE", raising=False)
    if pure:
        monkeypatch.setenv("GEO_PURE", "1")
    expected = str(tmp_path / native.NATIVE_DIR / "geo" / "extract") if used else None
    assert native.native_path(tmp_path) == expected


def extract_seeds(pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "GEO_PURE"}
    if pure:
        env["GEO_PURE"] = "1"
    files = sorted(str(p) for p in (ROOT / "data" / "articles").glob("*.txt"))
    out = subprocess.run(
        [sys.executable, "-m", "geo", "extract", *files, "--published", "2018-01-01"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_compiled_extractor_gives_exactly_what_the_plain_python_gives():
    if not geo.extract.NATIVE:
        if os.environ.get("CI"):
            pytest.fail("the compiled build is missing in CI: `make setup` runs scripts/build_native.py")
        pytest.skip("nothing to compare: no compiled build matches the sources (`make native` builds one)")
    assert geo.extract.mentions.__file__.startswith(native.native_path())  # the run below is the compiled one
    compiled, plain = extract_seeds(pure=False), extract_seeds(pure=True)
    assert json.loads(compiled)["features"]
    assert compiled == plain


def test_a_place_copies_pickles_and_stays_frozen_in_either_build():
    import copy
    import dataclasses
    import pickle

    from geo.extract.place import Place

    place = Place("geonames:99072", "Mosul", 36.335, 43.11889, "IQ", "city", 1683000)
    assert pickle.loads(pickle.dumps(place)) == place
    assert copy.deepcopy(place) == place and hash(copy.copy(place)) == hash(place)
    assert dataclasses.replace(place, kind="site").kind == "site"
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.kind = "water"  # type: ignore[misc]
