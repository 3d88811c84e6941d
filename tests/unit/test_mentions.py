import re
import sys

import pytest

from geo.extract import datelines, mentions, names, runs
from geo.extract.mentions import find_mentions
from geo.vocab import MentionReason


def found(text, gaz):
    return [(m.text, m.mappable) for m in find_mentions(text, gaz)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fighters were captured in Syria and Iraq.",
            [("Syria", True), ("Iraq", True)],
        ),
        ("IS lost control of Raqa on October 17.", [("Raqa", True)]),
        (
            "Forces entered Baghouz, also written Baghuz.",
            [("Baghouz", True), ("Baghuz", True)],
        ),
        (
            "It fell to forces in Abu Kamal and Al-Bukamal.",
            [("Abu Kamal", True), ("Al-Bukamal", True)],
        ),
        # a multi-word name broken by a line break
        (
            "They patrol the eastern city of Deir\nEzzor every day.",
            [("Deir\nEzzor", True)],
        ),
        (
            "BEIRUT (Reuters) - Forces advanced on the town.",
            [("BEIRUT", True)],
        ),  # dateline
        # demonyms and adjectives are not places
        ("Syrian and Iraqi forces advanced.", []),
        # place words inside organisation names
        ("The Syrian Democratic Forces said it.", []),
        ("Fighters of the Islamic State of Iraq and Syria fled.", []),
        ("The Washington Post reported it.", []),
        ("U.S. Central Command said so.", []),
        # ordinary words that happen to be place names
        (
            "Most of the fighters were killed.",
            [],
        ),  # "Most" (Czech town) starts a sentence
        (
            "Airstrikes hit the town of Hit.",
            [("Hit", True)],
        ),  # "hit" the verb vs Hit the Iraqi town
        ("President Barack Obama spoke.", []),  # a person
        # countries used as actors or modifiers are mentions but not map events
        ("The US-led coalition struck targets.", [("US", False)]),
        ("Lebanon's Hezbollah sent fighters.", [("Lebanon", False)]),
        ("Russia said the battle was over.", [("Russia", False)]),
        ("US troops served as advisers.", [("US", False)]),
        ("Fighters escaped Syria's Raqa.", [("Syria", True), ("Raqa", True)]),
        (
            "ISIS branches outside Iraq and Syria grew.",
            [("Iraq", False), ("Syria", False)],
        ),
        (
            "Attacks in areas like Lebanon and Syria.",
            [("Lebanon", True), ("Syria", True)],
        ),
        # a dateline in capitals ends where the sentence in title case starts
        ("BEIRUT The Latest on the talks.", [("BEIRUT", True)]),
        ("(BEIRUT) — Talks resumed.", [("BEIRUT", True)]),
        ("Mosul Are the talks over?", [("Mosul", True)]),
        # "St." inside a name
        ("He moved to St. Petersburg last year.", [("St. Petersburg", True)]),
        # a county the gazetteer does not know is not the town it is named like
        ("Orange County is rich.", []),
        # "X State" outside the US is the state; "governor of X" speaks of its government
        ("Fighting spread in Benue State.", [("Benue", True)]),
        ("Clashes in Benue state killed five.", [("Benue", True)]),
        ("A former governor of Benue State spoke.", [("Benue", False)]),
        ("The people of Lebanon voted.", [("Lebanon", False)]),
        # people named like places
        ("Rozen's wife, Tyler, spoke.", []),
        ("It did not include his brother Tyler.", []),
        ("The 8-year-old Tyler was treated.", []),
        ("Master Sgt. John J. Tyler died.", []),
        # where someone is from is not where anything happened
        ("A Beirut man was arrested.", [("Beirut", False)]),
        ("Louisville teachers went on strike.", [("Louisville", False)]),
        # a club, in a story about sport; the same words in a war story stay places
        (
            "The Bulldogs outlasted Louisville in overtime, scoring 21 points in the semifinal.",
            [("Louisville", False)],
        ),
        ("The offensive against Raqqa began. Forces scored gains.", [("Raqqa", True)]),
        # a handle is no place
        ("Activists tagged @Beirut in posts.", []),
        # a possessive with what a government has is an actor; with a place inside, a location
        ("Lebanon's concern grew.", [("Lebanon", False)]),
        ("Lebanon's recent decisions surprised many.", [("Lebanon", False)]),
        # AP abbreviations of states after a town
        ("SPRINGFIELD, Ill. (AP) - Officials said.", [("SPRINGFIELD", True), ("Ill.", True)]),
        ("He lives in Springfield, Mo., with his wife.", [("Springfield", True), ("Mo.", True)]),
        ("Mo. said nothing.", []),
        ("He works for the D.C. Commission on the Arts.", []),
        ("Members of the Beirut community met.", [("Beirut", False)]),
        # two countries side by side are a list missing its comma, not a person
        (
            "Jobs in countries such as Syria, Lebanon Iraq or Russia.",
            [("Syria", True), ("Lebanon", True), ("Iraq", True), ("Russia", True)],
        ),
        # a club named "X City" in a sports story; its ground is a place
        (
            "Beirut City scored two goals in the league match; the coach praised the season.",
            [("Beirut", False)],
        ),
        (
            "The coach praised the season after the league match and their trip to Beirut City, with two goals.",
            [("Beirut", True)],
        ),
        # "where" after a country, and "leaving for", place something in it
        ("Many come from Lebanon and Syria, where the war began.", [("Lebanon", True), ("Syria", True)]),
        ("She hugged him before leaving for Lebanon.", [("Lebanon", True)]),
        # a date between a country and its verb keeps it an actor
        ("Russia on Sunday accused Lebanon of lying.", [("Russia", False), ("Lebanon", False)]),
        # the EU is read like a country: a place when something is in it, else an actor
        ("Fighters returned to the EU last year.", [("EU", True)]),
        ("The EU said it would act.", [("EU", False)]),
        # a building named after its town is in it; an adjective between the preposition and a country
        ("He was taken to Beirut Hospital.", [("Beirut", True)]),
        ("Fighters came from neighbouring Syria.", [("Syria", True)]),
    ],
)
def test_place_mentions(text, expected, gaz):
    assert found(text, gaz) == expected


def test_a_persons_surname_later_in_the_text_is_not_a_place(gaz):
    text = "Coalition spokesman Colonel Ryan Dillon spoke. Dillon said fighters left Raqa."
    assert found(text, gaz) == [("Raqa", True)]


def test_offsets_point_at_the_mention(gaz):
    text = "Strikes near Tikrit and in Mosul."
    for m in find_mentions(text, gaz):
        assert text[m.start : m.end] == m.text


def test_distance_and_direction_from_a_place_are_read(gaz):
    (m,) = find_mentions("a strike some 40 miles northwest of Tikrit destroyed it", gaz)
    assert m.text == "Tikrit" and round(m.offset_km) == 64 and m.bearing == 315


def test_direction_before_a_country_makes_a_region(gaz):
    (m,) = find_mentions("hunted down in the desert regions in eastern Syria", gaz)
    assert m.region == "eastern" and m.mappable


@pytest.mark.parametrize(
    "text",
    [
        "Fighters held al-Qaim and Deir ez-Zor, then x-Ray and US-led forces; U.S.x-ZA too.",
        "al-Qaim at the start, McDonald's, Syria’s Raqa and 'Iraq' and -Syria",
        "Abu Bakr al-Baghdadi of the Islamic State of Iraq and Syria met ez-Zor elders",
        "a.b-Cd Ab-Cd ab-Cd abcd-Ef _ab-Cd 1ab-Cd",
    ],
)
def test_runs_are_those_the_run_pattern_finds(text):
    # found from capitals (and particles before "-Capital") instead of at every position
    assert runs.find_runs(text) == [(r.start(), r.end(), r.start("more")) for r in runs.RUN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Forces entered Raqa. Most fighters left Mosul and Hit, the town.",
        "Colonel Dillon spoke. Dillon said ISIS and Syria were beaten.",
        "BEIRUT (Reuters) - North of Beirut, Obama spoke. TIKRIT, Iraq - Forces",
        "In Syria, the US said Russia and Lebanon were there.",
    ],
)
def test_a_one_word_run_is_read_as_the_run_rules_read_it(text, gaz):
    words = mentions._words_for(gaz)
    dateline_starts = datelines.find_datelines(text)
    for s, e, more in runs.find_runs(text):
        if more != e:
            continue
        w = words[text[s:e]]
        for in_headline in (False, True):
            for person_names in (set(), {w.key}):
                one = names._read_word(text, s, e, w, dateline_starts, set(person_names), in_headline)
                whole = names._read_run(
                    text, [(s, e, w)], words, dateline_starts, set(person_names), in_headline
                )
                as_tuples = [None if r is None else [(s, e, w.key) for s, e, w in r] for r in (one, whole)]
                assert as_tuples[0] == as_tuples[1], (text[s:e], in_headline, person_names)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian forces and Iraqi troops",
        "pro-Syrian and anti-Iraqi militias, 'Syrian' rebels, the ‘Iraqi’ army",
        "Syrian-Iraqi border, al-Syrian Raqqa, Deir Ezzor's Syrian",
        "SYRIAN, Syrians, Syrian2, Syrian_x, xSyrian, Syrianö, éSyrian, Syrian’s",
        "U.S.-backed Syrian Democratic Forces, Mr. Syrian",
        "#Syrian refugees, @Iraqi_army",
        "Syrian",
    ],
)
def test_demonyms_are_whole_capitalised_words_read_off_the_runs(text, gaz):
    whole_words = re.findall(r"(?<!\w)[A-Z][a-z]+(?!\w)", text)
    expected = {gaz.demonyms[w.lower()] for w in whole_words if w.lower() in gaz.demonyms}
    assert mentions.read_mentions(text, gaz)[1] == expected


@pytest.mark.parametrize(
    "text, name, reason",
    [
        ("Fighters were captured in Syria.", "Syria", MentionReason.NONE),
        ("US-led forces advanced.", "US", MentionReason.MODIFIER),
        ("Russia said the talks had failed.", "Russia", MentionReason.ACTOR),
        ("Russia's concern grew.", "Russia", MentionReason.POSSESSIVE),
        ("The group has branches outside Iraq and Syria.", "Syria", MentionReason.OUTSIDE),  # the list too
    ],
)
def test_a_mention_says_why_it_is_not_mapped_in_the_one_vocabulary(text, name, reason, gaz):
    m = next(m for m in find_mentions(text, gaz) if m.text == name)
    assert (m.mappable, m.reason) == (reason is MentionReason.NONE, reason)
    assert type(m.reason) is MentionReason  # never a free string


# The C matcher of the capital runs (geo/extract/_wordscan.c) against the pattern it stands in for: the same
# runs, each with where its second word starts, on made-up texts of every choice the pattern makes.
_C_RUNS = runs._RUN_TABLE is not None
_RUN_PIECES = [
    *["A", "S", "M", "F", "St", "Ste", "Mt", "Ft", "Mte", "U", "X.", "Deir", "Ezzor", "O", "Brien", "Al"],
    *["al", "ez", "de", "del", "della", "of", "upon", "the", "abc", "abcd", "s", "t", "e"],
    *[
        "İ",
        "É",
        "é",
        "Ḥ",
        "ḥ",
        "Ж",
        "ж",
        "1",
        "_",
        ".",
        ". ",
        " ",
        "  ",
        "\t",
        "\n",
        " \n ",
        "\n\n",
        "\u00a0",
    ],
    *["'", "’", "'s", "’s", "-", "-A", "@", "#", ",", "("],
]


@pytest.mark.skipif(not _C_RUNS, reason="the C matcher is not built (scripts/build_native.py)")
@pytest.mark.parametrize(
    "text",
    [
        "St. Louis and Ste. Marie, Mt. Hood, Ft. Worth; Mte. Rosa; St. louis, St.Louis, St.  \nLouis",
        "U.S. and U.N.E.S.C.O. staff, the U.S.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V. chain, U.2",
        "Deir ez-Zor, Deir al Zor, Puerta del Sol, Abu Bakr al-Baghdadi, Ras al-Ain2, Tal Abyad_",
        "O'Brien's men, O’Neill, Syria's and Syria’s, D'Souza2, O'Brien-Smith, Al-Bab-e-Kabir",
        "Kyiv2 and Kyiv_ and Raqqa\u00a0Province, Deir\nEzzor, Deir\n\nEzzor, Deir \t\n\t Ezzor",
        "Ébola Ḥama İdlib Жitomir, @Raqqa #Mosul -Homs 'Hama ’Aleppo aRaqqa",
        "A of B della C upon D, E of the F, G del la H, I ab-Cd ef-Gh, J abcd-Ef",
    ],
)
def test_c_runs_are_those_the_pattern_finds(text):
    expected = [(m.start(), m.end(), m.start("more")) for m in runs._CAPITAL_RUN.finditer(text)]
    assert runs._WORDSCAN.capital_runs(runs._RUN_TABLE, text) == expected


@pytest.mark.skipif(not _C_RUNS, reason="the C matcher is not built")
@pytest.mark.parametrize("seed", range(4))
def test_c_runs_are_those_the_pattern_finds_in_any_text(seed):
    import random

    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(_RUN_PIECES) for _ in range(rng.randint(1, 30)))
        expected = [(m.start(), m.end(), m.start("more")) for m in runs._CAPITAL_RUN.finditer(text)]
        assert runs._WORDSCAN.capital_runs(runs._RUN_TABLE, text) == expected, text


@pytest.mark.skipif(not _C_RUNS, reason="the C matcher is not built")
def test_a_chain_too_long_for_the_c_matcher_is_read_by_the_pattern():
    text = "In " + " ".join(["Raqqa"] * 400) + "2 and Mosul."
    assert runs._WORDSCAN.capital_runs(runs._RUN_TABLE, text) is None  # handed back to re
    assert runs.find_runs(text) == [(m.start(), m.end(), m.start("more")) for m in runs.RUN.finditer(text)]


def test_the_letters_of_the_run_classes_are_those_the_c_matcher_is_given():
    # (it keeps the letters below U+2000 only)
    beyond = re.compile(f"[{runs._UP}{runs._LO}]")
    assert not any(beyond.match(chr(c)) for c in range(runs._CLASS_LIMIT, sys.maxunicode + 1))


@pytest.mark.parametrize(
    "text",
    [
        "Springfield, Ill., and Walker County (Ga.) and Austin,Texas; Portland, Ore. Salem, Mass.",
        "Dallas,  \tTex. then Boise, Ida., a town, 2017, Calif.x and Reno, Nev",
        "Washington, D.C., and Fargo, N.D. and Fargo, N.Dak., and , Miss., (Ala.)",
    ],
)
def test_state_abbreviations_are_those_the_plain_alternation_finds(text):
    from geo.extract import abbreviations
    from geo.extract.lexicon import STATE_ABBREVIATIONS

    plain = re.compile(
        r",[ \t]*("
        + "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
        + r")(?![\w.])"
    )
    copy = text.replace("(", ",")
    assert [m.span(1) for m in abbreviations._STATE_ABBR.finditer(copy)] == [
        m.span(1) for m in plain.finditer(copy)
    ]
    assert any(True for _ in plain.finditer(copy))  # (each text holds some)


@pytest.mark.parametrize("seed", range(3))
def test_runs_are_those_the_run_pattern_finds_in_any_text(seed):
    import random

    # (not "Mte.": the capitals' pattern reads "Mte." and "Fte." as "Mt." is read, RUN does not)
    pieces = [p for p in _RUN_PIECES if p != "Mte"] + ["al-", "ez-Z", "e-A", "-Qaim", "abc-D"]
    rng = random.Random(seed)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(30))
        expected = [(m.start(), m.end(), m.start("more")) for m in runs.RUN.finditer(text)]
        assert runs.find_runs(text) == expected, text
