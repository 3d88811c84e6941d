"""The persistent store: one SQLite file holding articles (keyed by a hash of their text), the events
extracted from them, and the analysts' corrections, kept apart from the extracted values.

- The schema is versioned (``PRAGMA user_version``) and migrated forward on open.
- WAL mode and a busy timeout let several processes read while one writes; every write is one
  ``BEGIN IMMEDIATE`` transaction, so an article and its events land together or not at all.
- Extraction (the slow part) runs before the transaction; a write only holds the lock for the inserts.
- Corrections are an append-only log per event id. Event ids are stable (article id + mention offsets),
  so re-extraction keeps them; an event whose mention moved is re-linked by overlapping offsets, and a
  corrected event that re-extraction no longer finds is kept (``orphan``) rather than lost.
- Opening checks the file before anything else: SQLite's header, the schema, and ``PRAGMA quick_check``.
  An empty or damaged file is never seeded, migrated or written to: opening raises :class:`DamagedStore`,
  whose message says how to restore it. A new store is built in a temporary file beside its path and
  linked into place whole, so no process ever sees a half-made one.
- A full disk, a read-only file, a missing folder or a path under a file are a :class:`StoreUnavailable`
  with one plain sentence (:func:`store_error`, :func:`os_error_message`), never SQLite's wording.
- One article may give at most :data:`MAX_EVENTS_PER_ARTICLE` events (:func:`check_event_count`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
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

SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file
STORE_TABLES = ("articles", "events", "corrections", "meta")
BACKUP_COMMAND = "python -m geo backup"
_LOW_SPACE = 256 * 1024  # bytes free below which a disk error is reported as a full disk

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


class DamagedStore(StoreError):
    """The store file is empty, not a SQLite database, not an event store, or fails SQLite's check.
    Nothing was written to it; the message says what is wrong and how to restore it."""


class StoreUnavailable(StoreError, sqlite3.OperationalError):
    """The store (or a file it needs) cannot be read or written: the disk is full, it is read-only, its
    folder is missing or is a file, a disk error. Nothing was written. Also an OperationalError, for
    callers that catch SQLite's errors."""


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


# -- what went wrong, in one plain sentence ---------------------------------------------------------------


def damaged(path: str | os.PathLike, what: str) -> DamagedStore:
    """A DamagedStore saying that the store at ``path`` ``what`` ("is empty (0 bytes)") and how to
    restore it."""
    name = Path(path).name
    return DamagedStore(
        f"the store {path} {what}: nothing was changed. To restore it, move it aside (with any {name}-wal "
        f"and {name}-shm next to it) and copy a backup made with '{BACKUP_COMMAND}' to its place; or move "
        "it aside to start a new store"
    )


def folder_problem(path: str | os.PathLike) -> str | None:
    """Why no file can be written at ``path`` because of its folder ("the folder x does not exist",
    "x is a file, not a folder"), or None when its folder is there."""
    folder = Path(path).parent
    if folder.is_dir():
        return None
    for above in (folder, *folder.parents):
        if os.path.lexists(above):
            if not above.is_dir():
                return f"{above} is a file, not a folder"
            break
    return f"the folder {folder} does not exist"


def os_error_message(error: OSError, path: str | os.PathLike | None = None) -> str:
    """One sentence for a failed file write (the disk is full, read-only, a missing folder ...)."""
    where = Path(error.filename if isinstance(error.filename, str) else path or "the file")
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full: nothing was written to {where}"
    if code == errno.EFBIG:
        return f"{where} would be larger than this system allows a file to be: nothing was written"
    if code in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):
        problem = folder_problem(where)
        if problem:
            return f"{problem}: nothing was written to {where}"
    if code == errno.EROFS:
        return f"{where} is on a read-only disk: nothing was written"
    if code in (errno.EACCES, errno.EPERM):
        return f"{where} or its folder is read-only for this user (permission denied): nothing was written"
    if code == errno.EISDIR:
        return f"{where} is a folder, not a file: nothing was written"
    return f"{where} could not be written ({error.strerror or error}): nothing was written"


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, in every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _free_bytes(path: Path) -> int | None:
    for above in (path, *path.parents):
        try:
            info = os.statvfs(above)
        except OSError:
            continue
        return info.f_bavail * info.f_frsize
    return None


def _writable(path: Path) -> bool:
    """Whether this process may write ``path`` and create files beside it (as SQLite's WAL must)."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def store_error(error: BaseException, path: str | os.PathLike, what: str = "the store") -> StoreError:
    """The StoreError to show for ``error`` (SQLite's or the system's) met while using ``path``: one plain
    sentence (the disk is full, read-only, damaged, busy ...) instead of SQLite's wording."""
    path = Path(path)
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError):
        return StoreUnavailable(os_error_message(error, path))
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or text in (
        "database disk image is malformed",
        "file is not a database",
    ):
        return damaged(path, f"is damaged (SQLite reports: {text})")
    free = _free_bytes(path)
    low_space = free is not None and free < _LOW_SPACE
    if primary == sqlite3.SQLITE_FULL or text.startswith("database or disk is full"):
        return StoreUnavailable(f"the disk is full: nothing was written to {what} {path}; free some space")
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return _read_only(path, what)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return StoreUnavailable(
            f"{what} {path} is busy: another process has held it for over 30 s; nothing was written, "
            "try again"
        )
    if low_space:  # SQLite reports a full disk as an I/O error when its shared-memory file cannot grow
        return StoreUnavailable(f"the disk is full: nothing was written to {what} {path}; free some space")
    problem = folder_problem(path)
    if problem:
        return StoreUnavailable(f"{problem}: no file can be made at {path}")
    if not _writable(path):
        return _read_only(path, what)
    if primary == sqlite3.SQLITE_IOERR or "disk I/O error" in text:
        return StoreUnavailable(
            f"{what} {path} could not be read or written (a disk error): nothing was written"
        )
    return StoreUnavailable(f"{what} {path} cannot be used ({text}): nothing was written")


def _read_only(path: Path, what: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"{what} {path} is read-only: nothing was written; make it and its folder writable "
        "(SQLite writes beside the file even to read it)"
    )


# -- opening: create a new store whole, check an existing one -----------------------------------------


def _create(path: Path) -> bool:
    """Make a new store at ``path`` (the schema, WAL mode) unless a file is there by then; True when
    this call made it. The store is built in a temporary file beside ``path`` and hard-linked into
    place, which fails if the path exists: of several processes creating it at once, one wins and the
    others open its file, and nobody ever sees a half-made or empty store."""
    problem = folder_problem(path)
    if problem and "does not exist" not in problem:
        raise StoreUnavailable(f"{problem}: no store can be made at {path}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        wal = Path(f"{path}-wal")
        if wal.is_file() and wal.stat().st_size and not os.path.lexists(path):
            raise StoreError(
                f"{wal} is left from a store that is no longer at {path}: move it (and {path.name}-shm) "
                "aside with that store before a new one is made here"
            )
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(fd)
    except OSError as e:
        raise StoreUnavailable(os_error_message(e, path)) from e
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # as SQLite would make it, not mkstemp's owner-only
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("BEGIN")
            for script in MIGRATIONS:
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
            db.execute("COMMIT")
            db.execute("PRAGMA journal_mode = WAL")
        finally:
            db.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False  # another process made it meanwhile: open that one
        except OSError as e:
            if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
                raise
            if os.path.lexists(path):  # a file system without hard links: check, then rename
                return False
            os.rename(tmp, path)
        return True
    except (sqlite3.Error, OSError) as e:
        raise store_error(e, path) from e
    finally:
        for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal"):
            with suppress(OSError):
                os.unlink(leftover)


_CHECKED: dict[str, tuple[int, int, int, int]] = {}  # path -> the file as it was when it passed the check
_CHECKED_LOCK = threading.Lock()


def _signature(path: Path) -> tuple[int, int, int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _inspect(path: Path, *, quick_check: bool) -> None:
    """Check an existing store file before anything opens it for writing: SQLite's header, the schema
    (our tables, a version this code knows) and, with ``quick_check``, SQLite's structural check. A
    read-only connection does the reading, so a damaged file is never written to."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise StoreUnavailable(f"{path} is a folder, not a store file: name a file with --store or {ENV}")
        if info.st_size == 0:
            raise damaged(path, "is empty (0 bytes)")
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as e:
        raise store_error(e, path) from e
    if not head.startswith(SQLITE_HEADER):
        raise damaged(path, "is not a SQLite database (its first bytes are not SQLite's header)")
    if len(head) < 100:
        raise damaged(path, f"is cut short ({len(head)} bytes)")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and not tables & set(STORE_TABLES):
                raise damaged(
                    path,
                    f"is a SQLite database but not an event store (it has no {', '.join(STORE_TABLES)} tables)",
                )
            if version > len(MIGRATIONS):
                raise StoreError(f"{path} was written by a newer version (schema {version}); update the app")
            if version < 0 or (version == 0 and tables):
                raise damaged(path, f"is damaged (its schema version, {version}, is not one this app knows)")
            missing = [t for t in STORE_TABLES if t not in tables] if version else []
            if missing:
                tables_missing = (
                    f"tables {', '.join(missing)} are" if len(missing) > 1 else f"table {missing[0]} is"
                )
                raise damaged(path, f"is damaged (its {tables_missing} missing)")
            if quick_check:
                problems = [r[0] for r in db.execute("PRAGMA quick_check(1)")]
                if problems != ["ok"]:
                    lines = [
                        line for p in problems for line in str(p).splitlines() if not line.startswith("***")
                    ]
                    first = (lines or ["no detail"])[0][:120]
                    raise damaged(path, f"is damaged (SQLite's check found: {first})")
        finally:
            db.close()
    except sqlite3.Error as e:
        raise store_error(e, path) from e


class Store:
    """A connection to the store file; open it with :func:`open_store`."""

    def __init__(self, path: Path, *, integrity: str = "always"):
        """Open the store at ``path``: a new one is created (schema only; :meth:`seed` fills it), an
        existing file is checked first (:func:`_inspect`). ``integrity`` says when SQLite's structural
        check runs: ``"always"``, or ``"once"`` per process for each state of the file (the app, which
        opens the store for every operation)."""
        if integrity not in ("always", "once"):
            raise ValueError(f"integrity must be 'always' or 'once', not {integrity!r}")
        self.path = path = Path(path)
        created = not os.path.lexists(path) and _create(path)
        if not created:
            key = str(path)
            try:
                before = _signature(path)
            except OSError:
                before = None
            with _CHECKED_LOCK:
                known = integrity == "once" and before is not None and _CHECKED.get(key) == before
            _inspect(path, quick_check=not known)
            if before is not None:
                with _CHECKED_LOCK:
                    _CHECKED[key] = before
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
            os.chmod(tmp, 0o666 & ~_umask())
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
