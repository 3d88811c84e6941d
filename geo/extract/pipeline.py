"""The whole extraction, one stage after another: text -> mentions -> places -> dates -> events -> GeoJSON."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from geo.extract.coref import capital_ids, unplaced_starts
from geo.extract.dates import DateExpr, find_dates
from geo.extract.events import Event, build_events
from geo.extract.features import event_feature, feature_collection, source_record
from geo.extract.gazetteer import Gazetteer
from geo.extract.mentions import Mention, read_mentions
from geo.extract.nearby import Nearby, cue_starts, find_nearby, remember_cues
from geo.extract.resolve import Resolved, resolve
from geo.extract.sentences import PARAGRAPH_BREAK, sentence_spans
from geo.extract.variants import find_variants
from geo.sources.articles import Article


def extract_events(article: Article, gaz: Gazetteer) -> list[Event]:
    """Events of one article, in text order."""
    return extract_batch([article], gaz)[0]


# Articles read together, stage by stage: a stage's code and tables stay in the processor's caches while it
# reads them all, where one article after another runs the whole pipeline's code for each (about a tenth
# quicker on many articles). Their stages' results are small beside the gazetteer.
BATCH = 32


class _Reading:
    """One article on its way through the stages."""

    __slots__ = ("article", "cues", "dates", "demonyms", "mentions", "nearby", "places", "sentences", "text")
    mentions: list[Mention]
    demonyms: set[str]
    places: list[Resolved]
    sentences: list[tuple[int, int]]
    dates: list[DateExpr]
    nearby: list[Nearby]

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        # One pass over the text finds the cue words of the credits, variants, nearby places and the dates'
        # trigger words
        self.cues = cue_starts(self.text)


def extract_batch(articles: Sequence[Article], gaz: Gazetteer) -> list[list[Event]]:
    """The events of each article (in text order), as :func:`extract_events` gives them, the articles read
    :data:`BATCH` at a time, stage by stage."""
    out: list[list[Event]] = []
    for k in range(0, len(articles), BATCH):
        out.extend(_extract_together(articles[k : k + BATCH], gaz))
    return out


def _extract_together(articles: Sequence[Article], gaz: Gazetteer) -> list[list[Event]]:
    readings = [_Reading(a) for a in articles]
    for r in readings:
        remember_cues(r.text, r.cues)  # (the stages ask the cue pass for the text again: its answer)
        r.mentions, r.demonyms = read_mentions(r.text, gaz, r.cues)
    for r in readings:
        # events are made of these only
        r.places = resolve(r.text, r.mentions, gaz, r.demonyms, True, r.cues)
    for r in readings:
        # Sentences and dates up to the story's end: a few paragraphs past the last name read as a place
        # (known or not: "fighting erupted in Nasir town" names a town the gazetteer lacks), as far as "the
        # town" or "the hotel" refer back (the rest of a long text is not read for nothing).
        # (the places are of those names, so the last name ends at or after the last place)
        last = next((m.end for m in reversed(r.mentions) if m.mappable), None) if r.places else None
        r.sentences = sentence_spans(r.text, until=_story_end(r.text, last))
    for r in readings:
        remember_cues(r.text, r.cues)
        until = r.sentences[-1][1] if r.sentences else None
        r.dates = find_dates(r.text, r.article.published, until=until, cues=r.cues)
    for r in readings:
        if r.sentences:  # towns in another spelling ("Nabatiyeh"), placed before the places near them
            remember_cues(r.text, r.cues)
            spelt = find_variants(r.text, r.sentences[-1][1], r.places, gaz)
            if spelt:
                r.places = sorted([*r.places, *spelt], key=lambda p: p.mention.start)
    for r in readings:
        remember_cues(r.text, r.cues)
        r.nearby = find_nearby(r.text, r.sentences, r.places, gaz)
    out = []
    for r in readings:
        remember_cues(r.text, r.cues)
        out.append(
            build_events(
                r.text,
                r.article.id,
                r.sentences,
                r.places,
                r.dates,
                r.article.published,
                r.nearby,
                unplaced_starts(r.mentions, r.places, r.cues),
                capital_ids(r.places, gaz, r.cues),
            )
        )
    return out


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
    return feature_collection([f for features in features_of(articles, gaz) for f in features])


def features_of(articles: Sequence[Article], gaz: Gazetteer) -> list[list[dict]]:
    """:func:`extract_features` of each article, the articles read together (:func:`extract_batch`)."""
    out = []
    for article, events in zip(articles, extract_batch(articles, gaz), strict=True):
        source = source_record(article)
        out.append([event_feature(e, source) for e in events])
    return out


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

    def features_of(self, articles: Sequence[Article]) -> list[list[dict]]:
        """``features`` of each article, the articles read together (:func:`extract_batch`)."""
        return features_of(articles, self.gaz)

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint()
