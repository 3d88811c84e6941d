"""The extractor against the seed gold set (tests/data/seed_gold.json): one scoring, shared by the seed
test (tests/unit/test_seed_articles.py) and the bench (bench/extraction.py).

A predicted event matches a gold mappable mention when their spans overlap; a gold mention's date is
right when the first event overlapping it has exactly its interval.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.extract.resolve import km_between

GOLD = Path(__file__).resolve().parent / "seed_gold.json"
# The conflict towns the seed articles are about, each with every spelling the articles use.
KEY_PLACES = {
    "Raqqa": (35.953, 39.008),
    "Baghuz": (34.461, 40.946),
    "Tikrit": (34.616, 43.679),
    "Deir Ezzor": (35.336, 40.141),
    "Albu Kamal": (34.452, 40.919),
}


@dataclass
class SeedScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dates_ok: int = 0
    dates_total: int = 0
    key_found: dict[str, list[bool]] = field(default_factory=lambda: {k: [] for k in KEY_PLACES})

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def dates_right(self) -> float:
        return self.dates_ok / self.dates_total if self.dates_total else 0.0


def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def score(events_by_file: dict[str, list]) -> SeedScore:
    """Score ``events_by_file`` (``geo.extract.events.Event`` lists by article file name)."""
    result = SeedScore()
    for article in gold()["articles"]:
        events = events_by_file[article["file"]]
        golds = [g for g in article["places"] if g["mappable"]]

        def first(g: dict, events: list = events) -> Any:
            return next(
                (e for e in events if e.mention_start < g["end"] and g["start"] < e.mention_end), None
            )

        for e in events:
            if not any(e.mention_start < g["end"] and g["start"] < e.mention_end for g in golds):
                result.fp += 1
        for g in golds:
            result.dates_total += 1
            e = first(g)
            if e is None:
                result.fn += 1
            else:
                result.tp += 1
                result.dates_ok += (str(e.date_start), str(e.date_end)) == (g["date_start"], g["date_end"])
            for name, (lat, lon) in KEY_PLACES.items():
                if km_between(g["lat"], g["lon"], lat, lon) < 12:  # a gold mention of this town
                    place = e.resolved.place if e else None
                    result.key_found[name].append(
                        place is not None and km_between(place.lat, place.lon, lat, lon) <= 10
                    )
    return result
