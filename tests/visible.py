"""The visible text of an HTML page, computed independently of articleparse's HTML front-end.

Used by the property tests and the corpus gate to check the HTML accounting
invariant: the segments' texts, in order, cover the page's visible text
exactly once. The walk here shares no code with ``articleparse._html``: it
parses with lxml's recovering HTML parser (fed UTF-8 bytes, so a page that
keeps an XML encoding declaration still parses) and walks the tree with an
explicit stack. As in a browser, text after a stray ``</body>`` or ``</html>``
is still page text. What counts as not rendered follows the contract in
``articleparse._html``'s module docstring: non-rendered elements (scripts,
styles, templates, the head, embedded objects, form controls, dialogs) and
elements hidden with ``hidden``, ``aria-hidden="true"`` or an inline
``display:none`` or ``visibility:hidden`` style. ``noscript`` content counts as
visible: a reader without scripts (a text browser, a crawler) sees it.

Texts are compared as their sequence of non-whitespace characters, with
control and format characters (zero-width spaces, soft hyphens, bidi marks)
removed: the front-end normalises whitespace and drops invisible characters,
and a block boundary may fall between two words or inside an inline run.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from lxml import etree
from lxml import html as lxml_html

from articleparse._decode import repair_latin1_reading

#: Elements whose content a reader does not see as page text (the front-end's documented policy:
#: scripts, styles, templates, the head, embedded objects and media, form controls, dialogs;
#: ``noscript`` is not among them: its fallback content is shown when scripts do not run).
NOT_RENDERED = frozenset(
    {
        "script", "style", "template", "head", "title", "meta", "link",
        "svg", "math", "canvas", "iframe", "object", "embed", "audio", "video", "map", "area",
        "source", "track", "select", "option", "datalist", "input", "button", "textarea", "dialog",
    }
)  # fmt: skip


def _ignorable_class() -> str:
    """A regex class of every whitespace, control (Cc) and format (Cf) character."""
    ranges: list[str] = []
    start = -1
    for code in range(sys.maxunicode + 2):
        ch = chr(code) if code <= sys.maxunicode else ""
        hit = bool(ch) and (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))
        if hit and start < 0:
            start = code
        elif not hit and start >= 0:
            last = code - 1
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(last)) if last > start else "")
            )
            start = -1
    return "[" + "".join(ranges) + "]+"


_IGNORABLE = re.compile(_ignorable_class())
_SURROGATE = re.compile("[\ud800-\udfff]")
# Browsers keep text after a stray </body> or </html>; libxml2 drops it. e.g. '</HTML >'
_END_OF_PAGE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def comparable(text: str) -> str:
    """``text`` without whitespace, control and format characters: what accounting compares."""
    return _IGNORABLE.sub("", text)


#: Inline style declarations that hide an element's content.
_HIDING = frozenset(
    {("display", "none"), ("visibility", "hidden"), ("content-visibility", "hidden")}
)


def _style_hides(style: str) -> bool:
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        words = value.lower().replace("!important", " ").split()
        if (name, " ".join(words)) in _HIDING:
            return True
    return False


def is_hidden(element: etree._Element) -> bool:
    """True when the element (and so its subtree) is hidden by attribute or inline style."""
    if element.get("hidden") is not None:
        return True
    if element.get("aria-hidden") == "true":
        return True
    return _style_hides(element.get("style") or "")


def _root(html: str) -> etree._Element | None:
    parser = lxml_html.HTMLParser(encoding="utf-8", huge_tree=True, no_network=True)
    # NUL and lone surrogates show as U+FFFD in a browser.
    html = _END_OF_PAGE.sub("", _SURROGATE.sub("\ufffd", html.replace("\x00", "\ufffd")))
    # the one step shared with the front-end: decoding, not the walk (a page misread as
    # Latin-1 once is read as the UTF-8 it was)
    data = repair_latin1_reading(html.encode("utf-8"))
    try:
        return lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):  # an empty document
        return None


def image_texts(html: str) -> frozenset[str]:
    """The ``alt`` and ``title`` texts of the page's images, in :func:`comparable` form.

    The front-end may turn one into a last-resort caption block (``from_alt``),
    the documented exception to "segments are visible text".
    """
    root = _root(html)
    if root is None:
        return frozenset()
    found = {comparable(img.get(key) or "") for img in root.iter("img") for key in ("alt", "title")}
    return frozenset(found - {""})


def visible_text(html: str) -> str:
    """The page's visible text, in document order, text nodes joined with spaces."""
    root = _root(html)
    return "" if root is None else element_text(root)


def element_text(element: etree._Element) -> str:
    """The visible text inside ``element`` (its own tail excluded), text nodes joined with spaces.

    Ancestors are not looked at: the caller decides whether ``element`` itself is shown.
    """
    out: list[str] = []
    todo: list[tuple[bool, etree._Element]] = [(False, element)]
    while todo:
        is_tail, node = todo.pop()
        if is_tail:
            out.append(node.tail or "")
            continue
        if not isinstance(node.tag, str) or node.tag in NOT_RENDERED or is_hidden(node):
            continue  # comments and processing instructions carry no text; tails are kept
        out.append(node.text or "")
        for child in reversed(node):
            todo.append((True, child))
            todo.append((False, child))
    return " ".join(out)
