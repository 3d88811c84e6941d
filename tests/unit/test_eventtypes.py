"""Event types: a row per ACLED sub-type family with its trigger, background mentions typed None, the
clause rule and who took territory; coreference ("the town") makes an event at the place it refers to."""

import re
from datetime import date

import pytest

from geo.extract.coref import _phrases
from geo.extract.eventtypes import (
    _ARMED_STARTS,
    _ARMED_TARGET,
    _CIVILIAN_STARTS,
    _CIVILIAN_TARGET,
    TRIGGERS,
    _alternatives,
    _first_letters,
    _prefixes,
    classify,
    clause_of,
    event_triggers,
    find_triggers,
    match_starts,
    word_starts,
)
from geo.extract.pipeline import extract_corpus, extract_events
from geo.sources.articles import Article


def kind_of(sentence: str, place: str):
    at = sentence.index(place)
    got = classify(
        sentence, 0, len(sentence), event_triggers(sentence, 0, len(sentence)), at, at + len(place)
    )
    if got.trigger is not None:
        assert sentence[got.trigger_start : got.trigger_end] == got.trigger
    return got.event_type, got.sub_event_type, got.trigger


@pytest.mark.parametrize(
    "sentence, place, expected",
    [
        (
            "Warplanes carried out three airstrikes on Marwa overnight, residents said.",
            "Marwa",
            ("Explosions/Remote violence", "Air/drone strike", "airstrikes"),
        ),
        (
            "A drone strike hit a car near Tallis, killing two men.",
            "Tallis",
            ("Explosions/Remote violence", "Air/drone strike", "drone strike"),
        ),
        (
            "Government forces shelled the outskirts of Vornak for a third day.",
            "Vornak",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled"),
        ),
        (
            "Gunmen Kill 18 Civilians in Vornak Village",  # a headline's present tense
            "Vornak",
            ("Violence against civilians", "Attack", "Kill"),
        ),
        (
            "Thousands of residents have fled Vornak after gunmen killed 20 villagers.",  # displaced, not forces
            "Vornak",
            ("Violence against civilians", "Attack", "killed"),
        ),
        # ... but fighters who fled left the ground to the other side
        (
            "Hundreds of fighters fled Vornak as the army advanced.",
            "Vornak",
            ("Battles", "Government regains territory", "fled"),
        ),
        (
            "Residents said shots were fired near Vornak throughout the morning.",
            "Vornak",
            ("Battles", "Armed clash", "shots were fired"),
        ),
        (
            "Gunmen stabbed a farmer to death in Vornak on Sunday.",
            "Vornak",
            ("Violence against civilians", "Attack", "stabbed"),
        ),
        (
            "Falling debris was recorded in Vornak after the air defence fired.",  # of shot-down missiles
            "Vornak",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Falling debris"),
        ),
        (
            "Tank shells hit homes in Vornak before dawn.",  # the plural noun ("Shell" the company is no shell)
            "Vornak",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shells"),
        ),
        (
            "A missile strike on Dorsk damaged the railway depot.",
            "Dorsk",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack", "missile"),
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Harbel.",
            "Harbel",
            ("Explosions/Remote violence", "Suicide bomb", "suicide bomber"),
        ),
        (
            "A roadside bomb struck a patrol outside Kesso.",
            "Kesso",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED", "roadside bomb"),
        ),
        (
            "Two people were hurt when a grenade was thrown into a bar in Lumo.",
            "Lumo",
            ("Explosions/Remote violence", "Grenade", "grenade"),
        ),
        (
            "Rebels captured the town of Sarvi after two days of fighting.",
            "Sarvi",
            ("Battles", "Non-state actor overtakes territory", "captured"),
        ),
        (
            "Hundreds of militants invaded the Sarvi district at dawn.",
            "Sarvi",
            ("Battles", "Non-state actor overtakes territory", "invaded"),
        ),
        (
            "The army recaptured Belno from the insurgents.",
            "Belno",
            ("Battles", "Government regains territory", "recaptured"),
        ),
        (  # the actor decides, not the verb: troops who seize a town regain it for the state
            "Government troops seized Ostra after a week-long siege.",
            "Ostra",
            ("Battles", "Government regains territory", "seized"),
        ),
        (  # forces that withdraw lose the town to the other side
            "Security forces withdrew from Pelk late at night.",
            "Pelk",
            ("Battles", "Non-state actor overtakes territory", "withdrew"),
        ),
        (
            "Heavy clashes broke out between two militias in Dunmore.",
            "Dunmore",
            ("Battles", "Armed clash", "clashes"),
        ),
        (  # an attack on soldiers is a battle ...
            "Gunmen attacked an army checkpoint in Tavi, officials said.",
            "Tavi",
            ("Battles", "Armed clash", "attacked"),
        ),
        (  # ... an attack on villagers is violence against civilians
            "Gunmen attacked villagers at a market in Osso.",
            "Osso",
            ("Violence against civilians", "Attack", "attacked"),
        ),
        (
            "Twelve students were kidnapped from a school in Raba.",
            "Raba",
            ("Violence against civilians", "Abduction/forced disappearance", "kidnapped"),
        ),
        (
            "Hundreds of people held a protest in Lirra against the new tax.",
            "Lirra",
            ("Protests", "Peaceful protest", "protest"),
        ),
        (
            "Police fired tear gas to disperse a protest in Vessa.",
            "Vessa",
            ("Protests", "Protest with intervention", "protest"),
        ),
        (
            "Rioters torched shops in Ambri.",
            "Ambri",
            ("Riots", "Mob violence", "Rioters"),
        ),
        (
            "The two sides signed a ceasefire in Morvin on Monday.",
            "Morvin",
            ("Strategic developments", "Agreement", "ceasefire"),
        ),
        (
            "Police arrested five suspects in Kallo.",
            "Kallo",
            ("Strategic developments", "Arrests", "arrested"),
        ),
        (
            "Air defences intercepted a drone launched toward Tesk.",
            "Tesk",
            ("Strategic developments", "Disrupted weapons use", "intercepted"),
        ),
        (
            "Fighters looted the central bank in Nasso.",
            "Nasso",
            ("Strategic developments", "Looting/property destruction", "looted"),
        ),
        (
            "The minister visited Rovan to meet local leaders.",
            "Rovan",
            ("Strategic developments", "Other", "visited"),
        ),
        (
            "Gunmen tried to infiltrate the police academy in Tesk on Monday.",
            "Tesk",
            ("Battles", "Armed clash", "infiltrate"),
        ),
        ("Troops neutralized the attackers near Nasso.", "Nasso", ("Battles", "Armed clash", "neutralized")),
        # armed men who attack are the attackers, not the target: the victims decide
        (
            "Five civilians were killed when rebels attacked a town near Lirra on Monday.",
            "Lirra",
            ("Violence against civilians", "Attack", "attacked"),
        ),
        # "demonstrated" is a protest where people went somewhere; "demonstrated its strength" is none
        (
            "Thousands demonstrated in Lirra against the war.",
            "Lirra",
            ("Protests", "Peaceful protest", "demonstrated"),
        ),
        # an attack on no armed target that killed is an attack on people; one that killed nobody stays a
        # battle, and one on soldiers is one
        (
            "The last attack by the militia was in Lirra, leaving 23 dead.",
            "Lirra",
            ("Violence against civilians", "Attack", "attack"),
        ),
        ("Militants attacked Lirra on Monday.", "Lirra", ("Battles", "Armed clash", "attacked")),
        (
            "Militants attacked an army post in Lirra, killing five soldiers.",
            "Lirra",
            ("Battles", "Armed clash", "attacked"),
        ),
        # ... but a soldier killed (a passive, no object after it) is the target
        ("A soldier killed in Lirra was buried on Monday.", "Lirra", ("Battles", "Armed clash", "killed")),
        # an attack done with a weapon the sentence names is that weapon's strike, even in another clause
        (
            "Russia attacked Dorsk on Monday: a missile hit the children's hospital.",
            "Dorsk",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack", "missile"),
        ),
        (
            "Two civilians were killed in Marwa — drones struck the market at dawn.",
            "Marwa",
            ("Explosions/Remote violence", "Air/drone strike", "drones"),
        ),
        # "shell" the verb, in the present as headlines write it (not "Shell" the company, below)
        (
            "Troops shell Dorsk every night, kill and wound civilians.",
            "Dorsk",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shell"),
        ),
        # the armed men after "by" are the attackers, not the target
        (
            "Four people, including a woman, were shot dead by unidentified gunmen in Lirra.",
            "Lirra",
            ("Violence against civilians", "Attack", "dead"),
        ),
    ],
)
def test_each_sub_type_family_has_its_trigger(sentence, place, expected):
    assert kind_of(sentence, place) == expected


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Marwa is the largest town in the province, home to some 80,000 people.", "Marwa"),
        ("The commander, a native of Tallis, spoke to reporters.", "Tallis"),
        ("The group's former stronghold of Vornak lies on the river.", "Vornak"),
        ("The coalition has demonstrated its strength in Vornak, officials said.", "Vornak"),
        ("Shell sold its oil fields in Vornak, the company said.", "Vornak"),
        # what did not happen
        ("No casualties were reported in Vornak.", "Vornak"),
        ("Troops did not carry out any attacks on Vornak on Monday.", "Vornak"),
        ("Troops didn't shell Vornak on Monday.", "Vornak"),
        # people who fled are displaced: no battle where they went
        ("Thousands of Sudanese have fled across the border into Vornak.", "Vornak"),
        ("Hundreds of families fled to Vornak last month.", "Vornak"),
    ],
)
def test_background_mentions_have_no_type(sentence, place):
    assert kind_of(sentence, place) == (None, None, None)


def test_a_place_takes_the_trigger_of_its_own_clause():
    sentence = "Rebels captured Sarvi on Monday; airstrikes later hit Dorsk."
    assert kind_of(sentence, "Sarvi")[2] == "captured"
    assert kind_of(sentence, "Dorsk")[2] == "airstrikes"


def test_territory_lost_by_a_passive_subject_goes_to_the_agent():
    assert (
        kind_of("Kunar fell to the rebels after a week.", "Kunar")[1] == "Non-state actor overtakes territory"
    )
    assert kind_of("Kunar was retaken by the army.", "Kunar")[1] == "Government regains territory"


COREF = (
    "Militants attacked Raqqa on Monday, residents said.\n\n"
    "Security forces battled the militants in the city for hours.\n\n"
    "Mosul was quiet."
)


def test_the_city_makes_an_event_at_the_place_it_refers_to(gaz):
    a = Article(id="c1", text=COREF, published=date(2017, 12, 12))
    events = extract_events(a, gaz)
    coref = [e for e in events if e.refers_to is not None]
    assert [(e.mention, e.resolved.place.id) for e in coref] == [("the city", events[0].resolved.place.id)]
    e = coref[0]
    assert COREF[e.mention_start : e.mention_end] == "the city"
    assert e.refers_to.mention.text == "Raqqa"
    props = extract_corpus([a], gaz)["features"][1]["properties"]
    assert props["mention"] == "the city"
    assert props["refers_to"]["mention"] == "Raqqa"
    assert props["event_type"] == "Battles"
    assert props["excerpt"] == "Security forces battled the militants in the city for hours."


def test_the_city_of_a_named_place_or_a_quiet_sentence_makes_no_extra_event(gaz):
    text = "Militants attacked Raqqa on Monday.\n\nThe city of Mosul was calm. The city has many parks."
    a = Article(id="c2", text=text, published=date(2017, 12, 12))
    assert [e.mention for e in extract_events(a, gaz)] == ["Raqqa", "Mosul"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the city" is the nearest town before it, even one of its own sentence (an event already)
        (
            "Militants attacked Raqqa on Monday.\n\nOn Tuesday rockets hit Mosul, and fires spread through the city.",
            [("Raqqa", "Raqqa"), ("Mosul", "Mosul")],
        ),
        # a town too large for "the town" is passed over for the one before
        (
            "Militants attacked Baghuz on Monday.\n\nOn Tuesday rockets hit Mosul, and militants shelled the town.",
            [("Baghuz", "Baghuz Fawqani"), ("Mosul", "Mosul"), ("the town", "Baghuz Fawqani")],
        ),
        # far beyond the paragraph before, "the city" is the story's own town, the first it names
        (
            "Militants attacked Raqqa on Monday.\n\nAid groups warned of hunger.\n\nThe UN called for calm.\n\n"
            "Officials said on Monday that shells had hit the outskirts of the city.",
            [("Raqqa", "Raqqa"), ("the city", "Raqqa")],
        ),
        # ... but never a town given as an example
        (
            "Talks on towns such as Mosul were held.\n\nAid groups warned of hunger.\n\nThe UN called for calm.\n\n"
            "Officials said on Monday that shells had hit the outskirts of the city.",
            [("Mosul", "Mosul")],
        ),
    ],
)
def test_the_city_is_the_nearest_town_before_it(text, expected, gaz):
    a = Article(id="c3", text=text, published=date(2017, 12, 12))
    assert [(e.mention, e.resolved.place.name) for e in extract_events(a, gaz)] == expected


# The whole table as one alternation, matched at every word start: what find_triggers' scan must agree with.
_ONE_ALTERNATION = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<t{i}>{rx})" for i, (*_, rx) in enumerate(TRIGGERS)) + r")\b"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Airstrikes hit the town; rebels captured the bridge and fled.",
        "Shelling resumed after a missile strike, and the general strike by workers ended.",  # not "strike"
        "A suicide car bomber and a truck bomb struck the base.",  # a group opens the trigger
        "The counter-assault was a cease-fire breach, a re-taken hill, a self-detonated vest.",
        "Gunmen set up a new base, then advanced into the valley.",
        '(Killed) "Attack" -raids- at the start and end: killed',  # punctuation before, text's edges
        "Unkilled, prerecaptured, strikers and bombardier are no triggers, the blast is.",  # in longer words
        "Protesters rallied; police arrested 12 and fired tear gas.",
        "İstanbul police detained a man after the blast.",  # lower-casing changes the length
        "A rapid shotgun reply: the jet was shot down; warplanes, war planes and retaken, re-seized hills.",
        "In  custody and in custody; ékilled, _killed, killed_ and ٣killed, «killed» and ıkilled, ſhelled.",
        "The \u212aamp was shelled; \u212aILLED, \u212ailled and a\u212aattack.",  # the Kelvin sign lowers to "k"
    ],
)
def test_trigger_scan_finds_what_the_whole_table_finds(sentence):
    expected = [
        (m.start(), m.end(), int(m.lastgroup[1:])) for m in _ONE_ALTERNATION.finditer(sentence.lower())
    ]
    if len(sentence.lower()) != len(sentence):
        expected = [
            (m.start(), m.end(), int(m.lastgroup[1:]))
            for m in re.compile(_ONE_ALTERNATION.pattern, re.IGNORECASE).finditer(sentence)
        ]
    assert expected  # (each sentence has triggers)
    assert [tuple(t) for t in find_triggers(sentence, 0, len(sentence))] == expected
    # ... also inside a longer text, at its offsets
    text = "Earlier. " + sentence + " Later."
    shifted = [(s + 9, e + 9, row) for s, e, row in expected]
    assert [tuple(t) for t in find_triggers(text, 9, 9 + len(sentence))] == shifted


@pytest.mark.parametrize(
    "alternative, letters",
    [
        (r"grenades?", "g"),
        (r"(?:car|truck)\s+bombs?", "ct"),
        (r"(?:counter-?)?assaults?", "ca"),  # an optional group: the letter after it too
        (r"(?<!missile\s)(?<!rocket\s)strikes?", "s"),  # look-behinds match nothing
        (r"re-?tak(?:en?|es)", "r"),
    ],
)
def test_the_scan_knows_the_first_letters_of_a_trigger(alternative, letters):
    assert _first_letters(alternative) == letters


@pytest.mark.parametrize(
    "alternative, prefixes",
    [
        (r"grenades?", ["grenade"]),  # up to the optional letter
        (r"air\s*strikes?", ["air"]),
        (r"(?:car|truck)\s+bombs?", ["car", "truck"]),
        (r"(?:counter-?)?assaults?", ["counter", "assault"]),  # an optional group: the word after it too
        (r"(?<!missile\s)(?<!rocket\s)strikes?", ["strike"]),  # look-behinds match nothing
        (r"re-?tak(?:en?|es)", ["re"]),
        (r"repell?(?:ed|led)", ["repel"]),
        (r"self-detonat\w{0,6}", ["self"]),
        (r"mobs+", ["mobs"]),  # one "s" at least
    ],
)
def test_the_scan_knows_how_a_trigger_begins(alternative, prefixes):
    assert _prefixes(alternative) == prefixes


@pytest.mark.parametrize(
    "pattern, alternatives",
    [
        (r"a|b(?:c|d)", ["a", r"b(?:c|d)"]),  # a group's own alternatives stay in it
        (r"[|\]]x|\|y|z", [r"[|\]]x", r"\|y", "z"]),  # a "|" in a class or escaped is no break
    ],
)
def test_the_scan_splits_a_pattern_into_its_alternatives(pattern, alternatives):
    assert _alternatives(pattern) == alternatives


@pytest.mark.parametrize("alternative", [r"\w+ed", r"s?trike", r"(?:a|b){2}x", r"Taliban"])
def test_a_trigger_the_scan_cannot_read_is_refused(alternative):
    # (a row the scan would skip at some word start must not load silently)
    with pytest.raises(ValueError):
        _first_letters(alternative)
    with pytest.raises(ValueError):
        _prefixes(alternative)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked security personnel and police stations; soldiers said nothing.",  # words inside a match
        "SOLDIERS, Police-men and the PERSONNEL of the base",  # any case, a hyphen
        "The İnsurgents (Turkish İ), the \u212aelvin-sign \u212aids and the long \u017ftudents",  # re's case folds
        "civilians",  # the whole text
        "No target here at all, only words like basement and pillagers.",
    ],
)
def test_target_starts_are_those_of_the_whole_pattern(text):
    for rx, starts in ((_ARMED_TARGET, _ARMED_STARTS), (_CIVILIAN_TARGET, _CIVILIAN_STARTS)):
        for lo, hi in ((0, len(text)), (3, len(text) - 2)):
            assert match_starts(rx, starts, text, lo, hi) == [m.start() for m in rx.finditer(text, lo, hi)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The city is the capital of the province.", True),
        ("THE CITY HAS BEEN QUIET.", True),  # any case
        ("Fighting resumed in the town.", False),
        (
            "The \u212anown route, \u0130s the road",
            True,
        ),  # "known" with the Kelvin sign, as re.IGNORECASE reads it
        ("Unknown gunmen. Nowhere. Stillness.", False),  # only whole words
    ],
)
def test_a_word_search_finds_what_the_case_insensitive_pattern_finds(text, found):
    words = r"(?:is|are)\s+(?:the|a)|has\s+been|known|now|still"
    assert bool(re.search(rf"\b(?:{words})\b", text, re.IGNORECASE)) is found
    assert bool(word_starts(words).search(text)) is found


@pytest.mark.parametrize(
    "sentence, place, clause",
    [
        ("Rebels shelled Ablo; troops held Dorsk.", "Dorsk", " troops held Dorsk."),
        ("Rebels shelled Ablo: troops held Dorsk.", "Ablo", "Rebels shelled Ablo"),
        ("Rebels shelled Ablo \u2014 troops held Dorsk.", "Dorsk", "troops held Dorsk."),
        ("Rebels shelled Ablo -- troops held Dorsk.", "Ablo", "Rebels shelled Ablo"),
        ("Rebels shelled Ablo, which troops held.", "Ablo", "Rebels shelled Ablo"),
        ("Rebels shelled Ablo,  as troops held Dorsk.", "Dorsk", " troops held Dorsk."),
        ("Rebels shelled Ablo (the old town) and Dorsk.", "Dorsk", "the old town) and Dorsk."),
        ("Rebels shelled Ablo (AP) and Dorsk.", "Dorsk", "Rebels shelled Ablo (AP) and Dorsk."),  # an agency
        ("Rebels shelled Ablo, Dorsk and Vel.", "Vel", "Rebels shelled Ablo, Dorsk and Vel."),  # a list
        ("Rebels shelled Ablo, assassins held Dorsk.", "Dorsk", "Rebels shelled Ablo, assassins held Dorsk."),
    ],
)
def test_a_clause_ends_at_its_breaks(sentence, place, clause):
    at = sentence.index(place)
    lo, hi = clause_of(sentence, 0, len(sentence), at, at + len(place))
    assert sentence[lo:hi] == clause


# "the city" as a plain pattern: what coreference's search from the "h" must find.
_THE_NOUN = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?P<noun>city|town|village|camp|capital|hotel|hospital|mosque|market|school|"
    r"airport|prison|dam|church|stadium|bridge|refinery)\b(?!\s+of\b|\s+(?:council|hall|centre|center|"
    r"authorities|officials|governor|mayor|police|walls|director|staff|owner|management|administration)\b|-|'|’)"
)


@pytest.mark.parametrize(
    "text, lo",
    [
        ("The city fell. This\n town held; the  village's well, the camp.", 0),  # at the text's start
        ("Bathe city, lathe town, Thetown: no phrase inside a word.", 0),
        ("the city of Ablo, the city council, the dam-site, the town\u2019s mayor", 0),  # the name follows
        ("xx the city", 3),  # a phrase that starts where the search does
        ("xx the city", 4),  # ... or before it: not found
        ("Ablo. The hospital and this market were hit.", 5),
    ],
)
def test_coreference_phrases_are_those_of_the_plain_pattern(text, lo):
    expected = [(m.start(), m.end(), m.group("noun")) for m in _THE_NOUN.finditer(text, lo, len(text))]
    assert _phrases(text, lo, len(text)) == expected
