"""Labelled blocks -> Article.

The only place that builds the public model. Metadata the front-end read
(HTML head, JSON-LD) wins over what visible blocks state for the date, and for
the authors unless the byline above the body names none of them; on a text page
a byline that is a name alone (:func:`~articleparse._rules.byline.bare_names`)
names the authors only when no other byline does, and a page signed nowhere
else is signed by an author box (a name over a note about that person); the
title is the block labelled TITLE (on a text page without a site name or section
after a separator, :func:`~articleparse._rules.headline.clean_title`), else the
stated title (else the site's name a front page states as its title), up to a
spaced bar in it (``headline_of``).
"""

from __future__ import annotations

import attrs

from ._blocks import Block, Label, Metadata, Page
from ._rules.byline import bare_names, bio_author, opens_with_cue, parse_byline
from ._rules.credit import split_credit
from ._rules.headline import clean_title, headline_of
from ._rules.published import pick_published
from .model import (
    Article,
    BodyBlock,
    BodyKind,
    Boilerplate,
    BoilerplateKind,
    Caption,
    Credit,
    InputFormat,
    Role,
    Segment,
)


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _authors(stated: tuple[str, ...], shown: list[str], signed: list[str]) -> tuple[str, ...]:
    """The stated authors, unless the byline shown above the body names others.

    Evidence: ``signed``, the names of the date and byline lines before the first body
    block that open with a byline cue ("By Jane Doe"); when they share no word with the
    metadata's authors, the metadata names someone else (a site's account, the page's
    last editor) and the byline readers see wins. Without a stated author, every shown
    byline (``shown``) counts.
    """
    if not stated:
        return _unique(shown)
    words = {word for name in stated for word in name.casefold().split()}
    if signed and not any(word in words for name in signed for word in name.casefold().split()):
        return _unique(signed)
    return stated


def _body_block(block: Block, label: Label) -> BodyBlock:
    kind = label.kind if isinstance(label.kind, BodyKind) else block.shape
    level = block.level if kind is BodyKind.HEADING else None
    return BodyBlock(block.text, kind, level)  # (text, kind, level): one per body block


def _same_figure(segments: list[Segment], page: Page, block: Block, before_role: Role) -> bool:
    """Whether a block directly follows a ``before_role`` block of the same figure/caption."""
    index = len(segments)
    if not index or segments[-1].role is not before_role:
        return False
    before, here = page.blocks[index - 1].dom, block.dom
    if before is None or here is None:
        return False
    if here.figure_uid:
        return before.figure_uid == here.figure_uid
    return before.container == here.container


def _stated_title(meta: Metadata) -> str | None:
    """The title the page states (else, on a page titled by its site's name, that name),
    up to a spaced bar."""
    stated = meta.title or meta.site_title
    return headline_of(stated) if stated else None


def assemble(page: Page, labels: tuple[Label, ...]) -> Article:
    """Build the Article from a page and one label per block."""
    title: str | None = None
    names: list[str] = []
    signed: list[str] = []  # names of cue bylines ("By Jane Doe") before the body
    bare: list[str] = []  # names alone on a text page's byline lines
    body: list[BodyBlock] = []
    captions: list[Caption] = []
    credits: list[Credit] = []
    dropped: list[Boilerplate] = []
    segments: list[Segment] = []
    loose: Credit | None = None  # the credit just before, attached to no caption yet
    cue: str | None = None  # a byline block that named no one yet ("Written by")
    for block, label in zip(page.blocks, labels, strict=True):
        role = label.role
        if role is not Role.BYLINE:
            cue = None
        before, loose = loose, None
        kind: BodyKind | BoilerplateKind | None = None
        if role is Role.BOILERPLATE:  # most blocks of a page: tested first
            bkind = label.kind if isinstance(label.kind, BoilerplateKind) else BoilerplateKind.OTHER
            dropped.append(Boilerplate(block.text, bkind))  # (text, kind)
            kind = bkind
        elif role is Role.TITLE:
            if title is None:
                title = headline_of(block.text)
                if page.format is InputFormat.TEXT:
                    title = clean_title(title) or title
        elif role is Role.DATELINE:
            # its date is read with the others by pick_published; it may sign the article
            # too ("May 9, 2023 · By Jane Doe")
            found = parse_byline(block.text)
            names.extend(found)
            if found and not body and opens_with_cue(block.text):
                signed.extend(found)
        elif role is Role.BYLINE:
            own = parse_byline(block.text)
            found = own
            if not found and cue is not None:  # "Written by" | "Jane Doe": two blocks
                found = parse_byline(f"{cue} {block.text}")
            names.extend(found)
            if own and not body and opens_with_cue(block.text):
                signed.extend(own)
            if not found and page.format is InputFormat.TEXT:
                bare.extend(bare_names(block.text))  # a name alone: when no byline names any
            cue = None if found else block.text
        elif role is Role.BODY:
            made = _body_block(block, label)
            body.append(made)
            kind = made.kind
        elif role is Role.CAPTION:
            text, who = split_credit(block.text)
            credit = Credit(who) if who else None
            if credit is not None:
                credits.append(credit)
            elif before is not None and _same_figure(segments, page, block, Role.CREDIT):
                credit = before  # the figure's credit stands before its caption
            captions.append(Caption(text=text, credit=credit, from_image_alt=block.from_alt))
        elif role is Role.CREDIT:
            _, who = split_credit(block.text)
            credit = Credit(who or block.text)
            credits.append(credit)
            if (
                captions
                and captions[-1].credit is None
                and _same_figure(segments, page, block, Role.CAPTION)
            ):
                captions[-1] = attrs.evolve(captions[-1], credit=credit)
            else:
                loose = credit
        # positional (role, text, span, kind): one per block, keyword binding costs more
        segments.append(Segment(role, block.text, block.span, kind))
    meta = page.meta
    authors = _authors(meta.authors, names, signed) or _unique(bare)
    if not authors:  # signed nowhere else: an author box's name over its note
        boxed = bio_author([segment.text for segment in segments])
        authors = (boxed,) if boxed else ()
    return Article(
        title=title or _stated_title(meta),
        published=pick_published(meta, segments),
        authors=authors,
        body=body,
        captions=captions,
        credits=credits,
        boilerplate=dropped,
        segments=segments,
        format=page.format,
        modified=meta.modified,
        url=meta.url,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
    )
