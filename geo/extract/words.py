"""What a capitalised word (or a name of several words) is, wherever it stands: the facts the mention reader
asks of each word of a run, read once per word and gazetteer (:class:`Words`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from geo.extract.gazetteer import Gazetteer, name_key, word_frequency
from geo.extract.lexicon import (
    COUNTRY_INITIALISMS,
    DIRECTIONS,
    FEATURE_WORDS,
    FUNCTION_WORDS,
    MONTHS,
    ORG_CUES,
    PARTICLES,
    PERSON_CUES,
    WEEKDAY_ABBR,
    WEEKDAYS,
)

_NOT_NAMES: Final = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBR)
_DIRECTION_WORDS: Final = frozenset(w.capitalize() for w in DIRECTIONS) | {
    "Central",
    "Upper",
    "Lower",
    "Greater",
}


@lru_cache(maxsize=32768)
def _is_common_word(word: str) -> bool:
    """True for words English writes in lower case often enough to start a sentence ("Most", "Hit")."""
    return word_frequency(word) >= 4.0


@lru_cache(maxsize=32768)
def _is_english_word(word: str) -> bool:
    """True for words English uses in lower case at all often ("Shells", "Clashes"): in a title-case
    headline they are words, not names."""
    return word_frequency(word) >= 3.0


@dataclass(frozen=True, slots=True)
class Word:
    """What a capitalised word (or words: "Deir Ezzor") is, wherever it stands."""

    text: str
    key: str  # gazetteer key
    known: bool  # the gazetteer has the key
    place: bool  # may name a place: a gazetteer key, not a month, direction, feature word or demonym
    caps: bool  # all capitals ("ISIS") and no country initialism: a place only in a dateline
    skip: bool  # a function word or particle: never starts a name
    particle: bool  # "al", "of": never ends a name
    month: bool  # a month or day name: never part of a name
    everyday: bool  # an everyday word and no big place: "Most" only starts the sentence
    common: bool  # an everyday word
    lexical: bool  # an English word, everyday or not: in a title-case headline, no name
    plain: bool  # not a particle, direction or feature word: unknown, it says the run names something else
    cue: bool  # a person or organisation cue ("Colonel", "Forces"), or an organisation's name ("Hamas")
    org_cue: bool
    surname_like: bool
    country: bool  # names a country
    admin1: bool  # names a first-level division ("Tamil Nadu")
    state: bool  # names a division that news calls "X State" ("Borno State"; in the US that is a university)
    demonyms: frozenset  # countries whose demonyms it holds ("Syrian", "Syrian-Kurdish")
    actor: bool = False  # the name of an organisation or armed group (actors.csv): never a place


class Words(dict[str, Word]):
    """``words[w]``: the ``Word`` for ``w``, read once per gazetteer."""

    def __init__(self, gaz: Gazetteer):
        super().__init__()
        self.gaz = gaz

    def __missing__(self, w: str) -> Word:
        if len(self) >= 200_000:  # a long-running app meets ever new names; start afresh now and then
            self.clear()
        facts = self[w] = read_word_facts(w, self.gaz)
        return facts


def read_word_facts(w: str, gaz: Gazetteer) -> Word:
    key = name_key(w)
    particle = w.lower() in PARTICLES
    # (a heading's capitals, "NORTHEAST NIGERIA", read as the words: no Botswana district "North-East")
    plain = w.capitalize() if w.isupper() else w
    vague = w in _NOT_NAMES or plain in _DIRECTION_WORDS or w in FEATURE_WORDS
    common = len(w.split()) == 1 and _is_common_word(w)  # several words together are no everyday word
    actor = gaz.is_actor(key)
    cue = w.rstrip(".") in PERSON_CUES or w in ORG_CUES or actor
    places = gaz.lookup_key(key)
    big = any(c.kind != "city" or c.id.startswith("curated:") or c.population >= 500_000 for c in places)
    return Word(
        text=w,
        key=key,
        known=gaz.has_key(key),
        place=gaz.has_key(key) and not vague and not gaz.demonym_country(w) and not actor,
        caps=w.isupper() and len(w.replace(".", "")) > 1 and w not in COUNTRY_INITIALISMS,
        skip=w in FUNCTION_WORDS or particle,
        particle=particle,
        month=w in _NOT_NAMES,
        everyday=common and not cue and not big,
        common=common,
        lexical=common or (len(w.split()) == 1 and _is_english_word(w)),
        plain=not particle and w not in _DIRECTION_WORDS and w not in FEATURE_WORDS,
        cue=cue,
        org_cue=w in ORG_CUES,
        surname_like=_surname_like(w, gaz),
        country=any(c.kind == "country" for c in places),
        admin1=any(c.kind == "admin1" for c in places),
        state=any(c.kind == "admin1" and c.country_code != "US" for c in places),
        demonyms=frozenset(filter(None, map(gaz.demonyms.get, _capitalised_keys(w)))),
        actor=actor,
    )


_TOKEN: Final = re.compile(r"\w+")
_CAPITALISED: Final = re.compile(r"[A-Z][a-z]+")


def _capitalised_keys(w: str) -> list[str]:
    """The keys of the capitalised words of ``w`` ("Syrian-Kurdish": "syrian", "kurdish"), as the demonyms
    are found in text: a capital and small letters, a whole word."""
    return [t.lower() for t in _TOKEN.findall(w) if _CAPITALISED.fullmatch(t)]


def _surname_like(word: str, gaz: Gazetteer) -> bool:
    """Could ``word`` be a person's surname rather than a well-known place ("Dillon", "Nelson" yes, "Iran" no)?"""
    return not any(c.kind == "country" or c.population >= 1_000_000 for c in gaz.lookup(word))
