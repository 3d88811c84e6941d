"""What happened at a place: ACLED's event type and sub-type of a place mention, read from its sentence.

A table of trigger words per sub-type (``TRIGGERS``) is matched once per sentence. A place takes the
trigger of its own clause (the sentence cut at ";", ":", dashes and ", which/who/where/while/but ..."),
else of its sentence; where several apply, the more specific family wins (an airstrike that killed
civilians is an air strike, not an attack on civilians), then the nearest to the place. Some triggers
need the sentence's other words to decide:

- territory taken ("captured", "seized", "fell to", "retook") is "Government regains territory" when the
  actor in the clause is a state force (army, troops, government, police ...) and "Non-state actor
  overtakes territory" when it is a rebel, militant or other armed group (ACLED); forces that
  "withdrew" or "fled" lose the ground to the other side;
- an "attack" or a "killing" is a Battle when its targets are armed (soldiers, police, a base, a
  checkpoint) and Violence against civilians when they are civilians (villagers, a church, a market);
- "protest" is peaceful unless the sentence says force was used against it.

A mention with no trigger in reach is background (where a person comes from, a description, a
comparison): its event type is None. The table and its rules are general news English, never the words of
one text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Final, NamedTuple

import ahocorasick

from geo.extract.openings import may_open, openings
from geo.extract.spaced import after_letter, spaced, word_at, wordscan

REACH: Final = 400  # characters either side of a place that its sentence is read in

BATTLES: Final = "Battles"
EXPLOSIONS: Final = "Explosions/Remote violence"
VAC: Final = "Violence against civilians"
PROTESTS: Final = "Protests"
RIOTS: Final = "Riots"
STRATEGIC: Final = "Strategic developments"

GOV_REGAINS: Final = "Government regains territory"
NSA_OVERTAKES: Final = "Non-state actor overtakes territory"


class EventKind(NamedTuple):
    event_type: str | None
    sub_event_type: str | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None


NO_EVENT: Final = EventKind(None, None, None, None, None)

# (kind, rank, event type, sub-type, pattern). A lower rank is more specific and wins over a higher one
# in the same reach. "kind" names a rule that decides the type from the sentence (see _decide); "" is fixed.
TRIGGERS: Final[list[tuple[str, int, str, str | None, str]]] = [
    (
        "",
        0,
        EXPLOSIONS,
        "Chemical weapon",
        r"chemical\s+(?:weapons?|attacks?)|sarin|chlorine\s+gas|nerve\s+agents?",
    ),
    (
        "",
        0,
        EXPLOSIONS,
        "Suicide bomb",
        r"suicide[-\s]+(?:car\s+)?(?:bomb(?:s|ers?|ings?)?|attacks?|vests?|blasts?)|self-detonat\w{0,6}",
    ),
    (
        "",
        1,
        EXPLOSIONS,
        "Air/drone strike",
        r"air\s*strikes?|air\s+raids?|air\s+attacks?|aerial\s+(?:bombardment|attacks?|bombings?)|drone\s+"
        r"(?:strikes?|attacks?)|drones?|warplanes?|war\s+planes|fighter\s+jets?|jets|barrel\s+bombs?|"
        r"helicopter\s+gunships?|bombing\s+raids?|air\s+force|bombardments?|bombarded|(?<!missile\s)"
        r"(?<!rocket\s)(?<!hunger\s)(?<!general\s)strikes?(?!\s+(?:by\s+)?workers)",
    ),
    (
        "",
        1,
        EXPLOSIONS,
        "Shelling/artillery/missile attack",
        r"shell(?:ed|ing|s|fire)?(?!\s+compan)|artillery|mortars?|rockets?|missiles?|projectiles?|barrages?|howitzers?|"
        r"munitions|falling\s+debris",  # ("shells", not "Shell" the company; the debris of shot-down missiles)
    ),
    (
        "",
        1,
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        r"ieds?|roadside\s+bombs?|land\s*mines?|improvised\s+explosive|booby[-\s]trap\w{0,4}|(?:car|truck)\s+bombs?",
    ),
    ("", 1, EXPLOSIONS, "Grenade", r"grenades?"),
    (
        "territory",
        0,
        BATTLES,
        NSA_OVERTAKES,
        r"captur(?:ed?|es|ing)|seiz(?:ed?|es|ing)|took\s+(?:full\s+|total\s+)?control|tak(?:en?|ing)\s+"
        r"(?:full\s+|total\s+)?control|overr(?:an|un)|fell\s+to|fall\s+of|"
        r"(?:advanced|pushed|swept)\s+into|invaded",
    ),
    (
        "regain",
        0,
        BATTLES,
        GOV_REGAINS,
        r"re-?tak(?:en?|es|ing)|retook|recaptur(?:ed?|es|ing)|regain(?:ed|s|ing)?|liberat(?:ed?|es|ing|ion)|"
        r"re-?seiz(?:ed?|ing)|won\s+back|win\s+back|recapture|recovered\s+control",
    ),
    (
        "withdraw",
        2,
        BATTLES,
        NSA_OVERTAKES,
        r"withdr(?:ew|awn?|awing|aws)|retreat(?:ed|ing|s)?|fled|pull(?:ed)?\s+out|collaps(?:ed?|es)",
    ),
    (
        "",
        3,
        EXPLOSIONS,
        None,
        r"explosions?|blasts?|bomb(?:s|ing|ings|ed)?|explod(?:ed?|es)|detonat(?:ed?|es|ing)",
    ),
    ("", 4, VAC, "Sexual violence", r"rap(?:ed?|es|ing)|sexual\s+(?:violence|assaults?|abuse)"),
    (
        "",
        4,
        VAC,
        "Abduction/forced disappearance",
        r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|hostages?|forcibly\s+disappeared",
    ),
    (
        "",
        4,
        VAC,
        "Attack",
        r"massacr(?:e|ed|es)|executed|executions?|gunned\s+down|beheaded|lynched|stabbed|stabbings?|"
        r"hacked\s+to\s+death|burn(?:ed|t)\s+alive",
    ),
    (
        "",
        5,
        BATTLES,
        "Armed clash",
        r"clash(?:es|ed)?|fighting|fought|battl(?:e|es|ed|ing)|gun\s*battles?|firefights?|gunfights?|"
        r"offensives?|ambush(?:ed|es)?|skirmish(?:es)?|exchanges?\s+of\s+fire|repell?(?:ed|led)|"
        r"(?:counter-?)?assaults?|combat|besieg(?:ed|ing)|siege|infiltrat(?:e|ed|es|ing|ion)|"
        r"neutrali[sz](?:e|ed|es|ing)",
    ),
    (
        "target",
        6,
        BATTLES,
        "Armed clash",
        r"attack(?:s|ed|ing)?|raids?|raided|targeted|stormed|opened\s+fire|gunfire|firing|shooting|shootings|"
        r"shots\s+(?:were\s+|being\s+)?fired|fired\s+shots",
    ),
    (
        "target",
        7,
        VAC,
        "Attack",
        r"killed|killing|killings|kills?|dead|deaths?|death\s+toll|shot(?!\s+down)|wounded|injured|casualties|bodies|"
        r"slain|murder(?:ed|s)?",
    ),
    (
        "protest",
        8,
        PROTESTS,
        "Peaceful protest",
        r"protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ions?|ors)|"
        # "demonstrated" is a protest where people went somewhere, not "demonstrated competence"
        r"demonstrated(?=\s+(?:against|in|outside|near|at|on|across|through|for)\b)|"
        r"rall(?:y|ies|ied)|marched|sit-ins?",
    ),
    ("", 8, RIOTS, "Mob violence", r"riot(?:s|ers|ing|ed)?|mobs?|vigilantes?"),
    (
        "",
        9,
        STRATEGIC,
        "Agreement",
        r"ceasefire|cease-fire|truce|peace\s+(?:deal|agreement|accord|talks)|agreements?|accords?|"
        r"prisoner\s+(?:swap|exchange)s?|signed",
    ),
    ("", 9, STRATEGIC, "Arrests", r"arrest(?:ed|s|ing)?|detained|detention|in\s+custody"),
    (
        "",
        0,
        STRATEGIC,
        "Disrupted weapons use",
        r"intercept(?:ed|s|ing)?|shot\s+down|defus(?:ed|ing)|dismantled|weapons?\s+(?:cache|seizure)",
    ),
    (
        "",
        9,
        STRATEGIC,
        "Headquarters or base established",
        r"(?:set\s+up|established|establish)\s+(?:a\s+|its\s+|their\s+)?(?:new\s+)?(?:base|headquarters|camp)",
    ),
    (
        "",
        9,
        STRATEGIC,
        "Looting/property destruction",
        r"loot(?:ed|ing)|torch(?:ed|ing)|set\s+(?:on\s+)?(?:fire|ablaze)|burn(?:ed|t|ing)\s+down|"
        r"demolish(?:ed|ing)|burn(?:s|ed|t|ing)?|blew\s+up|blown\s+up|ransack(?:ed|ing)|razed|reduced\s+to\s+rubble|vandali[sz]ed",
    ),
    ("", 9, STRATEGIC, "Non-violent transfer of territory", r"handed\s+over|hand\s+over|handover"),
    (
        "",
        9,
        STRATEGIC,
        "Change to group/activity",
        r"state\s+of\s+emergency|curfew|merged|pledged\s+allegiance|defected|disbanded|suspended|closed",
    ),
    (
        "",
        10,
        STRATEGIC,
        "Other",
        r"visit(?:ed|s|ing)?|entered|deployed|deployment|evacuat(?:ed|ion|ing)|reinforcements|announced|declared",
    ),
]

# The table is matched in the lower-cased sentence (case-insensitive matching is several times slower).
# One alternation of all rows would try its two hundred alternatives at every word start; instead one pass
# of an automaton finds the words that begin as some alternative does (see _trigger_prefixes), and the
# named alternation of the rows that can begin so (_rows_for) is matched at those few places only, to learn
# whether a trigger starts there and its row.
_TRIGGER_RX: Final = r"\b(?:" + "|".join(f"(?P<t{i}>{rx})" for i, (*_, rx) in enumerate(TRIGGERS)) + r")\b"
_TRIGGER_CI: Final = re.compile(_TRIGGER_RX, re.IGNORECASE)


def _syntax(rx: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of ``rx`` from ``start`` that is syntax: not escaped ("\\|")
    and not inside a character class ("[|\\]]")."""
    in_class, k = False, start
    while k < len(rx):
        c = rx[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            yield k, c
        k += 1


def _closing(rx: str, i: int) -> int:
    """The index of the parenthesis that closes the one at ``rx[i]``."""
    depth = 0
    for k, c in _syntax(rx, i):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
    raise ValueError(f"unbalanced pattern: {rx!r}")


def _alternatives(rx: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|b(?:c|d)" gives "a" and "b(?:c|d)"."""
    out, last, depth = [], 0, 0
    for k, c in _syntax(rx):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(rx[last:k])
            last = k + 1
    if depth:
        raise ValueError(f"unbalanced pattern: {rx!r}")
    out.append(rx[last:])
    return out


def _first_letters(rx: str) -> str:
    """The letters a match of the alternative ``rx`` can start with. It reads the forms the table uses (a
    letter, a group of alternatives, optional or not, after lookbehinds); any other start is an error, so
    that a new row cannot slip past the scan."""
    k = 0
    while rx.startswith("(?<", k):  # a lookbehind: the match starts after it
        k = _closing(rx, k) + 1
    if rx.startswith("(?:", k):
        end = _closing(rx, k)
        letters = "".join(_first_letters(a) for a in _alternatives(rx[k + 3 : end]))
        after = rx[end + 1 : end + 2]
        if after in ("?", "*"):
            return letters + _first_letters(rx[end + 2 :])
        if after != "{":
            return letters
    elif "a" <= rx[k : k + 1] <= "z" and rx[k + 1 : k + 2] not in ("?", "*", "{"):
        return rx[k]
    raise ValueError(f"a trigger must start with a lower-case letter or a group of them: {rx!r}")


def _prefixes(rx: str) -> list[str]:
    """The letters a match of the alternative ``rx`` must begin with, one string for each way it can begin
    ("air" for "air\\s*strikes?", "car" and "truck" for "(?:car|truck)\\s+bombs?", "counter" and "assault"
    for "(?:counter-?)?assaults?"): the letters it opens with up to the first that is not certain. It reads
    the forms ``_first_letters`` reads; any other start is an error, so that a new row cannot slip past the
    scan."""
    k = 0
    while rx.startswith("(?<", k):  # a lookbehind: the match starts after it
        k = _closing(rx, k) + 1
    if rx.startswith("(?:", k):
        end = _closing(rx, k)
        prefixes = [p for a in _alternatives(rx[k + 3 : end]) for p in _prefixes(a)]
        after = rx[end + 1 : end + 2]
        if after in ("?", "*"):
            return prefixes + _prefixes(rx[end + 2 :])
        if after != "{":
            return prefixes
        raise ValueError(f"a trigger must start with a lower-case letter or a group of them: {rx!r}")
    n = k
    while "a" <= rx[n : n + 1] <= "z" and rx[n + 1 : n + 2] not in ("?", "*", "{"):
        n += 1
        if rx[n : n + 1] == "+":  # ("a+": one "a" at least, then who knows)
            break
    if n == k:
        raise ValueError(f"a trigger must start with a lower-case letter or a group of them: {rx!r}")
    return [rx[k:n]]


def _trigger_prefixes() -> ahocorasick.Automaton:
    """Where a trigger may start: an automaton (pyahocorasick) of the ``_prefixes`` of every alternative of
    the table, each after a space, for the spaced copy of the sentence (:mod:`spaced`). One pass finds the
    words that begin as some alternative does, in about the time it takes to read the sentence, where a
    pattern of the alternatives' first letters cost a try at every word."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for *_, rx in TRIGGERS:
        for alternative in _alternatives(rx):
            for prefix in _prefixes(alternative):
                automaton.add_word(f" {prefix}")
    automaton.make_automaton()
    return automaton


_TRIGGER_PREFIXES: Final = _trigger_prefixes()
_WORDSCAN: Final = wordscan()  # the same pass in C, when it is built, with its table of the prefixes
_TRIGGER_TABLE: Final = (
    _WORDSCAN.table(
        sorted(
            {p for *_, rx in TRIGGERS for alternative in _alternatives(rx) for p in _prefixes(alternative)}
        )
    )
    if _WORDSCAN is not None
    else None
)


@lru_cache(maxsize=1024)
def _rows_for(start: str) -> re.Pattern:
    """The table's named alternation (``_TRIGGER_RX``) of only the rows that can match a word beginning with
    ``start`` (its first two letters): the same match, the first row in the table's order that matches,
    with an alternation a tenth as long to try."""
    rows = [
        i
        for i, (*_, rx) in enumerate(TRIGGERS)
        if any(
            p.startswith(start) or start.startswith(p)
            for alternative in _alternatives(rx)
            for p in _prefixes(alternative)
        )
    ]
    return re.compile(r"\b(?:" + "|".join(f"(?P<t{i}>{TRIGGERS[i][4]})" for i in rows) + r")\b")


# The first words each row's pattern can begin with, read off it (openings.py)
_ROW_OPENINGS: Final = [openings(rx) for *_, rx in TRIGGERS]


@lru_cache(maxsize=4096)
def _rows_for_word(word: str) -> re.Pattern | None:
    """:func:`_rows_for` of only the rows that can begin with ``word`` (lower-cased, all of the word: letters,
    digits and "_"), or None: "killed" is not tried with the rows of "kidnapped", nor "shot" with "shelled"."""
    rows = [i for i, starts in enumerate(_ROW_OPENINGS) if may_open(starts, word)]
    if not rows:
        return None
    return re.compile(r"\b(?:" + "|".join(f"(?P<t{i}>{TRIGGERS[i][4]})" for i in rows) + r")\b")


# What re.IGNORECASE takes for an ASCII letter besides its two cases: "İ" and "ı" for i, the Kelvin sign
# for k, the long s for s.
_CASE_FOLDS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def word_starts(words: str, tail: str = "") -> re.Pattern:
    """Where the case-insensitive pattern ``\\b(?:words)\\b`` + ``tail`` matches, as a match of its first
    character only. It opens with the set of the letters the words start with (in any case), so re skips at
    once from one such letter to the next instead of trying every word at every position (a search is then
    several times faster); the pattern itself is a look-ahead from there. Its ``finditer`` finds starts
    inside a match too ("security personnel" gives "personnel"): ``match_starts`` finds those of the
    pattern's own ``finditer``."""
    letters = dict.fromkeys(c for alternative in _alternatives(words) for c in _first_letters(alternative))
    chars = "".join(c + c.upper() + _CASE_FOLDS.get(c, "") for c in letters)
    return re.compile(f"[{chars}](?<=(?=(?i:\\b(?:{words})\\b{tail})).)")


def first_words(words: str) -> tuple[str, ...]:
    """The letters a match of ``word_starts(words)`` begins with, one string for each way it can begin
    (``_prefixes`` of each alternative), as the cue pass over a text finds them (``nearby.cue_starts``)."""
    return tuple(sorted({p for alternative in _alternatives(words) for p in _prefixes(alternative)}))


def match_starts(
    rx: re.Pattern, starts: re.Pattern, text: str, lo: int, hi: int, table: object | None = None
) -> list[int]:
    """The starts of ``rx.finditer(text, lo, hi)``, found by ``starts`` (its ``word_starts``), or in C by
    ``table`` (the C table of its ``first_words``) where the text lower-cased reads as the text does."""
    lower = text[lo:hi].lower() if table is not None and _WORDSCAN is not None else None
    if lower is not None and len(lower) == hi - lo and not any(c in lower for c in FOLDS_BEYOND_LOWER):
        # (where a word of the table begins a word of the text; rx says which are matches, its "\b" read
        # in the whole text)
        candidates = [lo + at for at in _WORDSCAN.begins(table, lower)]
    else:
        candidates = [s.start() for s in starts.finditer(text, lo, hi)]
    out: list[int] = []
    after = lo  # where the last match ends: as finditer, the next is looked for after it
    for at in candidates:
        if at < after:
            continue
        m = rx.match(text, at, hi)
        if m is not None:
            out.append(at)
            after = m.end()
    return out


# Who acts, for territory: state forces and armed groups (general words, not names of one war's groups).
_STATE: Final = re.compile(
    r"\b(?:army|armies|military|troops|soldiers|government|govt|regime|security\s+forces|police|"
    r"armed\s+forces|national\s+guard|gendarm\w{0,6}|marines|coalition|pro-government|loyalist\s+forces|"
    r"state\s+forces|government\s+forces|forces\s+loyal\s+to)\b",
    re.IGNORECASE,
)
_NON_STATE: Final = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|jihadists?|extremists?|fighters|militias?|militiamen|gunmen|"
    r"gangs?|dissidents|separatists?|guerrillas?|terrorists?|Taliban|Islamic\s+State|ISIS|ISIL|IS|Daesh|"
    r"al-Qaeda|al-Shabab|Boko\s+Haram|paramilitar(?:y|ies)|opposition|armed\s+groups?|the\s+group)\b"
)
_NON_STATE_CI: Final = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|jihadists?|extremists?|fighters|militias?|militiamen|gunmen|"
    r"gangs?|dissidents|separatists?|guerrillas?|terrorists?|paramilitar(?:y|ies)|armed\s+groups?)\b",
    re.IGNORECASE,
)
# Targets and victims: armed (a battle) or civilian (violence against civilians); not a speaker ("residents
# said").
_NOT_SPEAKER: Final = r"(?!\s+(?:said|say|says|told|reported|recount(?:ed)?|added))"
_ARMED_WORDS: Final = (
    r"soldiers?|troops|army|military|police(?:men|man)?|officers?|security\s+(?:forces|personnel|"
    r"patrols?|posts?)|checkpoints?|bases?|barracks|positions|outposts?|convoys?|patrols?|fighters|"
    r"militants?|rebels?|insurgents?|jihadists?|commanders?|gendarm\w{0,6}|servicem[ae]n|personnel|"
    r"police\s+stations?|training\s+camps?|garrisons?|gunmen"
)
_ARMED_TARGET: Final = re.compile(rf"\b(?:{_ARMED_WORDS})\b{_NOT_SPEAKER}", re.IGNORECASE)
_ARMED_STARTS: Final = word_starts(_ARMED_WORDS, _NOT_SPEAKER)
_ARMED_TABLE: Final = _WORDSCAN.table(first_words(_ARMED_WORDS)) if _WORDSCAN is not None else None
_CIVILIAN_WORDS: Final = (
    r"civilians?|villagers?|residents?|people|children|women|worshipp?ers|passengers?|farmers?|"
    r"tourists?|students?|pupils|pilgrims?|mourners?|families|family|villages?|houses|homes|churche?s?|"
    r"mosques?|schools?|markets?|hospitals?|shoppers|displaced|refugees|aid\s+workers|journalists?|"
    r"teachers?|herders?|fishermen|miners|worshippers|congregation|parishioners|bus|persons|woman|girls?|boys?"
)
_CIVILIAN_TARGET: Final = re.compile(rf"\b(?:{_CIVILIAN_WORDS})\b{_NOT_SPEAKER}", re.IGNORECASE)
_CIVILIAN_STARTS: Final = word_starts(_CIVILIAN_WORDS, _NOT_SPEAKER)
_CIVILIAN_TABLE: Final = _WORDSCAN.table(first_words(_CIVILIAN_WORDS)) if _WORDSCAN is not None else None
# (only searched for: where it starts is enough)
_FORCE_ON_PROTEST: Final = word_starts(
    r"tear\s*gas|dispersed|rubber\s+bullets|water\s+cannons?|live\s+(?:fire|ammunition)|baton|"
    r"cracked\s+down|crackdown|arrested"
)
_KILLED_PROTESTERS: Final = re.compile(r"\b(?:killed|shot|shooting)\b", re.IGNORECASE)

# Where a clause ends, inside a sentence: ";" or ":", a dash between spaces, ", which ..." or " (" (not a
# news agency's). It opens with the set of the characters a break starts with, then each break after its
# own (a look-behind): re then tries it only at those characters.
_CLAUSE_BREAK: Final = re.compile(
    r"[;:,\s](?:(?<=[;:])|(?<=\s)(?:[\u2014\u2013]\s|--\s|\((?!AP|AFP|Reuters))|"
    r"(?<=,)\s+(?:which|who|whose|where|while|whereas|but|although|though|"
    r"when|as|after|before|since|despite|because)\b)"
)
# Right before a place: it says where a person comes from or lives, not where something happened.
_ORIGINS: Final = (
    r"native\s+of|born\s+in|hails?\s+from|originally\s+from|based\s+in|headquartered\s+in|"
    r"ambassador\s+to|envoy\s+to|embassy\s+in|flew\s+to|travel(?:l?ed)?\s+to|returned\s+to"
)
_ORIGIN_BEFORE: Final = re.compile(rf"(?:{_ORIGINS})\s+(?:the\s+)?$", re.IGNORECASE)
# The letters each of them begins with ("native", "hail", "travel"): a lead without one, lower-cased, is not
# searched (the pattern is tried at each of its forty characters)
_ORIGIN_PREFIXES: Final = tuple(dict.fromkeys(p for a in _alternatives(_ORIGINS) for p in _prefixes(a)))
# The letters that ignoring case matches with an ASCII letter and lower-casing does not turn into it: "İ"
# and "ı" for i, the long s for s (the Kelvin sign becomes "k"). A text with one is searched as it is.
FOLDS_BEYOND_LOWER: Final = "İıſ"


# The last letters of the words _ORIGIN_BEFORE ends with (no other letter matches them ignoring case)
_ORIGIN_LAST_LETTERS: Final = "fnmoeFNMOE"


def _origin_before(lead: str) -> bool:
    """``_ORIGIN_BEFORE.search(lead)``, searched only when the lead holds one of its words."""
    lower = lead.lower()
    if any(p in lower for p in _ORIGIN_PREFIXES) or any(c in lead for c in FOLDS_BEYOND_LOWER):
        return bool(_ORIGIN_BEFORE.search(lead))
    return False


class Trigger(NamedTuple):
    start: int
    end: int
    row: int  # into TRIGGERS


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """The trigger words of ``text[start:end]`` (a sentence), in order."""
    out: list[Trigger] = []
    lower = text[start:end].lower()
    if len(lower) != end - start:  # lower-casing changed the length ("İ"): match the text itself
        for found in _TRIGGER_CI.finditer(text, start, end):
            if found.group() == "Shell":
                continue
            out.append(Trigger(found.start(), found.end(), int((found.lastgroup or "t0")[1:])))
        return out
    after = 0  # where the last trigger ends: as finditer, the next is looked for after it
    if _TRIGGER_TABLE is not None:  # the word starts the pass below tries, found in C
        for at in _WORDSCAN.begins(_TRIGGER_TABLE, lower):
            if at < after:
                continue
            rows = _rows_for_word(word_at(lower, at))  # (the rows that can begin with the word found)
            m = rows.match(lower, at) if rows is not None else None
            if m is None:  # a word that only begins like a trigger ("rapid", "shotgun")
                continue
            after = m.end()
            if _shell_company(text, lower, start, at, after):
                continue
            out.append(Trigger(at + start, after + start, int((m.lastgroup or "t0")[1:])))
        return out
    tried = -1  # the last word start tried (several prefixes may begin the same word)
    for last, size in _TRIGGER_PREFIXES.iter(spaced(" " + lower)):
        at = last - size + 1  # where the word starts in ``lower`` (the copy has a space before it)
        if at == tried or at < after:
            continue
        tried = at
        if at and after_letter(lower, at):
            continue  # inside a word that has a letter beyond ASCII
        m = _rows_for(lower[at : at + 2]).match(lower, at)
        if m is None:  # a word that only begins like a trigger ("rapid", "shotgun")
            continue
        after = m.end()
        if _shell_company(text, lower, start, at, after):
            continue
        out.append(Trigger(at + start, after + start, int((m.lastgroup or "t0")[1:])))
    return out


def event_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """The triggers of a sentence that tell of a happening (:func:`find_triggers` less those of what did
    not happen, "no casualties", and of people who fled): what :func:`classify` takes, read once a sentence."""
    return [
        t for t in find_triggers(text, start, end) if not _civilians_fled(text, t) and not _negated(text, t)
    ]


def _shell_company(text: str, lower: str, start: int, at: int, end: int) -> bool:
    """Whether the trigger ``lower[at:end]`` (``lower`` is ``text`` lower-cased from ``start``) is "Shell" the
    oil company, capitalised, not "troops shell the town"."""
    return end - at == 5 and text[start + at] == "S" and lower.startswith("shell", at)


# The characters other than white space that a clause break holds: each break is found from one of them
# (";" and ":" are breaks; a dash or "(" one with the white space before it; "," one with the word after it)
_CLAUSE_MARK: Final = re.compile("[;:,(\u2014\u2013-]")


def clause_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``_CLAUSE_BREAK.finditer(text, start, end)``, found from the marks they hold: a break
    opens at white space only before a dash or "(", and white space is a sixth of a text, these marks a
    fiftieth."""
    last = start  # where the break before ends: as finditer, the next starts there or later
    for mark in _CLAUSE_MARK.finditer(text, start, end):
        q = mark.start()
        c = text[q]
        if c == ";" or c == ":":
            if q >= last:
                last = q + 1
                yield (q, q + 1)
        elif c == ",":
            if q >= last and (m := _CLAUSE_BREAK.match(text, q, end)) is not None:
                last = m.end()
                yield m.span()
        elif q > last and text[q - 1].isspace() and (m := _CLAUSE_BREAK.match(text, q - 1, end)) is not None:
            last = m.end()
            yield m.span()


class ClauseBreaks:
    """The clause breaks of one sentence, read from its start as far as a mention asks and kept: the other
    mentions of the sentence do not read it again."""

    def __init__(self, text: str, sent_start: int, sent_end: int) -> None:
        self.found: list[tuple[int, int]] = []
        self.rest: Iterator[tuple[int, int]] = clause_breaks(text, sent_start, sent_end)

    def get(self, i: int) -> tuple[int, int] | None:
        """The span of the ``i``-th break (read on demand), or None past the last."""
        while i >= len(self.found):
            span = next(self.rest, None)
            if span is None:
                return None
            self.found.append(span)
        return self.found[i]


def clause_of(
    text: str,
    sent_start: int,
    sent_end: int,
    start: int,
    end: int,
    breaks: dict[tuple[int, int], ClauseBreaks] | None = None,
) -> tuple[int, int]:
    """The clause of ``text[start:end]`` within its sentence: the sentence cut at clause breaks around it.
    ``breaks`` keeps each sentence's breaks for the next mention of the same text (by the sentence's span)."""
    span = (sent_start, sent_end)
    found = breaks.get(span) if breaks is not None else None
    if found is None:
        found = ClauseBreaks(text, sent_start, sent_end)
        if breaks is not None:
            breaks[span] = found
    lo, hi = sent_start, sent_end
    i = 0
    while (b := found.get(i)) is not None:
        if b[1] <= start:
            lo = b[1]
        elif b[0] >= end:
            hi = b[0]
            break
        i += 1
    return lo, hi


def classify(
    text: str,
    sent_start: int,
    sent_end: int,
    triggers: list[Trigger],
    start: int,
    end: int,
    breaks: dict[tuple[int, int], ClauseBreaks] | None = None,
) -> EventKind:
    """The event type of the place mention ``text[start:end]`` in the sentence from ``sent_start`` to
    ``sent_end``, whose triggers (``find_triggers``) are ``triggers``; ``breaks`` as for ``clause_of``."""
    if not triggers:
        return NO_EVENT
    # Read no further than REACH either side: a sentence of thousands of names (a list, a table) is not
    # read again for each of them.
    sent_start, sent_end = max(sent_start, start - REACH), min(sent_end, end + REACH)
    triggers = triggers[
        bisect_left(triggers, sent_start, key=lambda t: t.start) : bisect_left(
            triggers, sent_end, key=lambda t: t.start
        )
    ]
    if not triggers:
        return NO_EVENT
    lead = text[max(sent_start, start - 40) : start]
    # (_ORIGIN_BEFORE ends in "of", "in", "from", "to" or "the" and space: most names follow other words)
    if lead[-1:].isspace() and lead.rstrip()[-1:] in _ORIGIN_LAST_LETTERS and _origin_before(lead):
        return NO_EVENT
    lo, hi = clause_of(text, sent_start, sent_end, start, end, breaks)
    near = [t for t in triggers if t.start >= lo and t.end <= hi]
    if near:
        reach_lo, reach_hi = lo, hi
    else:
        near, reach_lo, reach_hi = triggers, sent_start, sent_end
    best = min(near, key=lambda t: (TRIGGERS[t.row][1], t.start - end if t.start >= end else start - t.end))
    if TRIGGERS[best.row][0] == "target" and near is not triggers:
        # "Russia attacked Kyiv — a missile hit a hospital": an attack or killing the sentence says was done
        # with a weapon is that weapon's strike (ACLED), even where the weapon is in another clause
        weapons = [t for t in triggers if TRIGGERS[t.row][2] == EXPLOSIONS and TRIGGERS[t.row][1] <= 1]
        if weapons:
            best = min(weapons, key=lambda t: abs(t.start - start))
    return _decide(text, best, reach_lo, reach_hi, sent_start, sent_end)


# People who fled are displaced, not forces withdrawing: "Nearly 6,300 people have fled their homes"
_FLED_SUBJECT: Final = re.compile(
    r"\b(?:civilians|residents|people|families|villagers|children|women|thousands|hundreds|displaced|"
    r"refugees|inhabitants)(?:[ \t]+of[ \t]+(?:(?-i:[A-Z][a-z]+)|people|civilians|residents|families))?"
    r"(?:[ \t]+(?:have|had|who|also|reportedly|already))*[ \t]+$",
    re.IGNORECASE,
)


# What did not happen: "No casualties were reported", "no immediate claim of responsibility", "forces did not
# carry out any attacks", "the drone was not shot down"
_NEGATED_BEFORE: Final = re.compile(
    r"(?:\b[Nn]o|\b(?:did|does|do|has|have|had|was|were|is|are|could|would|will)\s*n[o']t(?:\s+[a-z]+){0,3})"
    r"(?:\s+(?:immediate|further|other|new|major|reported|civilian|serious|any))?\s+$"
)
_NEGATED_REACH: Final = 45


def _negated(text: str, t: Trigger) -> bool:
    lo = max(0, t.start - _NEGATED_REACH)
    before = text[lo : t.start]
    # (a plain search first: most triggers have no "no", "not" or "n't" before them)
    return ("no" in before or "No" in before or "n't" in before) and bool(
        _NEGATED_BEFORE.search(text, lo, t.start)
    )


def _civilians_fled(text: str, t: Trigger) -> bool:
    return text[t.start : t.end].lower() == "fled" and bool(
        _FLED_SUBJECT.search(text, max(0, t.start - 60), t.start)
    )


def _decide(text: str, t: Trigger, lo: int, hi: int, sent_start: int, sent_end: int) -> EventKind:
    kind, _, etype, sub, _ = TRIGGERS[t.row]
    word = text[t.start : t.end]
    if kind in ("territory", "regain", "withdraw"):
        actor = _actor(text, t, lo, hi)
        if kind == "regain":
            # "retook" by rebels is still rebels taking ground; by default a recapture is the state's.
            sub = NSA_OVERTAKES if actor == "non-state" else GOV_REGAINS
        elif kind == "territory":
            sub = GOV_REGAINS if actor == "state" else NSA_OVERTAKES
        else:  # forces withdrew: the other side takes the ground
            if actor is None:
                return EventKind(BATTLES, "Armed clash", word, t.start, t.end)
            sub = GOV_REGAINS if actor == "non-state" else NSA_OVERTAKES
    elif kind == "target":
        # The target follows an active verb ("attacked villagers"), else it is the subject ("civilians
        # were killed"): the words after the trigger are read first.
        armed = _nearest(
            [  # ("shot dead by unidentified gunmen": the attackers, not the target)
                a
                for a in match_starts(_ARMED_TARGET, _ARMED_STARTS, text, t.end, sent_end, _ARMED_TABLE)
                if not _BY_AGENT.search(text, max(t.end, a - 40), a)
            ],
            t.start,
        )
        civil = _nearest(
            match_starts(_CIVILIAN_TARGET, _CIVILIAN_STARTS, text, t.end, sent_end, _CIVILIAN_TABLE), t.start
        )
        if armed is None and civil is None:
            armed = _nearest(
                [
                    a
                    for a in match_starts(
                        _ARMED_TARGET, _ARMED_STARTS, text, sent_start, t.start, _ARMED_TABLE
                    )
                    if not _is_subject(text, a, t.start, t.end)
                ],
                t.start,
            )
            civil = _nearest(
                match_starts(_CIVILIAN_TARGET, _CIVILIAN_STARTS, text, sent_start, t.start, _CIVILIAN_TABLE),
                t.start,
            )
        if armed is None and civil is None and etype == BATTLES and _DEATHS.search(text, lo, hi):
            # "an attack by the ADF left 23 dead": an attack on no armed target that killed is on people
            etype, sub = VAC, "Attack"
        elif civil is not None and armed is None:
            etype, sub = VAC, "Attack"
        elif armed is not None and civil is None:
            etype, sub = BATTLES, "Armed clash"
        elif armed is not None and civil is not None:  # the one nearer the trigger is the target
            da, dc = abs(armed - t.start), abs(civil - t.start)
            etype, sub = (BATTLES, "Armed clash") if da <= dc else (VAC, "Attack")
    elif kind == "protest":
        if _FORCE_ON_PROTEST.search(text, sent_start, sent_end):
            sub = "Protest with intervention"
            if _KILLED_PROTESTERS.search(text, sent_start, sent_end):
                sub = "Excessive force against protesters"
    return EventKind(etype, sub, word, t.start, t.end)


_DEATHS: Final = re.compile(
    r"\b(?:killed|killing|kills?|dead|deaths?|death\s+toll|slain|massacred?)\b", re.IGNORECASE
)
# The agent of a passive right before an armed word ("killed by suspected militants"): who attacked
_BY_AGENT: Final = re.compile(r"\bby\s+(?:[a-z-]+\s+){0,2}$")
# Between the subject and its verb: nothing, or an adverb ("rebels attacked", "gunmen reportedly killed")
_SUBJECT_GAP: Final = re.compile(r"\s+(?:[a-z]+ly\s+)?")


# What opens the object of an active verb ("attacked a town", "killed 12 villagers", "stormed Kadauri"),
# not a passive's preposition ("a soldier killed in Syria", "soldiers killed while showering")
_OBJECT_AFTER: Final = re.compile(
    r"\s+(?:an?|the|their|his|its|several|dozens|hundreds|scores|at\s+least|\d|[A-Z])"
)


def _is_subject(text: str, at: int, verb: int, verb_end: int) -> bool:
    """Whether the armed word at ``at`` is the subject right before the active verb from ``verb`` to
    ``verb_end`` ("rebels attacked a town"): the attacker, not the target."""
    m = _ARMED_TARGET.match(text, at, verb)
    return (
        m is not None
        and _SUBJECT_GAP.fullmatch(text, m.end(), verb) is not None
        and _OBJECT_AFTER.match(text, verb_end) is not None
    )


def _nearest(starts: list[int], at: int) -> int | None:
    """The start of ``starts`` nearest ``at`` (the first of equals), or None."""
    best = None
    for start in starts:
        if best is None or abs(start - at) < abs(best - at):
            best = start
    return best


def _actor(text: str, t: Trigger, lo: int, hi: int) -> str | None:
    """Who did it: "state" or "non-state", from the agent after "by"/"to" ("fell to the rebels") or the
    last actor word before the trigger in its clause (the subject), else None."""
    after = re.match(r"\s+(?:\w+\s+){0,3}?(?:by|to)\s+(.{0,60})", text[t.end : hi])
    if after:
        agent = after.group(1)
        s, n = _STATE.search(agent), _NON_STATE.search(agent) or _NON_STATE_CI.search(agent)
        if s or n:
            if s and n:
                return "state" if s.start() < n.start() else "non-state"
            return "state" if s else "non-state"
    before = text[lo : t.start]
    last_state = max((m.start() for m in _STATE.finditer(before)), default=-1)
    last_non = max(
        [m.start() for m in _NON_STATE.finditer(before)]
        + [m.start() for m in _NON_STATE_CI.finditer(before)],
        default=-1,
    )
    if last_state < 0 and last_non < 0:
        return None
    return "state" if last_state > last_non else "non-state"
