"""Events and articles for the pages, read from the store (``geo.store``) and cached on its revision.

The store is the SQLite file at ``$GEO_STORE`` (default ``data/store/events.sqlite``). The first time a
server process uses it, it is filled from the articles folder (once in its life) and, when the
extractor's code or tables changed since its events were extracted, re-extracted (corrections kept).
Reads are cached on the store's revision, which every write advances, so an added article or a
correction shows on every page at once. Each operation opens its own short-lived connection
(``with data.store() as s:``): sessions run on different threads and never share one.

Opening checks the file (``geo.store.open_store``): SQLite's header and the schema every time, SQLite's
structural check once per process for each state of the file. A damaged, empty or unusable store stops
the page with one line saying what is wrong and how to restore it; it is never filled or written to.

Two environment variables serve tests and benchmarks: ``CONFLICT_MAP_EVENTS`` (a fixed GeoJSON file to
show instead of the store's events; read-only) and ``CONFLICT_MAP_ARTICLES`` (another articles folder
to fill a new store from).
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import streamlit as st

from geo import escape
from geo import store as geo_store
from geo.extract import pipeline
from geo.sources.articles import Article
from geo.worker import WorkFailed
from ui import work

ROOT = Path(__file__).resolve().parent.parent


def articles_dir() -> Path:
    """The folder a new store is filled from (``CONFLICT_MAP_ARTICLES`` or ``data/articles``)."""
    return Path(os.environ.get("CONFLICT_MAP_ARTICLES") or ROOT / "data" / "articles")


def fixed_events() -> str | None:
    """The fixed GeoJSON file shown instead of the store (``CONFLICT_MAP_EVENTS``), if any."""
    return os.environ.get("CONFLICT_MAP_EVENTS") or None


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer() -> Any:
    """The gazetteer, loaded once per server process."""
    from geo.extract.gazetteer import load_gazetteer

    return load_gazetteer()


def _identity(path: Path) -> int:
    """The store file's inode: a store deleted and created again at the same path is a new store."""
    try:
        return path.stat().st_ino
    except OSError:
        return 0


def _extractor_stamp() -> str:
    """Names, sizes and modification times of the extractor's code and tables: a stat per file on each
    run (no reads), so that editing the extractor under a running server re-extracts the store."""
    return "|".join(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in pipeline.source_files())


@st.cache_data(show_spinner=False, max_entries=4)
def _fingerprint(stamp: str) -> str:
    return pipeline.fingerprint()


def fingerprint() -> str:
    """The extractor's fingerprint (what stored events are compared with), read again only when a file
    of the extractor changed."""
    return _fingerprint(_extractor_stamp())


@st.cache_resource(show_spinner="Preparing the event store…", max_entries=16)
def _prepared(path: str, identity: int, folder: str, extractor: str) -> str | None:
    """Once per process and store: fill it from ``folder`` if it never was, and re-extract it if the
    extractor changed since (the store keeps the analysts' corrections). Returns why the re-extraction
    was refused (an article now past the event cap: the store keeps its events as they were), or None."""
    with geo_store.open_store(path, integrity="once") as s:
        if s.seeded() and s.up_to_date(fingerprint()):
            return None
    return work.worker().prepare(path, folder)  # in a worker process: the server stays responsive


def _cannot_open(path: Path, error: BaseException) -> None:
    """Stop the page with one line: what is wrong with the store and what to do (never a traceback)."""
    reason = geo_store.store_error(error, path)
    st.error(
        escape.markdown(f"The event store {path.name} cannot be opened: {reason}"), icon=":material/error:"
    )
    st.stop()


@contextmanager
def store() -> Iterator[geo_store.Store]:
    """A connection to the store for one operation, the store prepared on first use. A store that
    cannot be opened (a damaged or empty file, a newer schema, a full disk, a read-only file) stops the
    page with one line saying so and how to restore it."""
    path = geo_store.store_path()
    try:
        s = geo_store.open_store(path, integrity="once")  # creates a new store, so that it has an identity
    except (geo_store.StoreError, sqlite3.Error, OSError) as e:
        _cannot_open(path, e)
    with s:
        try:
            refused = _prepared(str(path), _identity(path), str(articles_dir()), _extractor_stamp())
        except (geo_store.StoreError, WorkFailed, sqlite3.Error, OSError) as e:
            _cannot_open(path, e)
        if refused and not st.session_state.get("_store_refused_shown"):
            st.session_state["_store_refused_shown"] = True
            st.warning(
                escape.markdown(f"The events were not re-extracted for the new extractor: {refused}"),
                icon=":material/warning:",
            )
        yield s


def _key() -> tuple[str, int, int]:
    """What the cached reads depend on: the store, and its revision."""
    with store() as s:
        try:
            return str(s.path), _identity(s.path), s.revision()
        except (sqlite3.Error, OSError) as e:
            _cannot_open(s.path, e)
            raise  # not reached: st.stop() ends the run


# Events are cached as resources, not data: st.cache_data hands every run a deep copy, which took over a
# second per rerun with 100,000 events. The cached lists are shared by every session and read only
# (events() gives each caller its own list; nothing changes the Features in place).
@st.cache_resource(show_spinner=False, max_entries=8)
def _features(path: str, identity: int, revision: int, include_rejected: bool) -> list[dict[str, Any]]:
    with geo_store.open_store(path, integrity="once") as s:
        return _frozen(s.features(include_rejected=include_rejected))


def _frozen(value: Any) -> Any:
    """``value``, with every object alive now left out of the garbage collector's full passes: the
    cached events are millions of long-lived objects, and walking them all cost half a second of a
    rerun that happened to trigger a collection (100,000 events). Reference counting still frees them."""
    gc.freeze()
    return value


@st.cache_data(show_spinner=False, max_entries=4)
def _articles(path: str, identity: int, revision: int) -> list[Article]:
    with geo_store.open_store(path, integrity="once") as s:
        return s.articles()


def _read(fn: Any, key: tuple[str, int, int], *args: Any) -> Any:
    """A cached read; a store that fails while it is read stops the page with one line."""
    try:
        return fn(*key, *args)
    except (geo_store.StoreError, sqlite3.Error, OSError) as e:
        _cannot_open(Path(key[0]), e)
        raise  # not reached: st.stop() ends the run


@st.cache_resource(show_spinner=False, max_entries=4)
def _read_events(path: str, mtime_ns: int) -> dict[str, Any]:
    return _frozen(json.loads(Path(path).read_text(encoding="utf-8")))


def articles() -> list[Article]:
    """The stored articles (``geo.sources.articles.Article``), oldest first."""
    return _read(_articles, _key())


def events(*, include_rejected: bool = False) -> list[dict[str, Any]]:
    """Event Features (README schema) with the analysts' corrections applied; rejected events only
    when asked for. With ``CONFLICT_MAP_EVENTS``, that file's features. The list is the caller's; the
    Features in it are shared (cached): read them, never change them."""
    fixed = fixed_events()
    if fixed:
        fc = _read_events(fixed, Path(fixed).stat().st_mtime_ns)
        return list(fc.get("features") or [])
    return list(_read(_features, _key(), include_rejected))


def events_stamp(*, include_rejected: bool = False) -> str:
    """What :func:`events` returns depends on: the same stamp, the same events (a cache key)."""
    fixed = fixed_events()
    if fixed:
        return f"file:{fixed}:{Path(fixed).stat().st_mtime_ns}"
    path, identity, revision = _key()
    return f"store:{path}:{identity}:{revision}:{include_rejected}"
