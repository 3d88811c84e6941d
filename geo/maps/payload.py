"""The events' payload shared by every view of one store state, and the mask that picks a view's events.

With 100,000 events, building the compact payload (:func:`geo.maps.eventmap.compact_events`) took seconds
and sent tens of megabytes inline in every map's HTML, on every rerun, for every filter change. The
payload of *all* events is built once per store state (:func:`shared_payload`; the page caches it and
serves its text as a static file under a content-hashed name, which the browser then caches); a view
sends only which of its events to show (:func:`keep_mask`: a bit per event, base64) and the browser
takes that subset of the payload (``subset`` in ``static/map/events.js``). Pure: no Streamlit.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from geo import escape
from geo.maps import eventmap


@dataclass(frozen=True)
class SharedPayload:
    """The payload of every event (``payload``) and its JSON text as the browser reads it, every string
    escaped by :func:`geo.escape.js`: ``text`` without the quotes, ``quotes_text`` the quotes alone
    (``{"q": [...]}``, two thirds of the bytes: fetched after the markers are drawn, needed only by
    popups and the feed); a digest of both (file names that change with the content), and the payload
    indexes of each event id (``rows``)."""

    payload: dict[str, Any]
    text: str
    quotes_text: str
    digest: str
    rows: dict[str, list[int]]

    @property
    def size(self) -> int:
        """Events in the payload (dated, with a point)."""
        return len(self.payload["id"])

    @cached_property
    def row_of(self) -> dict[str, int]:
        """The payload index of each event id that has exactly one (almost all of them)."""
        return {k: v[0] for k, v in self.rows.items() if len(v) == 1}


def shared_payload(features: list[dict[str, Any]]) -> SharedPayload:
    """The payload of ``features`` (all the store's events), once per store state."""
    payload = eventmap.compact_events(features, windows=[])  # the browser computes a view's change points
    rows: dict[str, list[int]] = {}
    for f in features:
        if f.get("id") is not None:
            rows.setdefault(str(f.get("id")), [])
    # compact_events drops undated and pointless events: find each kept one's index by its escaped id.
    by_escaped = {escape.html(k): k for k in rows}
    for i, eid in enumerate(payload["id"]):
        key = by_escaped.get(eid)
        if key is not None:
            rows[key].append(i)
    text = escape.js({k: v for k, v in payload.items() if k != "q"})
    quotes_text = escape.js({"q": payload["q"]})
    digest = hashlib.sha256(f"{len(text)}:{text}{quotes_text}".encode()).hexdigest()[:20]
    return SharedPayload(payload, text, quotes_text, digest, rows)


def kept_rows(shared: SharedPayload, features: Iterable[dict[str, Any]]) -> list[int]:
    """The payload indexes of ``features`` (a view's events), in payload order."""
    ids = [f.get("id") for f in features]
    row_of: Callable[[Any], int | None] = shared.row_of.get
    try:
        one = list(map(row_of, ids))  # a lookup per event in C, not a Python step: a few times faster
    except TypeError:  # an id that is a list or a dict (an odd GeoJSON file): every event the slow way
        one = [None] * len(ids)
    found = {row for row in one if row is not None}
    if None in one:  # ids with several rows or none (undated, pointless), and ids that are not strings
        get = shared.rows.get
        for eid, row in zip(ids, one, strict=True):
            if row is None:
                found.update(get(eid if isinstance(eid, str) else str(eid), ()))
    return sorted(found)


def keep_mask(size: int, rows: list[int]) -> str | None:
    """Bit ``i`` (of byte ``i // 8``, least significant first) set for each row kept, base64; None
    when every row is kept (no mask to send)."""
    if len(rows) == size:
        return None
    bits = bytearray((size + 7) // 8)
    for i in rows:
        bits[i >> 3] |= 1 << (i & 7)
    return base64.b64encode(bytes(bits)).decode("ascii")
