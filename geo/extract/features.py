"""Events as GeoJSON (RFC 7946: [lon, lat], WGS 84)."""

from __future__ import annotations

from geo.extract.events import Event
from geo.sources.articles import source_record as source_record  # the feature's "source"


def event_feature(e: Event, source: dict) -> dict:
    """One event as a GeoJSON Feature with the properties documented in the README."""
    r = e.resolved
    return {
        "type": "Feature",
        "id": e.id,
        "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
        "properties": {
            "place": r.label,
            "place_id": r.place.id,
            "country_code": r.place.country_code,
            "geo_precision": r.geo_precision,
            "mention": e.mention,
            "mention_start": e.mention_start,
            "mention_end": e.mention_end,
            "date_start": e.date_start.isoformat() if e.date_start else None,
            "date_end": e.date_end.isoformat() if e.date_end else None,
            "date_precision": e.date_precision,
            "date_text": e.date_text,
            "date_basis": e.date_basis,
            "event_type": e.kind.event_type,
            "sub_event_type": e.kind.sub_event_type,
            "event_trigger": e.kind.trigger,
            "event_trigger_start": e.kind.trigger_start,
            "event_trigger_end": e.kind.trigger_end,
            "refers_to": _refers_to(e),
            "excerpt": e.sentence.text,
            "excerpt_start": e.sentence.start,
            "excerpt_end": e.sentence.end,
            "source": source,
        },
    }


def _refers_to(e: Event) -> dict | None:
    """For a coreference ("the city"): the earlier mention of the place it refers to."""
    if e.refers_to is None:
        return None
    m = e.refers_to.mention
    return {"mention": m.text, "mention_start": m.start, "mention_end": m.end, "place": e.refers_to.label}


def feature_collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}
