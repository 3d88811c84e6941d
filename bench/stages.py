"""Where the extraction's time goes: the least CPU time of each stage over the seed + GeoWebNews-100 texts.

    .venv/bin/python bench/stages.py [ROUNDS]      # best of ROUNDS (15) runs of each stage

Each stage runs on the inputs the stages before it gave (computed once), so its figure is its own (but
"variants", "nearby" and "events" each read the cue words again, which one pass of the extraction reads once,
as "cues", for all four and the dates: subtract "cues" from each of the three to compare their own work). The
least of many runs is steadier than a mean on a machine whose speed drifts; to compare two versions of the
code, run this in both checkouts alternately. Prints figures; it is not a test.
"""

from __future__ import annotations

import json
import math
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geo.extract
from geo.extract import pipeline
from geo.extract.gazetteer import load_gazetteer
from geo.sources.articles import Article, load_corpus

GWN = ROOT.parent / "shared" / "eval" / "public" / "geowebnews" / "geowebnews_100.jsonl"


def articles() -> list[Article]:
    texts = [a.text for a in load_corpus(ROOT / "data" / "articles")]
    if GWN.exists():
        texts += [json.loads(line)["text"] for line in GWN.read_text(encoding="utf-8").splitlines()]
    return [Article(id=str(i), text=t, published=date(2018, 1, 1)) for i, t in enumerate(texts)]


def inputs(article: Article, gaz) -> dict:
    """What each stage of ``pipeline.extract_events`` is given, for one article."""
    text = article.text
    cues = pipeline.cue_starts(text)
    mentions, demonyms = pipeline.read_mentions(text, gaz, cues)
    places = pipeline.resolve(text, mentions, gaz, demonyms, True, cues)
    sentences = pipeline.sentence_spans(text, until=pipeline._story_end(text, last_name(mentions, places)))
    until = sentences[-1][1] if sentences else None
    dates = pipeline.find_dates(text, article.published, until=until, cues=cues)
    placed = places
    if sentences:
        spelt = pipeline.find_variants(text, sentences[-1][1], places, gaz)
        if spelt:
            placed = sorted([*places, *spelt], key=lambda r: r.mention.start)
    nearby = pipeline.find_nearby(text, sentences, placed, gaz)
    return {
        "article": article,
        "text": text,
        "mentions": mentions,
        "demonyms": demonyms,
        "places": places,
        "sentences": sentences,
        "until": until,
        "cues": cues,
        "dates": dates,
        "placed": placed,
        "nearby": nearby,
        "unplaced": pipeline.unplaced_starts(mentions, places, cues),
        "capitals": pipeline.capital_ids(places, gaz, cues),
    }


def last_name(mentions, places) -> int | None:
    """Where the last name read as a place ends, as ``pipeline.extract_events`` reads the story's end."""
    return next((m.end for m in reversed(mentions) if m.mappable), None) if places else None


def stages(gaz, ins: list[dict]) -> dict:
    """Each stage as a function of no arguments that runs it on every article."""
    return {
        "cues": lambda: [pipeline.cue_starts(i["text"]) for i in ins],
        "mentions": lambda: [pipeline.read_mentions(i["text"], gaz, i["cues"]) for i in ins],
        "resolve": lambda: [
            pipeline.resolve(i["text"], i["mentions"], gaz, i["demonyms"], True, i["cues"]) for i in ins
        ],
        "sentences": lambda: [
            pipeline.sentence_spans(
                i["text"], until=pipeline._story_end(i["text"], last_name(i["mentions"], i["places"]))
            )
            for i in ins
        ],
        "dates": lambda: [
            pipeline.find_dates(i["text"], i["article"].published, until=i["until"], cues=i["cues"])
            for i in ins
        ],
        "variants": lambda: [
            pipeline.find_variants(i["text"], i["sentences"][-1][1], i["places"], gaz)
            for i in ins
            if i["sentences"]
        ],
        "nearby": lambda: [pipeline.find_nearby(i["text"], i["sentences"], i["placed"], gaz) for i in ins],
        "events": lambda: [
            pipeline.build_events(
                i["text"],
                i["article"].id,
                i["sentences"],
                i["placed"],
                i["dates"],
                i["article"].published,
                i["nearby"],
                i["unplaced"],
                i["capitals"],
            )
            for i in ins
        ],
        "coref": lambda: [
            (
                pipeline.unplaced_starts(i["mentions"], i["places"], i["cues"]),
                pipeline.capital_ids(i["places"], gaz, i["cues"]),
            )
            for i in ins
        ],
        "whole": lambda: [pipeline.extract_events(i["article"], gaz) for i in ins],
    }


def best(run, rounds: int) -> float:
    least = math.inf
    for _ in range(rounds):
        c0 = time.process_time()
        run()
        least = min(least, time.process_time() - c0)
    return least


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    gaz = load_gazetteer()
    arts = articles()
    for a in arts * 2:  # start-up: caches of words and names
        pipeline.extract_events(a, gaz)
    ins = [inputs(a, gaz) for a in arts]
    size = sum(len(a.text.encode()) for a in arts)
    print(f"{'compiled' if geo.extract.NATIVE else 'plain Python'}; best of {rounds}, {size / 1e6:.2f} MB")
    for name, run in stages(gaz, ins).items():
        print(f"{name:10} {best(run, rounds) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
