"""The Events page's table and downloads: events as rows, CSV and GeoJSON text. Pure."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from geo import escape, popup

COLUMNS = [
    "date_start",
    "date_end",
    "date",
    "date_precision",
    "date_basis",
    "date_text",
    "place",
    "place_id",
    "country_code",
    "geo_precision",
    "mention",
    "quote",
    "publisher",
    "title",
    "published",
    "url",
    "lat",
    "lon",
    "id",
]


def rows(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat row per event (COLUMNS), in the events' order."""
    out = []
    for f in features:
        p = f.get("properties") or {}
        src = p.get("source") or {}
        coords = ((f.get("geometry") or {}).get("coordinates") or [None, None]) + [
            None,
            None,
        ]
        out.append(
            {
                "date_start": p.get("date_start"),
                "date_end": p.get("date_end"),
                "date": popup.date_words(p),
                "date_precision": p.get("date_precision"),
                "date_basis": p.get("date_basis"),
                "date_text": p.get("date_text"),
                "place": p.get("place"),
                "place_id": p.get("place_id"),
                "country_code": p.get("country_code"),
                "geo_precision": p.get("geo_precision"),
                "mention": p.get("mention"),
                "quote": p.get("excerpt"),
                "publisher": src.get("publisher"),
                "title": src.get("title"),
                "published": src.get("published"),
                "url": src.get("url"),
                "lat": coords[1],
                "lon": coords[0],
                "id": f.get("id"),
            }
        )
    return out


def to_csv(features: list[dict[str, Any]]) -> str:
    """CSV of the rows; cells that a spreadsheet would run as formulas are defused."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows(features):
        writer.writerow({k: escape.csv_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def to_geojson(features: list[dict[str, Any]]) -> str:
    """The events as a GeoJSON FeatureCollection (README schema, unchanged)."""
    return json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        indent=1,
    )
