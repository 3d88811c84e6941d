"""Read articles and their metadata (the corpus in ``data/articles`` with its ``manifest.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MAX_BYTES = 5_000_000  # a news article is far smaller; anything larger is not one


class ArticleError(ValueError):
    """A user's file or metadata that cannot be read as an article; the message says why, in one line."""


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


def decode_text(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of a file's bytes and a warning when it was not UTF-8; binary data is an ArticleError."""
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise ArticleError(f"{name} is a binary file, not article text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), f"{name} is not UTF-8: decoded as Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"{name} is not UTF-8: decoded as Latin-1"


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(b < 9 or 13 < b < 32 for b in head)
    return control / len(head) > 0.05


def read_article(path: Path | str, **meta) -> Article:
    """One article from a text file; ``meta`` (title, publisher, url, published) fills its metadata."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"{path}: no such file")
    if path.stat().st_size > MAX_BYTES:
        raise ArticleError(f"{path} is larger than {MAX_BYTES // 1_000_000} MB: not a news article")
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
