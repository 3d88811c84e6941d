"""Command line (``python -m geo``): extract events from files, and keep the store.

- ``extract FILE...`` prints a GeoJSON FeatureCollection of events (nothing is stored);
- ``add FILE...`` extracts and stores articles (all of them or, on any error, none);
- ``list`` shows the stored articles; ``export`` writes the stored events as GeoJSON, CSV or
  GeoPackage; ``rebuild`` re-extracts every stored article, keeping the corrections;
- ``backup OUT`` copies the store to a new file with SQLite's online backup;
- ``gazetteer`` builds the gazetteer cache.

A user's mistake, a damaged store, a full disk, a read-only file or a missing folder exits with
status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sqlite3
import sys
from pathlib import Path

from geo.extract.gazetteer import load_gazetteer
from geo.extract.pipeline import Extractor, extract_corpus
from geo.sources import ingest
from geo.sources.articles import ArticleError, check_size, load_manifest, parse_date, read_article
from geo.store import (
    SEED_DIR,
    Store,
    StoreError,
    StoreUnavailable,
    export,
    folder_problem,
    open_store,
    os_error_message,
    store_error,
    store_path,
)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ArticleError as e:  # StoreError and its kinds too
        message = str(e)
    except sqlite3.Error as e:
        message = str(store_error(e, store_path(getattr(args, "store", None))))
    except OSError as e:
        message = os_error_message(e)
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m geo", description="Dated, geocoded events from news articles."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def metadata(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("files", nargs="+", metavar="FILE")
        cmd.add_argument("--published", help="publication date, YYYY-MM-DD (overrides the manifest)")
        cmd.add_argument("--title")
        cmd.add_argument("--publisher")
        cmd.add_argument("--url")

    def store(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument(
            "--store", metavar="PATH", help="the store file (default: $GEO_STORE or data/store/events.sqlite)"
        )

    metadata(sub.add_parser("extract", help="print events of FILE... as one GeoJSON FeatureCollection"))
    add = sub.add_parser("add", help="extract FILE... (.txt, .md, .html) and keep them in the store")
    metadata(add)
    store(add)
    add.add_argument("--by", help="who adds them (default: your user name)")
    store(sub.add_parser("list", help="list the stored articles"))
    ex = sub.add_parser("export", help="write the stored events as GeoJSON, CSV or GeoPackage")
    ex.add_argument("--format", choices=("geojson", "csv", "gpkg"), default="geojson")
    ex.add_argument(
        "-o", "--output", metavar="FILE", help="file to write (default: stdout; required for gpkg)"
    )
    ex.add_argument("--include-rejected", action="store_true", help="also export events an analyst rejected")
    store(ex)
    store(sub.add_parser("rebuild", help="re-extract every stored article, keeping the corrections"))
    bk = sub.add_parser(
        "backup", help="copy the store to the new file OUT (SQLite's online backup; safe while the app runs)"
    )
    bk.add_argument(
        "out", metavar="OUT", help="the backup file to make (an existing file is never overwritten)"
    )
    store(bk)
    gz = sub.add_parser("gazetteer", help="build the gazetteer cache (done once; later starts load it)")
    gz.add_argument("--quiet", action="store_true")
    return parser


def _gazetteer(args) -> int:
    gaz = load_gazetteer()
    if not args.quiet:
        print(f"gazetteer ready: {len(gaz)} places", file=sys.stderr)
    return 0


def _extract(args) -> int:
    published = parse_date(args.published)  # a bad date fails before any work
    articles = []
    manifests: dict[Path, dict[str, dict]] = {}  # one read per folder, however many files it holds
    for name in args.files:
        path = Path(name)
        meta = _manifest_record(path, manifests)
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


def _manifest_record(path: Path, manifests: dict[Path, dict[str, dict]]) -> dict:
    if path.parent not in manifests:
        manifests[path.parent] = load_manifest(path.parent) if path.parent.is_dir() else {}
    return manifests[path.parent].get(path.name, {})


def _open(args, extractor: Extractor | None = None) -> Store:
    """The store, filled from data/articles the first time it is opened."""
    store = open_store(args.store)
    if not store.seeded():
        store.seed(SEED_DIR, extractor or Extractor(load_gazetteer()))
    return store


def _add(args) -> int:
    published = parse_date(args.published)
    ingest.check_published(published)
    manifests: dict[Path, dict[str, dict]] = {}
    articles = []
    for name in args.files:  # read and check every file before anything is stored
        path = Path(name)
        if not path.is_file():
            raise ArticleError(f"{path}: no such file")
        check_size(path.stat().st_size, path)
        draft = ingest.from_upload(str(path), path.read_bytes())
        meta = _manifest_record(path, manifests)
        day = published or parse_date(meta.get("published")) or draft.published
        basis = (
            "given on the command line"
            if published
            else meta.get("published_basis")
            if meta.get("published")
            else "stated in the article"
            if day
            else None
        )
        article = ingest.with_metadata(
            draft,
            title=args.title or meta.get("title") or draft.title,
            publisher=args.publisher or meta.get("publisher") or draft.publisher,
            url=args.url or meta.get("url") or draft.url,
            published=day,
            published_basis=basis,
        )
        for note in draft.notes:
            print(f"warning: {note}", file=sys.stderr)
        articles.append(article)
    extractor = Extractor(load_gazetteer())
    with _open(args, extractor) as store:
        added = store.add_many(articles, extractor, author=args.by or _user())
    for result in added:
        print(f"added {result.article_id}: {result.events} events")
    return 0


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "command line"


def _list(args) -> int:
    with _open(args) as store:
        rows = store.summary()
    print("id\tpublished\tevents\tcorrections\tpublisher\ttitle")
    for r in rows:
        print(
            "\t".join(
                str(v if v is not None else "")
                for v in (r["id"], r["published"], r["events"], r["corrections"], r["publisher"], r["title"])
            )
        )
    print(f"{len(rows)} articles, {sum(r['events'] for r in rows)} events", file=sys.stderr)
    return 0


def _check_output(path: Path) -> None:
    """Refuse, before any work, an output file that cannot be written where it is asked for."""
    if path.is_dir():
        raise StoreUnavailable(f"{path} is a folder, not a file: nothing was written")
    problem = folder_problem(path)
    if problem:
        raise StoreUnavailable(f"{problem}: nothing was written to {path}")


def _export(args) -> int:
    if args.format == "gpkg" and not args.output:
        raise StoreError("a GeoPackage is a binary file: name it with -o FILE")
    if args.output:
        _check_output(Path(args.output))
    with _open(args) as store:
        features = store.features(include_rejected=args.include_rejected)
    if args.format == "gpkg":
        export.write_gpkg(features, args.output)
    else:
        text = export.to_csv(features) if args.format == "csv" else export.to_geojson(features)
        if args.output:
            export.save(text, args.output)
        else:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if args.output:
        print(f"wrote {len(features)} events to {args.output}", file=sys.stderr)
    return 0


def _rebuild(args) -> int:
    extractor = Extractor(load_gazetteer())
    with _open(args, extractor) as store:
        done = store.rebuild(extractor)
    print(
        f"re-extracted {done.articles} articles: {done.events} events; "
        f"{done.corrections_kept} corrections kept ({done.relinked} re-linked to a moved mention, "
        f"{done.orphans} events kept only because they were corrected)"
    )
    return 0


def _backup(args) -> int:
    source = store_path(args.store)
    if not os.path.lexists(source):
        raise StoreError(f"there is no store at {source} to back up")
    target = Path(args.out)
    with open_store(source) as store:  # checked first: a damaged store is not copied
        counts = store.backup(target)
    print(
        f"backed up {source} to {target}: {counts['articles']} articles, {counts['events']} events, "
        f"{counts['corrections']} corrections"
    )
    return 0


COMMANDS = {
    "extract": _extract,
    "add": _add,
    "list": _list,
    "export": _export,
    "rebuild": _rebuild,
    "backup": _backup,
    "gazetteer": _gazetteer,
}
