"""Second looks at an HTML page's labels, after the body is chosen and labelled.

A body paragraph that opens with a stated author's full name is a note about the writer
(:func:`drop_bios`); body headings with no body text after them are not body
(:func:`drop_edges`); a run of body blocks repeating an earlier run is a second layout's
copy (:func:`drop_repeats`); an affiliate disclosure and a prompt to subscribe are
boilerplate wherever they stand (:func:`drop_disclosures`); a closing paragraph naming a
writer of the page is a note about them (:func:`drop_closing_bios`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._blocks import BODY, BYLINE, Block, Label, boilerplate
from ._html_kinds import dropped_kind
from ._rules.body_html import Selection, block_holder
from ._rules.boilerplate import asks_to_subscribe, discloses_earnings, whole_cue
from ._rules.byline import parse_byline
from ._rules.writer_notes import mentioned, name_parts, names_author, opens_about_writer
from .model import BodyKind, BoilerplateKind, Role
from .settings import Settings


def drop_bios(
    blocks: tuple[Block, ...], labels: list[Label], selection: Selection, authors: Sequence[str]
) -> None:
    """A body paragraph in the chosen containers that opens with the full name of one of the
    page's stated ``authors`` is a note about the writer (an author box no class names).

    Evidence: ``names_author``; articles name their own writer in the byline, not at the
    start of a paragraph.
    """
    if not authors:
        return
    for first, last, _ in selection.runs:
        for index in range(first, last + 1):
            if labels[index] is BODY and names_author(blocks[index], authors):
                labels[index] = boilerplate(BoilerplateKind.OTHER)


def drop_edges(blocks: tuple[Block, ...], labels: list[Label], settings: Settings) -> None:
    """Body headings with no body text after them (a trailing "Related" heading) are not body."""
    text_follows = False
    for index in range(len(blocks) - 1, -1, -1):
        if labels[index] is not BODY:
            continue
        if blocks[index].shape is not BodyKind.HEADING:
            text_follows = True
        elif not text_follows:
            labels[index] = boilerplate(dropped_kind(blocks[index], settings))


#: the closing paragraphs of a body where an author box's note may stand
_TAIL_PARAGRAPHS = 3


def drop_closing_bios(
    blocks: tuple[Block, ...], labels: list[Label], authors: Sequence[str], site: str | None
) -> None:
    """Among the last ``_TAIL_PARAGRAPHS`` body paragraphs, one that names a writer of the page
    in its first words is an author box's note, not the article's (evidence:
    :func:`opens_about_writer`; the writers: the stated ``authors`` and the names the page's
    bylines give). An article names its own writer in the byline, and its closing paragraphs
    speak of its subject; the note below it speaks of the writer ("Jane is a reporter ...").
    A name part the article's text before them uses, or the ``site``'s name holds, names the
    subject or the publisher (a shop signing as "Harbour Coffee Shop"), not a writer. Those
    of the last paragraphs that follow an author box's header ("About the author": a whole
    lexicon phrase of the "other" kind) are its note, whoever they name.
    """
    names = list(authors)
    names.extend(
        name
        for index, label in enumerate(labels)
        if label is BYLINE
        for name in parse_byline(blocks[index].text)
    )
    body = [
        index
        for index, label in enumerate(labels)
        if label.role is Role.BODY and blocks[index].shape is not BodyKind.HEADING
    ]
    tail = body[-_TAIL_PARAGRAPHS:]
    if tail:
        # an author box's header ("About the author") among them: what follows it is the box
        header = next(
            (
                index
                for index in range(len(labels) - 1, tail[0], -1)
                if whole_cue(blocks[index].text) is BoilerplateKind.OTHER
            ),
            None,
        )
        for index in tail:
            if header is not None and index > header:
                labels[index] = boilerplate(BoilerplateKind.OTHER)
    parts = name_parts(names)
    if not parts:
        return
    parts -= mentioned((blocks[index].text for index in body[:-_TAIL_PARAGRAPHS]), parts)
    parts -= mentioned((site or "",), parts)
    if not parts:
        return
    for index in tail:
        if opens_about_writer(blocks[index], parts, names):
            labels[index] = boilerplate(BoilerplateKind.OTHER)


def drop_disclosures(blocks: tuple[Block, ...], labels: list[Label]) -> None:
    """A body block (a standfirst too) that tells of the site's earnings from its links is an
    affiliate disclosure, advertising (evidence: :func:`discloses_earnings`); one that asks
    readers to subscribe to a newsletter is a subscribe box's (:func:`asks_to_subscribe`)."""
    for index, label in enumerate(labels):
        if label.role is not Role.BODY:
            continue
        text = blocks[index].text
        if discloses_earnings(text):
            labels[index] = boilerplate(BoilerplateKind.ADVERTISING)
        elif asks_to_subscribe(text):
            labels[index] = boilerplate(BoilerplateKind.SUBSCRIBE)


def drop_repeats(blocks: tuple[Block, ...], labels: list[Label], settings: Settings) -> None:
    """A run of body blocks repeating an earlier run is a copy (a page's second layout).

    Evidence: a body block of at least ``Settings.html_repeat_min_chars`` characters has the
    text of an earlier body block held by another element (a copy in one container is the
    author's repetition), and its previous or next body block repeats that one's neighbour.
    """
    body = [index for index, label in enumerate(labels) if label is BODY]
    texts = [blocks[index].text for index in body]
    first: dict[str, int] = {}
    copies: list[int] = []
    for at, text in enumerate(texts):
        seen = first.setdefault(text, at)
        if seen == at or len(text) < settings.html_repeat_min_chars:
            continue
        if block_holder(blocks[body[at]]) == block_holder(blocks[body[seen]]):
            continue
        after = at + 1 < len(texts) and seen + 1 < at and texts[seen + 1] == texts[at + 1]
        before = seen > 0 and texts[seen - 1] == texts[at - 1]
        if after or before:
            copies.append(body[at])
    for index in copies:
        labels[index] = boilerplate()
