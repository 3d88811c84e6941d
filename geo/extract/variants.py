"""Names the gazetteer knows under another spelling: "Nabatiyeh" for Nabatieh, "Barsalogho" for Barsalogo.

Transliteration gives most towns of a war several spellings, and GeoNames lists only some. A capitalised
word the gazetteer does not know, which the text puts somewhere ("in Nabatiyeh,", "the village of
Barsalogho"), is looked for among the towns of the countries the text is about: a town whose name is
spelt nearly the same (same first letter, length within two letters, most letters in the same order) is
that town, when no other town of those countries is as close. It is marked with the hint "variant" and
placed at the town's point.

Each unknown word is compared only with the towns of its first letter and length in those countries
(read once per gazetteer and country), and at most ``_MOST_WORDS`` words are looked up per text: the
work stays linear in the text's length.
"""

from __future__ import annotations

import re
import string
from difflib import SequenceMatcher
from typing import Final
from weakref import WeakKeyDictionary

import ahocorasick

from geo.extract.gazetteer import Gazetteer, name_key, word_frequency
from geo.extract.mentions import Mention
from geo.extract.nearby import LOCATIVE_CUES, cue_starts, overlaps
from geo.extract.place import Place
from geo.extract.resolve import Resolved, km_between

# "in Nabatiyeh,", "near Barsalogho.", "the village of Solhan": a locative cue, one unknown capitalised word
# (maybe hyphened, maybe after an Arabic article), and the end of the name
_CUED: Final = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Ii]nto|[Ff]rom|(?:town|village|city|district|camp)\s+of)\s+"
    r"(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z’'-]{3,24})(?=[,.;:)]|\s+(?:on|and|in|near|,|where|when)\b)"
)
_MIN_RATIO: Final = 0.84  # SequenceMatcher's ratio of the keys: "nabatiyeh" ~ "nabatieh" is 0.94
_CLEAR: Final = 0.03  # the best town must be this much closer than any other town far from it
_FAR_KM: Final = 50.0
_MOST_WORDS: Final = 40  # unknown words looked up in one text
_MIN_POPULATION: Final = 1000  # smaller villages' spellings are too many to be told apart
_COMMON: Final = 3.0  # a word English uses this often (Zipf) is a word, not a misspelt town

_BY_COUNTRY: Final[
    WeakKeyDictionary[Gazetteer, dict[str, dict[tuple[str, int], list[tuple[str, Place]]]]]
] = WeakKeyDictionary()


def find_variants(text: str, end: int, places: list[Resolved], gaz: Gazetteer) -> list[Resolved]:
    """Towns named in another spelling in ``text`` up to ``end``, placed; ``places`` are the places already
    found (their countries are what the text is about, and their spans are not looked at again)."""
    countries = sorted({r.place.country_code for r in places if r.place.country_code and r.mention.mappable})
    if not countries:
        return []
    spans = sorted((r.mention.start, r.mention.end) for r in places)
    out: list[Resolved] = []
    tried: dict[str, Place | None] = {}
    for m in _cued(text, end):
        s, e = m.span("name")
        word = m.group("name")
        key = name_key(word)
        if key not in tried:
            if len(tried) >= _MOST_WORDS:
                break
            tried[key] = _remembered_town(gaz, key, word, tuple(countries))
        town = tried[key]
        if town is None or overlaps(spans, s, e):
            continue
        mention = Mention(s, e, word, key, hints={"variant"})
        out.append(Resolved(mention, town, round(town.lat, 5), round(town.lon, 5), "point", town.name))
    return out


_KNOWN: Final[WeakKeyDictionary[Gazetteer, dict[tuple[str, str, tuple[str, ...]], Place | None]]] = (
    WeakKeyDictionary()
)
_MOST_KNOWN: Final = 65536  # answers kept per gazetteer (the same words come back in text after text)


def _remembered_town(gaz: Gazetteer, key: str, word: str, countries: tuple[str, ...]) -> Place | None:
    """``_town``, each answer kept for the next texts."""
    known = _KNOWN.get(gaz)
    if known is None or len(known) > _MOST_KNOWN:
        known = _KNOWN[gaz] = {}
    ask = (key, word, countries)
    if ask not in known:
        known[ask] = _town(gaz, key, word, countries)
    return known[ask]


def _cued(text: str, end: int) -> list[re.Match]:
    """The matches of ``_CUED`` in ``text`` up to ``end``, tried only where a cue word and the capital or
    Arabic article after it start: the cue words alone ("in ", "at ") are too many. The cues come from the
    pass over the text that finds those of :mod:`nearby` too (:func:`cue_starts`), checked here for their
    case and what follows; each is tried as often as :data:`_CUE_STARTS` would find it ("in Al-Bab" is "in A"
    and "in Al-")."""
    starts = cue_starts(text)
    if starts is None:  # lower-casing changed the text's length: the cues are read again, case and all
        return _cued_by_automaton(text, end)
    at: list[tuple[int, int]] = []  # (start, times found)
    for cue in LOCATIVE_CUES:
        size = len(cue) + 1
        title = cue.capitalize() if " " not in cue else cue  # "In Nabatiyeh," opening a sentence
        for i in starts.get(cue + " ", ()):
            j = i + size  # the name's first letter
            if j >= end:
                break
            word = text[i : i + size - 1]
            if word != cue and word != title:
                continue
            first = text[j]
            if "A" <= first <= "Z":
                times = 2 if j + 3 <= end and text[j + 1 : j + 3] == "l-" and first in "AE" else 1
            elif first in "ae" and j + 3 <= end and text[j + 1 : j + 3] == "l-":
                times = 1
            else:
                continue
            at.append((i, times))
    at.sort()
    found = []
    for i, times in at:
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
            m = _CUED.match(text, i, end)
            if m is not None:
                for _ in range(times):
                    found.append(m)
    return found


def _cued_by_automaton(text: str, end: int) -> list[re.Match]:
    """``_cued`` in one pass of its own automaton over the text as it is."""
    found = []
    for last, size in _CUE_STARTS.iter(text, 0, end):
        i = last - size + 1
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
            m = _CUED.match(text, i, end)
            if m is not None:
                found.append(m)
    return found


def _cue_starts() -> ahocorasick.Automaton:
    """An Aho-Corasick automaton (pyahocorasick) of each cue word of ``_CUED`` with a space and what a name
    can start with."""
    cues = [*LOCATIVE_CUES]
    cues += [c.capitalize() for c in cues if " " not in c]  # "In Nabatiyeh," opening a sentence
    firsts = [*string.ascii_uppercase, "al-", "el-", "Al-", "El-"]
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for cue in cues:
        for first in firsts:
            automaton.add_word(f"{cue} {first}")
    automaton.make_automaton()
    return automaton


_CUE_STARTS: Final = _cue_starts()


def _town(gaz: Gazetteer, key: str, word: str, countries: tuple[str, ...] | list[str]) -> Place | None:
    """The town of ``countries`` spelt nearly as ``key``, if the gazetteer does not know ``key`` and one
    town is clearly the closest."""
    if gaz.has_key(key) or gaz.is_actor(key) or gaz.demonym_country(word) or word_frequency(word) >= _COMMON:
        return None
    scored: list[tuple[float, Place]] = []
    for cc in countries:
        by_shape = _towns(gaz, cc)
        for length in range(len(key) - 2, len(key) + 3):
            for other, place in by_shape.get((key[0], length), ()):
                ratio = SequenceMatcher(None, key, other).ratio()
                if ratio >= _MIN_RATIO:
                    scored.append((ratio, place))
    if not scored:
        return None
    scored.sort(key=lambda rp: (-rp[0], -rp[1].population))
    best_ratio, best = scored[0]
    for ratio, place in scored[1:]:
        if best_ratio - ratio >= _CLEAR:
            break
        if place.id != best.id and km_between(best.lat, best.lon, place.lat, place.lon) > _FAR_KM:
            return None  # two towns spelt as near: not a sure one
    return best


def _towns(gaz: Gazetteer, cc: str) -> dict[tuple[str, int], list[tuple[str, Place]]]:
    """The towns of country ``cc`` by the first letter and length of each name key (read once)."""
    per_country = _BY_COUNTRY.get(gaz)
    if per_country is None:
        per_country = _BY_COUNTRY[gaz] = {}
    found = per_country.get(cc)
    if found is None:
        found = per_country[cc] = {}
        for key, place in gaz.names_of(cc):  # its own name and its other names
            if place.kind == "city" and place.population >= _MIN_POPULATION:
                found.setdefault((key[0], len(key)), []).append((key, place))
    return found
