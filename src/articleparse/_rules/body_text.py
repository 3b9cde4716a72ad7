"""The body region of a text dump: the densest run of paragraph-like blocks.

Evidence: a block seeds the body when it is long and ends like a sentence
(``Settings.min_body_words``) or is very long (``Settings.long_block_words``).
Seeds are joined into runs across gaps of at most ``Settings.max_gap_blocks``
non-seed blocks; each run scores its seeds' characters minus a penalty per
gap block; the best run is the body region.
"""

from __future__ import annotations

from .._blocks import Block
from .._features import ends_sentence, word_count
from ..settings import Settings


def is_seed(block: Block, settings: Settings) -> bool:
    """Paragraph-like: long and ending like a sentence, or very long."""
    words = word_count(block)
    return (words >= settings.min_body_words and ends_sentence(block)) or words >= settings.long_block_words


def body_region(blocks: tuple[Block, ...], settings: Settings) -> tuple[int, int] | None:
    """Return (first, last) block index of the body region, or None when there is no seed."""
    best: tuple[int, int] | None = None
    best_score = 0
    start = -1
    score = 0
    last_seed = -1
    for index, block in enumerate(blocks):
        if not is_seed(block, settings):
            continue
        gap = index - last_seed - 1
        if start < 0 or gap > settings.max_gap_blocks:
            start, score = index, 0
        else:
            score -= gap * settings.gap_penalty_chars
        score += len(block.text)
        if score <= 0:
            start, score = index, len(block.text)
        last_seed = index
        if score > best_score:
            best, best_score = (start, index), score
    return best
