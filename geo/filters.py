"""The analyst's view (date window, sources, places, types, basis, text, selected event, and where the
map stands): filtering events by it, and reading/writing it as URL query parameters so that a link
reproduces it.

Query parameters: ``start``, ``end`` (ISO dates; ``2017-10`` or ``2017`` mean the whole month/year),
``source`` (repeatable ids), ``place`` (repeatable: an id or a place name, matched case-insensitively
against the places and mentions in the data), ``type`` (repeatable ACLED event type),
``background=1`` (show background mentions), ``basis=text`` (hide events dated only by publication),
``q`` (text search), ``event`` (selected event id); and the map's own view, which its script writes
into the URL: ``t`` (the slider's date), ``w`` (trailing window in days, or ``all``), ``z`` (zoom),
``c`` (``lat,lon`` centre). Anything else, or a malformed value, is ignored with a note for the
user, never an exception.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from math import isfinite
from typing import Any

from geo.vocab import NO_SOURCE, EventType, event_properties, source_label

KNOWN = ("start", "end", "source", "place", "type", "background", "basis", "q", "event", "t", "w", "z", "c")
MAP_KEYS = ("t", "w", "z", "c")  # the map's live view: its script writes these into the URL
MAX_QUERY = 200
MIN_ZOOM, MAX_ZOOM = 2, 10  # geo.maps.eventmap's (a test checks they agree)
MAX_WINDOW = 3650  # days: ten years
EVENT_TYPES = tuple(t.value for t in EventType)  # ACLED's six, in their order
_ID = re.compile(r"^[\w.:\-]{1,80}$")
# A place id or a name: "Raqqa", "Deir ez-Zor", "Ma'arrat al-Nu'man"; no markup, no control characters.
_PLACE = re.compile(r"^[^\x00-\x1f\x7f<>]{1,80}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = r"[-+]?(?:\d{1,3}(?:\.\d{1,8})?)"
_CENTER = re.compile(rf"^({_NUMBER}),\s*({_NUMBER})$")
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# Dates that "hide events dated only by publication" keeps: from the text, or set by an analyst.
TEXT_BASES = ("text", "correction")


@dataclass(frozen=True)
class View:
    """What the analyst looks at; the default shows everything."""

    start: date | None = None
    end: date | None = None
    sources: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    text_dated_only: bool = False
    query: str = ""
    event: str | None = None
    types: tuple[str, ...] = ()  # ACLED types kept (empty: all); events of unknown type always stay
    background: bool = False  # show background mentions (``event_type`` explicitly null)
    # Where the map stands (its slider's date, trailing window, zoom and centre); None: its default.
    time: date | None = None
    window: int | None = None  # days; None: cumulative
    zoom: int | None = None
    center: tuple[float, float] | None = None

    def map_view(self) -> dict[str, Any]:
        """The map's start as :func:`geo.maps.eventmap.build_map`'s keyword arguments."""
        return {
            "time": self.time.isoformat() if self.time else None,
            "window": self.window,
            "zoom": self.zoom,
            "center": list(self.center) if self.center else None,
        }


def parse_date(value: str, *, end: bool = False) -> date | None:
    """``2017-10-17`` -> that day; ``2017-10`` / ``2017`` -> first (or, for an end, last) day; else None."""
    match = _DATE.match(value.strip())
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    try:
        if not month_text:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(month_text)
        if not day_text:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, int(day_text))
    except ValueError:
        return None


def parse_map_param(key: str, value: str) -> tuple[Any, str | None]:
    """One of the map's parameters (``t``, ``w``, ``z``, ``c``) -> (its value, None), or (None, a note
    saying why it was ignored). ``w=all`` is the cumulative window: (None, None)."""
    value = value.strip()
    shown = value[:40]
    if key == "t":
        day = parse_date(value) if _DAY.match(value) else None
        return (day, None) if day else (None, f"Ignored “t”: “{shown}” is not a date like 2017-10-17.")
    if key == "w":
        if value.lower() == "all":
            return None, None
        if value.isdigit() and 1 <= int(value) <= MAX_WINDOW:
            return int(value), None
        return None, f"Ignored “w”: use a number of days from 1 to {MAX_WINDOW} or “all”, not “{shown}”."
    if key == "z":
        if value.isdigit() and MIN_ZOOM <= int(value) <= MAX_ZOOM:
            return int(value), None
        return None, f"Ignored “z”: the zoom is a whole number from {MIN_ZOOM} to {MAX_ZOOM}, not “{shown}”."
    if key == "c":
        match = _CENTER.match(value)
        if match:
            lat, lon = float(match.group(1)), float(match.group(2))
            if isfinite(lat) and isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180:
                return (lat, lon), None
        return None, f"Ignored “c”: the centre is “latitude,longitude” (like 35.95,39.01), not “{shown}”."
    raise ValueError(key)


def format_map_param(key: str, value: Any) -> str:
    """The URL form of a map parameter's value (inverse of :func:`parse_map_param`)."""
    if key == "t":
        return value.isoformat()
    if key == "w":
        return "all" if value is None else str(value)
    if key == "c":
        return ",".join(f"{x:.4f}".rstrip("0").rstrip(".") for x in value)
    return str(value)


def _values(params: Mapping[str, Any], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    return [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)]


def parse_params(params: Mapping[str, Any]) -> tuple[View, list[str]]:
    """Read a view from query parameters (values: a string or a list of strings) and notes on
    everything ignored."""
    notes = [f"Ignored unknown link parameter “{k}”." for k in params if k not in KNOWN]
    found: dict[str, Any] = {}
    for key in ("start", "end"):
        values = _values(params, key)
        if values:
            parsed = parse_date(values[-1], end=key == "end")
            if parsed is None:
                notes.append(f"Ignored “{key}”: “{values[-1][:40]}” is not a date like 2017-10-17.")
            else:
                found[key] = parsed
    if "start" in found and "end" in found and found["start"] > found["end"]:
        notes.append("“start” was after “end”: swapped them.")
        found["start"], found["end"] = found["end"], found["start"]
    for key, field, pattern in (("source", "sources", _ID), ("place", "places", _PLACE)):
        given = [v.strip() for v in _values(params, key)]
        good = [v for v in given if pattern.match(v)]
        if len(good) < len(given):
            notes.append(f"Ignored a malformed “{key}” value.")
        found[field] = tuple(dict.fromkeys(good))
    types = []
    for value in _values(params, "type"):
        known = next((t for t in EVENT_TYPES if t.casefold() == value.strip().casefold()), None)
        if known:
            types.append(known)
        else:
            notes.append(f"Ignored “type”: “{value[:40]}” is not one of ACLED's event types.")
    found["types"] = tuple(dict.fromkeys(types))
    background = _values(params, "background")
    if background and background[-1].strip().lower() not in _TRUE + _FALSE:
        notes.append(f"Ignored “background”: use background=1 or background=0, not “{background[-1][:20]}”.")
    found["background"] = bool(background) and background[-1].strip().lower() in _TRUE
    for key, field in (("t", "time"), ("w", "window"), ("z", "zoom"), ("c", "center")):
        values = _values(params, key)
        if values:
            value, note = parse_map_param(key, values[-1])
            if note:
                notes.append(note)
            else:
                found[field] = value
    basis = _values(params, "basis")
    if basis and basis[-1] not in ("text", "all"):
        notes.append(f"Ignored “basis”: use basis=text or basis=all, not “{basis[-1][:20]}”.")
    found["text_dated_only"] = bool(basis) and basis[-1] == "text"
    query = _values(params, "q")
    found["query"] = query[-1].strip()[:MAX_QUERY] if query else ""
    event = _values(params, "event")
    if event and not _ID.match(event[-1]):
        notes.append("Ignored a malformed “event” id.")
    elif event:
        found["event"] = event[-1]
    return View(**found), notes


def to_params(view: View) -> dict[str, str | list[str]]:
    """The query parameters for a view (defaults left out, so the plain URL means "everything")."""
    params: dict[str, str | list[str]] = {}
    if view.start:
        params["start"] = view.start.isoformat()
    if view.end:
        params["end"] = view.end.isoformat()
    if view.sources:
        params["source"] = list(view.sources)
    if view.places:
        params["place"] = list(view.places)
    if view.types:
        params["type"] = list(view.types)
    if view.background:
        params["background"] = "1"
    if view.text_dated_only:
        params["basis"] = "text"
    if view.query:
        params["q"] = view.query
    if view.event:
        params["event"] = view.event
    for key, value in (("t", view.time), ("w", view.window), ("z", view.zoom), ("c", view.center)):
        if value is not None:
            params[key] = format_map_param(key, value)
    return params


def reconcile(view: View, features: Iterable[dict[str, Any]]) -> tuple[View, list[str]]:
    """Drop sources, types and the event that the data does not have, and turn places given by name
    into the ids of every place of that name (or mention), with a note for what matches nothing."""
    features = list(features)
    # Each check reads every feature, so only what the view asks for is looked up: a new session
    # without a link (most of them) reads none of 100,000 events here.
    sources = {str(_prop(f, "source", {}).get("id")) for f in features} if view.sources else set()
    notes = []
    keep_sources = tuple(s for s in view.sources if s in sources)
    if len(keep_sources) < len(view.sources):
        notes.append("Ignored sources that are not in the data.")
    keep_places: list[str] = []
    missing = []
    for wanted in view.places:
        found = resolve_place(wanted, features)
        keep_places.extend(found)
        if not found:
            missing.append(wanted)
    if missing:
        names = ", ".join(f"“{m[:40]}”" for m in missing[:3])
        notes.append(f"Ignored places that are not in the data: {names}.")
    present = {t for t, _ in type_choices(features)} if view.types else set()
    keep_types = tuple(t for t in view.types if t in present)
    if len(keep_types) < len(view.types):
        notes.append("Ignored event types that no event in the data has.")
    event = view.event
    if event and all(str(f.get("id")) != event for f in features):
        notes.append("The linked event is not in the data (it may have been re-extracted).")
        event = None
    return (
        replace(
            view,
            sources=keep_sources,
            places=tuple(dict.fromkeys(keep_places)),
            types=keep_types,
            event=event,
        ),
        notes,
    )


def resolve_place(wanted: str, features: Iterable[dict[str, Any]]) -> list[str]:
    """The place ids a link's ``place`` value means: itself when it is an id in the data, else every
    place whose name or mention is ``wanted`` (case-insensitively), most events first."""
    features = list(features)
    counts: dict[str, int] = {}
    for f in features:
        pid = str(_prop(f, "place_id"))
        counts[pid] = counts.get(pid, 0) + 1
    if wanted in counts:
        return [wanted]
    key = " ".join(wanted.split()).casefold()
    hits = {
        str(_prop(f, "place_id"))
        for f in features
        if key
        in (
            " ".join(str(_prop(f, "place", "")).split()).casefold(),
            " ".join(str(_prop(f, "mention", "")).split()).casefold(),
        )
    }
    return sorted(hits, key=lambda p: (-counts[p], p))


def event_type(feature: dict[str, Any]) -> str | bool | None:
    """An event's ACLED type; None for a background mention (``event_type`` explicitly null); False
    when the event says nothing (older data: unknown type)."""
    props = event_properties(feature)
    if "event_type" not in props:
        return False
    value = props["event_type"]
    return None if value is None else str(value)


def type_choices(features: Iterable[dict[str, Any]]) -> list[tuple[str, int]]:
    """The event types present and how many events have each, in ACLED's order (others after)."""
    counts: dict[str, int] = {}
    for f in features:
        kind = event_type(f)
        if isinstance(kind, str):
            counts[kind] = counts.get(kind, 0) + 1
    order = [t for t in EVENT_TYPES if t in counts] + sorted(t for t in counts if t not in EVENT_TYPES)
    return [(t, counts[t]) for t in order]


def count_background(features: Iterable[dict[str, Any]]) -> int:
    """How many events are background mentions (``event_type`` explicitly null)."""
    return sum(1 for f in features if event_type(f) is None)


def off_map(features: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """How many events have no date, and how many no point: the map cannot show them."""
    undated = pointless = 0
    for f in features:
        undated += not event_properties(f).get("date_start")
        pointless += not (f.get("geometry") or {}).get("coordinates")
    return undated, pointless


def _prop(feature: dict[str, Any], key: str, default: Any = None) -> Any:
    value = event_properties(feature).get(key)
    return default if value is None else value


def haystack(feature: dict[str, Any]) -> str:
    """The words the text search looks in (quote, place, mention, date words, source), casefolded."""
    props = event_properties(feature)
    source = props.get("source") or NO_SOURCE
    return " ".join(
        str(x or "")
        for x in (
            props.get("excerpt"),
            props.get("place"),
            props.get("mention"),
            props.get("date_text"),
            source.get("title"),
            source.get("publisher"),
        )
    ).casefold()


def matches(feature: dict[str, Any], view: View, words: str | None = None) -> bool:
    """Whether an event is in the view (the selected ``event`` does not filter). ``words``: the
    event's :func:`haystack`, when the caller keeps them."""
    props = event_properties(feature)
    d0, d1 = props.get("date_start"), props.get("date_end") or props.get("date_start")
    # ISO dates compare correctly as strings; an undated event is outside any date window.
    if view.start and (not d1 or str(d1)[:10] < view.start.isoformat()):
        return False
    if view.end and (not d0 or str(d0)[:10] > view.end.isoformat()):
        return False
    source = props.get("source") or NO_SOURCE
    if view.sources and str(source.get("id")) not in view.sources:
        return False
    if view.places and str(props.get("place_id")) not in view.places:
        return False
    kind = event_type(feature)
    # A background mention (nothing happens there) is hidden unless asked for, or opened by a link.
    if kind is None and not view.background and str(feature.get("id")) != view.event:
        return False
    if view.types and isinstance(kind, str) and kind not in view.types:
        return False
    if view.text_dated_only and props.get("date_basis") not in TEXT_BASES:
        return False
    if view.query:
        return view.query.casefold() in (haystack(feature) if words is None else words)
    return True


def apply(
    features: Iterable[dict[str, Any]], view: View, words: list[str] | None = None
) -> list[dict[str, Any]]:
    """The events in the view, in their original order. ``words``: each event's :func:`haystack`, in
    the same order (a page keeps them for a state of the store: building them was most of a search)."""
    if words is None or not view.query:
        return [f for f in features if matches(f, view)]
    return [f for f, w in zip(features, words, strict=True) if matches(f, view, w)]


def date_bounds(features: Iterable[dict[str, Any]]) -> tuple[date, date] | None:
    """Earliest ``date_start`` and latest ``date_end`` of the events, or None when none is dated."""
    features = list(features)
    starts = [str(_prop(f, "date_start"))[:10] for f in features if _prop(f, "date_start")]
    if not starts:
        return None
    ends = [
        str(_prop(f, "date_end") or _prop(f, "date_start"))[:10] for f in features if _prop(f, "date_start")
    ]
    return date.fromisoformat(min(starts)), date.fromisoformat(max(ends))


def choices(
    features: Iterable[dict[str, Any]],
) -> tuple[dict[str, str], dict[str, str]]:
    """Labels for the source and place pickers: ``{source id: "publisher: title"}`` and
    ``{place id: "place (n events)"}``, places most frequent first."""
    sources: dict[str, str] = {}
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for f in features:
        src = _prop(f, "source", {})
        sid = str(src.get("id"))
        if sid not in sources:
            sources[sid] = source_label(src.get("publisher"), src.get("title"), sid)
        pid = str(_prop(f, "place_id"))
        counts[pid] = counts.get(pid, 0) + 1
        names.setdefault(pid, str(_prop(f, "place", pid)))
    order = sorted(counts, key=lambda p: (-counts[p], names[p]))
    places = {p: f"{names[p]} ({counts[p]})" for p in order}
    return sources, places


@dataclass(frozen=True)
class Summary:
    """What the filters offer for a set of events: the date bounds, the source and place pickers'
    labels (:func:`choices`), the types present (:func:`type_choices`) and the background mentions."""

    bounds: tuple[date, date] | None
    sources: dict[str, str]
    places: dict[str, str]
    types: list[tuple[str, int]]
    background: int


def summarize(features: Iterable[dict[str, Any]]) -> Summary:
    """The :class:`Summary` of ``features``: one object a page can cache for a state of the store
    (with 100,000 events, these walks took most of a filter change's second on the server)."""
    features = list(features)
    sources, places = choices(features)
    return Summary(date_bounds(features), sources, places, type_choices(features), count_background(features))
