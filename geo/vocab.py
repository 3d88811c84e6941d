"""The project's vocabulary in one place: the kinds of precision, date basis, correction, mention reason
and event type that events carry, the properties of an event (README "Event schema"), and the one
parser of the ISO dates they hold."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Literal, TypedDict, cast, get_args

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
    WATER = "water"  # "the Red Sea port", "Tigris" as a name: a sea or river, found but not mapped
    COREFERENCE = "coreference"  # "the city": the place named before, mapped at that mention


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


class Correction(TypedDict, total=False):
    """What the analysts changed in an event (``geo.store.corrections.apply_corrections``)."""

    kinds: list[str]  # CorrectionKind values, sorted
    by: str | None
    at: str | None  # ISO date-time of the latest correction
    notes: list[str]


NO_SOURCE: Source = {"id": None, "title": None, "publisher": None, "url": None, "published": None}


def source_label(publisher: str | None, title: str | None, fallback: str | None) -> str:
    """A source as pickers and lists name it, plain text: "publisher: title", or the title alone for an
    article saved without a publisher, ``fallback`` (its id) without a title."""
    name = title or fallback or "unknown source"
    return f"{publisher}: {name}" if publisher else name


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
    refers_to: (
        dict | None
    )  # "the city": {mention, mention_start, mention_end, place} of the place named before
    excerpt: str
    excerpt_start: int
    excerpt_end: int
    source: Source
    corrected: bool
    rejected: bool
    correction: Correction
    orphan: bool


# An event's properties where a function also serves code that still reads them as a plain dict (the
# store's rows, the map's payload builder): the typed form is what the pages pass.
EventLike = EventProperties | Mapping[str, Any]


def event_properties(feature: Mapping[str, Any] | None) -> EventProperties:
    """An event Feature's properties, typed: the one way the pages and the map read an event, so that
    mypy checks every field name against the schema. A feature without properties reads as empty.

    No copy and no check of the values: events come from the store or an exported GeoJSON file, which
    the extractor wrote; a missing field reads as absent, as with ``dict.get``."""
    return cast(EventProperties, (feature or {}).get("properties") or {})


def parse_iso_date(value: object) -> date | None:
    """The day an ISO date (or date-time) string names, or None for anything else ("", None, junk)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


PRECISION_WORDS = {
    "day": "a single day",
    "week": "a week",
    "month": "a month",
    "year": "a year (or the twelve months before a date)",
    "range": "a span the text gives (from ... to ..., since ...)",
}


def day_words(d: date) -> str:
    """A day in words: 17 October 2017."""
    return f"{d.day} {d:%B %Y}"


def date_words(props: EventLike) -> str:
    """The event's date with its precision in words: "October 2017, month", "17 October 2017, day".

    A date taken only from the publication date says so; a missing date reads "undated".
    """
    start, end = parse_iso_date(props.get("date_start")), parse_iso_date(props.get("date_end")) or None
    precision = props.get("date_precision")
    if start is None:
        return "undated"
    end = end or start
    if precision == "month" and start.day == 1 and (end + timedelta(days=1)).day == 1:
        words = f"{start:%B %Y}"
    elif precision == "year" and (start.month, start.day, end.month, end.day) == (
        1,
        1,
        12,
        31,
    ):
        words = f"{start.year}"
    elif start == end:
        words = day_words(start)
    elif start.year == end.year and start.month == end.month:
        words = f"{start.day}–{day_words(end)}"
    elif start.year == end.year:
        words = f"{start.day} {start:%B} – {day_words(end)}"
    else:
        words = f"{day_words(start)} – {day_words(end)}"
    if precision:
        words = f"{words}, {precision}"
    if props.get("date_basis") == "publication":
        words += " (publication date: the text gives none)"
    elif props.get("date_basis") == "correction":
        words += " (set by an analyst)"
    return words
