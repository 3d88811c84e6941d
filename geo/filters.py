"""The analyst's view (date window, sources, places, basis, text, selected event): filtering events by
it, and reading/writing it as URL query parameters so that a link reproduces it.

Query parameters: ``start``, ``end`` (ISO dates; ``2017-10`` or ``2017`` mean the whole month/year),
``source`` and ``place`` (repeatable ids), ``basis=text`` (hide events dated only by publication),
``q`` (text search), ``event`` (selected event id). Anything else, or a malformed value, is ignored
with a note for the user, never an exception.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

KNOWN = ("start", "end", "source", "place", "basis", "q", "event")
MAX_QUERY = 200
_ID = re.compile(r"^[\w.:\-]{1,80}$")
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
    for key, field in (("source", "sources"), ("place", "places")):
        good = [v for v in _values(params, key) if _ID.match(v)]
        if len(good) < len(_values(params, key)):
            notes.append(f"Ignored a malformed “{key}” value.")
        found[field] = tuple(dict.fromkeys(good))
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
    if view.text_dated_only:
        params["basis"] = "text"
    if view.query:
        params["q"] = view.query
    if view.event:
        params["event"] = view.event
    return params


def reconcile(view: View, features: Iterable[dict[str, Any]]) -> tuple[View, list[str]]:
    """Drop sources, places and the event that the data does not have, with a note for each."""
    features = list(features)
    sources = {str(_prop(f, "source", {}).get("id")) for f in features}
    places = {str(_prop(f, "place_id")) for f in features}
    ids = {str(f.get("id")) for f in features}
    notes = []
    keep_sources = tuple(s for s in view.sources if s in sources)
    keep_places = tuple(p for p in view.places if p in places)
    if len(keep_sources) < len(view.sources):
        notes.append("Ignored sources that are not in the data.")
    if len(keep_places) < len(view.places):
        notes.append("Ignored places that are not in the data.")
    event = view.event
    if event and event not in ids:
        notes.append("The linked event is not in the data (it may have been re-extracted).")
        event = None
    return replace(view, sources=keep_sources, places=keep_places, event=event), notes


def _prop(feature: dict[str, Any], key: str, default: Any = None) -> Any:
    value = (feature.get("properties") or {}).get(key)
    return default if value is None else value


def matches(feature: dict[str, Any], view: View) -> bool:
    """Whether an event is in the view (the selected ``event`` does not filter)."""
    props = feature.get("properties") or {}
    d0, d1 = props.get("date_start"), props.get("date_end") or props.get("date_start")
    # ISO dates compare correctly as strings; an undated event is outside any date window.
    if view.start and (not d1 or str(d1)[:10] < view.start.isoformat()):
        return False
    if view.end and (not d0 or str(d0)[:10] > view.end.isoformat()):
        return False
    source = props.get("source") or {}
    if view.sources and str(source.get("id")) not in view.sources:
        return False
    if view.places and str(props.get("place_id")) not in view.places:
        return False
    if view.text_dated_only and props.get("date_basis") not in TEXT_BASES:
        return False
    if view.query:
        haystack = " ".join(
            str(x or "")
            for x in (
                props.get("excerpt"),
                props.get("place"),
                props.get("mention"),
                props.get("date_text"),
                source.get("title"),
                source.get("publisher"),
            )
        )
        return view.query.casefold() in haystack.casefold()
    return True


def apply(features: Iterable[dict[str, Any]], view: View) -> list[dict[str, Any]]:
    """The events in the view, in their original order."""
    return [f for f in features if matches(f, view)]


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
            sources[sid] = f"{src.get('publisher') or '?'}: {src.get('title') or sid}"
        pid = str(_prop(f, "place_id"))
        counts[pid] = counts.get(pid, 0) + 1
        names.setdefault(pid, str(_prop(f, "place", pid)))
    order = sorted(counts, key=lambda p: (-counts[p], names[p]))
    places = {p: f"{names[p]} ({counts[p]})" for p in order}
    return sources, places
