"""The extract command as a user runs it: one process, real files, real gazetteer."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def seed_output():
    out = run("extract", *sorted(str(p) for p in (ROOT / "data" / "articles").glob("*.txt")))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_extract_prints_one_feature_collection_for_many_files(seed_output):
    assert seed_output["type"] == "FeatureCollection"
    sources = {f["properties"]["source"]["id"] for f in seed_output["features"]}
    assert len(sources) == 5  # all five seed articles, in one process


def test_offsets_index_the_file_text_exactly(seed_output):
    texts = {}
    for f in seed_output["features"]:
        p = f["properties"]
        sid = p["source"]["id"]
        if sid not in texts:
            texts[sid] = (ROOT / "data" / "articles" / f"{sid}.txt").read_text(encoding="utf-8")
        assert texts[sid][p["mention_start"] : p["mention_end"]] == p["mention"]
        assert texts[sid][p["excerpt_start"] : p["excerpt_end"]] == p["excerpt"]


@pytest.mark.parametrize(
    "quote_words, place, date_start",
    [
        ("IS lost control of Raqa", "Raqqa", "2017-10-17"),  # "on October 17"
        ("On Nov. 3, Russian-backed", "Deir ez-Zor", "2017-11-03"),
        (
            "40 miles northwest of Tikrit",
            "40 miles northwest of Tikrit",
            "2017-12-09",
        ),  # "That same day"
    ],
)
def test_seed_events_carry_the_date_the_text_gives(seed_output, quote_words, place, date_start):
    hits = [f["properties"] for f in seed_output["features"] if quote_words in f["properties"]["excerpt"]]
    assert any(p["place"] == place and p["date_start"] == date_start for p in hits), hits


def test_missing_file_is_one_clear_line_and_nonzero_exit(tmp_path):
    out = run("extract", str(tmp_path / "nope.txt"))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().count("\n") == 0 and "no such file" in out.stderr


def test_binary_file_is_refused(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    out = run("extract", str(png))
    assert out.returncode == 2 and "binary" in out.stderr


def test_bad_publication_date_is_refused(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Fighters fled Raqqa on Tuesday.", encoding="utf-8")
    out = run("extract", str(f), "--published", "2017-02-30")
    assert out.returncode == 2 and "2017-02-30" in out.stderr and out.stderr.count("\n") == 1


def test_cp1252_file_is_decoded_with_a_warning(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Fighters fled Raqqa \u2013 the \u201ccapital\u201d \u2013 on Tuesday.".encode("cp1252"))
    out = run("extract", str(f), "--published", "2017-11-15", "--title", "<b>T</b>")
    assert out.returncode == 0 and "warning" in out.stderr and "cp1252" in out.stderr
    (feature,) = json.loads(out.stdout)["features"]
    p = feature["properties"]
    assert p["mention"] == "Raqqa" and p["date_start"] == "2017-11-14" and p["source"]["title"] == "<b>T</b>"
    assert "\u201ccapital\u201d" in p["excerpt"]


@pytest.mark.parametrize(
    "codec, data_of, warns",
    [
        ("utf-16-le", lambda text: ("\ufeff" + text).encode("utf-16-le"), None),
        ("utf-16-be", lambda text: ("\ufeff" + text).encode("utf-16-be"), None),
        ("utf-32-le", lambda text: ("\ufeff" + text).encode("utf-32-le"), None),
        ("nul", lambda text: text.replace("Tuesday", "Tues\0day\0").encode(), "removed 2 NUL bytes"),
    ],
)
def test_utf16_utf32_and_nul_bytes_are_read_and_offsets_index_the_text(tmp_path, codec, data_of, warns):
    text = "Fighters fled Raqqa \u2013 the \u201ccapital\u201d \u2013 on Tuesday.\n"
    f = tmp_path / f"{codec}.txt"
    f.write_bytes(data_of(text))
    out = run("extract", str(f), "--published", "2017-11-15")
    assert out.returncode == 0, out.stderr
    assert (warns in out.stderr) if warns else out.stderr == ""
    (feature,) = json.loads(out.stdout)["features"]
    p = feature["properties"]
    assert text[p["mention_start"] : p["mention_end"]] == p["mention"] == "Raqqa"
    assert p["excerpt"] == text.strip() and p["date_start"] == "2017-11-14"
