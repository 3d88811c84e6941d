"""Runs of capitalised words: the tokenizer that the mention reader starts from.

A run is one or more capitalised words ("Deir Ezzor", "Islamic State of Iraq and Syria", "U.S."), joined by
spaces, particles ("al", "of") or one line break (a wrapped name). A word right after a hyphen, apostrophe,
"@" or "#" starts no run ("pro-Syrian"); only its demonym is read (:func:`demonyms_after_marks`).
"""

from __future__ import annotations

import re
from typing import Final

from geo.extract.gazetteer import Gazetteer
from geo.extract.lexicon import PARTICLES
from geo.extract.spaced import wordscan

_UP: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽḤṢṬẒ"
_LO: Final = "a-zß-öø-ÿāăąćčďđēėęěğīıłńňōőœřśşšţťūůűźżžḥṣṭẓ"
_L: Final = f"[{_UP}{_LO}]"
# One capitalised word: "Raqa", "Al-Bukamal", "Ma'arrat", "U.S."; or a particle-hyphen word: "ez-Zor", "al-Qaim".
_ABBR: Final = (
    rf"(?:St|Ste|Mt|Ft)\.(?=[ \t]+[{_UP}])"  # "St. Louis", "Ft. Worth": an abbreviation inside a name
)
# Initials ("U.S.", "U.N.E.S.C.O."), at most this many letters and possessive: a longer chain would be read
# again from each of its letters ("U.U.U. ... U.S": quadratic). Any shorter reading ends before a capital,
# where neither a run's next word nor its end can follow, so possessive finds the same runs.
_MAX_INITIALS: Final = 20
_WORD: Final = rf"{_ABBR}|(?:[A-Z]\.){{2,{_MAX_INITIALS}}}+|(?:[{_LO}]{{1,3}}-)?[{_UP}]{_L}*(?:['’](?!s\b){_L}+)*(?:-(?:[{_UP}]|[{_LO}]{{1,3}}-[{_UP}]){_L}*)*"
_GAP: Final = (
    r"(?:[ \t\u00a0]+|[ \t]*\n[ \t]*)"  # a space, or one line break (a wrapped name), never a blank line
)
_PART: Final = "|".join(sorted(PARTICLES, key=len, reverse=True))
RUN: Final = re.compile(
    rf"(?<![\w'’@#-])(?:{_WORD})(?P<more>(?:{_GAP}(?:(?:{_PART}){_GAP})*(?:{_WORD}))*)(?![\w])"
)
# RUN for the runs that start with a capital, written to begin with the capital (the look-behind and the
# rest of the first word come after it) so that re skips straight to capitals: about twice as fast.
_CAPITAL_RUN: Final = re.compile(
    rf"[{_UP}](?<![\w'’@#-][{_UP}])"
    rf"(?:(?<=[SMF])te?\.(?=[ \t]+[{_UP}])|(?<=[A-Z])\.(?:[A-Z]\.){{1,{_MAX_INITIALS - 1}}}+|{_L}*(?:['’](?!s\b){_L}+)*(?:-(?:[{_UP}]|[{_LO}]{{1,3}}-[{_UP}]){_L}*)*)"
    rf"(?P<more>(?:{_GAP}(?:(?:{_PART}){_GAP})*(?:{_WORD}))*)(?![\w])"
)
MORE: Final = RUN.groupindex["more"]  # the words after the first, in both patterns
assert _CAPITAL_RUN.groupindex["more"] == MORE
_PARTICLE_HYPHEN: Final = re.compile(rf"-[{_UP}]")  # "al-Qaim", "ez-Zor": a run may start at the particle

# A run as (start, end, where the words after the first start): what the names read of a match of RUN
Run = tuple[int, int, int]

# The same matches of _CAPITAL_RUN found in C (``_wordscan.capital_runs``, when it is built: a matcher of
# this one pattern that tries its choices in re's order), about ten times as fast; it hands a text back to
# re when it would take long (a chain of hundreds of capitalised words). It is given the letters of the
# classes (all below U+2000) and the particles, longest first as the pattern tries them.
_CLASS_LIMIT: Final = 0x2000
_WORDSCAN: Final = wordscan()
_RUN_TABLE: Final = (
    _WORDSCAN.run_table(
        "".join(c for c in map(chr, range(_CLASS_LIMIT)) if re.match(f"[{_UP}]", c)),
        "".join(c for c in map(chr, range(_CLASS_LIMIT)) if re.match(f"[{_LO}]", c)),
        sorted(PARTICLES, key=len, reverse=True),
    )
    if _WORDSCAN is not None
    else None
)


def _capital_runs(text: str) -> list[Run]:
    """The runs of ``_CAPITAL_RUN.finditer(text)``."""
    if _RUN_TABLE is not None:
        found = _WORDSCAN.capital_runs(_RUN_TABLE, text)
        if found is not None:
            return found
    return [(m.start(), m.end(), m.start(MORE)) for m in _CAPITAL_RUN.finditer(text)]


def find_runs(text: str) -> list[Run]:
    """The runs of ``RUN.finditer(text)``: those starting with a capital, and the rare ones starting with
    a particle ("al-Qaim") merged in, each kept only if it starts after the one before ends.

    They are merged in text order as they are found (the particle starts come in order, and a capital run
    goes before a particle run at the same start), and a particle run is looked for only where it would be
    kept: one in the middle of a run already kept ("al-Qaim ez-Zor al-Bab ...", one long run) is never
    read, else each hyphen of a long run would read the rest of it again (quadratic)."""
    runs = _capital_runs(text)
    out: list[Run] = []
    k = 0  # runs[k] is the next capital run to merge
    for hyphen in _PARTICLE_HYPHEN.finditer(text):
        h = hyphen.start()
        for p in range(max(0, h - 3), h):
            while k < len(runs) and runs[k][0] <= p:
                if not out or runs[k][0] >= out[-1][1]:
                    out.append(runs[k])
                k += 1
            if out and p < out[-1][1]:
                continue  # it would start inside the run before: not kept
            if run := RUN.match(text, p):
                out.append((run.start(), run.end(), run.start(MORE)))
    if not out:
        return runs  # no particle run (most texts): the capital runs as they are
    for r in runs[k:]:
        if r[0] >= out[-1][1]:
            out.append(r)
    return out


def sentence_initial(text: str, pos: int) -> bool:
    """Does ``pos`` open a sentence or line (only quotes, brackets or space before it, back to a stop)?"""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n•-—–|"


# A capitalised word right after a hyphen, apostrophe, "@" or "#" (none starts a run), looked for after a
# literal "-" in a copy where those marks are "-" (re skips to a literal character far faster than it
# tests a class of them).
_WORD_AFTER_MARK: Final = re.compile(r"-([A-Z][a-z]+)\b")


def demonyms_after_marks(text: str, gaz: Gazetteer) -> set[str]:
    """The countries of the demonyms right after a hyphen, apostrophe, "@" or "#" ("pro-Syrian", "'Iraqi")."""
    marked = text.replace("'", "-").replace("’", "-").replace("@", "-").replace("#", "-")
    return {c for m in _WORD_AFTER_MARK.finditer(marked) if (c := gaz.demonyms.get(m.group(1).lower()))}
