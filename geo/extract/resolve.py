"""Choose the place each mention names, and where to put its point.

Among same-name candidates the document decides first (countries it names or whose demonyms it uses, its
dateline, places near other places it names), then prominence. A small town the document gives no
reason to expect ("Obama" in a story about Iraq) is dropped: a wrong marker is worse than none.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Final, NamedTuple, TypeVar

from geo.extract.gazetteer import Gazetteer, name_key
from geo.extract.lexicon import DIRECTIONS
from geo.extract.lists import list_gap
from geo.extract.mentions import Mention
from geo.extract.place import Place
from geo.extract.uses import last_words
from geo.vocab import MentionReason

KIND_PRECISION: Final = {
    "country": "country",
    "admin1": "region",
    "region": "region",
    "city": "point",
    "site": "point",
    "water": "region",  # a sea, lake or river: mapped at its point only where something happens on it
}
_KIND_WEIGHT: Final = {
    "country": 8.0,
    "admin1": 5.0,
    "region": 5.0,
    "water": 8.0,  # "Tigris", "Red Sea": the river or sea, not a town or province sharing the word
}  # a country beats a same-named city
_LOCATIVE_BEFORE: Final = re.compile(
    r"(?:,\s+of\s+|\b(?:(?:in|inside|within|at|near|outside|beyond|into|toward|towards|around|across|through|throughout|along|from|between|on|close\s+to)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|district)\s+of\s+)?"
    r"|(?:city|town|village|province|district|region|suburb|neighbourhood|neighborhood)\s+(?:of\s+)?))$",
    re.IGNORECASE,  # "In Kadugli, ..." opening a sentence, or a title-case headline
)
_TOWN_OF: Final = re.compile(
    r"\b(city|town|village|hamlet)\s+of\s+$"
)  # "the city of Jenin", "the town of Palma"
_TOWN_AFTER: Final = re.compile(
    r"[ \t]+(?:town|township|village)\b(?![ \t]+(?:of|council|hall|square|centre|center)\b)"
)
# "the Kyivskyi district of Kharkiv", "the Salah al-Din neighbourhood of Tripoli": a part of the town named
# right after it (read at the end of the name: bounded)
_PART_OF: Final = re.compile(
    r"[ \t]+(?:neighbou?rhood|district|quarter|suburb)[ \t]+of[ \t]+(?:the[ \t]+(?:city[ \t]+of[ \t]+)?)?"
)
_PART_WORDS: Final = ("neighbourhood", "neighborhood", "district", "quarter", "suburb")
_PART_CUES: Final = (
    "neighbo",
    "district",
    "quarter",
    "suburb",
)  # (words of the cue pass: nearby._QUARTER_WORDS)
_FAR_KM: Final = 2000.0  # from a town to every other place of its story: another story's town of that name
_SURE_POP: Final = (
    1_000_000  # a city this large needs no more; a smaller one far from a story of other lands does
)
MIN_UNSUPPORTED_POP: Final = 100_000  # a town the document gives no reason for must be this large
MIN_SUPPORTED_POP: Final = 10_000  # ... and a town in a country the document names, unless a cue says "place"


# A named tuple, immutable: one is made per placed mention, three times faster than a frozen dataclass.
class Resolved(NamedTuple):
    mention: Mention
    place: Place
    lat: float
    lon: float
    geo_precision: str
    label: str  # "Raqqa", "eastern Syria", "40 km northwest of Tikrit"


def resolve(
    text: str,
    mentions: list[Mention],
    gaz: Gazetteer,
    demonyms: set[str],
    mappable_only: bool = False,
    cues: dict[str, list[int]] | None = None,
) -> list[Resolved]:
    """Resolve mentions to places; mentions with no acceptable candidate are left out. ``mentions`` and
    ``demonyms`` (the countries whose demonyms the text uses) are what ``read_mentions`` gives.
    ``mappable_only``: leave out the mentions that locate nothing too (their names still count). ``cues``:
    the cue pass's word starts (:func:`geo.extract.nearby.cue_starts`) when the caller has them."""
    if not mentions:
        return []
    # The parts of a town named right after them ("the Kyivskyi district of Kharkiv"): no name of the
    # story's countries, and placed only by the town (below)
    parts = _parts_of_towns(text, mentions, cues)
    if parts:
        keys = list(dict.fromkeys([m.key for i, m in enumerate(mentions) if i not in parts]))
    else:
        keys = list(dict.fromkeys([m.key for m in mentions]))
    names = [_name(gaz, key) for key in keys]  # each name once, in order
    support = demonyms.union(*[n.countries for n in names])
    support.discard(None)
    # Names with one candidate, and countries, anchor the document.
    anchors: dict[str, Place] = {}
    for n in names:
        p = n.anchor
        if (
            p
            and p.kind in ("city", "site")
            and (p.country_code in support or p.population >= MIN_UNSUPPORTED_POP)
        ):
            anchors[p.id] = p
    anchor_list = list(anchors.values())
    # The countries the text is about: those it names, and those of the towns it surely names ("Mosul")
    about = support | {p.country_code for p in anchor_list}
    # How many of those towns each country has (a town does not vouch for its own country, below)
    anchored: dict[str | None, int] = {}
    for p in anchor_list:
        anchored[p.country_code] = anchored.get(p.country_code, 0) + 1
    # The countries the text puts something in ("in northern Mozambique"; not "Spain's foreign ministry"),
    # the mentions it calls a city, town or village ("the city of Jenin") and the names it calls a town or
    # village ("the town of Palma")
    placed: dict[str, list[Place]] = {}  # name -> the countries and divisions it puts something in
    town_of: set[int] = set()
    small: set[str] = set()
    for m in mentions:
        if m.mappable and m.key not in placed:
            placed[m.key] = list(_name(gaz, m.key).placed)
        cue = text.startswith("of ", m.start - 3) and _TOWN_OF.search(text, max(0, m.start - 30), m.start)
        if cue:
            town_of.add(m.start)
            if cue.group(1) != "city":
                small.add(m.key)
        elif (
            text.startswith((" ", "\t"), m.end)
            and _TOWN_AFTER.match(text, m.end)
            and not _name(gaz, m.key).countries
        ):
            # "fighting erupted in Dor town": a town, and a small one (not "a northern Mozambique town")
            town_of.add(m.start)
            small.add(m.key)
    # The anchors near a place are looked for in the cells of a grid around it, not among all anchors (a
    # text naming thousands of towns made each of their candidates look at each of the others: quadratic).
    near_300 = _Grid(anchor_list, 300.0)
    near_1000 = _Grid(anchor_list, 1000.0)
    town_near_anchor: dict[str, bool] = {}  # the last tests of _acceptable, the same for every mention
    # The states and provinces the document names: a town there is the one it means ("Springfield" in a
    # story that names Illinois), above all right after it ("Riverdale, N.J.").
    divisions = {(c.country_code, c.admin1) for n in names for c in n.divisions}
    addresses = [_address(text, m, nxt, gaz) for m, nxt in zip(mentions, [*mentions[1:], None], strict=False)]
    # The regions the story names (a name followed by its local word, "Upper Nile state", or one that names
    # only regions) with how far from their points a town is in them, and those a name is said to be in
    # right after it ("Nasir, in Upper Nile state"): the town of that name is one there, in every mention
    region_keys = {keys[k] for k, n in enumerate(names) if n.regions}
    regions, tied = _named_regions(text, mentions, region_keys, parts, gaz) if region_keys else (None, {})
    # A state used in an address ("Fresno, Calif.") says which country the story is about
    support.update(cc for a in addresses if a for cc, _ in a)
    chosen: dict[int, Place] = {}
    accepted: set[str] = set()
    best_for: dict[tuple, Place | None] = {}  # the same name, hint and address score the same
    for i, m in enumerate(mentions):
        town = chosen.get(i - 1) if addresses[i - 1 if i else 0] and i else None
        if town is not None:  # "Atlanta, Georgia": the state the town before it is in, never the country
            state = next(
                (
                    d
                    for d in _name(gaz, m.key).divisions
                    if (d.country_code, d.admin1) == (town.country_code, town.admin1)
                ),
                None,
            )
            if state is not None:
                accepted.add(state.id)
                chosen[i] = state
                continue
        before = chosen.get(i - 1) if i else None
        if before is not None and before.kind == "city" and _address_gap(text, mentions[i - 1].end, m.start):
            # "Brazzaville, Congo": the country the town before it is in, of the countries of that name
            country = next(
                (
                    c
                    for c, _ in _name(gaz, m.key).standing
                    if c.kind == "country" and c.country_code == before.country_code
                ),
                None,
            )
            if country is not None:
                accepted.add(country.id)
                chosen[i] = country
                continue
        if "capital" in m.hints:  # "the Yemeni capital": the country's capital (geo.extract.mentions)
            city = next((gaz.capital_of(h[8:]) for h in m.hints if h.startswith("country:")), None)
            if city is not None:
                accepted.add(city.id)
                chosen[i] = city
                continue
        # ("the city of Ramallah": the town, not the governorate of its name)
        ask = (m.key, "province" in m.hints, addresses[i], m.start in town_of)
        within = tied.get(m.key) if tied else None
        if ask not in best_for:
            n = _name(gaz, m.key)
            best_for[ask] = _best(
                n.standing,
                ask[1],
                support,
                (near_300, near_1000),
                divisions,
                ask[2],
                ask[3],
                regions if n.towns_only else None,  # (between towns of one name only: _in_regions)
                within,
            )
        best = best_for[ask]
        if (
            best is not None
            and within is not None
            and best.kind in ("city", "site")
            and best.country_code not in within.countries
        ):
            # "Nasir, in Upper Nile state" is no Nasir of another country, whatever the gazetteer lacks
            best = None
        if best is not None and (
            best.id in accepted
            or _acceptable(
                best, m, text, support, about, anchored, anchors, (placed, small), near_300, town_near_anchor
            )
            or (
                i - 1 in chosen
                and best.country_code == chosen[i - 1].country_code
                and list_gap(text, mentions[i - 1].end, m.start)
            )
        ):
            # (accepted too: a town listed right after an accepted one of its country, "between Coggeshall
            # and Marks Tey", not a Gara in Hungary after a Zap in Turkey; and, once the text has placed a
            # town, its other mentions)
            accepted.add(best.id)
            chosen[i] = best
    for i in parts:
        # a part of a town is that town's: a place of its name near the town, else none here (find_nearby
        # puts it at the town, approximately). The town is never a region ("the X district of Y province"),
        # nor smaller than the place the part's name was read as ("the Chicago suburb of Aurora": the suburb
        # is the name after the word)
        town, part = chosen.get(i + 1), chosen.get(i)
        if part is None or town is None or town.kind not in ("city", "site"):
            continue
        if part.kind not in ("city", "site"):
            del chosen[i]
        elif km_between(part.lat, part.lon, town.lat, town.lon) > _PART_KM:
            if part.population <= town.population:
                del chosen[i]
            else:
                # "the Chicago suburb of Aurora": the suburb is the town of its name near the city, if the
                # gazetteer has one (suburbs lie further out than quarters)
                near = [
                    c
                    for c, _ in _name(gaz, mentions[i + 1].key).standing
                    if c.kind in ("city", "site")
                    and km_between(c.lat, c.lon, part.lat, part.lon) < _SUBURB_KM
                ]
                if near:
                    chosen[i + 1] = max(near, key=lambda c: c.population)
    # (a mention that locates nothing still counts above: its town is accepted, and a list goes on after it)
    for i, p in chosen.items():
        m = mentions[i]
        if (
            p.kind == "water"
            and m.mappable
            and not _on_water(last_words(text[max(0, m.start - 40) : m.start], 4))
        ):
            # "the Red Sea port", "Tigris" as a name: found, not mapped
            m.mappable, m.reason = False, MentionReason.WATER
    return [
        _place_point(text, m, chosen[i], gaz)
        for i, m in enumerate(mentions)
        if i in chosen and (m.mappable or not mappable_only)
    ]


_PART_KM: Final = 40.0  # a part of a town this far from its point at most
_SUBURB_KM: Final = 60.0  # a suburb named after its city this far from the city's point at most


def _parts_of_towns(text: str, mentions: list[Mention], cues: dict[str, list[int]] | None) -> set[int]:
    """The indices of the mentions named as a part of the next one ("the Salah al-Din neighbourhood of
    Tripoli"), looked for only before the head words."""
    heads: list[int] = []  # where a head word is: found by the cue pass, else by a few passes of str.find
    if cues is not None:
        for word in _PART_CUES:
            heads.extend(cues.get(word, ()))
    else:
        for word in _PART_WORDS:
            at = text.find(word)
            while at >= 0:
                heads.append(at)
                at = text.find(word, at + len(word))
    out: set[int] = set()
    if not heads or len(mentions) < 2:
        return out
    ends = [m.end for m in mentions]  # (in order: mentions do not overlap)
    for at in heads:
        i = bisect_right(ends, at) - 1  # the last mention ending before the word
        if 0 <= i < len(mentions) - 1:
            part = _PART_OF.match(text, ends[i], mentions[i + 1].start)
            if part is not None and part.end() == mentions[i + 1].start:
                out.add(i)
    return out


@dataclass(frozen=True, slots=True)
class _Name:
    """What the gazetteer says about a name, the same in every document."""

    standing: tuple[tuple[Place, float], ...]  # candidates, each with the part of its score set here
    countries: frozenset  # codes of the countries and curated places it may name: a story about them
    anchor: Place | None  # its only candidate (or first country), which places the document
    divisions: tuple[Place, ...]  # the states or provinces it is the own name of
    # the countries it names and the divisions it is the own name of, in candidate order: where a text that
    # puts something there puts it (read once per name, not for each text)
    placed: tuple[Place, ...] = ()
    # its candidates that are a country's states, provinces or regions ("Upper Nile", "Poltava Oblast"), and
    # whether it names nothing else (no town, no country)
    regions: tuple[Place, ...] = ()
    only_regions: bool = False
    towns_only: bool = False  # all its candidates are towns or sites


@lru_cache(maxsize=65536)
def _name(gaz: Gazetteer, key: str) -> _Name:
    cands = gaz.lookup_key(key)
    divisions = tuple(c for c in cands if c.kind == "admin1" and c.admin1 and name_key(c.name) == key)
    own_country = any(c.kind == "country" and name_key(c.name) == key for c in cands)
    standing = []
    for c in cands:
        score = _KIND_WEIGHT.get(c.kind, math.log10(c.population + 1))
        if _saint(name_key(c.name)) == _saint(key):
            score += 2  # named by its own name, not one of its alternate names ("Florida" the state)
        elif own_country and c.kind == "city":
            score -= 3  # "Mexico" is the country, even though Mexico City is also called so
        elif _spelling_of(key, name_key(c.name)):
            score += 1  # "Sloviansk" for Slovyansk: a spelling of its own name, not an unrelated alias
        if c.kind == "admin1":  # of same-named divisions, the larger country's ("Florida" the US state)
            score += math.log10(gaz.areas.get(c.country_code or "", 0) + 1) / 100
        elif c.kind == "city" and c.population < 50_000:
            if any(d.country_code == c.country_code for d in divisions):
                score -= 3  # a town named like a state of its country is rarely what "California" means
        elif c.kind == "city" and any(
            o.kind in ("admin1", "region") and o.country_code == c.country_code for o in cands
        ):
            # a city that gives its name to its province is what "Hama", "Misrata" or "Khan Younis" alone
            # means ("Hama province" is the province)
            score += 1
        if c.id.startswith("curated:"):
            score += 1.5
        standing.append((c, score))
    countries = frozenset(c.country_code for c in cands if c.kind == "country" or c.id.startswith("curated:"))
    return _Name(
        standing=tuple(standing),
        countries=countries,
        anchor=_anchor(cands),
        divisions=divisions,
        placed=tuple(
            c
            for c, _ in standing
            if (c.kind == "country" and c.country_code in countries)
            or c in divisions
            or (c.kind == "admin1" and c.id.startswith("curated:"))  # "Upper Nile State" (regions.csv)
        ),
        regions=tuple(c for c in cands if c.kind in ("admin1", "region") and c.country_code),
        only_regions=bool(cands) and all(c.kind in ("admin1", "region") and c.country_code for c in cands),
        towns_only=all(c.kind in ("city", "site") for c in cands),
    )


def _spelling_of(key: str, own: str) -> bool:
    """Whether ``key`` is a transliteration variant of the place's own name (most letters in the same
    order): GeoNames lists some names among the alternates of an unrelated larger town."""
    return SequenceMatcher(None, key, own).ratio() >= 0.8


def _saint(key: str) -> str:
    """ "St. Petersburg" is the own name of Saint Petersburg."""
    return "st" + key[5:] if key.startswith("saint") else key


def _anchor(cands: list[Place]) -> Place | None:
    """The place a name surely means: its only candidate, a country, or the one town of a name that
    otherwise only names that town's own province ("Deir ez-Zor" the city and the governorate)."""
    if not cands:
        return None
    if len(cands) == 1 or all(c.kind == "country" for c in cands):
        return cands[0]
    towns = [c for c in cands if c.kind in ("city", "site")]
    if len(towns) == 1 and all(
        c.kind == "admin1" and c.country_code == towns[0].country_code for c in cands if c is not towns[0]
    ):
        return towns[0]
    return None


def _address(text: str, m: Mention, nxt: Mention | None, gaz: Gazetteer) -> frozenset | None:
    """The state or province written right after a town ("Springfield, Illinois", "Riverdale, N.J.")."""
    if nxt is None or m.region or not _address_gap(text, m.end, nxt.start):
        return None
    divisions = _name(gaz, nxt.key).divisions
    return frozenset((d.country_code, d.admin1) for d in divisions) or None


_ADDRESS_GAP: Final = re.compile(r",\s*|\s*\(")


def _address_gap(text: str, start: int, end: int) -> bool:
    """``_ADDRESS_GAP.fullmatch(text, start, end)``, most gaps ruled out by their first character."""
    if start >= end:
        return False
    first = text[start]
    return (first in ",(" or first.isspace()) and _ADDRESS_GAP.fullmatch(text, start, end) is not None


def _best(
    standing: tuple[tuple[Place, float], ...],
    province: bool,
    support: set[str],
    anchors: tuple[_Grid, _Grid] | None = None,
    divisions: set[tuple[str | None, str | None]] | frozenset[tuple[str | None, str | None]] = frozenset(),
    address: frozenset | None = None,
    town_of: bool = False,
    regions: _Regions | None = None,
    within: _Regions | None = None,
) -> Place | None:
    """The best-scoring candidate (the first of equals), scored by what the document supports. ``regions``:
    the regions the story names, each with how far from its point a town is in it; ``within``: those the
    text says this name is in."""
    if len(standing) == 1:
        return standing[0][0]
    best, best_score = None, -math.inf
    # (a candidate of the same name is no anchor for the others: "Kharkiv" the city does not vouch for
    # Kharkiv Oblast, also called "Kharkiv")
    own = {o.id for o, _ in standing} if anchors and anchors[0].cells else None
    in_regions = _in_regions(standing, regions, divisions) if regions is not None else frozenset()
    in_within = _in_regions(standing, within) if within is not None else frozenset()
    for c, score in standing:
        if c.kind != "country" and c.country_code in support:
            score += 2.5
        if c.kind == "city" and ((c.country_code, c.admin1) in divisions or c.id in in_regions):
            score += 3  # a town in a state or province the story names
        if within is not None and c.kind in ("city", "site") and c.country_code in within.countries:
            # "Kyivskyi, in Poltava oblast": a town of its country, and more so the one in it
            score += 6 if c.id in in_within else 4
        if address and c.kind == "city" and (c.country_code, c.admin1) in address:
            score += 6
        if province and c.kind in ("admin1", "region"):
            score += 5
        if town_of and c.kind == "city":
            # (and a town that gives its province its name loses its handicap: "the city of Jenin")
            small_capital = c.population < 50_000 and any(
                o.kind == "admin1" and o.country_code == c.country_code for o, _ in standing
            )
            score += 8 if small_capital else 5
        if anchors and own is not None:
            # (its arguments one by one: a call with * or a keyword goes through Python's generic call in
            # the compiled build, several times the cost of the function itself)
            score += _anchor_bonus(c, anchors[0], anchors[1], own)
        if score > best_score:
            best, best_score = c, score
    return best


# A town is in a named region when in its country and this near its point: a quarter of the root of the
# country's area (Ukraine: 194 km), between 100 and 500 km (gazetteer towns' division codes are not those of
# the regions' own tables)
_REGION_KM_MIN: Final = 100.0
_REGION_KM_MAX: Final = 500.0
# "Nasir, in Upper Nile state", "Kyivskyi in Poltava oblast", "Malakal, Upper Nile": the region a town is in
_IN_REGION_GAP: Final = re.compile(
    r",[ \t]*(?:(?P<in>in)[ \t]+)?(?:the[ \t]+)?|[ \t]+(?P<in2>in)[ \t]+(?:the[ \t]+)?"
)


class _Regions:
    """Regions, each with its reach (``_region_km``); many in a grid, where a town looks only at those around
    it (a text naming thousands of regions and towns would otherwise make each town look at each region)."""

    def __init__(self, regions: dict[str, tuple[Place, float]]) -> None:
        self.places = [r for r, _ in regions.values()]
        self.grid = _Grid(self.places, _REGION_KM_MAX) if len(self.places) > _FEW else None
        self.reach = {rid: reach for rid, (_, reach) in regions.items()}
        self.countries = {r.country_code for r in self.places}

    def around(self, lat: float, lon: float) -> list[Place]:
        """The regions whose reach may hold (lat, lon), and some further."""
        return self.places if self.grid is None else self.grid.around(lat, lon)


def _named_regions(
    text: str, mentions: list[Mention], region_keys: set[str], parts: set[int], gaz: Gazetteer
) -> tuple[_Regions | None, dict[str, _Regions]]:
    """The regions the story names (of the names ``region_keys``, those that name a region), and for each
    name said to be in a region right after it, that region's places."""
    found: dict[str, tuple[Place, float]] = {}
    tied: dict[str, dict[str, tuple[Place, float]]] = {}
    for i, m in enumerate(mentions):
        if m.key not in region_keys or i in parts:
            continue
        n = _name(gaz, m.key)
        if not n.regions or not ("province" in m.hints or n.only_regions):
            continue
        here = {r.id: (r, _region_km(gaz, r.country_code)) for r in n.regions}
        found.update(here)
        if i:
            before = mentions[i - 1]
            first = text[before.end] if before.end < m.start else ""
            gap = (first == "," or first in " \t") and _IN_REGION_GAP.fullmatch(text, before.end, m.start)
            if gap and (gap.group("in") or gap.group("in2") or not _name(gaz, before.key).regions):
                # (after a comma alone, not a region listed before another: "the Kursk, Bryansk and
                # Belgorod oblasts")
                tied.setdefault(before.key, {}).update(here)
    return (_Regions(found) if found else None), {key: _Regions(v) for key, v in tied.items()}


def _region_km(gaz: Gazetteer, country_code: str | None) -> float:
    """How far from a region's point a town of its country may be and be in it."""
    area = gaz.areas.get(country_code or "", 0.0)
    return min(_REGION_KM_MAX, max(_REGION_KM_MIN, math.sqrt(area) / 4))


def _in_regions(
    standing: tuple[tuple[Place, float], ...],
    regions: _Regions,
    divisions: set[tuple[str | None, str | None]] | frozenset[tuple[str | None, str | None]] = frozenset(),
) -> frozenset[str]:
    """The ids of the towns of a name that are in one of ``regions``: for each region, the town of the name
    nearest its point, in its country and within its reach. Only between towns of one name (a region does
    not make its own name, "Saada", the town rather than the province, nor a town a country), and only where
    no town is in a division the story names by its code (``divisions``: "Springfield" in a story naming
    Illinois, where the codes of the regions' tables are those of the towns)."""
    if any(c.kind not in ("city", "site") or (c.country_code, c.admin1) in divisions for c, _ in standing):
        return frozenset()
    nearest: dict[str, tuple[float, str]] = {}  # region id -> the distance and id of its nearest town
    for c, _ in standing:
        for r in regions.around(c.lat, c.lon):
            if r.country_code != c.country_code:
                continue
            reach = regions.reach[r.id]
            if abs(c.lat - r.lat) * 111.19 >= reach:
                continue
            km = km_between(c.lat, c.lon, r.lat, r.lon)
            if km < reach and (r.id not in nearest or km < nearest[r.id][0]):
                nearest[r.id] = (km, c.id)
    return frozenset(cid for _, cid in nearest.values())


def _anchor_bonus(c: Place, near_300: _Grid, near_1000: _Grid, own: set[str] | tuple = ()) -> int:
    """2 when an anchor other than ``c`` is within 300 km of it, 1 when one is within 1000 km, else 0.

    Only the anchors in the grid cells around ``c`` can be that near. A degree of latitude is 111.19 km on
    any path: the latitudes alone rule out the far anchors without the trigonometry."""
    lat, lon, cid = c.lat, c.lon, c.id
    for aid, a_lat, a_lon in near_300.points_around(lat, lon):
        if (
            aid != cid
            and aid not in own
            and abs(lat - a_lat) * 111.19 < 1001
            and km_between(lat, lon, a_lat, a_lon) < 300
        ):
            return 2
    for aid, a_lat, a_lon in near_1000.points_around(lat, lon):
        if (
            aid != cid
            and aid not in own
            and abs(lat - a_lat) * 111.19 < 1001
            and km_between(lat, lon, a_lat, a_lon) < 1000
        ):
            return 1
    return 0


_FEW: Final = 32


class _Grid:
    """Places in the cells of a grid on the unit sphere, the cells a chord of ``km`` (and a margin) wide: any
    two places within ``km`` of each other are in the same or neighbouring cells."""

    def __init__(self, places: list[Place], km: float) -> None:
        self.size = 2 * math.sin(km / (2 * 6371.0)) * 1.01 + 1e-6
        self.places = places
        self.points = [(p.id, p.lat, p.lon) for p in places]  # (the same, read quicker than a Place)
        self.cells: dict[tuple[int, int, int], list[Place]] = {}
        self.point_cells: dict[tuple[int, int, int], list[tuple[str, float, float]]] = {}
        for p, point in zip(places, self.points, strict=True):
            cell = self._cell(p.lat, p.lon)
            self.cells.setdefault(cell, []).append(p)
            self.point_cells.setdefault(cell, []).append(point)

    def _cell(self, lat: float, lon: float) -> tuple[int, int, int]:
        phi, lam = lat * _RADIANS, lon * _RADIANS
        size = self.size
        return (
            math.floor(math.cos(phi) * math.cos(lam) / size),
            math.floor(math.cos(phi) * math.sin(lam) / size),
            math.floor(math.sin(phi) / size),
        )

    def around(self, lat: float, lon: float) -> list[Place]:
        """The places in the cell of (lat, lon) and its neighbours: all within ``km`` of it, and some further."""
        if len(self.places) <= _FEW:  # as quick to test them all as to look in 27 cells
            return self.places
        return _in_cells_around(self.cells, self._cell(lat, lon))

    def points_around(self, lat: float, lon: float) -> list[tuple[str, float, float]]:
        """``around``, each place as its (id, lat, lon)."""
        if len(self.points) <= _FEW:
            return self.points
        return _in_cells_around(self.point_cells, self._cell(lat, lon))


_Item = TypeVar("_Item")


def _in_cells_around(
    cells: dict[tuple[int, int, int], list[_Item]], cell: tuple[int, int, int]
) -> list[_Item]:
    """What ``cells`` hold in ``cell`` and the 26 cells around it."""
    i, j, k = cell
    out: list[_Item] = []
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            for dk in (-1, 0, 1):
                found = cells.get((i + di, j + dj, k + dk))
                if found:
                    out.extend(found)
    return out


def _acceptable(
    c: Place,
    m: Mention,
    text: str,
    support: set[str],
    about: set[str | None],
    anchored: dict[str | None, int],
    anchors: dict[str, Place],
    story: tuple[dict[str, list[Place]], set[str]],
    near_300: _Grid,
    town_near_anchor: dict[str, bool],
) -> bool:
    if c.kind not in ("city", "site") or c.id.startswith("curated:") or "dateline" in m.hints or m.offset_km:
        return True
    if (
        "province" in m.hints
        and c.country_code not in support
        and anchored.get(c.country_code, 0) <= (c.id in anchors)
        and len(about) > (c.country_code in about)
    ):
        # "Mambasa territory" in a story about Congo names a division of the story's land, not Mombasa in
        # Kenya (GeoNames lists "Mambasa" among Mombasa's old spellings), however large, when nothing else
        # in the text is in Kenya
        return False
    if c.population >= MIN_UNSUPPORTED_POP:
        placed, small = story
        if m.key not in small and (c.population >= _SURE_POP or c.country_code in about or not about):
            return True
        # ... but not where the text calls it a town or village and it is far from every other place the
        # text puts something in: "the town of Palma" in a story about Mozambique is not the Spanish city
        # of 440,000 (the gazetteer lacks the Mozambican town)
        # (the same for every mention of the name: read once)
        near = town_near_anchor.get(f"far:{c.id}:{m.key}")
        if near is None:
            others = [p for key, ps in placed.items() if key != m.key for p in ps]
            others += [a for a in anchors.values() if a.id != c.id]
            near = town_near_anchor[f"far:{c.id}:{m.key}"] = not others or any(
                km_between(c.lat, c.lon, p.lat, p.lon) < _FAR_KM for p in others
            )
        return near
    if (
        _locative_before(last_words(text[max(0, m.start - 40) : m.start], 5)) or _followed_by_region(text, m)
    ) and (not about or c.country_code in about):
        # "in Beverly Hills", "near New Quay": the text itself says it is a place; but not which, when the
        # text is about other countries ("the town of Carmelo" in a story about Colombia is no town of
        # Uruguay: better no marker than one in the wrong country)
        return True
    if c.country_code in support and c.population >= MIN_SUPPORTED_POP:
        return True
    # A town within 150 km of a place the document is surely about, in the same country ("Albu Kamal"
    # beside "Deir Ezzor") or in a country it names. (The same for every mention of the town: read once.)
    found = town_near_anchor.get(c.id)
    if found is None:
        found = town_near_anchor[c.id] = any(
            km_between(c.lat, c.lon, a.lat, a.lon) < 150
            for a in near_300.around(c.lat, c.lon)
            if a.id != c.id and (a.country_code == c.country_code or c.country_code in support)
        )
    return found


@lru_cache(maxsize=16384)
def _locative_before(words: str) -> bool:
    """Do the last words before a name say it is a place ("in", "close to the town of")? Its pattern spans
    no more than five words, and the same few come back again and again, so the reading is cached."""
    return bool(_LOCATIVE_BEFORE.search(words))


# Words that put something on, in or by a sea, lake or river: "in the Red Sea", "on the Tigris",
# "off the coast of", "the banks of the Euphrates", "crossed the Dnipro".
_ON_WATER: Final = re.compile(
    r"\b(?:in|on|off|into|across|along|at|near|over|under|through|beside|crossing|crossed|cross|sailing|"
    r"(?:banks?|shores?|coast|waters|mouth|side)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _on_water(words: str) -> bool:
    return bool(_ON_WATER.search(words))


_REGION_AFTER: Final = re.compile(r",\s+[A-Z]")


def _followed_by_region(text: str, m: Mention) -> bool:
    """ "Fort Belvoir, Virginia": a name followed by a comma and another capitalised name."""
    return bool(_REGION_AFTER.match(text[m.end : m.end + 4]))


def _place_point(text: str, m: Mention, p: Place, gaz: Gazetteer) -> Resolved:
    lat, lon, precision, label = (
        p.lat,
        p.lon,
        KIND_PRECISION.get(p.kind, "point"),
        p.name,
    )
    if m.offset_km is not None and m.bearing is not None and p.kind in ("city", "site"):
        lat, lon = destination(lat, lon, m.offset_km, m.bearing)
        precision = "approximate"
        label = (
            " ".join(text[m.span_start : m.start].split()) + " " + p.name
        )  # "40 miles northwest of Tikrit"
    elif "facility" in m.hints and p.kind in ("city", "site"):
        precision = "approximate"  # "Kabul airport": at or near Kabul
    elif m.region and p.kind in ("country", "admin1"):
        bearing = DIRECTIONS.get(m.region)
        if bearing is not None:
            extent = math.sqrt(gaz.areas.get(p.country_code or "", 0)) if p.kind == "country" else 100.0
            lat, lon = destination(lat, lon, 0.3 * extent, bearing)
        precision = "region"
        label = f"{m.region} {p.name}"
    rounded_lat, rounded_lon = _rounded(lat, lon)  # (a call with * is Python's generic call when compiled)
    # (a named tuple made as its generated constructor makes it, which the compiled build would call as plain
    # Python: one is made per placed mention)
    return tuple.__new__(Resolved, (m, p, rounded_lat, rounded_lon, precision, label))


@lru_cache(maxsize=65536)
def _rounded(lat: float, lon: float) -> tuple[float, float]:
    """The point to 5 decimals (about a metre); round() is slow and the same places come back often."""
    return round(lat, 5), round(lon, 5)


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` degrees (spherical Earth)."""
    r = 6371.0
    b, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(km / r) + math.cos(p1) * math.sin(km / r) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(km / r) * math.cos(p1),
        math.cos(km / r) - math.sin(p1) * math.sin(p2),
    )
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


# math.radians multiplies by this very number (the compiled build calls math.radians the slow, generic way)
_RADIANS: Final = math.pi / 180.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = lat1 * _RADIANS, lat2 * _RADIANS
    dp, dl = p2 - p1, (lon2 - lon1) * _RADIANS
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
