"""The persistent store: one SQLite file holding articles (keyed by a hash of their text), the events
extracted from them, and the analysts' corrections, kept apart from the extracted values.

- The schema is versioned (``PRAGMA user_version``) and migrated forward on open.
- WAL mode and a busy timeout let several processes read while one writes; every write is one
  ``BEGIN IMMEDIATE`` transaction, so an article and its events land together or not at all.
- Extraction (the slow part) runs before the transaction; a write only holds the lock for the inserts.
- Corrections are an append-only log per event id. Event ids are stable (article id + mention offsets),
  so re-extraction keeps them; an event whose mention moved is re-linked by overlapping offsets, and a
  corrected event that re-extraction no longer finds is kept (``orphan``) rather than lost.
- One article may give at most :data:`MAX_EVENTS_PER_ARTICLE` events (:func:`check_event_count`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from geo.articles import Article, ArticleError, load_corpus
from geo.gazetteer import Gazetteer
from geo.geojson import source_record
from geo.pipeline import extract_features

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "store" / "events.sqlite"
SEED_DIR = ROOT / "data" / "articles"
ENV = "GEO_STORE"

KINDS = ("move", "date", "reject", "restore", "note")
PRECISIONS = ("day", "week", "month", "year")
GEO_PRECISIONS = ("point", "approximate", "region", "country")
MAX_AUTHOR = 80
MAX_NOTE = 2000
# Far above any news article (the seed and evaluation articles give at most a few dozen events each):
# past it, the input is a list of places or a whole book, not one report.
MAX_EVENTS_PER_ARTICLE = 5000

# Extraction code and tables: when their content changes, stored events are out of date.
_EXTRACTOR_FILES = (
    "articles.py",
    "dates.py",
    "events.py",
    "gazetteer.py",
    "geojson.py",
    "lexicon.py",
    "mentions.py",
    "pipeline.py",
    "resolve.py",
    "sentences.py",
)

MIGRATIONS: list[str] = [
    # 1: articles, events, corrections, meta
    """
    CREATE TABLE articles (
        id              TEXT PRIMARY KEY,
        text_hash       TEXT NOT NULL UNIQUE,
        text            TEXT NOT NULL,
        title           TEXT,
        publisher       TEXT,
        url             TEXT,
        published       TEXT,
        published_basis TEXT,
        file            TEXT,
        note            TEXT,
        added_by        TEXT,
        added_at        TEXT NOT NULL
    );
    CREATE TABLE events (
        id            TEXT PRIMARY KEY,
        article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        mention_start INTEGER NOT NULL,
        mention_end   INTEGER NOT NULL,
        date_start    TEXT,
        date_end      TEXT,
        orphan        INTEGER NOT NULL DEFAULT 0,
        feature       TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id, mention_start);
    CREATE INDEX events_dates ON events(date_start, date_end);
    CREATE TABLE corrections (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id   TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('move', 'date', 'reject', 'restore', 'note')),
        value      TEXT NOT NULL DEFAULT '{}',
        note       TEXT,
        author     TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX corrections_event ON corrections(event_id, id);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta VALUES ('revision', '0');
    """,
]


class StoreError(ArticleError):
    """A write the store refuses; the message says why in one line and nothing was changed."""


class TooManyEvents(StoreError):
    """An article gives more events than one news article may have (:data:`MAX_EVENTS_PER_ARTICLE`)."""


class DuplicateArticle(StoreError):
    def __init__(self, existing_id: str, title: str | None):
        self.existing_id = existing_id
        super().__init__(
            f"this text is already in the store as article {existing_id!r}" + (f" ({title})" if title else "")
        )


@dataclass(frozen=True, slots=True)
class Correction:
    id: int
    event_id: str
    kind: str
    value: dict[str, Any]
    note: str | None
    author: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Added:
    article_id: str
    events: int


@dataclass(frozen=True, slots=True)
class Rebuilt:
    articles: int
    events: int
    corrections_kept: int
    relinked: int
    orphans: int


def store_path(path: str | os.PathLike | None = None) -> Path:
    """The store file: ``path``, else ``$GEO_STORE``, else ``data/store/events.sqlite``."""
    return Path(path or os.environ.get(ENV) or DEFAULT_PATH)


def text_hash(text: str) -> str:
    """The key of an article's text: line endings and surrounding blank space do not make it new."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def new_article_id(article: Article, digest: str) -> str:
    """A readable, unique id for an added article: a slug of its title (or file) and its hash."""
    base = article.title or (Path(article.file).stem if article.file else "")
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:40].strip("-")
    return f"{slug}-{digest[:8]}" if slug else digest[:12]


def extractor_fingerprint() -> str:
    """Hash of the extraction code and the curated gazetteer tables (what stored events depend on)."""
    digest = hashlib.sha256()
    geo_dir = Path(__file__).resolve().parent
    paths = [geo_dir / name for name in _EXTRACTOR_FILES]
    paths += sorted(p for p in (ROOT / "data" / "gazetteer").glob("*") if p.is_file())
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pause(step: str) -> None:
    """Test hook for crash tests: with GEO_STORE_PAUSE=<step>, announce the step and wait to be killed."""
    if os.environ.get("GEO_STORE_PAUSE") == step:
        print(f"paused at {step}", file=sys.stderr, flush=True)
        time.sleep(600)


def check_event_count(n: int, name: str) -> None:
    """Refuse an article that gives more events than one news article may have (a TooManyEvents)."""
    if n > MAX_EVENTS_PER_ARTICLE:
        raise TooManyEvents(
            f"{name} gives {n:,} events, more than the {MAX_EVENTS_PER_ARTICLE:,} one article may have: "
            "is it one news article?"
        )


class Store:
    """A connection to the store file; open it with :func:`open_store`."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer version (schema {current}); update the app")
        if current == len(MIGRATIONS):
            return
        with self._write(bump=False):
            current = self.schema_version()  # another process may have migrated meanwhile
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def _write(self, bump: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction (taken at once, so concurrent writers queue instead of failing);
        ``bump`` advances the revision that caches key on."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            if bump:
                self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
            self.db.execute("COMMIT")

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def revision(self) -> int:
        """A number that grows with every write (for caches)."""
        return int(self._meta("revision") or 0)

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- articles -----------------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        rows = self.db.execute("SELECT * FROM articles ORDER BY added_at, rowid").fetchall()
        return [_article(r) for r in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def find_text(self, text: str) -> Article | None:
        """The stored article with this text (same hash), if any."""
        row = self.db.execute("SELECT * FROM articles WHERE text_hash = ?", (text_hash(text),)).fetchone()
        return _article(row) if row else None

    def summary(self) -> list[dict[str, Any]]:
        """One row per article: id, title, publisher, published, added, events, corrections."""
        rows = self.db.execute(
            """SELECT a.id, a.title, a.publisher, a.published, a.added_at, a.added_by,
                      (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                      (SELECT count(*) FROM corrections c WHERE c.article_id = a.id) AS corrections
               FROM articles a ORDER BY a.added_at, a.rowid"""
        ).fetchall()
        return [dict(r) for r in rows]

    def add(self, article: Article, gaz: Gazetteer, *, author: str | None = None) -> Added:
        """Extract ``article`` and store it with its events in one transaction.

        Raises DuplicateArticle when the same text is already stored (nothing is written).
        """
        return self.add_many([article], gaz, author=author)[0]

    def add_many(self, articles: list[Article], gaz: Gazetteer, *, author: str | None = None) -> list[Added]:
        """Store several articles with their events: all of them, or (on any refusal) none."""
        keyed: list[tuple[Article, str]] = []
        seen: dict[str, Article] = {}
        for article in articles:
            if not article.text.strip():
                raise StoreError(f"{article.file or 'the article'} has no text")
            digest = text_hash(article.text)
            existing = self.find_text(article.text)
            if existing:
                raise DuplicateArticle(existing.id, existing.title)
            if digest in seen:
                raise StoreError(
                    f"{article.file or 'an article'} has the same text as {seen[digest].file or 'another'}"
                )
            seen[digest] = article
            keyed.append((replace(article, id=article.id or new_article_id(article, digest)), digest))
        extracted = [(a, d, extract_features(a, gaz)) for a, d in keyed]  # outside the lock: the slow part
        for article, _, features in extracted:
            check_event_count(len(features), article.file or article.title or "the article")
        try:
            with self._write():
                for article, digest, features in extracted:
                    self._insert_article(article, digest, author)
                    _pause("article-inserted")
                    self._insert_events(article.id, features)
        except sqlite3.IntegrityError:
            # Another process stored the same text (or took the id) between our check and our write.
            for article, _, _ in extracted:
                existing = self.find_text(article.text)
                if existing:
                    raise DuplicateArticle(existing.id, existing.title) from None
            raise StoreError("an article with the same id is already stored") from None
        return [Added(a.id, len(f)) for a, _, f in extracted]

    def _insert_article(self, article: Article, digest: str, author: str | None) -> None:
        self.db.execute(
            """INSERT INTO articles (id, text_hash, text, title, publisher, url, published,
                                     published_basis, file, note, added_by, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id,
                digest,
                article.text,
                article.title,
                article.publisher,
                article.url,
                article.published.isoformat() if article.published else None,
                article.published_basis,
                article.file,
                article.warning,
                author,
                _now(),
            ),
        )

    def _insert_events(self, article_id: str, features: Iterable[dict]) -> None:
        self.db.executemany(
            """INSERT OR REPLACE INTO events (id, article_id, mention_start, mention_end, date_start,
                                              date_end, orphan, feature)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    f["id"],
                    article_id,
                    f["properties"]["mention_start"],
                    f["properties"]["mention_end"],
                    f["properties"]["date_start"],
                    f["properties"]["date_end"],
                    0,
                    _pack(f),
                )
                for f in features
            ],
        )

    def seeded(self) -> bool:
        """Whether the store was filled from the articles folder already (its first run is over)."""
        return self._meta("seeded") is not None

    def seed(self, folder: Path | str, gaz: Gazetteer) -> int:
        """Fill a new store from an articles folder (``data/articles``) once; returns articles added.

        Runs only the first time (the store remembers it), so it never re-adds what a user removed.
        """
        if self._meta("seeded"):
            return 0
        corpus = load_corpus(folder) if Path(folder, "manifest.json").exists() else []
        extracted = [(a, extract_features(a, gaz)) for a in corpus]
        for article, features in extracted:
            check_event_count(len(features), str(Path(folder, article.file or article.id)))
        with self._write():
            if self._meta("seeded"):  # another process seeded it while we extracted
                return 0
            added = 0
            for article, features in extracted:
                digest = text_hash(article.text)
                if self.db.execute("SELECT 1 FROM articles WHERE text_hash = ?", (digest,)).fetchone():
                    continue
                self._insert_article(article, digest, "seed")
                self._insert_events(article.id, features)
                added += 1
            self._set_meta("seeded", _now())
            self._set_meta("extractor", extractor_fingerprint())
        return added

    # -- events -------------------------------------------------------------------------------------

    def features(self, *, include_rejected: bool = False) -> list[dict]:
        """Every event as a GeoJSON Feature (README schema) with its corrections applied, in article and
        text order. Rejected events are left out unless asked for."""
        # Source records need the metadata only: reading every article's text here would cost more than
        # the events themselves in a large store.
        rows = self.db.execute(
            "SELECT id, '' AS text, title, publisher, url, published, published_basis, file, note FROM articles"
        )
        sources = {r["id"]: source_record(_article(r)) for r in rows}
        log = self._corrections_by_event()
        out = []
        for row in self.db.execute(
            """SELECT e.id, e.article_id, e.orphan, e.feature FROM events e
               JOIN articles a ON a.id = e.article_id
               ORDER BY a.added_at, a.rowid, e.mention_start"""
        ):
            feature = _unpack(row["feature"], row["id"], sources[row["article_id"]], row["orphan"])
            feature = apply_corrections(feature, log.get(row["id"], []))
            if include_rejected or not feature["properties"].get("rejected"):
                out.append(feature)
        return out

    def feature(self, event_id: str) -> dict | None:
        """One event with its corrections applied (rejected ones too), or None."""
        row = self.db.execute(
            "SELECT id, article_id, orphan, feature FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if not row:
            return None
        source = source_record(self.article(row["article_id"]))
        feature = _unpack(row["feature"], row["id"], source, row["orphan"])
        return apply_corrections(feature, self.history(event_id))

    def extracted(self, event_id: str) -> dict | None:
        """One event as extracted, without corrections."""
        row = self.db.execute(
            "SELECT id, article_id, feature FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if not row:
            return None
        return _unpack(row["feature"], row["id"], source_record(self.article(row["article_id"])))

    def count_events(self) -> int:
        return self.db.execute("SELECT count(*) FROM events").fetchone()[0]

    # -- corrections --------------------------------------------------------------------------------

    def history(self, event_id: str) -> list[Correction]:
        """The corrections of one event, oldest first."""
        rows = self.db.execute(
            "SELECT * FROM corrections WHERE event_id = ? ORDER BY id", (event_id,)
        ).fetchall()
        return [_correction(r) for r in rows]

    def _corrections_by_event(self) -> dict[str, list[Correction]]:
        log: dict[str, list[Correction]] = {}
        for row in self.db.execute("SELECT * FROM corrections ORDER BY id"):
            log.setdefault(row["event_id"], []).append(_correction(row))
        return log

    def correct(
        self,
        event_id: str,
        kind: str,
        value: dict[str, Any] | None = None,
        *,
        author: str,
        note: str | None = None,
    ) -> Correction:
        """Record one correction of an event (see :data:`KINDS`); a bad one is a StoreError."""
        value = validate_correction(kind, value or {})
        author = (author or "").strip()
        if not author:
            raise StoreError("say who makes the correction (a name or initials)")
        if len(author) > MAX_AUTHOR:
            raise StoreError(f"the name is longer than {MAX_AUTHOR} characters")
        note = (note or "").strip() or None
        if note and len(note) > MAX_NOTE:
            raise StoreError(f"the note is longer than {MAX_NOTE} characters")
        if kind == "note" and not note:
            raise StoreError("the note is empty")
        with self._write():
            row = self.db.execute("SELECT article_id FROM events WHERE id = ?", (event_id,)).fetchone()
            if not row:
                raise StoreError(f"no event {event_id!r} in the store")
            self.db.execute(
                """INSERT INTO corrections (event_id, article_id, kind, value, note, author, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (event_id, row["article_id"], kind, json.dumps(value), note, author, _now()),
            )
        return self.history(event_id)[-1]

    # -- re-extraction ------------------------------------------------------------------------------

    def rebuild(self, gaz: Gazetteer) -> Rebuilt:
        """Re-extract every stored article and replace its events, keeping every correction.

        A corrected event whose id is gone is re-linked to the new event whose mention overlaps its
        own; with none, the old event is kept as an orphan so the analyst's work stays on the map.
        """
        articles = self.articles()
        extracted = {a.id: extract_features(a, gaz) for a in articles}  # outside the lock
        for article in articles:  # all checked before anything is written: the whole rebuild or none
            try:
                check_event_count(len(extracted[article.id]), f"article {article.id!r}")
            except TooManyEvents as e:
                raise TooManyEvents(f"{e} Nothing was re-extracted: the store is as it was") from None
        relinked = orphans = events = 0
        with self._write():
            for article in articles:
                if not self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    continue
                new = extracted[article.id]
                old = {
                    r["id"]: r
                    for r in self.db.execute("SELECT * FROM events WHERE article_id = ?", (article.id,))
                }
                corrected = {
                    r[0]
                    for r in self.db.execute(
                        "SELECT DISTINCT event_id FROM corrections WHERE article_id = ?",
                        (article.id,),
                    )
                }
                new_ids = {f["id"] for f in new}
                self.db.execute("DELETE FROM events WHERE article_id = ?", (article.id,))
                self._insert_events(article.id, new)
                events += len(new)
                for event_id in sorted(corrected - new_ids):
                    was = old.get(event_id)
                    if was is None:
                        continue
                    match = _overlapping(new, was["mention_start"], was["mention_end"])
                    if match and match not in corrected:
                        self.db.execute(
                            "UPDATE corrections SET event_id = ? WHERE event_id = ?",
                            (match, event_id),
                        )
                        relinked += 1
                    else:
                        self.db.execute(
                            """INSERT INTO events (id, article_id, mention_start, mention_end,
                                                   date_start, date_end, orphan, feature)
                               VALUES (?, ?, ?, ?, ?, ?, 1, ?)""",
                            (
                                event_id,
                                article.id,
                                was["mention_start"],
                                was["mention_end"],
                                was["date_start"],
                                was["date_end"],
                                was["feature"],
                            ),
                        )
                        orphans += 1
            self._set_meta("extractor", extractor_fingerprint())
            kept = self.db.execute("SELECT count(*) FROM corrections").fetchone()[0]
        return Rebuilt(len(articles), events, kept, relinked, orphans)

    def up_to_date(self) -> bool:
        """Whether the stored events were extracted by the current extractor and tables."""
        return self._meta("extractor") == extractor_fingerprint()


def open_store(path: str | os.PathLike | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``path`` / ``$GEO_STORE`` / the default."""
    return Store(store_path(path))


# -- corrections, as data -------------------------------------------------------------------------------


def validate_correction(kind: str, value: dict[str, Any]) -> dict[str, Any]:
    """The clean value of a correction of ``kind``; anything malformed is a StoreError."""
    if kind not in KINDS:
        raise StoreError(f"unknown correction {kind!r}: use one of {', '.join(KINDS)}")
    if kind == "move":
        try:
            lat, lon = float(value["lat"]), float(value["lon"])
        except (KeyError, TypeError, ValueError):
            raise StoreError("a move needs a latitude and a longitude") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise StoreError(f"({lat}, {lon}) is not a point on Earth")
        place = str(value.get("place") or "").strip()
        if not place:
            raise StoreError("a move needs the place's name")
        precision = value.get("geo_precision") or "point"
        if precision not in GEO_PRECISIONS:
            raise StoreError(f"unknown place precision {precision!r}")
        return {
            "place": place[:200],
            "place_id": (str(value["place_id"])[:80] if value.get("place_id") else None),
            "country_code": (str(value["country_code"])[:2] if value.get("country_code") else None),
            "lat": round(lat, 5),
            "lon": round(lon, 5),
            "geo_precision": precision,
        }
    if kind == "date":
        try:
            start = date.fromisoformat(str(value["date_start"]))
            end = date.fromisoformat(str(value.get("date_end") or value["date_start"]))
        except (KeyError, ValueError):
            raise StoreError("a date correction needs real dates, YYYY-MM-DD") from None
        if end < start:
            raise StoreError("the date range ends before it starts")
        precision = value.get("date_precision") or "day"
        if precision not in PRECISIONS:
            raise StoreError(f"unknown date precision {precision!r}: use {', '.join(PRECISIONS)}")
        return {
            "date_start": start.isoformat(),
            "date_end": end.isoformat(),
            "date_precision": precision,
        }
    return {}


def apply_corrections(feature: dict, log: list[Correction]) -> dict:
    """``feature`` with its corrections applied in order. Adds ``corrected``, ``rejected`` and
    ``correction`` (kinds, who and when last, notes) to its properties when there are any."""
    if not log:
        return feature
    props = dict(feature["properties"])
    geometry = feature["geometry"]
    rejected = False
    for c in log:
        if c.kind == "move":
            geometry = {"type": "Point", "coordinates": [c.value["lon"], c.value["lat"]]}
            props.update(
                place=c.value["place"],
                place_id=c.value["place_id"],
                country_code=c.value["country_code"],
                geo_precision=c.value["geo_precision"],
            )
        elif c.kind == "date":
            props.update(c.value, date_basis="correction")
        elif c.kind == "reject":
            rejected = True
        elif c.kind == "restore":
            rejected = False
    props["corrected"] = True
    props["rejected"] = rejected
    props["correction"] = {
        "kinds": sorted({c.kind for c in log}),
        "by": log[-1].author,
        "at": log[-1].created_at,
        "notes": [c.note for c in log if c.note],
    }
    return {**feature, "geometry": geometry, "properties": props}


# -- rows <-> values ------------------------------------------------------------------------------------


def _pack(feature: dict) -> str:
    props = {k: v for k, v in feature["properties"].items() if k != "source"}
    return json.dumps(
        {"geometry": feature["geometry"], "properties": props},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _unpack(packed: str, event_id: str, source: dict, orphan: bool = False) -> dict:
    data = json.loads(packed)
    data["properties"]["source"] = source
    if orphan:  # kept only because an analyst corrected it: re-extraction no longer finds it
        data["properties"]["orphan"] = True
    return {"type": "Feature", "id": event_id, **data}


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        publisher=row["publisher"],
        url=row["url"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        published_basis=row["published_basis"],
        file=row["file"],
        warning=row["note"],
    )


def _correction(row: sqlite3.Row) -> Correction:
    return Correction(
        row["id"],
        row["event_id"],
        row["kind"],
        json.loads(row["value"]),
        row["note"],
        row["author"],
        row["created_at"],
    )


def _overlapping(features: list[dict], start: int, end: int) -> str | None:
    for f in features:
        p = f["properties"]
        if p["mention_start"] < end and start < p["mention_end"]:
            return f["id"]
    return None
