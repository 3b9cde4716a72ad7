"""articleparse: one news article page in, one typed Article out.

>>> import articleparse
>>> paragraph = "A first paragraph that is long enough to be read as the body of the article."
>>> article = articleparse.parse(f"Title of the story\\n\\n{paragraph}")
>>> article.title
'Title of the story'
>>> article.text == paragraph
True

The public API is :func:`parse`, the model classes (:mod:`articleparse.model`),
:class:`Settings` and the command line (``articleparse --help``, see
:mod:`articleparse.cli`). Everything in underscore modules is private and may
change in any release.
"""

from __future__ import annotations

import logging
from typing import Literal

from ._pipeline import run
from ._version import __version__
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
from .settings import Settings

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
    "Settings",
    "__version__",
    "parse",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_FORMATS = ("auto", "html", "text")
_DEFAULT_SETTINGS = Settings()


def parse(
    source: str | bytes,
    *,
    format: Literal["auto", "html", "text"] = "auto",
    settings: Settings | None = None,
) -> Article:
    """Parse one article page into an :class:`Article`.

    Args:
        source: the page as ``str``, or as ``bytes`` (decoded by byte-order
            mark, then a charset the HTML declares, then strict UTF-8, then
            Windows-1252; decoding never raises).
        format: ``"html"``, ``"text"`` (a plain-text dump of a page), or
            ``"auto"`` to tell them apart by looking for markup.
        settings: thresholds for the role rules; the defaults when None.

    Returns:
        An immutable :class:`Article`. Content never makes parse raise:
        broken, empty or hostile input gives an Article, possibly empty.

    Raises:
        TypeError: ``source`` is not ``str`` or ``bytes``, or ``settings``
            is not a :class:`Settings`.
        ValueError: ``format`` is not one of ``"auto"``, ``"html"``, ``"text"``.

    Added in version 0.1.0.
    """
    if not isinstance(source, (str, bytes)):
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    if format not in _FORMATS:
        raise ValueError(f"format must be one of {', '.join(map(repr, _FORMATS))}, not {format!r}")
    if settings is None:
        settings = _DEFAULT_SETTINGS
    elif not isinstance(settings, Settings):
        raise TypeError(f"settings must be a Settings, not {type(settings).__name__}")
    return run(source, format, settings)
