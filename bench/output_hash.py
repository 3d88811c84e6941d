"""Hash the extractor's output on ordinary text, to check that a change leaves it byte-identical.

    .venv/bin/python bench/output_hash.py              # compiled build when it matches the sources
    GEO_PURE=1 .venv/bin/python bench/output_hash.py   # plain Python
    .venv/bin/python bench/output_hash.py --dump DIR   # also write each set's features to DIR/<set>.json

Sets: the seed articles (data/articles, with the manifest's publication dates) and, when ../shared is
present, the public gold sets (GeoWebNews, TR-News, LGL; their date when it is an ISO date) and the
conflicts-dev articles (their metadata's publication dates, plus the raw pages they were cut from).
Prints one SHA-256 per set and one of them all; the same figures before and after a change mean the same
GeoJSON features, byte for byte. A second hash per set ("stages") covers what the pipeline reads only in
part: every mention with all its fields, every resolved mention (mappable or not), and the sentences and
dates of the whole text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geo.extract
from geo.extract.dates import find_dates
from geo.extract.gazetteer import load_gazetteer
from geo.extract.mentions import read_mentions
from geo.extract.pipeline import extract_features
from geo.extract.resolve import resolve
from geo.extract.sentences import sentence_spans
from geo.sources.articles import Article, load_corpus
from geo.vocab import parse_iso_date

SHARED = ROOT.parent / "shared" / "eval"
MENTION_FIELDS = [
    "start",
    "end",
    "text",
    "key",
    "mappable",
    "reason",
    "region",
    "offset_km",
    "bearing",
    "span_start",
]


def _jsonl(path: Path) -> list[Article]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(
                Article(
                    id=str(r["id"]),
                    text=r["text"],
                    title=r.get("title"),
                    published=parse_iso_date(r.get("date")),
                )
            )
    return out


def _conflicts_dev(folder: Path) -> tuple[list[Article], list[Article]]:
    meta = json.loads((folder / "articles" / "metadata.json").read_text(encoding="utf-8"))
    texts, raws = [], []
    for r in meta:
        published = parse_iso_date(r.get("published"))
        texts.append(
            Article(
                id=r["id"], text=(folder / r["text_file"]).read_text(encoding="utf-8"), published=published
            )
        )
        raw = folder / r.get("raw_file", "")
        if r.get("raw_file") and raw.is_file():
            raws.append(
                Article(id=r["id"] + ".raw", text=raw.read_text(encoding="utf-8"), published=published)
            )
    return texts, raws


def corpora() -> dict[str, list[Article]]:
    sets = {"seed": load_corpus(ROOT / "data" / "articles")}
    public = SHARED / "public"
    for name, rel in [
        ("geowebnews", "geowebnews/geowebnews_100.jsonl"),
        ("trnews", "trnews_syria_iraq/trnews_syria_iraq.jsonl"),
        ("lgl", "lgl_syria_iraq/lgl_syria_iraq.jsonl"),
    ]:
        if (public / rel).is_file():
            sets[name] = _jsonl(public / rel)
    dev = SHARED / "conflicts-dev"
    if (dev / "articles" / "metadata.json").is_file():
        sets["conflicts-dev"], sets["conflicts-dev-raw"] = _conflicts_dev(dev)
    return sets


def stages(article: Article, gaz) -> list:
    """Each stage's whole output on the whole text (the pipeline stops reading after the last place)."""
    text = article.text
    mentions, demonyms = read_mentions(text, gaz)
    mention_rows = [
        {**{f: getattr(m, f) for f in MENTION_FIELDS}, "hints": sorted(m.hints)} for m in mentions
    ]
    resolved = [
        [r.mention.start, r.place.id, r.lat, r.lon, r.geo_precision, r.label]
        for r in resolve(text, mentions, gaz, demonyms)
    ]
    dates = [list(d) for d in find_dates(text, article.published)]
    return [mention_rows, sorted(demonyms), resolved, sentence_spans(text), dates]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", type=Path, help="write each set's features to DIR/<set>.json")
    args = ap.parse_args()
    gaz = load_gazetteer()
    total = hashlib.sha256()
    print(f"build: {'compiled' if geo.extract.NATIVE else 'plain Python'}")
    for name, articles in corpora().items():
        features = [f for a in articles for f in extract_features(a, gaz)]
        blob = json.dumps(features, ensure_ascii=False, sort_keys=True, default=str).encode()
        digest = hashlib.sha256(blob).hexdigest()
        staged = json.dumps([stages(a, gaz) for a in articles], ensure_ascii=False, default=str).encode()
        stage_digest = hashlib.sha256(staged).hexdigest()
        total.update(name.encode() + b"\0" + blob + b"\0" + staged)
        print(
            f"{name:18} {len(articles):4} articles {len(features):5} features  {digest[:16]}  "
            f"stages {stage_digest[:16]}"
        )
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.json").write_text(
                json.dumps(features, ensure_ascii=False, sort_keys=True, indent=1, default=str),
                encoding="utf-8",
            )
    print(f"{'all':18} {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
