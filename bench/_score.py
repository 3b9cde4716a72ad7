"""Shared scoring for the hand-run benchmarks (never imported by the library or pytest).

* dev corpus (``truth.json``): a 'with' snippet is found when it occurs in the
  extracted text, a 'without' snippet is avoided when it does not; both after
  collapsing whitespace, as trafilatura's own evaluation does.
* wcxb-dev corpus: word-level precision/recall/F1 against ``main_content``
  (lower case, ``\\w+`` tokens, multiset overlap), averaged over pages; title
  exact match, author match and publication-day match against the reference.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEV = CORPORA / "dev"
WCXB = CORPORA / "wcxb-dev"
RENDERERS = ("chromium", "w3m", "inscriptis")

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as handle:
        return handle.read()


# ---------------------------------------------------------------- dev corpus
@dataclass
class SnippetScore:
    with_found: int = 0
    with_total: int = 0
    without_avoided: int = 0
    without_total: int = 0

    def add(self, text: str, with_: list[str], without: list[str]) -> None:
        text = collapse(text)
        for snippet in with_:
            self.with_total += 1
            self.with_found += collapse(snippet) in text
        for snippet in without:
            self.without_total += 1
            self.without_avoided += collapse(snippet) not in text

    @property
    def with_share(self) -> float:
        return self.with_found / self.with_total if self.with_total else 0.0

    @property
    def without_share(self) -> float:
        return self.without_avoided / self.without_total if self.without_total else 0.0

    @property
    def harmonic(self) -> float:
        a, b = self.with_share, self.without_share
        return 2 * a * b / (a + b) if a + b else 0.0


def dev_truth() -> list[dict[str, object]]:
    return json.loads((DEV / "truth.json").read_text("utf-8"))


def dev_html_pages() -> Iterator[tuple[dict[str, object], Path]]:
    """(truth entry, html path) for every dev page."""
    for entry in dev_truth():
        path = DEV / "html" / f"{entry['file']}.gz"
        if path.exists():
            yield entry, path


def dev_text_pages(renderer: str) -> Iterator[tuple[dict[str, object], Path]]:
    """(truth entry, text dump path) for every dev page the renderer dumped."""
    for entry in dev_truth():
        stem = str(entry["file"])
        stem = stem[: -len(".html")] if stem.endswith(".html") else stem
        path = DEV / "text" / renderer / f"{stem}.txt.gz"
        if path.exists():
            yield entry, path


# ---------------------------------------------------------------- wcxb corpus
def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    pred, ref = words(predicted), words(reference)
    overlap = sum((pred & ref).values())
    p_total, r_total = sum(pred.values()), sum(ref.values())
    if p_total == 0 and r_total == 0:
        return 1.0, 1.0, 1.0
    precision = overlap / p_total if p_total else 0.0
    recall = overlap / r_total if r_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def wcxb_truth() -> Iterator[tuple[str, dict[str, object]]]:
    """(page id, truth record) for every wcxb page."""
    for path in sorted((WCXB / "truth").glob("*.json")):
        yield path.stem, json.loads(path.read_text("utf-8"))


def page_type(record: dict[str, object]) -> str:
    return str(record["_internal"]["page_type"]["primary"])  # type: ignore[index]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return collapse(text).strip(" .:|-")


def title_match(predicted: str | None, reference: str | None) -> bool:
    """Exact title after case, whitespace and quote folding."""
    if reference is None:
        return predicted is None
    return predicted is not None and _fold(predicted) == _fold(reference)


def author_match(predicted: list[str] | tuple[str, ...], reference: str | None) -> bool:
    """No reference author: none given. Else every predicted name occurs in the reference
    and the first reference name is among the predictions (order-insensitive, folded)."""
    if reference is None:
        return not predicted
    if not predicted:
        return False
    ref = _fold(reference)
    names = [_fold(name) for name in predicted]
    if not all(name and name in ref for name in names):
        return False
    first = re.split(r",| and | & |;", ref)[0].strip()
    return any(first in name or name in first for name in names)


def day_of(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def day_match(predicted: object, reference: object) -> bool:
    """Same calendar day; no reference date: no date given."""
    return day_of(predicted) == day_of(reference)


@dataclass
class WordScore:
    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)

    def add(self, predicted: str, reference: str) -> None:
        p, r, f = word_prf(predicted, reference)
        self.precision.append(p)
        self.recall.append(r)
        self.f1.append(f)

    @staticmethod
    def _mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    def summary(self) -> tuple[float, float, float, int]:
        return (
            self._mean(self.precision),
            self._mean(self.recall),
            self._mean(self.f1),
            len(self.f1),
        )
