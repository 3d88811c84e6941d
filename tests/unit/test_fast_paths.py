"""Quick paths that find what a slower reference finds, each checked against it on made-up sentences in the
style of news and on random texts of the characters it turns on: the clause breaks, the offset before a
place ("40 km north of"), the gaps of a list, a trigger's rows, the events' ids."""

import hashlib
import random
import re

import pytest

from geo.extract import abbreviations, events, eventtypes, lists, names, nearby, uses
from geo.extract.events import event_id


def _random_texts(pieces: list[str], seed: int, count: int = 5000, most: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(count)]


_CLAUSE_TEXTS = [
    "Troops entered the town; residents fled: some to the hills, others — mostly women — to the camp.",
    "The militia, which controls the road, shelled the market (AP) and the port (the army said) -- twice.",
    "Fighting resumed in Kidal, although talks had begun, as the rebels, who deny it, said on Monday.",
    "Al-Shabab fighters - about 200 of them - attacked the base; two soldiers were killed.",
]


@pytest.mark.parametrize("text", _CLAUSE_TEXTS)
def test_the_clause_breaks_are_those_of_the_pattern(text):
    assert list(eventtypes.clause_breaks(text, 0, len(text))) == [
        m.span() for m in eventtypes._CLAUSE_BREAK.finditer(text)
    ]


def test_the_clause_breaks_are_those_of_the_pattern_on_random_texts_and_spans():
    pieces = [
        " ",
        "\t",
        "\n",
        ",",
        ";",
        ":",
        "(",
        "\u2014",
        "\u2013",
        "-",
        "--",
        "a",
        "which",
        "AP",
        "AFP",
        "Reuters",
        "\u00a0",
        ", which",
        " (AP",
        " \u2014 ",
        "  ",
    ]
    rng = random.Random(11)
    for text in _random_texts(pieces, 1, most=30):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        expected = [m.span() for m in eventtypes._CLAUSE_BREAK.finditer(text, a, b)]
        assert list(eventtypes.clause_breaks(text, a, b)) == expected, (text, a, b)


@pytest.mark.parametrize(
    "near",
    [
        "The village lies about 40 km northwest of ",
        "an attack some 1,500 miles (2,400 km) east of the city of ",
        "Clashes broke out 2.5 kilometres south of ",
        "In 2019, 12 people died in a raid 30-km west of ",
        "The 3rd brigade moved 15 mi north-east of ",
    ],
)
def test_the_offset_before_a_place_is_read_as_the_pattern_reads_it(near):
    expected, got = uses._OFFSET.search(near), uses._offset_in(near)
    assert got is not None and expected is not None
    assert (got.groups(), got.start(1)) == (expected.groups(), expected.start(1))


def test_the_offset_before_a_place_is_read_as_the_pattern_reads_it_on_random_texts():
    rng = random.Random(4)
    heads = _random_texts(
        [
            "about",
            "some",
            " ",
            "12",
            "3",
            "1,500",
            "2.5",
            ",",
            ".",
            "km",
            "miles",
            "north",
            "west",
            "-",
            "(",
            ")",
            "x",
            "of",
            "\n",
        ],
        2,
        count=20000,
        most=6,
    )
    for head in heads:
        near = head + rng.choice(["", "about ", "some "]) + rng.choice(["12", "3", "1,500", "2.5"])
        near += (
            rng.choice(["", " ", "-", " - "])
            + rng.choice(["km", "miles", "mi"])
            + rng.choice([" ", " (8 mi) "])
        )
        near += rng.choice(["north", "northwest", "south-east", ""]) + rng.choice(
            [" of ", " of the town of "]
        )
        expected, got = uses._OFFSET.search(near), uses._offset_in(near)
        assert (expected is None) == (got is None), near
        if expected is not None:
            assert (got.groups(), got.start(1)) == (expected.groups(), expected.start(1)), near


def test_the_gaps_of_a_list_and_the_and_after_a_name_are_those_of_their_patterns():
    pieces = [" ", "  ", "\t", "\n", ",", "and", "or", "&", "x", "d", "r", "in", "a", "o", ", and ", " or "]
    for gap in _random_texts(pieces, 5, count=30000, most=6):
        assert lists.list_gap(gap, 0, len(gap)) == bool(gap and lists.LIST_GAP.fullmatch(gap)), repr(gap)
        text = "Kabul" + gap
        if gap[:1].isspace():
            assert names._and_after(text, 5) == bool(names._AND_GAP.match(text, 5)), repr(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "gunmen killed 12 villagers and kidnapped two, then shelled the market and shot at troops",
        "airstrikes hit the camp as clashes erupted; protesters rallied and rioters looted shops",
        "a rapid shotgun attack: fighters ambushed a convoy, and a car bomb exploded near the base",
    ],
)
def test_a_trigger_is_tried_with_the_rows_its_word_can_open_and_found_as_with_all_rows_of_its_letters(
    sentence,
):
    for word in re.finditer(r"\b\w+", sentence):
        at = word.start()
        by_letters = eventtypes._rows_for(sentence[at : at + 2])
        if not by_letters.groupindex:
            continue  # (no trigger begins so: the pass never tries it)
        expected = by_letters.match(sentence, at)
        rows = eventtypes._rows_for_word(word.group())
        got = rows.match(sentence, at) if rows is not None else None
        assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


@pytest.mark.parametrize(
    ("source", "start", "end"), [("003_3ba38f1d61eacb9e", 120, 125), ("x", 0, 4), ("ü", 9, 99)]
)
def test_an_event_id_is_the_sha1_of_its_article_and_offsets(source, start, end):
    expected = hashlib.sha1(f"{source}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]
    assert event_id(source, start, end) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Springfield, Ill., and Walker County (Ga.) reported floods; Albany, N.Y. and Washington, D.C., too.",
        "Officials in Dallas, Tex., said 3,000 people, many from Calif., left, a spokesman said.",
        "The convoy, Ga, ill, 12, Pa. or W.Va.: none,  \tN.J. ,Ind.",
    ],
)
def test_the_state_abbreviations_after_commas_are_those_of_the_pattern(text):
    marked = text.replace("(", ",")
    expected = [m.span(1) for m in abbreviations._STATE_ABBR.finditer(marked)]
    assert [m.span(1) for m in abbreviations._after_commas(marked)] == expected
    assert expected  # (each sentence has one)


def test_the_state_abbreviations_after_commas_are_those_of_the_pattern_on_random_texts():
    pieces = [",", " ", "\t", "Ga.", "N.Y.", "Ill.", "Calif.", "a", "W.Va.", "x", "Ga", ".", "Pa"]
    for marked in _random_texts(pieces, 6, count=30000, most=25):
        expected = [m.span() for m in abbreviations._STATE_ABBR.finditer(marked)]
        assert [m.span() for m in abbreviations._after_commas(marked)] == expected, marked


@pytest.mark.parametrize(
    ("before", "named"),
    [
        ("in Springfield", True),
        ("the town of St. Mary's  ", True),
        ("Walker County ", True),
        ("said on Monday", True),
        ("more than 3,000 people", False),
        ("the mayor of al-Qaim\n", True),
        ("   ", False),
    ],
)
def test_a_name_before_an_abbreviation_is_told_as_the_pattern_tells_it(before, named):
    assert abbreviations._name_before(before, 0, len(before)) is named
    assert bool(abbreviations._NAME_BEFORE.search(before)) is named


def test_a_name_before_an_abbreviation_is_told_as_the_pattern_tells_it_on_random_texts():
    pieces = ["Ab", "ab", " ", "\n", "\t", ".", "'", "’", "-", "_", "3", ",", "é", "É", "x", "Q", "\u00a0"]
    rng = random.Random(8)
    for text in _random_texts(pieces, 7, count=30000, most=14):
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = bool(abbreviations._NAME_BEFORE.search(text, lo, hi))
        assert abbreviations._name_before(text, lo, hi) is expected, (text, lo, hi)


def test_the_words_the_scans_are_gated_by_are_found_by_the_cue_pass():
    # A scan skipped when none of its words is among the cue pass's finds must name only words the pass looks
    # for: any other would never be found, and the scan never run.
    cue_words = nearby._cue_words()
    assert set(nearby._APPOSITIVE_HEAD_CUES) <= cue_words
    assert set(uses.REFERENCE_HEADS) <= cue_words
    assert set(events.BACKGROUND_WORDS) <= cue_words
