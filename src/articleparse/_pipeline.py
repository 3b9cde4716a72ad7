"""The stages wired in order, and nothing else.

source -> decode -> detect format -> front-end (blocks) -> roles -> Article
"""

from __future__ import annotations

from typing import Literal

from ._assemble import assemble
from ._blocks import Page
from ._classify_html import label_html
from ._classify_text import label_text
from ._decode import decode, decode_html, without_xml_declaration
from ._detect import looks_like_html
from ._html import read_html
from ._text import read_text
from .model import Article
from .settings import Settings

Format = Literal["auto", "html", "text"]


def run(source: str | bytes, format: Format, settings: Settings) -> Article:
    """Parse one page; the caller has checked the argument types."""
    #: the source bytes when they are the text's exact UTF-8 (the HTML parser takes them)
    utf8: bytes | None = None
    if isinstance(source, bytes) and format != "text":
        text, utf8 = decode_html(source)
    elif isinstance(source, bytes):
        text = decode(source)
    else:
        text = source
    if format == "auto":
        format = "html" if looks_like_html(text) else "text"
    page: Page
    if format == "html":
        markup = without_xml_declaration(text)
        page = read_html(markup, settings, utf8 if markup is text else None)
        labels = label_html(page, settings)
    else:
        page = read_text(text)
        labels = label_text(page.blocks, settings)
    return assemble(page, labels)
