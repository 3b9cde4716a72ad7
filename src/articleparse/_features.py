"""Pure functions Block -> evidence, shared by the role rules.

Each function looks at one block's own text (and DOM evidence when there is
some) and returns a number or a flag; none looks at neighbours.
"""

from __future__ import annotations

from ._blocks import Block
from ._patterns import SENTENCE_END


def word_count(block: Block) -> int:
    """Number of whitespace-separated words."""
    return len(block.text.split())


def ends_sentence(block: Block) -> bool:
    """The text ends like a sentence (., !, ?, …, possibly closed by a quote)."""
    return SENTENCE_END.search(block.text[-8:]) is not None and not block.text.endswith(":")


def sentence_count(block: Block) -> int:
    """Rough number of sentence ends inside the text."""
    text = block.text
    return sum(text.count(mark) for mark in (". ", "! ", "? ")) + (1 if ends_sentence(block) else 0)


def capitalised_share(block: Block) -> float:
    """Share of words of 4+ letters that start with a capital (high for English titles, menus)."""
    words = [word for word in block.text.split() if len(word) >= 4 and word[0].isalpha()]
    if not words:
        return 0.0
    return sum(1 for word in words if word[0].isupper()) / len(words)


def link_density(block: Block) -> float:
    """Share of the text inside links (HTML only; 0 for text input)."""
    if block.dom is None or not block.text:
        return 0.0
    return min(1.0, block.dom.link_chars / len(block.text))


def is_headline_like(block: Block) -> bool:
    """Short, no sentence-final period: could be a title, subheading or link label."""
    words = word_count(block)
    return 2 <= words <= 25 and not ends_sentence(block)


# Characters that are rare in prose and common in source code and markup.
_CODE_CHARS = frozenset("{}[]()<>;=/\\#$&|*+_`\"'")
# Line ends that close or open a code construct.
_CODE_ENDS = ("{", "}", ";", "(", ")", "[", "]", "};", "),", "*/", "-->", ">")


def code_share(block: Block) -> float:
    """Share of the characters that are code punctuation (braces, brackets, =, ;, quotes)."""
    text = block.text
    if not text:
        return 0.0
    return sum(1 for char in text if char in _CODE_CHARS) / len(text)


def is_code_like(block: Block) -> bool:
    """A line of source code: ends like a code construct, or is dense in code punctuation."""
    text = block.text
    return text.endswith(_CODE_ENDS) or code_share(block) >= _MIN_CODE_SHARE


# A line with at least this share of code punctuation reads as code.
_MIN_CODE_SHARE = 0.12


def digit_share(block: Block) -> float:
    """Share of the non-space characters that are digits."""
    chars = [char for char in block.text if not char.isspace()]
    return sum(1 for char in chars if char.isdigit()) / len(chars) if chars else 0.0


def is_data_like(block: Block) -> bool:
    """A row of figures (a table line: "1/1/2013 +13.1%"), not a menu entry or prose."""
    return digit_share(block) >= _MIN_DIGIT_SHARE


# A line with at least this share of digits is a row of data.
_MIN_DIGIT_SHARE = 0.4
