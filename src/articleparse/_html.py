"""lxml tree -> blocks.

The page is parsed by lxml's recovering HTML parser (no network, no file
access) and walked iteratively, so nesting depth never meets Python's
recursion limit. Text is collected into a buffer that is flushed as a block
at every block-level boundary, so every visible text node lands in exactly
one block. Script, style, template and other non-rendered elements, and
elements hidden with ``hidden``, ``aria-hidden="true"`` or an inline
``display:none``/``visibility:hidden`` style, are not visible text and make
no block.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from ._blocks import Block, DomEvidence, Metadata, Page
from ._metadata import read_metadata
from ._text import normalise
from .model import BodyKind, InputFormat
from .settings import Settings

_SKIP = frozenset(
    "script style template noscript head title meta link svg math canvas iframe object embed "
    "select option datalist button input textarea audio video map area source track".split()
)
_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul br caption legend".split()
)
_SHAPES = {
    "li": BodyKind.LIST_ITEM, "dd": BodyKind.LIST_ITEM, "dt": BodyKind.LIST_ITEM,
    "blockquote": BodyKind.QUOTE, "pre": BodyKind.PREFORMATTED,
    "td": BodyKind.TABLE_CELL, "th": BodyKind.TABLE_CELL,
}
_MAIN = frozenset({"article", "main"})
_CHROME = frozenset({"nav", "aside", "footer", "header", "form"})
_CHROME_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar"})


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _words(element: etree._Element) -> list[str]:
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return raw.replace("_", "-").split() if raw.strip() else []


class _Walker:
    """Collects blocks while walking; one instance per parse (no shared state)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.link_chars = 0
        self.stack: list[etree._Element] = []

    def text(self, value: str | None, in_link: bool) -> None:
        if value:
            self.buffer.append(value)
            if in_link:
                self.link_chars += len(value.strip())

    def flush(self) -> None:
        if not self.buffer:
            return
        text = normalise("".join(self.buffer))
        link_chars = self.link_chars
        self.buffer, self.link_chars = [], 0
        if not text:
            return
        block_el = next((el for el in reversed(self.stack) if el.tag in _BLOCK), None)
        tag = block_el.tag if block_el is not None else ""
        tags = tuple(str(el.tag) for el in self.stack)
        words: set[str] = set()
        for el in self.stack:
            words.update(_words(el))
        roles = {el.get("role") for el in self.stack}
        in_figure = "figure" in tags
        caption = tag == "figcaption" or any("caption" in w for w in words)
        credit = any("credit" in w or "copyright" in w for w in words) or (
            in_figure and any(t in ("cite", "small") for t in tags)
        )
        level = int(tag[1]) if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else None
        shape = BodyKind.HEADING if level else _SHAPES.get(tag, BodyKind.PARAGRAPH)
        dom = DomEvidence(
            tag=tag,
            path=tags,
            class_words=frozenset(words),
            link_chars=min(link_chars, len(text)),
            in_main=bool(_MAIN.intersection(tags)) or "main" in roles,
            in_chrome=bool(_CHROME.intersection(tags)) or bool(_CHROME_ROLES.intersection(roles)),
            in_figure=in_figure,
            caption_hint=caption,
            credit_hint=credit,
            container=id(block_el) if block_el is not None else 0,
        )
        self.blocks.append(Block(text=text, shape=shape, level=level, dom=dom))


def _parse(text: str) -> etree._Element | None:
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=True, recover=True
    )
    cleaned = text.replace("\x00", "\ufffd")
    try:
        root = lxml_html.document_fromstring(cleaned, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


def html_blocks(root: etree._Element) -> tuple[Block, ...]:
    """Walk the tree iteratively and cut its visible text into blocks."""
    walker = _Walker()
    links = 0
    events = etree.iterwalk(root, events=("start", "end"))
    for event, element in events:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions, entities
            if event == "end":
                walker.text(element.tail, links > 0)
            continue
        if event == "start":
            if tag in _SKIP or _hidden(element):
                events.skip_subtree()
                walker.stack.append(element)
                continue
            if tag in _BLOCK:
                walker.flush()
            walker.stack.append(element)
            if tag == "a":
                links += 1
            walker.text(element.text, links > 0)
        else:
            skipped = tag in _SKIP or _hidden(element)
            if tag == "a" and not skipped:
                links -= 1
            if tag in _BLOCK and not skipped:
                walker.flush()
            walker.stack.pop()
            walker.text(element.tail, links > 0)
    walker.flush()
    return tuple(walker.blocks)


def read_html(text: str, settings: Settings) -> Page:
    """The HTML front-end: blocks plus the metadata the page states."""
    root = _parse(text)
    if root is None:
        return Page(blocks=(), format=InputFormat.HTML)
    return Page(blocks=html_blocks(root), format=InputFormat.HTML, meta=read_metadata(root))
