"""Prose just around the chosen body of an HTML page: what joins it and what does not.

Evidence: a prose paragraph a few levels around the chosen containers joins the
body (:func:`stray_prose`) unless it is a card's text beside a short linked line
(a teaser's title above it, a promotion's link out below it: :func:`_teaser`) or
a note about a writer (:func:`~articleparse._rules.writer_notes.author_bio`);
between the headline and the body, a long block in no box of its own is the
standfirst (:func:`lead_prose`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .._blocks import Block
from .._features import ends_sentence
from ..settings import Settings
from .body_html import SIBLING_MAX_LINKS, Selection
from .writer_notes import author_bio

# A card: a linked line (title or link out) of at most this many words, sharing an ancestor
# this many block levels up with the card's text.
_CARD_TITLE_WORDS = 20
_CARD_LEVELS = 3
# A card's link out under its text ("Read the guide", "Register now") has at most this many words.
_CARD_ACTION_WORDS = 4


def _card_link(block: Block, neighbour: Block | None, words: int) -> bool:
    """The neighbour is a mostly linked line of at most ``words`` words in the same small
    element as the block (a shared ancestor ``_CARD_LEVELS`` levels up): a card's linked title
    or its link out."""
    dom = block.dom
    if neighbour is None or dom is None or neighbour.dom is None:
        return False
    near = neighbour.dom
    if near.link_chars * 2 <= len(neighbour.text):
        return False
    if len(neighbour.text.split()) > words:
        return False
    mine = {uid for uid, _, _ in dom.ancestors[:_CARD_LEVELS]}
    return any(uid in mine for uid, _, _ in near.ancestors[:_CARD_LEVELS])


def _teaser(block: Block, previous: Block | None, following: Block | None) -> bool:
    """A card's text: its linked title above it (a teaser of another page) or its link out
    below it ("Read more", "Register now": a promotion) (:func:`_card_link`)."""
    return _card_link(block, previous, _CARD_TITLE_WORDS) or _card_link(
        block, following, _CARD_ACTION_WORDS
    )


def stray_prose(
    block: Block,
    selection: Selection,
    settings: Settings,
    previous: Block | None = None,
    authors: Sequence[str] = (),
    following: Block | None = None,
) -> bool:
    """A paragraph outside the chosen containers that still belongs to the article.

    Evidence: it stands in an element around the top container (a few levels up), outside any
    boilerplate class/id or landmark, and reads like prose: at least
    ``Settings.html_stray_words`` words, a sentence end and little link text; and it is not a
    card's text beside its linked title or link out (``previous`` and ``following``, the blocks
    around it; the caller gives ``following`` only after the body's start, where a link under a
    lead names its author or comments: :func:`_teaser`) nor a note about one of the page's
    writers (``authors``: :func:`author_bio`).
    """
    dom = block.dom
    if dom is None or dom.cue is not None or dom.chrome is not None or block.from_alt:
        return False
    if dom.in_noscript and not selection.noscript:
        return False
    if dom.caption_hint or dom.in_figure:
        return False
    if dom.link_chars > SIBLING_MAX_LINKS * len(block.text) or not ends_sentence(block):
        return False
    if len(block.text.split()) < settings.html_stray_words:
        return False
    if not any(uid in selection.around for uid, _, _ in dom.ancestors):
        return False
    return not _teaser(block, previous, following) and not author_bio(block, previous, authors)


def lead_prose(block: Block, wrappers: frozenset[int], words: int, settings: Settings) -> bool:
    """A standfirst: a block between the headline and the body that is the article's lead.

    Evidence: no boilerplate class/id or landmark of its own (``wrappers``: the uids of those
    that also enclose the body do not count), no figure or caption, little link text, and
    ``words`` (its own, or its list's for a summary list's item) at least
    ``Settings.html_stray_words`` (many standfirsts end without a full stop, like the
    headline above them).
    """
    dom = block.dom
    if dom is None or block.from_alt or dom.in_noscript or dom.caption_hint or dom.in_figure:
        return False
    if dom.cue is not None and dom.cue_uid not in wrappers:
        return False
    if dom.chrome is not None and dom.chrome_uid not in wrappers:
        return False
    if dom.link_chars > SIBLING_MAX_LINKS * len(block.text):
        return False
    return words >= settings.html_stray_words
