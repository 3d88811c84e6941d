"""Opening a store file: a new store is made whole (built in a temporary file and linked into place),
an existing one is checked before anything writes to it (SQLite's header, our schema, a quick check)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import tempfile
import threading
from contextlib import suppress
from pathlib import Path

from geo.store.errors import (  # noqa: F401
    ENV,
    DamagedStore,
    StoreError,
    StoreUnavailable,
    damaged,
    folder_problem,
    os_error_message,
    store_error,
)
from geo.store.migrations import MIGRATIONS, SQLITE_HEADER, STORE_TABLES


def umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, in every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


# -- opening: create a new store whole, check an existing one -----------------------------------------


def create(path: Path) -> bool:
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
        os.chmod(tmp, 0o666 & ~umask())  # as SQLite would make it, not mkstemp's owner-only
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


CHECKED: dict[str, tuple[int, int, int, int]] = {}  # path -> the file as it was when it passed the check
CHECKED_LOCK = threading.Lock()


def signature(path: Path) -> tuple[int, int, int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def inspect_file(path: Path, *, quick_check: bool) -> None:
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
