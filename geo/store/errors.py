"""Why the store refuses: one-line errors for the user, and SQLite's and the system's errors in plain
sentences (a full disk, a read-only file, a missing folder, a damaged file), never SQLite's wording."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from geo.sources.articles import ArticleError

ENV = "GEO_STORE"
BACKUP_COMMAND = "python -m geo backup"
_LOW_SPACE = 256 * 1024  # bytes free below which a disk error is reported as a full disk
# Far above any news article (the seed and evaluation articles give at most a few dozen events each):
# past it, the input is a list of places or a whole book, not one report.
MAX_EVENTS_PER_ARTICLE = 5000


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
