"""Does parse() time grow linearly with input size? (run by hand, never by pytest)

Times ``articleparse.parse`` on inputs at 1x, 2x, 4x and 8x a base size
(best of N runs each) and prints seconds and the ratio to 1x. Growth is
called linear when every ratio stays within 1.5 times its size factor.

Cases:
  (a) text-seed   the bundled text example, its body paragraphs repeated
  (b) dev-html    a real dev-corpus page, the content of its <body> repeated
                  (needs ../shared/corpora/dev; skipped without it)
  (c) long-line   one line of words without a break (text and HTML)
  (d) deep-nest   nested <div>s with text at every level; the depth grows
                  with the factor (libxml2 stops building trees at depth
                  2048, so the 8x case stays below that)

Timings are wall-clock; on a loaded machine the large cases suffer most, so
read a SUPERLINEAR verdict together with the load average printed first.

Usage::

    python bench/scaling.py             # all cases, best of 3
    python bench/scaling.py --repeat 5 --case text-seed
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _score
import articleparse
from articleparse.cli import example_bytes

FACTORS = (1, 2, 4, 8)
LINEAR_SLACK = 1.5
# A mid-sized news page of the dev corpus (any page works; this one has a long body).
DEV_PAGE = "SW1.News-Heimat.html.gz"

Builder = Callable[[int], str]


def text_seed(factor: int) -> str:
    """The seed's head once, then its paragraphs repeated 40 * factor times."""
    seed = example_bytes().decode("utf-8")
    blocks = seed.split("\n\n")
    head, body = blocks[:5], blocks[5:]
    return "\n\n".join(head + body * (40 * factor))


def dev_html(factor: int) -> str:
    """A real page with the content of its <body> repeated 2 * factor times."""
    page = _score.read_gz(_score.DEV / "html" / DEV_PAGE).decode("utf-8", "replace")
    match = re.search(r"(<body[^>]*>)(.*)(</body>)", page, re.DOTALL | re.IGNORECASE)
    if match is None:
        return page * factor
    inner = match.group(2)
    return page[: match.start(2)] + inner * (2 * factor) + page[match.end(2) :]


def long_line_text(factor: int) -> str:
    """One line of 250 000 * factor words."""
    return "word " * (250_000 * factor)


def long_line_html(factor: int) -> str:
    """One <p> of 250 000 * factor words."""
    return "<html><body><p>" + "word " * (250_000 * factor) + "</p></body></html>"


def deep_nest(factor: int) -> str:
    """250 * factor nested <div>s, each with a sentence, then repeated 20 times side by side."""
    depth = 250 * factor
    one = "<div>A short sentence at this level. " * depth + "</div>" * depth
    return "<html><body>" + one * 20 + "</body></html>"


CASES: dict[str, tuple[Builder, str]] = {
    "text-seed": (text_seed, "text"),
    "dev-html": (dev_html, "html"),
    "long-line-text": (long_line_text, "text"),
    "long-line-html": (long_line_html, "html"),
    "deep-nest": (deep_nest, "html"),
}


def best_of(source: str, format: str, repeat: int) -> float:
    """The fastest of ``repeat`` timed parses."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        articleparse.parse(source, format=format)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - started)
    return best


def run_case(name: str, repeat: int) -> None:
    builder, format = CASES[name]
    if name == "dev-html" and not (_score.DEV / "html" / DEV_PAGE).exists():
        print(f"{name:15} skipped: {_score.DEV} not found")
        return
    base = 0.0
    verdicts = []
    for factor in FACTORS:
        source = builder(factor)
        seconds = best_of(source, format, repeat)
        base = base or seconds
        ratio = seconds / base
        verdicts.append(ratio <= factor * LINEAR_SLACK)
        print(f"{name:15} {factor:>3}x {len(source):>11,} {seconds:9.4f} {ratio:7.2f}", flush=True)
    growth = "linear" if all(verdicts) else "SUPERLINEAR"
    print(f"{name:15} growth: {growth} (ratio <= {LINEAR_SLACK} x size factor)\n", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--case", choices=sorted(CASES), action="append", help="only this case")
    args = parser.parse_args()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"best of {args.repeat}; load average {load} on {os.cpu_count()} CPUs")
    print(f"{'case':15} {'size':>4} {'chars':>11} {'seconds':>9} {'ratio':>7}")
    for name in args.case or list(CASES):
        run_case(name, args.repeat)


if __name__ == "__main__":
    main()
