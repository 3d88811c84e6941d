"""Datelines: "RAQQA, Syria (Reuters) - " or "WASHINGTON, April 5": the place a report was filed from,
written at the start of a line, often in capitals (a name in capitals is read as a place only there)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geo.extract.lexicon import DATELINE
from geo.extract.runs import sentence_initial
from geo.extract.words import Words

if TYPE_CHECKING:
    from geo.extract.mentions import Mention

# A dash (or colon, written as one) followed by a space or tab: every dateline line has one.
_DATELINE_MARK: Final = re.compile("-[ \t]")


def find_datelines(head: str) -> set[int]:
    """Where the place of a dateline ("RAQQA, Syria (Reuters) - ") starts, tried at each line start."""
    found = set()
    # The pattern is slow to fail on a line that starts with a capital, so it is tried only on the lines
    # with a dash or colon followed by a space or tab, as every dateline has. Those marks are looked for
    # after a literal "-" in a copy where every such mark is "-": re skips to a literal character fast.
    marked = head.replace("—", "-").replace("–", "-").replace(":", "-").replace("\ufffd", "-")
    tried = set()
    for mark in _DATELINE_MARK.finditer(marked):
        start = head.rfind("\n", 0, mark.start()) + 1  # the start of its line
        if start not in tried:
            tried.add(start)
            if m := DATELINE.match(head, start):
                found.add(m.start("place"))
    return found


_DATELINE_AFTER: Final = re.compile(r"(?:,|\s*\(|\)?\s*[—–:-]|\s*\n|\s+[A-Z][a-z])")


def capital_dateline(text: str, start: int, end: int) -> bool:
    """ "WASHINGTON, April 5 (Reuters)", "LONDON The Latest": a capitalised place opening a line or sentence."""
    return end - start >= 4 and sentence_initial(text, start) and bool(_DATELINE_AFTER.match(text, end))


_CAPS_DATELINE_AFTER: Final = re.compile(r"\)?\s*[—–-]|\s*\(|,\s+[A-Z]")


def mark_datelines(text: str, mentions: list[Mention], datelines: set[int], words: Words) -> None:
    """Hint "dateline" on the mentions that are a dateline's place: at a start :func:`find_datelines`
    found, or a name in capitals before a dash or bracket ("IMMOKALEE – Congressman ...": inside the text)."""
    for m in mentions:
        if m.start in datelines or (words[m.text].caps and _CAPS_DATELINE_AFTER.match(text, m.end)):
            m.hints.add("dateline")
