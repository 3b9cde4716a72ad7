"""Shared-rule benchmark: datelines, bylines, author values and credits on real pages (run by hand).

Measures the rule functions alone, outside the pipeline, on the wcxb-dev corpus
(reference ``author`` and ``publish_date``) and the dev corpus (credit shapes):

* ``dateline``: in the first ``--head`` lines of each text dump, the first line
  ``is_dateline`` accepts; its ``parse_date`` day against the reference day.
* ``byline``: the first line in the head with ``parse_byline`` names, against the
  reference author (``author_match``).
* ``meta-author``: raw author values of the HTML (``<meta name=author>``,
  ``article:author``, JSON-LD ``author``): the first one, cleaned by ``clean_names``
  versus taken raw, against the reference author.
* ``meta-date``: raw date values of the HTML (``article:published_time``, JSON-LD
  ``datePublished``, ``<time datetime>``) through ``parse_metadata_date``.
* ``credits``: how many lines of the dev dumps ``split_credit`` splits, with a sample
  to read by eye (there is no credit reference).

"answered" = pages where the rule gave a value; "right" = answered and matching;
precision = right/answered; recall = right/pages whose reference has a value.

Usage: ``python bench/rules_shapes.py [--limit N] [--workers 2] [--head 40] [--show FIELD]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _score import DEV, WCXB, author_match, day_match, read_gz, wcxb_truth
from articleparse._dates import is_dateline, parse_date, parse_metadata_date
from articleparse._rules.byline import clean_names, parse_byline
from articleparse._rules.credit import split_credit

RENDERER = "inscriptis"
Row = dict[str, object]


def _head_lines(page_id: str, head: int) -> list[str]:
    path = WCXB / "text" / RENDERER / f"{page_id}.txt.gz"
    if not path.exists():
        return []
    text = read_gz(path).decode("utf-8", "replace")
    lines = [" ".join(line.split()).lstrip("* ") for line in text.splitlines()]
    return [line for line in lines if line][:head]


def _jsonld_values(node: object, key: str) -> Iterator[object]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for name, value in item.items():
                if name == key:
                    yield value
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)


def _author_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [text for item in value for text in _author_strings(item)]
    return []


def _meta_key(element: object) -> str:
    get = element.get  # type: ignore[attr-defined]
    return str(get("name") or get("property") or "").lower()


def _html_values(page_id: str) -> tuple[list[str], list[str]]:
    """Raw author strings and raw date strings stated by the page's HTML."""
    from lxml import html as lxml_html

    raw = read_gz(WCXB / "html" / f"{page_id}.html.gz")
    try:
        root = lxml_html.fromstring(raw)
    except Exception:
        return [], []
    authors = [
        element.get("content", "")
        for element in root.iterfind(".//meta")
        if (element.get("name") or element.get("property") or "").lower()
        in ("author", "article:author")
    ]
    dates = [
        element.get("content", "")
        for element in root.iterfind(".//meta")
        if (element.get("name") or element.get("property") or "").lower()
        in ("article:published_time", "date")
    ]
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for value in _jsonld_values(data, "author"):
            authors.extend(_author_strings(value))
        dates.extend(v for v in _jsonld_values(data, "datePublished") if isinstance(v, str))
    dates.extend(element.get("datetime", "") for element in root.iterfind(".//time[@datetime]"))
    return [a for a in authors if a.strip() and not a.startswith("http")], [
        d for d in dates if d.strip()
    ]


def _one(job: tuple[str, dict[str, object], int]) -> Row:
    page_id, record, head = job
    truth = record["ground_truth"]
    assert isinstance(truth, dict)
    lines = _head_lines(page_id, head)
    dateline = next((line for line in lines if is_dateline(line)), None)
    byline_line = next((line for line in lines if parse_byline(line)), None)
    raw_authors, raw_dates = _html_values(page_id)
    cleaned = list(clean_names(raw_authors[0])) if raw_authors else []
    meta_date = next((d for d in map(parse_metadata_date, raw_dates) if d is not None), None)
    return {
        "id": page_id,
        "ref_author": truth.get("author"),
        "ref_date": truth.get("publish_date"),
        "has_text": bool(lines),
        "dateline": dateline,
        "dateline_value": parse_date(dateline) if dateline else None,
        "byline": byline_line,
        "byline_names": list(parse_byline(byline_line)) if byline_line else [],
        "raw_authors": raw_authors[:1],
        "clean_authors": cleaned,
        "raw_dates": raw_dates[:1],
        "meta_date": meta_date,
    }


def _line(name: str, answered: int, right: int, reference: int) -> str:
    precision = right / answered if answered else 0.0
    recall = right / reference if reference else 0.0
    return f"{name:<22} {answered:>8} {right:>6} {reference:>9} {precision:>9.3f} {recall:>7.3f}"


def _authors_right(names: object, reference: object) -> bool:
    return author_match(list(names), reference)  # type: ignore[call-overload,arg-type]


# rule name -> (result key, matcher, reference key, keys printed for a miss with --show)
_CHECKS = {
    "dateline": ("dateline_value", day_match, "ref_date", ("dateline",)),
    "byline": ("byline_names", _authors_right, "ref_author", ("byline",)),
    "meta-author-raw": ("raw_authors", _authors_right, "ref_author", ()),
    "meta-author": ("clean_authors", _authors_right, "ref_author", ("raw_authors",)),
    "meta-date": ("meta_date", day_match, "ref_date", ("raw_dates",)),
}


def _wcxb(rows: list[Row], show: str | None) -> None:
    with_author = sum(1 for r in rows if r["ref_author"])
    with_date = sum(1 for r in rows if r["ref_date"])
    print(f"wcxb-dev: {len(rows)} pages ({RENDERER} dumps), {with_author} with author, ", end="")
    print(f"{with_date} with date")
    header = ("answered", "right", "reference", "precision", "recall")
    widths = (8, 6, 9, 9, 7)
    cells = (f"{name:>{width}}" for name, width in zip(header, widths, strict=True))
    print(f"{'rule':<22}", *cells)
    for name, (key, matcher, ref_key, details) in _CHECKS.items():
        answered = [r for r in rows if r[key]]
        right = [r for r in answered if matcher(r[key], r[ref_key])]
        reference = sum(1 for r in rows if r[ref_key])
        print(_line(name, len(answered), len(right), reference))
        if show == name:
            for r in answered:
                if r not in right:
                    shown = [repr(r[detail]) for detail in details]
                    print("  MISS", r["id"], *shown, "->", r[key], "ref", repr(r[ref_key]))
    undated = sum(1 for r in rows if r["dateline"] is not None and r["dateline_value"] is None)
    unparsed = sum(1 for r in rows if r["raw_dates"] and r["meta_date"] is None)
    print(f"datelines without a calendar date: {undated}; ", end="")
    print(f"pages whose raw date values all failed: {unparsed}")


def _credits(limit: int | None, seed: int) -> None:
    paths = sorted((DEV / "text" / RENDERER).glob("*.txt.gz"))[:limit]
    lines = split = 0
    samples: list[tuple[str, str]] = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for raw in handle:
                line = " ".join(raw.split())
                if not line or len(line) > 300:
                    continue
                lines += 1
                caption, credit = split_credit(line)
                if credit is not None:
                    split += 1
                    samples.append((caption, credit))
    print(f"dev: {len(paths)} dumps, {lines} lines, {split} with a credit split off")
    random.Random(seed).shuffle(samples)
    for caption, credit in samples[:25]:
        print(f"  {caption[-60:]!r} || {credit!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--head", type=int, default=40)
    parser.add_argument(
        "--show", choices=("dateline", "byline", "meta-author", "meta-date"), default=None
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    jobs = [(page_id, record, args.head) for page_id, record in wcxb_truth()][: args.limit]
    with Pool(min(args.workers, 2)) as pool:
        rows = pool.map(_one, jobs, chunksize=16)
    _wcxb(rows, args.show)
    _credits(args.limit, args.seed)


if __name__ == "__main__":
    main()
