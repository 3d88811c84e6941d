"""How a place name is used: where something is ("in Syria", "40 miles northwest of Tikrit", "eastern
Syria", "Anbar province", "Kabul airport"), or not: an actor ("Russia said"), a modifier ("US-led", "a
Brooklyn man"), a possessive ("Moscow's concern"), "outside Iraq", or a place elsewhere ("the border with
Chad", "flew to Moscow for talks"). Read off the few words before and after the name."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final, NamedTuple

from geo.extract.gazetteer import Gazetteer, name_key, word_frequency
from geo.extract.lexicon import (
    ACTOR_NOUNS,
    AGENT_VERBS,
    AUXILIARIES,
    COUNTRY_INITIALISMS,
    DIRECTIONS,
    MONTHS,
    REGION_ADJECTIVES,
    SPEECH_VERBS,
    STANCE_NOUNS,
    WEEKDAYS,
)
from geo.extract.lists import list_gap
from geo.extract.openings import openings
from geo.extract.spaced import wordscan
from geo.extract.words import Word
from geo.vocab import MentionReason

if TYPE_CHECKING:
    from geo.extract.mentions import Mention


def last_words(s: str, n: int) -> str:
    """The last ``n`` words of ``s`` with the space before them (all of ``s`` when it has fewer)."""
    parts = s.rsplit(None, n)
    return s[len(parts[0]) :] if len(parts) > n else s


@dataclass(frozen=True, slots=True)
class Before:
    """What the words right before a name say about it."""

    preposition: bool  # "in", "fled to the": something is there or goes there
    outside: bool  # "outside (of the)": nothing is there
    region: str | None  # "eastern" in "(the) eastern Syria"
    between: bool  # "between", "such as", "border with", or an address: "Oaxaca State, Mexico"
    of: bool  # may end in "of" (any case): it does, or it is too short to tell
    polity: bool  # "governor of", "the people of": the name stands for its government or people
    border: bool  # "the border with": a line, not a place in that country


# "war-torn Yemen", "insurgency-hit Mali", "conflict-ravaged Sudan": a word between the preposition and
# the name that only says how the place suffers.
_STRICKEN: Final = r"[a-z]+-(?:torn|hit|ravaged|wracked|racked|stricken|affected|plagued|ridden|scarred)\s+"
_PREPOSITION_BEFORE: Final = re.compile(
    r"\b(?:in|into|from|to|at|near|across|throughout|inside|within|of|on|toward|towards|through|around|via|"
    r"over|out\s+of|back\s+to|off|along|beyond|leave|leaving|left|visit|visited|visiting|reach|reached|enter|"
    r"entered|entering|fled|flee|fleeing|cross|crossed|invade|invaded|bomb|bombed|return|returned|travel|"
    r"travelled|traveled|(?:leaving|left|leave|bound|headed|heading|flew|emigrated)\s+for)\s+(?:the\s+)?"
    r"(?:neighbouring\s+|neighboring\s+|nearby\s+|" + _STRICKEN + r")?$",
    re.IGNORECASE,
)
# "attacks against Saudi Arabia", "a drone strike against Israel": the target of an attack is where it hit
_TARGET_BEFORE: Final = re.compile(
    r"\b(?:attacks?|strikes?|raids?|assaults?|offensives?|missiles?|drones?|rockets?|shelling|bombing)\s+"
    r"against\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OUTSIDE_BEFORE: Final = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?$")
_BEFORE_REGION: Final = re.compile(r"\b(the\s+)?([A-Za-z-]+)\s+$")
# "in the north of Mali", "the south-east of the country": the region of the country, as "northern Mali"
_BEFORE_PART_OF: Final = re.compile(
    r"\bthe\s+((?:north|south)?-?(?:east|west)|north|south|cent(?:re|er))\s+of\s+$", re.IGNORECASE
)
_BETWEEN_BEFORE: Final = re.compile(
    r"\b(?:between|parts\s+of|part\s+of|border\s+with|borders\s+of|like|such\s+as|including)\s+(?:the\s+)?$"
)
_ADDRESS_BEFORE: Final = re.compile(r"[A-Z][\w.]*,\s*$")  # "Oaxaca State, Mexico": the country holds a place
_POLITY_BEFORE: Final = re.compile(
    r"\b(?:governor|government|president|premier|ruler|king|queen|prince|emir|people|citizens|laws|"
    r"ambassadors?|embass(?:y|ies)|consul|consulates?|ministers?|ministry|ministries|governments)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_BORDER_BEFORE: Final = re.compile(
    r"\b(?:borders?\s+with|bordering|borders)\s+(?:neighbouring\s+|neighboring\s+|" + _STRICKEN + r")?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def read_before(words: str) -> Before:
    """Read the last three words before a name (their patterns span no more, so the reading is the same as
    for the whole text before it; the same few words come back again and again, so it is cached)."""
    region = _BEFORE_REGION.search(words)
    part = _BEFORE_PART_OF.search(words)
    return Before(
        preposition=bool(_PREPOSITION_BEFORE.search(words) or _TARGET_BEFORE.search(words)),
        outside=bool(_OUTSIDE_BEFORE.search(words)),
        region=_part_adjective(part.group(1)) if part else region.group(2).lower() if region else None,
        between=bool(_BETWEEN_BEFORE.search(words) or _ADDRESS_BEFORE.search(words)),
        of=len(words.rstrip()) < 2 or words.rstrip()[-2:].lower() == "of",
        polity=bool(_POLITY_BEFORE.search(words)),
        border=bool(_BORDER_BEFORE.search(words)),
    )


def _part_adjective(part: str) -> str:
    """ "north" -> "northern", "south-east" -> "south-eastern", "centre" -> "central"."""
    part = part.lower()
    return "central" if part.startswith("cent") else part + "ern"


_AFTER: Final = re.compile(
    r"(['’]s\b|-(?=[a-z]))?\s*([\w-]+)?(?:\s+([\w-]+))?(?:\s+([\w-]+))?(?:\s+([\w-]+))?"
)
_WORDSCAN: Final = wordscan()

# The groups of _AFTER: the mark after a name and the four words after it (None: none there)
After = tuple[str | None, str | None, str | None, str | None, str | None]


def words_after(text: str, start: int, end: int) -> After:
    """``_AFTER.match(text, start, end).groups()``: read by the C pass when it is built (every part of the
    pattern is optional, so it always matches)."""
    if _WORDSCAN is not None:
        groups: After = _WORDSCAN.words_after(text, start, end)
        return groups
    after = _AFTER.match(text, start, end)
    assert after is not None
    return after.group(1), after.group(2), after.group(3), after.group(4), after.group(5)


_STATE_AFTER: Final = re.compile(r"\s+[Ss]tate\b")  # "Benue state", "Oaxaca State"
# Words that make the name after a possessive a place of the place before it ("Gaza City's Shejaiya
# neighbourhood", "Khartoum's Omdurman district")
_PLACE_HEADS: Final = frozenset(
    [
        "neighbourhood",
        "neighborhood",
        "district",
        "quarter",
        "suburb",
        "area",
        "camp",
        "village",
        "town",
        "city",
        "province",
        "region",
        "county",
        "township",
        "hospital",
        "market",
        "airport",
        "port",
        "crossing",
        "base",
    ]
)
_ADJECTIVES: Final = frozenset(
    [
        "new",
        "former",
        "top",
        "own",
        "main",
        "chief",
        "senior",
        "current",
        "then",
        "late",
        "longtime",
        "powerful",
        "political",
        "ruling",
        "largest",
        "biggest",
        "two",
        "three",
    ]
)
_LOCATIVE_NEXT: Final = frozenset(
    [
        "and",
        "or",
        "in",
        "is",
        "was",
        "has",
        "had",
        "to",
        "on",
        "for",
        "from",
        "at",
        "said",
        "says",
        "will",
        "would",
        "could",
        "also",
    ]
)
# the local words for a division after its name ("Anbar province", "Kharkiv Oblast", "Cauca department",
# "Jere local government area"): the name is the division, not a town of that name
_PROVINCE_AFTER: Final = re.compile(
    r"\s+(?:[Pp]rovinces?|[Gg]overnorates?|[Oo]blasts?|[Rr]egions?|[Rr]aions?|[Rr]ayons?|[Dd]istricts?|[Cc]ounty|"
    r"[Cc]ounties|departments?|[Pp]refectures?|[Tt]erritory|[Tt]erritories|[Zz]ones?|[Mm]unicipality|"
    r"[Mm]unicipalities|[Ll]ocal\s+[Gg]overnment\s+[Aa]reas?|LGAs?)\b"
)
# A facility named by the place it is in or near ("Kabul airport", "Rafah crossing", "Zamzam camp")
_FACILITY_AFTER: Final = re.compile(
    r"\s+(?:international\s+|International\s+)?(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+[Bb]ase|[Bb]ase|[Cc]amp|"
    r"[Hh]ospital|[Cc]rossing|[Bb]order\s+crossing|[Dd]am|[Mm]arket|[Pp]ort|[Pp]rison|[Ss]tation|[Rr]efinery|"
    r"[Bb]arracks|[Ss]tadium|[Mm]osque|[Cc]hurch|[Ss]chool|[Uu]niversity)\b"
)
# "flew to Moscow for talks", "travelled to Doha to meet": a visit, no event there
_TALKS_AFTER: Final = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:for\s+(?:talks|meetings|negotiations|a\s+summit)|to\s+(?:talk|meet|hold\s+talks|discuss|"
    r"negotiate|attend|sign))\b"
)
_TRAVEL_BEFORE: Final = re.compile(
    r"\b(?:flew|fly|flying|travelled|traveled|travel|travels|went|headed|arrived)\s+(?:to|in)\s+$"
)
_DIGIT: Final = re.compile(r"\d")
_OFFSET: Final = re.compile(
    r"(?:some|about|around|approximately|nearly|roughly|almost)?\s*(\d+(?:[.,]\d+)?)\s*(?:-\s*)?"
    r"(miles?|mi|kilometers?|kilometres?|km|kms)\s+(?:\([^)]{1,20}\)\s+)?"
    r"((?:north|south)?-?(?:east|west)?(?:north|south)?)\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# _OFFSET from its number on: its groups are those of the leftmost match of _OFFSET, which reads its number
# from the first run of digits it can (the words before a number are no digits), so it is tried only at the
# start of each run of digits, where _OFFSET.search tries every character (a third of a millisecond a text)
_OFFSET_FROM_NUMBER: Final = re.compile(_OFFSET.pattern.split(r"?\s*", 1)[1], re.IGNORECASE)
_DIGITS: Final = re.compile(r"\d+")


def _offset_in(near: str) -> re.Match | None:
    """``_OFFSET.search(near)``'s groups (its match may start later, at its number)."""
    for digits in _DIGITS.finditer(near):
        m = _OFFSET_FROM_NUMBER.match(near, digits.start())
        if m is not None:
            return m
    return None


# "a Brooklyn man", "Oklahoma teachers", "a Boston native": where someone is from, not where anything is
_PEOPLE_AFTER: Final = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|teen|teens|teenager|teenagers|mother|father|couple|native|natives|"
    r"students|teachers|survivors|voters|lawmakers|producer|businessman|businesswoman|community|communities|"
    r"diaspora)\b"
)


def classify_use(text: str, m: Mention, gaz: Gazetteer, word: Word, prev: Mention | None) -> None:
    """Mark actor/modifier uses, regions ("eastern Syria") and offsets ("40 miles northwest of Tikrit")."""
    after = words_after(text, m.end, m.end + 80)
    before = read_before(last_words(text[max(0, m.start - 60) : m.start], 3))
    after_preposition = before.preposition
    mark, nxt = after[0], (after[1] or "")
    is_country = word.country
    is_polity = is_country or word.admin1  # "Tamil Nadu said"
    # The patterns of the words after a name open with a space (\s+): after "Syria," or "Iraq's" none is
    # tried (\s is what str.isspace says)
    spaced = text[m.end : m.end + 1].isspace()
    # The first letter of the word after the space, lower-cased (None: none within reach): a pattern of the
    # words after a name is tried only when that word can open it
    word_after = after[1] if spaced else None
    opens = word_after[:1].lower() if word_after else None
    first = _first_word(text, m.end, word_after) if word_after else None
    if (
        not is_country
        and spaced
        and _may_open(opens, _STATE_OPENS, first)
        and _STATE_AFTER.match(text, m.end)
        and (word.state or _is_region(gaz, m.key))
    ):
        m.hints.add("province")
        nxt = ""  # "Benue state" is the state, not "state" as in "Iraq state television"
    if mark and mark.startswith("-"):
        if text.startswith(("-based", "-bound"), m.end) and not text[m.end + 6 : m.end + 7].isalpha():
            # "London-based" says where a group is, "a Rawalpindi-bound train" where it goes, not that
            # anything happens there: a background mention
            m.hints.add("based")
        else:
            m.mappable, m.reason = False, MentionReason.MODIFIER  # US-led, Iran-backed
    elif mark:  # possessive: "Lebanon's Hezbollah", "Iraq's government"; "Syria's Raqa" just locates Raqa
        words = [w for w in after[1:4] if w]
        head = next((w for w in words if w.lower() not in _ADJECTIVES), "")
        if (
            (
                head[:1].isupper()
                and not gaz.has_key(name_key(head))
                and not any(w.lower() in _PLACE_HEADS for w in after[2:5] if w)
            )
            or head.lower() in ACTOR_NOUNS
            or any(w.lower() in STANCE_NOUNS for w in words)
        ):  # ... and "Moscow's concern", "Tunisia's recent decisions": a government's stance (but "Gaza
            # City's Shejaiya neighbourhood" locates the neighbourhood)
            m.mappable, m.reason = False, MentionReason.POSSESSIVE
    elif nxt in ACTOR_NOUNS or (
        m.text in COUNTRY_INITIALISMS
        and nxt[:1].islower()
        and nxt not in _LOCATIVE_NEXT
        and not after_preposition  # "in the U.S. capital"
    ):
        m.mappable, m.reason = False, MentionReason.MODIFIER
    elif (
        is_polity
        and not after_preposition
        and _is_agent(after)
        and not (spaced and _STRUCK_AFTER.match(text, m.end))
    ):
        m.mappable, m.reason = False, MentionReason.ACTOR
    if before.polity or (prev and "polity" in prev.hints and list_gap(text, prev.end, m.start)):
        # "the governor of Enugu State", "the people of Mexico", "the embassies of France and Belgium": who,
        # not where
        m.mappable, m.reason = False, MentionReason.MODIFIER
        m.hints.add("polity")
    elif (
        spaced
        and m.start >= 3
        and text[m.start - 3] == "i"  # (the words before end in "in ": few names, seen at once)
        and _may_open(opens, _SAID_OPENS, first)
        and _SAID_AFTER.match(text, m.end, m.end + 30)
        and _SOURCE_IN_BEFORE.search(text, max(0, m.start - 40), m.start)
    ):
        # "the health ministry in Sanaa said", "officials in Kyiv told": where the source is, not where
        # anything happened (a background mention)
        m.hints.add("based")
    if before.outside or (
        prev and prev.reason == MentionReason.OUTSIDE and list_gap(text, prev.end, m.start)
    ):
        # "branches outside Iraq and Syria" locates nothing there
        m.mappable, m.reason = False, MentionReason.OUTSIDE
    if (
        spaced
        and _may_open(opens, _PROVINCE_OPENS, first)
        and _PROVINCE_AFTER.match(text, m.end, m.end + 30)
        and not (is_country and _indefinite_before(text, m.start))
    ):  # "the Tigray region" is Tigray, but "a Niger region" only some region of the country Niger
        m.hints.add("province")
    elif (
        spaced and _may_open(opens, _FACILITY_OPENS, first) and _FACILITY_AFTER.match(text, m.end, m.end + 30)
    ):
        m.hints.add("facility")  # "Kabul airport", "Zamzam camp": at or near the named place
    if (
        before.border
        or (prev and "elsewhere" in prev.hints and list_gap(text, prev.end, m.start))
        or (
            m.mappable
            and spaced
            and _may_open(opens, _TALKS_OPENS, first)
            and _TALKS_AFTER.match(text, m.end, m.end + 40)
            and _TRAVEL_BEFORE.search(text, max(0, m.start - 40), m.start)
        )
    ):
        # "the border with Chad", "flew to Moscow for talks": a place, but what happens is not there
        m.hints.add("elsewhere")
    if before.region in REGION_ADJECTIVES and (is_country or "province" in m.hints):
        m.region = before.region
    off = None
    if before.of:  # the offset pattern ends in "of" and has a number: look for it only then
        near = text[max(0, m.start - 90) : m.start]
        if near.rstrip()[-2:].lower() == "of" and _DIGIT.search(near):
            off = _offset_in(near)
    if off and off.group(3).lower().replace("-", "") in {d.replace("-", "") for d in DIRECTIONS}:
        value = float(off.group(1).replace(",", ""))
        unit = off.group(2).lower()
        m.offset_km = value * 1.609344 if unit.startswith("mi") else value
        m.bearing = DIRECTIONS[off.group(3).lower().replace("-", "")]
        m.span_start = max(0, m.start - 90) + off.start(1)
    if m.mappable and is_country and not _locative(text, m, before, prev, mark, gaz):
        # a country with no word placing anything in it: an actor
        m.mappable, m.reason = False, MentionReason.ACTOR
    if m.mappable and spaced and _may_open(opens, _PEOPLE_OPENS, first) and _PEOPLE_AFTER.match(text, m.end):
        m.mappable, m.reason = False, MentionReason.MODIFIER


_WHERE_AFTER: Final = re.compile(r",?\s+where\b")
# Who speaks from a place: "officials in Kyiv said", "the health ministry in Sanaa says" (not "residents in
# Goma said", who tell of their town)
_SOURCE_IN_BEFORE: Final = re.compile(
    r"\b(?:[Mm]inistry|[Mm]inistries|[Oo]fficials?|[Aa]uthorities|[Ss]pokes(?:man|woman|person)|[Oo]ffice|"
    r"[Gg]overnment|[Pp]olice|[Aa]rmy|[Mm]ilitary|[Cc]ommand|[Aa]gency|[Cc]orrespondents?|[Rr]eporters?|"
    r"[Ss]ources|[Ee]mbassy|[Hh]eadquarters|[Dd]iplomats?|[Aa]nalysts?|[Oo]bservatory|[Mm]onitor)\s+in\s+$"
)
_SAID_AFTER: Final = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{'|'.join(SPEECH_VERBS)})\b")


def _first_word(text: str, end: int, word_after: str) -> str | None:
    """The word after the space after a name that ends at ``end`` (``word_after``, of word characters and
    "-"): its word characters, lower-cased, when they end within :data:`_OPENING_REACH`; else None."""
    reach = min(end + _OPENING_REACH, len(text))
    start = end + 1
    while start < reach and text[start].isspace():
        start += 1
    part = word_after.split("-", 1)[0]
    return part.lower() if start + len(part) <= reach else None


class _Opening(NamedTuple):
    """The words after the space that a match of a pattern of the words after a name opens with
    (lower-cased): their first letters, and the words themselves."""

    letters: frozenset[str]
    words: frozenset[str]


def _opening(rx: re.Pattern) -> _Opening:
    """The :class:`_Opening` of ``rx``: it opens with a space, then a whole word of letters in a case it names
    ("[Pp]rovince")."""
    assert rx.pattern.startswith("\\s+") and not rx.flags & re.IGNORECASE, rx.pattern
    found = openings(rx.pattern[3:])
    assert all(w and ends for w, ends in found), rx.pattern  # (each a whole word of letters it names)
    return _Opening(frozenset(w[0] for w, _ in found), frozenset(w for w, _ in found))


_STATE_OPENS: Final = _opening(_STATE_AFTER)
_PROVINCE_OPENS: Final = _opening(_PROVINCE_AFTER)
_FACILITY_OPENS: Final = _opening(_FACILITY_AFTER)
_TALKS_OPENS: Final = _opening(_TALKS_AFTER)
_PEOPLE_OPENS: Final = _opening(_PEOPLE_AFTER)
_SAID_OPENS: Final = _opening(_SAID_AFTER)
# The reach of the patterns tried with an end (30 characters after the name): a word after a name within it
# is one they read whole
_OPENING_REACH: Final = 30


def _may_open(opens: str | None, opening: _Opening, word: str | None = None) -> bool:
    """Whether the word after a name, which opens with ``opens`` (lower-cased; None: unknown), may begin a
    match of a pattern that opens so; ``word``: all of that word (letters, digits and "_", lower-cased) when
    it ends within the patterns' reach, which must then be one of its words."""
    if opens is None:
        return True
    return opens in opening.letters and (word is None or word in opening.words)


def _locative(
    text: str, m: Mention, before: Before, prev: Mention | None, mark: str | None, gaz: Gazetteer
) -> bool:
    """Does the text place something in this country ("in Syria", "across Iraq and Syria", "eastern Syria")?"""
    if before.preposition or "dateline" in m.hints or m.region or m.offset_km is not None:
        return True
    if mark and not mark.startswith("-"):  # "Syria's Raqa": the country holds a place
        nxt = re.match(r"['’]s\s+(\S+(?:\s+\S+)?)", text[m.end : m.end + 40])
        if nxt and any(gaz.has_key(name_key(w)) for w in (nxt.group(1), nxt.group(1).split()[0])):
            return True
    if (
        before.between or before.border or _WHERE_AFTER.match(text, m.end)
    ):  # "Japan and Canada, where most visitors live"
        return True
    if _STRUCK_AFTER.match(text, m.end):  # "Ukraine was fired upon"
        return True
    if _ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start) and _HELD_AFTER.match(text, m.end):
        return True  # "a Niger region", "the Kenya town of Mandera": a place in the country
    # "in Iraq and Syria", "into Iraq, Syria": the preposition governs the whole list
    return bool(prev and prev.mappable and list_gap(text, prev.end, m.start))


_ARTICLE_BEFORE: Final = re.compile(r"\b(an?|the)\s+$", re.IGNORECASE)


def _indefinite_before(text: str, at: int) -> bool:
    """Whether "a" or "an" comes right before ``at`` ("a Niger region": some region of the country)."""
    article = _ARTICLE_BEFORE.search(text, max(0, at - 6), at)
    return article is not None and article.group(1).lower() != "the"


_HELD_AFTER: Final = re.compile(
    r"\s+(?:border\s+)?(?:region|province|state|town|city|village|district|county|area|camp|port)\b"
)
_AGENT_GAP: Final = frozenset(["and", "on", "last", "this", "earlier", "later"])  # "Turkey on Sunday shelled"


# "Ukraine was fired upon", "Israel has been attacked": the place is the target, where something happened,
# not who acted
_STRUCK_AFTER: Final = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:is|was|were|are|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:shelled|fired\s+(?:up)?on|struck|bombed|targeted|attacked|invaded|hit|raided)\b"
)


def _is_region(gaz: Gazetteer, key: str) -> bool:
    """A region of the gazetteer ("Northern Shan"): "Northern Shan state" is it, not its state media."""
    return any(p.kind == "region" for p in gaz.lookup_key(key))


def _is_agent(after: After) -> bool:
    words = [w for w in after[1:] if w]
    for w in words:
        if w in AGENT_VERBS:
            return True
        if w not in AUXILIARIES and w not in _AGENT_GAP and not w[:1].isupper():
            return False
    return False


def plural_divisions(text: str, mentions: list[Mention]) -> None:
    """The names of a list before a plural division word are each such a division: "the Sumy and Kharkiv
    regions", "Kursk and Belgorod oblasts" (the last name of the list has the word after it; the others
    are marked here, walking back over the list: each mention is looked at once)."""
    for i in range(len(mentions) - 1, 0, -1):
        m = mentions[i]
        if "province" not in m.hints:
            continue
        after = _PROVINCE_AFTER.match(text, m.end, m.end + 30)
        if after is None or not after.group().endswith("s"):  # the plural ("regions", "LGAs")
            continue
        k = i
        while k > 0 and list_gap(text, mentions[k - 1].end, mentions[k].start):
            k -= 1
            if "province" in mentions[k].hints:
                break  # (a list already marked: "the A and B regions, the C and D regions")
            mentions[k].hints.add("province")


# "Minova, the main supply town for Goma", "Sake, a gateway to Goma", "X, the last town on the road to Y": an
# appositive that describes the name before its comma by another place. Found at its head word (the cue
# pass finds where one starts a word), the place after it, and the name before it read back from there.
REFERENCE_HEADS: Final = (
    "town",
    "city",
    "cities",
    "village",
    "route",
    "road",
    "highway",
    "gateway",
    "hub",
    "crossroads",
    "junction",
    "corridor",
    "link",
    "port",
    "base",
    "stronghold",
    "outpost",
    "line",
    "arter",
    "entry",
    "suburb",
    "approach",
)
_REFERENCE_AFTER: Final = re.compile(
    r"(?:towns?|cit(?:y|ies)|villages?|routes?|roads?|highways?|gateways?|hubs?|crossroads|junctions?|"
    r"corridors?|links?|ports?|bases?|strongholds?|outposts?|lines?|arter(?:y|ies)|entry[ \t]+points?|"
    r"suburbs?|approach(?:es)?)"
    r"(?:[ \t]+(?:on|along)[ \t]+the[ \t]+(?:main[ \t]+)?(?:road|route|highway))?"
    r"[ \t]+(?:for|to|toward|towards|near|outside|before|beyond|into|serving|linking)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:city|town)[ \t]+of[ \t]+)?"
)
_REFERENCE_HEAD_ANYWHERE: Final = re.compile(r"\b(?:" + "|".join(REFERENCE_HEADS) + ")")
# the name, its comma and the appositive's first words, up to the head (a few words, read in a bounded window)
_REFERENCE_BEFORE: Final = re.compile(
    r"(?<![\w’'‐-])(?P<name>[A-Z][\w’'‐-]*),[ \t]+(?:the|an?)[ \t]+(?:[a-z][\w’'‐-]*[ \t]+){0,4}$"
)
_REFERENCE_REACH: Final = 100  # characters from the name before the comma to the head word
_REFERENCE_AFTER_REACH: Final = 60  # ... and from the head word to the place


def reference_points(
    text: str, mentions: list[Mention], gaz: Gazetteer, cues: dict[str, list[int]] | None
) -> None:
    """Mark ``reference`` (a background mention) the places an appositive describes the name before it by
    ("Minova, the main supply town for Goma,"), and the places listed right after one ("... to Goma and
    Bukavu"). Not after a word opening a sentence ("Meanwhile, the main road to Goma")."""
    if not mentions:
        return
    if cues is None:
        heads = [h.start() for h in _REFERENCE_HEAD_ANYWHERE.finditer(text)]
    else:
        heads = [i for word in REFERENCE_HEADS for i in cues.get(word, ())]
    if not heads:
        return
    starts = [m.start for m in mentions]
    for h in heads:
        k = bisect_right(starts, h)  # the place must start a few words after the head
        if k == len(starts) or starts[k] - h > _REFERENCE_AFTER_REACH:
            continue
        after = _REFERENCE_AFTER.match(text, h, starts[k])
        if after is None:
            continue
        if after.end() != starts[k]:
            continue
        before = _REFERENCE_BEFORE.search(text, max(0, h - _REFERENCE_REACH), h)
        if before is None or not _a_name(before.group("name"), gaz):
            continue
        mentions[k].hints.add("reference")
        while k + 1 < len(mentions) and list_gap(text, mentions[k].end, mentions[k + 1].start):
            k += 1
            mentions[k].hints.add("reference")


def _a_name(word: str, gaz: Gazetteer) -> bool:
    """Whether a capitalised word before a comma is a name, not a word opening the sentence ("Meanwhile",
    "On Tuesday"): a place of the gazetteer, or a word English rarely writes in lower case."""
    return (
        word not in MONTHS
        and word not in WEEKDAYS
        and (gaz.has_key(name_key(word)) or word_frequency(word) < 4.0)
    )
