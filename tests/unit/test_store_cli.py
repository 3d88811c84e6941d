"""The store from the command line, as a user runs it: real processes, real files, the real gazetteer.
Covers adding, listing, exporting and rebuilding; every kind of bad input (one line on stderr, exit 2,
the store exactly as it was); two processes adding at once; a process killed in the middle of an add."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from geo.store import open_store
from tests.unit.test_ingest import SCRIPTED_PAGE, png_bytes
from tests.unit.tiny_gazetteer import tiny_gazetteer

ROOT = Path(__file__).resolve().parents[2]

REPORT = (
    "Wed, November 15, 2017\n\n"
    "BAGHDAD (Reuters) - Iraqi forces retook the town of Hawija in northern Iraq on Tuesday, "
    "the military said. Fighters fled toward Kirkuk and Tikrit.\n"
)


def run(*args, store: Path, env: dict | None = None, timeout: float = 180):
    return subprocess.run(
        [sys.executable, "-m", "geo", *args, "--store", str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
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

    from geo.articles import Article

    quote = "Fighters\0 left Raqqa on Tuesday, a\0 monitor said."
    with open_store(store) as s:
        added = s.add(Article(id="", text=quote + "\n", title="old"), tiny_gazetteer())
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
