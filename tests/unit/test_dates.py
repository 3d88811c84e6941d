import re
from datetime import date

import pytest

from geo.extract import datescan
from geo.extract.dates import find_dates

PUB = date(2017, 12, 12)  # a Tuesday


def one(text, pub=PUB):
    found = find_dates(text, pub)
    assert len(found) == 1, found
    d = found[0]
    return d.text, str(d.date_start), str(d.date_end), d.precision


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wed, November 15, 2017 / 05:17 am",
            ("Wed, November 15, 2017", "2017-11-15", "2017-11-15", "day"),
        ),
        (
            "3 min read 28 December, 2017",
            ("28 December, 2017", "2017-12-28", "2017-12-28", "day"),
        ),
        (
            "On Nov. 3, regime forces took",
            ("Nov. 3", "2017-11-03", "2017-11-03", "day"),
        ),
        (
            "evacuated the city on October 14 under",
            ("October 14", "2017-10-14", "2017-10-14", "day"),
        ),
        # a day after publication's month-day means last year: the latest such date on or before publication
        ("it began on December 20", ("December 20", "2016-12-20", "2016-12-20", "day")),
        (
            "an official told CNN on Tuesday",
            ("Tuesday", "2017-12-12", "2017-12-12", "day"),
        ),  # publication day
        ("Russia said on Wednesday", ("Wednesday", "2017-12-06", "2017-12-06", "day")),
        # what is to come: the first such day from publication on
        ("the minister will travel to Ankara on Monday", ("Monday", "2017-12-18", "2017-12-18", "day")),
        ("Talks are due to resume on Thursday", ("Thursday", "2017-12-14", "2017-12-14", "day")),
        ("The council will meet on Tuesday", ("Tuesday", "2017-12-12", "2017-12-12", "day")),
        ("the governor will visit Gusau on 20 December", ("20 December", "2017-12-20", "2017-12-20", "day")),
        ("talks are due to resume on January 8", ("January 8", "2018-01-08", "2018-01-08", "day")),
        ("the talks resumed on January 8", ("January 8", "2017-01-08", "2017-01-08", "day")),
        # ... but a speech verb after "will" dates the speaking
        ("Troops will withdraw, the minister said on Monday", ("Monday", "2017-12-11", "2017-12-11", "day")),
        # ... and a clause that ended does not carry it
        ("They will fight. Jets struck on Monday", ("Monday", "2017-12-11", "2017-12-11", "day")),
        (
            "expelled from Raqa last month",
            ("last month", "2017-11-01", "2017-11-30", "month"),
        ),
        (
            "told CNN last week that",
            ("last week", "2017-12-04", "2017-12-10", "week"),
        ),  # Monday to Sunday before
        (
            "This week, the UAE banned",
            ("This week", "2017-12-11", "2017-12-12", "week"),
        ),
        (
            "suggested earlier this month",
            ("earlier this month", "2017-12-01", "2017-12-12", "month"),
        ),
        # days of two months joined by a dash, as a situation report's period: one span
        (
            "during the reporting period (29 November - 5 December)",
            ("29 November - 5 December", "2017-11-29", "2017-12-05", "range"),
        ),
        ("Dec. 28 - Jan. 3, 2016", ("Dec. 28 - Jan. 3, 2016", "2015-12-28", "2016-01-03", "range")),
        ("from 3 May - 5 May", ("3 May - 5 May", "2017-05-03", "2017-05-05", "range")),
        # a month of last year, or of this year: that month, not the whole year
        (
            "In February last year, rebels took",
            ("In February last year", "2016-02-01", "2016-02-29", "month"),
        ),
        ("the siege began in March this year", ("in March this year", "2017-03-01", "2017-03-31", "month")),
        ("in December last year", ("in December last year", "2016-12-01", "2016-12-31", "month")),
        ("said in October that", ("in October", "2017-10-01", "2017-10-31", "month")),
        (
            "since the start of November",
            ("since the start of November", "2017-11-01", "2017-12-12", "range"),
        ),
        (
            "From Friday to Sunday the coalition",
            ("From Friday to Sunday", "2017-12-08", "2017-12-10", "range"),
        ),
        (
            "by late February and early March",
            ("late February and early March", "2017-02-19", "2017-03-10", "range"),
        ),
        (
            "strikes since 2014 when",
            ("since 2014", "2014-01-01", "2017-12-12", "range"),
        ),
        (
            "in December 2015 the group",
            ("December 2015", "2015-12-01", "2015-12-31", "month"),
        ),
        ("in 2015 the group", ("in 2015", "2015-01-01", "2015-12-31", "year")),
        (
            "within the past year",
            ("the past year", "2016-12-12", "2017-12-12", "range"),
        ),
        ("two days ago", ("two days ago", "2017-12-10", "2017-12-10", "day")),
        # "Last Tuesday" opening a sentence, published on a Tuesday: the week before
        ("Last Tuesday, rebels", ("Last Tuesday", "2017-12-05", "2017-12-05", "day")),
        # opening a sentence, and "since": "Two months since rebels took the town" dates the taking
        ("Two days ago, fighting", ("Two days ago", "2017-12-10", "2017-12-10", "day")),
        ("Two months since rebels took it", ("Two months since", "2017-10-01", "2017-10-31", "month")),
        ("yesterday", ("yesterday", "2017-12-11", "2017-12-11", "day")),
        # opening a sentence as well as inside it; "this morning" is the publication day
        ("Last night around 9pm, gunmen", ("Last night", "2017-12-11", "2017-12-11", "day")),
        ("This morning, a car bomb", ("This morning", "2017-12-12", "2017-12-12", "day")),
        ("exploded this evening near", ("this evening", "2017-12-12", "2017-12-12", "day")),
        # the night before, as "overnight"; "the night of" a day is dated by its day
        ("shelled the city all night, the", ("all night", "2017-12-11", "2017-12-12", "range")),
        ("During the night, drones hit", ("During the night", "2017-12-11", "2017-12-12", "range")),
        ("during the night of December 3 drones", ("December 3", "2017-12-03", "2017-12-03", "day")),
        ("mid-2016", ("mid-2016", "2016-05-02", "2016-08-31", "range")),
        # two months joined: one span (the latest ending by publication, or in the year given)
        ("between March and May the group", ("between March and May", "2017-03-01", "2017-05-31", "range")),
        (
            "from November to January 2016",
            ("from November to January 2016", "2015-11-01", "2016-01-31", "range"),
        ),
        ("on 2017-10-17 at dawn", ("2017-10-17", "2017-10-17", "2017-10-17", "day")),
        # a weekday before an explicit day is part of it, not "last Tuesday"
        (
            "on Tuesday, October 17, officials said",
            ("Tuesday, October 17", "2017-10-17", "2017-10-17", "day"),
        ),
        ("on Monday (Oct. 16) they left", ("Monday (Oct. 16", "2017-10-16", "2017-10-16", "day")),
        # ... unless only its month slipped: the weekday and the day of the month agree on last Monday
        ("On Monday, November 11, drones hit", ("Monday, November 11", "2017-12-11", "2017-12-11", "day")),
        # (where they agree on no day near publication, the explicit day stands)
        ("on Monday, October 17, they left", ("Monday, October 17", "2017-10-17", "2017-10-17", "day")),
    ],
)
def test_expression_is_normalised_against_publication(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fighters may have escaped and may return",  # "may" the verb
        "Most of the fighters had been killed",  # "Most" is not a month or a date
        "more than 3,000 civilians",  # a count, not a year
        "40,000 foreign fighters from 120 different countries",  # counts
        "March on, they said",  # sentence-initial "March" without a date cue
        "May the talks succeed, he said",  # "May" the verb opening a sentence
        "June Kamara, a nurse, said",  # "June" the name
        "about 2015 fighters",  # a bare number before a noun
    ],
)
def test_not_a_date(text):
    assert find_dates(text, PUB) == []


SAT_SUN = ("2017-12-09", "2017-12-10", "range")  # the weekend before the Tuesday of publication


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen stormed two jails over the weekend, police said", ("over the weekend", *SAT_SUN)),
        ("The bloody weekend left the capital in shock", ("weekend", *SAT_SUN)),  # an adjective between
        ("Protests spread last weekend to the south", ("last weekend", *SAT_SUN)),
        ("Fighting on Saturday and Sunday killed nine", ("Saturday and Sunday", *SAT_SUN)),
        (
            "Raids on Thursday and Friday hit the port",
            ("Thursday and Friday", "2017-12-07", "2017-12-08", "range"),
        ),
    ],
)
def test_two_days_and_weekends_are_one_span(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "published, text, expected",
    [
        # read on a Sunday, "this weekend" is the one under way; "last weekend" the one before
        (
            date(2017, 12, 10),
            "Shelling this weekend hit the town",
            ("this weekend", "2017-12-09", "2017-12-10", "range"),
        ),
        (
            date(2017, 12, 10),
            "Shelling last weekend hit the town",
            ("last weekend", "2017-12-02", "2017-12-03", "range"),
        ),
        # read on a Saturday, the weekend so far is that one day
        (
            date(2017, 12, 9),
            "Shelling over the weekend hit",
            ("over the weekend", "2017-12-09", "2017-12-09", "range"),
        ),
    ],
)
def test_a_weekend_is_read_from_the_day_of_publication(published, text, expected):
    assert one(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks are planned for next weekend in Geneva",  # to come, not a happening
        "Weekend markets reopened",  # no determiner: a kind of market, not a date
        "weekend shifts were cancelled",
    ],
)
def test_a_weekend_that_is_no_date(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "since X" runs from X to publication, whatever form X takes
        (
            "Clashes have raged since Thursday, medics said",
            ("since Thursday", "2017-12-07", "2017-12-12", "range"),
        ),
        (
            "the siege in place since September 16",
            ("since September 16", "2017-09-16", "2017-12-12", "range"),
        ),
        ("displaced since August 2016", ("since August 2016", "2016-08-01", "2017-12-12", "range")),
        ("a truce broken since last month", ("since last month", "2017-11-01", "2017-12-12", "range")),
        (
            "since Tuesday, December 5, the",
            ("since Tuesday, December 5", "2017-12-05", "2017-12-12", "range"),
        ),
        # "between X and Y", "from X to Y": the first day of one to the last of the other
        (
            "strikes between May 3 and June 1 hit",
            ("between May 3 and June 1", "2017-05-03", "2017-06-01", "range"),
        ),
        (
            "from October 2 to October 9, militias",
            ("from October 2 to October 9", "2017-10-02", "2017-10-09", "range"),
        ),
        (
            "between 2014 and 2016 the group held",
            ("between 2014 and 2016", "2014-01-01", "2016-12-31", "range"),
        ),
        (
            "from August 2015 until March 2016",
            ("from August 2015 until March 2016", "2015-08-01", "2016-03-31", "range"),
        ),
    ],
)
def test_since_between_and_from_to_make_spans(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a month ending its sentence is still a month (it fell back to the day of publication)
        ("Shelling hit the town in October.", ("in October", "2017-10-01", "2017-10-31", "month")),
        ("Shelling hit the town in early November.", ("early November", "2017-11-01", "2017-11-10", "range")),
        ("Shelling hit the town in mid-November.", ("mid-November", "2017-11-11", "2017-11-20", "range")),
        ("Shelling hit the town in late-November", ("late-November", "2017-11-21", "2017-11-30", "range")),
        (
            "Shelling hit the town at the end of November.",
            ("at the end of November", "2017-11-21", "2017-11-30", "range"),
        ),
        # ... and so is a month before a comma and a count, which is no day ("In October, 22 civilians")
        ("In October, 22 civilians were killed.", ("In October", "2017-10-01", "2017-10-31", "month")),
        ("In October, 220 civilians fled.", ("In October", "2017-10-01", "2017-10-31", "month")),
        ("Mid-June, fighters took the town", ("Mid-June", "2017-06-11", "2017-06-20", "range")),
        # "later in the day": the same day (here publication's, with no date before it)
        ("Later in the day, troops arrived", ("Later in the day", "2017-12-12", "2017-12-12", "day")),
        # a span of months, its "from" read as the first month's cue
        (
            "from June to August, fighting spread",
            ("from June to August", "2017-06-01", "2017-08-31", "range"),
        ),
        # a cue opening the sentence makes a month of a word that may be a name or a verb
        ("In June, the rebels attacked.", ("In June", "2017-06-01", "2017-06-30", "month")),
        ("Since May, fighters have held it.", ("Since May", "2017-05-01", "2017-12-12", "range")),
        ("In October, 2016, the town fell.", ("October, 2016", "2016-10-01", "2016-10-31", "month")),
        # "since <month>" runs to publication, as "since <day>" does
        ("Detained since October, he", ("since October", "2017-10-01", "2017-12-12", "range")),
        (
            "Fighting has raged since the end of October.",
            ("since the end of October", "2017-10-21", "2017-12-12", "range"),
        ),
        # days of one month, one span
        ("Shelling on Nov. 3-5 killed", ("Nov. 3-5", "2017-11-03", "2017-11-05", "range")),
        ("clashes from 3 to 5 November", ("3 to 5 November", "2017-11-03", "2017-11-05", "range")),
        (
            "talks on 29 and 30 December 2016",
            ("29 and 30 December 2016", "2016-12-29", "2016-12-30", "range"),
        ),
        ("from December 10 to 14, raids", ("December 10 to 14", "2017-12-10", "2017-12-14", "range")),
        # hours back are whole days back
        ("Shelling hit the town 48 hours ago.", ("48 hours ago", "2017-12-10", "2017-12-10", "day")),
        ("Shelling in the past 24 hours killed", ("the past 24 hours", "2017-12-11", "2017-12-12", "range")),
        # a night from one day into the next
        (
            "Shelling on the night of Saturday to Sunday killed",
            ("Saturday to Sunday", "2017-12-09", "2017-12-10", "range"),
        ),
        # "the previous day" with no date before it: the day before publication (counted again from the
        # story's date in force by the events stage)
        ("Shelling hit the town the previous day.", ("the previous day", "2017-12-11", "2017-12-11", "day")),
    ],
)
def test_months_parts_and_day_ranges(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text", ["The score was Nov. 5-2 at the end", "on 30-31 February 2017 nothing"])
def test_impossible_day_ranges_are_no_dates(text):
    assert [d.text for d in find_dates(text, PUB) if "-" in d.text] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a "since" that would start after publication is no span: the date stays as it is
        ("rebuilt since March 2019", [("March 2019", "2019-03-01", "2019-03-31", "month")]),
        # "from" without a closing date is only the first date
        (
            "from Monday, and on Tuesday",
            [("Monday", "2017-12-11", "2017-12-11", "day"), ("Tuesday", "2017-12-12", "2017-12-12", "day")],
        ),
    ],
)
def test_words_that_make_no_span(text, expected):
    assert [
        (d.text, str(d.date_start), str(d.date_end), d.precision) for d in find_dates(text, PUB)
    ] == expected


SATURDAY = date(2017, 12, 9)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the night before publication: from the evening before to the morning of the day
        ("killed in overnight shelling of the port", ("overnight", "2017-12-08", "2017-12-09", "range")),
        # the night between two days named: that night, whatever the day of the report
        (
            "shelled the port overnight from Wednesday to Thursday",
            ("overnight from Wednesday to Thursday", "2017-12-06", "2017-12-07", "range"),
        ),
        (
            "overnight between Thursday and Friday, drones hit",
            ("overnight between Thursday and Friday", "2017-12-07", "2017-12-08", "range"),
        ),
        # a report dated Saturday (filed west of the fighting) on the early hours of Sunday: the next day
        (
            "drones struck in the early hours of Sunday",
            ("in the early hours of Sunday", "2017-12-10", "2017-12-10", "day"),
        ),
        ("Early on Sunday, rockets hit", ("Early on Sunday", "2017-12-10", "2017-12-10", "day")),
        # any other weekday is the latest on or before publication, as a bare weekday is
        (
            "in the early hours of Thursday",
            ("in the early hours of Thursday", "2017-12-07", "2017-12-07", "day"),
        ),
        ("Early on Saturday morning", ("Early on Saturday", "2017-12-09", "2017-12-09", "day")),
        # counted from publication here (the events stage counts again from the date in force)
        ("Two days later, troops entered", ("Two days later", "2017-12-11", "2017-12-11", "day")),
        ("the town fell a day earlier", ("a day earlier", "2017-12-08", "2017-12-08", "day")),
        ("Hours later, a second bomb", ("Hours later", "2017-12-09", "2017-12-09", "day")),
        # "N days after <something>" dates the something N days before
        ("only six days after a missile hit", ("six days after", "2017-12-03", "2017-12-03", "day")),
        ("a week before the vote", ("a week before", "2017-12-16", "2017-12-16", "day")),
    ],
)
def test_nights_early_hours_and_counted_days(text, expected):
    assert one(text, SATURDAY) == expected


@pytest.mark.parametrize(
    "text, shift",
    [
        ("Two days later", (2, 2)),
        ("a day earlier", (-1, -1)),
        ("three days after", (-3, -3)),
        ("overnight", (-1, 0)),
        # a happening that went on through the night: the night after the day it counts from
        ("fighting continued overnight", (0, 1)),
        ("Overnight, the shelling went on", (0, 1)),
        ("the shelling stopped. Overnight, the town was quiet", (-1, 0)),
    ],
)
def test_a_counted_date_says_how_it_counts(text, shift):
    assert find_dates(text, SATURDAY)[0].shift == shift


def test_two_days_apart_are_two_dates():
    found = find_dates("Strikes on Monday and Thursday hit the port", PUB)
    assert [(d.text, str(d.date_start)) for d in found] == [
        ("Monday", "2017-12-11"),
        ("Thursday", "2017-12-07"),
    ]


def test_that_same_day_takes_the_previous_date():
    found = find_dates("The coalition struck Saturday. That same day, a strike hit near Tikrit.", PUB)
    assert [(d.text, str(d.date_start)) for d in found] == [
        ("Saturday", "2017-12-09"),
        ("That same day", "2017-12-09"),
    ]


def test_without_publication_date_explicit_dates_resolve_and_relative_ones_stay_unresolved():
    found = {d.text: d for d in find_dates("On Nov. 3, 2017 and on Tuesday and last month", None)}
    assert str(found["Nov. 3, 2017"].date_start) == "2017-11-03"
    assert found["Tuesday"].date_start is None and found["Tuesday"].precision is None
    assert found["last month"].date_start is None


def test_impossible_calendar_date_is_ignored():
    assert find_dates("on February 30, 2017", PUB) == []


def plain_scan(text):
    """The date patterns matched at every position of the 45-character windows around trigger words: what
    the scan must find while trying far fewer places."""
    trigger = re.compile(rf"\b(?:{datescan._TRIGGER_WORD.pattern})")
    windows = []
    for t in trigger.finditer(text):
        a, b = max(0, t.start() - 45), t.end() + 45
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    return [
        (m.start(), m.end(), m.lastgroup)
        for a, b in windows
        for m in datescan.SCANNER.finditer(text, a, min(b, len(text)))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wed, November 15, 2017 / 05:17 am and on Nov. 3 regime forces took the town",
        "12th of May, the 1990s, mid-2016, early-March 2015 and late February and early March",
        "lateFebruary 2016 came after earlyJan. 2016",  # the first word holds the trigger
        "In 2015, during 2016, until the year 2017, at the end of 2014 and the start of 2013",
        "that same day, the day before, a day later, at that time, the following day",
        "two weeks ago, several days ago, a few months ago, the past twelve months, last year",
        "Since the last quarter, since the beginning of January, this past Monday, From Friday to Sunday",
        "Yesterday and tonight, earlier this month, later this week, the Mayor said in March",
        "Sunni fighters, Marine units and the Decision Desk, sometimes timely",  # triggers inside words
        "caféday and éFebruary 2016 and «Monday» and “March 2017” and ٣ days ago",  # non-ASCII around
        "2017-10-17 at dawn; 2017.",  # a trigger at the very start
        "the beginning of March 2015, the middle of June, summer of 2015, late-2016, Fall 2014",
        "between Monday and Friday, the previous quarter, Earlier this year, Later this month, Last week",
        "Today, last night, one week ago, nine days ago, eleven weeks ago, five years ago, an year ago",
        "the last two weeks, The next day, A day later, 3 days ago, 40 years ago",
        "At the time, until June, through October, by September, till May, before March, after January",
        "Of 2015, By 2016, Throughout 2017, Before 2012, After 2011, During 2010, Until 2009, End of 2008",
        "overnight, Overnight, in the early hours of Sunday, the small hours of Monday, early on Friday",
        "two days later, a day earlier, hours after, Hours later, six days after, a week before, 3 weeks later",
        "between 2014 and 2016, from 2015 to 2017, From 2010-2012, since Thursday, between May 3 and June 1",
        "over the weekend, the deadly weekend, last weekend, weekends, Saturday and Sunday, Monday & Tuesday",
        "weeks, a week, weekend; 1999, 19999, 2019's toll, 20 people, 1899 and 2100, 201 and 19",  # longest
        "_May 3, x2017, May_3, 2017_, ٣May 3 and 2017٣, İMay 3 and ıMay 4, ΣMay 5",  # word starts
    ],
)
def test_the_scan_finds_what_every_position_of_the_windows_finds(text):
    assert [(m.start(), m.end(), m.lastgroup) for m in datescan._scan(text)] == plain_scan(text)
