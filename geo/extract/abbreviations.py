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


def find_state_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """The state abbreviations (start, end, the state's gazetteer key): "Ill." in "Springfield, Ill.", "Ga."
    in "Walker County (Ga.)" (right after a name), "D.C." anywhere."""
    found = [
        (a.start(1), a.end(1))
        for a in _STATE_ABBR.finditer(text.replace("(", ","))
        if _NAME_BEFORE.search(text, max(0, a.start() - 40), a.start())
    ]
    if "D.C." in text:  # (a plain search first: the pattern starts with a look-behind, slow to scan)
        seen = set(found)  # (a set: a list would be searched once per "D.C.", quadratic)
        found += [(a.start(), a.end()) for a in _DC.finditer(text) if (a.start(), a.end()) not in seen]
    return [(start, end, name_key(STATE_ABBREVIATIONS[text[start:end]])) for start, end in found]
