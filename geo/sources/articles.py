"""Read articles and their metadata (the corpus in ``data/articles`` with its ``manifest.json``)."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MAX_BYTES = 5_000_000  # a news article is far smaller; anything larger is not one


class ArticleError(ValueError):
    """A user's file or metadata that cannot be read as an article; the message says why, in one line."""


def check_size(n: int, name: object) -> None:
    """Refuse ``n`` bytes of ``name`` past :data:`MAX_BYTES`, in one line."""
    if n > MAX_BYTES:
        raise ArticleError(f"{name} is larger than {MAX_BYTES // 1_000_000} MB: not a news article")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    published_basis: str | None = None
    file: str | None = None
    warning: str | None = None  # e.g. "not UTF-8: decoded as cp1252"


def parse_date(value: str | None) -> date | None:
    """An ISO date (YYYY-MM-DD) or None; anything else is an ArticleError."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArticleError(
            f"bad publication date {value!r}: expected YYYY-MM-DD, a real calendar date"
        ) from None


# Byte-order marks, longest first: UTF-32-LE's begins with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of a file's bytes and a warning when it was not plain UTF-8; binary data is an ArticleError.

    UTF-16 and UTF-32 with a byte-order mark are decoded (their NUL-filled bytes are not binary); a file
    that is otherwise text keeps its words and loses its NUL bytes, with a note, so that no stored text
    or quote carries one; anything else full of control bytes is refused as binary."""
    notes = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(f"{name} starts like {label} text but is not valid {label}") from None
            if _looks_binary(text[:8192].replace("\x00", "")):
                raise ArticleError(f"{name} is a binary file, not article text")
            break
    else:
        head = data[:8192]
        if _looks_binary(head.replace(b"\x00", b"")) or (head and not head.strip(b"\x00")):
            raise ArticleError(f"{name} is a binary file, not article text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                notes.append(f"{name} is not UTF-8: decoded as Windows-1252 (cp1252)")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append(f"{name} is not UTF-8: decoded as Latin-1")
    text, removed = strip_nul(text, name)
    if removed:
        notes.append(removed)
    return text, "; ".join(notes) or None


def strip_nul(text: str, name: str) -> tuple[str, str | None]:
    """``text`` without NUL characters, and a note saying how many were removed (None when none)."""
    n = text.count("\x00")
    if not n:
        return text, None
    return text.replace("\x00", ""), f"removed {n} NUL byte{'s' if n != 1 else ''} from {name}"


def _looks_binary(head: bytes | str) -> bool:
    """Whether more than 5% of the start of a file (bytes, or decoded text) are control characters
    other than tab, line feed, vertical tab, form feed and carriage return."""
    if not head:
        return False
    codes = head if isinstance(head, bytes) else (ord(c) for c in head)
    control = sum(b < 9 or 13 < b < 32 for b in codes)
    return control / len(head) > 0.05


def read_article(path: Path | str, **meta) -> Article:
    """One article from a text file; ``meta`` (title, publisher, url, published) fills its metadata."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"{path}: no such file")
    check_size(path.stat().st_size, path)
    text, warning = decode_text(path.read_bytes(), str(path))
    if not text.strip():
        raise ArticleError(f"{path} is empty")
    published = meta.pop("published", None)
    if isinstance(published, str) or published is None:
        published = parse_date(published)
    return Article(
        id=path.stem,
        text=text,
        file=path.name,
        warning=warning,
        published=published,
        **meta,
    )


def load_manifest(folder: Path | str) -> dict[str, dict]:
    """The manifest's records by file name ({} when the folder has none)."""
    path = Path(folder) / "manifest.json"
    if not path.exists():
        return {}
    try:
        records = json.loads(path.read_text(encoding="utf-8"))["articles"]
    except (ValueError, KeyError) as e:
        raise ArticleError(f"{path} is not a valid manifest: {e}") from None
    return {r["file"]: r for r in records}


def load_corpus(folder: Path | str) -> list[Article]:
    """Every article listed in ``folder/manifest.json``, with its metadata."""
    folder = Path(folder)
    return [
        read_article(
            folder / name,
            title=r.get("title"),
            publisher=r.get("publisher"),
            url=r.get("url"),
            published=r.get("published"),
            published_basis=r.get("published_basis"),
        )
        for name, r in load_manifest(folder).items()
    ]


def source_record(article: Article) -> dict:
    """An event's ``source``: the article's id, title, publisher, URL and publication date."""
    return {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
    }
