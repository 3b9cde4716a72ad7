"""Pure per-block evidence: word counts, sentence ends, headline shape."""

from __future__ import annotations

import pytest

from articleparse._blocks import Block
from articleparse._features import (
    capitalised_share,
    ends_sentence,
    is_code_like,
    is_data_like,
    is_headline_like,
    sentence_count,
    word_count,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained.", True),
        ('He said "no."', True),
        ("Really?)", True),
        ("Namely:", False),
        ("Home", False),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    """Sentence-final punctuation, possibly closed by quotes, counts; a colon does not."""
    assert ends_sentence(Block(text)) is expected


def test_word_and_sentence_counts() -> None:
    """Words split on whitespace; sentences on inner and final stops."""
    block = Block("One two three. Four five! Six?")
    assert word_count(block) == 6
    assert sentence_count(block) == 3


def test_capitalised_share_is_high_for_title_case() -> None:
    """Title Case scores 1.0, a plain sentence much lower."""
    assert capitalised_share(Block("Harbour Council Approves Ferry Timetable")) == 1.0
    assert capitalised_share(Block("The council voted on the ferry timetable today.")) < 0.3


@pytest.mark.parametrize(
    ("text", "expected"),
    [("What changes for readers", True), ("A full sentence ends here.", False), ("Home", False)],
)
def test_is_headline_like(text: str, expected: bool) -> None:
    """Two or more words without a sentence end look like a headline."""
    assert is_headline_like(Block(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("if (x) {", True), ('name = "";', True), ("}", True), ("What changes for readers", False)],
)
def test_is_code_like(text: str, expected: bool) -> None:
    """Code construct endings or dense code punctuation mark a line of code."""
    assert is_code_like(Block(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1/1/2013 +13.1%", True), ("Oktober 2019 (1)", False), ("Home", False)],
)
def test_is_data_like(text: str, expected: bool) -> None:
    """A line made mostly of figures is a row of data; a menu entry with a count is not."""
    assert is_data_like(Block(text)) is expected
