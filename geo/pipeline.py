"""The whole extraction, one stage after another: text -> mentions -> places -> dates -> events -> GeoJSON."""

from __future__ import annotations

from geo.articles import Article
from geo.dates import find_dates
from geo.events import Event, build_events
from geo.gazetteer import Gazetteer
from geo.geojson import event_feature, feature_collection, source_record
from geo.mentions import read_mentions
from geo.resolve import resolve
from geo.sentences import sentence_spans


def extract_events(article: Article, gaz: Gazetteer) -> list[Event]:
    """Events of one article, in text order."""
    text = article.text
    mentions, demonyms = read_mentions(text, gaz)
    places = resolve(text, mentions, gaz, demonyms, mappable_only=True)  # events are made of these only
    if not places:
        return []  # no event to date: its dates and sentences need not be read
    # Nor after the sentence of the last place.
    sentences = sentence_spans(text, until=max(r.mention.end for r in places))
    dates = find_dates(text, article.published, until=sentences[-1][1] if sentences else None)
    return build_events(text, article.id, sentences, places, dates, article.published)


def extract_features(article: Article, gaz: Gazetteer) -> list[dict]:
    source = source_record(article)
    return [event_feature(e, source) for e in extract_events(article, gaz)]


def extract_corpus(articles: list[Article], gaz: Gazetteer) -> dict:
    """One FeatureCollection of the events of all ``articles``."""
    return feature_collection([f for a in articles for f in extract_features(a, gaz)])
