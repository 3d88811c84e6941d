"""Heavy work runs in worker processes: results and refusals come back as in-process calls would give
them, work past its time is stopped, and a crashed worker is replaced."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import extract_features
from geo.sources.articles import load_corpus
from geo.store import DuplicateArticle, StoreError, check_event_count, open_store
from geo.worker import Worker, WorkFailed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def worker():
    w = Worker(processes=1)
    yield w
    w.close()


@pytest.fixture(scope="module")
def article():
    return load_corpus(ROOT / "data" / "articles")[3]


def test_a_preview_in_a_worker_gives_what_extraction_gives_in_process(worker, article):
    assert worker.preview(article) == extract_features(article, load_gazetteer())


def test_pasted_and_uploaded_text_is_read_in_the_worker(worker):
    pasted = worker.read(None, "Wed, November 15, 2017\n\nA convoy left Raqa.")
    assert pasted.published.isoformat() == "2017-11-15" and "Raqa" in pasted.article.text
    uploaded = worker.read(
        "page.html", b"<html><body><article><p>A convoy left Raqa today.</p></article></body></html>"
    )
    assert "A convoy left Raqa" in uploaded.article.text
    with pytest.raises(StoreError, match=r"only \.txt, \.md"):
        worker.read("x.exe", b"MZ")


def test_a_refusal_comes_back_with_its_one_line(worker):
    with pytest.raises(StoreError, match="gives 1,000,000 events"):
        worker.call("checking", check_event_count, 1_000_000, "the book")


def test_a_duplicate_comes_back_naming_the_stored_article(worker, article, tmp_path):
    path = str(tmp_path / "events.sqlite")
    first = worker.add(path, [replace(article, id="")], "Ana")
    with pytest.raises(DuplicateArticle) as refused:
        worker.add(path, [replace(article, id="")], "Ana")
    assert refused.value.existing_id == first[0].article_id
    with open_store(path) as s:
        assert len(s.articles()) == 1


def test_work_past_its_time_is_stopped_and_the_next_call_works(worker, article):
    started = time.monotonic()
    with pytest.raises(WorkFailed, match=r"longer than 0\.5 s"):
        worker.call("sleeping", time.sleep, 30, timeout=0.5)
    assert time.monotonic() - started < 10
    assert worker.preview(article)  # a fresh process took over


def test_a_crashed_worker_is_replaced(worker, article):
    with pytest.raises(WorkFailed, match="worker process stopped"):
        worker.call("crashing", os._exit, 3, timeout=30)
    assert worker.preview(article)
