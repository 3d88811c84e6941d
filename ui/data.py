"""Events and articles for the pages, loaded once and cached.

Events come from extracting ``data/articles``, cached on the articles' files and on the extractor (the
``geo`` code and ``data/gazetteer``), so they are re-extracted when either changes. Two environment variables serve tests and benchmarks:
``CONFLICT_MAP_EVENTS`` (a GeoJSON file to show instead of extracting) and ``CONFLICT_MAP_ARTICLES``
(another articles folder).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import streamlit as st

import geo

ROOT = Path(__file__).resolve().parent.parent


def articles_dir() -> Path:
    """The articles folder (``CONFLICT_MAP_ARTICLES`` or ``data/articles``)."""
    return Path(os.environ.get("CONFLICT_MAP_ARTICLES") or ROOT / "data" / "articles")


def _fingerprint(*patterns: tuple[Path, str]) -> str:
    """Hash of the names, sizes and modification times of the files matching each (folder, glob).

    Runs on every rerun, so it reads no file contents: a stat per file is enough to notice an edit.
    """
    digest = hashlib.sha256()
    for folder, pattern in patterns:
        for path in sorted(p for p in folder.glob(pattern) if p.is_file()):
            st = path.stat()
            digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return digest.hexdigest()


# The extractor's code and its curated tables: a change to either re-extracts the corpus.
_EXTRACTOR = ((ROOT / "geo", "*.py"), (ROOT / "data" / "gazetteer", "*"))


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer() -> Any:
    """The gazetteer, loaded once per server process."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@st.cache_data(show_spinner=False, max_entries=4)
def _corpus(folder: str, fingerprint: str) -> list[Any]:
    from geo.articles import load_corpus

    return load_corpus(folder)


@st.cache_data(show_spinner="Extracting events from the articles…", max_entries=4)
def _extract(folder: str, fingerprint: str, version: str) -> dict[str, Any]:
    from geo.pipeline import extract_corpus

    return extract_corpus(_corpus(folder, fingerprint), gazetteer())


@st.cache_data(show_spinner=False, max_entries=4)
def _read_events(path: str, mtime_ns: int) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def articles() -> list[Any]:
    """The articles (``geo.articles.Article``), cached on their bytes."""
    folder = articles_dir()
    return _corpus(str(folder), _fingerprint((folder, "*")))


def events() -> list[dict[str, Any]]:
    """Event Features (README schema) of the corpus."""
    fixed = os.environ.get("CONFLICT_MAP_EVENTS")
    if fixed:
        fc = _read_events(fixed, Path(fixed).stat().st_mtime_ns)
    else:
        folder = articles_dir()
        version = f"{geo.__version__}:{_fingerprint(*_EXTRACTOR)}"
        fc = _extract(str(folder), _fingerprint((folder, "*")), version)
    return list(fc.get("features") or [])
