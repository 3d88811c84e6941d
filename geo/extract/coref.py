"""Coreference: "the city", "the town", "the village", "the camp", "the capital", "the area" that refer to a
place named before. Each such phrase refers to the most recent compatible place mentioned in the preceding
sentences of its paragraph or of the paragraph before (a town for "the town", not a country); the phrase
becomes a mention of that place, so the sentence it is in makes an event there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, NamedTuple
from weakref import WeakKeyDictionary

from geo.extract.gazetteer import Gazetteer
from geo.extract.mentions import BACKGROUND_HINTS, Mention
from geo.extract.nearby import cue_starts
from geo.extract.resolve import Resolved, km_between
from geo.extract.sentences import PARAGRAPH_BREAK
from geo.extract.uses import last_words, read_before
from geo.vocab import MentionReason

# The nouns a phrase refers back with (also words of the cue pass, which finds where they start a word)
PHRASE_NOUNS: Final = (
    *("city", "town", "village", "camp", "capital", "hotel", "hospital", "mosque", "market", "school"),
    *("airport", "prison", "dam", "church", "stadium", "bridge", "refinery"),
)
# "the city" but not "the city of Raqqa" (the name follows), "the city's" is fine, "the city council" is not.
# It is looked for from the "h" of "the" or "this" (a look-behind reads the "t" and the word boundary before
# it): re skips at once from one "h" of the text to the next, several times faster than trying a pattern
# that opens with a word boundary, or with a set of characters, at each character. A match starts one
# character before its own start.
_PHRASE: Final = re.compile(
    rf"h(?<=(?<!\w)[Tt]h)(?:e|is)\s+(?P<noun>{'|'.join(PHRASE_NOUNS)})\b(?!\s+of\b|\s+(?:council|hall|centre|"
    r"center|authorities|officials|governor|mayor|police|walls|director|staff|owner|management|administration)"
    r"\b|-|'|’)"
)
# Nouns that refer only to a facility named before with the same head ("the hotel": the Safari Hotel).
_FACILITY_NOUNS: Final = frozenset(
    [
        "hotel",
        "hospital",
        "mosque",
        "market",
        "school",
        "airport",
        "prison",
        "dam",
        "church",
        "stadium",
        "bridge",
        "refinery",
    ]
)
_HEAD_AFTER: Final = re.compile(r"\s+(?:international\s+)?(\w+)", re.IGNORECASE)
# What each noun may refer to, by the place's geo precision.
_COMPATIBLE: Final = {
    "city": ("point",),
    "town": ("point",),
    "village": ("point",),
    "capital": ("point",),
    "camp": ("point", "approximate"),
    "area": ("point", "approximate", "region"),
}


# "the town" is no city of millions, "the village" no town ("withdrew from the town": Palmyra, not Damascus)
_LARGEST: Final = {"town": 1_000_000, "village": 100_000}
_CAPITAL_MIN: Final = 300_000  # "the capital" further back than the paragraph before: a city that large


# A place named as an example ("key areas, including Homs and Damascus"): "the town" after it is not there
_EXAMPLE_BEFORE: Final = re.compile(
    r"\b(?:including|such\s+as)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*|\s+and\s+))*$"
)


def _is_example(text: str, start: int) -> bool:
    """Is the place at ``start`` named as an example? (The pattern is tried only where its cue words are
    near: each candidate of each phrase asks.)"""
    lo = max(0, start - 60)
    window = text[lo:start]
    return ("including" in window or "such" in window) and bool(_EXAMPLE_BEFORE.search(text, lo, start))


class Coreference(NamedTuple):
    resolved: Resolved  # the referent's place, with the phrase as its mention
    refers_to: Resolved  # the earlier mention it refers to


def find_coreferences(
    text: str,
    sentences: list[tuple[int, int]],
    places: list[Resolved],
    unplaced: Sequence[int] = (),
    capitals: frozenset[str] | None = None,
) -> list[Coreference]:
    """The phrases of ``text`` that refer to an earlier place of ``places`` (in text order), each with the
    place it refers to. ``sentences`` are the text's sentence spans; the search stops after the last.
    ``unplaced``: where the names of places that could not be placed start, in order ("near Palma", a town
    the gazetteer lacks): "the town" after one refers to it, not to a town named before it. ``capitals``: the
    ids of the capital cities of the countries of ``places``; "the capital" refers only to one of them (not
    to the last town named, which is no capital)."""
    if not places or not sentences:
        return []
    end = sentences[-1][1]
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text, 0, end)]
    starts = [s for s, _ in sentences]
    # (a dateline or "London-based" is no place the story is at: "the city" is not the reporter's)
    mapped = [r for r in places if r.mention.mappable and r.mention.hints.isdisjoint(BACKGROUND_HINTS)]
    if not mapped:
        return []
    spans = [(r.mention.start, r.mention.end) for r in mapped]
    out: list[Coreference] = []
    i = 0  # mapped[:i] end before the phrase
    recent: list[Resolved] = []  # mapped places before the phrase, latest last
    lead: Resolved | None = None
    # (a phrase before the first place has nothing to refer to: the search starts after it)
    for p, phrase_end, noun in _phrases(text, mapped[0].mention.end, end):
        while i < len(mapped) and mapped[i].mention.end <= p:
            recent.append(mapped[i])
            if lead is None and mapped[i].geo_precision == "point":
                lead = mapped[i]  # the story's own town: the first it names
            i += 1
        if any(s < phrase_end and p < e for s, e in spans[max(0, i - 1) : i + 1]):
            continue  # inside a place name ("Kuwait City")
        k = bisect_right(starts, p) - 1
        sent_start = starts[k] if k >= 0 else 0
        para = bisect_right(breaks, p)
        lowest = breaks[para - 2] if para >= 2 else 0  # the paragraph before starts after this break
        allowed = _COMPATIBLE.get(noun, ())
        referent = None
        same_sentence = set()
        facility = noun in _FACILITY_NOUNS
        town = None  # for a facility never named: the story's town it is in ("the airport" of Goma)
        for r in reversed(recent[-30:]):
            if r.mention.start >= sent_start:
                same_sentence.add(r.place.id)
                if (
                    not facility
                    and _fits(noun, r, allowed)
                    and not _is_example(text, r.mention.start)
                    and (noun != "capital" or capitals is None or r.place.id in capitals)
                ):
                    referent = r  # the nearest town is of the phrase's own sentence: an event already
                    break
                continue
            if r.mention.start < lowest and not facility and noun != "capital":
                break  # (a named facility, or the capital, is looked for further back)
            if facility:
                if _head(text, r) == noun:
                    referent = r
                    break
                if town is None and r.geo_precision == "point":
                    town = r  # (the story's last town, however far back: "the airport" is its airport)
            elif _is_example(text, r.mention.start):
                continue  # "areas including Homs and Damascus": examples, not where the story is
            elif _fits(noun, r, allowed) and (
                noun != "capital"
                or (
                    (capitals is None or r.place.id in capitals)
                    and (r.mention.start >= lowest or r.place.population >= _CAPITAL_MIN)
                )
            ):
                referent = r
                break
        if referent is None and not facility and noun in ("city", "town") and not same_sentence:
            # beyond the paragraph before: the story's own town, the first it names ("the outskirts of the
            # city" six paragraphs after "an attack in Bamako")
            if lead is not None and _fits(noun, lead, allowed) and not _is_example(text, lead.mention.start):
                referent = lead
        if referent is not None and noun in ("city", "capital"):
            referent = _city_around(text, referent, recent)
        approximate = referent is None and town is not None
        if approximate:
            referent = town
        if referent is None or referent.place.id in same_sentence:
            continue
        if noun in _UNPLACED_BLOCKS and _named_since(text, unplaced, referent.mention.end, p):
            continue  # "attacked Macomia ... near Palma after an attack on the town": Palma, not placed
        mention = replace(
            referent.mention,
            start=p,
            end=phrase_end,
            text=text[p:phrase_end],
            span_start=None,
            reason=MentionReason.COREFERENCE,
        )
        placed = referent._replace(mention=mention)
        if approximate:
            placed = placed._replace(geo_precision="approximate", label=f"the {noun}, {referent.label}")
        out.append(Coreference(placed, referent))
    return out


# The phrases that refer to the last town named, whether it could be placed or not
_UNPLACED_BLOCKS: Final = frozenset(["town", "village", "city"])


def unplaced_starts(
    mentions: list[Mention], places: list[Resolved], cues: dict[str, list[int]] | None
) -> list[int]:
    """Where the names start that could not be placed (in order): "the town" after one the text says is a
    place ("near Palma", a town the gazetteer lacks) is that town, not one named before. ``cues``: the cue
    pass's word starts (:func:`cue_starts`): none is needed where none of those nouns is in the text."""
    if cues is not None and not any(noun in cues for noun in _UNPLACED_BLOCKS):
        return []
    placed = {r.mention.start for r in places}
    return [m.start for m in mentions if m.mappable and m.start not in placed]


# The capital city's id of each country code met, per gazetteer (None: none known)
_CAPITAL_IDS: Final[WeakKeyDictionary[Gazetteer, dict[str, str | None]]] = WeakKeyDictionary()


def capital_ids(places: list[Resolved], gaz: Gazetteer, cues: dict[str, list[int]] | None) -> frozenset[str]:
    """The ids of the capital cities of the countries of ``places``: what "the capital" may refer to (none
    needed where the cue pass, ``cues``, found no "capital")."""
    if cues is not None and "capital" not in cues:
        return frozenset()
    known = _CAPITAL_IDS.get(gaz)
    if known is None:
        known = _CAPITAL_IDS[gaz] = {}
    out = set()
    for r in places:
        cc = r.place.country_code
        if cc is None:
            continue
        if cc not in known:
            city = gaz.capital_of(cc)
            known[cc] = city.id if city is not None else None
        found = known[cc]
        if found is not None:
            out.add(found)
    return frozenset(out)


def _named_since(text: str, unplaced: Sequence[int], start: int, end: int) -> bool:
    """Whether a name of ``unplaced`` (in order) that the text says is a place ("near Palma") starts in
    [start, end)."""
    k = bisect_left(unplaced, start)
    while k < len(unplaced) and unplaced[k] < end:
        at = unplaced[k]
        if read_before(last_words(text[max(0, at - 60) : at], 3)).preposition:
            return True
        k += 1
    return False


# A quarter GeoNames lists as a town of its own ("Shevchenkivskyi" in Kyiv), as the text calls it: "the X
# district", "the X and Y districts" (a list of at most four names before the word). It lies this near its
# city's point, and the city is this many times more populous.
_CALLED_QUARTER: Final = re.compile(
    r"(?:,?[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,4}[ \t]+(?:district|neighbou?rhood|quarter|suburb)s?\b"
)
_QUARTER_KM: Final = 15.0
_CITY_TIMES: Final = 2


def _city_around(text: str, r: Resolved, recent: list[Resolved]) -> Resolved:
    """The city the story named that ``r`` is a quarter of, else ``r``: "the city" is Kyiv, not the
    Shevchenkivskyi district named after it (a town near a city that the text does not call a quarter,
    "the city of Douma" near Damascus, stays itself). Looked for among the last places before the phrase."""
    if not _CALLED_QUARTER.match(text, r.mention.end, r.mention.end + 120):
        return r
    best = r
    for c in recent[-30:]:
        if (
            c.geo_precision == "point"
            and c.place.population > _CITY_TIMES * best.place.population
            and km_between(c.lat, c.lon, r.lat, r.lon) < _QUARTER_KM
        ):
            best = c
    return best


def _fits(noun: str, r: Resolved, allowed: tuple[str, ...]) -> bool:
    """Whether ``r`` is a place the noun can mean ("the town" is no city of millions)."""
    return r.geo_precision in allowed and r.place.population < _LARGEST.get(noun, 1 << 62)


def _phrases(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, noun) of each phrase of ``text[lo:hi]``, in order: the matches of ``_PHRASE.finditer(text,
    lo + 1, hi)``, tried only where "the" or "this" and space come before one of the nouns (found where they
    start a word by the cue pass, ``nearby.cue_starts``), not at every "h" of the text."""
    cues = cue_starts(text)
    if cues is None:  # (lower-casing lengthens the text: the pattern looks everywhere)
        return [(m.start() - 1, m.end(), m.group("noun")) for m in _PHRASE.finditer(text, lo + 1, hi)]
    opens: list[int] = []  # where the "h" of each "the" or "this" before a noun is
    for noun in PHRASE_NOUNS:
        for j in cues.get(noun, ()):
            k = j  # back over the space before the noun (each space is before one word: read once)
            while k > lo and text[k - 1].isspace():
                k -= 1
            if k == j:
                continue
            if text.startswith(("the", "The"), k - 3):
                opens.append(k - 2)
            elif text.startswith(("this", "This"), k - 4):
                opens.append(k - 3)
    out: list[tuple[int, int, str]] = []
    after = lo + 1  # where the last phrase ends: as finditer, the next is looked for after it
    for h in sorted(opens):
        if h < after:
            continue
        m = _PHRASE.match(text, h, hi)
        if m is not None:
            out.append((h - 1, m.end(), m.group("noun")))
            after = m.end()
    return out


def _head(text: str, r: Resolved) -> str | None:
    """The facility noun of a facility mention: "hotel" for "the Safari Hotel" (an unlisted place of
    geo.extract.nearby) or for "Kabul airport" (a town's facility), else None."""
    hints = r.mention.hints
    for hint in hints:
        if hint.startswith("facility:"):
            return hint[len("facility:") :]
    if "facility" in hints:
        after = _HEAD_AFTER.match(text, r.mention.end, r.mention.end + 40)
        return after.group(1).lower() if after else None
    return None
