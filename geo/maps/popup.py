"""Words and HTML for one event: its date in words, its quote with the place mention marked, its source.

Shared by the map popups, the details panel, the Sources and Corrections pages. Every article or user
string goes through :mod:`geo.escape`; the HTML returned here is safe to put in a page or a popup as is.

What a popup shows is defined once, by :data:`PARTS`: the panel renders it here (:func:`event_html`),
the map in the browser (``tl.popupHtml`` in static/map/events.js) from the same escaped pieces carried
by the map's compact payload (a popup's HTML is never shipped whole: 100,000 events must stay small).
tests/browser/test_map_in_browser.py checks that both read the same for every seed event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from geo import escape
from geo.vocab import EventLike, date_words, day_words, event_properties, parse_iso_date

# What each kind of correction changed, in the words of the "corrected ... by" line.
CHANGED = {"move": "place", "date": "date", "reject": "rejected", "restore": "restored", "note": "note"}


def correction_words(props: EventLike) -> str | None:
    """The line for a corrected event, "Corrected (place, date) by Ana on 21 November 2026", or None."""
    fix = props.get("correction") or {}
    if not props.get("corrected") or not fix:
        return None
    kinds = [CHANGED[k] for k in CHANGED if k in (fix.get("kinds") or ())]
    when = parse_iso_date(fix.get("at"))
    return (
        "Corrected"
        + (f" ({', '.join(kinds)})" if kinds else "")
        + (f" by {fix.get('by')}" if fix.get("by") else "")
        + (f" on {day_words(when)}" if when else "")
    )


def correction_html(props: EventLike) -> str:
    """The "corrected ... by" line and the latest note, escaped; "" for an event as extracted."""
    words = correction_words(props)
    if not words:
        return ""
    notes = (props.get("correction") or {}).get("notes") or []
    note = str(notes[-1]) if notes else ""
    if len(note) > 200:
        note = note[:199] + "…"
    return (
        f'<div class="ev-fix-note">{escape.html(words)}'
        + (f"<br><i>Note: {escape.html(note)}</i>" if note else "")
        + "</div>"
    )


def quote_html(props: EventLike) -> str:
    """The excerpt, escaped, with the place mention wrapped in ``<mark class="place">``."""
    excerpt = props.get("excerpt") or ""
    try:
        start = int(props["mention_start"]) - int(props["excerpt_start"])
        end = int(props["mention_end"]) - int(props["excerpt_start"])
    except (KeyError, TypeError, ValueError):
        return escape.html(excerpt)
    return escape.highlight(excerpt, [(start, end, "place")])


# Quotation marks an excerpt can open and close with: a quoted sentence keeps its own pair.
OPENING = '\u201c"\u00ab\u201e'  # “ " « „
CLOSING = '\u201d"\u00bb\u201c'  # ” " » “


def quoted_html(props: EventLike) -> str:
    """The excerpt (:func:`quote_html`) inside one pair of quotation marks: “…” added, unless the
    excerpt opens or closes with marks of its own (“We hold the bridge,” he said), which then stand
    for the pair: a second pair at either end read as ““…””. The marks are text rather than a
    ``<q>`` element, whose generated marks came on top of the article's own."""
    text = (props.get("excerpt") or "").strip()
    body = quote_html(props)
    if not text or text[0] in OPENING or text[-1] in CLOSING:
        return body
    return f"\u201c{body}\u201d"


def source_html(source: Mapping[str, Any] | None) -> str:
    """Publisher, title (a link when the URL is http(s)), publication date."""
    source = source or {}
    title = escape.html(source.get("title") or source.get("id") or "unknown source")
    href = escape.url(source.get("url"))
    if href:
        title = f'<a href="{href}" target="_blank" rel="noopener noreferrer">{title}</a>'
    published = parse_iso_date(source.get("published"))
    when = f", {escape.html(day_words(published))}" if published else ""
    publisher = source.get("publisher")
    by = f"{escape.html(publisher)}: " if publisher else ""  # (an article added without one: no ": " alone)
    return f'<div class="ev-src">{by}{title}{when}</div>'


# "40 miles northwest of", "12 km south of", "30 kilometres from": the offset an approximate place
# was read from, just before the mention in the quote.
_OFFSET = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(miles?|mi|km|kilometers?|kilometres?)\s+"
    r"((?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+)?(?:of|from)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
APPROXIMATE_KM = 25.0  # "near X" with no distance given: somewhere within a day's walk


def offset_km(props: EventLike) -> tuple[float, str] | None:
    """The distance (km) and direction ("northwest", or "") the quote gives before an approximate
    place's mention ("40 miles northwest of Tikrit" -> (64.0, "northwest")), or None."""
    excerpt = props.get("excerpt") or ""
    try:
        before = excerpt[: int(props["mention_start"]) - int(props["excerpt_start"])]
    except (KeyError, TypeError, ValueError):
        return None
    m = _OFFSET.search(before[-60:])
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    km = value * 1.609344 if m.group(2).lower().startswith("mi") else value
    return round(km), (m.group(3) or "").strip().lower().replace("-", "")


def geo_words(props: EventLike) -> str:
    """How the place was found, in words: "Iraq, the country: the text gives no town", "eastern Syria,
    a region", "about 64 km northwest of Tikrit", "Raqqa, the town the text names"."""
    place = str(props.get("place") or "the place")
    precision = props.get("geo_precision")
    if precision == "country":
        return f"{place}, the country: the text gives no town"
    if precision == "region":
        return f"{place}, a region: the text gives no town"
    if precision == "approximate":
        off = offset_km(props)
        if off is None:
            return f"near {place}: the text gives no distance"
        km, direction = off
        return f"about {km:g} km {direction + ' of' if direction else 'from'} {place}"
    return f"{place}, the town or site the text names"


def type_words(props: EventLike) -> str:
    """The event's ACLED type and sub-type ("Battles: Armed clash"), "background mention" for an
    event the extractor marked as one (``event_type`` null), "type not given" for older data."""
    if "event_type" not in props:
        return "type not given"
    kind = props.get("event_type")
    if kind is None:
        return "background mention (nothing happens there)"
    sub = props.get("sub_event_type")
    return f"{kind}: {sub}" if sub else str(kind)


class Part(NamedTuple):
    """One line of a popup: its element and class, and the key of its escaped piece in the map's
    payload (``geo.maps.eventmap.compact_events``), which ``tl.popupHtml`` reads."""

    tag: str
    css: str
    key: str


# What a popup shows, in order: place, type, date in words, how the place was found, the quote with the
# mention marked, the correction line (only for a corrected event) and the source line. The correction
# and source lines bring their own element (:func:`correction_html`, :func:`source_html`).
PARTS: tuple[Part, ...] = (
    Part("div", "ev-place", "pl"),
    Part("div", "ev-type", "ty2"),
    Part("div", "ev-date", "dw"),
    Part("div", "ev-geo", "gw"),
    Part("blockquote", "ev-quote", "q"),
    Part("", "ev-fix-note", "fix"),
    Part("", "ev-src", "src"),
)


def pieces(props: EventLike) -> dict[str, str]:
    """Each part's escaped HTML, by payload key: what the map's payload carries for one event."""
    return {
        "pl": escape.html(props.get("place")),
        "ty2": escape.html(type_words(props)),
        "dw": escape.html(date_words(props)),
        "gw": escape.html(geo_words(props)),
        "q": quote_html(props),
        "fix": correction_html(props),
        "src": source_html(props.get("source")),
    }


def event_html(feature: Mapping[str, Any]) -> str:
    """The popup of an event as the map shows it (:data:`PARTS`, in order), for the panel beside the
    map and the Corrections page."""
    html = pieces(event_properties(feature))
    return "".join(
        f'<{p.tag} class="{p.css}">{html[p.key]}</{p.tag}>' if p.tag else html[p.key] for p in PARTS
    )


def quote_pieces(props: EventLike) -> list[str]:
    """The quote as three escaped pieces, before / the mention / after (the map joins them with a
    ``<mark class="place">`` around the middle one); ``[quote, "", ""]`` when offsets are unusable."""
    excerpt = str(props.get("excerpt") or "")
    try:
        start = int(props["mention_start"]) - int(props["excerpt_start"])
        end = int(props["mention_end"]) - int(props["excerpt_start"])
    except (KeyError, TypeError, ValueError):
        return [escape.html(excerpt), "", ""]
    if not 0 <= start < end <= len(excerpt):
        return [escape.html(excerpt), "", ""]
    return [escape.html(excerpt[:start]), escape.html(excerpt[start:end]), escape.html(excerpt[end:])]


def event_id_from_tooltip(text: str | None) -> str | None:
    """The event id carried by a clicked marker's tooltip text ("Raqqa · 17 October 2017|ev=<id>",
    see static/map/events.js), or None."""
    if not text or "|ev=" not in text:
        return None
    return text.rsplit("|ev=", 1)[1].strip() or None
