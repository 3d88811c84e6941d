"""Split article text into sentences with exact offsets.

Abbreviations ("Nov.", "U.S.", "Gen.", "Col.", "a.m.") and initials do not end a sentence. A line break
ends one when the line before is a headline, a caption or ends in punctuation, but not when it merely
wraps a long line ("... the city of Deir\\nEzzor on Nov. 4").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "maj",
        "lt",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "gov't",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "rev",
        "brig",
        "brgy",  # a Philippine barangay ("Brgy. Danag")
        "cpl",
        "pvt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "fig",
        "al",
        "u.s",
        "u.k",
        "u.n",
        "u.a.e",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "d.c",
    ]
)

# A candidate end: terminal punctuation, closing quotes/brackets, then space and what may start a sentence.
# It is looked for in a copy of the text where "!" and "?" are ".": re skips from one literal character to
# the next far faster than it tests each character against a class. The space after an end is captured:
# the next sentence starts after it. It starts only at the first dot of a run of dots ("...") and reads the
# run and the quotes after it possessively: from any dot of the run it would read the same rest, so it ends
# a sentence from the first or from none; tried from each dot, a long run of dots was quadratic.
_END: Final = re.compile(r"""\.(?<!\.\.)\.*+["'”’)\]]*+(?:(?=(\s+)["'“‘(\[]?[A-Z0-9])|$)""")
_WORD_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'")
WRAP_WIDTH: Final = 60  # a line at least this long that stops mid-sentence is a wrapped line, not a headline


# A named tuple, immutable: one is made per sentence, three times faster than a frozen dataclass.
class Sentence(NamedTuple):
    start: int
    end: int
    text: str


# A blank line: the paragraph break that coreference, unlisted places and the story's end count by.
PARAGRAPH_BREAK: Final = re.compile(r"\n(?:[ \t]*\n)+")


def _is_abbreviation(text: str, dot: int) -> bool:
    # The word before the dot: letters, dots and apostrophes ("U.S", "gov't"), at most 12 characters back.
    lo = dot - 12 if dot > 12 else 0
    space = text.rfind(" ", lo, dot)
    word = text[space + 1 : dot]
    if space < 0 or not (word.isalpha() and word.isascii()):  # not just plain letters after a space
        start = dot
        while start > lo and text[start - 1] in _WORD_CHARS:
            start -= 1
        word = text[start:dot].lstrip(".'").rstrip(".")
    word = word.lower()
    if len(word) == 1:  # an initial: "John F. Kennedy"
        return True
    return word in ABBREVIATIONS


def _blocks(text: str):
    """Yield (start, end) of line groups: a line break splits unless it wraps a long line."""
    start = None
    prev_len = 0
    prev_open = False
    pos = 0
    line_start = 0
    lines = text.split("\n")
    if not lines[-1]:
        lines.pop()  # nothing after the last line break
    for line in lines:
        body = line.rstrip()
        if not body:
            if start is not None:
                yield start, pos
                start = None
            prev_open = False
        else:
            joins = (
                start is not None and prev_open and (prev_len >= WRAP_WIDTH or body.lstrip()[:1].islower())
            )
            if start is not None and not joins:
                yield start, pos
                start = None
            if start is None:
                start = line_start + (len(line) - len(line.lstrip()))
            prev_len = len(body)
            prev_open = body[-1:] not in '.!?:"”’)' and not body.endswith("...")
        pos = line_start + len(body)
        line_start += len(line) + 1
    if start is not None:
        yield start, pos


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, trimmed of surrounding space, each with ``text[start:end] == sentence.text``."""
    return [Sentence(start, end, text[start:end]) for start, end in sentence_spans(text)]


def sentence_spans(text: str, until: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``split_sentences``, without building a Sentence for each. With
    ``until``, they stop at the first sentence that reaches it."""
    reach = len(text) + 1 if until is None else until
    out: list[tuple[int, int]] = []
    dotted = text.replace("!", ".").replace("?", ".")
    for b_start, b_end in _blocks(text):
        s = b_start
        for m in _END.finditer(dotted, b_start, b_end):
            dot, end = m.span()
            if end - dot == 1 and text[dot] == "." and _is_abbreviation(text, dot):
                continue
            out.append((s, end))
            if end >= reach:
                return out
            space_start, space_end = m.span(1)
            s = space_end if space_start >= 0 else end  # past the space after the end
        if rest := _rest(text, s, b_end):
            out.append(rest)
            if rest[1] >= reach:
                return out
    return out


def _rest(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the rest of a block after its last sentence end, trimmed, unless it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
