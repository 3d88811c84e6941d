"""The store: articles, their events and the analysts' corrections in one SQLite file.

- ``repository``: the :class:`Store` (open it with :func:`open_store`): add, read, re-extract, back up;
- ``corrections``: what a correction may be, and how an event's corrections apply to it;
- ``migrations``: the versioned schema; ``opening``: making a new file whole, checking an existing one;
- ``errors``: why the store refuses, in one line; ``export``: GeoJSON, CSV and GeoPackage files.
"""

from geo.store.corrections import (
    GEO_PRECISIONS,
    KINDS,
    MAX_AUTHOR,
    MAX_NOTE,
    PRECISIONS,
    Correction,
    apply_corrections,
    validate_correction,
)
from geo.store.errors import (
    BACKUP_COMMAND,
    MAX_EVENTS_PER_ARTICLE,
    DamagedStore,
    DuplicateArticle,
    StoreError,
    StoreUnavailable,
    TooManyEvents,
    check_event_count,
    folder_problem,
    os_error_message,
    store_error,
)
from geo.store.repository import (
    DEFAULT_PATH,
    ENV,
    SEED_DIR,
    Added,
    Extractor,
    Rebuilt,
    Store,
    open_store,
    store_path,
    text_hash,
)

__all__ = [
    "BACKUP_COMMAND",
    "DEFAULT_PATH",
    "ENV",
    "GEO_PRECISIONS",
    "KINDS",
    "MAX_AUTHOR",
    "MAX_EVENTS_PER_ARTICLE",
    "MAX_NOTE",
    "PRECISIONS",
    "SEED_DIR",
    "Added",
    "Correction",
    "DamagedStore",
    "DuplicateArticle",
    "Extractor",
    "Rebuilt",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "TooManyEvents",
    "apply_corrections",
    "check_event_count",
    "folder_problem",
    "open_store",
    "os_error_message",
    "store_error",
    "store_path",
    "text_hash",
    "validate_correction",
]
