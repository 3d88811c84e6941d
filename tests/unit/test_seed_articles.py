"""The five seed articles against the hand-annotated gold set in tests/data/seed_gold.json (full gazetteer)."""

import json
from pathlib import Path

import pytest

from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import extract_events
from geo.extract.resolve import km_between
from geo.sources.articles import load_corpus

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "data" / "seed_gold.json").read_text(encoding="utf-8"))
# Where each conflict town really is (GeoNames; Baghuz from Wikipedia), to check every spelling lands there.
TOWNS = {
    "Raqqa": (35.953, 39.008),
    "Baghuz": (34.461, 40.946),
    "Tikrit": (34.616, 43.679),
    "Deir Ezzor": (35.336, 40.141),
    "Albu Kamal": (34.452, 40.919),
}


@pytest.fixture(scope="module")
def events():
    gaz = load_gazetteer()
    return {a.file: extract_events(a, gaz) for a in load_corpus(ROOT / "data" / "articles")}


def gold_mentions_of(town):
    lat, lon = TOWNS[town]
    for art in GOLD["articles"]:
        for g in art["places"]:
            if km_between(g["lat"], g["lon"], lat, lon) < 12:
                yield art["file"], g


@pytest.mark.parametrize("town", sorted(TOWNS))
def test_every_spelling_of_the_conflict_towns_is_found_and_placed_within_10_km(events, town):
    lat, lon = TOWNS[town]
    spellings = set()
    for file, g in gold_mentions_of(town):
        hit = [e for e in events[file] if e.mention_start <= g["start"] and g["end"] <= e.mention_end]
        assert hit, f"{g['surface']!r} at {g['start']} in {file} not found"
        place = hit[0].resolved.place
        assert km_between(place.lat, place.lon, lat, lon) <= 10
        spellings.add(g["surface"])
    assert spellings  # the gold set has the town


def test_seed_place_f1_and_dates(events):
    tp = fp = fn = dates_ok = 0
    total = 0
    for art in GOLD["articles"]:
        golds = [g for g in art["places"] if g["mappable"]]
        evs = events[art["file"]]
        for e in evs:
            if not any(e.mention_start < g["end"] and g["start"] < e.mention_end for g in golds):
                fp += 1
        for g in golds:
            total += 1
            e = next(
                (e for e in evs if e.mention_start < g["end"] and g["start"] < e.mention_end),
                None,
            )
            if e is None:
                fn += 1
                continue
            tp += 1
            dates_ok += (str(e.date_start), str(e.date_end)) == (
                g["date_start"],
                g["date_end"],
            )
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)
    assert dates_ok / total >= 0.85, (dates_ok, total)
