"""The first words a regular expression can match, read off its parse tree: a scan that tries a table of
patterns at a word's start tries only those that can begin with that word ("on" is tried with the
patterns that can begin with "on", not with every pattern beginning with "o").

The reading only ever widens: a construct it does not follow (a lookaround, a class of letters, a
repetition of letters) lets the pattern begin with any word that starts with what was read so far.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

# Python's own parser of regular expressions and its op codes, as re uses them (no stubs: typed Any)
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# One way a pattern's match can begin: (the first word lower-cased, whether the word ends there). A word
# that does not end there may go on with letters the reading did not follow.
Start = tuple[str, bool]
ANY_WORD: frozenset[Start] = frozenset([("", False)])

_LIMIT = 512  # more ways than this: any word (the reading stays quick on any pattern)
_WORD_CHAR = re.compile(r"\w")
_SPACES = {_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE, _c.CATEGORY_LINEBREAK, _c.CATEGORY_UNI_LINEBREAK}
_DIGIT_CLASS = ([(_c.CATEGORY, _c.CATEGORY_DIGIT)], [(_c.CATEGORY, _c.CATEGORY_UNI_DIGIT)])  # "\\d"
_SKIPPED = {_c.ASSERT, _c.ASSERT_NOT}  # lookarounds: a test, no character read


def openings(pattern: str, digits: bool = False) -> frozenset[Start]:
    """The ways a match of ``pattern`` can begin (:data:`ANY_WORD`: with any word). With ``digits``, a digit
    of "\\d" is read as "0" wherever it is in the word ("\\d{1,2}th" begins "0th" and "00th", no word of four
    digits), up to four in a row (then the word may go on with anything): the words to try are then read with
    every ASCII digit as "0" (:func:`digit_shape`)."""
    out: set[Start] = set()
    try:
        _walk(list(_parser.parse(pattern)), "", out, 0, digits)
    except _TooMany:
        return ANY_WORD
    return frozenset(out)


_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")


def digit_shape(word: str) -> str:
    """``word`` lower-cased with each ASCII digit read as "0", as :func:`openings` reads "\\d" with ``digits``."""
    return word.lower().translate(_DIGITS_AS_ZERO)


def may_open(starts: Iterable[Start], word: str) -> bool:
    """Whether a match with these ways to begin can begin with ``word`` (all of it, lower-cased, ASCII: the
    reading takes a digit for one of 0-9 and a letter of a case-insensitive pattern for its lower case)."""
    return any(word == w if ends else word.startswith(w) for w, ends in starts)


class _TooMany(Exception):
    pass


def _chars(items: list[Any]) -> list[str] | None:
    """The characters a class of single characters holds ("[Ss]"), or None when it holds more."""
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op is _c.CATEGORY and av in _SPACES:
            out.append(" ")
        else:
            return None
    return out


def _walk(items: list[Any], word: str, out: set[Start], depth: int = 0, digits: bool = False) -> None:
    """Add to ``out`` the ways the sequence ``items`` can begin, after ``word`` was read."""
    if len(out) > _LIMIT or len(word) > 40 or depth > 400:
        raise _TooMany
    depth += 1
    if not items:  # the pattern may end here, and the text's word go on
        out.add((word, False))
        return
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL or op is _c.IN:
        chars = [chr(av)] if op is _c.LITERAL else _chars(av)
        if chars is None:
            if digits and op is _c.IN and av in _DIGIT_CLASS:
                if word.endswith("0000"):  # a long number: any word that begins so
                    out.add((word, False))
                else:
                    _walk(rest, word + "0", out, depth, digits)
            elif op is _c.IN and not word and av in _DIGIT_CLASS:
                out.update((d, False) for d in "0123456789")  # a word that begins with a digit (in ASCII)
            else:
                out.add((word, False))
            return
        for ch in dict.fromkeys("0" if digits and "0" <= c <= "9" else c.lower() for c in chars):
            if _WORD_CHAR.match(ch):
                _walk(rest, word + ch, out, depth, digits)
            else:  # a character that is no letter ends the word
                out.add((word, True) if word else ("", False))
    elif op is _c.AT:
        if av in (_c.AT_BOUNDARY, _c.AT_UNI_BOUNDARY, _c.AT_LOC_BOUNDARY) and word:
            out.add((word, True))  # the word ends here
        else:
            _walk(rest, word, out, depth, digits)
    elif op in _SKIPPED:
        _walk(rest, word, out, depth, digits)
    elif op is _c.SUBPATTERN:
        _walk([*av[3], *rest], word, out, depth, digits)
    elif op is _c.BRANCH:
        for alternative in av[1]:
            _walk([*alternative, *rest], word, out, depth, digits)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, most, sub = av
        if least == 0:
            _walk(rest, word, out, depth, digits)
        if most != 0:
            again = (op, (max(least - 1, 0), most - 1 if most != _c.MAXREPEAT else most, sub))
            _walk([*sub, again, *rest], word, out, depth, digits)
    else:  # any other character or construct: the word may go on with anything
        out.add((word, False))
