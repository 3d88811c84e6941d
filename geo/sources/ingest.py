"""Turn what an analyst brings (a pasted text, or an uploaded .txt, .md or .html file) into an Article,
with every refusal as an ArticleError whose message is one line for the user.

HTML is reduced to its main text by trafilatura (made for news pages): scripts, styles, navigation and
markup never reach the store; the text is stored and shown as plain text. Markdown keeps its words
and loses its markup. The publication date is suggested from the page's metadata or the text's own
dateline ("Wed, November 15, 2017"), for the analyst to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from geo.extract.dates import find_dates
from geo.sources.articles import Article, ArticleError, check_size, decode_text, parse_date, strip_nul

EXTENSIONS = (".txt", ".md", ".html", ".htm")
MAX_FIELD = 500  # title, publisher, URL
EARLIEST = date(1900, 1, 1)
DATELINE_CHARS = 1500  # a stated publication date sits near the top of an article


@dataclass(frozen=True, slots=True)
class Draft:
    """An article ready to preview and store, with what the page or text suggests for its metadata."""

    article: Article
    notes: tuple[str, ...] = ()  # e.g. "decoded as Windows-1252", "removed 3 scripts"
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None


def from_upload(name: str, data: bytes) -> Draft:
    """A draft from an uploaded file's name and bytes."""
    suffix = Path(name).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ArticleError(f"{name}: only {', '.join(EXTENSIONS)} files can be added")
    check_size(len(data), name)
    text, warning = decode_text(data, name)
    notes = (warning,) if warning else ()
    if suffix in (".html", ".htm"):
        return _from_html(text, name, notes)
    if suffix == ".md":
        text = markdown_text(text)
    return _draft(text, name, notes, file=name)


def from_paste(text: str) -> Draft:
    """A draft from pasted text (pasted HTML is read as HTML); NUL characters are removed with a note."""
    check_size(len(text.encode("utf-8")), "the pasted text")
    text, removed = strip_nul(text, "the pasted text")
    notes = (removed,) if removed else ()
    if _looks_like_html(text):
        return _from_html(text, "the pasted text", notes)
    return _draft(text, "the pasted text", notes)


def with_metadata(
    draft: Draft,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    published: str | date | None = None,
    published_basis: str | None = "given by the analyst who added it",
) -> Article:
    """The draft's article with the analyst's metadata, checked; a bad field is an ArticleError."""
    fields = {"title": title, "publisher": publisher, "url": url}
    for key, value in fields.items():
        if value and len(value) > MAX_FIELD:
            raise ArticleError(f"the {key} is longer than {MAX_FIELD} characters")
    url = (url or "").strip() or None
    if url and not re.match(r"^https?://\S+$", url):
        raise ArticleError(f"{url[:60]!r} is not a web address (http:// or https://)")
    day = published if isinstance(published, date) else parse_date((published or "").strip() or None)
    check_published(day)
    return replace(
        draft.article,
        title=(title or "").strip() or None,
        publisher=(publisher or "").strip() or None,
        url=url,
        published=day,
        published_basis=published_basis if day else None,
    )


def check_published(day: date | None, today: date | None = None) -> None:
    """A publication date must be a real day between 1900 and tomorrow (time zones)."""
    if day is None:
        return
    today = today or date.today()
    if day > today + timedelta(days=1):
        raise ArticleError(f"publication date {day.isoformat()} is in the future")
    if day < EARLIEST:
        raise ArticleError(f"publication date {day.isoformat()} is before {EARLIEST.year}")


# A wire report's dateline: "KHARTOUM, Dec 6 (Reuters) -", "GOMA, Congo, March 3, 2025 (AP) —"
_WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'’. -]{1,40}(?:,[ \t]*[A-Z][A-Za-z'’. -]{1,40})?,[ \t]+"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+(?P<day>\d{1,2})"
    r"(?:,[ \t]*(?P<year>\d{4}))?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-–—]"
)
_MONTH_OF = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def stated_date(text: str, today: date | None = None) -> date | None:
    """The publication date an article states at its top ("Wed, November 15, 2017" on its own line,
    "Published 28 December, 2017", a wire dateline "KHARTOUM, Dec 6 (Reuters) -", whose day without a year
    is the latest on or before ``today``), if any. A date inside a sentence is an event's date, not this."""
    head = text[:DATELINE_CHARS]
    wire = _WIRE_DATELINE.search(head)
    if wire is not None:
        return _wire_day(wire, today or date.today())
    for expr in find_dates(head, None):
        if expr.precision != "day" or not expr.date_start or not _FULL.search(expr.text):
            continue
        line_start = head.rfind("\n", 0, expr.start) + 1
        line_end = head.find("\n", expr.end)
        before = " ".join(head[line_start : expr.start].split())
        after = " ".join(head[expr.end : len(head) if line_end < 0 else line_end].split())
        if _DATELINE_CUE.search(before) or (
            len(before) + len(after) <= 40 and not _SENTENCE.search(before + " " + after)
        ):
            return expr.date_start
    return None


def markdown_text(text: str) -> str:
    """Markdown's words without its markup: headings, emphasis, links, images, code fences, quotes."""
    text = re.sub(r"^```.*?$", "", text, flags=re.M)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # images: keep the alt text
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links: keep the words
    text = re.sub(r"^\s{0,3}(#{1,6}|>)\s?", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)", r"\1", text)
    return text


# -- inside ------------------------------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and bool(re.search(r"</(p|div|html|body|article|script|span)>", head))


def _draft(text: str, name: str, notes: tuple[str, ...], *, file: str | None = None) -> Draft:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{name} is empty")
    article = Article(id="", text=text, file=file)
    return Draft(article, notes, published=stated_date(text))


def _from_html(html: str, name: str, notes: tuple[str, ...]) -> Draft:
    import trafilatura  # a few hundred ms to import: only when HTML comes in

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    body = (getattr(doc, "text", None) or "").strip()
    if not body:
        raise ArticleError(f"{name} has no article text (only markup or scripts)")
    scripts = len(re.findall(r"<script\b", html, flags=re.I))
    if scripts:
        notes += (f"removed {scripts} script{'s' if scripts > 1 else ''}: stored as plain text only",)
    text = re.sub(r"\n+", "\n\n", body) + "\n"  # one paragraph per block, as in the .txt articles
    base = _draft(text, name, notes, file=None if name.startswith("the ") else name)
    published = _date_or_none(getattr(doc, "date", None))
    return replace(
        base,
        title=_clean(getattr(doc, "title", None)),
        publisher=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        published=published or base.published,
    )


def _date_or_none(value: str | None) -> date | None:
    try:
        return parse_date((value or "")[:10] or None)
    except ArticleError:
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value[:MAX_FIELD] or None


_FULL = re.compile(r"\d{4}")  # a date that names its year, not "on Tuesday" resolved against nothing


def _wire_day(wire: re.Match, today: date) -> date | None:
    month, day = _MONTH_OF[wire.group("mon")], int(wire.group("day"))
    try:
        if wire.group("year"):
            return date(int(wire.group("year")), month, day)
        found = date(today.year, month, day)
        return found if found <= today else date(today.year - 1, month, day)
    except ValueError:  # "Feb 30": no day
        return None


_DATELINE_CUE = re.compile(r"\b(published|posted|updated|dated?|first published)\b\W*(on)?\W*$", re.I)
_SENTENCE = re.compile(r"[a-z]{3,}\s+[a-z]{3,}")  # two lower-case words: running text, not a dateline
