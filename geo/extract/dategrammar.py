"""The grammar of dates: each form of temporal expression is one rule of :data:`RULES` (its name, its
pattern, the characters it can start with, and the handler that turns its match into a date interval).

Relative expressions ("Tuesday", "last month", "On Nov. 3") are read against the article's publication
date: a weekday or a day without a year is the latest one on or before publication. Without a
publication date, explicit dates still resolve and relative ones stay unresolved (None): a date is
never invented. "That same day" takes the date of the expression before it. ``datescan`` finds where
the rules are worth trying and applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Final, NamedTuple

from geo.extract.lexicon import MONTHS, SPEECH_VERBS, WEEKDAYS


# A named tuple, immutable: one is made per expression, three times faster than a frozen dataclass.
class DateExpr(NamedTuple):
    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: str | None
    # For a date counted from another ("two days later", "a day earlier", "overnight"): the first and last
    # day of its span, in days from the date it counts from. The handler counts from publication; the
    # events stage counts again from the date in force where the story gives one.
    shift: tuple[int, int] | None = None


class Rule(NamedTuple):
    """One form of date expression. ``starts``: the characters its match can start with ("0" stands for
    any digit), read off its pattern: at a word start the scan tries only the rules that can start there.
    ``handler(match, published, previous)`` gives (first day, last day, precision), with a fourth item,
    the span in days from the date it counts from, for a date counted from another (:class:`DateExpr`'s
    ``shift``); None for a date it cannot resolve, or :data:`SKIP` when the match is not a date after all."""

    name: str
    pattern: str
    starts: str
    handler: Callable[[re.Match[str], date | None, DateExpr | None], Any]


SKIP: Final = object()  # a handler's answer when the match is no date ("May 40", "May" the verb)

_MON: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Two days in a row joined by "and" ("Saturday and Sunday"); two days apart ("Monday and Thursday") are two dates.
_WD_PAIRS: Final = "|".join(
    rf"{a}\s+(?:and|&|to|into)\s+{b}" for a, b in zip(_DAYS, _DAYS[1:] + _DAYS[:1], strict=True)
)  # ... or "the night of Saturday to Sunday"
_WDA: Final = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_YEAR: Final = r"(?:19|20)\d{2}"
_ORD: Final = r"(?:st|nd|rd|th)?"
_PART: Final = r"(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)"
_NUM: Final = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
)
_UNIT: Final = r"(?:hour|day|week|month|year)s?"
# "may" the verb and "march" the verb are lower case; "May"/"March" alone still need a cue to be months.
# (A cue may open the sentence: "In June, fighters ...", "Since March ...".)
_MONTH_CUE: Final = (
    r"(?:[Ii]n|[Oo]n|[Aa]t|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Dd]uring|of|"
    r"[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter)"
)


_NUMBERS: Final = {
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


def _two_months(m1: int, m2: int, year: str | None, pub: date | None) -> tuple[int, int] | None:
    """The years of two months joined ("March to May", "November to January 2024"): the second month's
    (given, else the latest by publication), and the first's, a year earlier when it comes later in the
    year; None without a year or a publication date."""
    if year:
        y2 = int(year)
    elif pub:
        y2 = _latest_month(m2, pub)
    else:
        return None
    return (y2 if m1 <= m2 else y2 - 1), y2


def _part_range(m, pub, prev):
    m1, m2 = _month(m.group("pr_m1")), _month(m.group("pr_m2"))
    years = _two_months(m1, m2, m.group("pr_y"), pub)
    if years is None:
        return None
    a = _part(m.group("pr_p1"), *_month_span(years[0], m1))[0]
    b = _part(m.group("pr_p2"), *_month_span(years[1], m2))[1]
    return a, b, "range"


def _month_span_rule(m, pub, prev):
    """ "between March and May", "from November to January 2024": the first month's first day to the second
    month's last (the latest such span ending by publication's month when no year is given)."""
    m1, m2 = _month(m.group("ms_1")), _month(m.group("ms_2"))
    years = _two_months(m1, m2, m.group("ms_y"), pub)
    if years is None:
        return None
    return _month_span(years[0], m1)[0], _month_span(years[1], m2)[1], "range"


def _mdy(m, pub, prev):
    d = date(int(m.group("mdy_y")), _month(m.group("mdy_mon")), int(m.group("mdy_d")))
    return d, d, "day"


def _dmy(m, pub, prev):
    d = date(int(m.group("dmy_y")), _month(m.group("dmy_mon")), int(m.group("dmy_d")))
    return d, d, "day"


def _md(m, pub, prev):
    mo, d = _month(m.group("md_mon")), int(m.group("md_d"))
    if m.group("md_m2"):
        return _cross_range(mo, d, _month(m.group("md_m2")), int(m.group("md_d2")), m.group("md_y2"), pub)
    if m.group("md_mon") in ("May", "March") and d > 31:
        return SKIP
    if not pub:
        return None
    day = _day_told(mo, d, pub, m)
    return day, day, "day"


def _day_told(mo: int, d: int, pub: date, m: re.Match) -> date:
    """The day of a month a text names without a year: the latest on or before publication, or, in a clause
    of what is to come ("will visit Gusau on 10 December"), the first from publication on."""
    day = _latest_day(mo, d, pub)
    if day < pub and _to_come(m.string, m.start()):
        later = date(day.year + 1, mo, d) if (mo, d) != (2, 29) else day
        day = later if later >= pub else day
    return day


def _day_range(m, pub, prev):
    """ "May 1-3", "from 1 to 3 May", "on 3 and 4 May 2024": days of one month, one span (the latest such
    span starting on or before publication when no year is given)."""
    k = "mdr" if "mdr_mon" in m.re.groupindex and m.group("mdr_mon") else "dmr"
    mo, d1, d2 = _month(m.group(f"{k}_mon")), int(m.group(f"{k}_1")), int(m.group(f"{k}_2"))
    if not 1 <= d1 < d2 <= 31:
        return SKIP  # "May 5-2" is a score, "May 40" no day
    if m.group(f"{k}_y"):
        y = int(m.group(f"{k}_y"))
    elif pub:
        y = pub.year if (mo, d1) <= (pub.month, pub.day) else pub.year - 1
    else:
        return None
    if d2 > _month_span(y, mo)[1].day:
        return SKIP
    return date(y, mo, d1), date(y, mo, d2), "range"


def _cross_range(
    m1: int, d1: int, m2: int, d2: int, y2: str | None, pub: date | None
) -> tuple[date, date, str] | object | None:
    """ "29 November - 5 December": from a day of a month to a day of another (or the same), one span (with
    no year, the latest such span ending on or before publication)."""
    if m1 <= m2 and (m1, d1) >= (m2, d2):
        return SKIP  # "5 May - 3 May": no span (only December to January runs into the next year)
    if y2:
        end_year = int(y2)
    elif pub:
        end_year = pub.year if (m2, d2) <= (pub.month, pub.day) else pub.year - 1
    else:
        return None
    return date(end_year - (m1 > m2), m1, d1), date(end_year, m2, d2), "range"


def _dm(m, pub, prev):
    mo, d = _month(m.group("dm_mon")), int(m.group("dm_d"))
    if m.group("dm_m2"):
        return _cross_range(mo, d, _month(m.group("dm_m2")), int(m.group("dm_d2")), m.group("dm_y2"), pub)
    if not pub:
        return None
    day = _day_told(mo, d, pub, m)
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


def _year_span(m, pub, prev):
    a, b = int(m.group("ys_1")), int(m.group("ys_2"))
    return (date(a, 1, 1), date(b, 12, 31), "range") if a < b else SKIP


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


def _wd_pair(m, pub, prev):
    """ "Saturday and Sunday": two days in a row, one span (the latest such pair on or before publication)."""
    return _pair_of_days(m.group("wp"), pub)


def _night_pair(m, pub, prev):
    return _pair_of_days(m.group("np"), pub)


def _pair_of_days(pair: str, pub: date | None) -> tuple[date, date, str] | None:
    if not pub:
        return None
    words = pair.split()
    end = _latest_weekday(WEEKDAYS[words[-1]], pub)
    return end - timedelta(days=1), end, "range"


# "the weekend", "last weekend", "the deadly weekend": the determiner (and up to two words) before "weekend".
_WEEKEND_LEAD: Final = re.compile(
    r"\b(?P<det>[Tt]he|[Tt]his|[Ll]ast|[Pp]ast|[Tt]hat|[Aa])\s+(?:[a-z]+-?[a-z]*\s+){0,2}$"
)
_NOT_PAST: Final = re.compile(r"\b(?:next|coming|upcoming|every|each)\s", re.IGNORECASE)


def _weekend(m, pub, prev):
    """The latest Saturday-Sunday on or before publication ("over the weekend" in a Monday paper is the two
    days before it); "last weekend" read on a Saturday or Sunday is the one before. A weekend without a
    determiner before it ("weekend shifts"), or one to come ("next weekend"), is not a date."""
    text = m.string
    lead = _WEEKEND_LEAD.search(text, max(0, m.start("we") - 40), m.start("we"))
    if lead is None or _NOT_PAST.search(text, lead.start(), m.start("we")):
        return SKIP
    if not pub:
        return None
    saturday = _latest_weekday(5, pub)
    if lead.group("det").lower() == "last" and pub - saturday <= timedelta(days=1):
        saturday -= timedelta(days=7)
    return saturday, min(saturday + timedelta(days=1), pub), "range"


def _early_hours(m, pub, prev):
    """ "In the early hours of Sunday" in a report dated Saturday is the night after publication, not last
    Sunday: the report was filed west of the place (a wire dated by New York or London time, news from
    the Middle East or Asia), where it was already Sunday. Any other weekday is the latest one on or before
    publication, as a bare weekday is."""
    if not pub:
        return None
    wd = WEEKDAYS[m.group("eh_wd")]
    d = pub + timedelta(days=1) if (wd - pub.weekday()) % 7 == 1 else _latest_weekday(wd, pub)
    return d, d, "day"


def _shift(m, pub, prev):
    """ "Two days later", "a week earlier", "hours after", "three days after the attack": a day counted from
    another. "Later" counts forward; "earlier" back; "N days after <something>" dates the something N days
    before the date it counts from, "N days before <something>" N days after it. Counted here from
    publication (the events stage counts again from the date in force)."""
    unit = (m.group("sh_u") or "hour").lower()
    n = (
        0
        if unit.startswith("hour")
        else _count(m.group("sh_n") or "one") * (7 if unit.startswith("week") else 1)
    )
    sign = {"later": 1, "after": -1, "earlier": -1, "before": 1}[m.group("sh_dir").lower()]
    days = sign * n
    if not pub:
        return None
    d = pub + timedelta(days=days)
    return d, d, "day", (days, days)


# The spans of "overnight" in days from the date it counts from: the night before it, and the night after
NIGHT_BEFORE: Final = (-1, 0)
NIGHT_AFTER: Final = (0, 1)
# A happening that goes on through the night, in the clause of "overnight": "clashes continued overnight",
# "overnight, the shelling went on"
_GOES_ON: Final = re.compile(
    r"\b(?:continu(?:ed|es|ing)|went\s+on|goes\s+on|going\s+on|raged|lasted|persisted|carried\s+on|"
    r"dragged\s+on|kept\s+up)\b",
    re.IGNORECASE,
)
_CLAUSE_ENDS: Final = ".;!?\n"
_GOES_ON_REACH: Final = 60  # characters read each side of "overnight" for it


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether the clause of the words ``text[start:end]`` says a happening went on ("continued")."""
    lo = max(0, start - _GOES_ON_REACH)
    cut = max(text.rfind(c, lo, start) for c in _CLAUSE_ENDS)
    if _GOES_ON.search(text, max(lo, cut + 1), start):
        return True
    hi = min(len(text), end + _GOES_ON_REACH)
    stops = [i for i in (text.find(c, end, hi) for c in _CLAUSE_ENDS) if i >= 0]
    return _GOES_ON.search(text, end, min(stops) if stops else hi) is not None


def _overnight(m, pub, prev):
    """ "Overnight": the night before, from the evening of the day before to the morning of the date it
    counts from (publication, or the date in force). A happening that "continued overnight" went on into
    the night after the day it counts from (:data:`NIGHT_AFTER`; the events stage takes the night before
    when that day is publication's or a date after it in the sentence, as "continued overnight, officials
    said on Monday")."""
    if not pub:
        return None
    shift = NIGHT_AFTER if _goes_on(m.string, m.start(), m.end()) else NIGHT_BEFORE
    return pub - timedelta(days=1), pub, "range", shift


# What is to come, in the clause before a weekday: "will travel to Ankara on Wednesday", "talks are due to
# resume on Monday"; a speech verb after it dates the speaking ("will withdraw, the minister said on Monday")
_TO_COME: Final = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|planned|going)\s+to|plans?\s+to|to\s+be\s+held)\b"
)
# A word each match of _TO_COME holds
_TO_COME_WORDS: Final = (
    "will",
    "shall",
    "due",
    "set",
    "expected",
    "scheduled",
    "planned",
    "going",
    "plan",
    "held",
)
_SPOKEN: Final = re.compile(rf"\b(?:{'|'.join(SPEECH_VERBS)})\b")
_TO_COME_REACH: Final = 80  # characters read back from the weekday for it


def _to_come(text: str, at: int) -> bool:
    """Whether the clause before ``at`` tells of what is to come, and no speaking after that."""
    lo = max(0, at - _TO_COME_REACH)
    window = text[lo:at]
    if not any(word in window for word in _TO_COME_WORDS):
        return False  # (most dates: a plain search first)
    told = -1  # where the last word of what is to come ends
    for found in _TO_COME.finditer(text, lo, at):
        told = found.end()
    # (most weekdays have none: the clause is read only after one)
    return (
        told >= 0
        and all(text.find(c, told, at) < 0 for c in _CLAUSE_ENDS)
        and _SPOKEN.search(text, told, at) is None
    )


def _weekday(m, pub, prev):
    if not pub:
        return None
    wd = WEEKDAYS[m.group("wd")]
    d = _latest_weekday(wd, pub)
    if m.group("wd_last") and d == pub:
        d -= timedelta(days=7)
    elif not m.group("wd_last") and _to_come(m.string, m.start()):
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)  # the first one from publication on
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
    d = pub - timedelta(days=1) if m.group("dr")[0] in "YyLl" else pub  # yesterday, last night
    return d, d, "day"


def _ago(m, pub, prev):
    if not pub:
        return None
    n = _count(m.group("ago_n"))
    unit = m.group("ago_u").rstrip("s")
    if unit == "hour":  # "48 hours ago": whole days back from publication
        d = pub - timedelta(days=n // 24)
        return d, d, "day"
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
        return SKIP  # "last week"/"last month" are read by month_rel
    return _back(pub, n, unit), pub, "range"


def _back(pub: date, n: int, unit: str) -> date:
    """``n`` calendar days, weeks, months or years before ``pub`` (the same day of the month where it exists)."""
    if unit == "hour":  # "the past 24 hours": back into the day before
        return pub - timedelta(days=-(-n // 24))
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
    """ "That same day", "the next day", "the day before": the day of the date expression before it, or
    one day on or back. With none before it, a day counted from publication (the events stage counts
    again from the date in force, as for "two days later")."""
    phrase = m.group("sd").lower()
    shift = (
        0
        if phrase.endswith("in the day")  # "later in the day": the same day
        else 1
        if ("next" in phrase or "following" in phrase or "later" in phrase)
        else -1
        if ("before" in phrase or "previous" in phrase)
        else 0
    )
    if prev is None:
        if not pub:
            return None
        d = pub + timedelta(days=shift)
        return d, d, "day", (shift, shift)
    if prev.precision != "day":
        return (prev.date_start, prev.date_end, prev.precision) if shift == 0 else None
    d = prev.date_start + timedelta(days=shift)
    return d, d, "day"


def _month_alone(m, pub, prev):
    if not _is_month(m):
        return SKIP
    mo = _month(m.group("mo"))
    if not pub:
        return None
    cue = (m.group("mo_cue") or "").lower()
    y = _latest_month(mo, pub)
    if cue == "next":
        return SKIP
    if cue == "last" and y == pub.year and mo == pub.month:
        y -= 1
    which = m.group("mo_year")
    if which:  # "in February last year", "in March this year": that year's month
        y = pub.year - (which == "last")
    first, last = _month_span(y, mo)
    part = re.search(r"(start|beginning|middle|end) of", m.group(0))
    span = _part(
        part.group(0) if part else (cue if cue in ("early", "mid", "late") else None),
        first,
        last,
    )
    if cue == "since":
        return span[0], pub, "range"  # "since October", "since the end of April": from then to publication
    return span


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBERS[word]


# Tried in this order at each place (the first that matches wins): longer forms before their parts.
RULES: Final = (
    Rule("iso", rf"\b(?P<iso_y>{_YEAR})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})\b", "0", _iso),
    Rule(
        "since_start",
        rf"\b[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?P<ss_mon>{_MON})(?:,?\s+(?P<ss_y>{_YEAR}))?\b",
        "Ss",
        _since_start,
    ),
    Rule(
        "part_range",
        rf"\b(?P<pr_p1>early|mid|late)[- ](?P<pr_m1>{_MON})\s+(?:and|to|through|until|-)\s+(?P<pr_p2>early|mid|late)[- ](?P<pr_m2>{_MON})(?:,?\s+(?P<pr_y>{_YEAR}))?\b",
        "eml",
        _part_range,
    ),
    Rule(
        "month_span",
        rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<ms_1>{_MON})\s+(?:and|to|until|till|through|-|–)\s+(?P<ms_2>{_MON})"
        rf"(?:,?\s+(?P<ms_y>{_YEAR})\b|\b(?!\.?\s*\d))",
        "BbFf",
        _month_span_rule,
    ),  # "between March and May", "from March to May 2023" (not "from March to May 5": those are days)
    Rule(
        "mdy",
        rf"(?:\b(?:{WEEKDAY}|{_WDA}),?\s+)?\b(?P<mdy_mon>{_MON})\s+(?P<mdy_d>\d{{1,2}}){_ORD},?\s+(?P<mdy_y>{_YEAR})\b",
        "MTWFSJAOND",
        _mdy,
    ),  # weekday or month
    Rule(
        "dmy",
        rf"(?:\b(?:{WEEKDAY}|{_WDA}),?\s+)?\b(?P<dmy_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dmy_mon>{_MON}),?\s+(?P<dmy_y>{_YEAR})\b",
        "MTWFS0",
        _dmy,
    ),
    Rule(
        "md_range",
        rf"\b(?P<mdr_mon>{_MON})\s+(?P<mdr_1>\d{{1,2}}){_ORD}\s*(?:-|–|to|through|until|and)\s*(?P<mdr_2>\d{{1,2}}){_ORD}\b"
        rf"(?:,?\s+(?P<mdr_y>{_YEAR})\b)?(?![,.]?\d|\s*%)",
        "JFMASOND",
        _day_range,
    ),
    Rule(
        "dm_range",
        rf"\b(?P<dmr_1>\d{{1,2}}){_ORD}\s*(?:-|–|to|through|until|and)\s*(?P<dmr_2>\d{{1,2}}){_ORD}\s+(?:of\s+)?"
        rf"(?P<dmr_mon>{_MON})\b(?:,?\s+(?P<dmr_y>{_YEAR})\b)?",
        "0",
        _day_range,
    ),
    # ... up to another day after a dash: "Nov. 29 - Dec. 5, 2024", "29 November - 5 December" (a situation
    # report's period), one span ("from ... to ..." is joined by the scan)
    Rule(
        "md",
        rf"\b(?P<md_mon>{_MON})\s+(?P<md_d>\d{{1,2}}){_ORD}\b(?![,.]?\d)"
        rf"(?:\s*[-–]\s*(?P<md_m2>{_MON})\s+(?P<md_d2>\d{{1,2}}){_ORD}\b(?![,.]?\d)(?:,?\s+(?P<md_y2>{_YEAR})\b)?)?",
        "JFMASOND",
        _md,
    ),
    Rule(
        "dm",
        rf"\b(?P<dm_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm_mon>{_MON})\b"
        rf"(?:\s*[-–]\s*(?P<dm_d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm_m2>{_MON})\b(?:,?\s+(?P<dm_y2>{_YEAR})\b)?)?",
        "0",
        _dm,
    ),
    Rule(
        "my",
        rf"\b(?:(?P<my_p>{_PART})[- ]?\s*)?(?P<my_mon>{_MON}),?\s+(?P<my_y>{_YEAR})\b",
        "emltJFMASOND",
        _my,
    ),
    Rule(
        "season",
        rf"\b(?P<se_s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<se_y>{_YEAR})\b",
        "safw",
        _season,
    ),
    Rule("year_part", rf"\b(?P<yp_p>early|mid|late)[- ](?P<yp_y>{_YEAR})\b", "eml", _year_part),
    Rule(
        "year_span",
        rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<ys_1>{_YEAR})\s*(?:and|to|until|through|-|–)\s*(?P<ys_2>{_YEAR})\b(?![,.]?\d|\s*%)",
        "BbFf",
        _year_span,
    ),
    Rule("since_year", rf"\b[Ss]ince\s+(?P<sy_y>{_YEAR})\b(?![,.]?\d|\s*%)", "Ss", _since_year),
    Rule(
        "year",
        rf"\b(?:[Ii]n|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hroughout|[Oo]f|[Bb]efore|[Aa]fter|[Ee]nd\s+of|[Ss]tart\s+of)\s+(?:the\s+year\s+)?(?P<y_y>{_YEAR})\b(?![,.]?\d|\s*%)",
        "IiDdUuBbFfTtOoAaEeSs",
        _year,
    ),
    Rule("decade", r"\bthe\s+(?P<dc_y>(?:19|20)\d0)s\b", "t", _decade),
    Rule(
        "wd_range",
        rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<wr_1>{WEEKDAY})\s+(?:to|until|through|and|-)\s+(?P<wr_2>{WEEKDAY})\b",
        "FfBb",
        _wd_range,
    ),
    Rule(
        "early_hours",
        rf"\b(?:(?:[Ii]n\s+)?(?:the\s+)?(?:[Ee]arly|small|wee)\s+hours\s+(?:of\s+|on\s+)?|[Ee]arly\s+(?:on\s+)?)(?P<eh_wd>{WEEKDAY})\b",
        "IitEesw",
        _early_hours,
    ),
    Rule("wd_pair", rf"\b(?P<wp>{_WD_PAIRS})\b", "MTWFS", _wd_pair),
    Rule(
        "weekend",
        r"\b(?:(?:[Oo]ver|[Dd]uring|[Aa]t|[Oo]n)\s+)?(?:(?:[Tt]he|[Tt]his|[Ll]ast|[Pp]ast|[Tt]hat)\s+)?(?P<we>weekend)\b",
        "OoDdAaTtLlPw",
        _weekend,
    ),
    Rule(
        "weekday",
        rf"(?:\b(?P<wd_last>[Ll]ast|[Tt]his\s+[Pp]ast)\s+)?\b(?P<wd>{WEEKDAY})\b",
        "lLtMTWFS",
        _weekday,
    ),
    Rule(
        "quarter",
        r"\b(?P<q_since>[Ss]ince\s+)?(?:the\s+)?(?P<q_which>[Ll]ast|[Tt]his|previous)\s+quarter\b",
        "SstLlTp",
        _quarter,
    ),
    Rule(
        "month_rel",
        r"\b(?P<mr_early>[Ee]arlier\s+|[Ll]ater\s+|[Ll]ate\s+|[Ee]arly\s+)?(?P<mr_which>[Tt]his|[Ll]ast)\s+(?P<mr_unit>month|week|year)\b",
        "EeLlTt",
        _month_rel,
    ),
    Rule(
        "day_rel",
        r"\b(?P<dr>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b",
        "YyTtLl",
        _day_rel,
    ),
    # "three months ago", "three months since" (the happening after "since" was then)
    Rule("ago", rf"\b(?P<ago_n>(?i:{_NUM}))\s+(?P<ago_u>{_UNIT})\s+(?:ago|since)\b", "0aotfsenAOTFSEN", _ago),
    Rule("past_n", rf"\b(?:the\s+)?(?:past|last)\s+(?P<pn_n>{_NUM}\s+)?(?P<pn_u>{_UNIT})\b", "tpl", _past_n),
    Rule(
        "shift",
        rf"\b(?:(?P<sh_n>(?i:{_NUM}))\s+(?P<sh_u>days?|weeks?)|(?:(?i:{_NUM})\s+)?(?P<sh_h>[Hh]ours))\s+(?P<sh_dir>later|after|earlier|before)\b",
        "0aotfsenhAOTFSENH",
        _shift,
    ),
    # "overnight from Sunday to Monday": that night, the two days' span (as "Saturday and Sunday")
    Rule("night_pair", rf"\b[Oo]vernight\s+(?:from|between|of)\s+(?P<np>{_WD_PAIRS})\b", "Oo", _night_pair),
    Rule("overnight", r"\b[Oo]vernight\b", "Oo", _overnight),
    # "all night", "during the night" (not "the night of June 24", dated by its day): as "overnight"
    Rule(
        "all_night",
        r"\b(?:[Aa]ll|[Dd]uring\s+the|[Tt]hroughout\s+the)\s+night\b(?!\s+of\b)",
        "AaDdTt",
        _overnight,
    ),
    Rule(
        "same_day",
        r"\b(?P<sd>[Tt]hat\s+same\s+day|[Tt]he\s+same\s+day|[Tt]hat\s+day|[Tt]he\s+(?:next|following)\s+day|[Aa]\s+day\s+later|[Tt]he\s+day\s+before|[Tt]he\s+previous\s+day|[Aa]t\s+(?:that|the)\s+time|(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+day)\b",
        "TtAaEeLl",
        _same_day,
    ),
    Rule(
        "month",
        rf"(?:\b(?P<mo_cue>{_MONTH_CUE})(?:\s+|(?<=[Mm]id|rly|ate)-)(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?)?\b(?P<mo>{_MON})(?!\w|\.\d)(?!\.?\s+\d)(?!\.?,\s*{_YEAR}\b)"
        r"(?:,?\s+(?P<mo_year>last|this)\s+year\b)?",
        "iosutbfdemlnaIOSUTBFDEMLNAJFMASOND",
        _month_alone,
    ),  # a cue word or the month
)
