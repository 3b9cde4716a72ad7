"""Every threshold of the parser, in one frozen value passed explicitly.

``parse(source, settings=Settings(min_body_words=20))`` changes one; the
defaults are tuned on the development corpora (see ``docs/benchmarks.md``).

Added in version 0.1.0.
"""

from __future__ import annotations

import attrs

__all__ = ["Settings"]


@attrs.frozen(slots=True)
class Settings:
    """Thresholds for the role rules. All fields are keyword-only."""

    #: A block with at least this many words that ends like a sentence seeds the body.
    #: Raising it makes short articles lose paragraphs; lowering it lets teasers in.
    min_body_words: int = attrs.field(default=12, kw_only=True)
    #: A block this long (in words) seeds the body even without a sentence end.
    long_block_words: int = attrs.field(default=40, kw_only=True)
    #: How many consecutive non-body blocks may sit inside the body before it is split.
    #: Raising it bridges bigger in-body widgets (and risks joining comments).
    max_gap_blocks: int = attrs.field(default=4, kw_only=True)
    #: A body region keeps going only while gaps cost less than this share of its text.
    gap_penalty_chars: int = attrs.field(default=60, kw_only=True)
    #: A body-region score in characters: what a boilerplate cue line ("Share", "Related") costs.
    #: Raising it makes in-body widgets split the body more readily.
    cue_penalty_chars: int = attrs.field(default=150, kw_only=True)
    #: A line ending like a sentence with at least this many words counts half its length
    #: towards the body region. Raising it makes short sentences count as gaps.
    min_sentence_words: int = attrs.field(default=4, kw_only=True)
    #: A line of at most this many words without sentence punctuation (a menu entry, a link)
    #: costs ``gap_penalty_chars`` in the body region; longer ones a third. Raising it treats
    #: more headings and table rows as navigation.
    short_line_words: int = attrs.field(default=5, kw_only=True)
    #: The first long paragraph within ``date_reach_blocks`` blocks after a date line earns this
    #: many characters of body-region score. Raising it favours the dated text over bigger sidebars.
    date_bonus_chars: int = attrs.field(default=400, kw_only=True)
    #: How many blocks after a date line the first paragraph may stand to earn the date bonus.
    date_reach_blocks: int = attrs.field(default=4, kw_only=True)
    #: The title must have at most this many words.
    max_title_words: int = attrs.field(default=30, kw_only=True)
    #: How many blocks before the body may still hold the title, dateline, byline and captions.
    max_head_blocks: int = attrs.field(default=8, kw_only=True)
    #: A subheading inside the body has at most this many words; longer headline-like
    #: lines between body paragraphs are read as injected related-article links.
    max_subheading_words: int = attrs.field(default=12, kw_only=True)
