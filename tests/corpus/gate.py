"""Corpus gate: every stored page parses, is accounted for, and the scores keep their floors.

Run by ``.ci/run`` when ``../shared/corpora/dev`` exists (never collected by
pytest: the file name does not start with ``test_``)::

    python tests/corpus/gate.py               # both corpora, all formats
    python tests/corpus/gate.py --sample 10   # every 10th page (while iterating)

Over ALL pages of both corpora (``dev`` and ``wcxb-dev``), as HTML and as each
renderer's text dump, it asserts that parse() raises nothing (a page that
takes longer than ``PAGE_SECONDS`` counts as a hang), that the Article has
its declared types and its fields agree with its segments, and the accounting
invariant: for text, the segment spans cover every non-whitespace character
of the decoded dump once; for HTML, the segments' texts cover the page's
visible text (``tests/visible.py``, computed independently) exactly once.

It then scores ``Article.text`` with ``bench/_score.py``, for HTML and for each
renderer's dumps: on the dev corpus the harmonic mean of 'with' snippets found
and 'without' snippets avoided, on wcxb-dev the mean word F1 against each
page's ``main_content`` (pages that have one). It prints scores and floors,
and fails when a score is below its floor in ``tests/corpus/floors.json``.

Floors sit a little below the current scores and are raised as scores rise.
Lowering a floor needs a reason stated in the commit message that lowers it.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))  # tests/: visible.py, invariants.py

import articleparse  # noqa: E402
import invariants  # noqa: E402
from articleparse._decode import decode  # noqa: E402

FLOORS = HERE / "floors.json"
PAGE_SECONDS = 60
WORKERS = 2
FORMATS = ("html", "chromium", "w3m", "inscriptis")


def load_score() -> ModuleType:
    """bench/_score.py, imported by path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("_score", ROOT / "bench" / "_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_score"] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Job:
    """One page in one format."""

    corpus: str  # "dev" or "wcxb-dev"
    format: str  # "html" or a renderer name
    path: Path
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()


@dataclass
class Outcome:
    """What checking one job found."""

    job: Job
    problem: str | None
    text: str = ""
    seconds: float = 0.0


def jobs(score: ModuleType, sample: int) -> Iterator[Job]:
    """Every page of both corpora in every format (every ``sample``-th page when sampling)."""
    for index, (entry, path) in enumerate(score.dev_html_pages()):
        if index % sample == 0:
            with_, without = tuple(entry["with"]), tuple(entry["without"])
            yield Job("dev", "html", path, with_, without)
            for renderer in score.RENDERERS:
                stem = str(entry["file"]).removesuffix(".html")
                dump = score.DEV / "text" / renderer / f"{stem}.txt.gz"
                if dump.exists():
                    yield Job("dev", renderer, dump, with_, without)
    for index, page in enumerate(sorted((score.WCXB / "html").glob("*.html.gz"))):
        if index % sample == 0:
            yield Job("wcxb-dev", "html", page)
            stem = page.name.removesuffix(".html.gz")
            for renderer in score.RENDERERS:
                dump = score.WCXB / "text" / renderer / f"{stem}.txt.gz"
                if dump.exists():
                    yield Job("wcxb-dev", renderer, dump)


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError(f"no result after {PAGE_SECONDS} s")


def check(job: Job) -> Outcome:
    """Parse one page and check every invariant; never raises."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(PAGE_SECONDS)
    started = time.perf_counter()
    try:
        raw = gzip.decompress(job.path.read_bytes())
        if job.format == "html":
            article = articleparse.parse(raw, format="html")
            invariants.check_all(article)
            invariants.check_html_accounting(decode(raw, sniff_html=True), article)
        else:
            article = articleparse.parse(raw, format="text")
            invariants.check_all(article)
            invariants.check_text_accounting(decode(raw), article)
        return Outcome(job, None, article.text, time.perf_counter() - started)
    except Exception as error:  # the gate reports every failure instead of stopping
        where = traceback.extract_tb(error.__traceback__)[-1]
        place = f"{Path(where.filename).name}:{where.lineno}"
        detail = f"{type(error).__name__}: {str(error)[:300]} ({place})"
        return Outcome(job, detail, "", time.perf_counter() - started)
    finally:
        signal.alarm(0)


@dataclass
class Tally:
    """Per corpus and format: pages, failures, the dev snippet score and the wcxb word F1s."""

    pages: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    snippets: Any = None
    f1s: list[float] = field(default_factory=list)

    @property
    def score(self) -> float:
        """The score its floor is compared with: dev snippets' harmonic mean, else mean F1."""
        if self.f1s:
            return sum(self.f1s) / len(self.f1s)
        return float(self.snippets.harmonic) if self.snippets is not None else 0.0


def wcxb_references(score: ModuleType) -> dict[str, str]:
    """Each wcxb page's reference main text, by page id (pages without one left out)."""
    found = {}
    for page, record in score.wcxb_truth():
        text = record["ground_truth"].get("main_content") or ""
        if text.strip():
            found[page] = text
    return found


def run(sample: int) -> int:
    """Run the gate; return the process exit status."""
    score = load_score()
    if not score.DEV.exists():
        print(f"corpus gate skipped: {score.DEV} not found")
        return 0
    floors: dict[str, float] = {
        k: v for k, v in json.loads(FLOORS.read_text("utf-8")).items() if not k.startswith("_")
    }
    tallies: dict[tuple[str, str], Tally] = {}
    references = wcxb_references(score)
    slowest: list[tuple[float, str]] = []
    started = time.perf_counter()
    with Pool(WORKERS) as pool:
        for outcome in pool.imap_unordered(check, jobs(score, sample), chunksize=8):
            job = outcome.job
            tally = tallies.setdefault(
                (job.corpus, job.format), Tally(snippets=score.SnippetScore())
            )
            tally.pages += 1
            tally.seconds += outcome.seconds
            name = str(job.path.relative_to(score.CORPORA))
            slowest = sorted([*slowest, (outcome.seconds, name)])[-5:]
            if outcome.problem is not None:
                tally.failures.append(f"{name}: {outcome.problem}")
            if job.corpus == "dev":
                tally.snippets.add(outcome.text, list(job.with_), list(job.without))
            elif (reference := references.get(job.path.name.split(".")[0])) is not None:
                tally.f1s.append(score.word_prf(outcome.text, reference)[2])
    elapsed = time.perf_counter() - started
    print("slowest pages (parse + checks):")
    for seconds, name in reversed(slowest):
        print(f"  {seconds:6.2f} s  {name}")
    return report(tallies, floors, elapsed, sample)


def report(
    tallies: dict[tuple[str, str], Tally], floors: dict[str, float], elapsed: float, sample: int
) -> int:
    """Print failures, then the table of scores against floors; return the exit status."""
    failed = False
    for (corpus, format), tally in sorted(tallies.items()):
        for line in tally.failures[:20]:
            print(f"FAIL {corpus}/{format} {line}")
        if len(tally.failures) > 20:
            print(f"FAIL {corpus}/{format} ... and {len(tally.failures) - 20} more")
        failed = failed or bool(tally.failures)
    print(
        f"\n{'corpus/format':22} {'pages':>6} {'failed':>6} {'ms/page':>8} "
        f"{'with':>6} {'without':>7} {'score':>8} {'floor':>6}  verdict"
    )
    for (corpus, format), tally in sorted(tallies.items()):
        name = f"{corpus}/{format}"
        ms = 1000 * tally.seconds / tally.pages if tally.pages else 0.0
        row = f"{name:22} {tally.pages:>6} {len(tally.failures):>6} {ms:>8.1f}"
        floor = floors.get(f"{corpus.split('-')[0]}-{format}")
        low = floor is not None and sample == 1 and tally.score < floor
        failed = failed or low or bool(tally.failures)
        verdict = "BELOW FLOOR" if low else ("FAIL" if tally.failures else "ok")
        floor_text = "-" if floor is None else f"{floor:.3f}"
        if corpus == "dev":
            shares = f"{tally.snippets.with_share:>6.3f} {tally.snippets.without_share:>7.3f}"
        else:
            shares = f"{'':>6} {'':>7}"
        print(f"{row} {shares} {tally.score:>8.3f} {floor_text:>6}  {verdict}")
    print(
        "score: dev, the harmonic mean of 'with' found and 'without' avoided; "
        "wcxb-dev, the mean word F1 against main_content"
    )
    if sample != 1:
        print(f"(sampled every {sample}th page: floors are not enforced)")
    print(f"\ncorpus gate {'FAILED' if failed else 'passed'} in {elapsed:.0f} s")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description="articleparse corpus gate")
    parser.add_argument("--sample", type=int, default=1, help="check every Nth page only")
    args = parser.parse_args()
    sys.exit(run(max(1, args.sample)))


if __name__ == "__main__":
    main()
