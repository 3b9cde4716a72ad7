"""Readable text cases: each ``tests/cases/text/*.txt`` file is an input, then expectations.

A case file holds a first ``#`` line saying what it pins, the page text, a line
``=== expected`` and one ``key: value`` expectation per line:

* ``title:`` the article title; ``published:`` the publication day (YYYY-MM-DD);
* ``body count:`` how many body blocks; ``body starts:`` / ``body ends:`` the start of the
  first and the end of the last body block;
* ``heading:`` a body block of kind heading; ``absent:`` text that must not be in the body;
* ``boilerplate:`` a block dropped as boilerplate.

Every case also checks the accounting invariant: each non-whitespace character of the
input lies in exactly one segment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import articleparse
from articleparse import Article, BodyKind

CASES = Path(__file__).resolve().parent.parent / "cases" / "text"
_SEPARATOR = "=== expected"


def _read(path: Path) -> tuple[str, list[tuple[str, str]]]:
    raw = path.read_bytes().decode("utf-8")
    page, _, expected = raw.partition(_SEPARATOR)
    page = page.split("\n", 1)[1]  # drop the description line
    pairs = []
    for line in expected.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            pairs.append((key.strip(), value.strip()))
    return page, pairs


def _check(article: Article, key: str, value: str) -> None:
    body = article.body
    if key == "title":
        assert article.title == value
    elif key == "published":
        assert article.published is not None and article.published.date().isoformat() == value
    elif key == "body count":
        assert len(body) == int(value), [block.text[:40] for block in body]
    elif key == "body starts":
        assert body and body[0].text.startswith(value)
    elif key == "body ends":
        assert body and body[-1].text.endswith(value)
    elif key == "heading":
        assert any(block.kind is BodyKind.HEADING and block.text == value for block in body)
    elif key == "absent":
        assert value not in article.text
    elif key == "boilerplate":
        assert value in [item.text for item in article.boilerplate]
    else:
        raise AssertionError(f"unknown expectation {key!r}")


def _accounted_once(page: str, article: Article) -> bool:
    covered = [0] * len(page)
    for segment in article.segments:
        assert segment.span is not None
        for index in range(*segment.span):
            covered[index] += 1
    return all(covered[i] == 1 for i, char in enumerate(page) if not char.isspace())


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda path: path.stem)
def test_text_case(path: Path) -> None:
    """The page parses to what its expected section states, every character accounted."""
    page, expected = _read(path)
    assert expected, "a case needs at least one expectation"
    article = articleparse.parse(page, format="text")
    for key, value in expected:
        _check(article, key, value)
    assert _accounted_once(page, article)
