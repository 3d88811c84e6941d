"""The store's schema, versioned with ``PRAGMA user_version`` and migrated forward on open: one script
per version, applied in order. A new version appends a script; a script never changes once released."""

from __future__ import annotations

SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file
STORE_TABLES = ("articles", "events", "corrections", "meta")

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
