"""The title: a headline-like block next to the start of the body.

Evidence: a few words, no sentence-final period, not a dateline, byline,
credit or boilerplate cue; when the page states a title in its metadata, the
block that matches it best.
"""

from __future__ import annotations

from .._blocks import Block
from .._dates import is_dateline
from .._features import ends_sentence, word_count
from ..settings import Settings
from .boilerplate import cue_kind
from .byline import parse_byline

_MIN_TITLE_WORDS = 2


def is_title_candidate(block: Block, settings: Settings) -> bool:
    """Could this block be the article's headline?"""
    words = word_count(block)
    if not _MIN_TITLE_WORDS <= words <= settings.max_title_words:
        return False
    if block.text.endswith((".", ":", ";", ",")) and not block.text.endswith("..."):
        return False
    return not (is_dateline(block.text) or parse_byline(block.text) or cue_kind(block.text))


def _tokens(text: str) -> set[str]:
    return {word.strip(".,:;!?\"'«»“”‘’()[]|–—-").lower() for word in text.split()} - {""}


def title_similarity(block: Block, title: str) -> float:
    """Share of the stated title's words that the block contains (0..1)."""
    wanted = _tokens(title)
    if not wanted:
        return 0.0
    have = _tokens(block.text)
    overlap = len(wanted & have) / len(wanted)
    # A block much longer than the title is a sentence that mentions it, not the headline.
    return overlap if len(have) <= 2 * len(wanted) + 2 else overlap / 2


def is_sentence_like(block: Block) -> bool:
    """Ends like a sentence (used to keep headlines apart from paragraphs)."""
    return ends_sentence(block)
