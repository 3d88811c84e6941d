"""Compile the extractor's hot modules with mypyc into .native/ (about a third faster; same output).

    .venv/bin/python scripts/build_native.py

The compiled modules are used only while their sources are unchanged: ``geo/extract/__init__.py`` checks
the source hashes recorded in .native/geo/extract/BUILD.json and otherwise runs the plain Python. Set GEO_PURE=1 to
run the plain Python anyway. Without a C compiler the build warns and the extractor stays plain Python;
under CI it fails instead, so the tests always cover the compiled build.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract.native import (  # noqa: E402
    BUILD_FILE,
    C_MODULES,
    NATIVE_DIR,
    NATIVE_MODULES,
    native_path,
    source_hashes,
)


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import Extension, setup

    hashes = source_hashes()  # before compiling: an edit made meanwhile leaves the build unused
    out = ROOT / NATIVE_DIR
    shutil.rmtree(out, ignore_errors=True)
    os.chdir(
        ROOT
    )  # mypyc names modules by their paths from here ("geo/extract/mentions.py" is geo.extract.mentions)
    extensions = mypycify(
        ["--ignore-missing-imports", *(f"geo/extract/{name}.py" for name in NATIVE_MODULES)],
        opt_level="3",
        group_name="geo.extract._native",  # the shared library lives in the package, next to its modules
        target_dir=str(out / "c"),
    )
    extensions += [
        Extension(f"geo.extract.{name}", [f"geo/extract/{name}.c"], extra_compile_args=["-O3"])
        for name in C_MODULES
    ]
    # Calls into Python's C API through the global offset table rather than the procedure linkage table, and
    # no interposition of the library's own functions (gcc and clang on Linux): 1.5% fewer instructions
    if sys.platform.startswith("linux"):
        for ext in extensions:
            ext.extra_compile_args = [*ext.extra_compile_args, "-fno-plt", "-fno-semantic-interposition"]
    setup(
        name="geo-native",
        ext_modules=extensions,
        script_args=["-q", "build_ext", "--build-lib", str(out), "--build-temp", str(out / "tmp")],
    )
    (out / "geo" / "extract" / BUILD_FILE).write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")


def main() -> int:
    if native_path(ROOT) is not None:
        print(f"build_native: {NATIVE_DIR}/ matches the sources")
        return 0
    try:
        build()
    except (Exception, SystemExit) as e:  # setuptools exits on a compiler error
        shutil.rmtree(ROOT / NATIVE_DIR, ignore_errors=True)
        print(
            f"build_native: could not compile the extractor ({e!r}; the lines above say why), so it runs as "
            "plain Python, about a third slower. A C compiler is needed (apt-get install gcc).",
            file=sys.stderr,
        )
        return 1 if os.environ.get("CI") else 0
    print(f"build_native: compiled {', '.join((*NATIVE_MODULES, *C_MODULES))} into {NATIVE_DIR}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
