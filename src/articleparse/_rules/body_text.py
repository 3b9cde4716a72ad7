"""The body region of a text dump: the densest run of paragraph-like blocks.

Evidence, block by block (:func:`block_score`): a block *seeds* the body when
it is long and ends like a sentence (``Settings.min_body_words``) or is very
long (``Settings.long_block_words``) and scores its length in characters; a
shorter sentence scores half its length; a boilerplate cue costs
``Settings.cue_penalty_chars``; a short line without sentence punctuation (a
menu entry, a link label) costs ``Settings.gap_penalty_chars``; a longer line
without a sentence end (a heading, a table row, a line of code) costs a third
of that. The first seed that follows a date within ``Settings.date_reach_blocks``
blocks earns ``Settings.date_bonus_chars``: articles put their date above the
text, sidebars and footers rarely do.

The body region is the run of blocks with the highest total score (a maximum
subarray, found in one pass), so a long article bridges the short lines inside
it while a menu between two teasers splits them.
"""

from __future__ import annotations

from .._blocks import Block
from .._dates import find_date
from .._features import ends_sentence, word_count
from ..settings import Settings
from .boilerplate import cue_kind

# A line longer than this (in characters) is not searched for a date.
_MAX_DATE_LINE_CHARS = 120


def is_seed(block: Block, settings: Settings) -> bool:
    """Paragraph-like: long and ending like a sentence, or very long."""
    words = word_count(block)
    if words >= settings.long_block_words:
        return True
    return words >= settings.min_body_words and ends_sentence(block)


def states_date(block: Block) -> bool:
    """A short line that states a calendar date ("May 3, 2020 · 5 min read")."""
    return len(block.text) <= _MAX_DATE_LINE_CHARS and find_date(block.text) is not None


def block_score(block: Block, settings: Settings) -> int:
    """How much the block pulls the body region towards itself (in characters; < 0 pushes)."""
    if is_seed(block, settings):
        return len(block.text)
    if cue_kind(block.text) is not None:
        return -settings.cue_penalty_chars
    words = word_count(block)
    if ends_sentence(block) and words >= settings.min_sentence_words:
        return len(block.text) // 2
    if words <= settings.short_line_words:
        return -settings.gap_penalty_chars
    return -(settings.gap_penalty_chars // 3)


def _scores(blocks: tuple[Block, ...], settings: Settings) -> list[int]:
    scores = [block_score(block, settings) for block in blocks]
    for index, block in enumerate(blocks):
        if not states_date(block):
            continue
        reach = blocks[index + 1 : index + 1 + settings.date_reach_blocks]
        for offset, after in enumerate(reach, start=index + 1):
            if is_seed(after, settings):
                scores[offset] += settings.date_bonus_chars
                return scores
    return scores


def body_region(blocks: tuple[Block, ...], settings: Settings) -> tuple[int, int] | None:
    """Return (first, last) block index of the body region, or None when there is no seed."""
    if not any(is_seed(block, settings) for block in blocks):
        return None
    best: tuple[int, int] | None = None
    best_score = 0
    start, running = 0, 0
    for index, score in enumerate(_scores(blocks, settings)):
        if running <= 0:
            start, running = index, 0
        running += score
        if running > best_score:
            best, best_score = (start, index), running
    return best
