"""Lists of places ("Iraq and Syria", "United States, Canada, Australia and Germany"): the gap between two
names in one, and what a list says about the countries in it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geo.vocab import MentionReason

if TYPE_CHECKING:
    from geo.extract.mentions import Mention

# "Iraq and Syria", "Iraq, Syria", "Greece Italy": the gap between two names in a list. The first space is
# possessive: the space before "and" is all read by it (a second \s* after it would try every split of a
# long run of spaces between the two: quadratic); the gaps it matches are the same.
LIST_GAP: Final = re.compile(r"\s*+(?:,|,?\s*and|,?\s*or|&)\s+|[ \t]+")


def list_gap(text: str, start: int, end: int) -> bool:
    """``LIST_GAP.fullmatch(text, start, end)``: most gaps between two names are ruled out by their first
    character (a gap opens with a space, ",", "&", or the "a" or "o" of "and" or "or") without a match."""
    if start >= end:
        return False
    first = text[start]
    if not (first in ",&ao" or first.isspace()):
        return False
    # ... and by the character before the space it ends with ("," or the "d" of "and", the "r" of "or", "&"),
    # unless it is all space: most gaps end with a word ("in", "of")
    last = end - 1
    while last > start and text[last].isspace():
        last -= 1
    return (text[last] in ",&dr" or text[last].isspace()) and LIST_GAP.fullmatch(text, start, end) is not None


def lists_are_places(text: str, mentions: list[Mention]) -> None:
    """In a list of places ("United States, Canada, Australia and Germany"), one locating them all, or
    a list of three or more, makes every country in it a location, not an actor."""
    chain: list[Mention] = []
    for m in [*mentions, None]:
        if m is not None and chain and list_gap(text, chain[-1].end, m.start):
            chain.append(m)
            continue
        # (a mention on its own is left as it is: a mappable one has no "actor" to undo)
        if len(chain) >= 3 or (len(chain) == 2 and (chain[0].mappable or chain[1].mappable)):
            for c in chain:
                if c.reason == MentionReason.ACTOR:
                    c.mappable, c.reason = True, MentionReason.NONE
        chain = [m] if m is not None else []
