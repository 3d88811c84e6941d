"""Every test tier: no test may write into the analyst's store (data/store). Unless a test names its
own, the store is a fresh file in a temporary folder for the whole run."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _private_store(tmp_path_factory):
    if "GEO_STORE" not in os.environ:
        os.environ["GEO_STORE"] = str(tmp_path_factory.mktemp("store") / "events.sqlite")
    yield
