"""Plain-text path benchmark (run by hand, never by pytest).

(a) dev corpus: every text dump of each renderer against ``truth.json``: share of
    'with' snippets found in ``Article.text``, share of 'without' snippets avoided,
    their harmonic mean and pages/second, beside "all text is body".
(b) wcxb-dev corpus: word precision/recall/F1 of ``Article.text`` against each
    page's ``main_content`` (all pages and article pages), and title / author /
    publication-day accuracy, beside "all text is body".

Usage::

    python bench/text_body.py                   # both corpora, every renderer
    python bench/text_body.py --sample 5        # every 5th page only (fast iteration)
    python bench/text_body.py --corpus dev --renderer w3m --misses 20
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _score
import articleparse

OFFSET = 0  # set once from --offset before the worker pool starts


def _parse(raw: bytes) -> tuple[articleparse.Article, float]:
    started = time.perf_counter()
    article = articleparse.parse(raw, format="text")
    return article, time.perf_counter() - started


# ---------------------------------------------------------------- (a) dev
def _dev_one(job: tuple[dict[str, Any], Path]) -> tuple[str, str, str, float, list[str], list[str]]:
    entry, path = job
    raw = _score.read_gz(path)
    article, seconds = _parse(raw)
    return (
        str(entry["file"]),
        article.text,
        raw.decode("utf-8", "replace"),
        seconds,
        entry["with"],
        entry["without"],
    )


def _dev(
    renderer: str, sample: int, pool: Any, misses: int
) -> tuple[_score.SnippetScore, _score.SnippetScore, int, float]:
    jobs = list(_score.dev_text_pages(renderer))[OFFSET::sample]
    ours, base = _score.SnippetScore(), _score.SnippetScore()
    seconds = 0.0
    shown = 0
    for name, text, whole, spent, with_, without in pool.imap(_dev_one, jobs, chunksize=8):
        ours.add(text, with_, without)
        base.add(whole, with_, without)
        seconds += spent
        if shown < misses:
            flat = _score.collapse(text)
            lost = [
                s
                for s in with_
                if _score.collapse(s) not in flat and _score.collapse(s) in _score.collapse(whole)
            ]
            kept = [s for s in without if _score.collapse(s) in flat]
            if lost or kept:
                shown += 1
                print(f"  {renderer} {name}: lost {lost[:3]} kept {kept[:3]}")
    return ours, base, len(jobs), seconds


# ---------------------------------------------------------------- (b) wcxb
def _wcxb_one(job: tuple[str, dict[str, Any], Path]) -> dict[str, Any]:
    page_id, record, path = job
    raw = _score.read_gz(path)
    article, seconds = _parse(raw)
    truth = record["ground_truth"]
    return {
        "id": page_id,
        "article": _score.page_type(record) == "article",
        "text": article.text,
        "whole": raw.decode("utf-8", "replace"),
        "reference": truth.get("main_content") or "",
        "title": _score.title_match(article.title, truth.get("title")),
        "author": _score.author_match(article.authors, truth.get("author")),
        "day": _score.day_match(article.published, truth.get("publish_date")),
        "seconds": seconds,
    }


def _wcxb_jobs(renderer: str, sample: int) -> list[tuple[str, dict[str, Any], Path]]:
    jobs = []
    for page_id, record in list(_score.wcxb_truth())[OFFSET::sample]:
        path = _score.WCXB / "text" / renderer / f"{page_id}.txt.gz"
        if path.exists():
            jobs.append((page_id, record, path))
    return jobs


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def _wcxb(renderer: str, sample: int, pool: Any, misses: int) -> dict[str, Any]:
    scores = {key: _score.WordScore() for key in ("all", "article", "base_all", "base_article")}
    rows = list(pool.imap(_wcxb_one, _wcxb_jobs(renderer, sample), chunksize=8))
    worst: list[tuple[float, str, float, float]] = []
    for row in rows:
        scores["all"].add(row["text"], row["reference"])
        scores["base_all"].add(row["whole"], row["reference"])
        if row["article"]:
            scores["article"].add(row["text"], row["reference"])
            scores["base_article"].add(row["whole"], row["reference"])
            p, r, f = _score.word_prf(row["text"], row["reference"])
            worst.append((f, row["id"], p, r))
    for f, page_id, p, r in sorted(worst)[:misses]:
        print(f"  {renderer} wcxb {page_id}: F1 {f:.3f} P {p:.3f} R {r:.3f}")
    articles = [row for row in rows if row["article"]]
    return {
        "scores": {key: value.summary() for key, value in scores.items()},
        "title": _share(row["title"] for row in articles),
        "author": _share(row["author"] for row in articles),
        "day": _share(row["day"] for row in articles),
        "pages": len(rows),
        "seconds": sum(row["seconds"] for row in rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=("dev", "wcxb", "both"), default="both")
    parser.add_argument("--renderer", choices=_score.RENDERERS, action="append")
    parser.add_argument("--sample", type=int, default=1, help="score every Nth page only")
    parser.add_argument(
        "--misses", type=int, default=0, help="print up to N failing pages per renderer"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--offset", type=int, default=0, help="start the sample at this page")
    args = parser.parse_args()
    global OFFSET
    OFFSET = args.offset
    renderers = args.renderer or list(_score.RENDERERS)
    sample = f" (every {args.sample}th page)" if args.sample > 1 else ""
    with Pool(args.workers) as pool:
        if args.corpus in ("dev", "both"):
            table = []
            for renderer in renderers:
                ours, base, pages, seconds = _dev(renderer, args.sample, pool, args.misses)
                table.append((renderer, ours, base, pages, seconds))
            print(f"\n(a) dev corpus, text dumps{sample}: snippets in Article.text")
            print(
                f"{'renderer':<11} {'pages':>5} {'with':>6} {'without':>7} {'harm':>6} "
                f"{'pages/s':>8}"
                f" | all text is body: {'with':>6} {'without':>7} {'harm':>6}"
            )
            for renderer, ours, base, pages, seconds in table:
                rate = pages / seconds if seconds else 0.0
                print(
                    f"{renderer:<11} {pages:>5} {ours.with_share:>6.3f} "
                    f"{ours.without_share:>7.3f} {ours.harmonic:>6.3f} {rate:>8.1f} | "
                    f"                  {base.with_share:>6.3f} "
                    f"{base.without_share:>7.3f} {base.harmonic:>6.3f}"
                )
        if args.corpus in ("wcxb", "both"):
            results = [
                (renderer, _wcxb(renderer, args.sample, pool, args.misses))
                for renderer in renderers
            ]
            print(
                f"\n(b) wcxb-dev, text dumps{sample}: word P/R/F1 of Article.text vs main_content;"
                " title/author/day on article pages"
            )
            print(
                f"{'renderer':<11} {'subset':<8} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} | "
                f"all text is body: {'P':>6} {'R':>6} {'F1':>6}"
            )
            for renderer, result in results:
                scores = result["scores"]
                for subset in ("all", "article"):
                    p, r, f, n = scores[subset]
                    bp, br, bf, _ = scores[f"base_{subset}"]
                    print(
                        f"{renderer:<11} {subset:<8} {n:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f} | "
                        f"                  {bp:>6.3f} {br:>6.3f} {bf:>6.3f}"
                    )
            print(f"\n{'renderer':<11} {'title':>6} {'author':>6} {'day':>6} {'pages/s':>8}")
            for renderer, result in results:
                rate = result["pages"] / result["seconds"] if result["seconds"] else 0.0
                print(
                    f"{renderer:<11} {result['title']:>6.3f} {result['author']:>6.3f} "
                    f"{result['day']:>6.3f} {rate:>8.1f}"
                )


if __name__ == "__main__":
    main()
