"""Corrections as data: what an analyst may record about an event (move it, re-date it, reject or
restore it, add a note), how a correction is checked before it is stored, and how an event's log of
corrections applies to its extracted values (which are never overwritten)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from geo import vocab
from geo.store.errors import StoreError
from geo.vocab import CORRECTION_KINDS, date_words

KINDS = CORRECTION_KINDS
PRECISIONS = ("day", "week", "month", "year")  # what an analyst sets (a "range" is the text's own)
GEO_PRECISIONS = vocab.GEO_PRECISIONS
MAX_AUTHOR = 80
MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class Correction:
    id: int
    event_id: str
    kind: str
    value: dict[str, Any]
    note: str | None
    author: str
    created_at: str


# -- corrections, as data -------------------------------------------------------------------------------


def validate_correction(kind: str, value: dict[str, Any]) -> dict[str, Any]:
    """The clean value of a correction of ``kind``; anything malformed is a StoreError."""
    if kind not in KINDS:
        raise StoreError(f"unknown correction {kind!r}: use one of {', '.join(KINDS)}")
    if kind == "move":
        try:
            lat, lon = float(value["lat"]), float(value["lon"])
        except (KeyError, TypeError, ValueError):
            raise StoreError("a move needs a latitude and a longitude") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise StoreError(f"({lat}, {lon}) is not a point on Earth")
        place = str(value.get("place") or "").strip()
        if not place:
            raise StoreError("a move needs the place's name")
        precision = value.get("geo_precision") or "point"
        if precision not in GEO_PRECISIONS:
            raise StoreError(f"unknown place precision {precision!r}")
        return {
            "place": place[:200],
            "place_id": (str(value["place_id"])[:80] if value.get("place_id") else None),
            "country_code": (str(value["country_code"])[:2] if value.get("country_code") else None),
            "lat": round(lat, 5),
            "lon": round(lon, 5),
            "geo_precision": precision,
        }
    if kind == "date":
        try:
            start = date.fromisoformat(str(value["date_start"]))
            end = date.fromisoformat(str(value.get("date_end") or value["date_start"]))
        except (KeyError, ValueError):
            raise StoreError("a date correction needs real dates, YYYY-MM-DD") from None
        if end < start:
            raise StoreError("the date range ends before it starts")
        precision = value.get("date_precision") or "day"
        if precision not in PRECISIONS:
            raise StoreError(f"unknown date precision {precision!r}: use {', '.join(PRECISIONS)}")
        return {
            "date_start": start.isoformat(),
            "date_end": end.isoformat(),
            "date_precision": precision,
        }
    return {}


def apply_corrections(feature: dict, log: list[Correction]) -> dict:
    """``feature`` with its corrections applied in order. Adds ``corrected``, ``rejected`` and
    ``correction`` (kinds, who and when last, notes) to its properties when there are any."""
    if not log:
        return feature
    props = dict(feature["properties"])
    geometry = feature["geometry"]
    rejected = False
    for c in log:
        if c.kind == "move":
            geometry = {"type": "Point", "coordinates": [c.value["lon"], c.value["lat"]]}
            props.update(
                place=c.value["place"],
                place_id=c.value["place_id"],
                country_code=c.value["country_code"],
                geo_precision=c.value["geo_precision"],
            )
        elif c.kind == "date":
            props.update(c.value, date_basis="correction")
        elif c.kind == "reject":
            rejected = True
        elif c.kind == "restore":
            rejected = False
    props["corrected"] = True
    props["rejected"] = rejected
    props["correction"] = {
        "kinds": sorted({c.kind for c in log}),
        "by": log[-1].author,
        "at": log[-1].created_at,
        "notes": [c.note for c in log if c.note],
    }
    return {**feature, "geometry": geometry, "properties": props}


def move_value(place: Any, geo_precision: str | None = None) -> dict[str, Any]:
    """The value of a ``move`` correction to ``place`` (see :func:`geo.store.validate_correction`)."""
    return {
        "place": place.name,
        "place_id": place.id,
        "country_code": place.country_code,
        "lat": place.lat,
        "lon": place.lon,
        "geo_precision": geo_precision
        or {"country": "country", "admin1": "region", "region": "region"}.get(place.kind, "point"),
    }


def describe(correction: Correction) -> str:
    """One correction in words, for an event's history: "moved to Raqqa (point, 35.95, 39.01)"."""
    v = correction.value or {}
    if correction.kind == "move":
        return f"moved to {v.get('place')} ({v.get('geo_precision')}, {v.get('lat')}, {v.get('lon')})"
    if correction.kind == "date":
        return "dated " + date_words({k: v.get(k) for k in ("date_start", "date_end", "date_precision")})
    return {"reject": "rejected", "restore": "restored", "note": "note"}.get(correction.kind, correction.kind)
