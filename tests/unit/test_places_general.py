"""Places beyond one war (issue 12, section 2): organisations are no places, regions with their local
words, water, Arabic articles, facilities, and places that are not where anything happens.

Made-up sentences in the style of news, with the full gazetteer (the rules are about its tables)."""

from datetime import date

import pytest

from geo.extract.gazetteer import load_gazetteer, name_key
from geo.extract.mentions import credit_spans
from geo.extract.pipeline import extract_features
from geo.extract.resolve import km_between
from geo.sources.articles import Article


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def mapped(text, gaz):
    """(mention, place, geo_precision) of each map event of ``text``."""
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    return [
        (f["properties"]["mention"], f["properties"]["place"], f["properties"]["geo_precision"])
        for f in feats
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # actors.csv: GeoNames lists "Hamas" as a name of Hamm (Germany): the movement, not the town
        ("Hamas fighters fired rockets at Ashkelon on Sunday.", [("Ashkelon", "Ashkelon", "point")]),
        # "Wagner" alone is a town in Brazil; the alias in actors.csv makes it the group
        ("Wagner mercenaries were seen in Mali.", [("Mali", "Mali", "country")]),
        # "the Commonwealth" is an organisation (actors.csv alias)
        ("Leaders of the Commonwealth met in Samoa on Monday.", [("Samoa", "Samoa", "country")]),
        # a one-word group or an unknown name before "and" does not swallow the place after it
        ("Strikes hit Zubaydoun and Rawalpindi on Monday.", [("Rawalpindi", "Rawalpindi", "point")]),
    ],
)
def test_organisations_are_never_places(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # regions.csv: oblasts under the names news uses (countrystatecity says "Kharkivska")
        (
            "Russian forces shelled Kharkiv Oblast on Monday.",
            [("Kharkiv Oblast", "Kharkiv Oblast", "region")],
        ),
        # the local word after the name makes the name the division, not the city ...
        ("Shelling hit villages in Kharkiv region on Monday.", [("Kharkiv", "Kharkiv Oblast", "region")]),
        # ... and without it the city wins (the city does not vouch for its own oblast)
        ("Shelling hit Kharkiv on Monday.", [("Kharkiv", "Kharkiv", "point")]),
        # ... also a smaller city that gives its province its name
        ("Strikes hit Homs and Hama on Monday.", [("Homs", "Homs", "point"), ("Hama", "Ḩamāh", "point")]),
        ("Strikes hit Hama province on Monday.", [("Hama", "Hama", "region")]),
        # (whatever the province's own spelling: "Zaporizhzhia" is the city, Zaporizhzhya in GeoNames)
        ("Drones struck Zaporizhzhia on Monday.", [("Zaporizhzhia", "Zaporizhzhya", "point")]),
        ("Drones struck Zaporizhzhia region on Monday.", [("Zaporizhzhia", "Zaporizhzhia Oblast", "region")]),
        # a title-case headline read as one, even ending with a stop: "Ambush" is the word, not a name
        (
            "Militants Kill Two Soldiers in Lower Shabelle Ambush.",
            [("Lower Shabelle", "Lower Shabelle", "region")],
        ),
        # a place's possessive before a name and a place word locates that name ("Lebanon's Hezbollah" does not)
        (
            "Shells hit Aleppo's Salaheddine district on Monday.",
            [("Aleppo", "Aleppo", "point"), ("Salaheddine", "Salaheddine, Aleppo", "approximate")],
        ),
        # "the city of X" is the town, not the province of its name
        ("Troops raided the city of Jenin on Monday.", [("Jenin", "Janīn", "point")]),
        (
            "Troops raided the West Bank city of Jenin.",
            [("West Bank", "West Bank", "region"), ("Jenin", "Janīn", "point")],
        ),
        # a state after a town is the state that town is in, never a country of that name
        (
            "Police in Atlanta, Georgia, arrested 12 protesters.",
            [("Atlanta", "Atlanta", "point"), ("Georgia", "Georgia", "region")],
        ),
        (
            "Police in Tbilisi, Georgia, arrested 12 protesters.",
            [("Tbilisi", "Tbilisi", "point"), ("Georgia", "Georgia", "country")],
        ),
        # "Congo" (wire style for the Democratic Republic): the Republic of the Congo after its capital
        (
            "Police in Brazzaville, Congo, arrested 12 protesters.",
            [("Brazzaville", "Brazzaville", "point"), ("Congo", "Republic of the Congo", "country")],
        ),
        (
            "Rebels attacked Goma in eastern Congo on Sunday.",
            [("Goma", "Goma", "point"), ("Congo", "eastern Democratic Republic of the Congo", "region")],
        ),
        ("Fighting in Congo killed 20 people.", [("Congo", "Democratic Republic of the Congo", "country")]),
        ("Gunmen attacked a village in Borno State on Sunday.", [("Borno State", "Borno State", "region")]),
        ("Fighting spread across North Darfur on Sunday.", [("North Darfur", "North Darfur", "region")]),
        # a curated region followed by its word beats a same-named division of another country
        (
            "Troops fought rebels near Bamenda in Cameroon's North-West region on Monday.",
            [
                ("Bamenda", "Bamenda", "point"),
                ("Cameroon", "Cameroon", "country"),
                ("North-West", "Northwest", "region"),
            ],
        ),
        # contested and informal regions
        (
            "Troops clashed in Nagorno-Karabakh and in the Donbas.",
            [("Nagorno-Karabakh", "Nagorno-Karabakh", "region"), ("Donbas", "Donbas", "region")],
        ),
        (
            "Militants attacked an army post in Sagaing Region.",
            [("Sagaing Region", "Sagaing Region", "region")],
        ),
        # a region with a direction in its name, then "state": the region, not its state media
        (
            "Northern Shan state was rocked by fighting on Sunday.",
            [("Northern Shan", "Northern Shan State", "region")],
        ),
    ],
)
def test_regions_with_their_local_words(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # water.csv: the sea, not the town of Azov ("of" does not end the name after "Sea")
        ("A drone hit a tanker in the Sea of Azov on Monday.", [("Sea of Azov", "Sea of Azov", "region")]),
        ("Rebels crossed the Euphrates on Sunday.", [("Euphrates", "Euphrates", "region")]),
        # named, but nothing happens on it: found, not mapped
        ("The Red Sea trade route matters to shipping firms.", []),
    ],
)
def test_water_is_never_a_town(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "a, b",
    [
        ("El Fasher", "Al-Fasher"),
        ("As-Salif", "Al Salif"),  # the assimilated article "as-" is "al-"
        ("Ash-Shifa", "al-Shifa"),
        ("An Najaf", "Al-Najaf"),  # spaced, assimilated: "an N..."
    ],
)
def test_arabic_articles_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("As Raqqa", "Al Raqqa"),  # English "As" before a name is no article (not assimilated)
        ("At Mosul", "Al Mosul"),
    ],
)
def test_english_words_are_no_articles(a, b):
    assert name_key(a) != name_key(b)


def test_a_particle_starts_a_known_name(gaz):
    # "El" was dropped as a particle and "Fasher" alone is no place
    assert mapped("Fighting raged in El Fasher on Sunday.", gaz) == [("El Fasher", "El Fasher", "point")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A blast hit Kabul airport on Monday.", [("Kabul", "Kabul", "approximate")]),
        ("Aid trucks waited at the Rafah crossing.", [("Rafah", "Rafaḩ", "approximate")]),
        # facilities named with a word between name and head, and more kinds of facility
        (
            "Dozens were wounded in the Qalandia refugee camp, adjacent to the city of Ramallah, on Thursday.",
            [
                ("Qalandia refugee camp", "Qalandia refugee camp, Ramallah", "approximate"),
                ("Ramallah", "Ramallah", "point"),
            ],
        ),
        (
            "Militants attacked the Sarband police station in Peshawar on Thursday.",
            [
                ("Sarband police station", "Sarband police station, Peshawar", "approximate"),
                ("Peshawar", "Peshawar", "point"),
            ],
        ),
        (
            "Shells hit the Shwe Myint pagoda near Mandalay on Monday.",
            [
                ("Shwe Myint pagoda", "Shwe Myint pagoda, Mandalay", "approximate"),
                ("Mandalay", "Mandalay", "point"),
            ],
        ),
    ],
)
def test_facilities_at_the_place_they_are_named_by(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's ambassador was summoned.",
        "Officials said Egypt's army was on alert.",
        # the embassies or governments of countries are who, not where: each country of the list
        "Crowds gathered outside the embassies of France and Belgium.",
        "The governments of Chad, Niger and Mali condemned the coup.",
        # a report's credits: names of people ("Editing by Alex Richardson" is no town in Texas)
        "(Reporting by Sharon Ellis; Editing by Alex Richardson and Tom Hogue)",
    ],
)
def test_places_where_nothing_happens(text, gaz):
    assert mapped(text, gaz) == []


@pytest.mark.parametrize(
    "text, mention, event_type",
    [
        # a place beside the happening: found, but a background mention (no event in Chad)
        ("Gunmen killed five villagers near the border with Chad on Sunday.", "Chad", None),
        ("Fighting resumed in Ituri, bordering Uganda, on Sunday.", "Uganda", None),
        ("Fighting resumed in Ituri, bordering Uganda, on Sunday.", "Ituri", "Battles"),
        ("Sudan, which borders Chad, said fighting resumed in El Geneina.", "Chad", None),
        ("The minister flew to Moscow for talks on Monday.", "Moscow", None),
        # ... also with a word of how it suffers between, and for each name of a list after it
        ("Gunmen raided two villages bordering conflict-hit Mali and Burkina Faso on Sunday.", "Mali", None),
        (
            "Gunmen raided two villages bordering conflict-hit Mali and Burkina Faso on Sunday.",
            "Burkina Faso",
            None,
        ),
        ("Aid trucks reached war-ravaged Yemen on Sunday.", "Yemen", None),
        # where a source speaks from: "the health ministry in Sanaa said" (not residents, who tell of their town)
        (
            "Jets struck the port in Hodeidah on Monday, killing six, the ministry in Sanaa said.",
            "Sanaa",
            None,
        ),
        (
            "Jets struck the port in Hodeidah on Monday, killing six, the ministry in Sanaa said.",
            "Hodeidah",
            "Explosions/Remote violence",
        ),
        ("Shells hit Kramatorsk on Monday, officials in Kyiv have said.", "Kyiv", None),
        # a place an appositive describes another place by ("X, the main supply town for Y,") only says
        # where X is: nothing happens at Y (nor at the places listed after it)
        ("Kasika, the main supply town for Goma, fell to the rebels on Tuesday.", "Goma", None),
        ("Fighting raged in Pokrovsk, a key logistics hub for Kramatorsk, on Friday.", "Kramatorsk", None),
        ("Fighting raged in Pokrovsk, a key logistics hub for Kramatorsk, on Friday.", "Pokrovsk", "Battles"),
        ("Rebels seized Sake, a gateway to Goma and Bukavu, on Tuesday.", "Bukavu", None),
        (
            "Troops stormed Pokrovsk, the last big town on the road to Kramatorsk, on Friday.",
            "Pokrovsk",
            "Battles",
        ),
        (
            "Troops stormed Pokrovsk, the last big town on the road to Kramatorsk, on Friday.",
            "Kramatorsk",
            None,
        ),
        # ... but an unlisted village near it is put there, and carries the event
        ("Gunmen killed 12 people in Koshebe, a village near Maiduguri, on Saturday.", "Maiduguri", None),
        (
            "Gunmen killed 12 people in Koshebe, a village near Maiduguri, on Saturday.",
            "Koshebe",
            "Violence against civilians",
        ),
        # a word opening the sentence is no place described ("Meanwhile, the main road to Goma")
        ("Meanwhile, the main road to Goma was shelled on Tuesday.", "Goma", "Explosions/Remote violence"),
        ("On Tuesday, the main road to Goma was shelled.", "Goma", "Explosions/Remote violence"),
        (
            "Shells hit the market on Monday, residents in Kramatorsk said.",
            "Kramatorsk",
            "Explosions/Remote violence",
        ),
    ],
)
def test_a_place_beside_the_happening_is_background(text, mention, event_type, gaz):
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    assert {f["properties"]["mention"]: f["properties"]["event_type"] for f in feats}[mention] == event_type


@pytest.mark.parametrize(
    "text, expected",
    [
        # a facility the gazetteer lacks, put at the town the sentence says it is in
        (
            "A drone struck the Amaani Palace Hotel in Mogadishu on Monday.",
            [
                ("Amaani Palace Hotel", "Amaani Palace Hotel, Mogadishu", "approximate"),
                ("Mogadishu", "Mogadishu", "point"),
            ],
        ),
        # ... or at the story's last town, when something happens there
        (
            "Gunmen stormed Kismayo on Sunday.\nA car bomb then exploded in the Nasiibow market.",
            [
                ("Kismayo", "Kismayo", "point"),
                ("Nasiibow market", "Nasiibow market, Kismayo", "approximate"),
            ],
        ),
        # villages of a list, at the place the text puts them in
        (
            "Militants raided the villages of Ngamdu, Kaduwa and Bulatori in Maiduguri on Sunday.",
            [
                ("Ngamdu", "Ngamdu, Maiduguri", "approximate"),
                ("Kaduwa", "Kaduwa, Maiduguri", "approximate"),
                ("Bulatori", "Bulatori, Maiduguri", "approximate"),
                ("Maiduguri", "Maiduguri", "point"),
            ],
        ),
        # a neighbourhood named with its word
        (
            "A shell hit the crowded Tabbaneh neighbourhood of Tripoli on Friday.",
            [("Tabbaneh", "Tabbaneh, Tripoli", "approximate"), ("Tripoli", "Tripoli", "point")],
        ),
        # names listed before a plural head ("districts", "neighbourhoods"), at the town of the story
        (
            "Airstrikes hit Homs on Tuesday, wrecking homes in the Qasr Zeidan, Tall Marwa and Dar Mazin districts.",
            [
                ("Homs", "Homs", "point"),
                ("Qasr Zeidan", "Qasr Zeidan, Homs", "approximate"),
                ("Tall Marwa", "Tall Marwa, Homs", "approximate"),
                ("Dar Mazin", "Dar Mazin, Homs", "approximate"),
            ],
        ),
        (
            "Shells hit Homs on Tuesday. Rockets struck the Tall Marwa and Dar Mazin neighbourhoods, residents said.",
            [
                ("Homs", "Homs", "point"),
                ("Tall Marwa", "Tall Marwa, Homs", "approximate"),
                ("Dar Mazin", "Dar Mazin, Homs", "approximate"),
            ],
        ),
        # divisions the gazetteer lacks, named with their word, placed alike ("County", "Township")
        (
            "Fighting killed 17 people in Wadi County of Upper Nile State on Wednesday.",
            [
                ("Wadi", "Wadi, Upper Nile State", "approximate"),
                ("Upper Nile State", "Upper Nile State", "region"),
            ],
        ),
        (
            "Rebels seized Kalaw and Mobye townships in Shan State on Monday.",
            [
                ("Kalaw", "Kalaw", "point"),
                ("Mobye", "Mobye, Shan State", "approximate"),
                ("Shan State", "Shan State", "region"),
            ],
        ),
        # Nigeria's "Local Government Area" after a town is its district, and a community is a settlement
        (
            "Gunmen abducted six women in Dakko community of Rafi village in Gusau Local Government Area of Zamfara State.",
            [
                ("Dakko", "Dakko, Gusau", "approximate"),
                ("Rafi", "Rafi, Gusau", "approximate"),
                ("Gusau", "Gusau", "point"),
                ("Zamfara State", "Zamfara State", "region"),
            ],
        ),
        # ... with no place in its sentence, at the story's last town or region (never a river)
        (
            "Gunmen attacked villages in Ituri province on Sunday. The last attack left 23 dead in Zumba territory.",
            [("Ituri", "Ituri", "region"), ("Zumba", "Zumba, Ituri", "approximate")],
        ),
        # ... and the same name again, with nothing near it: where the text put it first
        (
            "Fighting killed 17 people in Wadi County of Upper Nile State on Wednesday.\n\n"
            "Residents said fighting erupted again in Wadi town.",
            [
                ("Wadi", "Wadi, Upper Nile State", "approximate"),
                ("Upper Nile State", "Upper Nile State", "region"),
                ("Wadi", "Wadi, Upper Nile State", "approximate"),
            ],
        ),
        # ... woredas, zones, localities, tehsils: the local words of other countries' divisions
        (
            "Gunmen killed 11 farmers in Gida woreda of Oromia on Monday.",
            [("Gida", "Gida, Oromia", "approximate"), ("Oromia", "Oromia", "region")],
        ),
        (
            "RSF fighters stormed villages in Um Bakul locality of North Darfur on Monday.",
            [
                ("Um Bakul", "Um Bakul, North Darfur", "approximate"),
                ("North Darfur", "North Darfur", "region"),
            ],
        ),
        # ... and a Philippine barangay, its word before the name
        (
            "Troops clashed with militants in Barangay Tanum, in Patikul, Sulu, on Friday.",
            [
                ("Tanum", "Tanum, Patikul", "approximate"),
                ("Patikul", "Patikul", "point"),
                ("Sulu", "Sulu", "region"),
            ],
        ),
        # ... or in the part of a country the story is in ("northwest Mali" is a region, "Mali" is not)
        (
            "Rebels attacked a town in northwest Mali on Thursday. They stormed the village of Tessit Kouna "
            "near the border with Niger.",
            [
                ("Mali", "northwest Mali", "region"),
                ("Tessit Kouna", "Tessit Kouna, northwest Mali", "approximate"),
                ("Niger", "Niger", "country"),
            ],
        ),
        (
            "Troops clashed with militants in Brgy. Tanum, in Patikul, on Friday.",
            [("Tanum", "Tanum, Patikul", "approximate"), ("Patikul", "Patikul", "point")],
        ),
        # ... also in its own sentence, where the part of the country comes right after it ("in")
        (
            "Rebels attacked a church in the town of Komanda in northeastern DR Congo on Sunday.",
            [
                ("Komanda", "Komanda, northeastern Democratic Republic of the Congo", "approximate"),
                ("DR Congo", "northeastern Democratic Republic of the Congo", "region"),
            ],
        ),
        # ... where the gazetteer has the town in that country under this spelling, at its own point
        (
            "IS fighters attacked the town of Sweida in southern Syria on Wednesday.",
            [("Sweida", "As-Suwayda", "point"), ("Syria", "southern Syria", "region")],
        ),
        # a sub-district, with or without its hyphen, at the town or province it is in
        (
            "A drone struck a car in the Zalan sub-district of Chwarta, northeast of Sulaymaniyah, on Thursday.",
            [
                ("Zalan", "Zalan, Chwarta", "approximate"),
                ("Chwarta", "Chwarta", "point"),
                ("Sulaymaniyah", "Sulaymaniyah", "point"),
            ],
        ),
        (
            "A drone struck a car in the Khalakan subdistrict of Sulaymaniyah province on Thursday.",
            [
                ("Khalakan", "Khalakan, Sulaymaniyah", "approximate"),
                ("Sulaymaniyah", "Sulaymaniyah", "region"),
            ],
        ),
        # ... else the region the story was last in, paragraphs back, where something happens there
        (
            "Fighting spread across Rakhine State on Monday.\n\nThe army said it had sent reinforcements.\n\n"
            "Residents said the market was closed.\n\nRebels attacked an outpost in Pyin Taw Township on Tuesday.",
            [
                ("Rakhine State", "Rakhine State", "region"),
                ("Pyin Taw", "Pyin Taw, Rakhine State", "approximate"),
            ],
        ),
        (
            "Fighting spread across Rakhine State on Monday.\n\nThe army said it had sent reinforcements.\n\n"
            "Residents said the market was closed.\n\nElders from Pyin Taw Township met officials.",
            [("Rakhine State", "Rakhine State", "region")],
        ),
        # ... also where it is named past the story's known places (and blank lines are one break)
        (
            "Fighting killed 17 people in Upper Nile State on Wednesday.\n\n\n\nThe clashes lasted four hours.\n\n"
            "Officials said the wounded included children.\n\nHe spoke to a radio station on Thursday.\n\n"
            "Fighting erupted in Dor town on Wednesday, killing four civilians.",
            [
                ("Upper Nile State", "Upper Nile State", "region"),
                ("Dor", "Dor, Upper Nile State", "approximate"),
            ],
        ),
        # ... or after a verb done to it
        (
            "Drones struck the Wadi Kharuf displacement camp near El Fasher on Thursday.\n"
            "Two more drones hit Wadi Kharuf on Friday.",
            [
                ("Wadi Kharuf displacement camp", "Wadi Kharuf displacement camp, El Fasher", "approximate"),
                ("El Fasher", "El Fasher", "point"),
                ("Wadi Kharuf", "Wadi Kharuf displacement camp, El Fasher", "approximate"),
            ],
        ),
        # ... or as its people ("X residents reported")
        (
            "Shelling hit the Wadi Kharuf displacement camp near El Fasher on Friday.\n"
            "Wadi Kharuf residents on Saturday reported more shelling.",
            [
                ("Wadi Kharuf displacement camp", "Wadi Kharuf displacement camp, El Fasher", "approximate"),
                ("El Fasher", "El Fasher", "point"),
                ("Wadi Kharuf", "Wadi Kharuf displacement camp, El Fasher", "approximate"),
            ],
        ),
        # names listed before "areas" or "regions", in the region named after them
        (
            "Jets struck positions in the Kofa, Dala and Tiergol areas of Upper Nile State on Monday.",
            [
                ("Kofa", "Kofa, Upper Nile State", "approximate"),
                ("Dala", "Dala, Upper Nile State", "approximate"),
                ("Tiergol", "Tiergol, Upper Nile State", "approximate"),
                ("Upper Nile State", "Upper Nile State", "region"),
            ],
        ),
        # a placed name again without its head word, where the words before put a place there (not as a
        # modifier: "Wadi Kharuf elders")
        (
            "Shelling hit the Wadi Kharuf displacement camp near El Fasher on Friday.\nTwo more shells fell in "
            "Wadi Kharuf on Saturday, and Wadi Kharuf elders said ten people died.",
            [
                ("Wadi Kharuf displacement camp", "Wadi Kharuf displacement camp, El Fasher", "approximate"),
                ("El Fasher", "El Fasher", "point"),
                ("Wadi Kharuf", "Wadi Kharuf displacement camp, El Fasher", "approximate"),
            ],
        ),
        # a region right after it, in an address
        (
            "Gunmen killed 12 people in the village of Kudumbi, Borno State, on Monday.",
            [("Kudumbi", "Kudumbi, Borno State", "approximate"), ("Borno State", "Borno State", "region")],
        ),
        # a facility named after a town is at that town, even where the town is not named alone
        (
            "Missiles hit Sanaa International Airport on Tuesday.",
            [("Sanaa International Airport", "Sanaa International Airport, Sanaa", "approximate")],
        ),
    ],
)
def test_unlisted_places_at_the_place_they_are_in(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a town named right after it is in that town: a same-named place elsewhere (a governorate
        # of another country, a district of another province) is not it, so it is put at the town
        (
            "Mortar rounds hit the Salah al-Din neighbourhood of Tripoli on Sunday, killing two.",
            [("Salah al-Din", "Salah al-Din, Tripoli", "approximate"), ("Tripoli", "Tripoli", "point")],
        ),
        (
            "A glide bomb struck the Kyivskyi district of Kharkiv overnight on Tuesday.",
            [("Kyivskyi", "Kyivskyi, Kharkiv", "approximate"), ("Kharkiv", "Kharkiv", "point")],
        ),
        (
            "Snipers fired on the Kyivskyi quarter of the city of Kharkiv on Tuesday.",
            [("Kyivskyi", "Kyivskyi, Kharkiv", "approximate"), ("Kharkiv", "Kharkiv", "point")],
        ),
        # ... but a place of its name near the town is that place
        (
            "Drones hit the Obolon district of Kyiv on Sunday.",
            [("Obolon", "Obolon", "point"), ("Kyiv", "Kyiv", "point")],
        ),
        (
            "Gunmen attacked the Sadr City suburb of Baghdad on Friday.",
            [("Sadr City", "Sadr City", "point"), ("Baghdad", "Baghdad", "point")],
        ),
        # "the Chicago suburb of Aurora": the city before the word is the larger place, the suburb
        # the name after it (the city stays)
        (
            "Police raided a house in the Chicago suburb of Aurora on Monday.",
            [("Chicago", "Chicago", "point"), ("Aurora", "Aurora", "point")],
        ),
        # a district of a province is no part of a town: read as before
        (
            "Fighting spread to the Rutshuru district of North Kivu province on Sunday.",
            [("Rutshuru", "Rutshuru Territory", "region"), ("North Kivu", "North Kivu", "region")],
        ),
    ],
)
def test_a_part_of_a_town_is_in_that_town(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, suburb, city",
    [
        # "the Chicago suburb of Aurora": the suburb is the town of its name near the city (Illinois' Aurora,
        # not Colorado's, larger)
        ("Police raided a house in the Chicago suburb of Aurora on Monday.", "Aurora", "Chicago"),
        ("Shelling hit the Damascus suburb of Douma on Monday.", "Douma", "Damascus"),
    ],
)
def test_a_suburb_named_after_its_city_is_near_it(text, suburb, city, gaz):
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    points = {f["properties"]["mention"]: f["geometry"]["coordinates"] for f in feats}
    (lon, lat), (city_lon, city_lat) = points[suburb], points[city]
    assert km_between(lat, lon, city_lat, city_lon) < 60


@pytest.mark.parametrize(
    "text",
    [
        # no known place near it: left out, never put at a guess
        "A drone struck the Amaani Palace Hotel on Monday.",
        # a country is no place to put a hotel at
        "A drone struck the Amaani Palace Hotel in Somalia on Monday.",
        # the dateline is where the report was filed
        "NAIROBI - A drone struck the Amaani Palace Hotel on Monday.",
        # a people is no place ("the Kurdish community of Aleppo")
        "The Kurdish community of Aleppo protested on Monday.",
        # an organisation's initials are no name ("one IS checkpoint", "a UN base")
        "Air strikes hit Mosul on Monday. Jets bombed one IS checkpoint and shelled a UN base.",
        # regions named later in its sentence are not where it is ("other" states it links)
        "Gunmen burnt the Amaani Palace Hotel, on a road linking two other states, Yobe and Adamawa, on Monday.",
        # words that are no building: a modifier, a possessive, a denomination, a weekday
        "Mogadishu officials said a hotel room was searched and the Catholic Church spoke of Friday market prices.",
        # a person of a village is no village
        "Zeina, a resident of the village of Matuna in Suwayda province, said gunmen came on Monday.",
    ],
)
def test_unlisted_places_need_a_place_to_be_at(text, gaz):
    assert all(
        not m.startswith(("Amaani", "Catholic", "Friday", "hotel", "IS ", "UN ", "Zeina"))
        for m, _, _ in mapped(text, gaz)
    )


def test_the_hotel_refers_to_the_hotel_named_before(gaz):
    text = "Gunmen stormed the Amaani Palace Hotel in Mogadishu on Monday.\nA suicide bomber attacked the hotel hours later."
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    hotel = [f["properties"] for f in feats if f["properties"]["mention"] == "the hotel"]
    assert [p["place"] for p in hotel] == ["Amaani Palace Hotel, Mogadishu"]
    assert hotel[0]["refers_to"]["mention"] == "Amaani Palace Hotel"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name read whole across its "of the"
        (
            "Fighting spread in the Democratic Republic of the Congo on Monday.",
            [("Democratic Republic of the Congo", "Democratic Republic of the Congo", "country")],
        ),
        # a town's airport code is no name of it ("DRC" was Dirico, Angola)
        (
            "Fighting spread in eastern DRC on Monday.",
            [("DRC", "eastern Democratic Republic of the Congo", "region")],
        ),
        # a transliteration of a town's own name, not another town's alias
        ("A missile hit Sloviansk on Thursday.", [("Sloviansk", "Slovyansk", "point")]),
        # "Druze Sweida" is the Druze people's town, and "in Sweida" after it the same place
        (
            "Anger grows in Druze Sweida\n\nGunmen killed 40 people in Sweida in southern Syria on Wednesday.",
            [
                ("Sweida", "As-Suwayda", "point"),
                ("Sweida", "As-Suwayda", "point"),
                ("Syria", "southern Syria", "region"),
            ],
        ),
    ],
)
def test_names_read_whole_and_spelt_otherwise(text, expected, gaz):
    assert mapped(text, gaz) == expected


def test_a_town_of_another_country_needs_more_than_in(gaz):
    # Carmelo is a town of Uruguay and the Philippines in the gazetteer, not of Colombia, which the story is
    # about: no marker in Uruguay (the department it is in is still mapped)
    text = "Troops entered the town of Carmelo, in Colombia's Cauca department, on Sunday."
    assert [place for _, place, _ in mapped(text, gaz) if "Uruguay" in place or place == "Carmelo"] == []


@pytest.mark.parametrize(
    "text, wrong, kept",
    [
        # "Gondero" is only an old spelling of Gonder (Ethiopia) in GeoNames: "Gondero district" in a
        # story about Somalia is a district there, however large the Ethiopian city is
        ("Shelling hit Gondero district in Somalia on Monday.", "Gonder", ["Somalia"]),
        (
            "Gunmen attacked villages in Ituri province of DR Congo on Sunday, and Gondero territory on Monday.",
            "Gonder",
            ["Ituri", "DR Congo", "Gondero"],  # (the territory, placed approximately in Ituri)
        ),
        # where the story names the city's country, or nothing else, the city stays
        ("Shelling hit Gondero district in Ethiopia on Monday.", None, ["Gondero", "Ethiopia"]),
        ("Shelling hit Gondero district and Bahir Dar on Monday.", None, ["Gondero", "Bahir Dar"]),
        ("Shelling hit Gondero district on Monday.", None, ["Gondero"]),
    ],
)
def test_a_division_is_no_large_town_of_a_country_the_story_never_names(text, wrong, kept, gaz):
    found = mapped(text, gaz)
    assert [mention for mention, _, _ in found] == kept
    assert wrong not in [place for _, place, _ in found]


@pytest.mark.parametrize(
    "text, kept",
    [
        # "the town of Leon" in a story about Nigeria is not León in Spain or Mexico, whatever their size
        # (the gazetteer has no Nigerian Leon): it is put, approximately, in the part of Nigeria the text
        # names (test_unlisted_places_at_the_place_they_are_in), never on another continent
        (
            "Gunmen attacked the town of Leon in northern Nigeria on Sunday, Spain's foreign ministry said.",
            ["Leon", "Nigeria"],
        ),
        ("Gunmen attacked the village of Leon in Nigeria on Sunday. Leon was burnt.", ["Nigeria"]),
        # near the story's other places, or with nothing else placed, the town stays
        ("Gunmen attacked the town of Leon in Nicaragua on Sunday.", ["Leon", "Nicaragua"]),
        ("Gunmen attacked the town of Leon on Sunday.", ["Leon"]),
        (
            "Crowds marched through the town of Leon on Sunday, and later in Madrid.",
            ["Leon", "Madrid"],
        ),
        # "the city of" is no such cue
        ("Nigeria's president flew to the city of Leon on Monday for talks.", ["Leon"]),
        # a city of under a million in a land the story never names, far from every place it tells of, is
        # another story's town: not Palma de Mallorca beside Cabo Delgado (the gazetteer lacks Mozambique's)
        (
            "Insurgents attacked Macomia in Cabo Delgado province on Friday. Guards left the gas site near Palma.",
            ["Macomia", "Cabo Delgado"],
        ),
        # ... and "the town" after it is that town, not the one named before
        (
            "Insurgents attacked Macomia in Cabo Delgado province on Friday.\n\n"
            "Guards left the gas site near Palma after an attack on the town in March.",
            ["Macomia", "Cabo Delgado"],
        ),
        # a city of millions stays, and so does the city when nothing else is placed
        (
            "Insurgents attacked Macomia in Cabo Delgado province on Friday. Envoys met in Madrid.",
            ["Macomia", "Cabo Delgado", "Madrid"],
        ),
        ("Guards left the gas site near Palma on Friday.", ["Palma"]),
    ],
)
def test_a_town_the_story_calls_small_is_no_large_city_far_from_it(text, kept, gaz):
    assert [mention for mention, _, _ in mapped(text, gaz)] == kept


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X town" calls it a town, and a small one: a city of Hungary is no "Dor town" of a story in South
        # Sudan (the gazetteer lacks the Sudanese one: it is put in the story's state)
        (
            "Fighting killed 17 people in Upper Nile State on Wednesday.\nFighting erupted in Dor town on Thursday.",
            [
                ("Upper Nile State", "Upper Nile State", "region"),
                ("Dor", "Dor, Upper Nile State", "approximate"),
            ],
        ),
        # "X township" too (Myanmar's): not the Japanese city of that name, but a town of the region named
        (
            "Soldiers raided Kani township in Sagaing Region on Monday.",
            [("Kani", "Kani, Sagaing Region", "approximate"), ("Sagaing Region", "Sagaing Region", "region")],
        ),
        # ... but a country before "town" is the country, not a town of its name
        (
            "Insurgents attacked a northern Mozambique town on Friday.",
            [("Mozambique", "northern Mozambique", "region")],
        ),
    ],
)
def test_a_name_before_town_is_a_small_town(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place the gazetteer lacks "near Lake Kivu" is somewhere on its shore, not at its middle: at the
        # story's town when there is one, else nowhere
        (
            "Gunfire was heard in Goma on Monday. Shells hit the Katindo neighbourhood near Lake Kivu.",
            ("Katindo", "Katindo, Goma"),
        ),
        ("Shells hit the Katindo neighbourhood near Lake Kivu on Monday.", None),
    ],
)
def test_an_unlisted_place_near_water_is_not_in_it(text, expected, gaz):
    found = [(m, place) for m, place, _ in mapped(text, gaz) if m == "Katindo"]
    assert found == ([expected] if expected else [])


def test_a_heading_in_capitals_names_no_district_of_its_direction(gaz):
    # "NORTHEAST" is a direction, not the North-East district of Botswana
    text = (
        "NORTHEAST NIGERIA: WEEKLY UPDATE\n\nGunmen killed five farmers near Dikwa in Borno State on Sunday."
    )
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    assert {f["properties"]["country_code"] for f in feats} == {"NG"}


def test_a_town_listed_after_a_placed_one_is_of_its_country(gaz):
    # "Zap" is placed in Turkey; the "Gara" listed after it is no village in Hungary
    text = "Jets struck militant hideouts in the Zap, Gara and Hakurk areas of northern Iraq on Monday, Turkey said."
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    countries = [f["properties"]["country_code"] for f in feats]
    assert "IQ" in countries and "HU" not in countries


@pytest.mark.parametrize(
    "text, credits",
    [
        (
            "Shells hit Goma.\n(Reporting by Ed Ruto in Kinshasa; Editing by Tom Hogue)\nMore",
            ["Reporting by Ed Ruto in Kinshasa; Editing by Tom Hogue)"],
        ),
        ("Shells hit Goma. Writing by Ed Ruto", ["Writing by Ed Ruto"]),
        (
            "Ruto reported from Goma. AP writer Al Eze in Kinshasa contributed to this report.",
            ["AP writer Al Eze in Kinshasa contributed to this report"],
        ),
        (
            "Shells hit Goma.\nAP writer Ed Ruto in Kinshasa contributed to this report. More",
            ["AP writer Ed Ruto in Kinshasa contributed to this report"],
        ),
        # no credits: "by" after other words, a capital after no break
        ("Shells fired by the army hit Goma, according to Reporting by Ed Ruto.", []),
        ("The town was shelled, Editing by nobody.", []),
    ],
)
def test_the_credits_of_a_report(text, credits):
    assert [text[s:e] for s, e in credit_spans(text)] == credits


def test_a_dateline_is_a_background_mention(gaz):
    text = "NAIROBI, Kenya (AP) — Gunmen attacked a bus in Mandera on Sunday, killing 12 people."
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    kinds = {f["properties"]["mention"]: f["properties"]["event_type"] for f in feats}
    assert kinds["NAIROBI"] is None  # where the report was filed: shown only with the background
    assert kinds["Mandera"] == "Violence against civilians"


@pytest.mark.parametrize(
    "text, mention, event_type",
    [
        # where a group is based is no place where anything happens: a background mention
        (
            "Air raids killed 10 civilians in Idlib, the London-based Syrian Observatory said on Monday.",
            "London",
            None,
        ),
        (
            "Air raids killed 10 civilians in Idlib, the London-based Syrian Observatory said on Monday.",
            "Idlib",
            "Explosions/Remote violence",
        ),
        # where a train was going: a place, but nothing happened there
        ("A bomb exploded at the station in Quetta as the Rawalpindi-bound train left.", "Rawalpindi", None),
        (
            "A bomb exploded at the station in Quetta as the Rawalpindi-bound train left.",
            "Quetta",
            "Explosions/Remote violence",
        ),
    ],
)
def test_a_base_is_background(text, mention, event_type, gaz):
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    assert {f["properties"]["mention"]: f["properties"]["event_type"] for f in feats}[mention] == event_type


@pytest.mark.parametrize(
    "text",
    [
        # a person's comments are no place ("Durazo" is a spelling of Durrës)
        "Gunmen roamed the streets on Thursday.\n\nDurazo's comments followed an earlier statement.",
        # "a Shiite shrine" names no place, so it is put nowhere
        "Fighters held Kirkuk on Friday. A missile struck a Shiite shrine on Friday.",
    ],
)
def test_no_place_in_a_persons_words_or_a_faiths_adjective(text, gaz):
    places = [p for _, p, _ in mapped(text, gaz)]
    assert "Durrës" not in places and not any(p.startswith("Shiite") for p in places)


@pytest.mark.parametrize(
    "text, phrase, place, precision",
    [
        # "this city" refers as "the city" does
        (
            "Gunmen attacked Kumba on Saturday.\nGunmen shot dead seven children in this city on Sunday.",
            "this city",
            "Kumba",
            "point",
        ),
        # a facility never named is the story's town's ("the airport" of Goma), placed near it
        (
            "M23 fighters entered Goma on Monday.\nGunfire was heard near the airport on Monday.",
            "the airport",
            "the airport, Goma",
            "approximate",
        ),
        # "the town" is no city of millions: Palmyra, not Damascus named between
        (
            "IS fighters seized the Syrian town of Palmyra on Wednesday.\nThe army sent reinforcements from Damascus.\nTroops clashed with the militants in the town late on Wednesday.",
            "the town",
            "Palmyra",
            "point",
        ),
        # "the city" is the city, not a quarter GeoNames lists as a town of its own, named after it
        (
            "Russian missiles hit Kyiv on Monday. Debris fell in the Shevchenkivskyi district.\nOfficials said several rockets hit the city.",
            "the city",
            "Kyiv",
            "point",
        ),
        # ... but a town near a city that the text does not call a quarter stays itself
        (
            "Jets struck Damascus on Monday. Fighting went on in the city of Douma.\nCivilians were killed in the city on Monday.",
            "the city",
            "Dūmā",
            "point",
        ),
        # ... nor a town named as an example ("areas including Homs and Hama")
        (
            "IS fighters seized the Syrian town of Palmyra on Wednesday.\nThey could now advance to key areas, including Homs and Hama.\nTroops withdrew from the town late on Wednesday.",
            "the town",
            "Palmyra",
            "point",
        ),
    ],
)
def test_phrases_that_refer_to_a_place(text, phrase, place, precision, gaz):
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    got = [
        (f["properties"]["place"], f["properties"]["geo_precision"])
        for f in feats
        if f["properties"]["mention"] == phrase
    ]
    assert got == [(place, precision)]


def test_letters_written_plainly_find_the_place(gaz):
    # GeoNames writes Mingəçevir; news writes "Mingecevir" (ə as e)
    assert name_key("Mingəçevir") == name_key("Mingecevir")
    assert mapped("A blast shook buildings in the city of Mingecevir on Saturday.", gaz) == [
        ("Mingecevir", "Mingachevir", "point")
    ]


def test_the_capital_refers_to_the_story_capital_further_back(gaz):
    text = (
        "A car bomb killed 80 people in Baghdad on Sunday.\n\n"
        "Officials declared three days of mourning.\n\n"
        "Police said the toll could rise.\n\n"
        "A second bomb exploded at a market in the capital hours later."
    )
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    assert [f["properties"]["place"] for f in feats if f["properties"]["mention"] == "the capital"] == [
        "Baghdad"
    ]


@pytest.mark.parametrize(
    "text, capital",
    [
        # "the capital" is the capital city named before, past other towns ...
        (
            "Gangs attacked Port-au-Prince on Friday.\n\nMirebalais fell.\n\nIn the capital, gangs stormed the hospital.",
            ["Port-au-Prince"],
        ),
        # ... never the last town named, which is no capital
        ("Gangs attacked Mirebalais, Haiti, on Friday.\n\nIn the capital, gangs stormed the hospital.", []),
    ],
)
def test_the_capital_is_a_capital(text, capital, gaz):
    feats = extract_features(Article("t", text, published=date(2024, 5, 6)), gaz)
    assert [f["properties"]["place"] for f in feats if f["properties"]["mention"] == "the capital"] == capital


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spelling the gazetteer lacks, of a town of the country the text is about
        (
            "Shelling hit Ukraine's east again: two people were killed in Lysichansk on Monday.",
            [("Ukraine", "Ukraine", "country"), ("Lysichansk", "Lysychansk", "point")],
        ),
        (
            "Warships were seen off Syria and in Tartoos, officials said.",
            [("Syria", "Syria", "country"), ("Tartoos", "Ţarţūs", "point")],
        ),
        # the cue may open the sentence
        (
            "Shelling hit Ukraine's east again. In Lysichansk, two people were killed on Monday.",
            [("Ukraine", "Ukraine", "country"), ("Lysichansk", "Lysychansk", "point")],
        ),
        # other cues: "near", "the town of"
        (
            "Shelling hit Ukraine's east again: two people died near Lysichansk, officials said.",
            [("Ukraine", "Ukraine", "country"), ("Lysichansk", "Lysychansk", "point")],
        ),
        (
            "Shelling hit Ukraine's east again, in the town of Lysichansk, officials said.",
            [("Ukraine", "Ukraine", "country"), ("Lysichansk", "Lysychansk", "point")],
        ),
        # no cue: "in" inside a word, or in capitals
        (
            "Shelling hit Ukraine's east again. Two were killed within Lysichansk, officials said.",
            [("Ukraine", "Ukraine", "country")],
        ),
        (
            "Shelling hit Ukraine's east again. Two were killed IN Lysichansk, officials said.",
            [("Ukraine", "Ukraine", "country")],
        ),
    ],
)
def test_other_spellings_of_a_town_of_the_story(text, expected, gaz):
    assert mapped(text, gaz) == expected


def test_another_spelling_needs_a_country_of_the_story(gaz):
    # nothing tells which country: an unknown word stays unknown
    assert mapped("Two people were killed in Lysichansk on Monday.", gaz) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country that was struck is where it happened ...
        ("Officials said Ukraine was struck by 40 missiles on Monday.", [("Ukraine", "Ukraine", "country")]),
        ("Israel has been repeatedly attacked by drones, the army said.", [("Israel", "Israel", "country")]),
        # ... a country that is spoken of, or that acts, is not
        ("Officials said Poland was accused of delays on Monday.", []),
        ("Officials said Poland fired two ministers on Monday.", []),
    ],
)
def test_a_country_struck_is_a_place(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # each name of a list before a plural division word is such a division, not its capital city
        (
            "Clashes erupted in the Sumy and Kharkiv regions on Monday.",
            [("Sumy", "Sumy Oblast", "region"), ("Kharkiv", "Kharkiv Oblast", "region")],
        ),
        (
            "Drones hit the Kursk, Bryansk and Belgorod oblasts overnight.",
            [
                ("Kursk", "Kursk", "region"),
                ("Bryansk", "Bryansk", "region"),
                ("Belgorod", "Belgorod", "region"),
            ],
        ),
        # ... and without the word, the cities
        (
            "Drones hit Kursk and Belgorod overnight.",
            [("Kursk", "Kursk", "point"), ("Belgorod", "Belgorod", "point")],
        ),
    ],
)
def test_a_list_before_a_plural_division_word(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compass word before a country makes a region of it, spelt as an adjective or not
        (
            "Rebels attacked a town in northeast Nigeria on Thursday.",
            [("Nigeria", "northeast Nigeria", "region")],
        ),
        ("Rebels attacked a town in north-west Mali on Thursday.", [("Mali", "north-west Mali", "region")]),
        ("Drones struck a depot in east Ukraine on Thursday.", [("Ukraine", "east Ukraine", "region")]),
        (
            "Rebels attacked a town in northwest Central African Republic on Thursday.",
            [("Central African Republic", "northwest Central African Republic", "region")],
        ),
        ("Rebels attacked a town in northern Mali on Thursday.", [("Mali", "northern Mali", "region")]),
        # "the north of Mali" is northern Mali, the word opening the sentence or not
        ("In the north of Mali, rebels attacked a town on Thursday.", [("Mali", "northern Mali", "region")]),
        (
            "Drones struck a depot in the south-east of Ukraine on Thursday.",
            [("Ukraine", "south-eastern Ukraine", "region")],
        ),
        ("Rebels attacked a town in the centre of Mali on Thursday.", [("Mali", "central Mali", "region")]),
        # "a Niger region" is some region of the country, not the region named Niger (a Nigerian state)
        (
            "Jihadists killed nine people in a raid on villages in a Niger region on Sunday.",
            [("Niger", "Niger", "country")],
        ),
        ("Fighting raged in the Tigray region on Monday.", [("Tigray", "Tigray", "region")]),
        # the target of attacks is where they hit; sanctions against a country are not there
        (
            "The militia stepped up attacks against Saudi Arabia.",
            [("Saudi Arabia", "Saudi Arabia", "country")],
        ),
        ("The bloc imposed sanctions against Russia on Monday.", []),
        # "the Kenya town of Mandera": the country holds the town
        (
            "Gunmen attacked the Kenya town of Mandera on Monday.",
            [("Kenya", "Kenya", "country"), ("Mandera", "Mandera", "point")],
        ),
    ],
)
def test_a_country_named_with_a_part_of_it(text, expected, gaz):
    assert mapped(text, gaz) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the <demonym> capital" is the capital GeoNames gives the country, at its own point
        ("Drones struck the Yemeni capital on Tuesday.", [("the Yemeni capital", "Sanaa", "point")]),
        (
            "Blasts were heard in the Ukrainian capital overnight.",
            [("the Ukrainian capital", "Kyiv", "point")],
        ),
        (
            "Gunmen stormed a hotel in the Somali capital on Friday.",
            [("the Somali capital", "Mogadishu", "point")],
        ),
        # the name after it is the mention
        ("Fighting raged in the Sudanese capital, Khartoum, on Monday.", [("Khartoum", "Khartoum", "point")]),
    ],
)
def test_a_capital_named_by_its_country(text, expected, gaz):
    assert mapped(text, gaz) == expected


_BATCH_TEXTS = [
    "KHARTOUM, Dec 6 (Reuters) - The RSF shelled the market in El Fasher on Thursday, the health ministry in "
    "Port Sudan said. Fighting continued around the city overnight.",
    "Russian drones struck Kharkiv on Monday. Two days later, shelling hit Kupiansk in Kharkiv Oblast.",
    "No place is named in this text, only a date: 3 March 2024.",
    "Gunmen killed 12 villagers in Zamfara state, Nigeria, on Sunday; the army said troops were deployed to "
    "the village of Kurfi, about 40 km north of Gusau.",
    "Israeli strikes on Rafah and Khan Younis killed 30 people on Friday, the Gaza health ministry said.",
]


def test_a_batch_gives_each_article_the_events_it_gets_alone(gaz, monkeypatch):
    from geo.extract import pipeline

    articles = [Article(f"a{i}", text, published=date(2024, 5, 6)) for i, text in enumerate(_BATCH_TEXTS * 2)]
    alone = [pipeline.extract_events(a, gaz) for a in articles]
    assert any(alone) and not all(alone)  # (places in most, none in one)
    monkeypatch.setattr(pipeline, "BATCH", 3)  # batches that end inside the list, and one shorter
    assert pipeline.extract_batch(articles, gaz) == alone
    assert pipeline.features_of(articles, gaz) == [pipeline.extract_features(a, gaz) for a in articles]
