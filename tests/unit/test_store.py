"""The store as the app and the command line use it: articles with their events, corrections that
survive re-extraction, and refusals that leave everything as it was."""

from __future__ import annotations

import random
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

import geo.store as store_module
import geo.store.errors as store_errors
import geo.store.migrations as store_migrations
from geo.extract.gazetteer import Gazetteer
from geo.extract.pipeline import Extractor
from geo.sources.articles import Article
from geo.store import (
    DamagedStore,
    DuplicateArticle,
    StoreError,
    StoreUnavailable,
    TooManyEvents,
    open_store,
    text_hash,
)
from tests.unit import tiny_gazetteer as tiny

REPORT = (
    "BEIRUT (Reuters) - Fighters pulled out of Raqqa in northern Syria on Tuesday, a monitor said.\n\n"
    "On Nov. 3, government forces entered Deir Ezzor. Shelling hit Albu Kamal the same week.\n"
)
OTHER = "Clashes were reported in Mosul on October 14, officials said. Tikrit was calm.\n"


def article(text=REPORT, **meta) -> Article:
    meta.setdefault("published", date(2017, 11, 15))
    return Article(id="", text=text, title=meta.pop("title", "Raqqa pull-out"), **meta)


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "store.sqlite") as s:
        yield s


def dump(s) -> list:
    """Everything in the store, to show that a refused write changed nothing."""
    tables = ("articles", "events", "corrections")
    return [s.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]


def test_a_new_store_is_migrated_to_the_latest_schema_in_wal_mode(store):
    assert store.schema_version() == len(store_migrations.MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_store_from_a_newer_version_is_refused_not_damaged(tmp_path):
    path = tmp_path / "newer.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)


def test_store_location_comes_from_the_argument_then_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "env.sqlite"))
    assert store_module.store_path() == tmp_path / "env.sqlite"
    assert store_module.store_path(tmp_path / "arg.sqlite") == tmp_path / "arg.sqlite"
    monkeypatch.delenv("GEO_STORE")
    assert store_module.store_path() == store_module.DEFAULT_PATH


def test_added_article_and_its_events_come_back_as_the_extractor_made_them(store, extractor):
    added = store.add(article(), extractor, author="ana")
    features = store.features()
    assert added.events == len(features) > 0
    assert {f["properties"]["place"] for f in features} >= {"Raqqa", "Deir ez-Zor", "Albu Kamal"}
    stored = store.article(added.article_id)
    assert stored.text == REPORT and stored.published == date(2017, 11, 15)
    for f in features:  # offsets still index the stored text
        p = f["properties"]
        assert stored.text[p["mention_start"] : p["mention_end"]] == p["mention"]
        assert p["source"]["id"] == added.article_id


def test_the_same_text_twice_is_refused_and_names_the_first(store, extractor):
    first = store.add(article(), extractor)
    before = dump(store)
    # Another title and Windows line endings do not make it another article.
    with pytest.raises(DuplicateArticle) as refused:
        store.add(article(REPORT.replace("\n", "\r\n") + "\n", title="Copy"), extractor)
    assert refused.value.existing_id == first.article_id
    assert dump(store) == before


def test_a_batch_with_one_duplicate_stores_none_of_it(store, extractor):
    store.add(article(), extractor)
    before, revision = dump(store), store.revision()
    with pytest.raises(DuplicateArticle):
        store.add_many([article(OTHER, title="Mosul"), article()], extractor)
    assert dump(store) == before and store.revision() == revision


def test_an_add_that_fails_midway_leaves_no_article_behind(store, extractor, monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_insert_events", broken)
    with pytest.raises(sqlite3.OperationalError):
        store.add(article(), extractor)
    assert dump(store) == [[], [], []]


def test_event_ids_do_not_change_when_the_same_article_is_extracted_again(store, extractor):
    store.add(article(), extractor)
    ids = [f["id"] for f in store.features()]
    store.rebuild(extractor)
    assert [f["id"] for f in store.features()] == ids


def _event(store, place):
    return next(f for f in store.features(include_rejected=True) if f["properties"]["place"] == place)


@pytest.mark.parametrize(
    "kind, value, check",
    [
        (
            "move",
            {
                "place": "Hit",
                "place_id": "geonames:95788",
                "country_code": "IQ",
                "lat": 33.63664,
                "lon": 42.82768,
            },
            lambda f: (
                f["properties"]["place"] == "Hit" and f["geometry"]["coordinates"] == [42.82768, 33.63664]
            ),
        ),
        (
            "date",
            {"date_start": "2017-11-01", "date_end": "2017-11-07", "date_precision": "week"},
            lambda f: (
                (f["properties"]["date_start"], f["properties"]["date_precision"]) == ("2017-11-01", "week")
                and f["properties"]["date_basis"] == "correction"
            ),
        ),
        ("reject", {}, lambda f: f["properties"]["rejected"] is True),
    ],
)
def test_a_correction_changes_the_event_and_records_who_and_when(store, extractor, kind, value, check):
    store.add(article(), extractor)
    raqqa = _event(store, "Raqqa")
    store.correct(raqqa["id"], kind, value, author="ana", note="checked against a map")
    fixed = store.feature(raqqa["id"])
    assert check(fixed)
    assert fixed["properties"]["corrected"] is True
    assert fixed["properties"]["correction"]["by"] == "ana"
    assert fixed["properties"]["correction"]["notes"] == ["checked against a map"]
    (entry,) = store.history(raqqa["id"])
    assert (entry.kind, entry.author) == (kind, "ana") and entry.created_at
    assert store.extracted(raqqa["id"]) == raqqa  # the extracted values are kept apart


def test_rejected_events_leave_the_map_until_restored(store, extractor):
    store.add(article(), extractor)
    raqqa = _event(store, "Raqqa")
    store.correct(raqqa["id"], "reject", author="ana")
    assert raqqa["id"] not in {f["id"] for f in store.features()}
    store.correct(raqqa["id"], "restore", author="ben")
    assert raqqa["id"] in {f["id"] for f in store.features()}
    assert [c.kind for c in store.history(raqqa["id"])] == ["reject", "restore"]


@pytest.mark.parametrize(
    "kind, value, author, note, message",
    [
        ("move", {"place": "Nowhere", "lat": 95, "lon": 10}, "ana", None, "not a point on Earth"),
        ("move", {"lat": 35, "lon": 40}, "ana", None, "place's name"),
        ("date", {"date_start": "2017-02-30"}, "ana", None, "real dates"),
        (
            "date",
            {"date_start": "2017-11-05", "date_end": "2017-11-01"},
            "ana",
            None,
            "ends before it starts",
        ),
        (
            "date",
            {"date_start": "2017-11-05", "date_precision": "hour"},
            "ana",
            None,
            "unknown date precision",
        ),
        ("reject", {}, "  ", None, "who makes the correction"),
        ("note", {}, "ana", "  ", "note is empty"),
        ("shrug", {}, "ana", None, "unknown correction"),
    ],
)
def test_a_bad_correction_is_refused_with_a_reason_and_changes_nothing(
    store, extractor, kind, value, author, note, message
):
    store.add(article(), extractor)
    raqqa = _event(store, "Raqqa")
    before = dump(store)
    with pytest.raises(StoreError, match=message):
        store.correct(raqqa["id"], kind, value, author=author, note=note)
    assert dump(store) == before


def test_correcting_an_unknown_event_is_refused(store, extractor):
    store.add(article(), extractor)
    with pytest.raises(StoreError, match="no event"):
        store.correct("0123456789abcdef", "reject", author="ana")


def test_corrections_survive_re_extraction(store, extractor):
    store.add(article(), extractor)
    raqqa = _event(store, "Raqqa")
    store.correct(raqqa["id"], "date", {"date_start": "2017-10-17"}, author="ana")
    done = store.rebuild(extractor)
    assert done.corrections_kept == 1 and done.orphans == 0
    assert store.feature(raqqa["id"])["properties"]["date_start"] == "2017-10-17"


def test_a_corrected_event_whose_mention_grew_is_relinked(store, extractor):
    store.add(article(), extractor)
    raqqa = _event(store, "Raqqa")
    store.correct(raqqa["id"], "note", author="ana", note="seen on video")

    class Wider(Extractor):  # an extractor that now reads "of Raqqa" as the mention
        def features(self, article):
            out = super().features(article)
            for f in out:
                if f["properties"]["mention"] == "Raqqa":
                    f["properties"]["mention_start"] -= 3
                    f["id"] = "widened" + f["id"][7:]
            return out

        def features_of(self, articles):
            return [self.features(a) for a in articles]

    done = store.rebuild(Wider(extractor.gaz))
    assert done.relinked == 1
    moved = _event(store, "Raqqa")
    assert moved["id"] != raqqa["id"] and moved["properties"]["correction"]["notes"] == ["seen on video"]


def test_a_corrected_event_the_extractor_no_longer_finds_is_kept(store, extractor):
    store.add(article(), extractor)
    raqqa = _event(store, "Raqqa")
    move = {"place": "Raqqa (checked)", "lat": 35.95, "lon": 39.01}
    store.correct(raqqa["id"], "move", move, author="ana")
    # A gazetteer without Raqqa: the extractor no longer finds the event.
    kept_places = [(p, names) for p, names in tiny.PLACES if p.name != "Raqqa"]
    smaller = Gazetteer(
        [p for p, _ in kept_places], {p.id: n for p, n in kept_places}, tiny.DEMONYMS, tiny.AREAS
    )
    done = store.rebuild(Extractor(smaller))
    assert done.orphans == 1
    kept = store.feature(raqqa["id"])
    assert kept["properties"]["place"] == "Raqqa (checked)" and kept["properties"]["orphan"] is True


def test_every_write_advances_the_revision_that_caches_follow(store, extractor):
    start = store.revision()
    store.add(article(), extractor)
    assert store.revision() > start
    with open_store(store.path) as again:  # opening it again is not a write
        assert again.revision() == store.revision()


def test_seeding_fills_a_new_store_once(store, extractor, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(OTHER, encoding="utf-8")
    (folder / "manifest.json").write_text(
        '{"articles": [{"file": "a.txt", "id": "a", "title": "Mosul", "published": "2017-10-20"}]}'
    )
    assert store.seed(folder, extractor) == 1
    assert [a.id for a in store.articles()] == ["a"]
    assert store.seed(folder, extractor) == 0


def test_the_text_hash_ignores_line_endings_and_outer_space():
    assert text_hash("a\r\nb\n") == text_hash("  a\nb")
    assert text_hash("a b") != text_hash("a  b")


# -- a damaged store is refused, never filled or written to -------------------------------------------------


def _real_store(path: Path, extractor) -> None:
    """A store with an article and a correction, checkpointed into its main file."""
    with open_store(path) as s:
        s.add(article(), extractor)
        s.correct(_event(s, "Raqqa")["id"], "note", author="ana", note="checked")
    assert not Path(f"{path}-wal").exists()


def _zero_bytes(path, extractor):
    path.write_bytes(b"")


def _text(path, extractor):
    path.write_bytes(b"this is not a SQLite database\n" * 200)


def _cut_short(path, extractor):
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")


def _random_bytes_mid_file(path, extractor):
    _real_store(path, extractor)
    _overwrite_middle(path)


def _overwrite_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = random.Random(7).randbytes(8192)
    path.write_bytes(bytes(data))


def _another_database(path, extractor):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    db.close()


def _events_table_dropped(path, extractor):
    _real_store(path, extractor)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE events")
    db.close()


def _unknown_schema_version(path, extractor):
    _real_store(path, extractor)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = -3")
    db.close()


@pytest.mark.parametrize(
    "make, says",
    [
        (_zero_bytes, "is empty (0 bytes)"),
        (_text, "is not a SQLite database"),
        (_cut_short, "is cut short"),
        (_random_bytes_mid_file, "is damaged (SQLite's check found:"),
        (_another_database, "is a SQLite database but not an event store"),
        (_events_table_dropped, "is damaged (its table events is missing)"),
        (_unknown_schema_version, "is damaged (its schema version, -3, is not one this app knows)"),
    ],
)
@pytest.mark.parametrize("integrity", ["always", "once"])
def test_a_damaged_or_empty_store_is_refused_and_never_filled_or_written(
    tmp_path, extractor, make, says, integrity
):
    path = tmp_path / "store.sqlite"
    make(path, extractor)
    before = path.read_bytes()
    with pytest.raises(DamagedStore) as refused:
        open_store(path, integrity=integrity)
    message = str(refused.value)
    assert says in message and str(path) in message and "\n" not in message
    assert "python -m geo backup" in message and "move it aside to start a new store" in message
    assert path.read_bytes() == before  # not seeded, migrated or written to


def test_a_store_damaged_after_it_was_checked_is_checked_again(tmp_path, extractor):
    """The app checks once per process for each state of the file: a changed file is a new state."""
    path = tmp_path / "store.sqlite"
    _real_store(path, extractor)
    open_store(path, integrity="once").close()
    _overwrite_middle(path)
    with pytest.raises(DamagedStore, match="is damaged"):
        open_store(path, integrity="once")


class Watcher(threading.Thread):
    """Looks at a store path over and over: whenever a file is there, it must be a whole SQLite store
    (never empty, never without its header), or a process opening it then would call it damaged."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.path, self.done, self.seen = path, threading.Event(), set()

    def run(self) -> None:
        while not self.done.wait(0.001):
            try:
                with open(self.path, "rb") as f:
                    head = f.read(16)
            except OSError:
                continue
            self.seen.add("a whole store" if head == store_migrations.SQLITE_HEADER else f"{len(head)} bytes")

    def stop(self) -> set[str]:
        self.done.set()
        self.join()
        return self.seen


def test_a_new_store_is_made_whole_even_when_many_open_it_at_once(tmp_path):
    path = tmp_path / "new" / "store.sqlite"
    start = threading.Barrier(8)
    errors: list[BaseException] = []
    watcher = Watcher(path)
    watcher.start()

    def opener():
        start.wait()
        try:
            with open_store(path) as s:
                assert s.schema_version() == len(store_migrations.MIGRATIONS)
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=opener) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert watcher.stop() == {"a whole store"}
    assert errors == []
    # no temporary file left; SQLite's own -wal/-shm may stay when the last two connections close at once
    left = {p.name for p in path.parent.iterdir()} - {"store.sqlite-wal", "store.sqlite-shm"}
    assert left == {"store.sqlite"}


def test_a_wal_left_by_a_store_that_was_moved_away_is_not_applied_to_a_new_one(tmp_path, extractor):
    path = tmp_path / "store.sqlite"
    Path(f"{path}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    with pytest.raises(StoreError, match="is left from a store that is no longer at"):
        open_store(path)
    assert not path.exists()


# -- a full disk, a read-only file: one plain sentence -------------------------------------------------------


def _sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    "error, free, says",
    [
        (
            _sqlite_error("database or disk is full", sqlite3.SQLITE_FULL),
            None,
            "the disk is full: nothing was written",
        ),
        (_sqlite_error("disk I/O error", 4874), 0, "the disk is full: nothing was written"),  # IOERR_SHMSIZE
        (_sqlite_error("attempt to write a readonly database", 8), None, "is read-only: nothing was written"),
        (
            _sqlite_error("attempt to write a readonly database", 1032),
            None,
            "is read-only",
        ),  # READONLY_DBMOVED
        (_sqlite_error("database is locked", sqlite3.SQLITE_BUSY), None, "is busy"),
        (_sqlite_error("disk I/O error", 778), None, "could not be read or written (a disk error)"),
        (_sqlite_error("database disk image is malformed", sqlite3.SQLITE_CORRUPT), None, "is damaged"),
        (OSError(28, "No space left on device"), None, "the disk is full: nothing was written"),
        (OSError(30, "Read-only file system"), None, "is on a read-only disk: nothing was written"),
    ],
)
def test_sqlite_and_system_errors_become_one_plain_sentence(tmp_path, monkeypatch, error, free, says):
    monkeypatch.setattr(store_errors, "_free_bytes", lambda path: free)
    message = str(store_module.store_error(error, tmp_path / "store.sqlite"))
    assert says in message and "\n" not in message
    assert "SQLITE_" not in message and "Error" not in message


def test_a_full_disk_at_commit_reports_the_full_disk_and_leaves_the_store_usable(store, extractor):
    store.add(article(OTHER, title="Mosul"), extractor)
    before, revision = dump(store), store.revision()
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page: SQLITE_FULL
    with pytest.raises(StoreUnavailable) as refused:
        store.add(article(REPORT * 30), extractor)
    assert "the disk is full: nothing was written" in str(refused.value)
    assert "cannot rollback" not in str(refused.value)
    assert not store.db.in_transaction
    assert dump(store) == before and store.revision() == revision
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert store.add(article(REPORT * 30), extractor).events > 0  # space again: the store works


def test_a_failed_write_the_sqlite_rolled_back_does_not_hide_its_error(store, extractor, monkeypatch):
    def full_and_rolled_back(*args, **kwargs):
        store.db.execute("ROLLBACK")  # what SQLite does by itself on a full disk
        raise _sqlite_error("database or disk is full", sqlite3.SQLITE_FULL)

    monkeypatch.setattr(store, "_insert_events", full_and_rolled_back)
    with pytest.raises(StoreUnavailable, match="the disk is full"):
        store.add(article(), extractor)
    assert dump(store) == [[], [], []]


# -- backup ---------------------------------------------------------------------------------------------


def test_a_backup_is_a_whole_store_with_the_same_events(store, extractor, tmp_path):
    store.add(article(), extractor)
    store.correct(_event(store, "Raqqa")["id"], "reject", author="ana")
    target = tmp_path / "backups" / "copy.sqlite"
    target.parent.mkdir()
    counts = store.backup(target)
    assert counts == {"articles": 1, "events": store.count_events(), "corrections": 1}
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite"]  # one file, no -wal
    with open_store(target) as copy:
        assert copy.features(include_rejected=True) == store.features(include_rejected=True)


@pytest.mark.parametrize(
    "target, says",
    [
        ("exists.sqlite", "already exists: a backup never overwrites a file"),
        ("missing/copy.sqlite", "does not exist: nothing was written"),
        ("afile.txt/copy.sqlite", "is a file, not a folder"),
    ],
)
def test_a_backup_never_overwrites_and_says_why_it_cannot_be_written(store, tmp_path, target, says):
    (tmp_path / "exists.sqlite").write_bytes(b"precious")
    (tmp_path / "afile.txt").write_text("x")
    with pytest.raises(StoreError, match=says):
        store.backup(tmp_path / target)
    assert (tmp_path / "exists.sqlite").read_bytes() == b"precious"
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


# -- the cap on events per article ----------------------------------------------------------------------


@pytest.fixture()
def low_cap(monkeypatch):
    monkeypatch.setattr(store_errors, "MAX_EVENTS_PER_ARTICLE", 2)
    return 2


def test_an_article_past_the_event_cap_is_refused_and_nothing_is_stored(store, extractor, low_cap):
    store.add(article(OTHER, title="Mosul"), extractor)  # 2 events: at the cap, accepted
    before, revision = dump(store), store.revision()
    with pytest.raises(TooManyEvents) as refused:
        store.add_many([article(REPORT, file="report.txt")], extractor)
    assert str(refused.value) == (
        "report.txt gives 5 events, more than the 2 one article may have: is it one news article?"
    )
    assert dump(store) == before and store.revision() == revision


def test_seeding_past_the_event_cap_stores_nothing(store, extractor, tmp_path, low_cap):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(OTHER, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT, encoding="utf-8")
    (folder / "manifest.json").write_text(
        '{"articles": [{"file": "a.txt", "id": "a"}, {"file": "b.txt", "id": "b"}]}', encoding="utf-8"
    )
    with pytest.raises(TooManyEvents, match=r"b\.txt gives 5 events"):
        store.seed(folder, extractor)
    assert dump(store) == [[], [], []] and not store.seeded()


def test_a_rebuild_past_the_event_cap_changes_nothing_and_keeps_the_corrections(
    store, extractor, monkeypatch
):
    store.add(article(), extractor)
    store.correct(_event(store, "Raqqa")["id"], "note", author="ana", note="seen on video")
    before, revision = dump(store), store.revision()
    monkeypatch.setattr(store_errors, "MAX_EVENTS_PER_ARTICLE", 2)
    with pytest.raises(TooManyEvents, match="Nothing was re-extracted: the store is as it was"):
        store.rebuild(extractor)
    assert dump(store) == before and store.revision() == revision


def test_the_event_cap_is_far_above_any_real_article():
    assert store_module.MAX_EVENTS_PER_ARTICLE >= 1000
    store_module.check_event_count(store_module.MAX_EVENTS_PER_ARTICLE, "x")  # at the cap: fine
    with pytest.raises(TooManyEvents, match="x gives 122,500 events, more than the 5,000"):
        store_module.check_event_count(122_500, "x")
