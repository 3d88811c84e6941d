import pytest

from geo.mentions import find_mentions


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
