"""Turn resolved place mentions and dates into events: one per place mention per sentence."""

from __future__ import annotations

import hashlib
import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, Final, NamedTuple, cast

from geo.extract.coref import find_coreferences
from geo.extract.dategrammar import NIGHT_AFTER, NIGHT_BEFORE
from geo.extract.dates import DateExpr
from geo.extract.eventtypes import (
    FOLDS_BEYOND_LOWER,
    NO_EVENT,
    ClauseBreaks,
    EventKind,
    Trigger,
    classify,
    event_triggers,
    first_words,
    word_starts,
)
from geo.extract.mentions import BACKGROUND_HINTS
from geo.extract.nearby import Nearby, cue_starts
from geo.extract.resolve import Resolved
from geo.extract.sentences import PARAGRAPH_BREAK, Sentence


def _sha1_constructor() -> Callable[[bytes], Any]:
    """SHA-1 as Python's own module computes it (a third quicker on a short id than OpenSSL's, which
    hashlib.sha1 calls and sets up anew for each), else hashlib's: the same digest either way."""
    try:
        return cast(Callable[[bytes], Any], importlib.import_module("_sha1").sha1)
    except ImportError:
        return lambda data: hashlib.sha1(data, usedforsecurity=False)


_SHA1: Final = _sha1_constructor()


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
    # (not a security hash: an id, and quicker so)
    return _SHA1(f"{source_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def build_events(
    text: str,
    source_id: str,
    sentences: list[tuple[int, int]],
    places: list[Resolved],
    dates: list[DateExpr],
    published: date | None,
    nearby: Sequence[Nearby] = (),
    unplaced: Sequence[int] = (),
    capitals: frozenset[str] | None = None,
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
    in_force = None
    statements: frozenset[int] = frozenset()
    event_dates: list[DateExpr] = []
    if date_starts is not None:
        dates, in_force, statements = _dates_in_force(text, sentences, dates, published)
        event_dates = [d for d in dates if d.start not in statements]
    event_starts, event_ends = [d.start for d in event_dates], [d.end for d in event_dates]
    made: dict[tuple[int, int], Sentence] = {}
    triggers: dict[tuple[int, int], list[Trigger]] = {}
    breaks: dict[tuple[int, int], ClauseBreaks] = {}  # the clause breaks read so far, by sentence
    events = []
    refers: dict[int, Resolved] = {}
    optional: set[int] = set()  # made only where something happens: "the city", a name by the last town
    if nearby:
        refers = {id(n.resolved): n.anchor for n in nearby}
        optional = {id(n.resolved) for n in nearby if n.needs_event}
        places = sorted([*places, *(n.resolved for n in nearby)], key=lambda r: r.mention.start)
    corefs = find_coreferences(text, sentences, places, unplaced, capitals)
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
            sent = made[span] = tuple.__new__(Sentence, (span[0], span[1], text[span[0] : span[1]]))
            triggers[span] = event_triggers(text, span[0], span[1])
        start = m.span_start if m.span_start is not None else m.start
        if not m.hints.isdisjoint(BACKGROUND_HINTS):
            # where the report was filed, where a group is based: background, whatever the sentence tells
            kind = NO_EVENT
        else:
            kind = classify(text, span[0], span[1], triggers[span], start, m.end, breaks)
        if kind.event_type is None and id(r) in optional:
            continue  # "the city" in a sentence where nothing happens: no event
        if date_starts is not None:
            governing = _nearest_in_order(dates, date_starts, date_ends, sent, start, m.end)
            if governing is not None and governing.start in statements:
                # "police said on Monday": the sentence's own date of what happened governs its places
                governing = (
                    _nearest_in_order(event_dates, event_starts, event_ends, sent, start, m.end)
                    or (in_force.get(span[0]) if in_force is not None else None)
                    or governing
                )
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
            # (a named tuple made as its generated constructor makes it, which the compiled build would
            # call as plain Python: one is made per event)
            tuple.__new__(
                Event,
                (
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
                ),
            )
        )
    return events


# A sentence that describes rather than narrates: it keeps its own date or the publication date.
# (only searched for: where it starts is enough)
_BACKGROUND_RX: Final = (
    r"(?:is|are)\s+(?:the|a|an|home|located|known|situated)|has\s+been|have\s+been|used\s+to|since|"
    r"former|formerly|has\s+long|home\s+to|known\s+as|lies|located|now|currently|still"
)
_BACKGROUND: Final = word_starts(_BACKGROUND_RX)
# The words it starts with: the cue pass over the text (nearby.cue_starts) finds where they start a word, and
# a sentence is searched only from there
BACKGROUND_WORDS: Final = first_words(_BACKGROUND_RX)
# The dates that set the time of the story for the sentences after them: a day, or a span of a few days,
# in the week before publication (or the day after it): the news of the report, not a caption's or an
# archive's date.
_NARRATIVE_DAYS: Final = 3
# "The attack in Pont-Sondé happened in the early hours of Thursday", "the unprovoked attack took place":
# a sentence that dates the happening the story opened with
# The nouns news names a happening by ("the attack", "those strikes")
_HAPPENINGS: Final = (
    r"(?:attacks?|raids?|assaults?|strikes?|air\s*strikes?|bombings?|ambush(?:es)?|massacres?|clashes|fighting|"
    r"explosions?|blasts?|shelling|killings?)"
)
_HAPPENED: Final = word_starts(
    _HAPPENINGS,
    r"[^.!?\n]{0,80}?\b(?:took\s+place|happened|occurred|began|started|unfolded|was\s+carried\s+out)\b",
)
# The verbs _HAPPENED ends with, as lower-casing gives them: a sentence without one (most) is not searched,
# where the pattern reads up to eighty characters after every "attack" or "strike" for them
_HAPPENED_VERBS: Final = ("took", "happened", "occurred", "began", "started", "unfolded", "carried")


def _happened(text: str, start: int, end: int) -> re.Match | None:
    """``_HAPPENED.search(text, start, end)``, searched only when the sentence holds one of its verbs."""
    sentence = text[start:end]
    lower = sentence.lower()
    if any(verb in lower for verb in _HAPPENED_VERBS) or any(c in sentence for c in FOLDS_BEYOND_LOWER):
        return _HAPPENED.search(text, start, end)
    return None


# A day's happening: "Sunday's attack", "Thursday’s deadly raid" (read right after the day)
_DAYS_HAPPENING: Final = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}?" + _HAPPENINGS + r"\b")
# A sentence that names the happening of the sentence before ("in those strikes", "the same attack")
# goes on with that account, whenever it was
_BACK_REFERENCE: Final = word_starts(r"(?:th(?:ose|ese|at|is)|the\s+same)\s+(?:\w+\s+)?" + _HAPPENINGS)
# A sentence that tells of an attack in the past tense ("fighters on Thursday attacked the villages"); a
# past perfect ("had attacked") tells of something before the story, and is no such sentence
_ATTACKED: Final = word_starts(
    r"(?:attacked|stormed|raided|struck|shelled|bombed|ambushed|killed|abducted|kidnapped|opened\s+fire|"
    r"torched|overran|seized|captured|massacred|carried\s+out|launched|fired|detonated)"
)
_HAD_BEFORE: Final = re.compile(r"\bhad\s+(?:\w+\s+)?$")
_THE_HAPPENING: Final = word_starts(r"the\s+(?:\w+\s+)?" + _HAPPENINGS)
_AFTER_THE_HAPPENING: Final = word_starts(
    r"(?:after|since|in|by|during)\s+the\s+(?:\w+\s+)?" + _HAPPENINGS + r",?\s+which\b"
)
# A comparison across the years ("the deadliest attack on Baghdad since 2007", "the worst fighting since
# 2014"): no time of the story, which stays where it was
_SUPERLATIVE_SINCE: Final = re.compile(
    r"\b(?:\w+iest|worst|biggest|largest|heaviest|first|only|most\s+\w+)\b[^.!?]{0,80}$"
)
_RECENT_DAYS: Final = 7
_QUOTE_OPEN: Final = frozenset("\"“‘'")


def _dates_in_force(
    text: str, sentences: list[tuple[int, int]], dates: list[DateExpr], published: date | None
) -> tuple[list[DateExpr], dict[int, DateExpr], frozenset[int]]:
    """Follow the time of the story through its sentences, in one pass over them and the dates (in text
    order). Gives:

    - the dates, those counted from another ("two days later", "a day earlier", "overnight") counted
      again from the date they follow: another date of their sentence (the nearest before, else the
      first after), else the date in force, else (as found) publication;
    - for each sentence (by its start) without a date of its own that continues the story, the date in
      force: that of the last sentence before it with a date, when that date is a day or a few days (a
      sentence dated by a month, a year or "three years ago" moves the story to another time, and the
      sentences after it take none). Background sentences ("X is the capital", "has been", "since") take
      none and leave the date in force as it was; so do the dates of a statement ("police said on
      Monday", a day after the attack they report) while a date is in force, and "N days after <an
      earlier happening>", which dates that happening, not the story;
    - the starts of the statement dates, which give way to a date of the happening in their sentence."""
    out: dict[int, DateExpr] = {}
    anchored = list(dates)
    statements: set[int] = set()
    current: DateExpr | None = None
    lead: DateExpr | None = None  # the first date of the story, when it is in force
    told: DateExpr | None = None  # the day (or few days) the sentence before dates, however long ago
    undated: list[int] = []  # the sentences before the first date that go on with the story
    # the lead and its headline when the lead's only date is that of a statement ("18 civilians were
    # killed ..., a rights group said on Saturday"), and that date: the next dated sentence may tell
    # the day of the happening ("fighters on Thursday attacked the villages")
    said_lead: tuple[list[int], DateExpr] | None = None
    background = _background_starts(_cues_for(text)) if sentences else None
    # the only date of the sentence before, a day of the happening (however long ago): "A week earlier"
    # after "... ambushed a convoy on 2 March" counts from 2 March
    alone: DateExpr | None = None
    j, n = 0, len(dates)
    for s, e in sentences:
        first = j
        dated = 0  # the sentence's dates
        while j < n and dates[j].start < e:
            j += 1
        own = None
        # what a counted date counts from: the nearest single day before it in the sentence, else the
        # first after it (found by a pass back over the sentence's dates), else the date in force
        after: list[DateExpr | None] = [None] * (j - first)
        following = None
        for k in range(j - 1, first - 1, -1):
            after[k - first] = following
            if dates[k].end > s and _single_day(dates[k]):
                following = dates[k]
        before = None
        for k in range(first, j):
            d = anchored[k]
            if d.end <= s or d.date_start is None:
                continue
            dated += 1
            if d.shift is not None:
                if d.shift == NIGHT_AFTER and not _night_after(before, after[k - first], current, published):
                    d = d._replace(shift=NIGHT_BEFORE)
                d = anchored[k] = _count_from(d, before or after[k - first] or current or alone)
                if d.text.rstrip().lower().endswith(("after", "before")):
                    continue  # "two days after the visit": dates the visit, not the story
            elif _single_day(d):
                before = d
            if d.text[:5].lower() == "since" and _SUPERLATIVE_SINCE.search(
                text, max(s, d.start - 100), d.start
            ):
                statements.add(d.start)  # "the deadliest attack since 2007": as a statement's date, it
                continue  # gives way to the date of the happening
            if _in_dateline(text, d):
                statements.add(d.start)  # "August 9, 2025 (EL-OBEID) –": when the report was filed
                continue
            if _is_statement(text, d, s, e):
                statements.add(d.start)
                if current is not None:
                    continue
            own = d
        if undated and lead is None and own is not None:
            # "The attack took place early on Monday": the day of the happening the headline and lead told
            # of without a date (the first recent day after those words, whatever else the sentence dates);
            # "Sunday's attack hit the villages": that day
            said = _happened(text, s, e)
            day = (
                next((d for d in anchored[first:j] if d.start > said.start() and _recent(d, published)), None)
                if said
                else next(
                    (
                        d
                        for d in anchored[first:j]
                        if d.end > s and _recent(d, published) and _DAYS_HAPPENING.match(text, d.end, e)
                    ),
                    None,
                )
            )
            if day is not None:
                for u in undated:
                    out[u] = day
                undated = []
        if said_lead is not None and own is not None:
            lead_sentences, statement = said_lead
            said_lead = None
            if (
                own.start not in statements
                and _recent(own, published)
                and own.date_end is not None
                and statement.date_start is not None
                and own.date_end <= statement.date_start
                and _attacked_in(text, s, e)
            ):
                for u in lead_sentences:
                    out[u] = own
        before_told, told = told, None
        alone = own if own is not None and dated == 1 and _single_day(own) else None
        if own is not None:
            ds, de = own.date_start, own.date_end
            short = ds is not None and de is not None and (de - ds).days < _NARRATIVE_DAYS
            current = own if _recent(own, published) else None
            told = own if short else None
            if lead is None:
                lead = current
                if current is not None:
                    heads = _headline(text, sentences, s)
                    for h in heads:  # the headline tells the lead's story
                        out[h] = current
                    if own.start in statements and s < _LEAD_REACH:
                        said_lead = ([*heads, s], own)
        elif any(anchored[k].end > s and anchored[k].date_start is not None for k in range(first, j)):
            # only statements or counted dates: the date in force stays; and a sentence that speaks of
            # the happening ("bodies lay in the streets after the attack, an official told radio on
            # Friday") is dated by it, not by the statement
            if current is not None and _THE_HAPPENING.search(text, s, e):
                out[s] = current
        elif current is not None and text[s] not in _QUOTE_OPEN and not _background(text, s, e, background):
            out[s] = current
        elif current is not None and text[s] not in _QUOTE_OPEN and _AFTER_THE_HAPPENING.search(text, s, e):
            # "Three days of mourning have been declared after the blast, which injured 225 people": a
            # background sentence that tells more of the happening in force is of its day
            out[s] = current
        elif current is None and before_told is not None and _BACK_REFERENCE.search(text, s, e):
            out[s] = told = before_told  # "On May 6, airstrikes hit X. Three died in those strikes."
        elif (
            lead is None
            and s < _LEAD_REACH
            and text[s] not in _QUOTE_OPEN
            and not _background(text, s, e, background)
        ):
            undated.append(s)
    return anchored, out, frozenset(statements)


def _cues_for(text: str) -> dict[str, list[int]] | None:
    """Where each cue word starts a word (``nearby.cue_starts``; None when a letter that re.IGNORECASE takes
    for another, "ſ" for s, is in the text: the lower-cased text then holds no word the pattern may match)."""
    if any(c in text for c in FOLDS_BEYOND_LOWER):
        return None
    return cue_starts(text)


def _background_starts(cues: dict[str, list[int]] | None) -> list[int] | None:
    """Where a word of ``BACKGROUND_WORDS`` starts a word (``cues``: ``_cues_for``), in order, once for the
    text; None without the cue pass."""
    if cues is None:
        return None
    return sorted({i for word in BACKGROUND_WORDS for i in cues.get(word, ())})


def _background(text: str, s: int, e: int, starts: list[int] | None) -> bool:
    """``_BACKGROUND.search(text, s, e)``, tried only where one of its words starts a word (``starts``:
    :func:`_background_starts`): each match starts at one of them."""
    if starts is None:
        return bool(_BACKGROUND.search(text, s, e))
    k = bisect_left(starts, s)
    while k < len(starts) and starts[k] < e:
        if _BACKGROUND.match(text, starts[k], e):
            return True
        k += 1
    return False


# A photo's caption between a headline and its lead: "Photo: Raneen Sawafta/Reuters", "[File: ...]"
_CAPTION: Final = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Cc]redit)s?\s*:|\[[Ff]ile:|\b[Ff]ile\s+photo\b|Getty\s+Images|"
    r"/(?:Reuters|AFP|AP|EPA|Anadolu)\b"
)
_LEAD_REACH: Final = (
    1000  # characters from the text's start within which the lead's date reaches back to its headline
)


def _headline(text: str, sentences: list[tuple[int, int]], lead: int) -> list[int]:
    """The starts of the headline's sentences, when the sentence at ``lead`` (the first dated one) comes
    right after it: a first block of lines, none ending with a stop, before a paragraph break."""
    brk = PARAGRAPH_BREAK.search(text, 0, min(lead, _LEAD_REACH))
    if brk is not None:
        head_end, between = brk.start(), text[brk.end() : lead]
        if ("\n\n" in between or "\n \n" in between) and not all(
            _CAPTION.search(p) for p in re.split(r"\n[ \t]*\n", between.strip()) if p.strip()
        ):
            return []  # the lead is not the first paragraph after it (a photo's caption between does not count)
    else:
        # a headline on the first line, the lead on the next (or after a photo's caption line)
        head_end = text.find("\n", 0, min(lead, _LEAD_REACH))
        if head_end < 0 or not all(
            _CAPTION.search(line) for line in text[head_end:lead].split("\n") if line.strip()
        ):
            return []  # no headline line
        head_end = lead  # (a line without a stop and the caption after it may be read as one sentence)
    head = [(s, e) for s, e in sentences if e <= head_end]
    if not head or any(text[s:e].rstrip().endswith((".", "?", "!", ":")) for s, e in head):
        return []
    if _BACKGROUND.search(text, 0, head_end):
        return []
    return [s for s, _ in head]


def _attacked_in(text: str, s: int, e: int) -> bool:
    """Whether the sentence ``s``..``e`` tells of an attack in the simple past (not "had attacked")."""
    for m in _ATTACKED.finditer(text, s, e):
        if not _HAD_BEFORE.search(text, max(s, m.start() - 24), m.start()):
            return True
    return False


def _recent(d: DateExpr, published: date | None) -> bool:
    """Whether ``d`` is a day or a few days, not long before publication (a date the story goes on with)."""
    ds, de = d.date_start, d.date_end
    return (
        ds is not None
        and de is not None
        and published is not None
        and (de - ds).days < _NARRATIVE_DAYS
        and -1 <= (published - ds).days <= _RECENT_DAYS
    )


def _single_day(d: DateExpr) -> bool:
    return d.shift is None and d.date_start is not None and d.date_start == d.date_end


def _night_after(
    before: DateExpr | None, after: DateExpr | None, current: DateExpr | None, published: date | None
) -> bool:
    """Whether "continued overnight" counts the night after its day: when that day is told before it (its
    sentence's day before it, else the date in force when none comes after it in the sentence) and is
    before publication. "Continued overnight, officials said on Monday", or in a report of the day: the
    night before."""
    anchor = before if before is not None else (current if after is None else None)
    return (
        anchor is not None
        and anchor.date_start is not None
        and published is not None
        and anchor.date_start < published
    )


def _count_from(d: DateExpr, anchor: DateExpr | None) -> DateExpr:
    """``d`` counted from the day of ``anchor`` (as it is without one, or when the anchor is no single day)."""
    if anchor is None or d.shift is None or anchor.date_start is None or anchor.date_start != anchor.date_end:
        return d
    day = anchor.date_start
    return d._replace(date_start=day + timedelta(days=d.shift[0]), date_end=day + timedelta(days=d.shift[1]))


# Said, told ... right before the date: "said on Monday", "told AFP on Monday", "confirmed the attack Monday".
_SAID_VERBS: Final = (
    "said",
    "says",
    "told",
    "announced",
    "confirmed",
    "reported",
    "stated",
    "added",
    "claimed",
    "denied",
    "warned",
    "tweeted",
    "wrote",
)
_SAID_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(_SAID_VERBS)})\s+"
    r"(?:(?:the|a|an|it|this|that|reporters|journalists|[A-Z][\w.]*)\s+)?"
    # ... "said 60-year-old Sonise Mirano on Sunday": who said, by name
    r"(?:(?:\d+-year-old\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?=on\s+$|$))?"
    # ... "told Magik 9 radio station on Friday"
    r"(?:(?:[A-Z0-9][\w.]*\s+){0,2}(?:(?:radio|television|TV|news|state|local)\s+){0,2}(?:station|channel|"
    r"agency|newspaper|broadcaster|outlet|website|media)\s+)?"
    # ... "told Reuters by phone on Tuesday", "said in a statement on Monday", "said on Afaq TV Monday"
    r"(?:(?:by\s+(?:tele)?phone|in\s+an?\s+(?:interview|statement)|on\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:TV|television|radio))\s+)?"
    r"(?:[a-z]+\s+)?(?:late\s+|early\s+)?(?:on\s+)?$"
)
# A sentence that opens with its date, then who said: "On Saturday, the ministry said that ...".
_SAID_AFTER: Final = re.compile(
    r",?\s+(?:[\w'’()-]+\s+){1,6}?(?:said|says|told|announced|confirmed|reported|stated|claimed)\b"
)
_SAID_WINDOW: Final = 60
_OPENING: Final = re.compile(r"[\s\"“‘']*(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ater|[Ee]arlier)\s+)*")
_OPENING_WIDTH: Final = 20


# A dateline's date: at the start of a line, or after the place in capitals ("KYIV, May 3 (Reuters) -"),
# and followed by the dateline's dash (maybe after the place or agency in brackets)
_DATELINE_BEFORE: Final = re.compile(r"[A-Z][A-Z .'’-]{1,40},[ \t]*")
_DATELINE_DASH: Final = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[—–-][ \t]")


def _in_dateline(text: str, d: DateExpr) -> bool:
    """Whether ``d`` is the date of a dateline: when the report was filed, not when anything happened."""
    lo = max(0, d.start - 60)  # (a dateline's place is short: the look back is bounded, as every look here)
    newline = text.rfind("\n", lo, d.start)
    if newline < 0 and lo > 0:
        return False
    line = newline + 1
    if line < d.start and not _DATELINE_BEFORE.fullmatch(text, line, d.start):
        return False
    return bool(_DATELINE_DASH.match(text, d.end, d.end + 50))


def _is_statement(text: str, d: DateExpr, sent_start: int, sent_end: int) -> bool:
    """Whether ``d`` dates a statement about the news rather than the news: a speech verb right before it,
    or a sentence that opens with the date and goes on to who said (each a bounded look around it)."""
    lo = max(sent_start, d.start - _SAID_WINDOW)
    before = text[lo : d.start]
    # (the pattern is searched only where one of its verbs is: most dates have none before them)
    if any(verb in before for verb in _SAID_VERBS) and _SAID_BEFORE.search(text, lo, d.start):
        return True
    opening = d.start - sent_start <= _OPENING_WIDTH and _OPENING.fullmatch(text, sent_start, d.start)
    return bool(opening) and bool(_SAID_AFTER.match(text, d.end, min(sent_end, d.end + _SAID_WINDOW)))


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
