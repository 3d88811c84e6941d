import pytest

from geo.extract.gazetteer import load_gazetteer
from geo.extract.mentions import read_mentions
from geo.extract.resolve import destination, km_between, resolve


@pytest.fixture(scope="module")
def full_gaz():
    """The full gazetteer (the rules about regions are about its tables)."""
    return load_gazetteer()


def resolved(text, gaz):
    mentions, demonyms = read_mentions(text, gaz)
    return resolve(text, mentions, gaz, demonyms)


@pytest.mark.parametrize(
    "text, place, precision",
    [
        ("IS lost control of Raqa on October 17.", "Raqqa", "point"),
        (
            "Syrian forces converged on Albu Kamal.",
            "Albu Kamal",
            "point",
        ),  # "Syrian" supports Syria
        ("fighters in Syria", "Syria", "country"),
        ("fighters in northern Iraq", "northern Iraq", "region"),
        ("fighting in Anbar province", "Anbar Governorate", "region"),
        (
            "a strike some 40 miles northwest of Tikrit",
            "40 miles northwest of Tikrit",
            "approximate",
        ),
    ],
)
def test_resolution(text, place, precision, gaz):
    (r,) = resolved(text, gaz)
    assert (r.label, r.geo_precision) == (place, precision)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town near a place the story is surely about (Deir Ezzor), in the same country
        ("Government forces shelled Albu Kamal after taking Deir Ezzor.", ["Albu Kamal", "Deir ez-Zor"]),
        # "the town of" says it is a place, whatever its size
        ("Fighters entered the town of Hit at dawn.", ["Hit"]),
        # ... but a verb stays a verb
        ("An air strike hit a convoy.", []),
    ],
)
def test_the_text_or_its_other_places_vouch_for_a_small_town(text, expected, gaz):
    assert [r.label for r in resolved(text, gaz)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the state written after a town picks the town
        ("Officials met in Springfield, Illinois, on Monday.", [("Springfield", "IL"), ("Illinois", "IL")]),
        ("Officials met in Springfield, Missouri, on Monday.", [("Springfield", "MO"), ("Missouri", "MO")]),
        ("SPRINGFIELD, Ill. (AP) - Officials said.", [("Springfield", "IL"), ("Illinois", "IL")]),
        # ... and a state named anywhere in the story
        ("Storms hit Missouri. In Springfield, roofs fell.", [("Missouri", "MO"), ("Springfield", "MO")]),
        # a state, not a small town named like it
        ("Wildfires burned across California.", [("California", "CA")]),
        # "Mexico" is the country, though Mexico City is also called so
        ("Migrants crossed Mexico on foot.", [("Mexico", None)]),
        # "St." is "Saint": the Russian city, unless the text says Florida
        ("Protests spread to St. Petersburg.", [("Saint Petersburg", "66")]),
        ("He grew up in St. Petersburg, Fla., near the bay.", [("St. Petersburg", "FL"), ("Florida", "FL")]),
    ],
)
def test_states_and_own_names_decide_between_homonyms(text, expected, gaz):
    assert [(r.place.name, r.place.admin1) for r in resolved(text, gaz)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region the text says a town is in picks the town of that name there (GeoNames' codes of towns
        # are not those of the regions' tables: by distance from the region's point)
        (
            "Shelling hit Kyivskyi in Poltava oblast on Monday.",
            [("Kyivskyi", "UA", "18"), ("Poltava Oblast", "UA", None)],
        ),
        (
            "Shelling hit Kyivskyi, Poltava region, on Monday.",
            [("Kyivskyi", "UA", "18"), ("Poltava Oblast", "UA", None)],
        ),
        # ... and a region named anywhere in the story, between towns of one name
        (
            "Shelling hit Kyivskyi on Monday, the governor of Poltava oblast said.",
            [("Kyivskyi", "UA", "18"), ("Poltava Oblast", "UA", None)],
        ),
        # ... and no town of another country, even the only one the gazetteer has: none rather than that
        (
            "Fighting erupted in Nasir, in Upper Nile state, on Monday, officials in South Sudan said. "
            "Thousands fled toward Sudan.",
            [("Upper Nile", "SS", "NU"), ("South Sudan", "SS", None), ("Sudan", "SD", None)],
        ),
        # (in each mention of the name)
        (
            "Fighting erupted in Nasir on Monday. Nasir, in Upper Nile state, lies near the border with "
            "Ethiopia, officials in Sudan said.",
            [("Upper Nile", "SS", "NU"), ("Ethiopia", "ET", None), ("Sudan", "SD", None)],
        ),
        (
            "Troops entered Malakal, in Upper Nile state, on Monday.",
            [("Malakal", "SS", "07"), ("Upper Nile", "SS", "NU")],
        ),
        # a region does not make its own name a town, nor a town of another state the one of a state the
        # story names by the towns' own codes
        (
            "Clashes spread across Saada governorate on Monday. Jets struck Saada again on Tuesday.",
            [("Saada", "YE", "SD"), ("Saada", "YE", "SD")],
        ),
        (
            "Rebels attacked a convoy in Tillaberi region on Monday. Officials in Tillaberi said five died.",
            [("Tillabéri", "NE", "6"), ("Tillabéri", "NE", "6")],
        ),
        # a region listed before another is not in it
        (
            "Drones hit the Kursk, Sumy and Kharkiv regions overnight.",
            [("Kursk", "RU", "KRS"), ("Sumy Oblast", "UA", None), ("Kharkiv Oblast", "UA", None)],
        ),
        (
            "Lawmakers met in Springfield on Monday, the Illinois governor said.",
            [("Springfield", "US", "IL"), ("Illinois", "US", "IL")],
        ),
    ],
)
def test_a_region_the_text_names_picks_the_town_in_it(text, expected, full_gaz):
    assert [
        (r.place.name, r.place.country_code, r.place.admin1) for r in resolved(text, full_gaz)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traffic backed up between Coggeshall and Marks Tey.",  # "between", and a town listed after it
        "Roads were shut close to Coggeshall and Marks Tey.",
        "Roads were shut. Near Coggeshall and Marks Tey, queues grew.",  # the word opening a sentence
        "Traffic Backs Up Near Coggeshall and Marks Tey",  # ... or in a title-case headline
        "Inside Coggeshall and Marks Tey, queues grew.",
        "Queues grew throughout Coggeshall and Marks Tey.",
    ],
)
def test_words_that_place_small_towns(text, gaz):
    assert [r.place.name for r in resolved(text, gaz)] == ["Coggeshall", "Marks Tey"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dateline in capitals inside the text vouches for its town
        ("Storm update. MARKS TEY – Roads were closed.", ["Marks Tey"]),
        # once the text has placed a town, its later mentions are that town
        ("Roads were shut close to Coggeshall. Later Coggeshall reopened.", ["Coggeshall", "Coggeshall"]),
        # ... but a bare mention alone is not enough
        ("Later Coggeshall reopened.", []),
    ],
)
def test_a_town_the_text_has_placed_once(text, expected, gaz):
    assert [r.place.name for r in resolved(text, gaz)] == expected


def test_a_small_town_the_document_gives_no_reason_for_is_dropped(gaz):
    # "Obama" is a town in Japan; nothing in a story about Iraq supports it
    assert [r.label for r in resolved("Obama spoke about Iraq and the war in Iraq.", gaz)] == ["Iraq", "Iraq"]


def test_approximate_point_is_offset_from_the_place(gaz):
    (r,) = resolved("a strike some 40 miles northwest of Tikrit", gaz)
    tikrit = gaz.lookup("Tikrit")[0]
    assert 60 < km_between(r.lat, r.lon, tikrit.lat, tikrit.lon) < 70
    assert r.lat > tikrit.lat and r.lon < tikrit.lon  # north and west


def test_region_point_lies_toward_its_direction(gaz):
    (r,) = resolved("in eastern Syria", gaz)
    assert r.lon > 38.5 and abs(r.lat - 35.0) < 0.5


def test_destination_round_trip():
    lat, lon = destination(34.6, 43.7, 100, 90)
    assert abs(km_between(34.6, 43.7, lat, lon) - 100) < 0.5


@pytest.mark.parametrize(
    "text, expected",
    [
        # the capital city of the demonym's country, at the city's point
        ("Jets struck the Iraqi capital on Tuesday.", [("the Iraqi capital", "Baghdad", "point")]),
        (
            "Blasts shook the Syrian capital city overnight.",
            [("the Syrian capital city", "Damascus", "point")],
        ),
        ("The Lebanese capital's port was hit.", [("The Lebanese capital", "Beirut", "point")]),
        # a name right after it is the mention (one place, not two)
        ("Clashes spread in the Iraqi capital, Baghdad, on Monday.", [("Baghdad", "Baghdad", "point")]),
        ("troops reached the Syrian capital Damascus", [("Damascus", "Damascus", "point")]),
        # "Iraq's capital" too, in place of the country
        ("Gunmen stormed a hotel in Iraq's capital on Friday.", [("Iraq's capital", "Baghdad", "point")]),
        (
            "Jets struck Syria's capital, Damascus, on Monday.",
            [("Syria", "Syria", "country"), ("Damascus", "Damascus", "point")],
        ),
        # money is no city
        ("The Iraqi capital markets rallied.", []),
    ],
)
def test_a_capital_named_by_its_country_s_demonym(text, expected, gaz):
    assert [(r.mention.text, r.label, r.geo_precision) for r in resolved(text, gaz)] == expected
