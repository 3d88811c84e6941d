"""Check the curated gazetteer tables data/gazetteer/{actors,regions,water}.csv.

Checks: the expected columns, lat in [-90, 90] and lon in [-180, 180], kind in the allowed set, a
non-empty name and source on every row, ISO 3166-1 alpha-2 country codes, and no name or alias used
twice in a table (compared without case, accents, spaces or punctuation, as the gazetteer's name_key
does). Rows whose first field starts with "#" are comments. Prints counts; exits 1 on any problem.

    .venv/bin/python scripts/check_tables.py
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "data" / "gazetteer"

TABLES = {
    "actors.csv": {
        "columns": ["name", "aliases", "kind", "region", "source", "note"],
        "kinds": {
            "armed_group",
            "militia",
            "party",
            "movement",
            "government_body",
            "military",
            "company",
            "media",
            "international_org",
            "alliance",
            "gang",
            "cartel",
        },
        "point": False,
    },
    "regions.csv": {
        "columns": ["name", "aliases", "kind", "country_code", "lat", "lon", "source", "note"],
        "kinds": {"contested_region", "informal_region", "physical_region", "admin1", "admin2"},
        "point": True,
    },
    "water.csv": {
        "columns": ["name", "aliases", "kind", "lat", "lon", "source", "note"],
        "kinds": {"sea", "gulf", "bay", "strait", "lake", "river", "canal", "ocean"},
        "point": True,
    },
}

_QUOTES = dict.fromkeys(map(ord, "'’‘`ʿʼ´"), None)


def key(name: str) -> str:
    """Same normalisation as geo.extract.gazetteer.name_key: no accents, case, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    return "".join(ch for ch in decomposed if ch.isalnum()).casefold()


def check_table(path: Path, spec: dict) -> tuple[list[str], Counter]:
    problems: list[str] = []
    kinds: Counter = Counter()
    if not path.exists():
        return [f"{path.name}: file missing"], kinds
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"{path.name}: not UTF-8 ({exc})"], kinds
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path.name}: starts with a byte-order mark")
    lines = text.split("\n")
    for n, line in enumerate(lines[:-1] if text.endswith("\n") else lines, start=1):
        if not line.strip():
            problems.append(f"{path.name}:{n}: blank line")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        return [f"{path.name}: empty"], kinds
    header, body = rows[0], rows[1:]
    if header != spec["columns"]:
        problems.append(f"{path.name}: header {header} != expected {spec['columns']}")
        return problems, kinds
    seen: dict[str, tuple[int, str]] = {}
    for n, row in enumerate(body, start=2):
        if not row or not "".join(row).strip():
            continue
        if row[0].startswith("#"):
            continue
        where = f"{path.name}:{n}"
        if len(row) != len(header):
            problems.append(f"{where}: {len(row)} fields, expected {len(header)}")
            continue
        rec = dict(zip(header, row, strict=True))
        name = rec["name"].strip()
        if not name:
            problems.append(f"{where}: empty name")
        if rec["kind"] not in spec["kinds"]:
            problems.append(f"{where}: kind {rec['kind']!r} not in {sorted(spec['kinds'])}")
        kinds[rec["kind"]] += 1
        if not rec["source"].strip():
            problems.append(f"{where}: {name}: no source")
        if spec["point"]:
            for col, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
                try:
                    value = float(rec[col])
                except ValueError:
                    problems.append(f"{where}: {name}: {col} {rec[col]!r} is not a number")
                    continue
                if not lo <= value <= hi:
                    problems.append(f"{where}: {name}: {col} {value} outside [{lo}, {hi}]")
        cc = rec.get("country_code")
        if cc and not (len(cc) == 2 and cc.isascii() and cc.isupper()):
            problems.append(f"{where}: {name}: country_code {cc!r} is not ISO 3166-1 alpha-2")
        names = [name] + [a.strip() for a in rec["aliases"].split("|")]
        if any(not a for a in names[1:]) and rec["aliases"]:
            problems.append(f"{where}: {name}: empty alias (stray '|')")
        in_row: set[str] = set()
        for alias in names:
            if not alias:
                continue
            if alias.casefold() in in_row:
                problems.append(f"{where}: {name}: {alias!r} listed twice in the row")
            in_row.add(alias.casefold())
            k = key(alias)
            if not k:
                problems.append(f"{where}: {name}: {alias!r} has no letters or digits")
                continue
            if k in seen and seen[k][1] != name:
                problems.append(f"{where}: {alias!r} (row {name!r}) is also row {seen[k][0]} {seen[k][1]!r}")
            else:
                seen.setdefault(k, (n, name))
    return problems, kinds


def main() -> int:
    problems: list[str] = []
    for filename, spec in TABLES.items():
        found, kinds = check_table(GAZ / filename, spec)
        problems += found
        total = sum(kinds.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        print(f"{filename}: {total} rows ({detail})")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
