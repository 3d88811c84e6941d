"""A copy of a text in which every character that is no ASCII letter, digit or "_" is a space, at the same
offsets: the word scans look for their words after a space in it.

An Aho-Corasick automaton (pyahocorasick) of " " + each word, run over this copy, finds the words where they
start a word in about the time it takes to read the text: its root has one way on, the space, so each
character costs one comparison, and only after a space does it try the words' letters. (The same words in
one alternation of ``re`` cost a try of the alternation at every space, several times more; the words
without the space, in the text itself, cost a look among all their first letters at every character.)
A letter beyond ASCII is a space here too: a word found right after one does not start a word, and the
scans drop it (:func:`after_letter`).
"""

from __future__ import annotations

import importlib
from typing import Any, Final

# Each byte of a Latin-1 text to itself if it is an ASCII letter, digit or "_", else to a space.
_NON_WORD_TO_SPACE: Final = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)


def spaced(text: str) -> str:
    """``text`` with every character that is no ASCII letter, digit or "_" a space (beyond Latin-1 through
    the "?" of the encoding, which is a space too)."""
    return text.encode("latin-1", "replace").translate(_NON_WORD_TO_SPACE).decode("latin-1")


def after_letter(text: str, i: int) -> bool:
    """Whether a word found at ``i`` (> 0) in the spaced copy of ``text`` follows a letter, digit or "_"
    beyond ASCII, one that the copy made a space: then it starts no word."""
    before = text[i - 1]
    return before >= "\x80" and (before.isalnum() or before == "_")


def word_at(text: str, p: int) -> str:
    """The word (letters, digits and "_", as re's "\\w+") that starts at ``p``."""
    end = p
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[p:end]


def wordscan() -> Any:
    """The C pass that finds where words of a list start words of a text (``_wordscan.c``, built with the
    compiled modules by scripts/build_native.py), or None: then the scans run their automata, which find
    the same (tests/unit/test_word_starts.py)."""
    try:
        return importlib.import_module("geo.extract._wordscan")
    except ImportError:
        return None
