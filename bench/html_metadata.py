"""HTML metadata benchmark on the wcxb-dev corpus (run by hand, never by pytest).

For every page, compares against the reference: exact title, author, publication
day, and whether a date is reported on pages whose reference states none
(an invented date). Three extractors side by side:

* ``parse``: ``articleparse.parse(html)`` (title from the chosen heading block);
* ``meta``: articleparse's page metadata alone (``read_metadata``), with the title
  block ``pick_title`` chooses among the page's blocks (else the stated title);
* ``trafilatura``: ``trafilatura.bare_extraction(html, with_metadata=True)``.

Usage: ``python bench/html_metadata.py [--limit N] [--workers 2] [--failures FIELD]``.
trafilatura results are cached in a temporary file keyed by its version, since
they do not change while articleparse is being worked on.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _score import (
    WCXB,
    author_match,
    day_match,
    day_of,
    page_type,
    read_gz,
    title_match,
    wcxb_truth,
)

Result = dict[str, object]
SYSTEMS = ("parse", "meta", "trafilatura")


def _parser() -> object:
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(remove_comments=True, no_network=True, huge_tree=True, recover=True)


def _articleparse(page_id: str) -> tuple[str, Result, Result]:
    from lxml import html as lxml_html

    import articleparse
    from articleparse._html import html_blocks
    from articleparse._metadata import read_metadata
    from articleparse._rules.headline import pick_title

    raw = read_gz(WCXB / "html" / f"{page_id}.html.gz")
    article = articleparse.parse(raw, format="html")
    full: Result = {
        "title": article.title,
        "authors": list(article.authors),
        "date": article.published.isoformat() if article.published else None,
    }
    text = raw.decode("utf-8", "replace").replace("\x00", "\ufffd")
    try:
        root = lxml_html.document_fromstring(text, parser=_parser())
        meta = read_metadata(root)
        blocks = html_blocks(root)
        chosen = pick_title(blocks, meta.title)
        only: Result = {
            "title": blocks[chosen].text if chosen is not None else meta.title,
            "authors": list(meta.authors),
            "date": meta.published.isoformat() if meta.published else None,
        }
    except Exception as error:
        only = {"title": None, "authors": [], "date": None, "error": repr(error)}
    return page_id, full, only


def _trafilatura(page_id: str) -> tuple[str, Result]:
    import trafilatura

    raw = read_gz(WCXB / "html" / f"{page_id}.html.gz").decode("utf-8", "replace")
    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True)
    except Exception:
        doc = None
    if doc is None:
        return page_id, {"title": None, "authors": [], "date": None}
    author = getattr(doc, "author", None)
    return page_id, {
        "title": getattr(doc, "title", None),
        "authors": [name.strip() for name in author.split(";") if name.strip()] if author else [],
        "date": getattr(doc, "date", None),
    }


def _trafilatura_all(ids: list[str], workers: int) -> dict[str, Result]:
    import trafilatura

    name = f"articleparse-bench-trafilatura-{trafilatura.__version__}.json"
    cache_path = Path(tempfile.gettempdir()) / name
    cache: dict[str, Result] = json.loads(cache_path.read_text()) if cache_path.exists() else {}
    missing = [page_id for page_id in ids if page_id not in cache]
    if missing:
        with Pool(workers) as pool:
            for page_id, result in pool.imap_unordered(_trafilatura, missing, chunksize=4):
                cache[page_id] = result
        cache_path.write_text(json.dumps(cache))
    return {page_id: cache[page_id] for page_id in ids}


class Tally:
    """Counts for one system over one group of pages."""

    def __init__(self) -> None:
        self.pages = 0
        self.title = 0
        self.author = 0
        self.day = 0
        self.no_date_pages = 0
        self.invented = 0
        self.author_pages = 0
        self.author_stated = 0
        self.day_stated = 0

    def add(self, result: Result, truth: dict[str, object]) -> None:
        self.pages += 1
        self.title += title_match(result["title"], truth["title"])  # type: ignore[arg-type]
        self.author += author_match(result["authors"], truth["author"])  # type: ignore[arg-type]
        self.day += day_match(result["date"], truth["publish_date"])
        if truth["author"]:
            self.author_pages += 1
            self.author_stated += author_match(result["authors"], truth["author"])  # type: ignore[arg-type]
        if day_of(truth["publish_date"]) is None:
            self.no_date_pages += 1
            self.invented += day_of(result["date"]) is not None
        else:
            self.day_stated += day_match(result["date"], truth["publish_date"])

    def row(self) -> list[str]:
        n = self.pages or 1
        return [
            f"{self.title / n:.3f}",
            f"{self.author / n:.3f}",
            f"{self.day / n:.3f}",
            f"{self.author_stated / (self.author_pages or 1):.3f}",
            f"{self.day_stated / ((self.pages - self.no_date_pages) or 1):.3f}",
            f"{self.invented / (self.no_date_pages or 1):.3f}"
            f" ({self.invented}/{self.no_date_pages})",
        ]


def _print_table(tallies: dict[tuple[str, str], Tally], groups: Iterable[str]) -> None:
    header = [
        *("group", "system", "pages", "title exact", "author", "pub. day"),
        *("author|ref has one", "day|ref has one", "invented dates"),
    ]
    rows = [header]
    for group in groups:
        for system in SYSTEMS:
            tally = tallies[(group, system)]
            rows.append([group, system, str(tally.pages), *tally.row()])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


_FIELDS = {
    "title": ("title", "title"),
    "author": ("authors", "author"),
    "date": ("date", "publish_date"),
}


def _print_failure(
    which: str, page_id: str, kind: str, ours: Result, full: Result, truth: dict[str, object]
) -> None:
    """Print one line when articleparse's metadata gets the field wrong."""
    mine, ref = _FIELDS[which]
    ok = {
        "title": lambda r: title_match(r["title"], truth["title"]),  # type: ignore[arg-type]
        "author": lambda r: author_match(r["authors"], truth["author"]),  # type: ignore[arg-type]
        "date": lambda r: day_match(r["date"], truth["publish_date"]),
    }[which]
    if not ok(ours):
        print(f"{page_id} [{kind}] got {ours[mine]!r} want {truth[ref]!r} | parse {full[mine]!r}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    options.add_argument("--every", type=int, default=1, help="only every Nth page (sampling)")
    options.add_argument("--workers", type=int, default=2)
    options.add_argument(
        "--failures", choices=("title", "author", "date"), help="list metadata failures"
    )
    args = options.parse_args()

    truths = {page_id: record for page_id, record in wcxb_truth()}
    ids = sorted(truths)[:: args.every]
    if args.limit:
        ids = ids[: args.limit]
    theirs = _trafilatura_all(ids, args.workers)
    ours: dict[str, tuple[Result, Result]] = {}
    with Pool(args.workers) as pool:
        for page_id, full, only in pool.imap_unordered(_articleparse, ids, chunksize=4):
            ours[page_id] = (full, only)

    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for page_id in ids:
        record = truths[page_id]
        truth = record["ground_truth"]
        assert isinstance(truth, dict)
        kind = page_type(record)
        full, only = ours[page_id]
        for system, result in zip(SYSTEMS, (full, only, theirs[page_id]), strict=True):
            for group in (kind, "all"):
                tallies[(group, system)].add(result, truth)
        if args.failures:
            _print_failure(args.failures, page_id, kind, only, full, truth)
    _print_table(tallies, ("article", "all"))
    print(
        "author / pub. day: share of pages right, a page without a reference value counting as"
        " right only when none is given; '|ref has one': among pages whose reference states one;"
        " invented dates: pages given a date among pages whose reference has none."
    )


if __name__ == "__main__":
    main()
