"""State abbreviations after a place name ("Springfield, Ill.", "Walker County (Ga.)") and "D.C.": mentions
of the state that no run of capitalised words finds as one."""

from __future__ import annotations

import re
from typing import Final

from geo.extract.gazetteer import name_key
from geo.extract.lexicon import STATE_ABBREVIATIONS

# A state's abbreviation after a comma or "(", looked for in a copy where "(" is ",": re skips to a literal
# character far faster than it tests a class of them. The look-ahead for the letters they start with passes
# most commas (", the", ", 2017") before the fifty abbreviations are tried one by one.
_STATE_ABBR: Final = re.compile(
    r",[ \t]*(?=["
    + "".join(sorted({re.escape(a[0]) for a in STATE_ABBREVIATIONS}))
    + "])("
    + "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w.])"
)
_NAME_BEFORE: Final = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$")
_DC: Final = re.compile(r"(?<![\w.])D\.C\.(?!\w|\s+[A-Z][a-z])")  # not "the D.C. Commission on the Arts"


_FIRST_LETTERS: Final = frozenset(a[0] for a in STATE_ABBREVIATIONS)


def _after_commas(marked: str) -> list[re.Match]:
    """``list(_STATE_ABBR.finditer(marked))``, the pattern tried only at a comma that a letter an abbreviation
    starts with follows (after spaces or tabs): most commas are followed by a small letter or a digit, and
    re tries the pattern at every one (in the compiled build, half the time)."""
    out = []
    n = len(marked)
    q = marked.find(",")
    while q >= 0:
        j = q + 1
        while j < n and (marked[j] == " " or marked[j] == "\t"):
            j += 1
        if j < n and marked[j] in _FIRST_LETTERS and (m := _STATE_ABBR.match(marked, q)) is not None:
            out.append(m)
            q = marked.find(",", m.end())
        else:
            q = marked.find(",", q + 1)
    return out


def _name_before(text: str, lo: int, hi: int) -> bool:
    """``bool(_NAME_BEFORE.search(text, lo, hi))``: whether a capitalised word ends ``text[lo:hi]`` (space
    aside). The pattern may start at any capital of the last word, and then matches: it holds exactly when the
    word characters (and ".", "'", "’", "-") at the end, after the space, hold an ASCII capital. (The pattern
    backtracks through the words of its window: tens of microseconds a search.)"""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):
        start -= 1
    return any("A" <= c <= "Z" for c in text[start:end])


def find_state_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """The state abbreviations (start, end, the state's gazetteer key): "Ill." in "Springfield, Ill.", "Ga."
    in "Walker County (Ga.)" (right after a name), "D.C." anywhere."""
    found = [
        (a.start(1), a.end(1))
        for a in _after_commas(text.replace("(", ","))
        if _name_before(text, max(0, a.start() - 40), a.start())
    ]
    if "D.C." in text:  # (a plain search first: the pattern starts with a look-behind, slow to scan)
        seen = set(found)  # (a set: a list would be searched once per "D.C.", quadratic)
        found += [(a.start(), a.end()) for a in _DC.finditer(text) if (a.start(), a.end()) not in seen]
    return [(start, end, name_key(STATE_ABBREVIATIONS[text[start:end]])) for start, end in found]
