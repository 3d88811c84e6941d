"""Command line: ``python -m geo extract FILE...`` prints a GeoJSON FeatureCollection of events."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo.articles import ArticleError, load_manifest, parse_date, read_article
from geo.gazetteer import load_gazetteer
from geo.pipeline import extract_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo", description="Dated, geocoded events from news articles."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print events of FILE... as one GeoJSON FeatureCollection")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--published", help="publication date, YYYY-MM-DD (overrides the manifest)")
    ex.add_argument("--title")
    ex.add_argument("--publisher")
    ex.add_argument("--url")
    gz = sub.add_parser("gazetteer", help="build the gazetteer cache (done once; later starts load it)")
    gz.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.command == "gazetteer":
            gaz = load_gazetteer()
            if not args.quiet:
                print(f"gazetteer ready: {len(gaz)} places", file=sys.stderr)
            return 0
        return _extract(args)
    except ArticleError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


def _extract(args) -> int:
    published = parse_date(args.published)  # a bad date fails before any work
    articles = []
    manifests: dict[Path, dict[str, dict]] = {}  # one read per folder, however many files it holds
    for name in args.files:
        path = Path(name)
        if path.parent not in manifests:
            manifests[path.parent] = load_manifest(path.parent) if path.parent.is_dir() else {}
        meta = manifests[path.parent].get(path.name, {})
        article = read_article(
            path,
            title=args.title or meta.get("title"),
            publisher=args.publisher or meta.get("publisher"),
            url=args.url or meta.get("url"),
            published=published or parse_date(meta.get("published")),
            published_basis=None if published else meta.get("published_basis"),
        )
        if article.warning:
            print(f"warning: {article.warning}", file=sys.stderr)
        articles.append(article)
    fc = extract_corpus(articles, load_gazetteer())
    json.dump(fc, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
