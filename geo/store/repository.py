"""The persistent store: one SQLite file holding articles (keyed by a hash of their text), the events
extracted from them, and the analysts' corrections, kept apart from the extracted values.

- The schema is versioned (``PRAGMA user_version``) and migrated forward on open (:mod:`.migrations`).
- WAL mode and a busy timeout let several processes read while one writes; every write is one
  ``BEGIN IMMEDIATE`` transaction, so an article and its events land together or not at all.
- The store takes events, it does not extract them: the caller hands in an :class:`Extractor` (the
  extraction bound to a gazetteer, :class:`geo.extract.Extractor`), which runs before the transaction;
  a write only holds the lock for the inserts. Its fingerprint says when stored events are out of date.
- Corrections are an append-only log per event id (:mod:`.corrections`). Event ids are stable (article
  id + mention offsets), so re-extraction keeps them; an event whose mention moved is re-linked by
  overlapping offsets, and a corrected event that re-extraction no longer finds is kept (``orphan``).
- Opening checks the file first (:mod:`.opening`): an empty or damaged file is never seeded, migrated or
  written to; disk and file errors are one plain sentence (:mod:`.errors`)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from geo.sources.articles import Article, load_corpus, source_record
from geo.store.corrections import MAX_AUTHOR, MAX_NOTE, Correction, apply_corrections, validate_correction
from geo.store.errors import (  # noqa: F401
    ENV,
    DamagedStore,
    DuplicateArticle,
    StoreError,
    StoreUnavailable,
    TooManyEvents,
    check_event_count,
    damaged,
    folder_problem,
    os_error_message,
    store_error,
)
from geo.store.migrations import MIGRATIONS
from geo.store.opening import CHECKED, CHECKED_LOCK, create, inspect_file, signature, umask

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = ROOT / "data" / "store" / "events.sqlite"
SEED_DIR = ROOT / "data" / "articles"


class Extractor(Protocol):
    """What the store needs of the extraction: the events of an article, and a fingerprint of the code
    and tables that made them (a stored fingerprint that differs means the events are out of date)."""

    @property
    def fingerprint(self) -> str: ...

    def features(self, article: Article) -> list[dict]: ...

    def features_of(self, articles: Sequence[Article]) -> list[list[dict]]:
        """``features`` of each article (an extractor may read them together, quicker)."""
        ...


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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pause(step: str) -> None:
    """Test hook for crash tests: with GEO_STORE_PAUSE=<step>, announce the step and wait to be killed."""
    if os.environ.get("GEO_STORE_PAUSE") == step:
        print(f"paused at {step}", file=sys.stderr, flush=True)
        time.sleep(600)


class Store:
    """A connection to the store file; open it with :func:`open_store`."""

    def __init__(self, path: Path, *, integrity: str = "always"):
        """Open the store at ``path``: a new one is created (schema only; :meth:`seed` fills it), an
        existing file is checked first (:func:`inspect_file`). ``integrity`` says when SQLite's structural
        check runs: ``"always"``, or ``"once"`` per process for each state of the file (the app, which
        opens the store for every operation)."""
        if integrity not in ("always", "once"):
            raise ValueError(f"integrity must be 'always' or 'once', not {integrity!r}")
        self.path = path = Path(path)
        created = not os.path.lexists(path) and create(path)
        if not created:
            key = str(path)
            try:
                before = signature(path)
            except OSError:
                before = None
            with CHECKED_LOCK:
                known = integrity == "once" and before is not None and CHECKED.get(key) == before
            inspect_file(path, quick_check=not known)
            if before is not None:
                with CHECKED_LOCK:
                    CHECKED[key] = before
        try:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise store_error(e, path) from e
        try:
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except BaseException as e:
            self.db.close()
            if isinstance(e, sqlite3.Error):
                raise store_error(e, path) from e
            raise

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
        ``bump`` advances the revision that caches key on.

        On any failure the transaction is rolled back, unless SQLite already did (it does on a full
        disk or an I/O error, in the middle of an INSERT or at COMMIT): then a ROLLBACK would only
        hide the real error under "no transaction is active". SQLite's errors other than a constraint
        (which callers handle) come out as one plain sentence (:func:`store_error`)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise store_error(e, self.path) from e
        try:
            yield self.db
            if bump:
                self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
            self.db.execute("COMMIT")
        except BaseException as e:
            if self.db.in_transaction:
                with suppress(sqlite3.Error):  # the error worth reporting is the one that got us here
                    self.db.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error) and not isinstance(e, sqlite3.IntegrityError | StoreError):
                raise store_error(e, self.path) from e
            raise

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

    def add(self, article: Article, extractor: Extractor, *, author: str | None = None) -> Added:
        """Extract ``article`` and store it with its events in one transaction.

        Raises DuplicateArticle when the same text is already stored (nothing is written).
        """
        return self.add_many([article], extractor, author=author)[0]

    def add_many(
        self, articles: list[Article], extractor: Extractor, *, author: str | None = None
    ) -> list[Added]:
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
        # outside the lock: the slow part
        extracted = [
            (a, d, f) for (a, d), f in zip(keyed, extractor.features_of([a for a, _ in keyed]), strict=True)
        ]
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

    def seed(self, folder: Path | str, extractor: Extractor) -> int:
        """Fill a new store from an articles folder (``data/articles``) once; returns articles added.

        Runs only the first time (the store remembers it), so it never re-adds what a user removed.
        """
        if self._meta("seeded"):
            return 0
        corpus = load_corpus(folder) if Path(folder, "manifest.json").exists() else []
        extracted = list(zip(corpus, extractor.features_of(corpus), strict=True))
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
            self._set_meta("extractor", extractor.fingerprint)
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
        feature = _unpack(row["feature"], row["id"], self._source(row["article_id"]), row["orphan"])
        return apply_corrections(feature, self.history(event_id))

    def extracted(self, event_id: str) -> dict | None:
        """One event as extracted, without corrections."""
        row = self.db.execute(
            "SELECT id, article_id, feature FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if not row:
            return None
        return _unpack(row["feature"], row["id"], self._source(row["article_id"]))

    def _source(self, article_id: str) -> dict:
        """An event's ``source``: its article's metadata."""
        article = self.article(article_id)
        if article is None:  # the foreign key keeps every event's article: without it, the file is damaged
            raise damaged(self.path, f"is damaged (an event's article {article_id!r} is missing)")
        return source_record(article)

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

    def rebuild(self, extractor: Extractor) -> Rebuilt:
        """Re-extract every stored article and replace its events, keeping every correction.

        A corrected event whose id is gone is re-linked to the new event whose mention overlaps its
        own; with none, the old event is kept as an orphan so the analyst's work stays on the map.
        """
        articles = self.articles()
        # outside the lock
        extracted = {a.id: f for a, f in zip(articles, extractor.features_of(articles), strict=True)}
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
            self._set_meta("extractor", extractor.fingerprint)
            kept = self.db.execute("SELECT count(*) FROM corrections").fetchone()[0]
        return Rebuilt(len(articles), events, kept, relinked, orphans)

    def up_to_date(self, fingerprint: str) -> bool:
        """Whether the stored events were extracted by the current extractor and tables."""
        return self._meta("extractor") == fingerprint

    # -- backup -------------------------------------------------------------------------------------

    def backup(self, target: str | os.PathLike) -> dict[str, int]:
        """Copy the store to the new file ``target`` with SQLite's online backup: a consistent copy even
        while others write. The copy is one self-contained file (no -wal), checked before it is put in
        place, and never overwrites an existing file. Returns its articles, events and corrections."""
        target = Path(target)
        if os.path.lexists(target):
            raise StoreError(f"{target} already exists: a backup never overwrites a file; name a new one")
        problem = folder_problem(target)
        if problem:
            raise StoreUnavailable(f"{problem}: nothing was written to {target}")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
            os.close(fd)
            os.chmod(tmp, 0o666 & ~umask())
        except OSError as e:
            raise StoreUnavailable(os_error_message(e, target)) from e
        try:
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                self.db.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the source's mode
                check = dest.execute("PRAGMA quick_check(1)").fetchone()[0]
                counts = {
                    t: dest.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("articles", "events", "corrections")
                }
            finally:
                dest.close()
            if check != "ok":
                raise StoreError(
                    f"the copy did not pass SQLite's check ({check}): nothing was written to {target}"
                )
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise StoreError(
                    f"{target} already exists: a backup never overwrites a file; name a new one"
                ) from None
            except OSError as e:
                if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
                    raise
                if os.path.lexists(target):
                    raise StoreError(f"{target} already exists: a backup never overwrites a file") from None
                os.rename(tmp, target)
            return counts
        except (sqlite3.Error, OSError) as e:
            raise store_error(e, target, "the backup") from e
        finally:
            for leftover in (tmp, f"{tmp}-journal", f"{tmp}-wal", f"{tmp}-shm"):
                with suppress(OSError):
                    os.unlink(leftover)


def open_store(path: str | os.PathLike | None = None, *, integrity: str = "always") -> Store:
    """Open the store at ``path`` / ``$GEO_STORE`` / the default: created when the path does not exist,
    checked (and migrated as needed) when it does. A damaged or empty file raises DamagedStore, a
    file that cannot be read or written StoreUnavailable, each with one line for the user.
    ``integrity="once"`` runs SQLite's structural check once per process for each state of the file
    (see :class:`Store`)."""
    return Store(store_path(path), integrity=integrity)


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
