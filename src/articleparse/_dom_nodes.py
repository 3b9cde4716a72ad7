"""Element helpers shared by the DOM metadata readers (:mod:`._dom_meta`, :mod:`._dom_times`).

Bounded element text, capped walks up the ancestors, the microdata item a property
belongs to, and whether an element sits in a box whose dates and names are not the
article's (a comment thread, related list, sidebar or footer) or marks an update stamp.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from lxml import etree

from ._jsonld import ARTICLE_TYPES, PAGE_TYPES
from ._patterns import CLASS_WORD_BREAK
from ._text import normalise

#: a <time> or shown date counts when it lies this many elements before or after the main heading
TIME_BEFORE_H1 = 25
TIME_AFTER_H1 = 60
_MAX_ANCESTORS = 40
#: ancestors whose class can mark a date as an update stamp (a labelled field wraps its value)
_STAMP_ANCESTORS = 2
_MAX_TEXT = 300
#: class/id words of an element that shows an update (or a review of the page:
#: "date-last-reviewed", "Reviewed on May 9, 2024")
UPDATE_CUES = ("updat", "modif", "edited", "reviewed")
#: class/id words of containers whose dates and names are not the article's ...
_OTHER_ITEMS = ("comment", "related", "sidebar", "recommend", "popular", "trending", "reply")
#: ... plus words that blog and CMS templates also use around the post itself
_FOREIGN = (*_OTHER_ITEMS, "widget", "footer")
MAIN_TAGS = frozenset({"article", "main"})
#: the tags whose elements the metadata readers take from anywhere in the page
INDEXED = ("meta", "link", "script", "time", "title", "noscript")


def text_of(element: etree._Element) -> str:
    """The element's text, whitespace-normalised and cut to a bounded length."""
    parts = element.itertext()
    return normalise(" ".join(part for part in parts if isinstance(part, str)))[:_MAX_TEXT]


def by_tag(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The elements of each :data:`INDEXED` tag (``root`` included), in document order.

    One scan of the tree for all of them: each filtered ``root.iter(tag)`` is a full scan
    of its own (about 0.13 ms a page, as long as the walk that reads the page's blocks).
    """
    found: dict[str, list[etree._Element]] = {tag: [] for tag in INDEXED}
    for element in root.iter(*INDEXED):
        found[element.tag].append(element)
    return found


def ancestors(element: etree._Element) -> Iterable[etree._Element]:
    parent = element.getparent()
    for _ in range(_MAX_ANCESTORS):
        if parent is None:
            return
        yield parent
        parent = parent.getparent()


def foreign(element: etree._Element) -> bool:
    """Inside a comment thread, related list, sidebar or footer?

    An <aside> inside an <article> is the article's own margin (its date and
    author box), not the page's sidebar.
    """
    nodes = (element, *ancestors(element))
    in_article = any(node.tag == "article" for node in nodes)
    for node in nodes:
        if node.tag in ("footer", "nav") or (node.tag == "aside" and not in_article):
            return True
        words = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if words.strip() and any(cue in words for cue in _FOREIGN):
            return True
    return False


def in_other_box(element: etree._Element) -> bool:
    """Inside a <nav>/<aside>/<footer>, or a box whose class/id words start with a word of
    :data:`_OTHER_ITEMS` ("related-posts", "comment_list"; not "main--withSidebar")?"""
    for node in (element, *ancestors(element)):
        if node.tag in ("footer", "nav", "aside"):
            return True
        words = CLASS_WORD_BREAK.split(f"{node.get('class') or ''} {node.get('id') or ''}".lower())
        if any(word.startswith(_OTHER_ITEMS) for word in words):
            return True
    return False


def item_of(element: etree._Element) -> etree._Element | None:
    """The nearest enclosing item (an ``itemscope`` element), None outside any."""
    for node in (element, *ancestors(element)):
        # an element that is itself an item but also a property belongs to the outer item
        scope = node.get("itemscope") is not None
        if scope and (node is not element or node.get("itemprop") is None):
            return node
    return None


def item_type(item: etree._Element | None) -> str | None:
    """The lower-cased schema type of an item ('' for an untyped item, None for no item)."""
    if item is None:
        return None
    return (item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()


def own_item(element: etree._Element) -> bool:
    kind = item_type(item_of(element))
    return kind in (None, "") or kind in ARTICLE_TYPES or kind in PAGE_TYPES


def prop_value(element: etree._Element) -> str:
    for attribute in ("content", "datetime", "value"):
        value = element.get(attribute)
        if value and value.strip():
            return normalise(value)
    return text_of(element)


def is_update(element: etree._Element) -> bool:
    """Does the element's (or a near ancestor's) class or itemprop mark an update stamp?"""
    nodes = (element, *islice(ancestors(element), _STAMP_ANCESTORS))
    words = " ".join(
        f"{node.get('class') or ''} {node.get('itemprop') or ''}" for node in nodes
    ).lower()
    return any(cue in words for cue in UPDATE_CUES)
