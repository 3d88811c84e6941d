"""Which runs of capitalised words name places, and which name people or organisations.

A run is read as a whole: "Syrian Democratic Forces" or "Islamic State of Iraq and Syria" hold place
words but name an organisation, "Colonel Ryan Dillon" a person ("Dillon" alone, later, is still him);
their place words are not places. So are a title before a run ("Prof. Eze"), kin ("his brother Tyler"),
"&" ("Johnson & Johnson"), and a name going on after an organisation's "and".
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from geo.extract.datelines import capital_dateline
from geo.extract.gazetteer import Gazetteer, name_key
from geo.extract.lexicon import FAITHS_AND_PEOPLES, KIN_WORDS, OF_NAME_HEADS
from geo.extract.runs import find_runs, sentence_initial
from geo.extract.words import Word, Words

_HEADLINE_MIN: Final = 0.6  # share of capitalised words that makes a line a title-case headline
_HEADLINE_STOP_MIN: Final = 0.85  # ... and one ending with a stop


def _is_headline(text: str, line_start: int) -> bool:
    """Whether the line that starts at ``line_start`` is written in title case ("Iraqi Foreign Fighters Lurk in
    Syrian Shadows")."""
    line_end = text.find("\n", line_start)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start >= 200:
        return False
    line = text[line_start:line_end]
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3:
        return False
    # (a headline may end with a stop, as some outlets write them; then nearly all its words are capitalised)
    least = _HEADLINE_STOP_MIN if line.rstrip().endswith(".") else _HEADLINE_MIN
    return sum(w[0].isupper() for w in words) / len(words) >= least


def read_names(
    text: str, words: Words, datelines: set[int], demonyms: set[str]
) -> list[tuple[int, int, Word]]:
    """The place names in ``text`` (start, end, word), in order: each run of capitalised words read as a
    whole, a person's or organisation's run giving none. The countries of the demonyms met on the way are
    added to ``demonyms``."""
    # Whether each line a name is read in is a headline, decided when a name there asks (most lines are never
    # looked at: their capitalised words are function words or name nothing)
    headlines: dict[int, bool] = {}
    person_names: set[str] = set()  # surnames seen in person runs: a later "Dillon" is the colonel
    has_ampersand = "&" in text
    out: list[tuple[int, int, Word]] = []
    org_end = -1  # end of the last organisation name: "Islamic State of Iraq and Syria" goes on after "and"
    and_gaps: dict[int, tuple[int, int]] = {}  # _and_gap(text, org_end) for each org_end
    # The start of the line of the run, kept up to date as the runs go on (they are in text order): the
    # line breaks are looked for only since the last run, not back to the start of a long line each time.
    line_start = scanned = 0
    for start, end, more in find_runs(text):
        if more == end:  # one word, like most runs
            word = words[text[start:end]]
            if word.demonyms:
                demonyms |= word.demonyms
            if word.month:
                continue
            if word.skip or not (word.place or (text[end : end + 1].isspace() and _and_after(text, end))):
                # Nothing to read: a function word, or a word that names no place and no organisation
                # that goes on after "and". Only a title before it matters: "Mr. Dillon" is a surname
                # (remembered only for a gazetteer name: no other can name a place later).
                if word.known and word.surname_like and _titled(text, start):
                    person_names.add(word.key)
                continue
            groups = None
        else:
            groups = _split_run(text, start, end, words, demonyms)
        titled = _titled(text, start) or _person_before(text, start)
        joined = has_ampersand and (
            text.startswith(" & ", end) or (start >= 3 and text.startswith(" & ", start - 3))
        )
        line_break = text.rfind("\n", scanned, start)
        if line_break >= 0:
            line_start = line_break + 1
        scanned = start
        in_headline = headlines.get(line_start)
        if in_headline is None:
            in_headline = headlines[line_start] = _is_headline(text, line_start)
        if groups is None:  # one word: read straight off, as a group of one word below
            if titled or joined:
                if titled and word.surname_like:
                    person_names.add(word.key)
                continue
            found = _read_word(text, start, end, word, datelines, person_names, in_headline)
            if found is None:
                # One word goes on after "and" only as an organisation's cue ("Forces and ..."): an
                # unknown name or a group's name ("Hamas and Israel", "Hodeidah and Sanaa") does not.
                org_end = end if word.org_cue else -1
            elif found and not (org_end >= 0 and _after_and(text, org_end, start, and_gaps)):
                out.extend(found)
            continue
        last_org_end = org_end  # as it was before this run: the run may go on with its name
        for group in groups:
            if titled or joined:  # "Prof. Eze", "Johnson & Johnson": a person or a firm
                if titled and group[-1][2].surname_like:
                    person_names.add(group[-1][2].key)
                titled = False
                continue
            if len(group) == 1:
                # (its arguments one by one: a call with * is Python's generic call in the compiled build)
                s, e, w = group[0]
                found = _read_word(text, s, e, w, datelines, person_names, in_headline)
            else:
                found = _read_run(text, group, words, datelines, person_names, in_headline)
            if found is None:
                org_end = group[-1][1]
            elif found and not (last_org_end >= 0 and _after_and(text, last_org_end, start, and_gaps)):
                out.extend(found)
    return out


_TITLE_BEFORE_DOT: Final = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Maj|Lt|Capt|Sgt|Sen|Rep|Gov|Adm|Cmdr|Brig|Rev)\Z"
)
_LONGEST_TITLE: Final = 4  # "Prof", "Capt", "Cmdr", "Brig"
# "his brother Tyler", "Rozen's wife, Julia", "8-year-old Ava", "Johnathan J. Dunbar": a person
_PERSON_BEFORE: Final = re.compile(
    rf"(?:\b(?:{'|'.join(KIN_WORDS)}|[\d-]+year[- ]old),?|\b[A-Z][a-z]+\s+[A-Z]\.)\s+$"
)
# How the words before a run end when _PERSON_BEFORE can match: most runs are ruled out by this alone.
_PERSON_BEFORE_ENDS: Final = (*(end + comma for end in [*KIN_WORDS, "old"] for comma in ("", ",")), ".")


def _by_tail(ends: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``ends`` by their last three characters (those shorter under ""): a lead is tested against the few
    that end as it does, not all fifty-odd."""
    out: dict[str, tuple[str, ...]] = {}
    for end in ends:
        tail = end[-3:] if len(end) >= 3 else ""
        out[tail] = (*out.get(tail, ()), end)
    return out


_PERSON_BEFORE_BY_TAIL: Final = _by_tail(_PERSON_BEFORE_ENDS)
_PERSON_BEFORE_SHORT: Final = _PERSON_BEFORE_BY_TAIL.pop("", ())  # the "." of an initial


def _titled(text: str, start: int) -> bool:
    """ "Prof. Eze", "Gen. Mattis": a title right before the run."""
    if start < 2 or not (text[start - 2] == "." or text[start - 2].isspace()):
        return False  # no title's dot and space right before: most runs, seen at once
    lo = start - 12 if start > 12 else 0
    dot = text.rfind(".", lo, start)
    # Only space after the last dot: the title is the word that ends at it, looked for from where the
    # longest title would start (within the 12 characters).
    return (
        dot >= 0
        and text[dot + 1 : start].isspace()
        and bool(_TITLE_BEFORE_DOT.search(text, max(lo, dot - _LONGEST_TITLE), dot))
    )


def _person_before(text: str, start: int) -> bool:
    """ "his brother Tyler", "Rozen's wife, Julia", "8-year-old Ava", "Johnathan J. Dunbar": a person."""
    lo = start - 30 if start > 30 else 0
    end = start
    while end > lo and text[end - 1].isspace():
        end -= 1
    # (the last three characters first: most runs follow a word no kin word or initial ends as)
    tail = text[end - 3 if end - 3 > lo else lo : end]
    if not (tail in _PERSON_BEFORE_BY_TAIL or tail.endswith(_PERSON_BEFORE_SHORT)):
        return False
    lead = text[lo:end]
    # (a dot only as an initial's, "J.": not the stop before a sentence's first word, the most common)
    return (
        (lead.endswith(_PERSON_BEFORE_BY_TAIL.get(lead[-3:], ())) or lead.endswith(_PERSON_BEFORE_SHORT))
        and (lead[-1] != "." or "A" <= lead[-2:-1] <= "Z")
        and bool(_PERSON_BEFORE.search(text, lo, start))
    )


_AND_GAP: Final = re.compile(r"\s+(?:and|&)\s+")  # "Islamic State of Iraq and Syria"
_AND_GAP_AFTER: Final = re.compile(r"\s+(?:and|&)(\s+)")


def _and_after(text: str, end: int) -> bool:
    """``_AND_GAP.match(text, end)`` after a space at ``end``: most words are followed by another word, which
    the character after the space tells (it is "a" or "&" of the gap, or more space)."""
    c = text[end + 1 : end + 2]
    return (c == "a" or c == "&" or c.isspace()) and _AND_GAP.match(text, end) is not None


def _after_and(text: str, org_end: int, start: int, gaps: dict[int, tuple[int, int]]) -> bool:
    """``_AND_GAP.fullmatch(text, org_end, start)``: does only " and " come between an organisation's name
    and ``start``? Every name after the organisation asks; the gap after it is read once (in ``gaps``), not
    again for each name (a long run of spaces after it would be read once per name: quadratic).

    The gap fullmatches exactly when ``start`` falls in the space after "and" (past its first character):
    the space before "and" must be all of it, and any part of the space after it ends the gap."""
    gap = gaps.get(org_end)
    if gap is None:
        m = _AND_GAP_AFTER.match(text, org_end)
        gap = gaps[org_end] = m.span(1) if m else (-1, -1)
    return gap[0] < start <= gap[1]


# No place name is longer (the gazetteer's longest key has 168 letters): longer words are not looked up as
# one name, or a long run would look up ever longer names, each word again (quadratic).
_LONGEST_NAME: Final = 300


def _split_run(
    text: str, start: int, end: int, words: Words, demonyms: set[str]
) -> list[list[tuple[int, int, Word]]]:
    """The words of a run (only spaces separate them within a run), split at month and day names ("Deir
    Ezzor on Nov") and at a line break that starts a sentence; "of" after someone splits too. The countries
    of their demonyms are added to ``demonyms``."""
    groups: list[list[tuple[int, int, Word]]] = []
    group: list[tuple[int, int, Word]] = []
    prev_end = start
    run = text[start:end]
    wrapped = "\n" in run  # rarely: only then can a line break start a sentence within it
    for w in run.split():
        s = text.find(w, prev_end)
        e = s + len(w)
        word = words[w]
        if word.demonyms:
            demonyms |= word.demonyms
        if word.month or (
            w == "of"
            and not any(t[2].org_cue for t in group)
            and not (group and group[-1][2].text in OF_NAME_HEADS)
        ):
            # "Dunbar of Austin", "the CEOs of Europe": a place after someone
            if group:
                groups.append(group)
                group = []
        else:
            # A new group starts at a function word inside a run ("LONDON The Latest", "Honolulu Are
            # there"), at an everyday word after a line break (a new sentence), and at a title-case word
            # after a place in capitals that opens a sentence ("SAN ANTONIO Turner Sports": a dateline;
            # "the CTC Sentinel" stays one name)
            if group and (
                (word.skip and not word.particle)
                or (wrapped and word.common and text.find("\n", prev_end, s) >= 0)
                or (
                    group[-1][2].caps
                    and not word.caps
                    and group[-1][1] - group[0][0] <= _LONGEST_NAME
                    and words[text[group[0][0] : group[-1][1]]].place
                    and sentence_initial(text, group[0][0])
                )
            ):
                groups.append(group)
                group = []
            group.append((s, e, word))
        prev_end = e
    if group:
        groups.append(group)
    return groups


_UNIT_WORDS: Final = frozenset(["County", "Parish", "Township", "Borough"])


def _read_run(
    text: str,
    toks: list[tuple[int, int, Word]],
    facts: Words,
    datelines: set[int],
    person_names: set[str],
    in_headline: bool,
) -> list[tuple[int, int, Word]] | None:
    """Place mentions in one run of capitalised words (start, end, word); None when the run names an
    organisation or person."""
    n = len(toks)
    # Leading words that only start the sentence ("In", "Most", "Foreign") are not part of a name.
    first = 0
    while first < n:
        w = toks[first][2]
        if not (
            (w.skip and not (w.particle and _names_with_next(text, toks, first, facts.gaz)))
            or (
                w.everyday
                and sentence_initial(text, toks[first][0])
                and not _names_with_next(text, toks, first, facts.gaz)
            )
        ):
            break
        first += 1
    last = n
    while last > first and toks[last - 1][2].particle:
        last -= 1
    if first == last:
        return []
    if first or last < n:
        toks = toks[first:last]
        n = last - first
    # A cue word or an unknown word anywhere makes the run a person or organisation: the reading stops there.
    found: list[tuple[int, int, Word]] = []
    i = 0
    while i < n:
        s, e, w = toks[i]
        if w.text == "State" and found and found[-1][2].state and found[-1][1] == toks[i - 1][1]:
            i += 1  # "Oaxaca State", "Borno State": the state itself, not an organisation
            continue
        if _lga_at(toks, i, n) and found and found[-1][1] == toks[i - 1][1]:
            i += 3  # "Maru Local Government Area": Nigeria's district of that town, not a government
            continue
        if w.cue:
            _remember_person(toks, person_names)
            return None
        # The longest name from here: several words ("Deir Ezzor") before one (a name ends before "Local
        # Government Area")
        j = min(n, i + 6)
        for k in range(i + 1, j):
            if _lga_at(toks, k, n):
                j = k
                break
        while j > i + 1:
            name_end = toks[j - 1][1]
            name = facts[text[s:name_end]]
            if name.actor:  # "Wagner Group", "Rapid Support Forces": an organisation's name
                _remember_person(toks, person_names)
                return None
            if name.place and (not name.caps or s in datelines or capital_dateline(text, s, name_end)):
                break
            j -= 1
        if j > i + 1:  # a name of several words, i to j - 1
            found.append((s, name_end, name))  # "Czech Republic": a cue inside a name is the name's
            i = j
        else:
            if w.particle and i >= 3 and _lga_at(toks, i - 3, n):
                pass  # "Maru Local Government Area of Zamfara State": the state goes on after it
            elif (
                w.place
                and not (in_headline and w.everyday and n > 1)  # "Shells Hit Mosul": the word, not Hit
                and (not w.caps or s in datelines or capital_dateline(text, s, e))
            ):
                found.append((s, e, w))
            elif w.text in FAITHS_AND_PEOPLES:
                pass  # "Druze Sweida", "Kurdish Kobani": a people's town, no person's name
            elif w.plain and not (in_headline and w.lexical and not w.org_cue):
                _remember_person(toks, person_names)
                return None
            i += 1
    # "Seth Jones", "Jade Parker": two names side by side with nothing between are a person.
    # (two countries side by side are a list with a comma missing: "Cyprus, Greece Italy or Spain")
    if (
        len(found) > 1
        and not all(w.country for _, _, w in found)
        and any(text[a[1] : b[0]].isspace() for a, b in pairwise(found))
    ):
        _remember_person(toks, person_names)
        return None
    # A single known surname of a person named earlier in the text; "Orange County", a county the
    # gazetteer does not know, is not the town of Orange.
    units = {toks[k - 1][1] for k in range(1, n) if toks[k][2].text in _UNIT_WORDS}
    return [
        (s, e, w)
        for s, e, w in found
        if not (n == 1 and w.key in person_names and not in_before(text, s)) and e not in units
    ]


def _lga_at(toks: list[tuple[int, int, Word]], k: int, n: int) -> bool:
    """Whether "Local Government Area" starts at token ``k`` of a run of ``n``."""
    return (
        k + 2 < n
        and toks[k][2].text == "Local"
        and toks[k + 1][2].text == "Government"
        and toks[k + 2][2].text == "Area"
    )


# "attacks in Sweida": after these words a surname seen earlier ("Druze Sweida" read as a person) is the place
_IN_BEFORE: Final = re.compile(
    r"\b(?:in|near|outside|inside|into|across|throughout|around|"
    r"(?:attacks?|assaults?|strikes?|raids?|offensive|advance|march|push)\s+on)\s+$"
)


def in_before(text: str, start: int) -> bool:
    """Whether the words right before ``start`` put a place there ("in", "near", "attacks on")."""
    return bool(_IN_BEFORE.search(text, max(0, start - 20), start))


def _remember_person(toks: list[tuple[int, int, Word]], person_names: set[str]) -> None:
    """For a run that names a person or organisation (it reads as no place): remember a person's surname."""
    if 2 <= len(toks) <= 4 and toks[-1][2].surname_like:
        for t in toks:  # (a loop, not any() over a generator: this runs for most runs of several words)
            if t[2].org_cue:
                return
        person_names.add(toks[-1][2].key)


def _read_word(
    text: str, s: int, e: int, w: Word, datelines: set[int], person_names: set[str], in_headline: bool
) -> list[tuple[int, int, Word]] | None:
    """``_read_run`` for a run of one word ``w`` (most runs), the same rules read straight off."""
    if w.skip or (w.everyday and sentence_initial(text, s)):
        return []
    if w.place and (not w.caps or s in datelines or capital_dateline(text, s, e)):
        if w.cue:
            return None
        return [] if w.key in person_names and not in_before(text, s) else [(s, e, w)]
    if w.cue or (w.plain and not (in_headline and w.lexical and not w.org_cue)):
        return None
    return []


def _names_with_next(text: str, toks: list[tuple[int, int, Word]], k: int, gaz: Gazetteer) -> bool:
    """ "New York", "Washington DC": word ``k`` and the next one name a place together."""
    return k + 1 < len(toks) and gaz.has_key(name_key(text[toks[k][0] : toks[k + 1][1]]))
