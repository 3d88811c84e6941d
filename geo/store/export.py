"""Events out of the app: table rows for the Events page, and files for other tools -- GeoJSON
(RFC 7946), CSV with ACLED-style column names, and GeoPackage (QGIS). Pure: features in, text or bytes
out."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from geo import escape
from geo.store.opening import umask
from geo.vocab import date_words, parse_iso_date

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
    "corrected",
    "id",
]

# CSV and GeoPackage columns: ACLED's names where they mean the same thing (event_date,
# time_precision, location, latitude, longitude, geo_precision, source, notes), ours for the rest.
EXPORT_COLUMNS = [
    "event_id",
    "event_date",
    "event_date_end",
    "time_precision",
    "date_precision",
    "date_basis",
    "date_text",
    "event_type",
    "sub_event_type",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "place_precision",
    "place_id",
    "country_code",
    "mention",
    "source",
    "source_title",
    "source_url",
    "source_published",
    "source_id",
    "notes",
    "corrected",
    "rejected",
    "correction_by",
    "correction_at",
    "correction_notes",
]

# ACLED codes: place 1 = the town itself, 2 = near a town or part of a region, 3 = a region or country.
GEO_PRECISION = {"point": 1, "approximate": 2, "region": 3, "country": 3}


def time_precision(start: str | None, end: str | None) -> int | None:
    """ACLED's time precision of an interval: 1 = one day, 2 = up to a week, 3 = longer."""
    if not start:
        return None
    first, last = parse_iso_date(start), parse_iso_date(end or start)
    if first is None or last is None:
        return None
    days = (last - first).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3


def _coords(feature: dict[str, Any]) -> tuple[Any, Any]:
    coords = [*list((feature.get("geometry") or {}).get("coordinates") or []), None, None]
    return coords[0], coords[1]


def rows(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat row per event (COLUMNS), in the events' order: the Events page's table."""
    out = []
    for f in features:
        p = f.get("properties") or {}
        src = p.get("source") or {}
        lon, lat = _coords(f)
        out.append(
            {
                "date_start": p.get("date_start"),
                "date_end": p.get("date_end"),
                "date": date_words(p),
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
                "lat": lat,
                "lon": lon,
                "corrected": bool(p.get("corrected")),
                "id": f.get("id"),
            }
        )
    return out


def _no_nul(value: Any) -> Any:
    """Text without NUL characters: a GeoPackage cell (a C string) would end at the first one."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def export_rows(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per event with EXPORT_COLUMNS (the CSV's and the GeoPackage's attributes); text cells
    carry no NUL characters."""
    out = []
    for f in features:
        p = f.get("properties") or {}
        src = p.get("source") or {}
        fix = p.get("correction") or {}
        lon, lat = _coords(f)
        out.append(
            {
                "event_id": f.get("id"),
                "event_date": p.get("date_start"),
                "event_date_end": p.get("date_end"),
                "time_precision": time_precision(p.get("date_start"), p.get("date_end")),
                "date_precision": p.get("date_precision"),
                "date_basis": p.get("date_basis"),
                "date_text": p.get("date_text"),
                "event_type": p.get("event_type"),
                "sub_event_type": p.get("sub_event_type"),
                "location": p.get("place"),
                "latitude": lat,
                "longitude": lon,
                "geo_precision": GEO_PRECISION.get(p.get("geo_precision") or ""),
                "place_precision": p.get("geo_precision"),
                "place_id": p.get("place_id"),
                "country_code": p.get("country_code"),
                "mention": p.get("mention"),
                "source": src.get("publisher"),
                "source_title": src.get("title"),
                "source_url": src.get("url"),
                "source_published": src.get("published"),
                "source_id": src.get("id"),
                "notes": p.get("excerpt"),
                "corrected": bool(p.get("corrected")),
                "rejected": bool(p.get("rejected")),
                "correction_by": fix.get("by"),
                "correction_at": fix.get("at"),
                "correction_notes": " | ".join(fix.get("notes") or []) or None,
            }
        )
        out[-1] = {k: _no_nul(v) for k, v in out[-1].items()}
    return out


def to_csv(features: list[dict[str, Any]]) -> str:
    """CSV, one row per event; cells that a spreadsheet would run as formulas are defused."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in export_rows(features):
        writer.writerow({k: escape.csv_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def to_geojson(features: list[dict[str, Any]]) -> str:
    """The events as a GeoJSON FeatureCollection (README schema, unchanged)."""
    return json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        indent=1,
    )


def save(data: str | bytes, path: str | os.PathLike) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` whole or not at all: into a temporary file beside it,
    renamed over it at the end. An OSError (a full disk, a missing folder ...) leaves no partial file."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(path)) from e  # name the file asked for
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~umask())
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise OSError(e.errno, e.strerror, str(path)) from e
        raise


def write_gpkg(features: list[dict[str, Any]], path: str | os.PathLike) -> None:
    """Write the GeoPackage (:func:`to_gpkg`) to ``path``, whole or not at all (:func:`save`)."""
    save(to_gpkg(features), path)


def _write_gpkg_file(features: list[dict[str, Any]], path: Path) -> None:
    """A GeoPackage with one point layer, ``events`` (WGS 84), attributes EXPORT_COLUMNS; dates are
    real dates so QGIS's temporal controller can use them."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    table = pd.DataFrame(export_rows(features), columns=EXPORT_COLUMNS)
    for column in ("event_date", "event_date_end", "source_published"):
        table[column] = pd.to_datetime(table[column], errors="coerce")
    for column in ("time_precision", "geo_precision"):
        table[column] = table[column].astype("Int64")
    geometry = [Point(lon, lat) for lon, lat in zip(table["longitude"], table["latitude"], strict=True)]
    frame = gpd.GeoDataFrame(table, geometry=geometry, crs="EPSG:4326")
    frame.to_file(path, driver="GPKG", layer="events", engine="pyogrio", geometry_type="Point")


def to_gpkg(features: list[dict[str, Any]]) -> bytes:
    """The GeoPackage's bytes (for a download button, or :func:`write_gpkg`)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.gpkg"
        try:
            _write_gpkg_file(features, path)
        except OSError:
            raise
        except Exception as e:  # GDAL's errors: say where, in one line, not GDAL's SQL
            raise OSError(
                errno.EIO, "the GeoPackage writer failed in this temporary folder; is its disk full?", folder
            ) from e
        return path.read_bytes()
