"""Notes about a writer: paragraphs that are an author box's text, not the article's.

Evidence: the paragraph opens with the full name of one of the page's stated
authors ("Jane Doe is a reporter who ..."), or with the first word of the short
capitalised name line just above it (a bio box's "Jane Doe" over "Jane is a
reporter who ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._blocks import Block

# A stated author's name that opens a bio has at least this many words (not "The", "Staff").
_MIN_NAME_WORDS = 2
# A writer's name line above a bio has at most this many words.
_NAME_LINE_WORDS = 4
# Headings of this level or above (h1, h2) are headlines and section titles, never name lines.
_TOP_SECTION_LEVEL = 2


def author_bio(block: Block, previous: Block | None, authors: Sequence[str]) -> bool:
    """A note about a writer: the paragraph opens with the full name of one of the page's
    stated ``authors`` (of two words or more: "Jane Doe is a reporter who ..."), or with the
    first word of the short capitalised name line before it (a bio box's "Jane Doe" over
    "Jane is a reporter who ...")."""
    words = block.text.split()
    if not words or not words[0][:1].isupper():
        return False
    first = words[0]
    if names_author(block, authors):
        return True
    if previous is None:
        return False
    if previous.level is not None and previous.level <= _TOP_SECTION_LEVEL:
        return False  # a headline or a section heading, not a name over a bio
    above = previous.text.split()
    named = all(word[:1].isupper() for word in above)  # "Jane Doe", not "Managed services"
    return 0 < len(above) <= _NAME_LINE_WORDS and named and above[0] == first


def names_author(block: Block, authors: Sequence[str]) -> bool:
    """The paragraph opens with the full name (two words or more) of one of the page's stated
    ``authors`` ("Jane Doe is a reporter who ..."): a note about the writer."""
    words = block.text.split()
    for name in authors:
        parts = name.split()
        if len(parts) >= _MIN_NAME_WORDS and words[: len(parts)] == parts:
            return True
    return False
