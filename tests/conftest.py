"""Every test tier: no test may write into the analyst's store (data/store, or the one $GEO_STORE names
in the shell). Unless a test names its own, the store is a fresh file in a temporary folder."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _private_store(tmp_path_factory):
    before = os.environ.get("GEO_STORE")
    os.environ["GEO_STORE"] = str(tmp_path_factory.mktemp("store") / "events.sqlite")
    yield
    if before is None:
        os.environ.pop("GEO_STORE", None)
    else:
        os.environ["GEO_STORE"] = before
