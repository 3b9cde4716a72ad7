"""HTML body extraction: articleparse vs trafilatura vs readability-lxml (run by hand).

Part 1, dev corpus (``truth.json`` snippets): with/without share, harmonic mean,
pages/second, peak memory on the largest page, articleparse time vs bare
``lxml.html.fromstring``, and how many ``<figcaption>`` texts came back as
captions (and how many leaked into the body).

Part 2, wcxb-dev corpus: word-level F1 of the body against ``main_content``
per page type and overall, articleparse vs trafilatura in the same run.

Usage::

    python bench/html_body.py [--limit N] [--only dev|wcxb] [--no-readability] [--worst K]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _score
import articleparse
from articleparse import Role
from articleparse._decode import decode

Extractor = Callable[[bytes], str]


def run_articleparse(data: bytes) -> str:
    return articleparse.parse(data, format="html").text


def run_trafilatura(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data) or ""


def run_readability(data: bytes) -> str:
    from readability import Document  # type: ignore[import-untyped]

    summary = Document(data).summary()
    return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""  # type: ignore[attr-defined]


def run_lxml(data: bytes) -> str:
    lxml.html.fromstring(data)
    return ""


def _safe(extract: Extractor, data: bytes) -> tuple[str, float]:
    start = time.perf_counter()
    try:
        text = extract(data)
    except Exception:  # a peer tool failing on a page scores as empty output
        text = ""
    return text, time.perf_counter() - start


def _peak(extract: Extractor, data: bytes) -> int:
    tracemalloc.start()
    try:
        _safe(extract, data)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _figcaptions(data: bytes) -> list[str]:
    """Texts of the page's figcaptions (>= 3 words), decoded as articleparse decodes the page."""
    try:
        root = lxml.html.fromstring(decode(data, sniff_html=True))
    except Exception:
        return []
    found = []
    for element in root.iter("figcaption"):
        text = _score.collapse(str(element.text_content()))  # type: ignore[attr-defined]
        if len(text.split()) >= 3:
            found.append(text)
    return found


def dev(tools: dict[str, Extractor], limit: int | None, worst: int) -> None:
    pages = list(_score.dev_html_pages())[:limit]
    datas = [(entry, _score.read_gz(path)) for entry, path in pages]
    scores = {name: _score.SnippetScore() for name in tools}
    seconds = {name: 0.0 for name in tools}
    per_page: list[tuple[float, str]] = []
    lxml_seconds = 0.0
    fig_total = fig_caption = fig_figure = fig_leak = 0
    for entry, data in datas:
        with_ = list(entry["with"])  # type: ignore[call-overload]
        without = list(entry["without"])  # type: ignore[call-overload]
        _, took = _safe(run_lxml, data)
        lxml_seconds += took
        for name, extract in tools.items():
            text, took = _safe(extract, data)
            seconds[name] += took
            scores[name].add(text, with_, without)
            if name == "articleparse":
                one = _score.SnippetScore()
                one.add(text, with_, without)
                per_page.append((one.harmonic, str(entry["file"])))
        figs = _figcaptions(data)
        if figs and "articleparse" in tools:
            article = articleparse.parse(data, format="html")
            captions = " ".join(_score.collapse(c.text) for c in article.captions)
            # caption and credit segments in page order: a figcaption whose credit was split
            # out of it (or that is only a credit) is found here with its credit
            figure = " ".join(
                _score.collapse(s.text)
                for s in article.segments
                if s.role in (Role.CAPTION, Role.CREDIT)
            )
            body = _score.collapse(article.text)
            for fig in figs:
                fig_total += 1
                head = fig[:40]
                fig_caption += head in captions
                fig_figure += head in figure
                fig_leak += head in body
    n = len(datas)
    print(f"== dev corpus: {n} pages")
    print(f"{'tool':<14}{'with':>8}{'without':>9}{'harmonic':>10}{'pages/s':>9}{'s total':>9}")
    for name in tools:
        s = scores[name]
        rate = n / seconds[name] if seconds[name] else 0.0
        print(
            f"{name:<14}{s.with_share:>8.3f}{s.without_share:>9.3f}{s.harmonic:>10.3f}{rate:>9.1f}{seconds[name]:>9.1f}"
        )
    if "articleparse" in tools:
        for name in tools:
            if name != "articleparse":
                print(
                    f"speed articleparse / {name}: {seconds[name] / seconds['articleparse']:.2f}x"
                )
        ratio = seconds["articleparse"] / lxml_seconds
        print(f"articleparse time / bare lxml.html.fromstring: {ratio:.2f}x")
        print(
            f"figcaptions (>=3 words) on dev pages: {fig_total}; "
            f"found as Caption: {fig_caption}; as Caption/Credit segments: {fig_figure}; "
            f"leaked into body: {fig_leak}"
        )
    entry, largest = max(datas, key=lambda pair: len(pair[1]))
    size = len(largest)
    print(f"peak memory on the largest page ({entry['file']}, {size / 1e6:.2f} MB):")
    for name, extract in tools.items():
        peak = _peak(extract, largest)
        print(f"  {name:<14}{peak / 1e6:>8.1f} MB = {peak / size:.1f}x page size")
    if worst:
        print(f"worst {worst} articleparse pages:")
        for score, name in sorted(per_page)[:worst]:
            print(f"  {score:.2f} {name}")


def wcxb(tools: dict[str, Extractor], limit: int | None, worst: int) -> None:
    records = list(_score.wcxb_truth())[:limit]
    by_type: dict[str, dict[str, _score.WordScore]] = defaultdict(
        lambda: defaultdict(_score.WordScore)
    )
    overall = {name: _score.WordScore() for name in tools}
    seconds = {name: 0.0 for name in tools}
    per_page: list[tuple[float, str, str]] = []
    skipped = 0
    for page_id, record in records:
        path = _score.WCXB / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        truth = record["ground_truth"]
        if not isinstance(truth, dict) or "main_content" not in truth:
            skipped += 1  # no reference text to score against
            continue
        data = _score.read_gz(path)
        reference = str(truth["main_content"] or "")
        kind = _score.page_type(record)
        for name, extract in tools.items():
            text, took = _safe(extract, data)
            seconds[name] += took
            by_type[kind][name].add(text, reference)
            overall[name].add(text, reference)
            if name == "articleparse":
                per_page.append((by_type[kind][name].f1[-1], kind, page_id))
    print(
        f"== wcxb-dev corpus: word-level F1 of the body vs main_content ({len(per_page)} pages; "
        f"{skipped} without main_content skipped)"
    )
    names = list(tools)
    print(f"{'page type':<16}{'pages':>6}" + "".join(f"{n + ' P/R/F1':>30}" for n in names))

    def row(label: str, group: dict[str, _score.WordScore]) -> str:
        cells = ""
        count = 0
        for name in names:
            p, r, f, count = group[name].summary()
            cells += f"{p:>12.3f}{r:>8.3f}{f:>10.3f}"
        return f"{label:<16}{count:>6}" + cells

    for kind in sorted(by_type, key=lambda k: -len(by_type[k][names[0]].f1)):
        print(row(kind, by_type[kind]))
    print(row("ALL", overall))
    if "articleparse" in tools:
        for name in tools:
            if name != "articleparse" and seconds["articleparse"]:
                print(
                    f"speed articleparse / {name}: {seconds[name] / seconds['articleparse']:.2f}x "
                    f"({len(per_page) / seconds['articleparse']:.1f} vs "
                    f"{len(per_page) / seconds[name]:.1f} pages/s)"
                )
    if worst:
        print(f"worst {worst} articleparse pages:")
        for score, kind, page_id in sorted(per_page)[:worst]:
            print(f"  {score:.2f} {kind:<12} {page_id}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N pages of each corpus"
    )
    parser.add_argument("--only", choices=("dev", "wcxb"), default=None)
    parser.add_argument(
        "--no-readability", action="store_true", help="skip readability-lxml (dev part)"
    )
    parser.add_argument(
        "--no-peers", action="store_true", help="articleparse alone (quick iterations)"
    )
    parser.add_argument("--worst", type=int, default=0, help="list the K worst articleparse pages")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    tools: dict[str, Extractor] = {"articleparse": run_articleparse}
    if not args.no_peers:
        tools["trafilatura"] = run_trafilatura
        if not args.no_readability:
            tools["readability"] = run_readability
    if args.only in (None, "dev"):
        dev(tools, args.limit, args.worst)
    if args.only in (None, "wcxb"):
        wcxb({k: v for k, v in tools.items() if k != "readability"}, args.limit, args.worst)


if __name__ == "__main__":
    main()
