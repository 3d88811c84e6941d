"""Extraction takes time linear in the text's length, whatever the text: no pattern or loop rescans.

Each generator of the table makes about ``n`` characters of text that once made some stage quadratic
(a long run of spaces, "U." repeated, a table of numbers and years ...). The whole extraction, with the
full gazetteer, runs on a normal paragraph with such a block in its middle, at ``n`` and ``4 n``
characters: the work on four times the text must stay within about five times the work (quadratic growth
would be sixteen times). Work is CPU time, the least of a few runs, so the machine's load matters little.
``bench/growth.py`` prints the same table with its figures.
"""

from __future__ import annotations

import gc
import itertools
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import cache

import pytest

import geo.extract.dates
import geo.extract.datescan
import geo.extract.events
import geo.extract.gazetteer
import geo.extract.mentions
import geo.extract.resolve
import geo.extract.sentences
from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import extract_features
from geo.sources.articles import Article

# An ordinary news paragraph: places, dates, people, organisations. It opens and closes every text, so
# every stage (sentences and dates too: they are read up to the last place) reads the block between.
NEWS = (
    "BAGHDAD (Reuters) - Iraqi forces retook the town of Tal Afar from Islamic State on Thursday, three "
    "weeks after the start of the offensive, the army said. Some fighters fled west toward the Syrian "
    "border near Albu Kamal and others crossed into Deir Ezzor province, 40 miles northwest of Tikrit, "
    'according to officials in Mosul on Nov. 3, 2017. U.S. Army Col. Ryan Dillon said last month that "the '
    'Syrian Democratic Forces of Raqqa and Kobani" had taken Tabqa in early June 2017.\n'
    "The Islamic State of Iraq and Syria still holds parts of eastern Syria, Dillon said in Washington.\n"
)
PUBLISHED = date(2017, 11, 15)
WORDS = [
    "the",
    "convoy",
    "moved",
    "slowly",
    "along",
    "the",
    "road",
    "while",
    "officials",
    "said",
    "they",
    "would",
    "meet",
    "again",
    "soon",
]
CITIES = [
    "Paris",
    "London",
    "Berlin",
    "Madrid",
    "Rome",
    "Vienna",
    "Prague",
    "Warsaw",
    "Budapest",
    "Athens",
    "Cairo",
    "Baghdad",
    "Damascus",
    "Amman",
    "Beirut",
    "Ankara",
    "Tehran",
    "Kabul",
    "Karachi",
    "Delhi",
    "Dhaka",
    "Bangkok",
    "Hanoi",
    "Manila",
    "Jakarta",
    "Tokyo",
    "Seoul",
    "Beijing",
    "Moscow",
    "Kyiv",
    "Minsk",
    "Riga",
    "Vilnius",
    "Tallinn",
    "Helsinki",
    "Oslo",
    "Stockholm",
    "Copenhagen",
    "Dublin",
    "Lisbon",
    "Brussels",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _cycle(parts: list[str], n: int, sep: str = " ") -> str:
    """``parts`` joined by ``sep``, over and over, cut to ``n`` characters."""
    out, size = [], 0
    for p in itertools.cycle(parts):
        if size >= n:
            break
        out.append(p)
        size += len(p) + len(sep)
    return sep.join(out)[:n]


def _numbered(n: int, fmt: str) -> str:
    """``fmt`` filled with 0, 1, 2 ..., joined, cut to ``n`` characters."""
    out, size, i = [], 0, 0
    while size < n:
        s = fmt.format(i=i, a=i % 100, y=1990 + i % 35, m=MONTHS[i % 12], w=WORDS[i % len(WORDS)])
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out)[:n]


def _capitalised_words(n: int) -> str:
    """ "Baaa Caaa Daaa ...": made-up capitalised words, no two alike."""
    abc = "abcdefghijklmnopqrstuvwxyz"
    words = [
        abc[i % 26].upper() + abc[i // 26 % 26] + abc[i // 676 % 26] + abc[i // 17576 % 26]
        for i in range(n // 5 + 1)
    ]
    return " ".join(words)[:n]


@cache
def _gazetteer_names() -> list[str]:
    """Many different one-word town names from the gazetteer (for resolution: every name an anchor)."""
    gaz = _gazetteer()
    names = []
    for key in sorted(gaz.index)[::10]:
        name = gaz.lookup_key(key)[0].name
        if name.isalpha() and name.isascii() and name[0].isupper() and name[1:].islower() and len(name) > 4:
            names.append(name)
    return names


GENERATORS: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n,
    "spaces after a name": lambda n: "Raqqa" + " " * n + "x",
    "tabs and newlines": lambda n: _cycle(["\t", "\n", " \n", "\t\n\t"], n, ""),
    "line breaks after a name": lambda n: "Raqqa" + " \n" * (n // 2) + "x",
    "blank lines": lambda n: "\n" * n,
    "no-break spaces": lambda n: "\u00a0" * n,
    "spaces between names": lambda n: _cycle(["Raqqa" + " " * 997], n, ""),
    "U.": lambda n: "U." * (n // 2),
    "U. then a letter": lambda n: "U." * (n // 2) + "S",
    "U. spaced": lambda n: "U. " * (n // 3),
    "dots": lambda n: "." * n,
    "dots then a letter": lambda n: "." * n + "x",
    "initials": lambda n: _cycle([f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"], n),
    "titles": lambda n: _cycle(["Mr.", "Gen.", "Dr.", "Col."], n),
    "capitalised words": _capitalised_words,
    "capitals and title case": lambda n: _cycle(["ABC", "Def", "GHI", "Jkl"], n),
    "gazetteer names": lambda n: _cycle(CITIES, n),
    "gazetteer names listed": lambda n: _cycle(CITIES, n, ", "),
    "distinct towns listed": lambda n: _cycle(_gazetteer_names(), n, ", "),
    "places and": lambda n: _cycle(["Raqqa", "and", "Mosul", "and", "Aleppo", "and", "Tikrit", "and"], n),
    "place after place": lambda n: _cycle(["in", "Raqqa", "in", "2017", "in", "Mosul", "on", "Monday"], n),
    "event words and places": lambda n: _cycle(
        ["rebels attacked Raqqa and killed civilians near Mosul after clashes in Aleppo"], n
    ),
    "the city, the town": lambda n: _cycle(
        ["fighting in Raqqa.", "The city was shelled and the town", "burned."], n
    ),
    "organisation then places": lambda n: (
        "the Syrian Democratic Forces "
        + " " * (n // 2)
        + _cycle(["in Paris, and in Raqqa and in Mosul"], n // 2, ", ")
    ),
    "state abbreviations": lambda n: _cycle(
        ["in Springfield, Ill.", "and Washington, D.C.", "and Macon, Ga."], n
    ),
    "months": lambda n: _cycle(MONTHS, n),
    "numbers and years": lambda n: _numbered(n, "{a} {y} "),
    "table of numbers and years": lambda n: _numbered(n, "{a}\t{y}\t{i}\n"),
    "dates": lambda n: _numbered(n, "on {m} {a}, {y} "),
    "weekday then spaces": lambda n: "on Tuesday" + " " * n + "x on Nov. 3",
    "weekdays and dates": lambda n: _cycle(["on Tuesday, Nov. 3", "Raqqa", "said"], n),
    "lead words": lambda n: _cycle(["the", "past", "in", "of", "last", "early"], n),
    "long line": lambda n: _numbered(n, "{w} "),
    "long line with names": lambda n: _numbered(n, "{w} Raqqa "),
    "long line after a headline": lambda n: (
        "Iraqi Forces Retake Tal Afar From Islamic State\n" + _numbered(n, "{w} Raqqa ")
    ),
    "wrapped lines": lambda n: _numbered(
        n, "{w} the convoy moved from Raqqa toward Mosul along the river road\n"
    ),
    "headlines": lambda n: _cycle(
        ["Iraqi Forces Retake Tal Afar\n", "Fighters Flee Toward Syrian Border\n"], n, ""
    ),
    "numbers then a year": lambda n: _numbered(n, "{a} ") + " 2017",
    "hyphens": lambda n: "al-" * (n // 3),
    "capital hyphens": lambda n: "al-Al" * (n // 5),
    "particle names": lambda n: _cycle(["al-Qaim", "ez-Zor", "al-Bab", "Deir", "ez-Zor"], n),
    "apostrophes": lambda n: "Ma'a" * (n // 4),
    "long word": lambda n: "A" + "a" * (n - 1),
    "long capital word": lambda n: "A" * n,
    "long word then a digit": lambda n: "A" + "a" * (n - 2) + "1",
    "particles": lambda n: "Deir " + "of " * (n // 3),
    "parts of towns": lambda n: _cycle(
        ["the Raqqa district of Mosul", "neighbourhood of", "Aleppo quarter of"], n
    ),
    "appositives": lambda n: _cycle(["Kasika, the main supply town for Goma,", "a gateway to Bukavu and"], n),
    "appositive words": lambda n: "Kasika, the " + "supply " * (n // 7) + "town for Goma",
    "towns in regions": lambda n: _cycle(
        ["Kyivskyi in Poltava oblast,", "Nasir, in Upper Nile state,", "Malakal, Upper Nile,", "Borno State"],
        n,
    ),
    "part of then spaces": lambda n: "Raqqa district" + " " * n + "of Mosul",
    "credits on one line": lambda n: _cycle(["Reporting by Ed Ruto in Raqqa;", "Editing by Tom Hogue;"], n),
    "contributions on one line": lambda n: _cycle(["Ed Ruto in Mosul contributed to this report."], n),
    "fighting continued overnight": lambda n: _cycle(
        ["fighting", "continued", "overnight", "in", "Raqqa"], n
    ),
    "embassies of a list": lambda n: "the embassies of " + _cycle(CITIES, n, " and "),
    "days of two months by dashes": lambda n: _cycle(["29 November -", "5 December -", "Nov. 3 -"], n),
    "negations": lambda n: _cycle(["did", "not", "attack", "no", "casualties", "in", "Raqqa"], n),
    "headings in capitals": lambda n: _cycle(["NORTHEAST", "NIGERIA", "UPDATE\n"], n),
    "what is to come on days": lambda n: _cycle(["will", "visit", "Raqqa", "on", "20", "December"], n),
    "what is to come on weekdays": lambda n: _cycle(["will", "fight", "in", "Raqqa", "on", "Monday"], n),
    "officials in a place said": lambda n: _cycle(
        ["officials in Raqqa said", "the ministry in Mosul said"], n
    ),
}


@cache
def _gazetteer():
    return load_gazetteer()


def in_news(block: str) -> str:
    """A normal paragraph, the block, and the paragraph again (its places make every stage read the block)."""
    return NEWS + " " + block + " " + NEWS


def _cold(gaz) -> None:
    """Empty the extractor's caches, as in a new process: a cache must not hide quadratic work on a new text."""
    # every module of the extractor, so a cache moved to a new module is emptied too
    for name, module in list(sys.modules.items()):
        if not name.startswith("geo.extract.") or module is None:
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    geo.extract.mentions._WORDS.clear()  # the facts of each word, read once per gazetteer
    gaz._setup()  # its places by name, made as they are asked for


def work(text: str, repeat: int = 3, budget: float = float("inf")) -> float:
    """CPU seconds of the whole extraction of ``text`` with cold caches and no garbage collection: the least
    of ``repeat`` runs, after one to warm up (fewer when a run takes more than ``budget``: it has failed
    already)."""
    gaz = _gazetteer()
    article = Article(id="growth", text=text, published=PUBLISHED)
    t = time.process_time()
    extract_features(article, gaz)
    best = time.process_time() - t
    if best > budget:
        return best  # (warm caches make it faster, if anything: it has failed)
    best = float("inf")
    for _ in range(repeat):
        _cold(gaz)
        gc.collect()
        gc.disable()  # a collection of the whole heap (the gazetteer's millions of objects) is no work of ours
        try:
            t = time.process_time()
            extract_features(article, gaz)
            best = min(best, time.process_time() - t)
        finally:
            gc.enable()
        if best > budget:
            break
    return best


N = 20_000  # characters: large enough to time, small enough to stay fast
MAX_RATIO = 5.0  # 4 times the text: linear growth is 4, quadratic 16
FLOOR = 0.005  # CPU seconds: a shorter time says nothing about growth


def growth(make: Callable[[int], str], attempts: int = 3) -> tuple[float, float, float]:
    """(ratio, time at n, time at 4 n) for the texts ``make`` gives. A ratio a little above MAX_RATIO is
    measured again (up to ``attempts`` times, the least kept): a busy machine can slow one run, not every one."""
    small, large = in_news(make(N)), in_news(make(4 * N))
    best = (float("inf"), 0.0, 0.0)
    for _ in range(attempts):
        t_small = work(small)
        t_large = work(large, budget=4 * MAX_RATIO * max(t_small, FLOOR) + 1)
        best = min(best, (t_large / max(t_small, FLOOR), t_small, t_large))
        if best[0] <= MAX_RATIO or best[0] > 2 * MAX_RATIO:
            break  # linear, or far from it
    return best


@pytest.mark.parametrize("name", list(GENERATORS))
def test_four_times_the_text_takes_about_four_times_the_work(name):
    ratio, t_small, t_large = growth(GENERATORS[name])
    assert ratio <= MAX_RATIO, (
        f"{name}: {t_small:.3f} s at n = {N}, {t_large:.3f} s at 4 n: {ratio:.1f} times"
    )
