"""HTML body extraction: articleparse vs trafilatura vs readability-lxml (run by hand).

Part 1, dev corpus (``truth.json`` snippets): with/without share, harmonic mean,
pages/second, peak memory on the largest page, articleparse time vs bare
``lxml.html.fromstring``, and where each visible ``<figcaption>`` text ended up
(caption, caption plus split-out credit, a boilerplate box it belongs to, the
body, another role).

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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import _score
import articleparse
from articleparse import Role
from articleparse._decode import decode
from visible import NOT_RENDERED, comparable, element_text, is_hidden

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


def _visible_figcaptions(data: bytes) -> list[str]:
    """The visible texts of the page's figcaptions (>= 3 words), in comparable form.

    Visible as the accounting invariant defines it (``tests/visible.py``): a figcaption
    under a hidden or non-rendered element is skipped, and hidden parts of one (an
    ``aria-hidden`` copy of the caption) are left out of its text.
    """
    try:
        root = lxml.html.fromstring(decode(data, sniff_html=True))
    except Exception:
        return []
    found = []
    for element in root.iter("figcaption"):
        if any(is_hidden(up) or up.tag in NOT_RENDERED for up in element.iterancestors()):
            continue
        text = element_text(element)
        if len(text.split()) >= 3:
            found.append(comparable(text))
    return found


class FigureCount:
    """Where each visible figcaption of the dev pages ended up in articleparse's segments.

    A figcaption counts once, in the first of: ``caption`` (inside the Caption segments'
    text), ``figure`` (inside the Caption and Credit segments' text, in page order: a
    caption whose credit was split out), ``boilerplate`` (inside the boilerplate text: a
    figure in a teaser card, a sidebar widget, a newsletter box or a pop-up, which belongs
    to that box), ``body`` (inside the body: a leak), ``other`` (title, byline, split
    across roles, ...).
    """

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("caption", "figure", "boilerplate", "body", "other"), 0)

    def add(self, data: bytes) -> None:
        figs = _visible_figcaptions(data)
        if not figs:
            return
        article = articleparse.parse(data, format="html")

        def joined(*roles: Role) -> str:
            return "".join(comparable(s.text) for s in article.segments if s.role in roles)

        places = {
            "caption": joined(Role.CAPTION),
            "figure": joined(Role.CAPTION, Role.CREDIT),
            "boilerplate": joined(Role.BOILERPLATE),
            "body": joined(Role.BODY),
        }
        for fig in figs:
            place = next((name for name, text in places.items() if fig in text), "other")
            self.counts[place] += 1

    def line(self) -> str:
        c = self.counts
        return (
            f"visible figcaptions (>=3 words) on dev pages: {sum(c.values())}; "
            f"as Caption: {c['caption']}; as Caption+Credit segments: {c['figure']}; "
            f"in boilerplate boxes: {c['boilerplate']}; leaked into body: {c['body']}; "
            f"other roles: {c['other']}"
        )


def dev(tools: dict[str, Extractor], limit: int | None, worst: int) -> None:
    pages = list(_score.dev_html_pages())[:limit]
    datas = [(entry, _score.read_gz(path)) for entry, path in pages]
    scores = {name: _score.SnippetScore() for name in tools}
    seconds = {name: 0.0 for name in tools}
    per_page: list[tuple[float, str]] = []
    lxml_seconds = 0.0
    figures = FigureCount()
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
        if "articleparse" in tools:
            figures.add(data)
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
        print(figures.line())
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
