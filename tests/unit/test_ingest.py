"""What an analyst brings in (paste, .txt, .md, .html) becomes article text, or a one-line refusal."""

from __future__ import annotations

import struct
import zlib
from datetime import date

import pytest

from geo.sources import ingest
from geo.sources.articles import MAX_BYTES, ArticleError

STORY = "Fighters left Raqqa on Tuesday, a monitor said. Shelling hit Mosul on October 14.\n"


def png_bytes() -> bytes:
    """A real 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


SCRIPTED_PAGE = f"""<!doctype html><html><head><title>Raqqa pull-out - Example News</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2017-10-20">
<script>document.write('<img src=x onerror=alert(1)>')</script><script src="https://evil.example/x.js"></script>
</head><body><nav>Home | World | Sport</nav><script>var tracking = "<b>bold</b>";</script>
<article><h1>Raqqa pull-out</h1><p>{STORY}</p>
<p>The convoy crossed the desert towards Deir Ezzor province, residents said, and more fighters followed later.</p>
<script>alert("inline")</script></article><footer>All rights reserved</footer></body></html>"""


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "is empty"),
        ("photo.txt", png_bytes(), "binary file"),  # a PNG renamed .txt
        ("huge.txt", b"a" * (MAX_BYTES + 1), "larger than 5 MB"),
        ("report.pdf", b"%PDF-1.4", "only .txt, .md, .html, .htm"),
        (
            "scripts.html",
            b"<html><body><script>alert(1)</script><script>x()</script></body></html>",
            "no article text",
        ),
    ],
)
def test_a_file_that_is_not_an_article_is_refused_in_one_line(name, data, message):
    with pytest.raises(ArticleError, match=message) as refused:
        ingest.from_upload(name, data)
    assert "\n" not in str(refused.value)


def test_a_windows_1252_file_is_decoded_with_a_note():
    draft = ingest.from_upload(
        "report.txt", "Fighters left Raqqa \u2013 \u201cquickly\u201d, caf\u00e9.".encode("cp1252")
    )
    assert draft.article.text == "Fighters left Raqqa \u2013 \u201cquickly\u201d, caf\u00e9."
    assert any("Windows-1252" in note for note in draft.notes)


def test_news_html_keeps_its_words_and_loses_every_script():
    draft = ingest.from_upload("page.html", SCRIPTED_PAGE.encode())
    text = draft.article.text
    assert "Fighters left Raqqa on Tuesday" in text and "Deir Ezzor province" in text
    for markup in ("<script", "alert", "tracking", "<p>", "evil.example", "Home | World"):
        assert markup not in text
    assert any("removed 4 scripts" in note for note in draft.notes)
    # The page's metadata is offered for the form.
    assert (draft.title, draft.publisher, draft.published) == (
        "Raqqa pull-out",
        "Example News",
        date(2017, 10, 20),
    )


def test_pasted_html_is_read_as_html():
    draft = ingest.from_paste(SCRIPTED_PAGE)
    assert "<script" not in draft.article.text and "Fighters left Raqqa" in draft.article.text


def test_pasted_text_with_angle_brackets_stays_text():
    text = "Officials said <script> tags were found. Raqqa fell on October 17, 2017.\n"
    assert ingest.from_paste(text).article.text == text


def test_markdown_keeps_words_not_markup():
    md = "# Raqqa falls\n\n**Fighters** left [Raqqa](https://example.com/raqqa) on *Tuesday*.\n> A quote.\n"
    assert ingest.markdown_text(md) == "Raqqa falls\n\nFighters left Raqqa on Tuesday.\nA quote.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wed, November 15, 2017\n\nFighters left Raqqa on Tuesday.", date(2017, 11, 15)),
        ("Raqqa pull-out\n28 December, 2017\nFighters left.", date(2017, 12, 28)),
        ("Posted 2019-05-11 by staff.\nFighters left.", date(2019, 5, 11)),
        # A relative day alone is not a publication date: nothing to anchor it.
        ("Fighters left Raqqa on Tuesday, a monitor said.", None),
        ("Raqqa pull-out\nBy Jane Roe | 28 December, 2017 | 10:32\nFighters left.", date(2017, 12, 28)),
        ("Washington DC   /   Wed, November 15, 2017   /   05:17 am\nFighters left.", date(2017, 11, 15)),
        # A month alone is not a day.
        ("In October 2017 fighters left Raqqa.", None),
        # A date inside a sentence is when something happened, not when the article appeared.
        ("Fighters left Raqqa on October 12, 2017, a monitor said.", None),
        ("Raqqa pull-out\n\nOn Tuesday, October 17, 2017 the last fighters left.", None),
    ],
)
def test_the_stated_publication_date_is_suggested(text, expected):
    assert ingest.stated_date(text) == expected
    assert ingest.from_paste(text).published == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wire report's dateline: its day without a year is the latest on or before today
        ("KHARTOUM, Dec 6 (Reuters) - The RSF shelled El Fasher.", date(2026, 12, 6)),
        ("GOMA, Congo, Nov. 29 (AP) — Rebels took the town.", date(2026, 11, 29)),
        ("KYIV, Dec 20 (Reuters) - Drones hit the city.", date(2025, 12, 20)),
        ("GAZA CITY, March 3, 2024 (AFP) - Strikes hit the city.", date(2024, 3, 3)),
        # a city and a date inside a sentence are no dateline
        ("Rebels entered GOMA, Dec 6, the army said.", None),
    ],
)
def test_a_wire_dateline_suggests_the_publication_date(text, expected):
    assert ingest.stated_date(text, today=date(2026, 12, 7)) == expected


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"published": "2017-02-30"}, "real calendar date"),
        ({"published": "15/11/2017"}, "expected YYYY-MM-DD"),
        ({"published": "2999-01-01"}, "in the future"),
        ({"published": "1850-01-01"}, "before 1900"),
        ({"url": "javascript:alert(1)"}, "not a web address"),
        ({"title": "x" * 501}, "title is longer"),
    ],
)
def test_bad_metadata_is_refused_in_one_line(fields, message):
    draft = ingest.from_paste(STORY)
    with pytest.raises(ArticleError, match=message):
        ingest.with_metadata(draft, **fields)


def test_good_metadata_is_kept_with_how_the_date_is_known():
    article = ingest.with_metadata(
        ingest.from_paste(STORY),
        title=" Raqqa ",
        publisher="AFP",
        url="https://example.com/a",
        published="2017-11-15",
    )
    assert (article.title, article.publisher, article.published) == ("Raqqa", "AFP", date(2017, 11, 15))
    assert article.published_basis


# -- UTF-16/32, NUL bytes ------------------------------------------------------------------------------------

ACCENTED = (
    "Fighters left Raqqa \u2013 \u201cquickly\u201d, caf\u00e9 \u0627\u0644\u0631\u0642\u0629 on Tuesday.\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_files_with_a_byte_order_mark_are_read_as_their_text(codec):
    draft = ingest.from_upload("report.txt", ("\ufeff" + ACCENTED).encode(codec))
    assert draft.article.text == ACCENTED
    assert draft.notes == ()


@pytest.mark.parametrize(
    "data, text, note",
    [
        (
            b"Fighters\0 left Raqqa\0\0 on Tuesday.\n",
            "Fighters left Raqqa on Tuesday.\n",
            "removed 3 NUL bytes",
        ),
        (
            b"\0Fighters left Raqqa on Tuesday.\n" + b"\0" * 500,
            "Fighters left Raqqa on Tuesday.\n",
            "removed 501",
        ),
        (
            "Fighters left Raqqa\0 \u2013 caf\u00e9.\n".encode("cp1252"),
            "Fighters left Raqqa \u2013 caf\u00e9.\n",
            "removed 1 NUL byte from",
        ),
        (
            ("\ufeffFighters\0 left Raqqa.\n").encode("utf-16-le"),
            "Fighters left Raqqa.\n",
            "removed 1 NUL byte",
        ),
    ],
)
def test_nul_bytes_in_a_text_file_are_removed_with_a_note(data, text, note):
    draft = ingest.from_upload("report.txt", data)
    assert draft.article.text == text and "\0" not in draft.article.text
    assert any(note in n for n in draft.notes), draft.notes


BINARY = [
    png_bytes(),
    b"\x7fELF\x02\x01\x01\0" + bytes(range(256)) * 4,
    b"\0" * 10_000,
    b"\xff\xfe" + "\x01\x02\x03\x04\x05\x06text".encode("utf-16-le"),  # UTF-16's mark, control codes
]


@pytest.mark.parametrize("data", BINARY)
def test_binary_files_are_refused_while_the_same_bytes_in_text_lose_only_their_nuls(data):
    """The line between the two: NUL bytes no longer make a file binary, its control codes do."""
    with pytest.raises(ArticleError, match="binary file"):
        ingest.from_upload("report.txt", data)
    padded = STORY.encode() + b"\0" * min(data.count(b"\0"), len(STORY) // 2)
    draft = ingest.from_upload("report.txt", padded)
    assert draft.article.text == STORY


def test_a_utf16_mark_on_bytes_that_are_not_utf16_is_refused():
    with pytest.raises(ArticleError, match="starts like UTF-16 text but is not valid UTF-16"):
        ingest.from_upload("report.txt", b"\xff\xfe" + b"\x00\xd8" + b"A\x00")  # a lone surrogate


def test_pasted_text_loses_its_nul_bytes_with_a_note():
    draft = ingest.from_paste("Fighters\0 left Raqqa on Tuesday.\0\n")
    assert draft.article.text == "Fighters left Raqqa on Tuesday.\n"
    assert draft.notes == ("removed 2 NUL bytes from the pasted text",)
