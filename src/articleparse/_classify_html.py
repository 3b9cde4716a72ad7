"""Roles for the blocks of an HTML page.

1. The body container is chosen by :func:`~articleparse._rules.body_html.select_body`
   (container scoring); a page with no scoring block falls back to the text rules.
2. Inside the chosen containers a block is body unless it is a figure's
   caption or credit, a paragraph that is only a picture's credit, a date or
   byline line, sits in an element whose
   class/id names boilerplate or in a ``nav``/``aside``/``footer``/``form``
   below the container, is mostly link text in a run of
   ``Settings.html_link_run`` such blocks, or names boilerplate by its wording
   ("Advertisement", "Share this article"), or opens with the full name of a
   stated author (a note about the writer). Prose paragraphs just around the
   chosen containers join the body (``stray_prose``); body headings with no
   body text after them are dropped.
3. The headline is the heading :func:`~articleparse._rules.headline.pick_title`
   chooses; between it and the body, date lines, bylines (also a bare "Written
   by" with the name in the next block), captions and credits keep their roles,
   as do date and byline lines just above it outside a landmark; a long block there in no
   box of its own is the standfirst, body (:func:`_take_lead`).
4. Everything else is boilerplate of the kind its class/id, landmark or
   wording names; figure captions outside the page's chrome stay captions.
5. A short body is widened to the page's main landmark or a repeated list
   when that holds much more text (:func:`~articleparse._rules.body_landmark.widen_short_body`).
6. A run of body blocks repeating an earlier run (a second layout of the same
   text) is boilerplate (:func:`~articleparse._revise_html.drop_repeats`); so is an
   affiliate disclosure (:func:`~articleparse._revise_html.drop_disclosures`).
"""

from __future__ import annotations

from collections import Counter

from ._blocks import BODY, BYLINE, CAPTION, CREDIT, DATELINE, TITLE, Block, Label, Page, boilerplate
from ._classify_text import label_text
from ._dates import is_dateline
from ._features import link_density, word_count
from ._html_kinds import dropped_kind, named_kind
from ._revise import caption_or_credit
from ._revise_html import (
    drop_bios,
    drop_closing_bios,
    drop_disclosures,
    drop_edges,
    drop_repeats,
)
from ._rules.body_edges import lead_prose, stray_prose
from ._rules.body_html import Selection, block_holder, boxed, select_body
from ._rules.body_landmark import widen_short_body
from ._rules.byline import names_other_role, parse_byline
from ._rules.credit import standalone_credit
from ._rules.headline import pick_title
from .model import BodyKind, BoilerplateKind, Role
from .settings import Settings

#: a standfirst is a paragraph whatever element holds it (an h2 under the headline)
_LEAD = Label(Role.BODY, BodyKind.PARAGRAPH)
#: a figure text longer than this (in words) is body text in a figure, not a caption
_MAX_CAPTION_WORDS = 80
#: the tags of a table: a cell of a table set in a figure is data, not words about a picture
_TABLE_TAGS = frozenset(("table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"))
#: a date line has at most this many words (a date needs a digit), a byline at most the second
_MAX_META_WORDS = 14
_MAX_BYLINE_WORDS = 10
#: a bare byline cue ("Written by", "Article by:") has at most this many words
_MAX_CUE_WORDS = 3
#: a picture's credit on a line of its own is at most this many characters long
_MAX_CREDIT_LINE_CHARS = 150
#: date and byline lines just above the headline: this many blocks
_ABOVE_TITLE = 2


def _caption_label(block: Block) -> Label | None:
    """CAPTION/CREDIT for figure captions and credits, boilerplate for a figure text that is
    mostly link text, else None."""
    dom = block.dom
    if dom is None:
        return None
    if block.from_alt:
        return CAPTION
    if not (dom.caption_hint or dom.credit_hint or dom.in_figure):
        return None
    if not (dom.caption_hint or dom.credit_hint) and _in_figure_table(dom.path):
        return None
    if word_count(block) > _MAX_CAPTION_WORDS:
        return None
    if standalone_credit(block.text) is not None:
        return CREDIT
    if dom.credit_hint and not dom.caption_hint:
        return CREDIT
    if dom.link_chars * 2 > len(block.text):
        # a caption that is mostly a link is a teaser's headline or a button ("Share on
        # Pinterest", "Next"), not words about the picture
        return boilerplate(named_kind(block.text) or BoilerplateKind.RELATED_LINK)
    if dom.caption_hint or dom.in_figure:
        return CAPTION
    return caption_or_credit(block)


def _in_figure_table(path: tuple[str, ...]) -> bool:
    """Whether a block sits in a table inside its figure (``<figure><table>``): table cells,
    the table's own caption. Evidence: a table tag after the figure in the block's tag path."""
    for tag in reversed(path):
        if tag == "figure":
            return False
        if tag in _TABLE_TAGS:
            return True
    return False


def _meta_label(block: Block, seen: dict[str, Label | None]) -> Label | None:
    """DATELINE/BYLINE for short date and byline lines, else None.

    ``seen`` holds the answers given on this page so far, by text: tables and lists repeat
    their short lines many times.
    """
    words = word_count(block)
    if words > _MAX_META_WORDS:
        return None
    text = block.text
    if text in seen:
        return seen[text]
    found: Label | None = None
    if any(map(str.isdigit, text)) and is_dateline(text):
        found = DATELINE
    # a byline names someone: a name starts with a capital (a cheap test before parsing)
    elif words <= _MAX_BYLINE_WORDS and any(map(str.isupper, text)) and parse_byline(text):
        found = BYLINE
    seen[text] = found
    return found


def _inside_label(
    block: Block,
    root: int,
    settings: Settings,
    seen: dict[str, Label | None],
    named: dict[str, BoilerplateKind | None],
    noscript: bool = False,
) -> Label | None:
    """The role of a block inside a chosen container whose element has uid ``root``
    (``seen``: the date and byline answers so far, as for :func:`_meta_label`; ``named``:
    the wording answers so far, as for :func:`~articleparse._html_kinds.named_kind`).

    None for a block that is mostly link text and nothing else: its neighbours decide.
    A ``noscript`` block is boilerplate unless the body was chosen among them (``noscript``).
    """
    dom = block.dom
    assert dom is not None
    if dom.in_noscript and not noscript:
        return boilerplate(dropped_kind(block, settings, named))
    found = _caption_label(block)
    if found is not None:
        return found
    if (
        block.shape is BodyKind.PARAGRAPH
        and len(block.text) <= _MAX_CREDIT_LINE_CHARS
        and standalone_credit(block.text) is not None
    ):
        return CREDIT  # a picture's source on a line of its own ("Photo: Jane Doe/Reuters")
    if dom.cue_uid > root and boxed(dom):
        return boilerplate(dropped_kind(block, settings, named))
    if dom.chrome_uid > root:
        return boilerplate(dropped_kind(block, settings, named))
    found = _meta_label(block, seen)
    if found is not None:
        return found
    kind = named_kind(block.text, named)  # what dropped_kind would answer first
    if kind is not None:
        return boilerplate(kind)
    if link_density(block) > settings.html_max_link_density:
        return None
    return BODY


def _link_runs(
    blocks: tuple[Block, ...],
    labels: list[Label | None],
    settings: Settings,
    named: dict[str, BoilerplateKind | None],
) -> list[Label]:
    """Link-text blocks inside the body: a lone one (a cited address, a linked name) stays
    body; a run of ``Settings.html_link_run`` or more is a link list (navigation, related).
    (``named``: the wording answers so far, as for :func:`~articleparse._html_kinds.named_kind`.)"""
    done: list[Label] = []
    run = 0
    for index, label in enumerate(labels):
        if label is None:
            run += 1
            end = index + 1 == len(labels) or labels[index + 1] is not None
            if end:
                for at in range(index - run + 1, index + 1):
                    keep = run < settings.html_link_run
                    done.append(
                        BODY if keep else boilerplate(dropped_kind(blocks[at], settings, named))
                    )
                run = 0
            continue
        done.append(label)
    return done


def _outside_label(
    block: Block,
    settings: Settings,
    around: frozenset[int],
    seen: dict[str, BoilerplateKind | None],
) -> Label:
    """The role of a block outside the chosen containers.

    A figure caption stays a caption unless a landmark or boilerplate class of its own
    encloses it; one that also encloses the body (uid in ``around``) does not count.
    """
    dom = block.dom
    if (
        dom is not None
        and (dom.chrome is None or dom.chrome_uid in around)
        and (dom.cue is None or dom.cue_uid in around)
    ):
        found = _caption_label(block)
        if found is not None:
            return found
    return boilerplate(dropped_kind(block, settings, seen))


def _body_wrappers(blocks: tuple[Block, ...], selection: Selection) -> frozenset[int]:
    """Uids of the landmark and boilerplate-class elements that enclose a chosen container."""
    found: set[int] = set()
    for first, last, root in selection.runs:
        for index in range(first, last + 1):
            dom = blocks[index].dom
            if dom is None:
                continue
            if dom.cue is not None and dom.cue_uid <= root:
                found.add(dom.cue_uid)
            if dom.chrome is not None and dom.chrome_uid <= root:
                found.add(dom.chrome_uid)
    return frozenset(found)


def _label_head(
    blocks: tuple[Block, ...],
    labels: list[Label],
    title: int,
    first: int,
    seen: dict[str, Label | None],
) -> None:
    """Between the headline and the body: date lines, bylines, captions and credits.

    The lead figure's caption and credit keep their roles there even under a class that
    names boilerplate; a landmark (``nav``, ``aside``, ...) around them still wins. A bare
    byline cue ("Written by") and the name in the block after it are both bylines. Just
    above the headline (``_ABOVE_TITLE`` blocks), outside a landmark, a date or byline line
    is one too ("Published May 9, 2023 by Jane Doe" over the heading).
    """
    for index in range(max(0, title - _ABOVE_TITLE), first):
        if index == title or labels[index].role.value != "boilerplate":
            continue
        block = blocks[index]
        dom = block.dom
        if index < title and (dom is None or dom.chrome is not None):
            continue
        found = _meta_label(block, seen)
        figure = dom is not None and (dom.caption_hint or dom.credit_hint)
        if found is None and index > title and figure and dom is not None and dom.chrome is None:
            found = _caption_label(block)
        if found is None and index + 1 < first and _byline_cue(block, blocks[index + 1]):
            labels[index + 1] = found = BYLINE
        if found is not None:
            labels[index] = found


def _take_lead(
    blocks: tuple[Block, ...],
    labels: list[Label],
    title: int,
    first: int,
    wrappers: frozenset[int],
    settings: Settings,
) -> None:
    """Between the headline and the body, a standfirst is body (:func:`lead_prose`); so are
    the items of a summary list there, whose words count together.

    Not one: a block the earlier passes gave a role or that names boilerplate by its wording,
    a caption with its credit ("... © Jane Doe"), or a text that stands elsewhere on the page
    too (a card or menu the template repeats). Runs after the short-body widening, so that
    a lead does not change which pages are widened.
    """
    texts = Counter(block.text for block in blocks)
    words = _list_words(blocks, title + 1, first)
    for index in range(title + 1, first):
        label, block = labels[index], blocks[index]
        if label.role is not Role.BOILERPLATE or named_kind(block.text) is not None:
            continue
        if caption_or_credit(block) is not None or texts[block.text] > 1:
            continue
        if lead_prose(block, wrappers, words.get(index, word_count(block)), settings):
            labels[index] = BODY if index in words else _LEAD


def _list_words(blocks: tuple[Block, ...], start: int, end: int) -> dict[int, int]:
    """For each list item in ``blocks[start:end]``: the words of its run of items in one list."""
    found: dict[int, int] = {}
    index = start
    while index < end:
        if blocks[index].shape is not BodyKind.LIST_ITEM:
            index += 1
            continue
        owner, stop = block_holder(blocks[index]), index + 1
        while (
            stop < end
            and blocks[stop].shape is BodyKind.LIST_ITEM
            and block_holder(blocks[stop]) == owner
        ):
            stop += 1
        total = sum(word_count(block) for block in blocks[index:stop])
        found.update(dict.fromkeys(range(index, stop), total))
        index = stop
    return found


def _byline_cue(block: Block, after: Block) -> bool:
    """Is the block a bare byline cue ("Written by", "Author:") for the name after it?

    Evidence: neither is a byline alone, together they are one (``parse_byline``), and the
    second is not another contributor's label ("Fact Checked").
    """
    words = word_count(block)
    if not 0 < words <= _MAX_CUE_WORDS or word_count(after) > _MAX_BYLINE_WORDS:
        return False
    if parse_byline(block.text) or names_other_role(after.text):  # "By" | "Fact Checked"
        return False
    return bool(parse_byline(f"{block.text} {after.text}"))


def _title_index(page: Page, selection: Selection) -> int | None:
    found = pick_title(page.blocks, page.meta.title)
    if found is not None:
        return found
    # No stated title matched: the last h1 before the body, or an h1 opening it.
    for index in range(min(selection.first + 3, len(page.blocks) - 1), -1, -1):
        if page.blocks[index].level == 1:
            return index
    return None


def _fallback(blocks: tuple[Block, ...], settings: Settings) -> tuple[Label, ...]:
    """No block scores: the text rules label the page, ``noscript`` notices are boilerplate."""
    shown = tuple(b for b in blocks if b.dom is None or not b.dom.in_noscript)
    if len(shown) == len(blocks):
        return label_text(blocks, settings)
    found = iter(label_text(shown, settings))
    return tuple(
        boilerplate(dropped_kind(b, settings))
        if b.dom is not None and b.dom.in_noscript
        else next(found)
        for b in blocks
    )


def _stated_title(page: Page, labels: list[Label], settings: Settings) -> list[Label]:
    """On a page the text rules labelled, the heading that shows the stated title is the
    headline; with a stated title that no heading shows, the text rules' guess is not one.

    Evidence: the page's own ``<title>``/og:title/JSON-LD headline (``pick_title``).
    """
    if page.meta.title is None:
        return labels
    shown = pick_title(page.blocks, page.meta.title)
    for index, label in enumerate(labels):
        if label.role is Role.TITLE and index != shown:
            labels[index] = boilerplate(dropped_kind(page.blocks[index], settings))
    if shown is not None:
        labels[shown] = TITLE
    return labels


def label_html(page: Page, settings: Settings) -> tuple[Label, ...]:
    """Give every block of an HTML page one label."""
    blocks = page.blocks
    selection = select_body(blocks, settings, page.meta.authors)
    if selection is None:
        found = _stated_title(page, list(_fallback(blocks, settings)), settings)
        return tuple(widen_short_body(blocks, found, settings))
    around = _body_wrappers(blocks, selection)
    in_runs = {index for first, last, _ in selection.runs for index in range(first, last + 1)}
    named: dict[str, BoilerplateKind | None] = {}
    labels = [
        BODY  # a block inside a chosen container: labelled below
        if index in in_runs
        or stray_prose(
            block,
            selection,
            settings,
            blocks[index - 1] if index else None,
            page.meta.authors,
            # a link under a paragraph before the body is a lead's (its author, its comments)
            blocks[index + 1] if selection.first < index < len(blocks) - 1 else None,
        )
        else _outside_label(block, settings, around, named)
        for index, block in enumerate(blocks)
    ]
    seen: dict[str, Label | None] = {}
    for first, last, root in selection.runs:
        inside = [
            _inside_label(blocks[index], root, settings, seen, named, selection.noscript)
            for index in range(first, last + 1)
        ]
        labels[first : last + 1] = _link_runs(blocks[first : last + 1], inside, settings, named)
    drop_bios(blocks, labels, selection, page.meta.authors)
    title = _title_index(page, selection)
    if title is not None:
        labels[title] = TITLE
        _label_head(blocks, labels, title, selection.first, seen)
    labels = widen_short_body(blocks, labels, settings)
    if title is not None:
        _take_lead(blocks, labels, title, selection.first, around, settings)
    drop_repeats(blocks, labels, settings)
    drop_disclosures(blocks, labels)
    drop_closing_bios(blocks, labels, page.meta.authors, page.meta.site_name)
    drop_edges(blocks, labels, settings)
    return tuple(labels)
