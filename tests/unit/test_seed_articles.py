"""The five seed articles against the hand-annotated gold set in tests/data/seed_gold.json (full gazetteer)."""

from pathlib import Path

import pytest

from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import extract_events
from geo.extract.resolve import km_between
from geo.sources.articles import load_corpus
from tests.data import seed_score

ROOT = Path(__file__).resolve().parents[2]
GOLD = seed_score.gold()
TOWNS = seed_score.KEY_PLACES  # where each conflict town really is (GeoNames; Baghuz from Wikipedia)


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
    result = seed_score.score(events)
    assert result.f1 >= 0.95, (result.tp, result.fp, result.fn)
    assert result.dates_right >= 0.85, (result.dates_ok, result.dates_total)
