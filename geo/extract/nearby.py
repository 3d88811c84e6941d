"""Places the gazetteer does not know, put at the known place they are in or near.

News names hotels, hospitals, markets, mosques and schools ("the Safari Hotel", "al-Bayan hospital",
"Great Mosque of al-Nuri"), neighbourhoods ("the Karrada shopping district") and villages ("the villages of
Koshebe, Karkut and Bulabulin") that no offline gazetteer lists. Each such name is cued by the words
around it (a facility's head noun, "village of", "a neighbourhood in"), and is placed, marked
``approximate``, at the place the text puts it in:

1. a place named right after it with "in", "near", "within", "outside" or "of" ("a school in Fiango",
   "Dahyan market in Saada province"); else the town a facility is named after ("Sanaa International
   Airport"); or, for a list, a known place of the same list;
2. else the place of its sentence before it (a town or a region, never a whole country), or else a town
   after it, or a region right after a comma ("the village of X, Y district"): a region later in the
   sentence is no sure home ("a hub linking two other provinces, A and B");
3. else the town the story was last at (earlier in the paragraph or the paragraph before), or else the
   region (a state, province or district, never a country) it was last in, however many paragraphs back,
   and then only where something happens in its sentence (``needs_event``): a name without any place
   near it is left out.

A village name the gazetteer does have, near that place (within ``_NEAR_KM``), is put at its own point.
The search is one pass of a few regular expressions over the text, each match bounded in length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final, NamedTuple

import ahocorasick

from geo.extract.datescan import TRIGGER_KEYS
from geo.extract.gazetteer import Gazetteer, name_key
from geo.extract.lexicon import FAITHS_AND_PEOPLES, MONTHS, WEEKDAYS
from geo.extract.mentions import CREDIT_WORDS, NO_ANCHOR_HINTS, Mention
from geo.extract.names import in_before
from geo.extract.place import Place
from geo.extract.resolve import Resolved, km_between
from geo.extract.sentences import PARAGRAPH_BREAK
from geo.extract.spaced import after_letter, spaced, wordscan

# A name: one to four capitalised words, each maybe after an Arabic article ("al-Bayan", "El Nuri").
# (At most three hyphens in a word: a match starts at each capital, and an unbounded "A-B-C-..." chain would
# be read again from each of them.)
_WORD: Final = r"(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)[-‐])?[A-Z][\w’']*(?:-[\w’']+){0,3}"
_NAME: Final = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# The head nouns of a named facility ("Safari Hotel"); the others ("village", "district") name settlements.
FACILITY_HEADS: Final = (
    "hotel",
    "hospital",
    "medical center",
    "medical centre",
    "clinic",
    "mosque",
    "market",
    "marketplace",
    "school",
    "academy",
    "college",
    "prison",
    "jail",
    "church",
    "cathedral",
    "shrine",
    "stadium",
    "square",
    "bridge",
    "airport",
    "airbase",
    "camp",
    "refugee camp",
    "displacement camp",
    "minaret",
    "refinery",
    "power plant",
    "nuclear plant",
    "nuclear power plant",
    "power station",
    "dam",
    "police station",
    "railway station",
    "train station",
    "border crossing",
    "crossing",
    "checkpoint",
    "outpost",
    "border outpost",
    "military base",
    "army base",
    "pagoda",
    "temple",
    "university",
)


def _either_case(head: str) -> str:
    return r"[ \t]+".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in head.split())


_HEADS: Final = "|".join(_either_case(h) for h in sorted(FACILITY_HEADS, key=len, reverse=True))
# "the Safari Hotel", "al-Bayan hospital", "Barzilai Medical Center": found at the head noun (rarer than a
# capital, so the text is scanned fast), the name read back from it
_FACILITY_HEAD: Final = re.compile(rf"\b(?:{_HEADS})\b")
_NAME_BEFORE: Final = re.compile(rf"(?<![\w’'‐-])(?:{_NAME})[ \t]+$")
_NAME_REACH: Final = 120  # characters: four words of a name
# "the Great Mosque of al-Nuri", "Church of the Nativity"
_FACILITY_OF: Final = re.compile(
    rf"\b(?P<name>(?:Great[ \t]+|Grand[ \t]+|Central[ \t]+)?(?P<head>Mosque|Hospital|Church|Shrine|Tomb|"
    rf"Cathedral|Monastery)[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME})"
)
# "the Karrada shopping district", "the eastern Maadi neighbourhood"
_QUARTER_HEAD: Final = re.compile(
    r"\b(?:neighbou?rhood|[Ss]ubdistrict|district|quarter|suburb|town|[Tt]ownship|village|community|meadow|valley|[Cc]ounty|[Tt]erritory|"
    r"[Hh]romada|[Cc]ommune|[Mm]unicipality|[Ww]oreda|[Kk]ebele|[Zz]one|[Tt]ehsil|[Tt]aluka?|[Uu]pazila|"
    r"[Pp]ayam|[Bb]oma|[Cc]hiefdom|[Ll]ocality|[Pp]refecture|[Ss]ub-prefecture)\b"
)  # ("Nasir County", "Rathedaung Township", "Irumu territory", "Kirimu woreda", "East Wollega zone",
#    "Um Kadada locality": divisions the gazetteer lacks, placed alike)
# "Barangay Danag" (a Philippine village), "Sitio Kan-Ague": the division's word before the name
_UNIT_BEFORE: Final = re.compile(rf"\b(?:Barangay|Brgy\.?|Sitio|Purok)[ \t]+(?P<name>{_NAME})")
_NAME_WORD_BEFORE: Final = re.compile(rf"(?<![\w’'‐-])(?P<name>{_NAME})[ \t]+(?:[a-z]+[ \t]+)?(?:sub-?)?$")
# "the villages of Koshebe, Karkut and Bulabulin", "several nearby towns, including Sawran, Ihtimaylat and
# al-Salihiyah", "the tiny village of Al-Matuna"
_SETTLEMENTS: Final = re.compile(
    r"\b(?P<head>villages?|towns?|hamlets?|settlements?|communities|community|neighbou?rhoods?|"
    r"localities|locality)(?:[ \t]+of|,?[ \t]+(?:including|such[ \t]+as|like|namely))[ \t]+"
    rf"(?P<list>{_NAME}(?:(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+){_NAME}){{0,11}})"
)
_LIST_ITEM: Final = re.compile(_NAME)
# "the Shejaiya and Zeitoun neighbourhoods", "in Obolon, Darnytskyi and Podilskyi districts": a list of names
# before a plural head (each list read in at most _LIST_REACH characters before its head)
_PLURAL_HEAD: Final = re.compile(
    r"\b(?P<head>neighbou?rhood|district|quarter|suburb|town|[Tt]ownship|village|[Cc]ount(?=ies)|"
    r"[Tt]erritor(?=ies)|[Cc]ommune|[Mm]unicipalit(?=ies)|area(?=s)|region(?=s))(?:s|ies)\b"
)  # ("the Metina, Gara and Qandil areas of the Kurdistan Region": a list before "areas" or "regions")
_LIST_BEFORE: Final = re.compile(
    rf"(?<![\w’'‐-])(?P<list>{_NAME}(?:(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+){_NAME}){{1,11}})[ \t]+$"
)
_LIST_REACH: Final = 300
# "Fiango, a neighbourhood in Kumba", "Zabarmari, a rice farming community in Jere": found at the comma (not
# "Zeina, a resident of the village of X": a person of the village)
_APPOSITIVE: Final = re.compile(
    r",[ \t]+an?[ \t]+(?:(?!of[ \t]|from[ \t])[a-z]+[ \t]+){0,3}(?P<head>village|town|hamlet|neighbou?rhood|"
    r"district|suburb|community|settlement|camp)[ \t]+(?=in|near|outside|of|north|south|east|west)"
)
# The cue words of _APPOSITIVE's head nouns (each starts a word after a space): a text without any of them
# has no appositive, and most texts have none (the pattern is tried at every comma)
_APPOSITIVE_HEAD_CUES: Final = (
    "village",
    "town",
    "hamlet",
    "neighbo",
    "district",
    "suburb",
    "communit",
    "settlement",
    "camp",
)
_NAME_AT_COMMA: Final = re.compile(rf"(?<![\w’'‐-])(?P<name>{_NAME})$")
# The words that may open a name but are not part of one ("The Safari Hotel", "In Mafa")
_OPENERS: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "At",
        "On",
        "Of",
        "For",
        "From",
        "By",
        "To",
        "Near",
        "Inside",
        "Outside",
        "Its",
        "Their",
        "His",
        "Her",
        "This",
        "That",
        "These",
        "Those",
        "Another",
        "Both",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Several",
        "Many",
        "Some",
        "Other",
        "Every",
        "Each",
        "Local",
        "Nearby",
    ]
)
_LOCATED_GAP: Final = re.compile(
    r"[ \t,]*(?:which[ \t]+is[ \t]+|located[ \t]+|situated[ \t]+)?(?:in|near|within|outside|of|close[ \t]+to)"
    r"[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}$"
)
# "X in northeastern Congo", "X in the north of Mali" (the words of the part are the country mention's region)
_IN_PART: Final = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){1,2}(?:of[ \t]+)?$")
_ADDRESS_GAP: Final = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")  # "the village of X, Y district"
# The lower-case words of a chain of places "in" or "of" each other ("Kadauri village in Maru Local
# Government Area of Zamfara State")
_CHAIN_WORDS: Final = frozenset(
    ["in", "of", "the", "local", "government", "area", "district", "county", "province", "region", "state"]
)


def _in_chain(text: str, start: int, end: int) -> bool:
    """Whether a region starting at ``end`` is one the name ending at ``start`` is in: after a comma, or
    after a chain of places in or of each other with no verb between ("X in Y territory is a hub linking
    three other provinces, Z" is no such chain)."""
    if _ADDRESS_GAP.fullmatch(text, start, end):
        return True
    if end - start > 80:
        return False
    words = text[start:end].replace(",", " ").split()
    return (
        bool(words) and words[0] in ("in", "of") and all(w[0].isupper() or w in _CHAIN_WORDS for w in words)
    )


_GAP_REACH: Final = 60  # characters between the name and the place it is "in"
_NEAR_KM: Final = 60.0  # a village of the gazetteer this near the place the text puts it in is that village
_ANCHOR_PRECISIONS: Final = ("point", "approximate", "region")  # never a whole country (but "southern Syria")


class Nearby(NamedTuple):
    resolved: Resolved  # the name, placed (approximately) at ``anchor``'s point, or at its own
    anchor: Resolved  # the known place it is in or near
    needs_event: bool  # placed only by the story's last town: an event only where something happens


def find_nearby(
    text: str, sentences: list[tuple[int, int]], places: list[Resolved], gaz: Gazetteer
) -> list[Nearby]:
    """The unlisted facilities, quarters and villages of ``text`` (up to its last sentence), each placed
    at the known place of ``places`` (in text order) it is in or near."""
    if not sentences:
        return []
    end = sentences[-1][1]
    found: list[tuple[int, int, str, str, tuple[int, int] | None]] = []  # start, end, name, head, list
    cues = cue_starts(text)
    for h in at_words(
        text, cues, _FACILITY_WORDS_FIRST, _FACILITY_HEAD, end
    ):  # the facility's words are its name: "Safari Hotel"
        before = _capital_before(text, h.start()) and _NAME_BEFORE.search(
            text, max(0, h.start() - _NAME_REACH), h.start()
        )
        if before:
            s, e, name = _trimmed(text, before.start(), h.end())
            if _is_facility(text, s, h):
                found.append((s, e, name, h.group().lower(), None))
    for m in at_words(text, cues, _FACILITY_OF_WORDS, _FACILITY_OF, end):  # "the Great Mosque of al-Nuri"
        found.append((*_trimmed(text, m.start(), m.end()), m.group("head").lower(), None))
    for h in at_words(
        text, cues, _QUARTER_WORDS, _QUARTER_HEAD, end
    ):  # "the Karrada shopping district" is Karrada
        before = _capital_before(text, h.start(), 2) and _NAME_WORD_BEFORE.search(
            text, max(0, h.start() - _NAME_REACH), h.start()
        )
        if before:
            found.append((*_trimmed(text, before.start("name"), before.end("name")), h.group(), None))
    for m in at_words(text, cues, _UNIT_WORDS, _UNIT_BEFORE, end):  # "Barangay Danag" is Danag, a village
        found.append((*_trimmed(text, m.start("name"), m.end("name")), "village", None))
    for h in at_words(text, cues, _QUARTER_WORDS, _PLURAL_HEAD, end):  # "the Obolon and Podil districts"
        before = _capital_before(text, h.start()) and _LIST_BEFORE.search(
            text, max(0, h.start() - _LIST_REACH), h.start()
        )
        if before:
            span = (before.start("list"), before.end("list"))
            for item in _LIST_ITEM.finditer(text, *span):
                found.append((*_trimmed(text, item.start(), item.end()), h.group("head"), span))
    appositives = (
        _APPOSITIVE.finditer(text, 0, end)
        if cues is None or any(word in cues for word in _APPOSITIVE_HEAD_CUES)
        else ()
    )
    for m in appositives:  # "Fiango, a neighbourhood in Kumba" is Fiango
        before = _NAME_AT_COMMA.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if before is not None:
            found.append((*_trimmed(text, before.start(), before.end()), m.group("head").lower(), None))
    for m in at_words(text, cues, _SETTLEMENT_WORDS, _SETTLEMENTS, end):
        head = m.group("head").lower()
        for item in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
            found.append((*_trimmed(text, item.start(), item.end()), head, (m.start("list"), m.end("list"))))
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -f[1]))
    known = [(r.mention.start, r.mention.end) for r in places]
    starts = [s for s, _ in sentences]
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text, 0, end)]
    mapped = [
        r
        for r in places
        if r.mention.mappable
        and r.geo_precision in _ANCHOR_PRECISIONS
        and (r.place.kind != "country" or r.mention.region is not None)  # "northwest Mali" is a region
        and r.mention.hints.isdisjoint(NO_ANCHOR_HINTS)  # where a report was filed or a group is based
    ]
    mapped_starts = [r.mention.start for r in mapped]
    out: list[Nearby] = []
    last_end = -1
    by_key: dict[str, list[Resolved]] = {}  # the placed mentions of each name, in text order
    for r in mapped:
        by_key.setdefault(r.mention.key, []).append(r)
    placed: dict[str, Nearby] = {}  # the first placing of each name
    for s, e, name, head, in_list in found:
        if s >= e or s < last_end or not _is_name(name, gaz) or overlaps(known, s, e):
            continue
        k = bisect_right(starts, s) - 1
        if k < 0 or e > sentences[k][1]:
            continue
        sent = sentences[k]
        named = _named_after(s, name, head, by_key, gaz)
        anchor, needs_event = _anchor(text, s, e, sent, in_list, named, mapped, mapped_starts, breaks)
        if anchor is None:
            # ... else where the text put the same name before ("Nasir County of Upper Nile State", then
            # "fighting erupted in Nasir town")
            first_placed = placed.get(name_key(name))
            if first_placed is None or not in_before(text, s):
                continue  # (only where the words before say it is where something is: "in Nasir town")
            anchor, needs_event = first_placed.anchor, False
        last_end = e
        found_here = Nearby(_placed(text, s, e, head, anchor, gaz), anchor, needs_event)
        placed.setdefault(found_here.resolved.mention.key, found_here)
        out.append(found_here)
    if out:
        out = sorted(
            [*out, *_named_again(text, end, out, known, gaz)], key=lambda n: n.resolved.mention.start
        )
    return out


# "Ramree residents", "Ramree and Rathedaung residents": the people of the place, where they are
_RESIDENTS_AFTER: Final = re.compile(
    r"(?:,?[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3}[ \t]+(?:residents|villagers|locals|inhabitants)\b"
)
# A verb done to a place, or a preposition, right before a name the text has placed ("drones hit X", "fled
# from X"): that place again
_ACTED_ON_BEFORE: Final = re.compile(
    r"\b(?:hit|struck|shelled|bombed|attacked|stormed|raided|targeted|entered|reached|at|from|to)[ \t]+$"
)
_MOST_NAMED_AGAIN: Final = 20  # placed names looked for again in one text (each is one pass over it)


def _named_again(
    text: str, end: int, placed: list[Nearby], known: list[tuple[int, int]], gaz: Gazetteer
) -> list[Nearby]:
    """The later mentions of a placed name without its head word, where the words before put a place
    there: after "clashes in the Nur Shams refugee camp", "Thursday's raid in Nur Shams" is the camp."""
    taken = sorted([*known, *((n.resolved.mention.start, n.resolved.mention.end) for n in placed)])
    out: list[Nearby] = []
    seen: set[str] = set()
    for n in placed:
        m = n.resolved.mention
        bare = _bare_name(m.text, m.hints)
        if bare is None or bare in seen or gaz.has_key(name_key(bare)):
            continue  # (a name the gazetteer knows is read as that place where it stands alone)
        seen.add(bare)
        if len(seen) > _MOST_NAMED_AGAIN:
            break
        at = text.find(bare, m.end, end)
        while at >= 0:
            stop = at + len(bare)
            alone = (at == 0 or not _name_char(text[at - 1])) and (
                stop >= len(text) or not _name_char(text[stop])
            )
            if (
                alone
                and (
                    in_before(text, at)
                    or _ACTED_ON_BEFORE.search(text, max(0, at - 20), at)
                    or _RESIDENTS_AFTER.match(text, stop)
                )
                and not overlaps(taken, at, stop)
            ):
                again = Mention(at, stop, bare, m.key, hints=set(m.hints))
                out.append(n._replace(resolved=n.resolved._replace(mention=again), needs_event=False))
            at = text.find(bare, stop, end)
    return out


def _name_char(c: str) -> bool:
    return c.isalnum() or c in "'’-‐"


def _bare_name(name: str, hints: set) -> str | None:
    """The name without its head words ("Nur Shams refugee camp" -> "Nur Shams"), or the name of a quarter
    or village itself; None when no capitalised name is left or it is one short word."""
    head = next((h[len("facility:") :] for h in hints if h.startswith("facility:")), "")
    words = name.split()
    if head and words and words[-1].lower() == head:
        words.pop()
        while words and words[-1].islower():  # "refugee" in "Nur Shams refugee camp"
            words.pop()
    if not words or not all(w[:1].isupper() or w.lower() in ("al", "el") for w in words):
        return None
    bare = " ".join(words)
    return bare if len(bare) >= 4 and bare not in _OPENERS else None


# Words that may follow a facility written in lower case ("Dahyan market in Saada", "al-Bayan hospital
# was hit"); any other lower-case word makes the head a modifier ("hotel room", "college basketball").
_AFTER_HEAD: Final = frozenset(
    [
        "in",
        "at",
        "near",
        "on",
        "of",
        "outside",
        "inside",
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "have",
        "and",
        "or",
        "which",
        "that",
        "where",
        "when",
        "while",
        "as",
        "after",
        "before",
        "during",
        "by",
        "from",
        "with",
        "to",
        "for",
        "the",
        "a",
        "an",
        "on's",
        "who",
        "whose",
    ]
)
_WORD_AFTER: Final = re.compile(r"[ \t]*([a-z]+)")
# Churches named by their denomination are the denomination ("the Catholic Church"), not a building.
_DENOMINATIONS: Final = frozenset(
    [
        "Catholic",
        "Methodist",
        "Presbyterian",
        "Evangelical",
        "Orthodox",
        "Baptist",
        "Anglican",
        "Lutheran",
        "Protestant",
        "Episcopal",
        "Coptic",
        "Pentecostal",
        "Adventist",
        "Mormon",
        "Unification",
        "World",
        "Universal",
        "United",
    ]
)


def _is_facility(text: str, start: int, h: re.Match) -> bool:
    """Whether a name from ``start`` before the head noun ``h`` names a building: a name is left ("A camp
    official" has none), the head is no modifier ("hotel room"), no possessive ("Vivians' hotel") nor a
    denomination ("the Catholic Church")."""
    head = h.group()
    words = text[start : h.start()].split()
    if not words:
        return False
    if head[0].islower():
        after = _WORD_AFTER.match(text, h.end())
        if after and after.group(1) not in _AFTER_HEAD:
            return False
        if words[-1].endswith(("'", "’", "'s", "’s")):
            return False
    return not (head.lower() in ("church", "cathedral") and _DENOMINATIONS.intersection(words))


def _named_after(
    s: int, name: str, head: str, by_key: dict[str, list[Resolved]], gaz: Gazetteer
) -> Resolved | None:
    """The town a facility is named after ("Sanaa International Airport"): where the text places that town,
    or the one large town of the name; None when the name has no town or no sure one."""
    town = _town_in_name(name, head, gaz)
    if town is None:
        return None
    same = by_key.get(town[1])
    if same:  # where the text last placed that town before the name (or first, after it)
        k = bisect_left([r.mention.start for r in same[:64]], s)
        return same[k - 1] if k > 0 else same[0]
    big = _large_town(gaz, town[1])
    if big is None:
        return None
    at = Mention(s, s + len(town[0]), town[0], town[1])
    return Resolved(at, big, round(big.lat, 5), round(big.lon, 5), "point", big.name)


def _town_in_name(name: str, head: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """The words and key of the place a facility is named after ("Sanaa" in "Sanaa International
    Airport"), if its first word or two are a place name of the gazetteer."""
    if " ".join(head.split()) not in _FACILITY_WORDS:
        return None
    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            town = " ".join(words[:n])
            key = name_key(town)
            if gaz.has_key(key) and not gaz.is_actor(key):
                return town, key
    return None


_LARGE_TOWN: Final = 100_000


def _large_town(gaz: Gazetteer, key: str) -> Place | None:
    """The town a name surely means without other clues: its only town of 100,000 people or more."""
    large = [p for p in gaz.lookup_key(key) if p.kind == "city" and p.population >= _LARGE_TOWN]
    return large[0] if len(large) == 1 else None


def at_words(
    text: str, starts: dict[str, list[int]] | None, words: tuple[str, ...], pattern: re.Pattern, end: int
) -> list[re.Match]:
    """The matches of ``pattern`` (which starts at a word boundary, with one of ``words``) in ``text`` up to
    ``end``, in text order, tried only where one of ``words`` starts a word (``starts``: where each cue word
    starts a word in the lower-cased text, :func:`cue_starts`; None to try the pattern everywhere)."""
    if starts is None:
        return list(pattern.finditer(text, 0, end))
    found: dict[int, re.Match] = {}
    for word in words:
        at = starts.get(word)
        if at is None:
            continue
        size = len(word)
        for i in at:
            if i + size > end:
                break
            if i not in found and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
                m = pattern.match(text, i, end)
                if m is not None:
                    found[i] = m
    return [found[i] for i in sorted(found)]


def cue_starts(text: str) -> dict[str, list[int]] | None:
    """Where each word of the scans starts a word in ``text`` lower-cased, in order (the scans try their
    patterns only at a word's start): one pass of an Aho-Corasick automaton (pyahocorasick) for all of them,
    where a ``str.find`` pass per word read the text some forty times. The locative cues of ``variants``
    ("in ", "village of "), the dates' trigger words and the first words of the events' background pattern
    are found in the same pass (:func:`cue_automaton`), and the answer for the last text is kept for the next
    caller (the extraction asks for the dates first, then variants, find_nearby and the events). None when
    lower-casing changes the text's length ("İ"): the scans then try their patterns everywhere."""
    global _LAST_CUES
    last = _LAST_CUES  # (read once: another thread may replace it meanwhile)
    if last is not None and last[0] is text:
        return last[1]
    starts = _read_cue_starts(text)
    _LAST_CUES = (text, starts)
    return starts


def remember_cues(text: str, starts: dict[str, list[int]] | None) -> None:
    """Keep ``starts``, :func:`cue_starts` of ``text``, as its answer for the next caller that asks for this
    text: the extraction of many articles reads each stage for all of them, and hands each article's cue
    pass back before its stages ask again."""
    global _LAST_CUES
    _LAST_CUES = (text, starts)


def _read_cue_starts(text: str) -> dict[str, list[int]] | None:
    """The words after a space in the spaced copy of the lower-cased text (:mod:`spaced`, with a space before
    it), those after a letter beyond ASCII dropped, and those with a space checked for it: in the copy any
    character that is no letter or digit is one. (Lower-casing turns no character into a letter, digit or
    "_", nor one of those into something else.)

    Only "İ" lower-cases to more than one character, and only it and the Kelvin sign to ASCII: without them
    the spaced copy of the text lower-cased is the spaced copy lower-cased (all ASCII, which lowers at once,
    where the whole text in another script lowers slowly), and a character is a letter beyond ASCII in the
    text where it is one in the text lower-cased."""
    if _BEYOND_LOWER_ASCII in text:
        return None
    table = cue_table()
    if table is not None:  # the same pass in C (the lists in another order of the words)
        return _WORDSCAN.starts(table, text.lower() if _KELVIN in text else text)
    return automaton_cue_starts(text)


def automaton_cue_starts(text: str) -> dict[str, list[int]]:
    """``_read_cue_starts`` by the automaton, for a text without "İ"."""
    if _KELVIN in text:
        return _read_lowered_cue_starts(text.lower())
    starts: dict[str, list[int]] = {}
    for end, word in cue_automaton().iter(spaced(" " + text).lower()):
        i = end - len(word)  # where the word starts in ``text`` (the copy is one longer)
        if i and after_letter(text, i):
            continue
        if " " in word and text[i : i + len(word)].lower() != word:
            continue  # "in," or "village\nof"
        starts.setdefault(word, []).append(i)
    return starts


_BEYOND_LOWER_ASCII: Final = "\u0130"  # "İ": "i" and a combining dot lower-cased
_KELVIN: Final = "\u212a"  # "K": "k" lower-cased


def _read_lowered_cue_starts(lower: str) -> dict[str, list[int]]:
    """``_read_cue_starts`` of a text lower-cased as ``lower`` (of the same length)."""
    starts: dict[str, list[int]] = {}
    for end, word in cue_automaton().iter(spaced(" " + lower)):
        i = end - len(word)  # where the word starts in ``lower`` (the copy is one longer)
        if i and after_letter(lower, i):
            continue
        if " " in word and not lower.startswith(word, i):
            continue  # "in," or "village\nof"
        starts.setdefault(word, []).append(i)
    return starts


# The last text's cue starts (the text itself, not a copy: its identity is the key)
_LAST_CUES: tuple[str, dict[str, list[int]] | None] | None = None


# The first letters of what each scan looks for: found in one pass over the lower-cased text (at_words), much
# faster than a pattern tried at every position (the scans would be a sixth of the extraction's time)
_FACILITY_WORDS_FIRST: Final = tuple(sorted({h.split()[0] for h in FACILITY_HEADS}))
_FACILITY_OF_WORDS: Final = (
    "great",
    "grand",
    "central",
    "mosque",
    "hospital",
    "church",
    "shrine",
    "tomb",
    "cathedral",
    "monastery",
)
_QUARTER_WORDS: Final = (
    "communit",
    "subdistrict",
    "neighbo",
    "district",
    "quarter",
    "suburb",
    "town",
    "village",
    "meadow",
    "valley",
    "count",
    "territor",
    "hromad",
    "commune",
    "municipal",
    "woreda",
    "kebele",
    "zone",
    "tehsil",
    "taluk",
    "upazila",
    "payam",
    "boma",
    "chiefdom",
    "localit",
    "areas",
    "regions",
    "prefecture",
)
_UNIT_WORDS: Final = ("barangay", "brgy", "sitio", "purok")
_SETTLEMENT_WORDS: Final = ("village", "town", "hamlet", "settlement", "communit", "neighbo", "localit")


def _automaton(words: set[str]) -> ahocorasick.Automaton:
    """The ``words``, each after a space (for the spaced copy of a text), each giving the word itself."""
    automaton = ahocorasick.Automaton()
    for word in sorted(words):
        automaton.add_word(f" {word}", word)
    automaton.make_automaton()
    return automaton


# The cues of a name spelt otherwise (variants.py: "in Nabatiyeh", "the village of Barsalogho"), each with
# the space after it, in the lower case; variants checks their case and the capital after them.
LOCATIVE_CUES: Final = (
    "in",
    "near",
    "outside",
    "at",
    "into",
    "from",
    "town of",
    "village of",
    "city of",
    "district of",
    "camp of",
)
_CUE_AUTOMATON: ahocorasick.Automaton | None = None  # made at first use (cue_automaton)
_WORDSCAN: Final = wordscan()  # the cue pass in C, when it is built
_CUE_TABLE: object = None  # its table of the cue words, made at first use (cue_table)


def _cue_words() -> set[str]:
    """The words of the cue pass: those of the scans here, of variants' locative cues, of the dates' trigger
    words (datescan._triggers_in), the words the events' background pattern starts with, the sports words
    (sport.is_sports), the nouns of coreferring phrases (coref._phrases), the words credits open with
    (mentions.credit_spans) and the head words of appositives that describe a place by another
    (uses.reference_points). Read at first use: events imports this module, so its words are read once both are
    loaded."""
    from geo.extract.coref import PHRASE_NOUNS
    from geo.extract.events import BACKGROUND_WORDS
    from geo.extract.sport import SPORTS_KEYS
    from geo.extract.uses import REFERENCE_HEADS

    return {
        *_FACILITY_WORDS_FIRST,
        *_FACILITY_OF_WORDS,
        *_QUARTER_WORDS,
        *_SETTLEMENT_WORDS,
        *_UNIT_WORDS,
        *(f"{cue} " for cue in LOCATIVE_CUES),
        *TRIGGER_KEYS,
        *BACKGROUND_WORDS,
        *SPORTS_KEYS.values(),
        *PHRASE_NOUNS,
        *CREDIT_WORDS,
        *REFERENCE_HEADS,
    }


def cue_automaton() -> ahocorasick.Automaton:
    """The automaton of the cue pass (:func:`_cue_words`), made at first use."""
    global _CUE_AUTOMATON
    if _CUE_AUTOMATON is None:
        _CUE_AUTOMATON = _automaton(_cue_words())
    return _CUE_AUTOMATON


def cue_table() -> object:
    """The cue words for the C pass (``spaced.wordscan``), made at first use; None without it."""
    global _CUE_TABLE
    if _CUE_TABLE is None and _WORDSCAN is not None:
        _CUE_TABLE = _WORDSCAN.table(sorted(_cue_words()))
    return _CUE_TABLE


def _capital_before(text: str, at: int, words: int = 1) -> bool:
    """Whether one of the ``words`` words right before ``at`` starts with a capital ("Safari Hotel", "al-Bayan
    hospital", "Karrada shopping district"): most head nouns follow "the" or "a", and are passed at once."""
    pos = at
    for _ in range(words):
        end = pos
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and end - start < 40 and not text[start - 1].isspace():
            start -= 1
        if start == end:
            return False
        word = text[start:end]
        if word[0].isupper() or word[:3].lower() in ("al-", "el-") or "-" in word[:4]:
            return True
        pos = start
    return False


def _trimmed(text: str, s: int, e: int) -> tuple[int, int, str]:
    """The name without the words that open a sentence or a phrase ("The Safari" -> "Safari")."""
    words = text[s:e].split()
    while words and (words[0] in _OPENERS or words[0].endswith(("'s", "’s"))):
        # (and a place's possessive before it: "Aleppo's Salaheddine district" is Salaheddine)
        s = text.index(words[0], s) + len(words[0])
        words.pop(0)
        while s < e and text[s] in " \t":
            s += 1
    return s, e, text[s:e]


def _is_name(name: str, gaz: Gazetteer) -> bool:
    """A proper name of a place, not a weekday, a demonym ("Syrian school") or an organisation."""
    if not name or not name[0].isalpha():
        return False
    first = name.split()[0]
    if gaz.demonym_country(first) or gaz.is_actor(name_key(name)):
        return False
    if len(first) <= 5 and first.isupper():
        return False  # an organisation's initials: "one IS checkpoint", "a UN base", "RSF positions"
    return first not in _NOT_NAMES and first not in _ADJECTIVES


_ADJECTIVES: Final = FAITHS_AND_PEOPLES  # "a Shiite shrine", "a Druze village": no names of a place
_NOT_NAMES: Final = (
    frozenset(m for m in MONTHS if len(m) > 3 or m == "May")  # (not "Mar": "Mar Elias church")
    | frozenset(WEEKDAYS)
    | frozenset(f"{day}'s" for day in WEEKDAYS)
    | frozenset(["Christmas", "Easter", "Ramadan", "Eid"])
)


def overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a known place mention overlaps ``s``..``e`` ("Kumba District Hospital" is Kumba's)."""
    i = bisect_right(spans, (s, 1 << 62))
    return any(a < e and s < b for a, b in spans[max(0, i - 2) : i + 1])


def _anchor(
    text: str,
    s: int,
    e: int,
    sent: tuple[int, int],
    in_list: tuple[int, int] | None,
    named: Resolved | None,
    mapped: list[Resolved],
    mapped_starts: list[int],
    breaks: list[int],
) -> tuple[Resolved | None, bool]:
    """The place the name at ``s``..``e`` is at (see the module's docstring), and whether it needs an event.
    Places are found by bisection in ``mapped`` (text order), never by a look at all of them."""
    after = in_list[1] if in_list else e
    lo = bisect_left(mapped_starts, after)  # 1. "in X" right after it (or after its list)
    hi = bisect_right(mapped_starts, min(after + _GAP_REACH, sent[1] - 1))
    for r in mapped[lo:hi]:
        if r.place.kind == "water":
            continue  # "near Lake Kivu": somewhere on its shore, not at its middle
        if r.place.kind != "country" and _LOCATED_GAP.search(text, after, r.mention.start):
            return r, False
        if r.place.kind == "country" and _IN_PART.fullmatch(text, after, r.mention.start):
            # "the town of Komanda in northeastern DR Congo": a town the gazetteer lacks, in the part of the
            # country the text names right after it (the country's own name, or a part of it further on,
            # is no such home: "the town of X, Syria", "X in Syria's north")
            return r, False
    if named is not None:  # ... else the town it is named after ("Sanaa International Airport")
        return named, False
    if in_list:  # ... or a known place of its own list ("towns including Sawran, Ihtimaylat")
        member = _nearest(mapped, mapped_starts, s, in_list[0], in_list[1])
        if member is not None:
            return member, False
    first = bisect_left(mapped_starts, sent[0])
    k = bisect_left(mapped_starts, s)  # 2. the place of its sentence before it, else a town after it
    here = mapped[k - 1] if k > 0 and mapped_starts[k - 1] >= sent[0] else None
    if here is not None and here.place.kind in ("country", "water"):
        here = None
    if here is None and k < len(mapped) and mapped_starts[k] < sent[1]:
        r = mapped[k]
        if r.place.kind not in ("country", "water") and (
            r.geo_precision == "point" or _in_chain(text, after, r.mention.start)
        ):
            # (a region later in the sentence is no sure home: "the town of X is a hub linking three
            # other provinces, A, B and C"; "the village of X, Y district" is)
            here = r
    if here is not None:
        return here, False
    # 3. the story's last town, earlier in this paragraph or the one before
    para = bisect_right(breaks, s)
    lowest = breaks[para - 2] if para >= 2 else 0
    for r in reversed(mapped[max(0, first - 30) : first]):
        if r.mention.start < lowest:
            break
        if r.geo_precision == "point" or (r.geo_precision == "region" and r.place.kind != "water"):
            # (a region of the story counts too: "in Ituri province", and the part of a country a
            # sentence before put the story in, "in northwest Mali"; a river does not. In its own
            # sentence a country's part is no home: "the town of Sweida in southern Syria" is the town
            # the gazetteer knows, found later under another spelling)
            return r, True
    # 4. else the region the story was last in, further back ("Rathedaung Township" nine paragraphs into a
    # story about Rakhine State), among the last places before its sentence
    for r in reversed(mapped[max(0, first - 30) : first]):
        if r.geo_precision == "region" and r.place.kind not in ("water", "country"):
            return r, True
    return None, False


def _nearest(mapped: list[Resolved], starts: list[int], at: int, lo: int, hi: int) -> Resolved | None:
    """The place of ``mapped`` starting between ``lo`` and ``hi`` nearest ``at`` (the one before wins a tie)."""
    k = bisect_left(starts, at)
    before = mapped[k - 1] if k > 0 and starts[k - 1] >= lo else None
    after = mapped[k] if k < len(starts) and starts[k] < hi else None
    if before is None or (after is not None and after.mention.start - at < at - before.mention.end):
        return after
    return before


def _placed(text: str, s: int, e: int, head: str, anchor: Resolved, gaz: Gazetteer) -> Resolved:
    name = text[s:e]
    key = name_key(name)
    mention = Mention(s, e, name, key, hints={"facility", f"facility:{head.split()[-1]}"})
    if (
        " ".join(head.split()) not in _FACILITY_WORDS
    ):  # a village or quarter: the gazetteer's own, if it has it near there
        # (in a part of a country, "the town of Sweida in southern Syria": a town of that country)
        country = anchor.place.country_code if anchor.place.kind == "country" else None
        near = [
            p
            for p in gaz.lookup_key(key)
            if p.kind in ("city", "site")
            and (
                p.country_code == country
                if country
                else km_between(p.lat, p.lon, anchor.lat, anchor.lon) < _NEAR_KM
            )
        ]
        if near:
            p = max(near, key=lambda p: p.population)
            return Resolved(mention, p, round(p.lat, 5), round(p.lon, 5), "point", p.name)
    label = f"{name}, {anchor.label}"
    return Resolved(mention, anchor.place, anchor.lat, anchor.lon, "approximate", label)


_FACILITY_WORDS: Final = frozenset(FACILITY_HEADS) | {"tomb", "monastery", "cathedral"}
