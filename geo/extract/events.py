"""Turn resolved place mentions and dates into events: one per place mention per sentence."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from geo.extract.coref import find_coreferences
from geo.extract.dates import DateExpr
from geo.extract.eventtypes import NO_EVENT, EventKind, Trigger, classify, find_triggers
from geo.extract.nearby import Nearby
from geo.extract.resolve import Resolved
from geo.extract.sentences import Sentence

# Mentions that are background whatever their sentence tells: a dateline, "London-based"
BACKGROUND_HINTS = frozenset(["dateline", "based"])


# A named tuple, immutable: one is made per event, three times faster than a frozen dataclass.
class Event(NamedTuple):
    id: str
    resolved: Resolved
    mention: str
    mention_start: int
    mention_end: int
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    date_text: str | None
    date_basis: str | None
    sentence: Sentence
    kind: EventKind = NO_EVENT  # ACLED event type and sub-type, and the trigger words that decided them
    refers_to: Resolved | None = None  # for "the city": the earlier mention of the place it refers to


def event_id(source_id: str, start: int, end: int) -> str:
    """Stable id: the same article and mention offsets give the same id, whatever place or date is chosen."""
    return hashlib.sha1(f"{source_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def build_events(
    text: str,
    source_id: str,
    sentences: list[tuple[int, int]],
    places: list[Resolved],
    dates: list[DateExpr],
    published: date | None,
    nearby: Sequence[Nearby] = (),
) -> list[Event]:
    """Date each mappable place by the nearest temporal expression in its sentence, else publication.

    ``sentences`` are the (start, end) spans of ``sentence_spans``; a Sentence is made only for those
    that hold an event. ``nearby`` are the unlisted places of ``find_nearby``, each with the place it is at."""
    starts = [s for s, _ in sentences]
    # find_dates gives the dates in text order, none overlapping: then the nearest is found by bisection
    # among them, not by a look at every date for every place (quadratic in a text dense with both).
    in_order = all(d.start < d.end for d in dates) and all(a.end <= b.start for a, b in pairwise(dates))
    date_starts = [d.start for d in dates] if in_order else None
    date_ends = [d.end for d in dates]
    in_force = _dates_in_force(text, sentences, dates, published) if date_starts is not None else None
    made: dict[tuple[int, int], Sentence] = {}
    triggers: dict[tuple[int, int], list[Trigger]] = {}
    events = []
    refers: dict[int, Resolved] = {}
    optional: set[int] = set()  # made only where something happens: "the city", a name by the last town
    if nearby:
        refers = {id(n.resolved): n.anchor for n in nearby}
        optional = {id(n.resolved) for n in nearby if n.needs_event}
        places = sorted([*places, *(n.resolved for n in nearby)], key=lambda r: r.mention.start)
    corefs = find_coreferences(text, sentences, places)
    if corefs:
        refers.update((id(c.resolved), c.refers_to) for c in corefs)
        optional.update(id(c.resolved) for c in corefs)
        places = sorted([*places, *(c.resolved for c in corefs)], key=lambda r: r.mention.start)
    for r in places:
        m = r.mention
        if not m.mappable:
            continue
        k = bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= sentences[k][1]:
            continue  # outside any sentence (cannot happen with sentence_spans' cover)
        span = sentences[k]
        while m.end > span[1] and k + 1 < len(sentences):  # a name across a line the splitter broke at
            k += 1
            span = (span[0], sentences[k][1])
        sent = made.get(span)
        if sent is None:
            sent = made[span] = Sentence(span[0], span[1], text[span[0] : span[1]])
            triggers[span] = find_triggers(text, span[0], span[1])
        start = m.span_start if m.span_start is not None else m.start
        if not m.hints.isdisjoint(BACKGROUND_HINTS):
            # where the report was filed, where a group is based: background, whatever the sentence tells
            kind = NO_EVENT
        else:
            kind = classify(text, span[0], span[1], triggers[span], start, m.end)
        if kind.event_type is None and id(r) in optional:
            continue  # "the city" in a sentence where nothing happens: no event
        if date_starts is not None:
            governing = _nearest_in_order(dates, date_starts, date_ends, sent, start, m.end)
        else:
            governing = _nearest(dates, sent, start, m.end)
        if governing is None and in_force is not None:
            governing = in_force.get(span[0])
        if governing is not None:
            ds, de, prec, dtext, basis = (
                governing.date_start,
                governing.date_end,
                governing.precision,
                governing.text,
                "text" if governing.date_start else None,
            )
        elif published is not None:
            ds, de, prec, dtext, basis = (
                published,
                published,
                "day",
                None,
                "publication",
            )
        else:
            ds = de = prec = dtext = basis = None
        events.append(
            Event(
                event_id(source_id, start, m.end),
                r,
                text[start : m.end],
                start,
                m.end,
                ds,
                de,
                prec,
                dtext,
                basis,
                sent,
                kind,
                refers.get(id(r)),
            )
        )
    return events


# A sentence that describes rather than narrates: it keeps its own date or the publication date.
_BACKGROUND = re.compile(
    r"\b(?:(?:is|are)\s+(?:the|a|an|home|located|known|situated)|has\s+been|have\s+been|used\s+to|since|"
    r"former|formerly|has\s+long|home\s+to|known\s+as|lies|located|now|currently|still)\b",
    re.IGNORECASE,
)
# The dates that set the time of the story for the sentences after them: a day, or a span of a few days,
# in the week before publication (or the day after it): the news of the report, not a caption's or an
# archive's date.
_NARRATIVE_DAYS = 3
_RECENT_DAYS = 7
_QUOTE_OPEN = frozenset("\"“‘'")


def _dates_in_force(
    text: str, sentences: list[tuple[int, int]], dates: list[DateExpr], published: date | None
) -> dict[int, DateExpr]:
    """For each sentence (by its start) without a date of its own that continues the story: the date in
    force, that of the last sentence before it with a date, when that date is a day or a few days (a
    sentence dated by a month, a year or "three years ago" moves the story to another time, and the
    sentences after it take none). Background sentences ("X is the capital", "has been", "since") take none
    and leave the date in force as it was. One pass over the sentences and the dates (in text order)."""
    out: dict[int, DateExpr] = {}
    current: DateExpr | None = None
    j, n = 0, len(dates)
    for s, e in sentences:
        own = None
        while j < n and dates[j].start < e:
            if dates[j].end > s and dates[j].date_start is not None:
                own = dates[j]
            j += 1
        if own is not None:
            ds, de = own.date_start, own.date_end
            narrative = (
                ds is not None
                and de is not None
                and (de - ds).days < _NARRATIVE_DAYS
                and published is not None
                and -1 <= (published - ds).days <= _RECENT_DAYS
            )
            current = own if narrative else None
        elif current is not None and text[s] not in _QUOTE_OPEN and not _BACKGROUND.search(text, s, e):
            out[s] = current
    return out


def _nearest(dates: list[DateExpr], sent: Sentence, start: int, end: int) -> DateExpr | None:
    """The date in the sentence nearest the mention from ``start`` to ``end`` (the first of equals)."""
    best, best_gap = None, None
    for d in dates:
        if d.end <= sent.start or d.start >= sent.end:
            continue
        gap = start - d.end if d.end <= start else d.start - end
        if best_gap is None or gap < best_gap:
            best, best_gap = d, gap
    return best


def _nearest_in_order(
    dates: list[DateExpr], starts: list[int], ends: list[int], sent: Sentence, start: int, end: int
) -> DateExpr | None:
    """``_nearest`` for dates in text order, none overlapping (``starts`` and ``ends`` are theirs, so both
    rise): those in the sentence are a slice of them; of those ending by ``start`` the last is the nearest,
    of the others the first, and of the two the one before wins a tie (it comes first)."""
    lo = bisect_right(ends, sent.start)  # the first to end after the sentence starts
    hi = bisect_left(starts, sent.end)  # ... and past the last to start before it ends
    if lo >= hi:
        return None
    k = bisect_right(ends, start, lo, hi)  # dates[lo:k] end by ``start``, dates[k:hi] after it
    before = dates[k - 1] if k > lo else None
    after = dates[k] if k < hi else None
    if before is None:
        return after
    if after is None or start - before.end <= after.start - end:
        return before
    return after
