"""Find place-name mentions in text: :func:`read_mentions` runs these passes, one module each.

- ``runs``: runs of capitalised words ("Deir Ezzor", "Islamic State of Iraq and Syria"); ``words``: what
  each word of a run is (a place? a cue? an everyday word?), read once per word;
- ``datelines``: "RAQQA, Syria (Reuters) - ", where a name in capitals is a place;
- ``names``: a run read as a whole names places, or a person ("Colonel Ryan Dillon") or an organisation
  ("Syrian Democratic Forces"), whose place words are no mentions;
- ``uses``: a place used as an actor or modifier ("Russia said", "US-led", "Lebanon's Hezbollah") is a
  mention but not ``mappable``; ``sport``: "Liverpool have won" is a club; ``lists``: a list of places
  locates its countries; ``abbreviations``: "Springfield, Ill.", "D.C.".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Final
from weakref import WeakKeyDictionary

from geo.extract.abbreviations import find_state_abbreviations
from geo.extract.datelines import find_datelines, mark_datelines
from geo.extract.gazetteer import Gazetteer, name_key
from geo.extract.lists import lists_are_places
from geo.extract.names import read_names
from geo.extract.runs import demonyms_after_marks
from geo.extract.sport import is_sports, team_cue
from geo.extract.uses import classify_use, plural_divisions, reference_points
from geo.extract.uses import last_words as last_words  # re-exported: resolve.py reads it from here
from geo.extract.words import Words
from geo.vocab import MentionReason

# Hints of a mention that is background whatever its sentence tells: a dateline (where the report was
# filed), "London-based" (where a group is). No event type, no referent of "the city", no anchor.
BACKGROUND_HINTS: Final = frozenset(["dateline", "based", "elsewhere", "reference"])
# (a place an appositive describes another by, "the main supply town for Goma", is background, but still a
# place an unlisted one near it is put at: "Zabarmari, a farming community near Maiduguri")
NO_ANCHOR_HINTS: Final = frozenset(["dateline", "based", "elsewhere"])


@dataclass(slots=True, init=False)
class Mention:
    """A place name in the text: its span, its gazetteer key, whether it locates something (``reason`` says
    why not) and what the words around it add (a region, an offset, hints)."""

    start: int
    end: int
    text: str
    key: str
    mappable: bool
    reason: MentionReason  # why it is not mappable
    region: str | None  # "eastern" in "eastern Syria"
    offset_km: float | None  # "40 miles northwest of Tikrit"
    bearing: float | None
    span_start: int | None  # start of "40 miles northwest of Tikrit" when offset
    hints: set  # {"province"} etc.

    # (its own __init__, not the dataclass's: the compiled build calls this one natively, where the generated
    # one runs as plain Python, several times slower, for each of the many mentions)
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        key: str,
        mappable: bool = True,
        reason: MentionReason = MentionReason.NONE,
        region: str | None = None,
        offset_km: float | None = None,
        bearing: float | None = None,
        span_start: int | None = None,
        hints: set | None = None,
    ) -> None:
        self.start, self.end, self.text, self.key = start, end, text, key
        self.mappable, self.reason, self.region = mappable, reason, region
        self.offset_km, self.bearing, self.span_start = offset_km, bearing, span_start
        self.hints = set() if hints is None else hints


# The facts of each word, per gazetteer, kept as long as it lives (tests/unit/test_linear_time.py empties
# it to time a cold start).
_WORDS: Final[WeakKeyDictionary[Gazetteer, Words]] = WeakKeyDictionary()


def _words_for(gaz: Gazetteer) -> Words:
    words = _WORDS.get(gaz)
    if words is None:
        words = _WORDS[gaz] = Words(gaz)
    return words


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """All place mentions in ``text``, in order; ``mappable`` says whether each locates something."""
    return read_mentions(text, gaz)[0]


def read_mentions(
    text: str, gaz: Gazetteer, cues: dict[str, list[int]] | None = None
) -> tuple[list[Mention], set[str]]:
    """``find_mentions`` and the countries whose demonyms ("Syrian") the text uses, read off the same runs
    of capitalised words: a demonym is a whole word, a capital and small letters, so it is a word of a run
    unless an apostrophe, hyphen, "@" or "#" comes right before it ("pro-Syrian"), which starts no run.
    ``cues``: the cue pass's word starts (:func:`geo.extract.nearby.cue_starts`) when the caller has them."""
    words = _words_for(gaz)
    demonyms = demonyms_after_marks(text, gaz)
    datelines = find_datelines(text[:2000])
    out = [Mention(s, e, w.text, w.key) for s, e, w in read_names(text, words, datelines, demonyms)]
    out = _without_credits(text, out, cues)
    out = _with_names_of_the(text, out, words)
    out = _with_capitals(text, out, gaz)
    mark_datelines(text, out, datelines, words)
    sports = None  # read only when a name stands where a club could
    for i, m in enumerate(out):
        classify_use(text, m, gaz, words[m.text], out[i - 1] if i else None)
        if m.mappable and team_cue(text, m):
            if sports is None:
                sports = is_sports(text)
            if sports:
                # "against Louisville", "Liverpool have": a club
                m.mappable, m.reason = False, MentionReason.TEAM
    plural_divisions(text, out)
    lists_are_places(text, out)
    reference_points(text, out, gaz, cues)
    return _with_state_abbreviations(text, out), demonyms


# A wire report's credits: "(Reporting by Khalid Abdelaziz in Khartoum; Editing by Alex Richardson)", "Jane
# Doe in Nairobi contributed to this report". Their names are people, and their places where a reporter
# worked.
_CREDIT: Final = re.compile(r"\b(?:(?:Additional|Further)\s+[Rr]eporting|Reporting|Writing|Editing)\s+by\b")
_CREDIT_OPENS: Final = (
    "\n(;|."  # what comes before a credit (spaces aside): it opens a line, a bracket, a part
)
_CONTRIBUTED: Final = re.compile(r"\bcontributed\s+(?:to\s+this\s+(?:report|story)|reporting)\b")
_REPORTER_IN: Final = re.compile(r"\b(?:in|from)\s+$")


# The words credits open with, for the cue pass (nearby.cue_starts): where they start a word is where one
# may start
CREDIT_WORDS: Final = ("reporting", "writing", "editing", "contributed")
_FURTHER_BEFORE: Final = re.compile(r"(?:Additional|Further)\s+$")


def credit_spans(text: str, cues: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """The spans of a report's credits: from "Reporting by" (or the like) to the end of its line, and the
    line up to "contributed to this report". ``cues``: where each word of the cue pass starts a word
    (:func:`geo.extract.nearby.cue_starts`, which holds :data:`CREDIT_WORDS`): the credits are looked for
    only there, not by a pass over the text of their own."""
    spans: list[tuple[int, int]] = []
    if cues is not None and not any(word in cues for word in CREDIT_WORDS):
        return spans  # (most texts)
    if cues is None:
        found = list(_CREDIT.finditer(text)) if "ing by" in text else []
    else:
        found = []
        for word in CREDIT_WORDS[:3]:
            for i in cues.get(word, ()):
                m = _CREDIT.match(text, i)
                if m is None and text[i] == "r":  # "Additional reporting by"
                    further = _FURTHER_BEFORE.search(text, max(0, i - 12), i)
                    m = _CREDIT.match(text, further.start()) if further else None
                if m is not None:
                    found.append(m)
        found.sort(key=lambda m: m.start())
    for m in found:
        if spans and m.start() < spans[-1][1]:
            continue  # "...; Editing by": the same credits
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if before and before[-1] not in _CREDIT_OPENS:
            continue  # "... according to Reporting by": no credit
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
    if cues is None:
        contributed = list(_CONTRIBUTED.finditer(text)) if "contributed" in text else []
    else:
        contributed = [
            c for c in map(lambda i: _CONTRIBUTED.match(text, i), cues.get("contributed", ())) if c
        ]
    lo = 0  # (each look back for the sentence's start stops at the last credit: linear however many)
    for m in contributed:
        # from the start of its sentence: its line, after the last stop before it
        start = max(lo, text.rfind("\n", lo, m.start()) + 1, text.rfind(". ", lo, m.start()) + 2)
        spans.append((start, m.end()))
        lo = m.end()
    return sorted(spans)


def _without_credits(text: str, mentions: list[Mention], cues: dict[str, list[int]] | None) -> list[Mention]:
    """The mentions less the names of people in credits ("Editing by Alex Richardson" is no Richardson in
    Texas); a place there ("Reporting by ... in Khartoum") is where a reporter worked: a background mention."""
    spans = credit_spans(text, cues) if mentions else []
    if not spans:
        return mentions
    starts = [s for s, _ in spans]
    out = []
    for m in mentions:
        k = bisect_left(starts, m.start + 1) - 1  # the last span starting at or before the mention
        if k < 0 or m.start >= spans[k][1]:
            out.append(m)
        elif _REPORTER_IN.search(text, max(0, m.start - 4), m.start):
            m.hints.add("based")
            out.append(m)
    return out


def _with_state_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the state abbreviations ("Springfield, Ill.", "D.C.") as mentions of their states. They replace
    any other reading of the same letters."""
    found = find_state_abbreviations(text)
    if not found:
        return mentions
    added = [Mention(start, end, text[start:end], key, hints={"province"}) for start, end, key in found]
    covered = {i for start, end, _ in found for i in range(start, end)}  # the characters of the abbreviations
    # A mention that overlaps an abbreviation has one of its characters (each mention is tested against
    # its own few characters, not against every abbreviation: that was quadratic).
    kept = [m for m in mentions if covered.isdisjoint(range(m.start, m.end))]
    return sorted(kept + added, key=lambda m: m.start)


# "the Yemeni capital", "the Sudanese capital city": the capital city of the demonym's country. Found at
# " capital" (rare), the demonym read back from it; not the money ("the Saudi capital markets").
_DEMONYM_BEFORE: Final = re.compile(r"(?<!\w)[Tt]he[ \t]+(?P<who>[A-Z][a-z]+)[ \t]+$")
_CAPITAL_WORD: Final = re.compile(
    r"capital(?:[ \t]+city)?\b(?!-|['’](?!s\b)|[ \t]+(?:of|markets?|investments?|inflows?|outflows?|flows?|flight|gains?|"
    r"punishment|offen[cs]es?|crimes?|cases?|spending|expenditures?|controls?|goods|reserves?|ratios?|"
    r"requirements?|injections?|base|account)\b)"
)
_NAME_NEXT: Final = re.compile(r",?[ \t]+")  # "the Sudanese capital, Khartoum": the name is the mention


def _with_capitals(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Add "the Yemeni capital" and "Mali's capital" as mentions of the country's capital city (hints
    ``capital`` and ``country:YE``; the second in place of the country's mention), unless a place name
    follows ("the Syrian capital Damascus", "Somalia's capital, Mogadishu") or it overlaps another name."""
    at = text.find(" capital")
    if at < 0:
        return mentions
    added: list[Mention] = []
    replaced: set[int] = set()  # the countries' mentions before "'s capital"
    starts = [m.start for m in mentions]
    while at >= 0:
        word = _CAPITAL_WORD.match(text, at + 1)
        whose = _whose_capital(text, at, mentions, starts, gaz) if word else None
        city = gaz.capital_of(whose[1]) if whose else None
        if word and whose and city is not None:
            s, cc, own = whose
            e = word.end()
            k = bisect_left(starts, e)
            nxt = mentions[k] if k < len(mentions) else None
            # (another name over the phrase, the country's own aside; a name right after it)
            overlaps = any(
                i != own and mentions[i].end > s for i in range(max(0, bisect_left(starts, s) - 1), k)
            )
            named_after = nxt is not None and _NAME_NEXT.fullmatch(text, e, nxt.start) is not None
            if not overlaps and not named_after:
                added.append(
                    Mention(s, e, text[s:e], name_key(city.name), hints={"capital", f"country:{cc}"})
                )
                if own is not None:
                    replaced.add(own)
        at = text.find(" capital", at + 8)
    if not added:
        return mentions
    kept = [m for i, m in enumerate(mentions) if i not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


_OWNER_BEFORE: Final = re.compile(r"['’]s[ \t]+$")


def _whose_capital(
    text: str, at: int, mentions: list[Mention], starts: list[int], gaz: Gazetteer
) -> tuple[int, str, int | None] | None:
    """Whose capital the word after ``at`` is: (where the phrase starts, the country's code, the index of
    the country's own mention in ``mentions`` when it is "Mali's"), or None."""
    before = _DEMONYM_BEFORE.search(text, max(0, at - 30), at + 1)
    if before is not None:
        cc = gaz.demonym_country(before.group("who"))
        return (before.start(), cc, None) if cc else None
    owner = _OWNER_BEFORE.search(text, max(0, at - 4), at + 1)
    k = bisect_left(starts, owner.start()) - 1 if owner else -1
    if owner is None or k < 0 or mentions[k].end != owner.start():
        return None
    cc = next((p.country_code for p in gaz.lookup_key(mentions[k].key) if p.kind == "country"), None)
    return (mentions[k].start, cc, k) if cc else None


# A name whose "of the" splits it into two runs ("Democratic Republic of the Congo"): the words before "of
# the" (up to four capitalised ones) and the mention after it.
_OF_THE_BEFORE: Final = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]*\s+){1,4})of\s+the\s+$")


def _with_names_of_the(text: str, mentions: list[Mention], words: Words) -> list[Mention]:
    """Mentions after "of the" made whole when the gazetteer has the whole name ("Democratic Republic of
    the Congo" is not the Republic of the Congo). Each looks back at most 60 characters."""
    out: list[Mention] = []
    for m in mentions:
        lo = m.start - 60 if m.start > 60 else 0
        # ("of", space, "the" and only space right before the mention, or the pattern cannot match: most
        # mentions)
        lead = text[lo : m.start].rstrip()
        if not (lead.endswith("the") and lead[:-3].rstrip().endswith("of")):
            out.append(m)
            continue
        before = _OF_THE_BEFORE.search(text, lo, m.start)
        if before is not None:
            whole = text[before.start() : m.end]
            w = words[whole]
            if w.place and not w.caps:
                start = before.start()
                while out and out[-1].end > start:
                    out.pop()  # a place word inside the name ("Republic"): the name's
                out.append(Mention(start, m.end, whole, w.key))
                continue
        out.append(m)
    return out
