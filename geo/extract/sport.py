"""Sport: in a story about sport, a place name where a club's would stand ("against Louisville",
"Liverpool have won", "Birmingham City") names the club, not the place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geo.extract.uses import last_words, read_before

if TYPE_CHECKING:
    from geo.extract.mentions import Mention

_TEAM_BEFORE: Final = re.compile(
    r"\b(?:against|beat|beats|beating|defeated|defeating|outlasted|edged|routed|thrashed|vs\.?|v\.?|"
    r"loan\s+from|cost)\s+$"
)
_TEAM_AFTER: Final = re.compile(
    r"\s+(?:have|are|were|coach|players|fans|manager|boss|squad|supporters|academy|City)\b"
)  # "Liverpool have won", "Birmingham City"


# How the words before a name end when _TEAM_BEFORE can match (then only space follows): most names are
# ruled out by this alone.
_TEAM_BEFORE_ENDS: Final = (
    "against",
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeating",
    "outlasted",
    "edged",
    "routed",
    "thrashed",
    "vs",
    "vs.",
    "v",
    "v.",
    "from",
    "cost",
)


def team_cue(text: str, m: Mention) -> bool:
    """Words around a name that make it a club if the story is about sport."""
    lo = max(0, m.start - 20)
    before = text[lo : m.start]
    if (
        before[-1:].isspace()
        and before.rstrip().endswith(_TEAM_BEFORE_ENDS)
        and _TEAM_BEFORE.search(text, lo, m.start)
    ):
        return True
    after = _TEAM_AFTER.match(text, m.end) if text[m.end : m.end + 1].isspace() else None
    if after and after.group().lstrip() == "City":  # "their trip to Birmingham City": the club's ground
        return not read_before(last_words(text[max(0, m.start - 60) : m.start], 3)).preposition
    return bool(after)


_SPORTS: Final = re.compile(
    r"\b(?:points|rebounds|goals?|scored|scoring|coach|season|overtime|semifinals?|quarterfinals?|"
    r"championship|league|tournament|innings|touchdowns?|striker|midfielder|goalkeeper|defender|"
    r"playoffs?|fixture|match|matches|halftime|half-time|penalty|Final Four|basketball|football|soccer|"
    r"baseball|hockey|NBA|NCAA|NFL|FA Cup|Premier League)\b"
)


# Each word _SPORTS can find, as it is written: a text holding fewer than three of them (nearly every story)
# has fewer than three different sports words, and is not searched (the pattern tries every position)
_SPORTS_WORDS: Final = (
    *("points", "rebounds", "goal", "goals", "scored", "scoring", "coach", "season", "overtime"),
    *("semifinal", "semifinals", "quarterfinal", "quarterfinals", "championship", "league", "tournament"),
    *("innings", "touchdown", "touchdowns", "striker", "midfielder", "goalkeeper", "defender", "playoff"),
    *("playoffs", "fixture", "match", "matches", "halftime", "half-time", "penalty", "Final Four"),
    *("basketball", "football", "soccer", "baseball", "hockey", "NBA", "NCAA", "NFL", "FA Cup"),
    "Premier League",
)


# Each of them alone, as a whole word. No word of the list lies inside another where both could match
# (tests/unit/test_word_starts.py), so the different words _SPORTS finds are those found alone: a search for
# each word the text holds (a literal, found at once) instead of the alternation tried at every position.
_SPORTS_WORD: Final = {word: re.compile(rf"\b{re.escape(word)}\b") for word in _SPORTS_WORDS}
# Their lower case, where the cue pass over the text can find them (nearby.cue_starts: letters, digits and
# spaces): a word is looked for in the text only when it starts a word there in some case, not forty times
# in every text (a word of other characters, "half-time", is looked for as before)
SPORTS_KEYS: Final = {
    word: word.lower() for word in _SPORTS_WORDS if re.fullmatch(r"[A-Za-z0-9_]+(?: [A-Za-z0-9_]+)*", word)
}


def is_sports(text: str) -> bool:
    """A story about sport: several different sports words (as ``_SPORTS`` finds them)."""
    from geo.extract.nearby import cue_starts  # (nearby reads mentions, which read this module)

    cues = cue_starts(text)
    if cues is None:  # (lower-casing lengthens the text: every word is looked for)
        held = [word for word in _SPORTS_WORDS if word in text]
    else:
        held = [
            word
            for word in _SPORTS_WORDS
            if ((key := SPORTS_KEYS.get(word)) is None or key in cues) and word in text
        ]
    if len(held) < 3:
        return False
    return len({word.lower() for word in held if _holds_word(text, word, cues)}) >= 3


def _holds_word(text: str, word: str, cues: dict[str, list[int]] | None) -> bool:
    """``_SPORTS_WORD[word].search(text)``, read off where its lower case starts a word (``cues``) when
    the cue pass finds it, instead of a search of the whole text."""
    key = SPORTS_KEYS.get(word)
    if cues is None or key is None:
        return _SPORTS_WORD[word].search(text) is not None
    size = len(word)
    # (it starts a word there: "\b" before it; then its case, and "\b" after it)
    return any(text.startswith(word, i) and not _word_char_at(text, i + size) for i in cues.get(key, ()))


def _word_char_at(text: str, i: int) -> bool:
    """Whether a character of a word (alphanumeric or "_", as re's word characters) is at ``i``."""
    return i < len(text) and (text[i].isalnum() or text[i] == "_")
