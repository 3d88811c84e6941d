"""Turn resolved place mentions and dates into events: one per place mention per sentence."""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from geo.coref import find_coreferences
from geo.dates import DateExpr
from geo.eventtypes import NO_EVENT, EventKind, Trigger, classify, find_triggers
from geo.resolve import Resolved
from geo.sentences import Sentence


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
) -> list[Event]:
    """Date each mappable place by the nearest temporal expression in its sentence, else publication.

    ``sentences`` are the (start, end) spans of ``sentence_spans``; a Sentence is made only for those
    that hold an event."""
    starts = [s for s, _ in sentences]
    # find_dates gives the dates in text order, none overlapping: then the nearest is found by bisection
    # among them, not by a look at every date for every place (quadratic in a text dense with both).
    in_order = all(d.start < d.end for d in dates) and all(a.end <= b.start for a, b in pairwise(dates))
    date_starts = [d.start for d in dates] if in_order else None
    date_ends = [d.end for d in dates]
    made: dict[tuple[int, int], Sentence] = {}
    triggers: dict[tuple[int, int], list[Trigger]] = {}
    events = []
    corefs = find_coreferences(text, sentences, places)
    refers: dict[int, Resolved] = {}
    if corefs:
        refers = {id(c.resolved): c.refers_to for c in corefs}
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
        kind = classify(text, span[0], span[1], triggers[span], start, m.end)
        if kind.event_type is None and id(r) in refers:
            continue  # "the city" in a sentence where nothing happens: no event
        if date_starts is not None:
            governing = _nearest_in_order(dates, date_starts, date_ends, sent, start, m.end)
        else:
            governing = _nearest(dates, sent, start, m.end)
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
