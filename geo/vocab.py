"""The project's vocabulary in one place: the kinds of precision, date basis, correction, mention reason
and event type that events carry, the properties of an event (README "Event schema"), and the one
parser of the ISO dates they hold."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal, TypedDict, get_args

DatePrecision = Literal["day", "week", "month", "year", "range"]
GeoPrecision = Literal["point", "approximate", "region", "country"]
DateBasis = Literal["text", "publication", "correction"]
CorrectionKind = Literal["move", "date", "reject", "restore", "note"]

DATE_PRECISIONS: tuple[str, ...] = get_args(DatePrecision)
GEO_PRECISIONS: tuple[str, ...] = get_args(GeoPrecision)
CORRECTION_KINDS: tuple[str, ...] = get_args(CorrectionKind)


class MentionReason(StrEnum):
    """Why a place mention is not mapped (or the cue that placed it)."""

    NONE = ""
    MODIFIER = "modifier"  # "US-led", "Iran-backed", "Syrian"
    ACTOR = "actor"  # "Russia said": the place stands for its government
    POSSESSIVE = "possessive"  # "Moscow's concern"
    TEAM = "team"  # "Liverpool have": a club in a sports story
    OUTSIDE = "outside"  # "outside Iraq"


class EventType(StrEnum):
    """ACLED's event types."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class Source(TypedDict):
    id: str | None
    title: str | None
    publisher: str | None
    url: str | None
    published: str | None


class EventProperties(TypedDict, total=False):
    """An event Feature's properties (README "Event schema"); ``total=False``: corrections add some."""

    place: str
    place_id: str
    country_code: str | None
    geo_precision: GeoPrecision
    mention: str
    mention_start: int
    mention_end: int
    date_start: str | None
    date_end: str | None
    date_precision: DatePrecision | None
    date_text: str | None
    date_basis: DateBasis | None
    event_type: str | None  # an EventType value, or None for a mention where nothing happens
    sub_event_type: str | None
    event_trigger: str | None
    event_trigger_start: int | None
    event_trigger_end: int | None
    refers_to: dict | None  # "the city": {mention, mention_start, mention_end, place} of the place named before
    excerpt: str
    excerpt_start: int
    excerpt_end: int
    source: Source
    corrected: bool
    rejected: bool
    orphan: bool


def parse_iso_date(value: object) -> date | None:
    """The day an ISO date (or date-time) string names, or None for anything else ("", None, junk)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
