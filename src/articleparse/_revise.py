"""The context pass: decide non-seed blocks from their neighbours.

After the body region is chosen, blocks are revised by where they stand:

* the head, just before the body: datelines, bylines, captions, standalone
  credits and, nearest the body, the title; blocks above the title are
  branding, navigation or other boilerplate;
* the gaps inside the body: list items and short sentences stay body, short
  headline-like lines become subheadings, captions and credits are split off,
  and headline-like lines that carry a link mark or are too long for a
  subheading become related-link boilerplate;
* the tail after the body: boilerplate of the kind its wording names.
"""

from __future__ import annotations

from ._blocks import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    DATELINE,
    SUBHEADING,
    TITLE,
    Block,
    Label,
    boilerplate,
)
from ._dates import is_dateline
from ._features import ends_sentence, is_code_like, is_headline_like, word_count
from ._rules.boilerplate import cue_kind, kind_of
from ._rules.byline import parse_byline
from ._rules.credit import split_credit, standalone_credit
from ._rules.title import is_title_candidate
from .model import BodyKind, BoilerplateKind, Role
from .settings import Settings

_BRANDING_WINDOW = 6
PREFORMATTED = Label(Role.BODY, BodyKind.PREFORMATTED)
_MIN_CAPTION_WORDS = 3


def caption_or_credit(block: Block) -> Label | None:
    """CAPTION for a caption with a credit, CREDIT for a lone credit, else None."""
    if standalone_credit(block.text) is not None:
        return CREDIT
    caption, credit = split_credit(block.text)
    if credit is not None and len(caption.split()) >= _MIN_CAPTION_WORDS:
        return CAPTION
    return None


def head_label(block: Block, settings: Settings, have_title: bool) -> Label | None:
    """The role of a block standing between the title and the body, or None."""
    if is_dateline(block.text):
        return DATELINE
    if parse_byline(block.text):
        return BYLINE
    if not have_title or not is_title_candidate(block, settings):
        found = caption_or_credit(block)
        if found is not None:
            return found
    return None


def label_head(
    blocks: tuple[Block, ...], labels: list[Label], first_body: int, settings: Settings
) -> int | None:
    """Label the blocks before the body; return the title's index, if one was found."""
    title: int | None = None
    stop = max(0, first_body - settings.max_head_blocks)
    for index in range(first_body - 1, stop - 1, -1):
        block = blocks[index]
        found = head_label(block, settings, have_title=False)
        if found is not None:
            labels[index] = found
            continue
        if is_title_candidate(block, settings):
            labels[index] = TITLE
            title = index
            break
        kind = cue_kind(block.text)
        labels[index] = boilerplate(kind or BoilerplateKind.OTHER)
    end = title if title is not None else stop
    for index in range(end):
        block = blocks[index]
        kind = cue_kind(block.text)
        if kind is None:
            near_top = index < _BRANDING_WINDOW and title is not None and is_headline_like(block)
            kind = BoilerplateKind.BRANDING if near_top else BoilerplateKind.NAVIGATION
        labels[index] = boilerplate(kind)
    return title


def gap_label(block: Block, settings: Settings) -> Label:
    """The role of a non-seed block inside the body region."""
    found = caption_or_credit(block)
    if found is not None:
        return found
    kind = cue_kind(block.text)
    if kind is not None:
        return boilerplate(kind)
    if block.shape is BodyKind.LIST_ITEM:
        return BODY
    if is_code_like(block):
        return PREFORMATTED
    if is_headline_like(block):
        if block.link_mark or word_count(block) > settings.max_subheading_words:
            return boilerplate(BoilerplateKind.RELATED_LINK)
        return SUBHEADING
    if ends_sentence(block) or word_count(block) >= settings.min_sentence_words:
        return BODY  # a sentence, or a long line leading into a list ("..., for example:")
    return boilerplate(BoilerplateKind.OTHER)


def label_tail(blocks: tuple[Block, ...], labels: list[Label], after_body: int) -> None:
    """Label the blocks after the body as boilerplate of the kind their wording names."""
    for index in range(after_body, len(blocks)):
        labels[index] = boilerplate(kind_of(blocks[index].text, blocks[index].dom))
