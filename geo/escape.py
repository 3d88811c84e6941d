"""The one escaping helper: every string from an article or a user that reaches HTML, JavaScript or
Markdown goes through a function here, never through string concatenation of raw text.

- :func:`html` for text between tags and in attribute values (quotes and backticks included);
- :func:`js` for any value embedded in a ``<script>`` (JSON that cannot close the script or a string,
  and with no ``{``/``}`` left in its strings, so that no template engine can read it as a template);
- :func:`highlight` for text with marked spans (a quote with its place mention, an article's mentions);
- :func:`url` for links (only http(s) and relative URLs survive, escaped for an attribute);
- :func:`markdown` for text shown through ``st.markdown`` (its syntax characters become literal);
- :func:`csv_cell` for downloaded spreadsheets (a cell starting with = + - @ is not run as a formula).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

_HTML = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#x27;",
        "`": "&#96;",  # old IE treated backticks as attribute quotes; cheap to be safe
        # Braces mean nothing in HTML but open a template: HTML that ever passes through one stays text.
        "{": "&#123;",
        "}": "&#125;",
    }
)

# After json.dumps, these could still end a <script> element, open an HTML comment, or end a JS
# string in engines that treat U+2028/2029 as line breaks; a backtick never matters in JSON but is
# escaped so that the output stays safe even if someone pastes it into a template literal.
_JS = {
    # Braces open Jinja's {{ }}, {% %} and {# #}: branca renders a macro's output as a template again,
    # so a brace left in data would make article text code (see geo.maps.elements).
    "{": "\\u007b",
    "}": "\\u007d",
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "'": "\\u0027",
    "`": "\\u0060",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JS_RE = re.compile("[<>&'`\u2028\u2029]")
_JS_BRACES = str.maketrans({"{": _JS["{"], "}": _JS["}"]})
# A JSON string literal (unrolled, so linear in its length); braces are escaped only inside them.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')

_MD_RE = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:])")
_MD_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# GitHub-flavoured Markdown links bare URLs, "www." names and e-mail addresses even when every
# character is escaped (it finds them in the text after parsing): an invisible word joiner (U+2060)
# after "://", "www" and "@" breaks the pattern without changing what a reader sees.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def html(value: object) -> str:
    """Escape a value for HTML text or a quoted attribute; None becomes an empty string."""
    if value is None:
        return ""
    return str(value).translate(_HTML)


def js(value: Any) -> str:
    """Serialise a value as a JavaScript literal that is safe inside an HTML ``<script>``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if "{" in text or "}" in text:  # structural braces stay: only those inside strings are data
        text = _JSON_STRING.sub(lambda m: m.group().translate(_JS_BRACES), text)
    return _JS_RE.sub(lambda m: _JS[m.group()], text)


def url(value: object) -> str:
    """An http(s) or relative URL escaped for an attribute, or "" for anything else (javascript:...)."""
    if not value:
        return ""
    text = str(value).strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return ""
    if scheme not in ("", "http", "https") or text.startswith("//"):
        return ""
    return html(text)


def markdown(value: object) -> str:
    """Escape Markdown syntax (and HTML) so ``st.markdown`` shows the value as plain text."""
    if value is None:
        return ""
    # Markdown syntax first, then the three HTML characters: entities like &#96; would be mangled by
    # the Markdown pass, and quotes or backticks mean nothing to Markdown once backslash-escaped.
    text = _AUTOLINK.sub(WORD_JOINER, str(value).replace("\n", " "))
    return _MD_RE.sub(r"\\\1", text).translate(_MD_HTML)


def csv_cell(value: object) -> object:
    """Neutralise spreadsheet formulas (OWASP CSV injection): prefix ``'`` to text starting with
    ``= + - @`` or a tab/carriage return; other values pass through unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def highlight(text: str, spans: Iterable[tuple[int, int, str]], tag: str = "mark") -> str:
    """Escape ``text`` and wrap each ``(start, end, css_class)`` span in ``<mark class=...>``.

    Offsets are code-point offsets into ``text``. Spans out of range, empty, or overlapping an
    earlier-starting span are dropped (the first one wins), so bad offsets never break the markup.
    """
    out: list[str] = []
    pos = 0
    for start, end, css in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end <= start or start < 0 or end > len(text):
            continue
        out.append(html(text[pos:start]))
        out.append(f'<{tag} class="{html(css)}">{html(text[start:end])}</{tag}>')
        pos = end
    out.append(html(text[pos:]))
    return "".join(out)
