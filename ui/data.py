"""Events and articles for the pages, loaded once and cached.

Events come from extracting ``data/articles`` (cached on the articles' bytes and ``geo.__version__``,
so they are re-extracted when either changes). Two environment variables serve tests and benchmarks:
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


def _fingerprint(folder: Path) -> str:
    """Hash of every file's name and bytes: changes when an article or the manifest changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.glob("*") if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


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
    return _corpus(str(folder), _fingerprint(folder))


def events() -> list[dict[str, Any]]:
    """Event Features (README schema) of the corpus."""
    fixed = os.environ.get("CONFLICT_MAP_EVENTS")
    if fixed:
        fc = _read_events(fixed, Path(fixed).stat().st_mtime_ns)
    else:
        folder = articles_dir()
        fc = _extract(str(folder), _fingerprint(folder), str(getattr(geo, "__version__", "0")))
    return list(fc.get("features") or [])
