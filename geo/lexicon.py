"""Word lists the mention finder and date finder rely on. Kept apart so the rules read cleanly."""

import re

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
            ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"),
            ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}
WEEKDAY_ABBR = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}

# Capitalised words that start a run but are not part of a name ("In Raqqa", "The Hague" is in the gazetteer).
FUNCTION_WORDS = frozenset(
    """A About According Across After Against Ago All Almost Along Also Although Amid Among An And Another
    Any Approximately Are Around As At Because Before Being Between Both But By Despite During Each Earlier
    Either Even Every Few For From Further Given Had Has Have He Her Here His How However I If In Including
    Inside Into Is It Its Just Last Later Less Like Many Meanwhile More Moreover Most Much Near Nearly
    Neither Next No Nor Not Now Of Off On Once One Only Or Other Our Out Outside Over Per Perhaps Several She
    Since So Some Still Such Than That The Their Them Then There These They This Those Though Through
    Throughout Thus To Today Together Toward Towards Under Unlike Until Up Upon Was We Were What When Where
    Whether Which While Who Whom Whose Why Will With Within Without Yesterday Yet You Your""".split()
)

# Words that continue a place name inside a run (lower-case particles of Arabic, Romance, Dutch names).
# ("at-Tanf", "ad-Dawr" are hyphenated and read as one word; these stand alone between name parts.)
PARTICLES = frozenset("al el ez bin ibn de del della da di dos du la le van von der den of upon".split())

# Words after a place name that keep it a place ("Anbar province", "Mosul Dam").
FEATURE_WORDS = frozenset(
    """City Province Governorate Region District County Valley River Mountains Mountain Desert Dam Airport
    Base Square Camp Border Crossing Plain Plains Heights Countryside Village Town Island Islands Peninsula
    Sea Lake Gulf Bay Coast Oasis Strip Bank Old Airbase""".split()
)

DIRECTIONS = {
    "north": 0, "northern": 0, "northeast": 45, "northeastern": 45, "north-east": 45, "north-eastern": 45,
    "east": 90, "eastern": 90, "southeast": 135, "southeastern": 135, "south-east": 135, "south-eastern": 135,
    "south": 180, "southern": 180, "southwest": 225, "southwestern": 225, "south-west": 225,
    "south-western": 225, "west": 270, "western": 270, "northwest": 315, "northwestern": 315,
    "north-west": 315, "north-western": 315,
}
REGION_ADJECTIVES = {k: v for k, v in DIRECTIONS.items() if k.endswith("ern")} | {"central": None}

# Titles and roles: a run holding one of these names a person or office, not a place.
PERSON_CUES = frozenset(
    """Mr Mrs Ms Dr President Gen General Col Colonel Maj Major Lt Lieutenant Capt Captain Sgt Sergeant Adm
    Admiral Cmdr Commander Sen Senator Rep Gov Governor Mayor Secretary Minister Prime Chancellor King Queen
    Prince Princess Sheikh Sheik Emir Pope Judge Justice Ambassador Envoy Spokesman Spokeswoman Chief
    Director Chairman Officer Agent Professor Prof Rev Imam Ayatollah Brig Brigadier Staff
    Private Pvt Corporal Cpl Deputy Vice Foreign Defense Defence Interior""".split()
)

# Words that make a run an organisation, a group or a title ("Syrian Democratic Forces", "Washington Post").
ORG_CUES = frozenset(
    """Forces Force Army Armies Command Council Councils Post Times News Observatory Agency Ministry Department
    Committee Party Front Units Unit Brigade Brigades Battalion Corps Guard Guards Police Service Services
    Institute Center Centre University College School Academy Foundation Organization Organisation
    Association Union League Federation Coalition Alliance Network Group Company Corporation Inc Ltd Bank
    Fund Club Court Congress Senate Parliament Assembly Government Administration Office Bureau
    Commission Authority State Republic Movement Revolution Radio Television TV Journal Herald Tribune
    Telegraph Gazette Daily Weekly Press Review Magazine Channel Airlines Airways Hospital Church Mosque
    Project Program Programme Initiative Conference Summit Trust Society Watch Institute International
    Global Human Rights Media Studies Research Security Intelligence Directorate Mission Operation
    Operations Task Joint Staff Chiefs Affairs Relations Strategic Defense Defence Navy Marines Marine""".split()
)

# Nouns after a place that make it an actor or a modifier, not a location ("US troops", "Iraq's government").
ACTOR_NOUNS = frozenset(
    """forces force troops military army government officials official president minister ministry
    authorities regime embassy ambassador envoy intelligence navy coalition police diplomats leaders leader
    spokesman spokeswoman delegation administration parliament lawmakers citizens nationals soldiers jets
    warplanes drones aircraft officers commanders commander allies ally counterpart defense defence foreign
    interior prime state-run state media news counterparts partners special-forces prosecutors officer""".split()
)

# Verbs that make a country or capital the actor ("Russia said", "Turkey has shelled").
AGENT_VERBS = frozenset(
    """said says say announced announces declared declares denied denies accused accuses claimed claims warned
    warns urged urges called calls wants wanted rejected rejects condemned condemns led leads backed backs
    supports supported launched launches sent sends deployed deploys shelled shells fired fires struck
    strikes agreed agrees signed signs threatened threatens insisted insists blamed blames pledged pledges
    vowed vows demanded demands stated states told tells responded responds sanctioned imposed recognized
    recognised opposes opposed asked asks hopes hoped believes believed considers considered intends plans
    planned refused refuses offered offers promised promises reported reports confirmed confirms expects
    expected helped helps helped joined joins voted votes seeks sought decided decides allowed allows
    bombed bombs targeted targets attacked attacks invaded invades ordered orders estimated estimates
    contended contends argued argues filed files sued sues moved appealed appeals objected objects""".split()
)
AUXILIARIES = frozenset("has have had will would could should may might must also both is was were are has been not never already reportedly again itself".split())

# Initialisms that may name a country; any other all-capital word is read as a name only in a dateline.
COUNTRY_INITIALISMS = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "DRC"})

NEWS_AGENCIES = r"(?:Reuters|AP|AFP|UPI|CNN|BBC|Xinhua|Anadolu|dpa|DPA|ANI|IANS|PTI|TASS|SANA|IRNA|VOA|Al Jazeera)"
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:,[ \t]+[A-Z][A-Za-z. ]{1,25}?)?[ \t]*"
    r"(?:\(" + NEWS_AGENCIES + r"\)[ \t]*)?(?:—|–|--|-|:|\ufffd)[ \t]",
    re.MULTILINE,
)
