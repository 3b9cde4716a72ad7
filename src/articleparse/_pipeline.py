"""The stages wired in order, and nothing else.

source -> decode -> detect format -> front-end (blocks) -> roles -> Article
"""

from __future__ import annotations

from typing import Literal

from ._assemble import assemble
from ._blocks import Page
from ._classify_html import label_html
from ._classify_text import label_text
from ._decode import decode, without_xml_declaration
from ._detect import looks_like_html
from ._html import read_html
from ._text import read_text
from .model import Article
from .settings import Settings

Format = Literal["auto", "html", "text"]


def run(source: str | bytes, format: Format, settings: Settings) -> Article:
    """Parse one page; the caller has checked the argument types."""
    if isinstance(source, bytes):
        sniff = format != "text"
        text = decode(source, sniff_html=sniff)
    else:
        text = source
    if format == "auto":
        format = "html" if looks_like_html(text) else "text"
    page: Page
    if format == "html":
        page = read_html(without_xml_declaration(text), settings)
        labels = label_html(page, settings)
    else:
        page = read_text(text)
        labels = label_text(page.blocks, settings)
    return assemble(page, labels)
