"""Write tests/data/sample_events.geojson: a small hand-made event set following the README schema.

The events are hand-picked from the seed articles in data/articles (their offsets are computed here, so
``text[mention_start:mention_end] == mention`` holds); the app and browser tests use them so that they
do not depend on the extractor's output. Each carries an ACLED event type and sub-type (:data:`TYPES`)
as the extractor would give them: a spread of types, one with the type only, and background mentions
(``event_type`` null: nothing happens at that place), which the map hides by default, as in real data.
Run: .venv/bin/python tests/data/make_sample_events.py
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
OUT = Path(__file__).with_name("sample_events.geojson")

# (file prefix, anchor inside the sentence, mention, place, place_id, cc, lon, lat, geo_precision,
#  date_start, date_end, date_precision, date_text, date_basis)
ROWS = [
    (
        "003",
        "IS lost control of Raqa",
        "Raqa",
        "Raqqa",
        "geonames:163915",
        "SY",
        39.0079,
        35.9528,
        "point",
        "2017-10-17",
        "2017-10-17",
        "day",
        "October 17",
        "text",
    ),
    (
        "003",
        "transported out of Raqa",
        "Raqa",
        "Raqqa",
        "geonames:163915",
        "SY",
        39.0079,
        35.9528,
        "point",
        "2017-10-12",
        "2017-10-12",
        "day",
        "October 12",
        "text",
    ),
    (
        "003",
        "escaped the Syrian city of Raqa",
        "Raqa",
        "Raqqa",
        "geonames:163915",
        "SY",
        39.0079,
        35.9528,
        "point",
        "2017-11-14",
        "2017-11-14",
        "day",
        "Tuesday",
        "text",
    ),
    (
        "003",
        "On Nov. 3, Russian-backed",
        "Deir Ezzor",
        "Deir ez-Zor",
        "geonames:170794",
        "SY",
        40.1408,
        35.3359,
        "point",
        "2017-11-03",
        "2017-11-03",
        "day",
        "Nov. 3",
        "text",
    ),
    (
        "003",
        "converged on holdout",
        "converged on holdout",
        "Abu Kamal",
        "geonames:174186",
        "SY",
        40.9171,
        34.4506,
        "point",
        "2017-11-15",
        "2017-11-15",
        "day",
        None,
        "publication",
    ),
    (
        "000",
        "40 miles northwest of Tikrit",
        "Tikrit",
        "Tikrit",
        "geonames:90150",
        "IQ",
        43.2,
        35.02,
        "approximate",
        "2017-12-09",
        "2017-12-09",
        "day",
        "That same day",
        "text",
    ),
    (
        "000",
        "carried out 13 strikes against ISIS in Syria",
        "Syria",
        "Syria",
        "country:SY",
        "SY",
        38.0,
        35.0,
        "country",
        "2017-12-08",
        "2017-12-10",
        "range",
        "From Friday to Sunday",
        "text",
    ),
    (
        "000",
        "trying to escape Raqqa",
        "Raqqa",
        "Raqqa",
        "geonames:163915",
        "SY",
        39.0079,
        35.9528,
        "point",
        "2017-10-01",
        "2017-10-31",
        "month",
        "in October",
        "text",
    ),
    (
        "000",
        "told CNN last week",
        "Afghanistan",
        "Afghanistan",
        "country:AF",
        "AF",
        66.0,
        33.0,
        "country",
        "2017-12-04",
        "2017-12-10",
        "week",
        "last week",
        "text",
    ),
    (
        "001",
        "desert regions in eastern Syria",
        "Syria",
        "eastern Syria",
        "admin1:SY.eastern",
        "SY",
        40.0,
        35.0,
        "region",
        "2017-12-28",
        "2017-12-28",
        "day",
        None,
        "publication",
    ),
    (
        "002",
        "far outskirts of the northeastern Syrian town of Baghuz",
        "Baghuz",
        "Baghuz",
        "curated:baghuz",
        "SY",
        40.9556,
        34.4556,
        "point",
        "2019-02-20",
        "2019-03-10",
        "range",
        "late February and early March",
        "text",
    ),
    (
        "002",
        "By the time Baghuz finally fell",
        "Baghuz",
        "Baghuz",
        "curated:baghuz",
        "SY",
        40.9556,
        34.4556,
        "point",
        "2019-05-11",
        "2019-05-11",
        "day",
        None,
        "publication",
    ),
    (
        "004",
        "has dropped by 90 percent",
        "Iraq",
        "Iraq",
        "country:IQ",
        "IQ",
        44.0,
        33.0,
        "country",
        "2015-04-01",
        "2016-04-27",
        "year",
        "within the past year",
        "text",
    ),
]


# A row's anchor -> (event_type, sub_event_type), read from the sentence as ACLED would code it.
TYPES: dict[str, tuple[str | None, str | None]] = {
    "IS lost control of Raqa": ("Battles", "Non-state actor overtakes territory"),  # the SDF took it
    "transported out of Raqa": ("Strategic developments", "Agreement"),  # a deal let the convoy leave
    "escaped the Syrian city of Raqa": ("Strategic developments", None),  # the type only: "escaped"
    "On Nov. 3, Russian-backed": ("Battles", "Government regains territory"),  # regime forces took it
    "converged on holdout": ("Battles", "Armed clash"),  # forces "converged on" holdout fighters
    "40 miles northwest of Tikrit": (
        "Explosions/Remote violence",
        "Air/drone strike",
    ),  # Tornado jets, an airstrike
    "carried out 13 strikes against ISIS in Syria": ("Explosions/Remote violence", "Air/drone strike"),
    "trying to escape Raqqa": ("Strategic developments", "Arrests"),  # four captured
    "told CNN last week": (
        None,
        None,
    ),  # Afghanistan, background: where IS is "establishing" itself, nothing happens
    "desert regions in eastern Syria": (None, None),  # background: where fighters may hide
    "far outskirts of the northeastern Syrian town of Baghuz": (
        "Strategic developments",
        "Other",
    ),  # evacuees waiting to be vetted
    "By the time Baghuz finally fell": (
        "Battles",
        "Non-state actor overtakes territory",
    ),  # U.S.-backed (SDF) forces
    "has dropped by 90 percent": ("Strategic developments", "Other"),  # a trend, no single act
}


_ABBREV = re.compile(r"(?:\b(?:Nov|Oct|Col|Gen|Maj|Lt|Dr|Mr|Mrs|St)|\b[A-Z](?:\.[A-Z])*)\.$")


def _stops(text: str) -> list[int]:
    """Offsets just past each sentence end (a full stop and a space, not after "Nov." or "U.S.")."""
    return [m.end() for m in re.finditer(r"\. |\n", text) if not _ABBREV.search(text[: m.start() + 1])]


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset ``at`` (line breaks and full stops; good enough for a fixture)."""
    stops = _stops(text)
    start = max([s for s in stops if s <= at], default=0)
    end = min([s for s in stops if s > at], default=len(text))
    while text[end - 1] in " \n":
        end -= 1
    return start, end


def main() -> None:
    manifest = json.loads((ARTICLES / "manifest.json").read_text(encoding="utf-8"))["articles"]
    features = []
    for (
        prefix,
        anchor,
        mention,
        place,
        place_id,
        cc,
        lon,
        lat,
        geo_prec,
        d0,
        d1,
        dprec,
        dtext,
        basis,
    ) in ROWS:
        meta = next(a for a in manifest if a["file"].startswith(prefix))
        text = (ARTICLES / meta["file"]).read_text(encoding="utf-8")
        a = text.index(anchor)
        s0, s1 = sentence_bounds(text, a)
        # The mention inside the anchor when it is there, else its first occurrence in the sentence.
        m0 = a + anchor.index(mention) if mention in anchor else text.index(mention, s0, s1)
        m1 = m0 + len(mention)
        source = {k: meta[k] for k in ("id", "title", "publisher", "url", "published")}
        kind, sub = TYPES[anchor]
        fid = hashlib.sha1(f"{meta['id']}:{m0}:{m1}:{place_id}".encode()).hexdigest()[:16]
        features.append(
            {
                "type": "Feature",
                "id": fid,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "place": place,
                    "place_id": place_id,
                    "country_code": cc,
                    "geo_precision": geo_prec,
                    "mention": mention,
                    "mention_start": m0,
                    "mention_end": m1,
                    "date_start": d0,
                    "date_end": d1,
                    "date_precision": dprec,
                    "date_text": dtext,
                    "date_basis": basis,
                    "event_type": kind,
                    "sub_event_type": sub,
                    "excerpt": text[s0:s1],
                    "excerpt_start": s0,
                    "excerpt_end": s1,
                    "source": source,
                },
            }
        )
        assert text[m0:m1] == mention and s0 <= m0 < m1 <= s1, (prefix, anchor)
    fc = {"type": "FeatureCollection", "features": features}
    OUT.write_text(json.dumps(fc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(features)} events to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
