"""The store from the command line, as a user runs it: real processes, real files, the real gazetteer.
Covers adding, listing, exporting and rebuilding; every kind of bad input (one line on stderr, exit 2,
the store exactly as it was); two processes adding at once; a process killed in the middle of an add."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

import pytest

from geo.extract.pipeline import Extractor
from geo.store import open_store
from tests.unit.test_ingest import SCRIPTED_PAGE, png_bytes
from tests.unit.test_store import Watcher
from tests.unit.tiny_gazetteer import tiny_gazetteer

ROOT = Path(__file__).resolve().parents[2]

REPORT = (
    "Wed, November 15, 2017\n\n"
    "BAGHDAD (Reuters) - Iraqi forces retook the town of Hawija in northern Iraq on Tuesday, "
    "the military said. Fighters fled toward Kirkuk and Tikrit.\n"
)


def run(*args, store: Path, env: dict | None = None, timeout: float = 180, **popen):
    return subprocess.run(
        [sys.executable, "-m", "geo", *args, "--store", str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        **popen,
    )


def one_line_error(out) -> str:
    """The single line a refused command prints: exit status 2, no traceback, nothing on stdout."""
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("error: "), out.stderr
    assert "Traceback" not in out.stderr and "Error:" not in out.stderr and not out.stdout
    return out.stderr


def snapshot(path: Path) -> list:
    """Every row of the store's tables, to prove a refused command changed nothing."""
    with closing(sqlite3.connect(path)) as db:
        return [
            db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("articles", "events", "corrections", "meta")
        ]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A store as a first run leaves it: filled from data/articles."""
    path = tmp_path_factory.mktemp("seeded") / "store.sqlite"
    out = run("list", store=path)
    assert out.returncode == 0, out.stderr
    return path


@pytest.fixture()
def store(seeded, tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    shutil.copy(seeded, path)
    return path


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_first_run_fills_the_store_from_the_articles_folder(seeded):
    listed = run("list", store=seeded)
    ids = [line.split("\t")[0] for line in listed.stdout.splitlines()[1:]]
    manifest = json.loads((ROOT / "data" / "articles" / "manifest.json").read_text())
    assert ids == [a["id"] for a in manifest["articles"]]


def test_an_added_article_is_listed_and_exported_with_its_events(store, tmp_path):
    added = run("add", str(write(tmp_path, "hawija.txt", REPORT)), "--publisher", "Reuters", store=store)
    assert added.returncode == 0, added.stderr
    article_id = added.stdout.split()[1].rstrip(":")
    assert article_id in run("list", store=store).stdout
    features = json.loads(run("export", store=store).stdout)["features"]
    mine = [f for f in features if f["properties"]["source"]["id"] == article_id]
    assert {f["properties"]["place"] for f in mine} >= {"Hawija", "Tikrit"}
    # The date stated at the top became the publication date; "on Tuesday" resolves against it.
    hawija = next(f for f in mine if f["properties"]["place"] == "Hawija")
    assert hawija["properties"]["source"]["published"] == "2017-11-15"
    assert hawija["properties"]["date_start"] == "2017-11-14"


def test_csv_export_has_acled_style_columns_and_one_row_per_event(store):
    out = run("export", "--format", "csv", store=store)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    events = len(json.loads(run("export", store=store).stdout)["features"])
    assert len(rows) == events > 0
    for column in (
        "event_date",
        "time_precision",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
    ):
        assert column in rows[0]
    raqqa = next(r for r in rows if r["location"] == "Raqqa" and r["time_precision"] == "1")
    assert raqqa["notes"] and float(raqqa["latitude"]) == pytest.approx(35.95, abs=0.1)


def test_geopackage_export_is_a_point_layer_a_gis_can_open(store, tmp_path):
    import pyogrio

    target = tmp_path / "events.gpkg"
    out = run("export", "--format", "gpkg", "-o", str(target), store=store)
    assert out.returncode == 0, out.stderr
    info = pyogrio.read_info(target)
    events = len(json.loads(run("export", store=store).stdout)["features"])
    assert (info["geometry_type"], info["crs"], info["features"]) == ("Point", "EPSG:4326", events)
    assert {"event_date", "location", "notes"} <= set(info["fields"])


def test_a_geopackage_needs_a_file_name(store):
    out = run("export", "--format", "gpkg", store=store)
    assert out.returncode == 2 and "-o FILE" in out.stderr and not out.stdout


@pytest.mark.parametrize(
    "name, data, args, message",
    [
        ("empty.txt", b"", (), "is empty"),
        ("photo.txt", png_bytes(), (), "binary file"),  # a PNG renamed .txt
        ("huge.txt", b"x " * 2_600_000, (), "larger than 5 MB"),
        (
            "scripts.html",
            b"<html><script>alert(1)</script><script>steal()</script></html>",
            (),
            "no article text",
        ),
        ("report.txt", REPORT.encode(), ("--published", "2017-02-30"), "real calendar date"),
        ("report.txt", REPORT.encode(), ("--published", "2999-01-01"), "in the future"),
        (
            "raqqa.txt",
            (ROOT / "data" / "articles").glob("*.txt").__next__().read_bytes(),
            (),
            "already in the store",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line_and_leaves_the_store_as_it_was(
    store, tmp_path, name, data, args, message
):
    before = snapshot(store)
    out = run("add", str(write(tmp_path, name, data)), *args, store=store)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and message in out.stderr, out.stderr
    assert snapshot(store) == before


def test_a_missing_file_in_a_batch_stores_none_of_the_batch(store, tmp_path):
    before = snapshot(store)
    out = run("add", str(write(tmp_path, "good.txt", REPORT)), str(tmp_path / "missing.txt"), store=store)
    assert out.returncode == 2 and "no such file" in out.stderr
    assert snapshot(store) == before


def test_a_windows_1252_file_is_added_with_a_note(store, tmp_path):
    text = REPORT.replace("said.", "said \u2013 \u201cthe town is free\u201d.")
    out = run("add", str(write(tmp_path, "cp1252.txt", text.encode("cp1252"))), store=store)
    assert out.returncode == 0, out.stderr
    assert "Windows-1252" in out.stderr
    with open_store(store) as s:
        assert s.find_text(text) is not None  # decoded to the very same characters


def test_html_full_of_scripts_is_stored_as_text_only(store, tmp_path):
    out = run("add", str(write(tmp_path, "page.html", SCRIPTED_PAGE)), store=store)
    assert out.returncode == 0, out.stderr
    assert "removed 4 scripts" in out.stderr
    article_id = out.stdout.split()[1].rstrip(":")
    with open_store(store) as s:
        stored = s.article(article_id)
    assert "<script" not in stored.text and "alert" not in stored.text
    assert stored.title == "Raqqa pull-out" and str(stored.published) == "2017-10-20"


def test_two_processes_adding_at_the_same_moment_both_land(store, tmp_path):
    files = [
        write(tmp_path, f"report{i}.txt", REPORT.replace("Tuesday", day))
        for i, day in enumerate(("Monday", "Sunday", "Saturday"))
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "geo", "add", str(f), "--store", str(store)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], results
    with open_store(store) as s:
        for f in files:
            stored = s.find_text(f.read_text())
            assert stored is not None
            assert (
                s.db.execute("SELECT count(*) FROM events WHERE article_id = ?", (stored.id,)).fetchone()[0]
                > 0
            )


def test_a_process_killed_in_the_middle_of_an_add_leaves_the_store_consistent(store, tmp_path):
    before = snapshot(store)
    report = write(tmp_path, "report.txt", REPORT)
    proc = subprocess.Popen(
        [sys.executable, "-m", "geo", "add", str(report), "--store", str(store)],
        cwd=ROOT,
        env={
            **os.environ,
            "GEO_STORE_PAUSE": "article-inserted",
        },  # stop after the article row, before its events
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    line = ""
    while "paused at" not in line and time.monotonic() < deadline:
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "the add ended before it paused"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert snapshot(store) == before  # the article is not there at all
    again = run("add", str(report), store=store)
    assert again.returncode == 0, again.stderr  # and it can be added afterwards


def test_a_correction_survives_rebuild(store):
    with open_store(store) as s:
        raqqa = next(f for f in s.features() if f["properties"]["mention"] == "Raqa")
        s.correct(
            raqqa["id"],
            "date",
            {"date_start": "2017-10-16", "date_precision": "day"},
            author="ana",
            note="AFP says Monday",
        )
    out = run("rebuild", store=store)
    assert out.returncode == 0, out.stderr
    assert "corrections kept" in out.stdout
    exported = {f["id"]: f for f in json.loads(run("export", store=store).stdout)["features"]}
    fixed = exported[raqqa["id"]]["properties"]
    assert fixed["date_start"] == "2017-10-16" and fixed["corrected"] is True
    assert fixed["correction"]["by"] == "ana"


# -- a damaged store is loud, and left exactly as it is -----------------------------------------------------


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def overwrite_middle(path: Path, n: int = 8192) -> None:
    """Random bytes over the middle of the file, as a failing disk or a stray write would leave it."""
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(random.Random(11).randbytes(n))


STORE_COMMANDS = [
    pytest.param(("add", "{report}"), id="add"),
    pytest.param(("list",), id="list"),
    pytest.param(("export", "--format", "csv", "-o", "{out}/events.csv"), id="export"),
    pytest.param(("rebuild",), id="rebuild"),
    pytest.param(("backup", "{out}/copy.sqlite"), id="backup"),
]


def command(args: tuple[str, ...], tmp_path: Path) -> list[str]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    return [a.format(report=report, out=out) for a in args]


@pytest.mark.parametrize("args", STORE_COMMANDS)
def test_a_zero_byte_store_is_refused_in_one_line_and_stays_zero_bytes(tmp_path, args):
    folder = tmp_path / "store"
    folder.mkdir()
    path = folder / "events.sqlite"
    path.write_bytes(b"")
    out = run(*command(args, tmp_path), store=path)
    message = one_line_error(out)
    assert f"the store {path} is empty (0 bytes)" in message
    assert "python -m geo backup" in message and "move it aside to start a new store" in message
    assert files_in(folder) == {"events.sqlite": b""}  # nothing seeded, no journal beside it
    assert not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("args", STORE_COMMANDS)
def test_random_bytes_in_the_middle_of_a_store_are_refused_and_the_file_is_untouched(store, tmp_path, args):
    overwrite_middle(store)
    before = store.read_bytes()
    out = run(*command(args, tmp_path), store=store)
    message = one_line_error(out)
    assert f"the store {store} is damaged" in message and "python -m geo backup" in message
    assert store.read_bytes() == before
    assert not any((tmp_path / "out").iterdir())


def test_several_adds_on_a_new_store_path_all_land_and_seed_it_once(tmp_path):
    path = tmp_path / "new" / "events.sqlite"
    files = [
        write(tmp_path, f"report{i}.txt", REPORT.replace("Tuesday", day))
        for i, day in enumerate(("Monday", "Sunday", "Saturday"))
    ]
    watcher = Watcher(path)  # the file is never seen empty or half made
    watcher.start()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "geo", "add", str(f), "--store", str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [p.communicate(timeout=180) for p in procs]
    assert watcher.stop() == {"a whole store"}
    assert [p.returncode for p in procs] == [0, 0, 0], results
    seeds = len(json.loads((ROOT / "data" / "articles" / "manifest.json").read_text())["articles"])
    with open_store(path) as s:
        assert len(s.articles()) == seeds + 3
        assert all(s.find_text(f.read_text()) for f in files)
    assert sorted(p.name for p in path.parent.iterdir()) == ["events.sqlite"]


# -- backup --------------------------------------------------------------------------------------------------


def test_a_backup_is_a_store_with_the_same_events(store, tmp_path):
    with open_store(store) as s:  # a correction, so that the log is copied too
        s.correct(s.features()[0]["id"], "note", author="ana", note="checked")
    target = tmp_path / "backup.sqlite"
    out = run("backup", str(target), store=store)
    assert out.returncode == 0, out.stderr
    assert f"backed up {store} to {target}" in out.stdout and "1 corrections" in out.stdout
    original = json.loads(run("export", store=store).stdout)
    copy = json.loads(run("export", store=target).stdout)
    assert copy == original and len(copy["features"]) > 0
    assert snapshot(target) == snapshot(store)


def test_a_backup_never_overwrites_a_file(store, tmp_path):
    target = write(tmp_path, "backup.sqlite", b"an earlier backup")
    message = one_line_error(run("backup", str(target), store=store))
    assert f"{target} already exists: a backup never overwrites a file" in message
    assert target.read_bytes() == b"an earlier backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite", "store.sqlite"]


def test_a_backup_of_no_store_is_refused(tmp_path):
    message = one_line_error(run("backup", str(tmp_path / "b.sqlite"), store=tmp_path / "none.sqlite"))
    assert "there is no store at" in message
    assert list(tmp_path.iterdir()) == []


# -- missing folders, paths under a file -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, store_at, says",
    [
        (("export", "-o", "{tmp}/missing/dir/x.csv"), None, "the folder {tmp}/missing/dir does not exist"),
        (
            ("export", "--format", "gpkg", "-o", "{tmp}/missing/x.gpkg"),
            None,
            "the folder {tmp}/missing does not exist",
        ),
        (("export", "-o", "{tmp}/afile.txt/x.csv"), None, "{tmp}/afile.txt is a file, not a folder"),
        (("export", "-o", "{tmp}"), None, "{tmp} is a folder, not a file"),
        (("backup", "{tmp}/missing/b.sqlite"), None, "the folder {tmp}/missing does not exist"),
        (("backup", "{tmp}/afile.txt/b.sqlite"), None, "{tmp}/afile.txt is a file, not a folder"),
        (("list",), "{tmp}/afile.txt/x.sqlite", "{tmp}/afile.txt is a file, not a folder"),
        (
            ("add", "{tmp}/report.txt"),
            "{tmp}/afile.txt/sub/x.sqlite",
            "{tmp}/afile.txt is a file, not a folder",
        ),
        (("list",), "{tmp}", "{tmp} is a folder, not a store file"),
    ],
)
def test_a_file_that_cannot_be_made_where_asked_is_one_line(store, tmp_path, args, store_at, says):
    write(tmp_path, "afile.txt", "not a folder")
    write(tmp_path, "report.txt", REPORT)
    before = snapshot(store)
    target = Path(store_at.format(tmp=tmp_path)) if store_at else store
    out = run(*(a.format(tmp=tmp_path) for a in args), store=target)
    assert says.format(tmp=tmp_path) in one_line_error(out)
    assert snapshot(store) == before
    assert (tmp_path / "afile.txt").read_text() == "not a folder"
    assert not (tmp_path / "missing").exists()


# -- a read-only store ---------------------------------------------------------------------------------------


def _mount(*args: str) -> bool:
    return os.geteuid() == 0 and subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _others_can_run_python() -> bool:
    """Whether a user other than root can reach this Python and the project (every folder searchable)."""
    for target in (Path(sys.executable).resolve(), ROOT):
        for folder in target.parents:
            if not folder.stat().st_mode & 0o001:
                return False
    return True


@pytest.fixture()
def read_only_store(seeded):
    """A copy of the seeded store that the commands cannot write, and how to run them. As root (who
    ignores file modes) on a tmpfs remounted read-only; where mounting is not allowed, as the user
    nobody with the file 0444 and its folder 0555; as anyone else, with those modes."""
    folder = Path(tempfile.mkdtemp(prefix="geo-readonly-"))
    folder.chmod(0o755)
    mounted = _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder))
    path = folder / "store.sqlite"
    shutil.copy(seeded, path)
    popen: dict = {}
    if mounted:
        assert _mount("-o", "remount,ro", str(folder))
    else:
        path.chmod(0o444)
        folder.chmod(0o555)
        if os.geteuid() == 0:
            if not _others_can_run_python():
                shutil.rmtree(folder, ignore_errors=True)
                pytest.skip(
                    "as root, without mount and with a Python only root can run, no file can be made "
                    "read-only; test_store.py injects SQLite's read-only error instead"
                )
            popen = {"user": 65534, "group": 65534, "extra_groups": []}
    try:
        yield path, popen
    finally:
        if mounted:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)
        folder.chmod(0o755)
        shutil.rmtree(folder)


@pytest.mark.parametrize("args", STORE_COMMANDS)
def test_a_read_only_store_is_one_line_and_stays_as_it_was(read_only_store, args):
    path, popen = read_only_store
    work = Path(tempfile.mkdtemp(prefix="geo-out-"))  # writable by whoever runs the command
    work.chmod(0o777)
    try:
        before = path.read_bytes()
        out = run(*command(args, work), store=path, **popen)
        message = one_line_error(out)
        assert f"the store {path} is read-only: nothing was written" in message
        assert path.read_bytes() == before
        assert not any((work / "out").iterdir())
    finally:
        shutil.rmtree(work)


# -- a full disk --------------------------------------------------------------------------------------------


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
        try:
            while True:
                f.write(b"\0" * 64)
        except OSError:
            pass


def _file_size_limit() -> None:  # in the child, before it runs: files may not grow past 8 kB
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))


@pytest.fixture()
def full_disk(seeded, tmp_path):
    """A copy of the seeded store on a full disk: a 1 MB tmpfs filled to the last byte (as root where
    mounting is allowed), else a file size limit in the child (RLIMIT_FSIZE, SIGXFSZ ignored) that
    SQLite meets the same way. A connection stays open meanwhile, as the app keeps one: the store's
    shared-memory file exists before the disk fills, so the commands fail in the middle of a write."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder))
    path = folder / "store.sqlite"
    shutil.copy(seeded, path)
    holder = sqlite3.connect(path)
    holder.execute("SELECT count(*) FROM events").fetchone()
    before = snapshot(path)
    if mounted:
        _fill(folder)
    try:
        yield path, before, mounted, {} if mounted else {"preexec_fn": _file_size_limit}
    finally:
        holder.close()
        if mounted:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("add", "{report}"), id="add"),
        pytest.param(("rebuild",), id="rebuild"),
        pytest.param(("export", "--format", "csv", "-o", "{disk}/events.csv"), id="export"),
        pytest.param(("export", "--format", "gpkg", "-o", "{disk}/events.gpkg"), id="export-gpkg"),
        pytest.param(("backup", "{disk}/copy.sqlite"), id="backup"),
    ],
)
def test_a_full_disk_is_one_true_line_and_nothing_is_written(full_disk, tmp_path, args):
    path, before, mounted, popen = full_disk
    report = write(tmp_path, "report.txt", REPORT * 20)
    files = {p.name for p in path.parent.iterdir()}
    out = run(*(a.format(report=report, disk=path.parent) for a in args), store=path, **popen)
    message = one_line_error(out)
    assert "nothing was written" in message and "cannot rollback" not in message
    if mounted:
        assert message.startswith("error: the disk is full: nothing was written"), message
    assert {p.name for p in path.parent.iterdir()} <= files | {"store.sqlite-wal", "store.sqlite-shm"}
    assert snapshot(path) == before


# -- what may come in: UTF-16/32, NUL bytes, far too many events ---------------------------------------------


def test_utf16_and_utf32_files_with_a_byte_order_mark_are_added_with_their_text(store, tmp_path):
    texts = {}
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        text = REPORT.replace("Tuesday", f"Tuesday ({codec}, caf\u00e9 \u201cquoted\u201d)")
        texts[codec] = text
        write(tmp_path, f"{codec}.txt", ("\ufeff" + text).encode(codec))  # the mark, then the text
    out = run("add", *(str(tmp_path / f"{c}.txt") for c in texts), store=store)
    assert out.returncode == 0, out.stderr
    assert "binary" not in out.stderr
    with open_store(store) as s:
        for text in texts.values():
            stored = s.find_text(text)
            assert stored is not None and stored.text == text
            assert s.db.execute("SELECT count(*) FROM events WHERE article_id = ?", (stored.id,)).fetchone()[
                0
            ]


def test_nul_bytes_in_a_text_file_are_removed_with_a_note(store, tmp_path):
    data = REPORT.encode().replace(b"Iraqi forces", b"Iraqi\0 forces").replace(b"Kirkuk", b"Kirkuk\0\0")
    out = run("add", str(write(tmp_path, "nul.txt", data)), store=store)
    assert out.returncode == 0, out.stderr
    assert "removed 3 NUL bytes" in out.stderr
    with closing(sqlite3.connect(store)) as db:
        assert db.execute("SELECT count(*) FROM articles WHERE instr(text, char(0))").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM events WHERE instr(feature, '\\u0000')").fetchone()[0] == 0
    with open_store(store) as s:
        assert s.find_text(REPORT) is not None
        excerpts = [f["properties"]["excerpt"] for f in s.features()]
    assert excerpts and not any("\0" in e for e in excerpts)


def test_a_geopackage_keeps_a_quote_that_had_nul_bytes(store, tmp_path):
    """A store written before NULs were removed on the way in: the export still carries the quote."""
    import pyogrio

    from geo.sources.articles import Article

    quote = "Fighters\0 left Raqqa on Tuesday, a\0 monitor said."
    with open_store(store) as s:
        added = s.add(Article(id="", text=quote + "\n", title="old"), Extractor(tiny_gazetteer()))
    target = tmp_path / "events.gpkg"
    out = run("export", "--format", "gpkg", "-o", str(target), store=store)
    assert out.returncode == 0, out.stderr
    table = pyogrio.read_dataframe(target)
    notes = list(table[table["source_id"] == added.article_id]["notes"])
    assert notes == [quote.replace("\0", "")]


def test_an_article_with_more_events_than_any_news_article_is_refused(store, tmp_path):
    sentence = "Fighters were seen in Raqqa, Mosul, Tikrit and Hawija on October 14, 2017.\n"
    before = snapshot(store)
    out = run("add", str(write(tmp_path, "list.txt", sentence * 1300)), store=store)
    assert "list.txt gives 5,200 events, more than the 5,000 one article may have" in one_line_error(out)
    assert "is it one news article?" in out.stderr
    assert snapshot(store) == before
