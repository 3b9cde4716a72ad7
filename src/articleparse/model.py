"""The public, immutable output of :func:`articleparse.parse`.

Every class here is a frozen, slotted attrs class whose collection fields are
tuples, so an :class:`Article` can be hashed, shared between threads and
compared by value. ``to_dict()`` gives JSON-ready data (enums as their string
values, datetimes as ISO 8601).

Added in version 0.1.0.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import attrs

__all__ = [
    "Article",
    "BodyBlock",
    "BodyKind",
    "Boilerplate",
    "BoilerplateKind",
    "Caption",
    "Credit",
    "InputFormat",
    "Role",
    "Segment",
]


class Role(enum.Enum):
    """The one role each block of the input plays in the article.

    Added in version 0.1.0.
    """

    TITLE = "title"
    DATELINE = "dateline"
    BYLINE = "byline"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    BOILERPLATE = "boilerplate"


class BodyKind(enum.Enum):
    """What kind of body block a :class:`BodyBlock` is.

    Added in version 0.1.0.
    """

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    PREFORMATTED = "preformatted"
    TABLE_CELL = "table_cell"


class BoilerplateKind(enum.Enum):
    """Why a block was judged boilerplate.

    Added in version 0.1.0.
    """

    NAVIGATION = "navigation"
    BRANDING = "branding"
    UI_CONTROL = "ui_control"
    RELATED_LINK = "related_link"
    SHARE = "share"
    SUBSCRIBE = "subscribe"
    ADVERTISING = "advertising"
    LEGAL = "legal"
    COMMENTS = "comments"
    OTHER = "other"


class InputFormat(enum.Enum):
    """Which front-end read the input.

    Added in version 0.1.0.
    """

    HTML = "html"
    TEXT = "text"


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen(slots=True)
class Credit:
    """A media credit, without wrappers such as brackets or a "Photo:" cue.

    Attributes:
        text: the credited source, e.g. ``"AP Photo/Jane Doe"``.

    Added in version 0.1.0.
    """

    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {"text": self.text}


@attrs.frozen(slots=True)
class Caption:
    """An image or media caption, split from its credit.

    Attributes:
        text: the caption without its credit.
        credit: the credit that was attached to the caption, if any.
        from_image_alt: True when the caption was taken from an image's
            ``alt``/``title`` attribute as a last resort (HTML only).

    Added in version 0.1.0.
    """

    text: str
    credit: Credit | None = None
    from_image_alt: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "text": self.text,
            "credit": None if self.credit is None else self.credit.text,
            "from_image_alt": self.from_image_alt,
        }


@attrs.frozen(slots=True)
class BodyBlock:
    """One block of the article body.

    Attributes:
        text: the block's text, whitespace normalised.
        kind: paragraph, heading, list item, quote, preformatted or table cell.
        level: the heading level (1-6) for headings, else None.

    Added in version 0.1.0.
    """

    text: str
    kind: BodyKind = BodyKind.PARAGRAPH
    level: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {"text": self.text, "kind": self.kind.value, "level": self.level}


@attrs.frozen(slots=True)
class Boilerplate:
    """A block that is not part of the article, with the reason it was dropped.

    Attributes:
        text: the block's text.
        kind: navigation, branding, UI control, related link, share, ...

    Added in version 0.1.0.
    """

    text: str
    kind: BoilerplateKind = BoilerplateKind.OTHER

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {"text": self.text, "kind": self.kind.value}


@attrs.frozen(slots=True)
class Segment:
    """One block of the input, in document order, with the role it was given.

    Attributes:
        role: the block's role.
        text: the block's text as it appears in the output fields (the
            title field drops a trailing permalink glyph such as "¶"; the
            segment keeps it, as it is visible text of the page).
        span: ``(start, end)`` character offsets into the decoded input for
            text input (``decoded[start:end]`` is the block's raw text); None
            for HTML input, whose blocks are built from DOM text nodes.
        kind: the body or boilerplate kind, when the role has kinds.

    Added in version 0.1.0.
    """

    role: Role
    text: str
    span: tuple[int, int] | None = None
    kind: BodyKind | BoilerplateKind | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "role": self.role.value,
            "text": self.text,
            "span": None if self.span is None else list(self.span),
            "kind": None if self.kind is None else self.kind.value,
        }


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Article:
    """One parsed article page.

    Attributes:
        title: the displayed headline, or None (without a permalink glyph
            such as a trailing "¶" that documentation generators add, nor a
            tag or label after a bar: "Headline | Opinion").
        published: publication time; timezone-aware only when the source
            states a zone; None when the page states no date.
        authors: author names, without "By" or roles, de-duplicated.
        body: the article body, block by block, in document order.
        captions: image and media captions, credits split off.
        credits: every media credit found, with a caption or standalone.
        boilerplate: every block that is not part of the article, typed.
        segments: every block of the input in document order with its role.
        format: which front-end read the input.
        modified: last-modified time, when the page states one (HTML).
        url: the canonical URL, when the page states one (HTML).
        site_name: the publication's name, when the page states one (HTML).
        language: the page language (e.g. ``"en"``), when stated (HTML).
        description: the page's summary, when stated (HTML).

    Added in version 0.1.0.
    """

    title: str | None = None
    published: datetime | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    body: tuple[BodyBlock, ...] = attrs.field(default=(), converter=_tuple)
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_tuple)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_tuple)
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_tuple)
    format: InputFormat = InputFormat.TEXT
    modified: datetime | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None

    @property
    def text(self) -> str:
        """The body as plain text, blocks separated by a blank line."""
        return "\n\n".join(block.text for block in self.body)

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready data: enums as strings, datetimes as ISO 8601."""
        return {
            "title": self.title,
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "authors": list(self.authors),
            "url": self.url,
            "site_name": self.site_name,
            "language": self.language,
            "description": self.description,
            "format": self.format.value,
            "text": self.text,
            "body": [block.to_dict() for block in self.body],
            "captions": [caption.to_dict() for caption in self.captions],
            "credits": [credit.to_dict() for credit in self.credits],
            "boilerplate": [block.to_dict() for block in self.boilerplate],
            "segments": [segment.to_dict() for segment in self.segments],
        }
