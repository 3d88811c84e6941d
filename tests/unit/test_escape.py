"""geo.escape: article text and metadata stay data wherever they are shown."""

import json
import re

import pytest

from geo import escape

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"quoted\" and 'single'",
    "back`tick`${1+1}",
    "back\\1slash\\x41",
    "</script><script>alert(1)//",
    "line\u2028separator\u2029",
    "&amp; already",
]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        (
            "\"a\" 'b'",
            "&quot;a&quot; &#x27;b&#x27;",
        ),  # safe inside either attribute quote
        ("`x`", "&#96;x&#96;"),  # backticks: old attribute quoting
        ("a\\1b", "a\\1b"),  # backslash means nothing in HTML
        ("&amp;", "&amp;amp;"),  # escaping is not idempotent: escape once, at the edge
        (None, ""),
        (2017, "2017"),
    ],
)
def test_html_escapes_markup(value, expected):
    assert escape.html(value) == expected


@pytest.mark.parametrize("value", HOSTILE)
def test_js_literal_round_trips_and_cannot_close_a_script(value):
    literal = escape.js(value)
    assert json.loads(literal) == value  # still the same string for the browser
    assert not re.search(r"[<>&'`\u2028\u2029]", literal)  # nothing HTML or a JS parser could trip on


def test_js_escapes_backslash_digit_inside_nested_data():
    literal = escape.js({"quote": "IS lost \\1 control", "list": ["</script>"]})
    assert "\\\\1" in literal and "</script>" not in literal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
        ("http://example.org", "http://example.org"),
        ("/relative/path", "/relative/path"),
        ("javascript:alert(1)", ""),  # scripts are not links
        ("JaVaScRiPt:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("//evil.example/x", ""),  # protocol-relative: another host
        (
            'https://example.org/"onmouseover="alert(1)',
            "https://example.org/&quot;onmouseover=&quot;alert(1)",
        ),
        (None, ""),
        ("", ""),
    ],
)
def test_url_keeps_only_web_links(value, expected):
    assert escape.url(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain words", "plain words"),
        ("**bold** _it_", "\\*\\*bold\\*\\* \\_it\\_"),
        ("[link](javascript:alert(1))", "\\[link\\]\\(javascript\\:alert\\(1\\)\\)"),
        ("<b>tag</b>", "&lt;b&gt;tag&lt;/b&gt;"),
        ("1. not a list", "1\\. not a list"),
        ("`code`", "\\`code\\`"),
        (
            ":red[colour] $x$",
            "\\:red\\[colour\\] \\$x\\$",
        ),  # Streamlit colour and LaTeX syntax
        # Autolinks: a URL, a www. name or an e-mail address would become a link even when escaped;
        # an invisible word joiner breaks each.
        ("http://h.example/p", "http\\:\u2060//h\\.example/p"),
        ("WWW.h.example", "WWW\u2060\\.h\\.example"),
        ("ana@h.example", "ana@\u2060h\\.example"),
        ("![x](https://h/p.png)", "\\!\\[x\\]\\(https\\:\u2060//h/p\\.png\\)"),  # an image: a tracking pixel
        ("a\\b", "a\\\\b"),
    ],
)
def test_markdown_shows_syntax_as_text(value, expected):
    assert escape.markdown(value) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "IS lost control of Raqa",
            [(19, 23, "place")],
            'IS lost control of <mark class="place">Raqa</mark>',
        ),
        (
            "<b>Raqa</b>",
            [(3, 7, "place")],
            '&lt;b&gt;<mark class="place">Raqa</mark>&lt;/b&gt;',
        ),
        ("ab", [(0, 5, "place")], "ab"),  # out of range: dropped, text intact
        (
            "abcd",
            [(0, 2, "x"), (1, 3, "y")],
            '<mark class="x">ab</mark>cd',
        ),  # overlap: first wins
        ("abcd", [(2, 2, "x")], "abcd"),  # empty span
        ("abcd", [(2, 4, 'a"b')], 'ab<mark class="a&quot;b">cd</mark>'),
    ],
)
def test_highlight_marks_spans_and_escapes_the_rest(text, spans, expected):
    assert escape.highlight(text, spans) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Raqqa", "Raqqa"),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_csv_cell_defuses_formulas(value, expected):
    assert escape.csv_cell(value) == expected
