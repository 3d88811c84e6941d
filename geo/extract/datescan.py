"""Find the date expressions of a text in linear time: a prefilter finds the few places where one can
start (trigger words such as month names and years, and the lead words right before them), and only
there are the rules of ``dategrammar`` tried, only those that can start with the character found."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Final

import ahocorasick

from geo.extract.dategrammar import RULES, SKIP, WEEKDAY, DateExpr, Rule
from geo.extract.openings import digit_shape, may_open, openings
from geo.extract.spaced import after_letter, spaced, word_at

_HANDLERS: Final = {rule.name: rule.handler for rule in RULES}  # by the name of the group that matched


def _table(rules: Sequence[Rule]) -> re.Pattern:
    """One pattern of ``rules``, each a named group, tried in order. Every expression starts a word: the
    lookahead rejects other positions at once."""
    return re.compile(r"(?=\b\w)(?:" + "|".join(f"(?P<{r.name}>{r.pattern})" for r in rules) + ")")


# The whole table; the scan tries at each word start only the part of it that can start there (_scanner_for).
SCANNER: Final = _table(RULES)


@lru_cache(maxsize=256)
def _scanner_for(first: str) -> re.Pattern | None:
    """The table of the rules that can start with ``first`` ("in 2015" tries two, not all), in table order."""
    rules = [rule for rule in RULES if first in rule.starts]
    return _table(rules) if rules else None


# The first words each rule's match can begin with, read off its pattern: "on" is tried with the few rules
# that can begin with "on", not with every rule beginning with "o"
_OPENINGS: Final = {rule.name: openings(rule.pattern) for rule in RULES}


@lru_cache(maxsize=4096)
def _scanner_for_word(word: str) -> re.Pattern | None:
    """The table of the rules that can start with ``word`` (ASCII, as the text has it), in table order."""
    lower = word.lower()
    names = tuple(
        rule.name for rule in RULES if word[0] in rule.starts and may_open(_OPENINGS[rule.name], lower)
    )
    return _table_of(names) if names else None


# ... and the numbers each rule's match can begin with, their digits read as "0": "2015" is not tried with the
# rules of a day of the month ("15 March"), nor "15" with those of a year
_NUMBER_OPENINGS: Final = {
    rule.name: openings(rule.pattern, digits=True) for rule in RULES if "0" in rule.starts
}


@lru_cache(maxsize=4096)
def _scanner_for_number(shape: str) -> re.Pattern | None:
    """The table of the rules that can start with a word of this :func:`digit_shape` ("0000", "00th")."""
    names = tuple(rule.name for rule, starts in _NUMBER_RULES if may_open(starts, shape))
    return _table_of(names) if names else None


_NUMBER_RULES: Final = [(rule, _NUMBER_OPENINGS[rule.name]) for rule in RULES if "0" in rule.starts]


@lru_cache(maxsize=256)
def _table_of(names: tuple[str, ...]) -> re.Pattern:
    return _table([rule for rule in RULES if rule.name in names])


def find_dates(
    text: str, published: date | None, until: int | None = None, cues: dict[str, list[int]] | None = None
) -> list[DateExpr]:
    """All temporal expressions in ``text`` in order, each normalised (or left unresolved). With ``until``,
    reading stops where no more can start before it: those that do are the same, later ones may be left out.
    ``cues``: where each word starts a word in the lower-cased text, as ``nearby.cue_starts`` gives it (its
    words hold :data:`TRIGGER_KEYS`): the trigger words are read off it instead of a pass of their own."""
    out: list[DateExpr] = []
    prev = None  # the last expression with a date: "that same day" takes it
    for m in _scan(text, until, cues):
        kind = m.lastgroup or ""  # (every alternative of the pattern is a named group)
        try:
            span = _HANDLERS[kind](m, published, prev)
        except ValueError:  # "February 30": not a date
            continue
        if span is SKIP:
            continue
        start, end, precision, *shift = span if span else (None, None, None)
        # (made as the named tuple's generated constructor makes it, which the compiled build calls as Python)
        expr = tuple.__new__(
            DateExpr, (m.start(), m.end(), m.group(), start, end, precision, shift[0] if shift else None)
        )
        if out and precision == "day" and expr.shift is None and _names_its_weekday(text, out[-1], expr):
            # "on Tuesday, October 17": one expression, dated by the explicit day, not last Tuesday ...
            named = out[-1].date_start
            if start and named and start.weekday() != named.weekday() and start.day == named.day:
                # ... unless only its month slipped: "On Monday, June 8" in a story of Monday 8 July is that
                # Monday (the weekday and the day of the month agree on it; June 8 was a Saturday)
                start = end = named
            expr = DateExpr(out[-1].start, expr.end, text[out[-1].start : expr.end], start, end, precision)
            out.pop()
        out.append(expr)
        if start:
            prev = out[-1]
    return _spans(text, out, published)


_SINCE: Final = re.compile(r"\b[Ss]ince\s+$")
_SPAN_OPEN: Final = re.compile(r"\b(?:(?P<between>[Bb]etween)|[Ff]rom)\s+$")
_SPAN_OPENS: Final = re.compile(r"(?:(?P<between>[Bb]etween)|[Ff]rom)\s")
_SPAN_JOIN: Final = {
    "between": re.compile(r"\s+(?:and|&)\s+$"),
    "from": re.compile(r"\s*(?:to|until|till|through|-|–)\s*$"),
}
_LOOK_BACK: Final = 9  # enough for "between " and "since " before an expression


def _spans(text: str, found: list[DateExpr], published: date | None) -> list[DateExpr]:
    """Join the expressions that make one span: "since Thursday" runs from Thursday to publication,
    "between May 3 and June 1" and "from October 2 to October 9" from the first to the second. The rules
    read each date alone; the words around them (a few characters back, the gap to the next) say how
    they combine. One pass: each expression is looked at once, and joins at most the next one."""
    out: list[DateExpr] = []
    i, n = 0, len(found)
    while i < n:
        d = found[i]
        back = max(0, d.start - _LOOK_BACK)
        if d.date_start is not None and d.date_end is not None:
            since = _SINCE.search(text, back, d.start)
            if since and published is not None and d.date_start <= published:
                out.append(
                    DateExpr(
                        since.start(), d.end, text[since.start() : d.end], d.date_start, published, "range"
                    )
                )
                i += 1
                continue
            # "between May 3 and", or "from June to" where the rule read "from" as the month's cue
            opened = _SPAN_OPEN.search(text, back, d.start) or _SPAN_OPENS.match(text, d.start, d.end)
            if opened and i + 1 < n:
                e = found[i + 1]
                join = _SPAN_JOIN["between" if opened.group("between") else "from"]
                if (
                    e.date_end is not None
                    and d.date_start <= e.date_end
                    and d.end <= e.start
                    and e.start - d.end <= 12
                    and join.match(text, d.end, e.start)
                ):
                    a = opened.start()
                    out.append(DateExpr(a, e.end, text[a : e.end], d.date_start, e.date_end, "range"))
                    i += 2
                    continue
        out.append(d)
        i += 1
    return out


def _names_its_weekday(text: str, before: DateExpr, expr: DateExpr) -> bool:
    return bool(_WEEKDAY_ONLY.match(before.text)) and bool(_WEEKDAY_GAP.match(text, before.end, expr.start))


_WEEKDAY_ONLY: Final = re.compile(rf"{WEEKDAY}$")
# "Tuesday, October 17", "Monday (Oct. 16)". The first space is possessive: all the space before "(" is
# its, and a long run of spaces followed by something else is not tried at every split (quadratic).
_WEEKDAY_GAP: Final = re.compile(r",?\s*+\(?\s*$")


# Every rule's match holds a word that starts with one of these.
TRIGGER_WORDS: Final = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Yesterday",
    "yesterday",
    "Today",
    "today",
    "Tonight",
    "tonight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "ago",
    "Since",
    "since",
    "same",
    "time",
    "quarter",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "day",
    "days",
    "hours",
    "Hours",
    "Overnight",
    "overnight",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
]


def _by_first_letter(words: list[str]) -> str:
    """ "day|days|week" as "d(?:ays|ay)|w(?:eek)": re tries each first letter once; longer words first."""
    rests: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())


# A trigger word where it begins: at the text's start (the automaton below finds the others, each after the
# space before it) and in a lead word ("lateFebruary")
_TRIGGER_WORD: Final = re.compile(_by_first_letter(TRIGGER_WORDS) + r"|19\d\d|20\d\d")


_YEARS: Final = [str(year) for year in range(1900, 2100)]


def _trigger_starts() -> ahocorasick.Automaton:
    """The trigger words (and the years 1900-2099), each after a space, for the spaced copy of a text
    (:mod:`spaced`): one pass finds them all where they start a word."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for word in [*TRIGGER_WORDS, *_YEARS]:
        automaton.add_word(f" {word}")
    automaton.make_automaton()
    return automaton


_TRIGGER_STARTS: Final = _trigger_starts()


def _by_key(words: list[str]) -> dict[str, tuple[str, ...]]:
    """The trigger words (and years) by their lower case ("may": "May"; "today": "Today", "today")."""
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        out[word.lower()] = (*out.get(word.lower(), ()), word)
    return out


_TRIGGERS_BY_KEY: Final = _by_key([*TRIGGER_WORDS, *_YEARS])
# The words that the cue pass of a whole text (nearby.cue_starts) must find for _triggers_in
TRIGGER_KEYS: Final = frozenset(_TRIGGERS_BY_KEY)
# Trigger words no pattern starts with: they come after a lead word ("last year", "two days ago").
_NEVER_FIRST: Final = frozenset(
    [
        "night",
        "morning",
        "afternoon",
        "evening",
        "ago",
        "same",
        "time",
        "quarter",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
    ]
)
_WINDOW: Final = 45
# Words that may come before a pattern's first trigger word ("in 2015", "the past two weeks", "early-March",
# "the 1990s", "12th of May"); numbers, and words holding a trigger ("lateFebruary 2016"), count too.
# A pattern that can start with another word must add it here.
_LEAD_WORDS: Final = frozenset(
    [
        "a",
        "all",
        "an",
        "and",
        "at",
        "after",
        "before",
        "beginning",
        "between",
        "by",
        "during",
        "early",
        "earlier",
        "end",
        "few",
        "following",
        "from",
        "in",
        "last",
        "late",
        "later",
        "mid",
        "middle",
        "next",
        "of",
        "on",
        "past",
        "previous",
        "several",
        "start",
        "that",
        "the",
        "this",
        "through",
        "throughout",
        "till",
        "to",
        "until",
        "over",
        "hours",
        "small",
        "wee",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
)


def _scan(text: str, until: int | None = None, cues: dict[str, list[int]] | None = None) -> list[re.Match]:
    """Matches of the date patterns, as ``SCANNER.finditer`` would find them in windows around trigger words
    (up to the first window that starts at or after ``until``).

    An expression starts at its trigger word or at a lead word right before it, so the pattern table is
    tried only at those word starts, not at every position of the window.
    """
    n = len(text)
    until = n if until is None else until
    out: list[re.Match] = []
    window_start = window_end = -1
    starts: list[int] = []
    last_q = -1  # the trigger before, in this window: the lead words before it are in ``starts`` already
    for q, q_end in _triggers(text) if cues is None else _triggers_in(text, cues):
        a = q - _WINDOW if q > _WINDOW else 0
        if a > window_end:
            _match_at(text, starts, min(window_end, n), out)
            if a >= until:  # no match in this window or a later one starts before it
                return out
            window_start, starts, last_q = a, [], -1
        window_end = q_end + _WINDOW
        if text[q:q_end] not in _NEVER_FIRST:
            starts.append(q)
        _lead_starts(text, q, window_start, starts, last_q)
        last_q = q
    _match_at(text, starts, min(window_end, n), out)
    return out


def _triggers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the trigger words that start a word, in order, found as they are asked for: where
    several start at the same place ("week", "weeks", "weekend"), the longest, as ``_TRIGGER_WORD`` takes
    it (its words of one first letter go longest first)."""
    if t := _TRIGGER_WORD.match(text):
        yield t.span()
    start = end = -1  # the longest word yet at the start being read (end -1: none there starts a word)
    for last, size in _TRIGGER_STARTS.iter(spaced(text)):
        i = last - size + 2  # where the word starts, after its space
        if i != start:  # (the words of one start come one after another, shortest first)
            if end >= 0:
                yield start, end
            start = i
            if after_letter(text, i):
                end = -1
                continue
        elif end < 0:
            continue
        end = last + 1
    if end >= 0:
        yield start, end


def _triggers_in(text: str, cues: dict[str, list[int]]) -> list[tuple[int, int]]:
    """``_triggers``, read off ``cues`` (where each of :data:`TRIGGER_KEYS` starts a word in the lower-cased
    text, none right after a letter beyond ASCII: as ``_triggers`` finds them, case aside), each checked for
    its case. The text's first word is read as ``_triggers`` reads it."""
    ends: dict[int, int] = {}  # start -> end of the longest trigger word there
    if t := _TRIGGER_WORD.match(text):
        ends[0] = t.end()
    for key, found in cues.items():
        words = _TRIGGERS_BY_KEY.get(key)
        if words is None:
            continue  # a cue of another scan
        for i in found:
            if i:
                for word in words:
                    if text.startswith(word, i) and i + len(word) > ends.get(i, -1):
                        ends[i] = i + len(word)
    return sorted(ends.items())


def _match_at(text: str, starts: list[int], end: int, out: list[re.Match]) -> None:
    """Add the leftmost non-overlapping matches beginning at one of ``starts``, none reaching past ``end``."""
    pos = 0
    for p in sorted(set(starts)):
        if p >= pos:
            first = text[p]
            if first.isdecimal():
                word = word_at(text, p)
                scanner = _scanner_for_number(digit_shape(word)) if word.isascii() else _scanner_for("0")
            else:
                word = word_at(text, p)
                scanner = _scanner_for_word(word) if word and word.isascii() else _scanner_for(first)
            if scanner and (m := scanner.match(text, p, end)):
                out.append(m)
                pos = m.end()


def _lead_starts(text: str, q: int, lo: int, starts: list[int], stop: int = -1) -> None:
    """Add the starts of the lead words right before ``q`` (not before ``lo``) to ``starts``.

    ``stop`` is the trigger before ``q`` in the same window, whose lead words are in ``starts`` already: the
    words before it are the same whichever trigger they are read back from, so the reading stops there
    (a trigger word is a lead word, and every word is a stop on the way back). Without it a long chain of
    lead words and triggers ("12 2017 34 2018 ...", "January February ...") was read back to its start
    from each trigger, and each start added again: quadratic time and memory."""
    while q > lo and q != stop:
        space = text.rfind(" ", lo, q - 1)
        if space >= 0 and text[q - 1] == " " and text[space + 1 : q - 1].isalnum():
            k, j = space + 1, q - 1  # one space before, and a word after the space before that: most often
        else:
            j = q
            while j > lo and not text[j - 1].isalnum():
                j -= 1
            k = j
            while k > lo and text[k - 1].isalnum():
                k -= 1
        if k == j or not _is_lead_word(text[k:j]):
            return
        starts.append(k)
        q = k


@lru_cache(maxsize=4096)
def _is_lead_word(word: str) -> bool:
    if _TRIGGER_WORD.search(word):
        return True
    word = word.lower()
    if word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit():  # "12th of May"
        word = word[:-2]
    return word in _LEAD_WORDS or word.isdigit()
