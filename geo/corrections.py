"""What an analyst can change about an event, as plain data: the places to move it to (the gazetteer's
candidates for its mention, or a search by name), the value a move records, and a correction in words.

The store (:mod:`geo.store`) validates and keeps corrections; this module only prepares them.
"""

from __future__ import annotations

from typing import Any

from geo.gazetteer import Gazetteer, Place, name_key
from geo.maps import popup
from geo.store import Correction

# The place precision a move to a place of this kind records (as the resolver would give it).
KIND_PRECISION = {"country": "country", "admin1": "region", "region": "region"}
MAX_RESULTS = 20
MAX_KEYS = 300  # prefix matches looked at per search: "al" alone matches tens of thousands of names


def _rank(place: Place) -> tuple:
    """Countries first, then divisions, then the most populous."""
    kind = {"country": 0, "admin1": 1, "region": 2}.get(place.kind, 3)
    return (kind, -place.population, place.name)


def candidates(gaz: Gazetteer, mention: str | None) -> list[Place]:
    """Every place the gazetteer has under the event's mention ("Raqa" -> Raqqa, ...)."""
    return sorted(gaz.lookup(mention or ""), key=_rank)


def search(gaz: Gazetteer, query: str, limit: int = MAX_RESULTS) -> list[Place]:
    """Places whose name (or an alternate spelling) is ``query`` or starts with it: exact matches
    first, then countries, divisions and the most populous towns. Fewer than two letters find nothing."""
    key = name_key(query or "")
    if len(key) < 2:
        return []
    found = {p.id: p for p in sorted(gaz.lookup_key(key), key=_rank)}
    longer = sorted((k for k in gaz.index if k.startswith(key) and k != key), key=len)[:MAX_KEYS]
    rest = {p.id: p for k in longer for p in gaz.lookup_key(k) if p.id not in found}
    return [*found.values(), *sorted(rest.values(), key=_rank)][:limit]


def place_label(place: Place) -> str:
    """A label that tells same-named places apart: "Raqqa — town in SY, 531,952 people (35.953, 39.008)"."""
    kind = {"city": "town", "admin1": "province/state"}.get(place.kind, place.kind)
    where = f" in {place.country_code}" if place.country_code and place.kind != "country" else ""
    people = f", {place.population:,} people" if place.population else ""
    return f"{place.name} — {kind}{where}{people} ({place.lat:.3f}, {place.lon:.3f})"


def move_value(place: Place, geo_precision: str | None = None) -> dict[str, Any]:
    """The value of a ``move`` correction to ``place`` (see :func:`geo.store.validate_correction`)."""
    return {
        "place": place.name,
        "place_id": place.id,
        "country_code": place.country_code,
        "lat": place.lat,
        "lon": place.lon,
        "geo_precision": geo_precision or KIND_PRECISION.get(place.kind, "point"),
    }


def describe(correction: Correction) -> str:
    """One correction in words, for an event's history: "moved to Raqqa (point, 35.95, 39.01)"."""
    v = correction.value or {}
    if correction.kind == "move":
        return f"moved to {v.get('place')} ({v.get('geo_precision')}, {v.get('lat')}, {v.get('lon')})"
    if correction.kind == "date":
        return "dated " + popup.date_words(
            {k: v.get(k) for k in ("date_start", "date_end", "date_precision")}
        )
    return {"reject": "rejected", "restore": "restored", "note": "note"}.get(correction.kind, correction.kind)
