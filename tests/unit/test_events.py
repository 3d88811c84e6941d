from datetime import date

import pytest

from geo.extract.pipeline import extract_corpus, extract_events
from geo.sources.articles import Article

TEXT = (
    "IS lost control of Raqa on October 17, 2017 after a long battle.\n\n"
    "Fighters remain in Syria, officials said.\n\n"
    "On Saturday forces entered Baghuz. That same day, a strike hit some 40 miles northwest of Tikrit."
)


def article(published=date(2017, 12, 12)):
    return Article(
        id="a1",
        text=TEXT,
        title="T",
        publisher="P",
        url="https://example.org/x",
        published=published,
    )


def test_each_place_is_dated_by_its_sentence_or_by_publication(gaz):
    got = [
        (e.mention, str(e.date_start), e.date_precision, e.date_basis) for e in extract_events(article(), gaz)
    ]
    assert got == [
        ("Raqa", "2017-10-17", "day", "text"),
        ("Syria", "2017-12-12", "day", "publication"),
        ("Baghuz", "2017-12-09", "day", "text"),
        (
            "40 miles northwest of Tikrit",
            "2017-12-09",
            "day",
            "text",
        ),  # "That same day"
    ]


def test_without_publication_date_no_date_is_invented(gaz):
    got = {e.mention: (e.date_start, e.date_basis) for e in extract_events(article(None), gaz)}
    assert got["Raqa"] == (date(2017, 10, 17), "text")  # explicit date still resolves
    assert got["Syria"] == (None, None)
    assert got["Baghuz"] == (
        None,
        None,
    )  # "On Saturday" cannot be placed without a publication date


def test_excerpt_and_mention_are_exactly_the_article_words(gaz):
    fc = extract_corpus([article()], gaz)
    for f in fc["features"]:
        p = f["properties"]
        assert TEXT[p["mention_start"] : p["mention_end"]] == p["mention"]
        assert TEXT[p["excerpt_start"] : p["excerpt_end"]] == p["excerpt"]
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert p["source"] == {
            "id": "a1",
            "title": "T",
            "publisher": "P",
            "url": "https://example.org/x",
            "published": "2017-12-12",
        }


def test_same_input_gives_same_ids(gaz):
    first = [f["id"] for f in extract_corpus([article()], gaz)["features"]]
    assert first == [f["id"] for f in extract_corpus([article()], gaz)["features"]]
    assert len(set(first)) == len(first)


STORY = (
    "Militants attacked Raqqa on Sunday, officials said.\n\n"
    "Security forces later shelled positions near Mosul.\n\n"
    "Life in Tikrit has been hard for years.\n\n"
    "In 2014 the group overran Baghuz. Fighters then moved toward Raqa."
)


def test_a_sentence_without_a_date_inherits_the_date_in_force_until_the_time_shifts(gaz):
    a = Article(id="s1", text=STORY, published=date(2017, 12, 12))  # a Tuesday
    got = {e.mention: (str(e.date_start), e.date_basis, e.date_text) for e in extract_events(a, gaz)}
    assert got["Raqqa"] == ("2017-12-10", "text", "Sunday")
    assert got["Mosul"] == ("2017-12-10", "text", "Sunday")  # continues the lead's account
    assert got["Tikrit"] == ("2017-12-12", "publication", None)  # background keeps the publication date
    assert got["Baghuz"][0] == "2014-01-01"
    assert got["Raqa"] == ("2017-12-12", "publication", None)  # "In 2014" moved the story: no inheritance


@pytest.mark.parametrize(
    "second",
    [
        '"We will not leave Mosul," the commander said.',  # a quotation: speech, not the story's time
        "Mosul is now the main front.",  # a description
    ],
)
def test_quotes_and_descriptions_do_not_inherit(gaz, second):
    text = "Militants attacked Raqqa on Sunday.\n\n" + second + "\n\nFighters then moved toward Tikrit."
    a = Article(id="s2", text=text, published=date(2017, 12, 12))
    got = {e.mention: e.date_basis for e in extract_events(a, gaz)}
    assert got["Mosul"] == "publication"
    assert got["Tikrit"] == "text"  # the story goes on after them


def test_an_old_caption_date_does_not_date_the_story(gaz):
    text = "A fighter stands in Raqqa on Nov. 4, 2017. Forces converged on Mosul. On Sunday they shelled Tikrit. Fighters fled Baghuz."
    a = Article(id="s3", text=text, published=date(2017, 12, 12))
    got = {e.mention: e.date_basis for e in extract_events(a, gaz)}
    assert got["Mosul"] == "publication"
    assert got["Baghuz"] == "text"  # a recent day carries on


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence naming the happening before it ("those strikes") goes on with its account, even of a
        # day too long ago to carry the story
        (
            "On Nov. 20, airstrikes hit Raqqa. Three people were killed in those strikes in Mosul, officials said.",
            ("2017-11-20", "text"),
        ),
        ("On Nov. 20, a car bomb hit Raqqa. The same attack wounded 40 in Mosul.", ("2017-11-20", "text")),
        # without the reference it is the story's present again
        (
            "On Nov. 20, airstrikes hit Raqqa. Officials in Mosul reported more clashes.",
            ("2017-12-12", "publication"),
        ),
        # the reference reaches back one sentence only
        (
            "On Nov. 20, airstrikes hit Raqqa. Aid groups warned of hunger. Three died in those strikes in Mosul.",
            ("2017-12-12", "publication"),
        ),
    ],
)
def test_a_sentence_about_the_happening_before_it_takes_its_date(text, expected, gaz):
    a = Article(id="s4", text=text, published=date(2017, 12, 12))
    got = {e.mention: (str(e.date_start), e.date_basis) for e in extract_events(a, gaz)}
    assert got["Mosul"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "December 12, 2017 (MOSUL) – Militants attacked Raqqa on Sunday, officials said.",
        "BAGHDAD, Dec. 12 (Reuters) - Militants attacked Raqqa on Sunday, officials said.",
    ],
)
def test_a_datelines_date_is_when_the_report_was_filed_not_the_story(text, gaz):
    a = Article(id="s5", text=text, published=date(2017, 12, 12))
    got = {e.mention: (str(e.date_start), e.date_text) for e in extract_events(a, gaz)}
    assert got["Raqqa"] == ("2017-12-10", "Sunday")


def test_a_datelines_date_does_not_carry_the_story(gaz):
    # the dateline says when the report was filed: the sentences after the lead are not dated by it
    text = "BAGHDAD, Dec. 11 (Reuters) - Militants stormed Raqqa, officials said.\n\nFighters then moved toward Mosul."
    a = Article(id="s6", text=text, published=date(2017, 12, 12))
    got = {e.mention: (str(e.date_start), e.date_basis) for e in extract_events(a, gaz)}
    assert got["Mosul"] == ("2017-12-12", "publication")


@pytest.mark.parametrize(
    "second, expected",
    [
        # a later sentence that dates the happening the lead told of dates the lead too
        ("The attack took place early on Sunday, officials said.", ("2017-12-10", "text")),
        ("The raid on the city happened on Sunday.", ("2017-12-10", "text")),
        # (the day after those words, whatever older date the sentence goes on to give)
        (
            "In a statement on Monday, officials said the attack took place early on Sunday, weeks after "
            "the truce of November 2016.",
            ("2017-12-10", "text"),
        ),
        # "Sunday's attack": the day the story gives the happening, whatever the rest of the sentence says
        ("Sunday's attack hit three villages nearby, the ministry said.", ("2017-12-10", "text")),
        ("Officials said Saturday’s deadly raid left dozens homeless.", ("2017-12-09", "text")),
        # ... but not a date of something else
        ("Aid groups warned of hunger on Sunday.", ("2017-12-12", "publication")),
        ("Sunday's meeting of the council was called off.", ("2017-12-12", "publication")),
    ],
)
def test_a_lead_without_a_date_takes_the_day_the_story_gives_its_happening(second, expected, gaz):
    text = "Militants stormed Mosul, killing 30 people.\n\n" + second
    a = Article(id="s7", text=text, published=date(2017, 12, 12))
    got = {e.mention: (str(e.date_start), e.date_basis) for e in extract_events(a, gaz)}
    assert got["Mosul"] == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        # a lead dated only by its statement takes the day the next dated sentence gives the attack
        ("The gunmen stormed the market on Sunday.", ("2017-12-10", "Sunday")),
        ("The group caused damage in attacks it carried out on Sunday.", ("2017-12-10", "Sunday")),
        ("On Saturday night, fighters raided two villages nearby.", ("2017-12-09", "Saturday")),
        # ... not a day of something before the story, nor of something that is no attack
        ("On Sunday the army had attacked a convoy nearby.", ("2017-12-11", "Monday")),
        ("Aid groups met on Sunday to plan deliveries.", ("2017-12-11", "Monday")),
    ],
)
def test_a_lead_dated_by_its_statement_takes_the_day_of_the_attack(second, expected, gaz):
    text = "Gunmen killed 18 civilians in Mosul, a rights group said on Monday.\n\n" + second
    a = Article(id="s8", text=text, published=date(2017, 12, 12))
    got = {e.mention: (str(e.date_start), e.date_text) for e in extract_events(a, gaz)}
    assert got["Mosul"] == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        # a sentence that speaks of the happening is dated by it, not by the statement that tells of it
        (
            "Bodies lay in the streets of Raqqa after the attack, an official told radio on Monday.",
            "2017-12-10",
        ),
        # ... a sentence of something else keeps its statement's day
        ("Police said on Monday they arrested five suspects in Raqqa.", "2017-12-11"),
    ],
)
def test_a_statement_about_the_happening_takes_the_day_in_force(second, expected, gaz):
    text = "Gunmen attacked Mosul early on Sunday, killing 20 people.\n" + second
    a = Article(id="s9", text=text, published=date(2017, 12, 12))
    got = {e.mention: str(e.date_start) for e in extract_events(a, gaz)}
    assert got["Raqqa"] == expected


def dated(text, gaz, published=date(2017, 12, 12)):
    """Each place mention of ``text`` with the interval it is dated by (published on a Tuesday)."""
    a = Article(id="d1", text=text, published=published)
    return {e.mention: (str(e.date_start), str(e.date_end)) for e in extract_events(a, gaz)}


MONDAY = ("2017-12-11", "2017-12-11")


@pytest.mark.parametrize(
    "text, place, expected",
    [
        # the clause a place sits in: the visit to Mosul came two days before Monday's bombing of Raqqa
        (
            "A bomb hit Raqqa on Monday, two days after the minister visited Mosul.",
            "Mosul",
            ("2017-12-09", "2017-12-09"),
        ),
        ("A bomb hit Raqqa on Monday, two days after the minister visited Mosul.", "Raqqa", MONDAY),
        # counted from the date in force of the story, not from publication
        (
            "Militants attacked Raqqa on Sunday.\n\nA day earlier, jets struck Mosul.",
            "Mosul",
            ("2017-12-09", "2017-12-09"),
        ),
        (
            "Militants attacked Raqqa on Sunday.\n\nHours later a second bomb hit Mosul.",
            "Mosul",
            ("2017-12-10", "2017-12-10"),
        ),
        # ... and from the only day the sentence before tells, however long ago
        (
            "Militants ambushed a convoy near Raqqa on 20 November, killing 20.\n\nA week earlier, jets struck Mosul.",
            "Mosul",
            ("2017-11-13", "2017-11-13"),
        ),
        (
            "Militants ambushed a convoy near Raqqa on 20 November. Two days later, jets struck Mosul.",
            "Mosul",
            ("2017-11-22", "2017-11-22"),
        ),
        # "overnight" in a sentence dated Monday: from Sunday evening to Monday morning
        (
            "On Monday, officials said 12 died in overnight clashes in Tikrit.",
            "Tikrit",
            ("2017-12-10", "2017-12-11"),
        ),
        # a happening that went on overnight: into the night after the day told before it ...
        (
            "Rebels stormed Raqqa on Sunday.\n\nClashes continued around Mosul overnight, residents said.",
            "Mosul",
            ("2017-12-10", "2017-12-11"),
        ),
        (
            "Rebels stormed Raqqa on Sunday. Overnight, the shelling went on in Mosul.",
            "Mosul",
            ("2017-12-10", "2017-12-11"),
        ),
        (
            "Rebels stormed Raqqa on Sunday and fighting raged in Mosul throughout the night.",
            "Mosul",
            ("2017-12-10", "2017-12-11"),
        ),
        # ... but the night before a day told after it, or before the report with no day told
        (
            "Fighting continued overnight in Mosul, the army said on Monday.",
            "Mosul",
            ("2017-12-10", "2017-12-11"),
        ),
        ("Fighting continued overnight in Mosul, the army said.", "Mosul", ("2017-12-11", "2017-12-12")),
        # a happening overnight that did not go on: the night before the day in force
        (
            "Rebels stormed Raqqa on Sunday.\n\nJets bombed Mosul overnight, residents said.",
            "Mosul",
            ("2017-12-09", "2017-12-10"),
        ),
        # a statement date gives way to the sentence's date of the happening
        (
            "Gunmen who attacked Baghuz on Sunday were caught, police said on Monday.",
            "Baghuz",
            ("2017-12-10", "2017-12-10"),
        ),
        (
            "Police said on Monday that gunmen attacked Baghuz on Sunday.",
            "Baghuz",
            ("2017-12-10", "2017-12-10"),
        ),
    ],
)
def test_each_place_takes_the_date_that_governs_it(gaz, text, place, expected):
    assert dated(text, gaz)[place] == expected


def test_a_statement_date_does_not_move_the_story(gaz):
    text = (
        "Militants attacked farmers near Raqqa on Sunday.\n\n"
        "A survivor who confirmed the attack on Monday said many were missing.\n\n"
        "The gunmen then stormed a market in Mosul."
    )
    assert dated(text, gaz)["Mosul"] == ("2017-12-10", "2017-12-10")  # still Sunday's attack


@pytest.mark.parametrize(
    "statement",
    [
        # who said, by name or by outlet, between the speech verb and the date
        '"We ran," said 60-year-old Amina Musa on Monday.',
        "An official told Radio Dalsan on Monday that many were missing.",
        "The mayor told a local radio station on Monday that many were missing.",
        "Residents told Reuters by phone on Monday that the town was quiet.",
        "The army said in a statement on Monday that it had sent reinforcements.",
        "The attack was the deadliest since 2007, an official said on Al Iraqiya TV on Monday.",
        # a comparison across the years is no time of the story either
        "It was the worst attack on the area since 2014.",
    ],
)
def test_a_statement_by_name_or_outlet_does_not_move_the_story(statement, gaz):
    text = f"Militants attacked farmers near Raqqa on Sunday.\n\n{statement}\n\nThe gunmen then stormed a market in Mosul."
    assert dated(text, gaz)["Mosul"] == ("2017-12-10", "2017-12-10")  # still Sunday's attack


def test_a_date_after_a_clause_does_not_move_the_story(gaz):
    text = "A truck bomb hit Raqqa on Sunday.\n\nIt came two days after a visit by the minister.\n\nRescuers reached Mosul."
    assert dated(text, gaz)["Mosul"] == ("2017-12-10", "2017-12-10")


@pytest.mark.parametrize(
    "second",
    [
        "Three days of mourning have been declared after the attack, which also wounded 20 people in Mosul.",
        "It was the deadliest attack on Mosul since 2007.",
    ],
)
def test_background_that_tells_more_of_the_happening_takes_its_day(second, gaz):
    text = f"Militants attacked farmers near Raqqa on Sunday.\n\n{second}"
    assert dated(text, gaz)["Mosul"] == ("2017-12-10", "2017-12-10")


def test_a_statement_alone_still_dates_its_sentence(gaz):
    assert dated("Police said on Monday that Mosul was quiet.", gaz)["Mosul"] == MONDAY


@pytest.mark.parametrize(
    "headline, expected",
    [
        # a headline tells the lead's story: it takes the lead's date
        ("Shells hit market in Mosul, killing five", ("2017-12-11", "2017-12-11")),
        # in title case too, where its words are no names ("Shells", "Hit" the word, not the town)
        ("Five Killed as Shells Hit Mosul Market", ("2017-12-11", "2017-12-11")),
        # a first line that ends with a stop is a sentence of its own, not a headline
        ("Shelling hit Mosul again.", ("2017-12-12", "2017-12-12")),
        # a headline that describes the place is background
        ("Mosul Is the Largest City of the North", ("2017-12-12", "2017-12-12")),
    ],
)
def test_a_headline_takes_the_date_of_its_lead(gaz, headline, expected):
    text = headline + "\n\nShells struck a market in Raqqa on Monday, killing five people, officials said."
    assert dated(text, gaz)["Mosul"] == expected


@pytest.mark.parametrize(
    "between",
    [
        "\n",  # the lead on the line after the headline
        "\nFighters patrol a street in the city, file photo\n",  # ... or after a photo's caption line
    ],
)
def test_a_headline_on_its_own_line_takes_the_date_of_its_lead(gaz, between):
    text = (
        "Shells hit market in Mosul, killing five"
        + between
        + ("Shells struck a market in Raqqa on Monday, killing five people, officials said.")
    )
    assert dated(text, gaz)["Mosul"] == MONDAY


def test_a_first_line_followed_by_more_than_a_caption_is_no_headline(gaz):
    text = (
        "Shells hit market in Mosul, killing five\nAid groups warned of hunger in the region\n"
        "Shells struck a market in Raqqa on Monday, killing five people, officials said."
    )
    assert dated(text, gaz)["Mosul"] == ("2017-12-12", "2017-12-12")


def test_a_photo_caption_between_headline_and_lead_does_not_part_them(gaz):
    text = (
        "Shells hit market in Mosul, killing five\n\n"
        "Troops patrol a street on March 7, 2016. Photo: A. Reporter/Reuters\n\n"
        "Shells struck a market in Raqqa on Monday, killing five people, officials said."
    )
    assert dated(text, gaz)["Mosul"] == MONDAY
