"""The whole extraction, one stage after another: text -> mentions -> places -> dates -> events -> GeoJSON."""

from __future__ import annotations

import hashlib
from functools import cached_property
from pathlib import Path

from geo.extract.coref import capital_ids, unplaced_starts
from geo.extract.dates import find_dates
from geo.extract.events import Event, build_events
from geo.extract.features import event_feature, feature_collection, source_record
from geo.extract.gazetteer import Gazetteer
from geo.extract.mentions import read_mentions
from geo.extract.nearby import cue_starts, find_nearby
from geo.extract.resolve import resolve
from geo.extract.sentences import PARAGRAPH_BREAK, sentence_spans
from geo.extract.variants import find_variants
from geo.sources.articles import Article


def extract_events(article: Article, gaz: Gazetteer) -> list[Event]:
    """Events of one article, in text order."""
    text = article.text
    # One pass over the text finds the cue words of the credits, variants, nearby places and the dates'
    # trigger words
    cues = cue_starts(text)
    mentions, demonyms = read_mentions(text, gaz, cues)
    places = resolve(text, mentions, gaz, demonyms, True, cues)  # events are made of these only
    # Sentences and dates up to the story's end: a few paragraphs past the last name read as a place (known
    # or not: "fighting erupted in Nasir town" names a town the gazetteer lacks), as far as "the town" or "the
    # hotel" refer back (the rest of a long text is not read for nothing).
    # (the places are of those names, so the last name ends at or after the last place)
    until = _story_end(
        text, next((m.end for m in reversed(mentions) if m.mappable), None) if places else None
    )
    sentences = sentence_spans(text, until=until)
    dates = find_dates(text, article.published, until=sentences[-1][1] if sentences else None, cues=cues)
    if sentences:  # towns in another spelling ("Nabatiyeh"), placed before the places near them
        spelt = find_variants(text, sentences[-1][1], places, gaz)
        if spelt:
            places = sorted([*places, *spelt], key=lambda r: r.mention.start)
    nearby = find_nearby(text, sentences, places, gaz)
    return build_events(
        text,
        article.id,
        sentences,
        places,
        dates,
        article.published,
        nearby,
        unplaced_starts(mentions, places, cues),
        capital_ids(places, gaz, cues),
    )


# Paragraphs read past the last named place: "the town" refers back one paragraph, "the capital" and "the
# hotel" further
_REACH_PARAGRAPHS = 4


def _story_end(text: str, last: int | None) -> int | None:
    """Where the story's places end: the fourth paragraph break after ``last``, the end of its last place
    name (None: the whole text, also when it names no place, for a facility named after its town)."""
    if last is None:
        return None
    breaks = PARAGRAPH_BREAK.finditer(text, last)
    brk = None
    for _ in range(_REACH_PARAGRAPHS):
        brk = next(breaks, None)
        if brk is None:
            return None
    return brk.start() if brk else None


def extract_features(article: Article, gaz: Gazetteer) -> list[dict]:
    source = source_record(article)
    return [event_feature(e, source) for e in extract_events(article, gaz)]


def extract_corpus(articles: list[Article], gaz: Gazetteer) -> dict:
    """One FeatureCollection of the events of all ``articles``."""
    return feature_collection([f for a in articles for f in extract_features(a, gaz)])


# The extraction's code (this package) and the gazetteer's tables: when they change, stored events are
# out of date. Decided here only (the store and the app ask this module).
_CODE = Path(__file__).resolve().parent
_TABLES = _CODE.parents[1] / "data" / "gazetteer"


def source_files() -> list[Path]:
    """The files the extraction's output depends on: its code and the gazetteer's tables."""
    return sorted(_CODE.glob("*.py")) + sorted(p for p in _TABLES.glob("*") if p.is_file())


def fingerprint() -> str:
    """A hash of :func:`source_files`' names and contents."""
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class Extractor:
    """The extraction bound to a gazetteer, as the store takes it (:class:`geo.store.Extractor`)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def features(self, article: Article) -> list[dict]:
        return extract_features(article, self.gaz)

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint()
