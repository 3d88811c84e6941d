import pytest

from geo.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gen. Joseph Dunford spoke. He left.",
            ["Gen. Joseph Dunford spoke.", "He left."],
        ),  # title
        (
            "On Nov. 3, forces took it. Then more.",
            ["On Nov. 3, forces took it.", "Then more."],
        ),  # month
        (
            "U.S. troops left. Iraqi forces stayed.",
            ["U.S. troops left.", "Iraqi forces stayed."],
        ),  # initialism
        (
            "Col. Ryan Dillon said so. Maj. Gen. Gersten agreed.",
            ["Col. Ryan Dillon said so.", "Maj. Gen. Gersten agreed."],
        ),
        (
            "It began at 9 a.m. Tuesday in Raqqa. Then it ended.",
            ["It began at 9 a.m. Tuesday in Raqqa.", "Then it ended."],
        ),
        (
            'He said "it is over." The war went on.',
            ['He said "it is over."', "The war went on."],
        ),
        (
            "Jakarta Post\nForeign fighters escaped",
            ["Jakarta Post", "Foreign fighters escaped"],
        ),  # headline line
        (
            "Story highlights\n\nSome fighters were captured",
            ["Story highlights", "Some fighters were captured"],
        ),
        (
            "John F. Kennedy spoke. The meeting ended inconclusively. Delegates left.",
            ["John F. Kennedy spoke.", "The meeting ended inconclusively.", "Delegates left."],
        ),  # an initial; a long word before the dot
        (
            "The gov't. Officials said so. It was 2017. Then it ended.",
            ["The gov't. Officials said so.", "It was 2017.", "Then it ended."],
        ),  # an abbreviation with an apostrophe; a number before the dot
    ],
)
def test_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_wrapped_line_stays_one_sentence_and_offsets_are_exact():
    text = "A Syrian pro-government forces member flashes the sign for victory in the eastern city of Deir\nEzzor on Nov. 4, 2017, officials said."
    sents = split_sentences(text)
    assert len(sents) == 1
    assert all(text[s.start : s.end] == s.text for s in sents)
