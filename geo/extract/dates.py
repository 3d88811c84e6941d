"""Find temporal expressions and normalise each to an inclusive date interval with a precision.

Relative expressions ("Tuesday", "last month", "On Nov. 3") are read against the article's publication
date: a weekday or a day without a year is the latest one on or before publication. Without a
publication date, explicit dates still resolve and relative ones stay unresolved (dates None): a date
is never invented. "That same day" takes the date of the expression before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from geo.extract.lexicon import MONTHS, WEEKDAYS


# A named tuple, immutable: one is made per expression, three times faster than a frozen dataclass.
class DateExpr(NamedTuple):
    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: str | None


_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WDA = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_YEAR = r"(?:19|20)\d{2}"
_ORD = r"(?:st|nd|rd|th)?"
_PART = r"(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
_UNIT = r"(?:day|week|month|year)s?"
# "may" the verb and "march" the verb are lower case; "May"/"March" alone still need a cue to be months.
_MONTH_CUE = r"(?:in|on|since|until|till|by|from|through|throughout|during|of|early|mid|late|last|next|this|before|after)"

PATTERNS = [
    ("iso", rf"\b(?P<iso_y>{_YEAR})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})\b"),
    (
        "since_start",
        rf"\b[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?P<ss_mon>{_MON})(?:,?\s+(?P<ss_y>{_YEAR}))?\b",
    ),
    (
        "part_range",
        rf"\b(?P<pr_p1>early|mid|late)[- ](?P<pr_m1>{_MON})\s+(?:and|to|through|until|-)\s+(?P<pr_p2>early|mid|late)[- ](?P<pr_m2>{_MON})(?:,?\s+(?P<pr_y>{_YEAR}))?\b",
    ),
    (
        "mdy",
        rf"(?:\b(?:{_WD}|{_WDA}),?\s+)?\b(?P<mdy_mon>{_MON})\s+(?P<mdy_d>\d{{1,2}}){_ORD},?\s+(?P<mdy_y>{_YEAR})\b",
    ),
    (
        "dmy",
        rf"(?:\b(?:{_WD}|{_WDA}),?\s+)?\b(?P<dmy_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dmy_mon>{_MON}),?\s+(?P<dmy_y>{_YEAR})\b",
    ),
    ("md", rf"\b(?P<md_mon>{_MON})\s+(?P<md_d>\d{{1,2}}){_ORD}\b(?![,.]?\d)"),
    ("dm", rf"\b(?P<dm_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm_mon>{_MON})\b"),
    (
        "my",
        rf"\b(?:(?P<my_p>{_PART})[- ]?\s*)?(?P<my_mon>{_MON}),?\s+(?P<my_y>{_YEAR})\b",
    ),
    (
        "season",
        rf"\b(?P<se_s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<se_y>{_YEAR})\b",
    ),
    ("year_part", rf"\b(?P<yp_p>early|mid|late)[- ](?P<yp_y>{_YEAR})\b"),
    ("since_year", rf"\b[Ss]ince\s+(?P<sy_y>{_YEAR})\b(?![,.]?\d|\s*%)"),
    (
        "year",
        rf"\b(?:[Ii]n|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hroughout|[Oo]f|[Bb]efore|[Aa]fter|[Ee]nd\s+of|[Ss]tart\s+of)\s+(?:the\s+year\s+)?(?P<y_y>{_YEAR})\b(?![,.]?\d|\s*%)",
    ),
    ("decade", r"\bthe\s+(?P<dc_y>(?:19|20)\d0)s\b"),
    (
        "wd_range",
        rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<wr_1>{_WD})\s+(?:to|until|through|and|-)\s+(?P<wr_2>{_WD})\b",
    ),
    ("weekday", rf"(?:\b(?P<wd_last>last|this\s+past)\s+)?\b(?P<wd>{_WD})\b"),
    (
        "quarter",
        r"\b(?P<q_since>[Ss]ince\s+)?(?:the\s+)?(?P<q_which>[Ll]ast|[Tt]his|previous)\s+quarter\b",
    ),
    (
        "month_rel",
        r"\b(?P<mr_early>[Ee]arlier\s+|[Ll]ater\s+|[Ll]ate\s+|[Ee]arly\s+)?(?P<mr_which>[Tt]his|[Ll]ast)\s+(?P<mr_unit>month|week|year)\b",
    ),
    ("day_rel", r"\b(?P<dr>[Yy]esterday|[Tt]oday|[Tt]onight|last\s+night)\b"),
    ("ago", rf"\b(?P<ago_n>{_NUM})\s+(?P<ago_u>{_UNIT})\s+ago\b"),
    (
        "past_n",
        rf"\b(?:the\s+)?(?:past|last)\s+(?P<pn_n>{_NUM}\s+)?(?P<pn_u>{_UNIT})\b",
    ),
    (
        "same_day",
        r"\b(?P<sd>[Tt]hat\s+same\s+day|[Tt]he\s+same\s+day|[Tt]hat\s+day|[Tt]he\s+(?:next|following)\s+day|[Aa]\s+day\s+later|[Tt]he\s+day\s+before|[Aa]t\s+(?:that|the)\s+time)\b",
    ),
    (
        "month",
        rf"(?:\b(?P<mo_cue>{_MONTH_CUE})\s+(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?)?\b(?P<mo>{_MON})(?![.\w])(?!\.?,?\s+\d)",
    ),
]
# The whole table. Every expression starts a word: the lookahead rejects other positions at once. The scan
# tries at each word start only the part of the table that can start there (_scanner_for).
_SCANNER = re.compile(r"(?=\b\w)(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in PATTERNS) + ")")
# The characters each kind of expression can start with ("0" stands for any digit), read off its pattern:
# at a word start only the kinds that can start there are tried ("in 2015" tries two kinds, not all).
STARTS = {
    "iso": "0",
    "since_start": "Ss",
    "part_range": "eml",
    "mdy": "MTWFSJAOND",  # weekday or month
    "dmy": "MTWFS0",
    "md": "JFMASOND",
    "dm": "0",
    "my": "emltJFMASOND",
    "season": "safw",
    "year_part": "eml",
    "since_year": "Ss",
    "year": "IiDdUuBbFfTtOoAaEeSs",
    "decade": "t",
    "wd_range": "FfBb",
    "weekday": "ltMTWFS",
    "quarter": "SstLlTp",
    "month_rel": "EeLlTt",
    "day_rel": "YyTtl",
    "ago": "0aotfsen",
    "past_n": "tpl",
    "same_day": "TtAa",
    "month": "iosutbfdemlnaJFMASOND",  # a cue word or the month
}
assert set(STARTS) == {name for name, _ in PATTERNS}


@lru_cache(maxsize=256)
def _scanner_for(first: str) -> re.Pattern | None:
    """The table of the kinds of expression that can start with ``first``, in table order."""
    kinds = [(name, rx) for name, rx in PATTERNS if first in STARTS[name]]
    if not kinds:
        return None
    return re.compile(r"(?=\b\w)(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in kinds) + ")")


_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
}


def find_dates(text: str, published: date | None, until: int | None = None) -> list[DateExpr]:
    """All temporal expressions in ``text`` in order, each normalised (or left unresolved). With ``until``,
    reading stops where no more can start before it: those that do are the same, later ones may be left out."""
    out: list[DateExpr] = []
    prev = None  # the last expression with a date: "that same day" takes it
    for m in _scan(text, until):
        kind = m.lastgroup or ""  # (every alternative of the pattern is a named group)
        if kind == "month" and not _is_month(m):
            continue
        try:
            span = _HANDLERS[kind](m, published, prev)
        except ValueError:  # "February 30": not a date
            continue
        if span is _SKIP:
            continue
        start, end, precision = span if span else (None, None, None)
        expr = DateExpr(*m.span(), m.group(), start, end, precision)
        if out and precision == "day" and _names_its_weekday(text, out[-1], expr):
            # "on Tuesday, October 17": one expression, dated by the explicit day, not last Tuesday.
            expr = DateExpr(out[-1].start, expr.end, text[out[-1].start : expr.end], start, end, precision)
            out.pop()
        out.append(expr)
        if start:
            prev = out[-1]
    return out


def _names_its_weekday(text: str, before: DateExpr, expr: DateExpr) -> bool:
    return bool(_WEEKDAY_ONLY.match(before.text)) and bool(_WEEKDAY_GAP.match(text, before.end, expr.start))


_WEEKDAY_ONLY = re.compile(rf"{_WD}$")
# "Tuesday, October 17", "Monday (Oct. 16)". The first space is possessive: all the space before "(" is
# its, and a long run of spaces followed by something else is not tried at every split (quadratic).
_WEEKDAY_GAP = re.compile(r",?\s*+\(?\s*$")

_SKIP = object()
# Every pattern holds a word that starts with one of these.
TRIGGER_WORDS = [
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
    "ago",
    "Since",
    "since",
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


_TRIGGER_WORD = re.compile(_by_first_letter(TRIGGER_WORDS) + r"|19\d\d|20\d\d")
# A trigger after a space. It is looked for in a one-byte copy of the text where every non-word character
# is a space (see _triggers): re skips from space to space much faster than it tests for \W or \b.
_TRIGGER = re.compile(f" (?:{_TRIGGER_WORD.pattern})".encode())
_NON_WORD_TO_SPACE = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)
# Trigger words no pattern starts with: they come after a lead word ("last year", "two days ago").
_NEVER_FIRST = frozenset(
    [
        "night",
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
_WINDOW = 45
# Words that may come before a pattern's first trigger word ("in 2015", "the past two weeks", "early-March",
# "the 1990s", "12th of May"); numbers, and words holding a trigger ("lateFebruary 2016"), count too.
# A pattern that can start with another word must add it here.
_LEAD_WORDS = frozenset(
    [
        "a",
        "an",
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
        "until",
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


def _scan(text: str, until: int | None = None) -> list[re.Match]:
    """Matches of the date patterns, as ``_SCANNER.finditer`` would find them in windows around trigger words
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
    for q, q_end in _triggers(text):
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
    """(start, end) of the trigger words that start a word, in order, found as they are asked for."""
    if t := _TRIGGER_WORD.match(text):
        yield t.span()
    # Non-ASCII characters turn into spaces too (through "?" beyond Latin-1); those that are letters are not
    # word breaks, so a trigger after one is dropped.
    spaced = text.encode("latin-1", "replace").translate(_NON_WORD_TO_SPACE)
    for b in _TRIGGER.finditer(spaced):
        space, end = b.span()
        before = text[space]
        if before < "\x80" or not (before.isalnum() or before == "_"):
            yield space + 1, end


def _match_at(text: str, starts: list[int], end: int, out: list[re.Match]) -> None:
    """Add the leftmost non-overlapping matches beginning at one of ``starts``, none reaching past ``end``."""
    pos = 0
    for p in sorted(set(starts)):
        if p >= pos:
            first = text[p]
            scanner = _scanner_for("0" if first.isdecimal() else first)
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


def _is_month(m: re.Match) -> bool:
    word = m.group("mo")
    if word[0].islower():
        return False
    if word in ("May", "March", "Mar", "Jan", "Jun", "Sat", "Sun") or len(word) <= 4:
        return bool(m.group("mo_cue"))  # "May" alone is the verb; "Mar" alone is not a month
    return True


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".")]


def _month_span(y: int, mo: int) -> tuple[date, date]:
    nxt = date(y + (mo == 12), mo % 12 + 1, 1)
    return date(y, mo, 1), nxt - timedelta(days=1)


def _latest_month(mo: int, pub: date) -> int:
    return pub.year if mo <= pub.month else pub.year - 1


def _latest_day(mo: int, d: int, pub: date) -> date:
    candidate = date(pub.year, mo, d) if (mo, d) <= (pub.month, pub.day) else None
    return candidate or date(pub.year - 1, mo, d)


def _latest_weekday(wd: int, pub: date) -> date:
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def _part(p: str | None, first: date, last: date) -> tuple[date, date, str]:
    """ "early"/"mid"/"late" thirds of a period; the start/end of a period is its first/last days."""
    if not p:
        return first, last, "month" if (last - first).days < 31 else "year"
    span = (last - first).days + 1
    if p.startswith("early") or "start" in p or "beginning" in p:
        return first, first + timedelta(days=span // 3 - 1), "range"
    if p.startswith("mid") or "middle" in p:
        return (
            first + timedelta(days=span // 3),
            first + timedelta(days=2 * span // 3 - 1),
            "range",
        )
    return first + timedelta(days=2 * span // 3), last, "range"


def _iso(m, pub, prev):
    d = date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    return d, d, "day"


def _since_start(m, pub, prev):
    mo = _month(m.group("ss_mon"))
    if m.group("ss_y"):
        y = int(m.group("ss_y"))
    elif pub:
        y = _latest_month(mo, pub)
    else:
        return None
    end = pub if pub else _month_span(y, mo)[1]
    return date(y, mo, 1), end, "range"


def _part_range(m, pub, prev):
    m1, m2 = _month(m.group("pr_m1")), _month(m.group("pr_m2"))
    if m.group("pr_y"):
        y2 = int(m.group("pr_y"))
    elif pub:
        y2 = _latest_month(m2, pub)
    else:
        return None
    y1 = y2 if m1 <= m2 else y2 - 1
    a = _part(m.group("pr_p1"), *_month_span(y1, m1))[0]
    b = _part(m.group("pr_p2"), *_month_span(y2, m2))[1]
    return a, b, "range"


def _mdy(m, pub, prev):
    d = date(int(m.group("mdy_y")), _month(m.group("mdy_mon")), int(m.group("mdy_d")))
    return d, d, "day"


def _dmy(m, pub, prev):
    d = date(int(m.group("dmy_y")), _month(m.group("dmy_mon")), int(m.group("dmy_d")))
    return d, d, "day"


def _md(m, pub, prev):
    mo, d = _month(m.group("md_mon")), int(m.group("md_d"))
    if m.group("md_mon") in ("May", "March") and d > 31:
        return _SKIP
    if not pub:
        return None
    day = _latest_day(mo, d, pub)
    return day, day, "day"


def _dm(m, pub, prev):
    mo, d = _month(m.group("dm_mon")), int(m.group("dm_d"))
    if not pub:
        return None
    day = _latest_day(mo, d, pub)
    return day, day, "day"


def _my(m, pub, prev):
    return _part(m.group("my_p"), *_month_span(int(m.group("my_y")), _month(m.group("my_mon"))))


def _season(m, pub, prev):
    y = int(m.group("se_y"))
    first_month = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[m.group("se_s")]
    start = date(y, first_month, 1)
    end = _month_span(y + (first_month == 12), (first_month + 1) % 12 + 1)[1]
    return start, end, "range"


def _year_part(m, pub, prev):
    y = int(m.group("yp_y"))
    return _part(m.group("yp_p"), date(y, 1, 1), date(y, 12, 31))


def _since_year(m, pub, prev):
    y = int(m.group("sy_y"))
    return date(y, 1, 1), pub or date(y, 12, 31), "range"


def _year(m, pub, prev):
    y = int(m.group("y_y"))
    return date(y, 1, 1), date(y, 12, 31), "year"


def _decade(m, pub, prev):
    y = int(m.group("dc_y"))
    return date(y, 1, 1), date(y + 9, 12, 31), "range"


def _wd_range(m, pub, prev):
    if not pub:
        return None
    end = _latest_weekday(WEEKDAYS[m.group("wr_2")], pub)
    start = end - timedelta(days=(end.weekday() - WEEKDAYS[m.group("wr_1")]) % 7)
    return start, end, "range"


def _weekday(m, pub, prev):
    if not pub:
        return None
    d = _latest_weekday(WEEKDAYS[m.group("wd")], pub)
    if m.group("wd_last") and d == pub:
        d -= timedelta(days=7)
    return d, d, "day"


def _month_rel(m, pub, prev):
    if not pub:
        return None
    unit, which = m.group("mr_unit"), m.group("mr_which").lower()
    early = (m.group("mr_early") or "").strip().lower()
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        if which == "last":
            return monday - timedelta(days=7), monday - timedelta(days=1), "week"
        return monday, pub, "week"
    if unit == "month":
        if which == "last":
            last = pub.replace(day=1) - timedelta(days=1)
            return (
                *_part(early or None, last.replace(day=1), last)[:2],
                "month" if not early else "range",
            )
        return pub.replace(day=1), pub, "month"
    if which == "last":
        return (
            *_part(early or None, date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31))[:2],
            "year" if not early else "range",
        )
    return date(pub.year, 1, 1), pub, "year"


def _day_rel(m, pub, prev):
    if not pub:
        return None
    d = pub - timedelta(days=1) if m.group("dr").lower() in ("yesterday", "last night") else pub
    return d, d, "day"


def _ago(m, pub, prev):
    if not pub:
        return None
    n = _count(m.group("ago_n"))
    unit = m.group("ago_u").rstrip("s")
    d = pub - timedelta(days=n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit])
    if unit == "day":
        return d, d, "day"
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        return (*_month_span(d.year, d.month), "month")
    return date(d.year, 1, 1), date(d.year, 12, 31), "year"


def _past_n(m, pub, prev):
    if not pub:
        return None
    n = _count(m.group("pn_n") or "one")
    unit = m.group("pn_u").rstrip("s")
    if not m.group("pn_n") and unit != "year" and m.group(0).lstrip().lower().startswith("last"):
        return _SKIP  # "last week"/"last month" are read by month_rel
    return _back(pub, n, unit), pub, "range"


def _back(pub: date, n: int, unit: str) -> date:
    """``n`` calendar days, weeks, months or years before ``pub`` (the same day of the month where it exists)."""
    if unit in ("day", "week"):
        return pub - timedelta(days=n * (7 if unit == "week" else 1))
    months = n * (12 if unit == "year" else 1)
    y, mo = divmod(pub.year * 12 + pub.month - 1 - months, 12)
    last_day = _month_span(y, mo + 1)[1].day
    return date(y, mo + 1, min(pub.day, last_day))


def _quarter(m, pub, prev):
    if not pub:
        return None
    q_start = date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
    if m.group("q_which").lower() == "this":
        return q_start, pub, "range"
    last_end = q_start - timedelta(days=1)
    last_start = date(last_end.year, last_end.month - 2, 1)
    return last_start, pub if m.group("q_since") else last_end, "range"


def _same_day(m, pub, prev):
    if prev is None:
        return None
    phrase = m.group("sd").lower()
    shift = (
        1
        if ("next" in phrase or "following" in phrase or "later" in phrase)
        else -1
        if "before" in phrase
        else 0
    )
    if prev.precision != "day":
        return (prev.date_start, prev.date_end, prev.precision) if shift == 0 else None
    d = prev.date_start + timedelta(days=shift)
    return d, d, "day"


def _month_alone(m, pub, prev):
    mo = _month(m.group("mo"))
    if not pub:
        return None
    cue = (m.group("mo_cue") or "").lower()
    y = _latest_month(mo, pub)
    if cue == "next":
        return _SKIP
    if cue == "last" and y == pub.year and mo == pub.month:
        y -= 1
    first, last = _month_span(y, mo)
    part = re.search(r"(start|beginning|middle|end) of", m.group(0))
    return _part(
        part.group(0) if part else (cue if cue in ("early", "mid", "late") else None),
        first,
        last,
    )


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBERS[word]


_HANDLERS = {
    "iso": _iso,
    "since_start": _since_start,
    "part_range": _part_range,
    "mdy": _mdy,
    "dmy": _dmy,
    "md": _md,
    "dm": _dm,
    "my": _my,
    "season": _season,
    "year_part": _year_part,
    "since_year": _since_year,
    "year": _year,
    "decade": _decade,
    "wd_range": _wd_range,
    "weekday": _weekday,
    "month_rel": _month_rel,
    "day_rel": _day_rel,
    "quarter": _quarter,
    "ago": _ago,
    "past_n": _past_n,
    "same_day": _same_day,
    "month": _month_alone,
}
assert set(_HANDLERS) == {name for name, _ in PATTERNS}
