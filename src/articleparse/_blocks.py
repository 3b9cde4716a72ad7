"""The one internal model both front-ends produce.

A :class:`Block` is one paragraph-level piece of the input: its normalised
text, where it came from (a source span for text input, DOM evidence for
HTML), and its structural shape. A :class:`Page` is the tuple of blocks plus
whatever page-level metadata the front-end read. A :class:`Label` is the role
the classifier gave one block. All are immutable; later stages build new
values instead of changing these.

``DomEvidence`` and ``Block`` are made once per block of every page, so they are
named tuples (immutable, compared and hashed by value like the attrs classes, about
half the cost to build); the rest are frozen attrs classes.
"""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType
from typing import NamedTuple

import attrs

from .model import BodyKind, BoilerplateKind, InputFormat, Role


class DomEvidence(NamedTuple):
    """Structural evidence about a block read from an HTML tree."""

    tag: str = ""
    #: tag names from the root to the block element, e.g. ("html", "body", "div", "p")
    path: tuple[str, ...] = ()
    #: lower-cased class/id words of the element and its ancestors
    class_words: frozenset[str] = frozenset()
    #: characters of text inside <a> elements
    link_chars: int = 0
    #: inside <article>, <main> or role=main
    in_main: bool = False
    #: inside <nav>, <aside>, <footer>, <form>, <menu> or a landmark role (navigation, banner, ...)
    in_chrome: bool = False
    #: inside a <figure> element
    in_figure: bool = False
    #: a <figcaption> or an element whose class/id names a caption
    caption_hint: bool = False
    #: an element whose class/id names a credit, or <cite>/<small> inside a figure
    credit_hint: bool = False
    #: identity of the nearest container element (siblings share it)
    container: int = 0
    #: (uid, tag, class weight) of the nearest block-level ancestors, the block's own element
    #: first; uids grow in document order, so an ancestor's uid is smaller than its descendants'.
    #: Class weight: 2 itemprop=articleBody, 1 content class/id, -1 boilerplate class/id, else 0.
    ancestors: tuple[tuple[int, str, int], ...] = ()
    #: the boilerplate kind the nearest class/id cue names, and that element's uid (0: none)
    cue: BoilerplateKind | None = None
    cue_uid: int = 0
    #: uid of the nearest ancestor whose class/id or itemprop names main content (0: none)
    content_uid: int = 0
    #: the kind of the nearest nav/aside/footer/form or landmark role, and its uid (0: none)
    chrome: BoilerplateKind | None = None
    chrome_uid: int = 0
    #: uid of the enclosing <figure> (0: none)
    figure_uid: int = 0
    #: inside a <noscript> element (the fallback shown when scripts do not run)
    in_noscript: bool = False
    #: uid of the nearest element whose tag or class/id gives the caption or credit hint
    #: (0: none); a caption box holds a few lines, not an article
    hint_uid: int = 0


class Block(NamedTuple):
    """One paragraph-level block of the input.

    Attributes:
        text: whitespace-normalised text (never empty).
        span: (start, end) offsets into the decoded input (text input only).
        shape: the structural kind the front-end saw.
        level: heading level for headings.
        lines: how many source lines the block spans (text input).
        dom: structural evidence (HTML input only).
        from_alt: the text came from an image alt/title attribute (HTML).
        link_mark: the raw block ends in a non-breaking space or an arrow,
            the trace a link's icon leaves in a text dump (text input).
    """

    text: str
    span: tuple[int, int] | None = None
    shape: BodyKind = BodyKind.PARAGRAPH
    level: int | None = None
    lines: int = 1
    dom: DomEvidence | None = None
    from_alt: bool = False
    link_mark: bool = False


@attrs.frozen(slots=True)
class Metadata:
    """Page-level facts read outside the blocks (HTML head, JSON-LD, ...)."""

    title: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    #: ``published`` was read from text shown near the headline, not stated in the head
    published_shown: bool = False
    #: the page's own metadata says it is not an article (a front page, product or list):
    #: no date on it is a publication date
    undated: bool = False
    #: the stated title when every stated title names the site (a front or shop page): the
    #: page's title only when no heading shows one (``title`` is None then)
    site_title: str | None = None


@attrs.frozen(slots=True)
class Page:
    """What a front-end hands to the classifier."""

    blocks: tuple[Block, ...]
    format: InputFormat
    meta: Metadata = Metadata()


@attrs.frozen(slots=True)
class Label:
    """The role given to one block, with its kind where the role has kinds.

    For body blocks ``kind`` overrides the front-end's shape (a text line
    read as a subheading); for boilerplate it says why the block was dropped.
    """

    role: Role
    kind: BodyKind | BoilerplateKind | None = None


BODY = Label(Role.BODY)
TITLE = Label(Role.TITLE)
DATELINE = Label(Role.DATELINE)
BYLINE = Label(Role.BYLINE)
CAPTION = Label(Role.CAPTION)
CREDIT = Label(Role.CREDIT)
SUBHEADING = Label(Role.BODY, BodyKind.HEADING)


_BOILERPLATE = MappingProxyType({kind: Label(Role.BOILERPLATE, kind) for kind in BoilerplateKind})


def boilerplate(kind: BoilerplateKind = BoilerplateKind.OTHER) -> Label:
    """Return the label for a boilerplate block of the given kind (one shared value per kind)."""
    return _BOILERPLATE[kind]
