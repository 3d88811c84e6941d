"""The first words a pattern's match can begin with (``geo.extract.openings``), read off its parse tree, and
the scans that try a pattern only where the word there can open it: they find what the pattern finds."""

import random
import re

import pytest

from geo.extract import datescan, uses
from geo.extract.openings import ANY_WORD, digit_shape, may_open, openings


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b[Ss]ince\s+\d", {("since", True)}),  # a class of two letters, then a space ends the word
        (r"(?:the\s+)?(?:past|last)\b", {("the", True), ("past", True), ("last", True)}),
        (r"(?i:one|two)\s+days?", {("one", True), ("two", True)}),  # any case: read lower-cased
        (r"Jan\.?\s", {("jan", True)}),
        (r"Sept?\b", {("sep", True), ("sept", True)}),
        (r"early(?:-|\s+)?March", {("early", True), ("earlymarch", False)}),  # "earlyMarch" is one word
        (r"\d{1,2}\s+May", {(d, False) for d in "0123456789"}),  # a word that opens with a digit
        (r"over", {("over", False)}),  # no end: "overnight" opens with it too
        (r"(?<=x)in\b", {("in", True)}),  # a look-around reads no character
        (r"\w+ago", ANY_WORD),  # letters of any kind: any word
        (r"(?:a|b)*c", ANY_WORD),  # a repetition of letters: too many ways, any word
        (r".*", ANY_WORD),
    ],
)
def test_the_openings_of_a_pattern(pattern, expected):
    assert openings(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\d{1,2}\s+May", {("0", True), ("00", True)}),  # a day: one or two digits, then a space
        (r"\d{4}-\d\d", {("0000", True)}),  # an ISO date: four digits before the dash
        (r"(?:19|20)\d\d\b", {("0000", True)}),  # a digit written out is read as "0" too
        (
            r"\d{1,2}(?:st|th)?\b",
            {("0", True), ("00", True), ("0st", True), ("00st", True), ("0th", True), ("00th", True)},
        ),
        (r"\d+\s", {("0", True), ("00", True), ("000", True), ("0000", True), ("0000", False)}),  # then any
        (r"[Ss]ince\s", {("since", True)}),  # words of letters as without digits
    ],
)
def test_with_digits_each_digit_reads_as_zero(pattern, expected):
    assert openings(pattern, digits=True) == frozenset(expected)


@pytest.mark.parametrize(("word", "shape"), [("2015", "0000"), ("15th", "00th"), ("3", "0"), ("May", "may")])
def test_the_digit_shape_of_a_word(word, shape):
    assert digit_shape(word) == shape


@pytest.mark.parametrize(
    ("word", "opens"),
    [("since", True), ("sinces", False), ("sin", False), ("earlymarch", True), ("earlymarches", True)],
)
def test_a_word_may_open_a_match_only_as_the_openings_allow(word, opens):
    assert may_open(openings(r"[Ss]ince\b|early(?:\s+)?March"), word) is opens


def test_every_match_of_a_pattern_opens_with_a_word_its_openings_allow():
    rng = random.Random(7)
    pieces = ["since ", "Since", "early", " ", "March", "May", "-", "1", "12 ", "last", "the ", "x", "."]
    patterns = [r"\b[Ss]ince\s+\d", r"(?:the\s+)?(?:past|last)\b", r"early(?:-|\s+)?March", r"\d{1,2}\s+May"]
    for pattern in patterns:
        rx, found = re.compile(pattern), openings(pattern)
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
            for m in rx.finditer(text):
                word = re.match(r"\w*", text[m.start() :]).group().lower()
                assert may_open(found, word), (pattern, text)


_DATE_TEXTS = [
    "On Thursday, the day before, on the weekend, on 3 March 2016 and on March 3, the army moved in",
    "the past two weeks, the last month, the 1990s, the following day, The next day, this past Monday",
    "in 2015, in March, in the early hours of Sunday, In late May, at the weekend, at that time",
    "a day later, a few days ago, an hour after, A week earlier, one month ago, several days later",
    "since Monday, since 2014, since the start of June, Since May 2, overnight, all night, earlyMarch 2016",
    "Of 2015, of March, from 2014 to 2016, From Friday to Sunday, between May and July, until June",
]


_NUMBER_TEXTS = [
    "On 3 March 2016, 12th May, 1 June 2017 and 2015-06-01 the army moved in; 15 - 17 April, 2,000 people",
    "3 days ago, 48 hours later, 10 years after, 2 weeks earlier, 1999, 21st of June, 7 and 8 May 2019",
    "29 November - 5 December, 100km north, 4 p.m., 9/11, 12:30 GMT, 2019/20, 30th, 1st and 2nd of May",
]


@pytest.mark.parametrize("text", _NUMBER_TEXTS)
def test_the_rules_tried_at_a_number_find_what_the_rules_of_any_digit_find(text):
    for word in re.finditer(r"\b\d\w*", text):
        p = word.start()
        by_digit = datescan._scanner_for("0")
        by_shape = datescan._scanner_for_number(digit_shape(word.group()))
        expected = by_digit.match(text, p)
        got = by_shape.match(text, p) if by_shape else None
        assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


@pytest.mark.parametrize("text", _DATE_TEXTS)
def test_the_rules_tried_at_a_word_find_what_the_rules_of_its_first_letter_find(text):
    for word in re.finditer(r"\b\w+", text):
        p, first = word.start(), text[word.start()]
        if first.isdecimal():
            continue  # (read by the rules of a digit, as before)
        by_letter = datescan._scanner_for(first)
        by_word = datescan._scanner_for_word(word.group())
        expected = by_letter.match(text, p) if by_letter else None
        got = by_word.match(text, p) if by_word else None
        assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


@pytest.mark.parametrize(
    ("pattern", "phrase", "other"),
    [
        (uses._STATE_AFTER, " State", "statement"),
        (uses._PROVINCE_AFTER, " Governorate", "government"),
        (uses._PROVINCE_AFTER, " local government area", "locals"),
        (uses._FACILITY_AFTER, " International Airport", "in"),
        (uses._TALKS_AFTER, " on Monday for talks", "once"),
        (uses._PEOPLE_AFTER, " teenagers", "ten"),
    ],
)
def test_the_word_after_a_name_opens_each_pattern_it_matches(pattern, phrase, other):
    opening = uses._opening(pattern)
    first = phrase.split()[0].lower()
    assert pattern.match(phrase)
    assert uses._may_open(first[0], opening, first)
    assert uses._may_open(first[0], opening)  # all of the word unknown: tried
    assert not uses._may_open(other[0], opening, other)  # a word of the same first letter that opens none
    assert not pattern.match(" " + other + " ")
    assert not uses._may_open("q", opening)  # no pattern of these opens with a "q"
    assert uses._may_open(None, opening)  # nothing read: tried


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Kabul airport", "airport"),
        ("Kabul   International-run", "international"),
        ("Kabul" + " " * 23 + "airport", "airport"),  # the word ends within the reach of the patterns
        ("Kabul" + " " * 24 + "airport", None),  # ... or not: a pattern read with an end there sees only part
    ],
)
def test_the_first_word_after_a_name_is_read_whole_only_within_the_patterns_reach(text, first):
    word_after = text[5:].split()[0]
    assert uses._first_word(text, 5, word_after) == first


def test_a_pattern_after_a_name_is_skipped_only_where_it_cannot_match():
    rng = random.Random(12)
    patterns = [
        (uses._STATE_AFTER, uses._STATE_OPENS, None),
        (uses._PROVINCE_AFTER, uses._PROVINCE_OPENS, 30),
        (uses._FACILITY_AFTER, uses._FACILITY_OPENS, 30),
        (uses._TALKS_AFTER, uses._TALKS_OPENS, 40),
        (uses._PEOPLE_AFTER, uses._PEOPLE_OPENS, None),
        (uses._SAID_AFTER, uses._SAID_OPENS, 30),
    ]
    words = sorted({w for _, opening, _ in patterns for w in opening.words})
    for _ in range(20000):
        word = rng.choice(words)
        word = rng.choice(
            [word, word.capitalize(), word.upper(), word + rng.choice(["s", "-run", "ment"]), word[:2]]
        )
        tail = rng.choice(["", " ", " for talks", " said", " region", "-based", " airport"])
        text = "Kabul" + rng.choice([" ", "  ", "\t", "\n", " " * rng.randint(1, 40)]) + word + tail
        after = uses.words_after(text, 5, 5 + 80)
        opens = after[1][:1].lower() if after[1] else None
        first = uses._first_word(text, 5, after[1]) if after[1] else None
        for pattern, opening, reach in patterns:
            matched = pattern.match(text, 5, 5 + reach if reach else len(text))
            if matched:
                assert uses._may_open(opens, opening, first), (pattern.pattern, text)
