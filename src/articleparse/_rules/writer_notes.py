"""Notes about a writer: paragraphs that are an author box's text, not the article's.

Evidence: the paragraph opens with the full name of one of the page's stated
authors ("Jane Doe is a reporter who ..."), or with the first word of the short
capitalised name line just above it (a bio box's "Jane Doe" over "Jane is a
reporter who ..."); among the last paragraphs of the body, one that names a
writer of the page (a stated author or one a byline names) by a part of the name
in its first words ("Jane is a reporter ...", "Hi! I'm Jane", "As a writer, Jane
...": :func:`opens_about_writer`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .._blocks import Block
from ..model import BodyKind

# A stated author's name that opens a bio has at least this many words (not "The", "Staff").
_MIN_NAME_WORDS = 2
# A writer's name line above a bio has at most this many words.
_NAME_LINE_WORDS = 4
# Headings of this level or above (h1, h2) are headlines and section titles, never name lines.
_TOP_SECTION_LEVEL = 2
# A closing note about a writer names them within its first this many words ("Hi! I'm Jane").
_BIO_OPENER_WORDS = 6
# ... and is a paragraph of at least this many words.
_MIN_BIO_WORDS = 10
# A name part shorter than this ("Li", "Jo") is too common a word to tell a writer by.
_MIN_NAME_PART = 3
_STRIP = ".,;:!?()[]\"'’“”"


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


def name_parts(names: Sequence[str]) -> frozenset[str]:
    """The words of the writers' names that can stand for them alone: from names of two or
    more capitalised words ("Jane Doe": "Jane", "Doe"; a site's name "the Daily Mix" gives
    none), each at least ``_MIN_NAME_PART`` letters."""
    parts: set[str] = set()
    for name in names:
        words = [word.strip(_STRIP) for word in name.split()]
        if len(words) < _MIN_NAME_WORDS or not all(word[:1].isupper() for word in words):
            continue
        parts.update(word for word in words if len(word) >= _MIN_NAME_PART)
    return frozenset(parts)


def opens_about_writer(block: Block, parts: frozenset[str], names: Sequence[str]) -> bool:
    """At the end of an article, an author box's note: the paragraph opens with the full name
    of one of the writers (``names``: :func:`names_author`) or a part of it, punctuation
    aside ("(Jane Doe is a lawyer ...)"), or names one by a lone part of the name
    (``parts``: :func:`name_parts`) among its first ``_BIO_OPENER_WORDS`` words ("Hi! I'm
    Jane ...", "As a writer, Doe ..."). A box speaks of its writer by one name; the
    article's text that cites the writer gives the full name ("As Jane Doe wrote ...")."""
    if block.shape is not BodyKind.PARAGRAPH:
        return False  # a list item, a table cell, a code line: the article's data
    words = block.text.split()
    if len(words) < _MIN_BIO_WORDS:
        return False  # a label over the writer's picks ("Picks by Jane:"), not a note
    if names_author(block, names):
        return True
    opener = [word.strip(_STRIP) for word in words[: _BIO_OPENER_WORDS + 1]]
    if opener[0] in parts:
        return True  # the name opens it, punctuation aside ("(Jane Doe is a lawyer ...)")
    return any(
        word in parts
        and opener[at - 1] not in parts
        and (at + 1 == len(opener) or opener[at + 1] not in parts)
        for at, word in enumerate(opener[:_BIO_OPENER_WORDS])
        if at
    )


def mentioned(texts: Iterable[str], parts: frozenset[str]) -> frozenset[str]:
    """The name ``parts`` the texts use as words, end punctuation cut off (only a text that
    holds one as a substring, a cheap test, is split into words)."""
    found: set[str] = set()
    for text in texts:
        if any(part in text for part in parts):
            found.update(word.strip(_STRIP) for word in text.split())
    return frozenset(found & parts)
