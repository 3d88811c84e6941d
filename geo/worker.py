"""Extraction and store writes in worker processes, so that one long article cannot hold up the app.

Streamlit serves every session from threads of one process. Extraction is CPU-bound Python, and a long
regular-expression call holds the interpreter lock from start to end: done in the server process, one
pasted article would stall every other user's page (and the health check) until it finished. Here the
work runs in a small pool of processes, each with the gazetteer loaded once; the session's thread only
waits (without the lock). Work that runs past its time limit is stopped by ending the processes, and
the next call starts fresh ones.

Failures come back as exceptions the pages already know, with a one-line message: a duplicate text as
:class:`geo.store.DuplicateArticle`, any other refusal as :class:`geo.store.StoreError`, and a crash
or time-out as :class:`WorkFailed` (details go to the server log, never to the user).
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from geo.sources.articles import Article, ArticleError
from geo.store import Added, DuplicateArticle, Rebuilt, StoreError

log = logging.getLogger("conflict_map.worker")

PREVIEW_SECONDS = 60  # a 5 MB article takes about 2 s
ADD_SECONDS = 120
REBUILD_SECONDS = 1800  # every article of the store


class WorkFailed(Exception):
    """The work did not finish (a crash or the time limit); the message is one line for the user."""


# -- in the worker process -------------------------------------------------------------------------------

_EXTRACTOR: Any = None  # geo.extract.pipeline.Extractor, with the gazetteer loaded once per process


def _load() -> None:
    global _EXTRACTOR
    from geo.extract.gazetteer import load_gazetteer
    from geo.extract.pipeline import Extractor

    _EXTRACTOR = Extractor(load_gazetteer())


def _guarded(fn: Any, *args: Any) -> tuple[str, Any]:
    """Run ``fn`` and return ("ok", result) or a picklable description of the refusal."""
    try:
        return "ok", fn(*args)
    except DuplicateArticle as e:
        return "duplicate", (e.existing_id, str(e))
    except ArticleError as e:  # StoreError and its kinds are ArticleErrors: one line for the user
        return "refused", str(e)
    except Exception:
        log.exception("worker: %s failed", getattr(fn, "__name__", fn))
        return "failed", None


def _read(name: str | None, data: bytes | str) -> Any:
    from geo.sources import ingest

    if isinstance(data, str):
        return ingest.from_paste(data)
    return ingest.from_upload(name or "the file", data)


def _extract(article: Article) -> list[dict]:
    from geo.store import check_event_count

    features = _EXTRACTOR.features(article)
    check_event_count(len(features), article.title or article.file or "the article")
    return features


def _add(path: str, articles: list[Article], author: str | None) -> list[Added]:
    from geo.store import open_store

    with open_store(path) as s:
        return s.add_many(articles, _EXTRACTOR, author=author)


def _rebuild(path: str) -> Rebuilt:
    from geo.store import open_store

    with open_store(path) as s:
        return s.rebuild(_EXTRACTOR)


def _prepare(path: str, folder: str) -> str | None:
    from geo.store import TooManyEvents, open_store

    with open_store(path, integrity="once") as s:
        s.seed(folder, _EXTRACTOR)
        if not s.up_to_date(_EXTRACTOR.fingerprint):
            try:
                s.rebuild(_EXTRACTOR)
            except TooManyEvents as e:
                return str(e)
    return None


# -- in the app's process ---------------------------------------------------------------------------------


class Worker:
    """A pool of ``processes`` worker processes, started on first use and restarted after a failure."""

    def __init__(self, processes: int = 2):
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    self.processes,
                    mp_context=multiprocessing.get_context("spawn"),  # no fork of a threaded server
                    initializer=_load,
                )
            return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        """End ``pool``'s processes (work past its time cannot be cancelled any other way)."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for process in list(getattr(pool, "_processes", {}).values()):  # no public API for this
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def call(self, what: str, fn: Any, *args: Any, timeout: float = PREVIEW_SECONDS) -> Any:
        """``fn(*args)`` in a worker; ``what`` names the work in messages ("reading the article")."""
        pool = self._executor()
        try:
            status, value = pool.submit(_guarded, fn, *args).result(timeout=timeout)
        except FutureTimeout:
            log.warning("worker: %s took over %s s; stopped", what, timeout)
            self._discard(pool)
            raise WorkFailed(f"{what} took longer than {timeout:g} s and was stopped") from None
        except BrokenProcessPool:
            log.error("worker: the process died while %s", what)
            self._discard(pool)
            raise WorkFailed(f"{what} failed: the worker process stopped (see the server log)") from None
        if status == "duplicate":
            existing_id, message = value
            duplicate = DuplicateArticle(existing_id, None)
            duplicate.args = (message,)  # the message as the store worded it (with the stored title)
            raise duplicate
        if status == "refused":
            raise StoreError(value)
        if status == "failed":
            raise WorkFailed(f"{what} failed: an unexpected error (see the server log)")
        return value

    def read(self, name: str | None, data: bytes | str, timeout: float = PREVIEW_SECONDS) -> Any:
        """A ``geo.sources.ingest.Draft`` of an uploaded file (``name`` and its bytes) or of pasted text
        (``name`` None): HTML pages are parsed here too."""
        return self.call("reading the article", _read, name, data, timeout=timeout)

    def preview(self, article: Article, timeout: float = PREVIEW_SECONDS) -> list[dict]:
        """The events ``article`` gives, as GeoJSON Features (nothing is stored)."""
        return self.call("finding the events", _extract, article, timeout=timeout)

    def add(
        self, store_path: str, articles: list[Article], author: str | None, timeout: float = ADD_SECONDS
    ) -> list[Added]:
        """Extract and store ``articles`` (all or none) in the store at ``store_path``."""
        return self.call("saving the article", _add, store_path, articles, author, timeout=timeout)

    def prepare(self, store_path: str, folder: str, timeout: float = REBUILD_SECONDS) -> str | None:
        """Fill a new store from the articles in ``folder`` (once in its life), and re-extract it when
        the extractor changed since; returns why a re-extraction was refused (the event cap), or None."""
        return self.call("preparing the event store", _prepare, store_path, folder, timeout=timeout)

    def rebuild(self, store_path: str, timeout: float = REBUILD_SECONDS) -> Rebuilt:
        """Re-extract every article of the store at ``store_path``, keeping the corrections."""
        return self.call("re-extracting the store", _rebuild, store_path, timeout=timeout)
