"""The title: a headline-like block next to the start of the body.

Evidence: a few words, no sentence-final period, not a dateline, byline,
credit or boilerplate cue; when the page states a title in its metadata, the
block that matches it best.
"""

from __future__ import annotations

from .._blocks import Block
from .._dates import is_dateline
from .._features import capitalised_share, ends_sentence, word_count
from .._patterns import BREADCRUMB_STEP, BULLET, IMAGE_MARK, MENU_SEPARATOR, READING_TIME
from ..settings import Settings
from .boilerplate import cue_kind
from .byline import credits_contributor, parse_byline

_MIN_TITLE_WORDS = 2
_NOTE_SEPARATORS = " ·|•-–—"


def is_title_candidate(block: Block, settings: Settings) -> bool:
    """Could this block be the article's headline?"""
    words = word_count(block)
    if not _MIN_TITLE_WORDS <= words <= settings.max_title_words:
        return False
    if block.text.endswith((".", ":", ";", ",")) and not block.text.endswith("..."):
        return False
    if is_menu_row(block.text):
        return False
    # a reading-time note alone ("6 min read") labels the article, it is not its headline
    if not READING_TIME.sub("", block.text).strip(_NOTE_SEPARATORS):
        return False
    if "[" in block.text and _shows_image(block.text):
        return False  # an image's alt text or a form field as w3m prints them, not a headline
    if credits_contributor(block.text):
        return False  # "Edited by: Jane Doe", "Written by": a label of the head
    return not (is_dateline(block.text) or parse_byline(block.text) or cue_kind(block.text))


def _shows_image(text: str) -> bool:
    """A bracketed alt text or form field in the line ("[blog] Ten tips"); a line longer than
    any headline is not searched (it is no headline either)."""
    return len(text) > _MAX_HEADLINE_CHARS or IMAGE_MARK.search(text) is not None


# A headline is at most this many characters long.
_MAX_HEADLINE_CHARS = 400
# A menu row has at least this many entries, each of at most _MENU_ENTRY_WORDS words.
_MENU_ENTRIES = 3
_MENU_ENTRY_WORDS = 3


def is_menu_row(text: str) -> bool:
    """A row of short menu entries ('Guidelines | FAQ | Contact'): navigation, never a headline.

    Evidence: three or more entries between bars or dots, none longer than a few words (a
    headline with a site name after one bar has two parts).
    """
    entries = MENU_SEPARATOR.split(text)
    return len(entries) >= _MENU_ENTRIES and all(
        len(entry.split()) <= _MENU_ENTRY_WORDS for entry in entries
    )


def is_breadcrumb(text: str) -> bool:
    """A breadcrumb trail ('Home » Blog » Headline'): navigation that may end in the headline."""
    steps = BREADCRUMB_STEP.split(text)
    return len(steps) > 2 or (len(steps) == 2 and len(steps[0].split()) == 1)


def is_numbered_entry(text: str) -> bool:
    """A numbered entry or section heading ('3. Internet of Things'): a part, not the headline."""
    match = BULLET.match(text)
    return match is not None and match.group().strip()[:1].isdigit()


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


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of four or more letters: what a headline shares with its article."""
    return frozenset(word for word in _tokens(text) if len(word) >= _MIN_CONTENT_LETTERS)


def title_score(
    block: Block, *, distance: int, body_words: frozenset[str], announced: bool
) -> float:
    """How much a title candidate looks like the article's headline (higher is better).

    Evidence: the share of its words that the opening paragraphs repeat, a date or
    byline line right after it, Title Case, a headline's length, and nearness to the
    body (``distance`` blocks between it and the first body block).
    """
    own = content_words(block.text)
    # Shared words count against at least a headline's worth of words, so a one- or
    # two-word section label (a kicker) above the headline cannot reach full overlap.
    overlap = len(own & body_words) / max(len(own), _OVERLAP_FLOOR)
    words = word_count(block)
    score = _OVERLAP_WEIGHT * overlap + _CAPITALS_WEIGHT * capitalised_share(block)
    if announced:
        score += _ANNOUNCED_BONUS
    if _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]:
        score += _LENGTH_BONUS
    return score - _DISTANCE_COST * distance


# Weights of the title evidence; a title needs overlap or a date/byline below it to win over a menu.
_MIN_CONTENT_LETTERS = 4
_OVERLAP_FLOOR = 3
_OVERLAP_WEIGHT = 2.0
_CAPITALS_WEIGHT = 0.5
_ANNOUNCED_BONUS = 1.0
_LENGTH_BONUS = 0.5
_HEADLINE_WORDS = (3, 20)
_DISTANCE_COST = 0.05
