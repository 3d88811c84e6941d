"""Find place-name mentions in text.

Case-sensitive, whole words, longest match, multi-word names (also across a wrapped line). A run of
capitalised words is read as a whole: "Syrian Democratic Forces" or "Islamic State of Iraq and Syria"
hold place words but name an organisation, "Colonel Ryan Dillon" a person; their place words are not
mentions. A place used as an actor or modifier ("US-led", "Lebanon's Hezbollah", "Russia said") is a
mention but not ``mappable``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from geo.gazetteer import Gazetteer, name_key
from geo.lexicon import (
    ACTOR_NOUNS,
    AGENT_VERBS,
    AUXILIARIES,
    COUNTRY_INITIALISMS,
    DATELINE,
    DIRECTIONS,
    FEATURE_WORDS,
    FUNCTION_WORDS,
    MONTHS,
    ORG_CUES,
    PARTICLES,
    PERSON_CUES,
    REGION_ADJECTIVES,
    WEEKDAY_ABBR,
    WEEKDAYS,
)

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽḤṢṬẒ"
_LO = "a-zß-öø-ÿāăąćčďđēėęěğīıłńňōőœřśşšţťūůűźżžḥṣṭẓ"
_L = f"[{_UP}{_LO}]"
# One capitalised word: "Raqa", "Al-Bukamal", "Ma'arrat", "U.S."; or a particle-hyphen word: "ez-Zor", "al-Qaim".
_WORD = rf"(?:[A-Z]\.){{2,}}|(?:[{_LO}]{{1,3}}-)?[{_UP}]{_L}*(?:['’](?!s\b){_L}+)*(?:-(?:[{_UP}]|[{_LO}]{{1,3}}-[{_UP}]){_L}*)*"
_GAP = r"(?:[ \t\u00a0]+|[ \t]*\n[ \t]*)"  # a space, or one line break (a wrapped name), never a blank line
_PART = "|".join(sorted(PARTICLES, key=len, reverse=True))
RUN = re.compile(rf"(?<![\w'’-])(?:{_WORD})(?:{_GAP}(?:(?:{_PART}){_GAP})*(?:{_WORD}))*(?![\w])")
_TOKEN = re.compile(rf"{_WORD}|\b(?:{_PART})\b")
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBR)
_DIRECTION_WORDS = frozenset(w.capitalize() for w in DIRECTIONS) | {
    "Central",
    "Upper",
    "Lower",
    "Greater",
}
_HEADLINE_MIN = 0.6  # share of capitalised words that makes a line a title-case headline


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    mappable: bool = True
    reason: str = ""  # why it is not mappable, or a cue ("dateline")
    region: str | None = None  # "eastern" in "eastern Syria"
    offset_km: float | None = None  # "40 miles northwest of Tikrit"
    bearing: float | None = None
    span_start: int | None = None  # start of "40 miles northwest of Tikrit" when offset
    hints: set = field(default_factory=set)  # {"province"} etc.


@lru_cache(maxsize=32768)
def _is_common_word(word: str) -> bool:
    """True for words English writes in lower case often enough to start a sentence ("Most", "Hit")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 4.0


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n•-—–|"


def _headline_lines(text: str) -> set[int]:
    """Starts of lines written in title case ("Iraqi Foreign Fighters Lurk in Syrian Shadows")."""
    starts = set()
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        if len(words) >= 3 and len(line) < 200 and not line.rstrip().endswith("."):
            if sum(w[0].isupper() for w in words) / len(words) >= _HEADLINE_MIN:
                starts.add(pos)
        pos += len(line) + 1
    return starts


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """All place mentions in ``text``, in order; ``mappable`` says whether each locates something."""
    headline_starts = _headline_lines(text)
    datelines = {m.start("place") for m in DATELINE.finditer(text[:2000])}
    person_names: set[str] = set()  # surnames seen in person runs: a later "Dillon" is the colonel
    out: list[Mention] = []
    org_end = -1  # end of the last organisation name: "Islamic State of Iraq and Syria" goes on after "and"
    for run in RUN.finditer(text):
        in_headline = (text.rfind("\n", 0, run.start()) + 1) in headline_starts
        continues_org = org_end >= 0 and bool(_AND_GAP.fullmatch(text[org_end : run.start()]))
        titled = bool(_TITLE_BEFORE.search(text, max(0, run.start() - 12), run.start()))
        joined = text.startswith(" & ", run.end()) or text[max(0, run.start() - 3) : run.start()] == " & "
        for group in _split_run(text, _tokens(text, run.start(), run.end())):
            if titled or joined:  # "Prof. Eze", "Johnson & Johnson": a person or a firm
                if titled and _surname_like(text[group[-1][0] : group[-1][1]], gaz):
                    person_names.add(name_key(text[group[-1][0] : group[-1][1]]))
                titled = False
                continue
            found = _read_run(text, group, gaz, datelines, person_names, in_headline)
            if found is None:
                org_end = group[-1][1]
            elif not continues_org:
                out.extend(found)
    for i, m in enumerate(out):
        if m.start in datelines:
            m.hints.add("dateline")
        _classify_use(text, m, gaz, out[i - 1] if i else None)
    _lists_are_places(text, out)
    return out


def _lists_are_places(text: str, mentions: list[Mention]) -> None:
    """In a list of places ("United States, Canada, Australia and Germany"), one locating them all, or
    a list of three or more, makes every country in it a location, not an actor."""
    chain: list[Mention] = []
    for m in [*mentions, None]:
        if m is not None and chain and _LIST_GAP.fullmatch(text[chain[-1].end : m.start]):
            chain.append(m)
            continue
        if len(chain) >= 3 or any(c.mappable for c in chain):
            for c in chain:
                if c.reason == "actor":
                    c.mappable, c.reason = True, ""
        chain = [m] if m is not None else []


def _split_run(text: str, toks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split a run at month and day names ("Deir Ezzor on Nov") and at a line break that starts a sentence."""
    groups: list[list[tuple[int, int]]] = [[]]
    for k, (s, e) in enumerate(toks):
        w = text[s:e]
        if w in _NOT_NAMES:
            groups.append([])
            continue
        if w == "of" and not any(text[a:b] in ORG_CUES for a, b in groups[-1]):
            groups.append([])  # "Dunbar of Austin", "the CEOs of Europe": a place after someone
            continue
        if groups[-1] and "\n" in text[toks[k - 1][1] : s] and (w in FUNCTION_WORDS or _is_common_word(w)):
            groups.append([])
        groups[-1].append((s, e))
    return [g for g in groups if g]


def _read_run(text, toks, gaz, datelines, person_names, in_headline) -> list[Mention] | None:
    """Place mentions in one run of capitalised words; None when the run names an organisation or person."""
    # Leading words that only start the sentence ("In", "Most", "Foreign") are not part of a name.
    while toks:
        w = text[toks[0][0] : toks[0][1]]
        if (
            w in FUNCTION_WORDS
            or w.lower() in PARTICLES
            or (_sentence_initial(text, toks[0][0]) and _drop_initial(text, toks, gaz))
        ):
            toks = toks[1:]
        else:
            break
    while toks and text[toks[-1][0] : toks[-1][1]].lower() in PARTICLES:
        toks = toks[:-1]
    if not toks:
        return []
    found: list[Mention] = []
    unknown: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        for j in range(min(n, i + 6), i, -1):
            s, e = toks[i][0], toks[j - 1][1]
            surface = text[s:e]
            key = name_key(surface)
            if (
                gaz.has_key(key)
                and _may_be_name(text, surface, s, datelines)
                and not gaz.demonym_country(surface)
            ):
                found.append(Mention(s, e, surface, key))
                i = j
                break
        else:
            w = text[toks[i][0] : toks[i][1]]
            if w.lower() not in PARTICLES and w not in _DIRECTION_WORDS and w not in FEATURE_WORDS:
                if not (in_headline and _is_common_word(w) and w not in ORG_CUES):
                    unknown.append(w)
            i += 1
    words = [text[s:e] for s, e in toks]
    # "Seth Jones", "Jade Parker": two names side by side with nothing between are a person.
    side_by_side = any(text[a.end : b.start].isspace() for a, b in pairwise(found))
    cue = any(w.rstrip(".") in PERSON_CUES or w in ORG_CUES for w in words)
    if cue or unknown or side_by_side:
        if len(words) >= 2 or not found or cue:
            if (
                not any(w in ORG_CUES for w in words)
                and 2 <= len(words) <= 4
                and _surname_like(words[-1], gaz)
            ):
                person_names.add(name_key(words[-1]))
            return None
    # A single known surname of a person named earlier in the text.
    return [m for m in found if not (len(words) == 1 and m.key in person_names)]


def _surname_like(word: str, gaz: Gazetteer) -> bool:
    """Could ``word`` be a person's surname rather than a well-known place ("Dillon", "Nelson" yes, "Iran" no)?"""
    return not any(c.kind == "country" or c.population >= 1_000_000 for c in gaz.lookup(word))


_DATELINE_AFTER = re.compile(r"(?:,|\s*\(|\s*[—–:-]|\s*\n|\s+[A-Z][a-z])")


def _capital_dateline(text: str, surface: str, start: int) -> bool:
    """ "WASHINGTON, April 5 (Reuters)", "LONDON The Latest": a capitalised place opening a line or sentence."""
    return (
        len(surface) >= 4
        and _sentence_initial(text, start)
        and bool(_DATELINE_AFTER.match(text, start + len(surface)))
    )


def _drop_initial(text: str, toks: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """A sentence's first word that is an everyday word ("Most", "Remaining") unless it names a big place."""
    w = text[toks[0][0] : toks[0][1]]
    if w in ORG_CUES or w.rstrip(".") in PERSON_CUES or not _is_common_word(w):
        return False
    if len(toks) > 1 and gaz.has_key(name_key(text[toks[0][0] : toks[1][1]])):
        return False  # "New York", "Washington DC"
    cands = gaz.lookup(w)
    return not any(c.kind != "city" or c.id.startswith("curated:") or c.population >= 500_000 for c in cands)


def _may_be_name(text: str, surface: str, start: int, datelines: set[int]) -> bool:
    if surface in _NOT_NAMES or surface in _DIRECTION_WORDS or surface in FEATURE_WORDS:
        return False
    if surface.isupper() and len(surface.replace(".", "")) > 1:
        return surface in COUNTRY_INITIALISMS or start in datelines or _capital_dateline(text, surface, start)
    return True


_AFTER = re.compile(r"(['’]s\b|-(?=[a-z]))?\s*([\w-]+)?(?:\s+([\w-]+))?(?:\s+([\w-]+))?(?:\s+([\w-]+))?")
_BEFORE_REGION = re.compile(r"\b(the\s+)?([A-Za-z-]+)\s+$")
_OFFSET = re.compile(
    r"(?:some|about|around|approximately|nearly|roughly|almost)?\s*(\d+(?:[.,]\d+)?)\s*(?:-\s*)?"
    r"(miles?|mi|kilometers?|kilometres?|km|kms)\s+(?:\([^)]{1,20}\)\s+)?"
    r"((?:north|south)?-?(?:east|west)?(?:north|south)?)\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _classify_use(text: str, m: Mention, gaz: Gazetteer, prev: Mention | None) -> None:
    """Mark actor/modifier uses, regions ("eastern Syria") and offsets ("40 miles northwest of Tikrit")."""
    after = _AFTER.match(text, m.end, m.end + 80)
    before = text[max(0, m.start - 60) : m.start]
    after_preposition = bool(_PREPOSITION_BEFORE.search(before))
    mark, nxt = after.group(1), (after.group(2) or "")
    is_country = bool(gaz.countries_by_key(m.text))
    is_polity = is_country or any(c.kind == "admin1" for c in gaz.lookup_key(m.key))  # "Tamil Nadu said"
    if mark and mark.startswith("-"):
        if not text.startswith("-based", m.end):  # "London-based" says where something is
            m.mappable, m.reason = False, "modifier"  # US-led, Iran-backed
    elif mark:  # possessive: "Lebanon's Hezbollah", "Iraq's government"; "Syria's Raqa" just locates Raqa
        words = [w for w in after.groups()[1:4] if w]
        head = next((w for w in words if w.lower() not in _ADJECTIVES), "")
        if (head[:1].isupper() and not gaz.has_key(name_key(head))) or head.lower() in ACTOR_NOUNS:
            m.mappable, m.reason = False, "possessive"
    elif nxt in ACTOR_NOUNS or (
        m.text in COUNTRY_INITIALISMS
        and nxt[:1].islower()
        and nxt not in _LOCATIVE_NEXT
        and not after_preposition  # "in the U.S. capital"
    ):
        m.mappable, m.reason = False, "modifier"
    elif is_polity and not after_preposition and _is_agent(after):
        m.mappable, m.reason = False, "actor"
    if _OUTSIDE_BEFORE.search(before) or (
        prev and prev.reason == "outside" and _LIST_GAP.fullmatch(text[prev.end : m.start])
    ):
        m.mappable, m.reason = (
            False,
            "outside",
        )  # "branches outside Iraq and Syria" locates nothing there
    if re.match(r"\s+(?:province|governorate|Province|Governorate)\b", text[m.end : m.end + 15]):
        m.hints.add("province")
    rb = _BEFORE_REGION.search(before)
    if rb and rb.group(2).lower() in REGION_ADJECTIVES and (is_country or "province" in m.hints):
        m.region = rb.group(2).lower()
    off = _OFFSET.search(text[max(0, m.start - 90) : m.start])
    if off and off.group(3).lower().replace("-", "") in {d.replace("-", "") for d in DIRECTIONS}:
        value = float(off.group(1).replace(",", ""))
        unit = off.group(2).lower()
        m.offset_km = value * 1.609344 if unit.startswith("mi") else value
        m.bearing = DIRECTIONS[off.group(3).lower().replace("-", "")]
        m.span_start = max(0, m.start - 90) + off.start(1)
    if m.mappable and is_country and not _locative(text, m, before, after_preposition, prev, mark, gaz):
        m.mappable, m.reason = (
            False,
            "actor",
        )  # a country with no word placing anything in it: an actor


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|from|to|at|near|across|throughout|inside|within|of|on|toward|towards|through|around|via|"
    r"over|out\s+of|back\s+to|off|along|beyond|leave|leaving|left|visit|visited|visiting|reach|reached|enter|"
    r"entered|entering|fled|flee|fleeing|cross|crossed|invade|invaded|bomb|bombed|return|returned|travel|"
    r"travelled|traveled)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Maj|Lt|Capt|Sgt|Sen|Rep|Gov|Adm|Cmdr|Brig|Rev)\.\s+$"
)
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")  # "Islamic State of Iraq and Syria"
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s+")  # "Iraq and Syria", "Iraq, Syria"
_ADDRESS_BEFORE = re.compile(r"[A-Z][\w.]*,\s*$")  # "Oaxaca State, Mexico": the country holds a place
_BETWEEN_BEFORE = re.compile(
    r"\b(?:between|parts\s+of|part\s+of|border\s+with|borders\s+of|like|such\s+as|including)\s+(?:the\s+)?$"
)
_OUTSIDE_BEFORE = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?$")
_ADJECTIVES = frozenset(
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
    ]
)
_LOCATIVE_NEXT = frozenset(
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


def _locative(
    text,
    m: Mention,
    before: str,
    after_preposition: bool,
    prev: Mention | None,
    mark,
    gaz,
) -> bool:
    """Does the text place something in this country ("in Syria", "across Iraq and Syria", "eastern Syria")?"""
    if after_preposition or "dateline" in m.hints or m.region or m.offset_km is not None:
        return True
    if mark and not mark.startswith("-"):  # "Syria's Raqa": the country holds a place
        nxt = re.match(r"['’]s\s+(\S+(?:\s+\S+)?)", text[m.end : m.end + 40])
        if nxt and any(gaz.has_key(name_key(w)) for w in (nxt.group(1), nxt.group(1).split()[0])):
            return True
    if _BETWEEN_BEFORE.search(before) or _ADDRESS_BEFORE.search(before):
        return True
    # "in Iraq and Syria", "into Iraq, Syria": the preposition governs the whole list
    return bool(prev and prev.mappable and _LIST_GAP.fullmatch(text[prev.end : m.start]))


def _is_agent(after: re.Match) -> bool:
    words = [w for w in after.groups()[1:] if w]
    for w in words:
        if w in AGENT_VERBS:
            return True
        if w not in AUXILIARIES and w != "and" and not w[:1].isupper():
            return False
    return False
