"""The context pass: decide non-seed blocks from their neighbours.

After the body region is chosen, blocks are revised by where they stand:

* the head, before the body: the title is the best-scoring headline-like line
  in ``Settings.title_window_blocks`` blocks before the body (words the opening
  paragraphs repeat, a date or byline line under it, Title Case, a headline's
  length, nearness; a line the body repeats, next to another such line, is a
  contents entry unless a date or byline stands under it); between it and the
  body stand datelines, bylines (also a name alone on a date line or next to
  one), captions, standalone credits and a standfirst (a full sentence right
  under the title, kept as body); blocks above the title are branding, navigation or other
  boilerplate;
* the gaps inside the body: list items, lines of code, rows of figures, short
  sentences and long lines leading into a list stay body; short headline-like
  lines become subheadings; captions and credits are split off; headline-like
  lines that carry a link mark or are too long for a subheading become
  related-link boilerplate;
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
from ._features import ends_sentence, is_code_like, is_data_like, is_headline_like, word_count
from ._rules.body_text import states_date
from ._rules.boilerplate import cue_kind, is_control_label, kind_of, opens_notice
from ._rules.byline import bare_names, names_a_job, parse_byline
from ._rules.credit import split_credit, standalone_credit
from ._rules.title import (
    content_words,
    is_breadcrumb,
    is_numbered_entry,
    is_title_candidate,
    title_score,
)
from .model import BodyKind, BoilerplateKind, Role
from .settings import Settings

_BRANDING_WINDOW = 6
# A standfirst stands at most this many blocks under the title.
_STANDFIRST_REACH = 2
PREFORMATTED = Label(Role.BODY, BodyKind.PREFORMATTED)
TABLE_ROW = Label(Role.BODY, BodyKind.TABLE_CELL)
_MIN_CAPTION_WORDS = 3
# Another entry of a table of contents stands within this many lines of an entry.
_CONTENTS_REACH = 3
# A byline that names the same person stands within this many lines of a name alone.
_BYLINE_REACH = 4
# A job title line stands within this many lines of the date, byline or name it goes with.
_SIGNATURE_REACH = 2
# A breadcrumb trail that ends with the headline stands within this many lines of it.
_CRUMB_REACH = 2


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


def _announced(blocks: tuple[Block, ...], index: int, first_body: int) -> bool:
    """A date or byline line stands within three blocks after ``index`` (and before the body)."""
    for after in blocks[index + 1 : min(first_body, index + 4)]:
        if states_date(after) or parse_byline(after.text):
            return True
    return False


def _after_byline_cue(blocks: tuple[Block, ...], index: int) -> bool:
    """A bare byline cue ("By", "Written by:") stands one or two lines above: the line is a name."""
    text = blocks[index].text
    for above in blocks[max(0, index - 2) : index]:
        if not parse_byline(above.text) and parse_byline(f"{above.text} {text}"):
            return True
    return False


def _in_contents(
    blocks: tuple[Block, ...], index: int, first_body: int, body_lines: frozenset[str]
) -> bool:
    """An entry of a table of contents: the body repeats this line and another one near it.

    A contents list names several of the body's subheadings within a few lines (nested
    entries between them); a headline the page shows again further down stands alone
    among menu lines.
    """
    text = blocks[index].text
    if text not in body_lines:
        return False
    near = blocks[max(0, index - _CONTENTS_REACH) : min(first_body, index + _CONTENTS_REACH + 1)]
    return any(other.text != text and other.text in body_lines for other in near)


def _named_by_byline(blocks: tuple[Block, ...], index: int) -> bool:
    """A name alone that a byline line near it states too ("By Jane Doe" ... "Jane Doe"):
    the author's name shown again (under an avatar, in an author box), not the headline."""
    names = bare_names(blocks[index].text)
    if not names:
        return False
    near = blocks[max(0, index - _BYLINE_REACH) : index + _BYLINE_REACH + 1]
    return any(
        other is not blocks[index] and names[0] in parse_byline(other.text) for other in near
    )


def _beside_signature(blocks: tuple[Block, ...], index: int) -> bool:
    """A date, byline or name alone stands within two lines of the line: it is in the byline
    block of the head."""
    near = blocks[max(0, index - _SIGNATURE_REACH) : index + _SIGNATURE_REACH + 1]
    return any(
        other is not blocks[index]
        and (states_date(other) or bool(parse_byline(other.text)) or bool(bare_names(other.text)))
        for other in near
    )


def _ends_breadcrumb(blocks: tuple[Block, ...], index: int) -> bool:
    """A breadcrumb trail just above or under the line ends with it ("Home » News » <line>"):
    the page's own navigation names it as the page's headline."""
    text = blocks[index].text
    near = blocks[max(0, index - _CRUMB_REACH) : index + _CRUMB_REACH + 1]
    return any(
        other.text != text and other.text.endswith(text) and is_breadcrumb(other.text)
        for other in near
    )


#: the body's first blocks, whose words a headline shares ...
_OPENING_BLOCKS = 5
#: ... and the first of them, where a page may show its headline again
_REPEAT_REACH = 3


def find_title(
    blocks: tuple[Block, ...],
    first_body: int,
    settings: Settings,
    body_lines: frozenset[str] = frozenset(),
) -> int | None:
    """The best title candidate among the ``Settings.title_window_blocks`` before the body.

    A candidate whose text is one of ``body_lines`` (the texts of the body's blocks), with
    another such line near it, is a table-of-contents entry for a subheading, not the
    title, unless a date or byline line stands under it or the body repeats it among its
    first blocks (a page that shows its headline again where the article starts).
    """
    opening = blocks[first_body : first_body + _OPENING_BLOCKS]
    body_words = content_words(" ".join(block.text for block in opening))
    repeated = frozenset(block.text for block in opening[:_REPEAT_REACH])
    best: int | None = None
    best_score = 0.0
    for index in range(first_body - 1, max(0, first_body - settings.title_window_blocks) - 1, -1):
        block = blocks[index]
        if not is_title_candidate(block, settings) or caption_or_credit(block) is not None:
            continue
        if is_breadcrumb(block.text) or is_numbered_entry(block.text):
            continue
        if _after_byline_cue(blocks, index) or _named_by_byline(blocks, index):
            continue
        if names_a_job(block.text) and _beside_signature(blocks, index):
            continue  # the author's job or team under the name, not the headline
        announced = _announced(blocks, index, first_body) or _ends_breadcrumb(blocks, index)
        contents = _in_contents(blocks, index, first_body, body_lines)
        if contents and not announced and block.text not in repeated:
            continue
        score = title_score(
            block,
            distance=first_body - index - 1,
            body_words=body_words,
            announced=announced,
        )
        if best is None or score > best_score:
            best, best_score = index, score
    return best


def standfirst_label(block: Block, settings: Settings) -> Label | None:
    """BODY for a standfirst: a full sentence right under the title (the article's lead)."""
    if ends_sentence(block) and word_count(block) >= settings.min_body_words:
        return BODY
    return None


def dateline_or_byline(block: Block) -> Label | None:
    """DATELINE for a dateline that names a day, BYLINE for a byline with names, else None."""
    if is_dateline(block.text) and states_date(block):
        return DATELINE
    if parse_byline(block.text):
        return BYLINE
    return None


def signs_by_date(blocks: tuple[Block, ...], index: int) -> bool:
    """A name alone in the head, on a date line or next to one ("Jane Doe", "May 3, 2024"),
    signs the article."""
    block = blocks[index]
    if not bare_names(block.text):
        return False
    near = blocks[max(0, index - 1) : index + 2]
    return any(states_date(other) for other in near)


def label_head(
    blocks: tuple[Block, ...], labels: list[Label], first_body: int, settings: Settings
) -> int | None:
    """Label the blocks before the body; return the title's index, if one was found."""
    body_lines = frozenset(
        block.text
        for block, label in zip(blocks[first_body:], labels[first_body:], strict=True)
        if label.role is Role.BODY
    )
    title = find_title(blocks, first_body, settings, body_lines)
    stop = title + 1 if title is not None else max(0, first_body - settings.max_head_blocks)
    for index in range(stop, first_body):
        block = blocks[index]
        found = head_label(block, settings, have_title=False)
        if found is None and signs_by_date(blocks, index):
            found = BYLINE
        if found is None and title is not None and index - title <= _STANDFIRST_REACH:
            found = standfirst_label(block, settings)
        if found is None:
            found = boilerplate(cue_kind(block.text) or BoilerplateKind.OTHER)
        labels[index] = found
    if title is not None:
        labels[title] = TITLE
    end = title if title is not None else stop
    above = title - settings.above_title_blocks if title is not None else end
    for index in range(end):
        block = blocks[index]
        if index >= above:  # a date or byline just above the headline belongs to it
            found = dateline_or_byline(block)
            if found is not None:
                labels[index] = found
                continue
        kind = cue_kind(block.text)
        if kind is None and is_control_label(block.text):
            kind = BoilerplateKind.UI_CONTROL
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
    if opens_notice(block.text):
        return boilerplate(BoilerplateKind.LEGAL)
    if block.shape is BodyKind.LIST_ITEM:
        return BODY
    if is_code_like(block):
        return PREFORMATTED
    if is_data_like(block):
        return TABLE_ROW
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
