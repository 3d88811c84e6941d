"""The one pass over a text that finds where the cue words of the nearby and spelling-variant scans (and the
dates' trigger words) start a word (``nearby.cue_starts``, over the spaced copy of ``geo.extract.spaced``), and the patterns searched only
where a cheaper look finds the words they need."""

import re
import sys
from datetime import date

import pytest

from geo.extract import datescan, eventtypes, nearby, uses
from geo.extract.dates import find_dates
from geo.extract.events import _BACKGROUND, _HAPPENED, _background, _background_starts, _cues_for, _happened
from geo.extract.eventtypes import _ORIGIN_BEFORE, _origin_before
from geo.extract.names import _PERSON_BEFORE, _person_before
from geo.extract.nearby import cue_automaton, cue_starts
from geo.extract.spaced import after_letter, spaced
from geo.extract.sport import _SPORTS, _SPORTS_WORDS, is_sports

CUE_WORDS = list(cue_automaton().values())


def plain_starts(text):
    """Every place where a cue word starts a word of the lower-cased text: what the pass must find."""
    lower = text.lower()
    found = {}
    for word in CUE_WORDS:
        for i in range(len(lower)):
            if lower.startswith(word, i) and (i == 0 or not (lower[i - 1].isalnum() or lower[i - 1] == "_")):
                found.setdefault(word, []).append(i)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in Raqqa and near Tabqa, at dawn, from Deir Ezzor into Hasakah",
        "within Raqqa, that town, the account of a Marketplace",  # cue words inside other words
        "in,Raqqa and in\nMosul and at\tdawn",  # "in " needs a space, not any break
        "the village\nof Koshebe and the village of Karkut, the town  of Bulabulin",
        "éin Raqqa, ñat Mosul, 3in Homs, _at Idlib",  # after a letter beyond ASCII, a digit or "_"
        "«in Raqqa», “at Mosul”, —near Homs, (outside Idlib), ٣ in Hama",  # after marks beyond ASCII
        "IN RAQQA, In Mosul, At Homs, Village Of Barsalogho, KELVIN: \u212ailled at the \u212aamp",
        "the \u212aebele and the mar\u212aet in Raqqa",  # the Kelvin sign lower-cases to the "k" of a cue word
        "Police station, power plant, the Great Mosque of al-Nuri, Kharkiv hromada, a school in Kumba",
    ],
)
def test_cue_words_are_found_where_they_start_a_word(text):
    assert cue_starts(text) == plain_starts(text)


def test_a_text_that_lower_casing_lengthens_is_read_by_the_patterns_themselves():
    assert cue_starts("İdlib: fighting in Raqqa") is None


def test_only_two_letters_lower_case_to_ascii_and_one_to_two_characters():
    # (what the cue pass relies on to lower-case only its spaced copy, which is all ASCII: the others lower
    # to a letter beyond ASCII, which the copy makes a space as it makes the letter itself)
    to_ascii = [c for c in map(chr, range(0x80, sys.maxunicode + 1)) if any(x < "\x80" for x in c.lower())]
    lengthened = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert (to_ascii, lengthened) == (["\u0130", "\u212a"], ["\u0130"])


@pytest.mark.parametrize(
    "text",
    [
        "May 3, 2017: on Tuesday, a week ago, the strike came in March",  # a trigger opening the text
        "it may rain; MAY 3; mayday on 3 may; the decision of Dec. 4 and the 12th of Sept",  # case counts
        "weekend weeks week: the weekend of Jan 6, Sunday's raid since Monday",  # the longest at a start
        "1999 and 2019-2020, in 20٩٩ or ١٩٩٩, the year 1899; 21st Century",  # years: ASCII digits only
        "éMay 3, ñ2017, _Monday, 3May, «Monday» ‘Tuesday’ —Friday, ٣ January 2017",  # what starts no word
        "Late\u212aMay 3; \u212aJan 6; on Monday \u212a last week",  # the Kelvin sign lowers to "k"
        "Since ſunday's raid, ſince Monday, ıt came on Tuesday",  # letters lower-casing leaves as they are
    ],
)
def test_dates_read_off_the_cue_pass_are_the_dates_found_alone(text):
    cues = cue_starts(text)
    assert cues is not None
    assert datescan._triggers_in(text, cues) == list(datescan._triggers(text))  # where the rules are tried
    assert find_dates(text, date(2017, 12, 12), cues=cues) == find_dates(text, date(2017, 12, 12))


def test_the_spaced_copy_keeps_ascii_words_and_their_offsets():
    text = "Raqa’s al-Nuri_1 «Homs» ٣ Mosul\n"
    assert spaced(text) == "Raqa s al Nuri_1  Homs    Mosul "


def test_lower_casing_makes_no_word_character_nor_unmakes_one():
    # (what the cue pass relies on: it finds word starts in the lower-cased text, for the text itself)
    changed = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if len(c.lower()) == 1 and (c.isalnum() or c == "_") != (c.lower().isalnum() or c.lower() == "_")
    ]
    assert changed == []


# The patterns searched only where a cheaper look finds what they need: each gives what the pattern alone
# gives, including where ignoring case takes a letter that lower-casing does not give ("ſ" for s).
@pytest.mark.parametrize(
    "sentence",
    [
        "The attack took place early on Monday.",
        "The ATTACK TOOK PLACE early on Monday.",
        "The strikes, which killed four, happened on Friday.",
        "The attack was carried\nout by gunmen on Sunday.",
        "The blast ſtarted a fire on Sunday.",  # the long s is an s ignoring case
        "The raid began at dawn; the shelling occurred later.",
        "The attack was condemned on Monday.",  # no verb of a happening
        "Officials said nothing about it.",
    ],
)
def test_a_happening_is_found_as_the_pattern_finds_it(sentence):
    text = "Headline\n\n" + sentence
    found = _happened(text, 10, len(text))
    expected = _HAPPENED.search(text, 10, len(text))
    assert (found and found.span()) == (expected and expected.span())


def test_every_sports_word_is_listed_for_the_count_before_the_search():
    # (the count of listed words present bounds the number of different words the pattern finds)
    words = set()
    for alternative in _SPORTS.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|"):
        words |= {alternative[:-2], alternative[:-1]} if alternative.endswith("s?") else {alternative}
    assert words == set(_SPORTS_WORDS)


def test_no_sports_word_lies_inside_another_where_both_could_match():
    # (what is_sports relies on to search each word alone: the pattern's matches hide no other word)
    for outer in _SPORTS_WORDS:
        starts = [m.start() for m in re.finditer(r"\b\w", outer)]
        for inner in _SPORTS_WORDS:
            if inner != outer:
                assert not re.search(rf"\b{re.escape(inner)}\b", outer), (inner, outer)
                assert not any(i and inner.startswith(outer[i:]) for i in starts), (inner, outer)


@pytest.mark.parametrize(
    "text",
    [
        "He scored twice; the coach praised the striker; the season ends.",
        "goals, goal, Goals and a goalkeeper; matches and a match",
        "The Premier League and the FA Cup, the Final Four and the NBA",
        "pointsless scoredd coaching seasonal: no whole words",
        "The half-time score: a penalty in the league",
        "Fighting resumed in the north; a league of nations; the season of rains.",
        "The COACH said the STRIKER SCORED: other cases are other words",
        "İstanbul: the coach said the striker scored in the league",  # lower-casing lengthens the text
        "the coach, the striker's goal, the Final\nFour and the FA  Cup in half-time",
    ],
)
def test_a_sports_story_is_found_as_the_pattern_finds_it(text):
    assert is_sports(text) == (len({w.lower() for w in _SPORTS.findall(text)}) >= 3)


@pytest.mark.parametrize(
    "lead",
    [
        "The ambassador, a native of ",
        "He was BORN IN the ",
        "the group, which is baſed in ",  # the long s is an s ignoring case
        "She was born İn ",  # and "İ" an i
        "the envoy travelled to ",
        "Fighting raged near ",
        "The attack in ",
    ],
)
def test_an_origin_is_found_as_the_pattern_finds_it(lead):
    assert _origin_before(lead) == bool(_ORIGIN_BEFORE.search(lead))


@pytest.mark.parametrize(
    "text",
    [
        "Police named him as Johnathan J. Dunbar",  # an initial's dot
        "Police named him as Johnathan J.\nDunbar",
        "Gunmen killed four people. Dunbar",  # a stop: no initial
        "Forces entered the U.S. Dunbar",
        "Rozen's wife, Julia",
        "an 8-year-old Ava",
    ],
)
def test_a_person_before_a_name_is_found_as_the_pattern_finds_it(text):
    start = text.rindex(" ") + 1 if "\n" not in text else text.rindex("\n") + 1
    lo = max(0, start - 30)
    assert _person_before(text, start) == bool(_PERSON_BEFORE.search(text, lo, start))


@pytest.mark.parametrize(
    "text",
    [
        "Raqqa is the capital. It has been held since 2017. The town, now quiet, lies on the river.",
        "Mosul IS THE city; Tikrit HAS\tBEEN taken. Formerly a camp, it is\nhome to many. Still, it burned.",
        "This island isn't home to anyone. Ares has no been. Nowhere lies are told.",  # words inside words
        "The town ſince May; the city iſ the capital; Raqqa ıs the hub.",  # what re.IGNORECASE takes for s, i
        "éis the capital, ñnow, _still, 3has been, «since» May, —currently",  # after a letter beyond ASCII
        "The \u212anown city; a town \u212anown as Raqqa.",  # the Kelvin sign is a k ignoring case
        "Gunmen killed four. They fled. Police said it was over.",  # no background word at all
        "the attack. Formerl",  # a word cut short by the sentence's end
    ],
)
def test_a_background_sentence_is_found_as_the_pattern_finds_it(text):
    starts = _background_starts(_cues_for(text))
    for s in range(len(text)):  # every span: a sentence may start or end inside a word
        for e in range(s + 1, len(text) + 1):
            assert _background(text, s, e, starts) == bool(_BACKGROUND.search(text, s, e)), (s, e)


# The C pass (geo/extract/_wordscan.c) against the automata it stands in for, on texts made of cue words,
# parts of them and every kind of character around them: the same starts.
_PIECES = [
    *[
        "in",
        "in ",
        "village of",
        "town",
        "communit",
        "may",
        "monday",
        "2017",
        "since",
        "attack",
        "kill",
        "ed",
    ],
    *[" ", "  ", "\n", "\t", ",", "-", "_", "'", "’", "«", "—", ".", "3", "é", "ñ", "٣", "ı", "ſ", "\u212a"],
    *["In", "IN", "Village Of", "MAY", "Raqqa", "x", "Kill", "\u0130"],
]


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def _random_spans(pieces: list[str], seed: int, count: int, least: int, most: int, past_end: int = 0):
    """``count`` random texts of ``least`` to ``most`` of ``pieces``, each with a span in it: (text, lo, hi),
    lo <= hi, hi up to ``past_end`` beyond the text's end."""
    import random

    rng = random.Random(seed)
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(least, most)))
        lo = rng.randint(0, len(text))
        yield text, lo, rng.randint(lo, len(text) + past_end)


@pytest.mark.skipif(nearby.cue_table() is None, reason="the C pass is not built (scripts/build_native.py)")
@pytest.mark.parametrize("seed", range(5))
def test_the_c_cue_pass_finds_what_the_automaton_finds(seed):
    for text in _random_texts(400, seed):
        if "\u0130" not in text:
            assert nearby._read_cue_starts(text) == nearby.automaton_cue_starts(text), text


@pytest.mark.skipif(eventtypes._TRIGGER_TABLE is None, reason="the C pass is not built")
@pytest.mark.parametrize("seed", range(5))
def test_the_c_trigger_pass_finds_the_word_starts_the_automaton_finds(seed):
    for text in _random_texts(400, seed):
        lower = text.lower()
        expected = []
        for last, size in eventtypes._TRIGGER_PREFIXES.iter(spaced(" " + lower)):
            at = last - size + 1
            if (not expected or expected[-1] != at) and not (at and after_letter(lower, at)):
                expected.append(at)
        assert eventtypes._WORDSCAN.begins(eventtypes._TRIGGER_TABLE, lower) == expected, text


def test_the_c_pass_refuses_words_it_cannot_read():
    scan = nearby._WORDSCAN
    if scan is None:
        pytest.skip("the C pass is not built")
    for words in (["in,"], [""], [" in"], ["Raqqa"], [3]):
        with pytest.raises(ValueError):
            scan.table(words)


_TARGET_PIECES = [
    *["soldiers", "troops", "police", "policemen", "security forces", "gendarmes", "civilians", "villagers"],
    *["children", "aid workers", "people", "women", "said", "told", " said", "Soldiers", "POLICE", "ſchools"],
    *[" ", "  ", "\n", ",", "-", "_", "é", "3", "x", "İ", "\u212a"],
]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(
    ("rx", "starts", "table"),
    [
        (eventtypes._ARMED_TARGET, eventtypes._ARMED_STARTS, eventtypes._ARMED_TABLE),
        (eventtypes._CIVILIAN_TARGET, eventtypes._CIVILIAN_STARTS, eventtypes._CIVILIAN_TABLE),
    ],
)
def test_targets_are_found_as_the_pattern_finds_them(seed, rx, starts, table):
    for text, lo, hi in _random_spans(_TARGET_PIECES, seed, 300, 1, 12):
        expected = [m.start() for m in rx.finditer(text, lo, hi)]
        assert eventtypes.match_starts(rx, starts, text, lo, hi, table) == expected, (text, lo, hi)


_PHRASE_PIECES = [
    *["the", "The", "THE", "this", "This", "then", "th", "e", "is", " city", " town", " camp", " hotel"],
    *[" of", " council", "-", "'", " ", "\n", "x", "é", "_", "3", ".", "İ"],
]


@pytest.mark.parametrize("seed", range(3))
def test_coreferring_phrases_are_found_as_the_pattern_finds_them(seed):
    from geo.extract.coref import _PHRASE, _phrases

    for text, lo, hi in _random_spans(_PHRASE_PIECES, seed, 400, 1, 14):
        expected = [(m.start() - 1, m.end(), m.group("noun")) for m in _PHRASE.finditer(text, lo + 1, hi)]
        assert _phrases(text, lo, hi) == expected, (text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq and Syria, Iraq, Syria or Jordan & Egypt, Greece Italy\tSpain ,and Mali , or Chad",
        "Fresno, Calif. and Walker County (Ga.), Brazzaville,\nCongo; Riverdale  ( N.J.)",
        "andor, orand, a and, o or, \u00a0and\u2003 Mali, x, (, ,",  # gaps that only open like one
    ],
)
def test_gaps_between_names_are_read_as_their_patterns_read_them(text):
    from geo.extract.lists import LIST_GAP, list_gap
    from geo.extract.resolve import _ADDRESS_GAP, _address_gap

    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert list_gap(text, a, b) == bool(LIST_GAP.fullmatch(text, a, b)), (a, b)
            assert _address_gap(text, a, b) == bool(_ADDRESS_GAP.fullmatch(text, a, b)), (a, b)


_AFTER_PIECES = [
    *[
        "'s",
        "’s",
        "'",
        "’",
        "s",
        "-",
        "-led",
        "-based",
        "said",
        "Forces",
        "troops",
        "has",
        "ſ",
        "İ",
        "\u212a",
    ],
    *[" ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", ".", "_", "x", "é", "٣", "3", "Ω", "—", "\U0001d400"],
]


@pytest.mark.skipif(uses._WORDSCAN is None, reason="the C pass is not built")
@pytest.mark.parametrize("seed", range(5))
def test_the_words_after_a_name_are_read_as_the_pattern_reads_them(seed):
    for text, start, end in _random_spans(_AFTER_PIECES, seed, 2000, 0, 14, past_end=3):
        expected = uses._AFTER.match(text, start, end).groups()
        assert uses.words_after(text, start, end) == expected, (text, start, end)
