"""Build bench/dev/articles/NNN.txt (+ raw/NNN.raw.txt) from the verbatim search-tool excerpts in
raw_excerpts_part*.json (the layout of ../shared/eval/conflicts-dev, adapted).

Only page chrome is removed, and only whole lines (or the search corpus's ' date YYYY-MM-DD ' prefix):
site banners and navigation menus, crawl-date lines, byline/author lines, page date lines (their content
goes into the metadata), share buttons, a sponsor block, a 'Recent news about' label and an agency credit
line.  Every removal is listed here and asserted to exist, so the trimming is auditable.  Datelines,
headlines and article bodies are kept unchanged."""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "articles"

# (kind, string): 'del' = delete first occurrence (must exist); 'cut' = drop from this string (first
# occurrence) to the end of the text.
_MENU = "  • Home\n  • Libya\n  • Economy\n  • Sport\n  • Politics\n  • Entertainment\n  • Opinion\nNo Result\nView All Result\n"
NAV001 = (
    "Tuesday, July 1, 2025\nLibyaReview\n"
    + _MENU
    + _MENU
    + "LibyaReview\nNo Result\nView All Result\nHome Libya\n\n"
)
SPONSOR006 = (
    "THE AMERICA ONE NEWS\nJun 2, 2025  |  \n0\n | Remer,MN\nSponsor:  QWIKET \nSponsor:  QWIKET \n"
    "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge.\n"
    "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge and Reasoning Support for Fantasy Sports and Betting Enthusiasts.\n"
    "back  \ntopic\nLe Monde\nLe Monde\n27 Aug 2024\n\n\nImages Le Monde.fr\n\n"
)
TRIM = {
    # crawl-date line, site name, navigation menus and breadcrumb; the page date line and share buttons.
    "001": [("del", NAV001), ("del", "July 23, 2022\nShare on FacebookShare on Twitter\n\n")],
    "002": [("del", " date 2023-08-04 ")],
    # author and page date lines; the 'Recent news about' label at the end.
    "003": [
        ("del", "- Alina Kvitko\n-\n•\n-\n12:41, 08 July, 2024\n"),
        ("cut", "\nRecent news about: Shelling"),
    ],
    "004": [("del", " date 2024-07-26 ")],
    "005": [("del", " date 2024-08-17 ")],
    # the aggregator's banner, crawl date, sponsor lines, topic labels, the source's name and page date, photo credit.
    "006": [("del", SPONSOR006)],
    "007": [("del", " date 2024-09-17 ")],
    "008": [("del", "Date: Thursday, 19 September 2024\n")],
    "009": [],
    "010": [("del", " date 2025-03-06 ")],
    "011": [("cut", "\nXINHUA")],  # agency credit line at the end
    "012": [("del", " date 2025-07-27 ")],
    "013": [],
    "014": [],
    "015": [("del", " date 2022-01-12 ")],
    # breadcrumb at the top; social-media links at the end.
    "016": [("del", "MainNews -\n\n"), ("cut", "\n\nRead news on social networks")],
    # corpus date prefix; the photo caption is printed twice (one copy is removed, the other kept).
    "017": [
        ("del", " date 2023-10-20 "),
        ("del", "Israeli troops raided Jenin on Tuesday, 7 March, 2023. Photo: Raneen Sawafta/Reuters\n"),
    ],
    "018": [("del", " date 2024-02-09 ")],
    "019": [],
    "020": [("del", " date 2024-10-17 ")],
    # AllAfrica's page date line and source line (outlet and its city).
    "021": [("del", "12 November 2024\nRadio Dalsan (Mogadishu)\n\n")],
    # section label and byline (the image captions are kept, with their markup).
    "022": [("del", "Terrorism\n"), ("del", "By AFP and Entorno |\n")],
    "023": [("del", " date 2025-08-10 ")],
    "024": [("del", " date 2025-11-28 ")],
    # 025-034 (third round, blind): corpus date prefixes; 026's punctuation line, its second (shorter) copy of the
    # photo caption and the agency line 'AFP'; 027's crawl label, duplicated headline, section label and page date
    # line; 028's Reuters credit line at the end; 034's AllAfrica page date and source lines.
    "025": [("del", " date 2020-04-23 ")],
    "026": [
        ("del", " date 2021-02-12 .\n"),
        (
            "del",
            "Women and children are pictured at a camp for people recently displaced by fighting in Yemen's northern province of al-Jawf between government forces and Houthis, in Marib, Yemen March 8, 2020. (Reuters)\n\nAFP\n",
        ),
    ],
    "027": [
        (
            "del",
            " date 2021-10-14 Trending Now\nSuspected rebels kill 15 civilians in western Ethiopia\nAfrica\n\n",
        ),
        ("del", "October 14, 2021\n\n"),
    ],
    "028": [("cut", "\n\n(Reporting by")],
    "029": [],
    "030": [("del", " date 2024-08-06 ")],
    "031": [],
    "032": [],
    "033": [("del", " date 2025-06-30 ")],
    "034": [("del", " date 2025-08-27 "), ("del", "27 August 2025\nShabelle Media Network (Mogadishu)\n\n")],
}


def main():
    raw = []
    for p in sorted(HERE.glob("raw_excerpts_part*.json")):
        raw += json.loads(p.read_text(encoding="utf-8"))
    assert sorted(TRIM) == sorted(it["id"] for it in raw)
    (OUT / "raw").mkdir(parents=True, exist_ok=True)
    for item in raw:
        aid, text = item["id"], item["excerpt"]
        (OUT / "raw" / f"{aid}.raw.txt").write_text(text, encoding="utf-8")
        for kind, s in TRIM[aid]:
            i = text.find(s)
            assert i >= 0, (aid, s)
            text = text[:i] + text[i + len(s) :] if kind == "del" else text[:i]
        text = text.strip() + "\n"
        (OUT / f"{aid}.txt").write_text(text, encoding="utf-8")
        print(aid, len(item["excerpt"]), "->", len(text))


if __name__ == "__main__":
    main()
