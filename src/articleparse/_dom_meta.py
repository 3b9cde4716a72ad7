"""Facts the page's elements state: the main h1, microdata, <time>, shown dates, rel=author.

One iterative pass over the elements collects the candidates; nothing recurses
on depth, and every walk up the ancestors is capped. A candidate inside a
comment thread, related list, sidebar or footer never counts:

* microdata: ``itemprop`` datePublished / dateModified / author / headline inside an
  article-type (or untyped) item, never inside a comment or review item; when the
  items disagree (a date on every post of a list) none counts;
* ``<time>``: near the main heading (a few elements around the h1) or in the
  article's header, else the page's only dated <time>; never an update stamp;
* a shown date: the short text of an element whose class names a date, near the h1;
* ``rel=author`` links.

The ``<time>`` rules live in :mod:`._dom_times`, the element helpers both use (bounded
text, capped ancestor walks, microdata items, the boxes whose dates are not the
article's) in :mod:`._dom_nodes`.

``noscript`` content is passed over, unless the rest of the page has no h1 (or no
date and no author) and a ``noscript`` holds an h1 or a <time>: a thread drawn by
scripts keeps its server-side fallback (title h1, posts, authors, <time>s) in
``noscript``, so a second pass reads it then and fills what the first left empty.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import islice
from typing import TypeGuard

import attrs
from lxml import etree

from ._dates import find_date, is_dateline
from ._dom_nodes import (
    MAIN_TAGS,
    TIME_AFTER_H1,
    TIME_BEFORE_H1,
    UPDATE_CUES,
    foreign,
    in_other_box,
    is_update,
    item_of,
    item_type,
    own_item,
    prop_value,
    text_of,
)
from ._dom_times import dated_times, near_time, opening_post
from ._jsonld import ARTICLE_TYPES
from ._text import normalise

_MAX_ITEMPROPS = 200
_MAX_DATELINE = 120
_LINE_CHARS = (6, 120)
#: class/id words of an element that shows the publication date
_DATE_CUES = ("date", "publish", "posted", "byline", "dateline")
#: class/id words of an element that shows the byline, and of an author's biography box
_AUTHOR_CUES = ("author", "byline", "writer")
_BIO_CUES = ("bio", "about", "avatar", "img", "image", "photo", "description")
#: elements whose content is not the page's (their descendants are passed over)
HOLDERS = frozenset({"script", "style", "template", "noscript"})
#: the same when the page's content sits only in its script-free fallback
_SHOWN_HOLDERS = HOLDERS - {"noscript"}
#: the tags the pass over the elements looks at more closely
_NOTED = HOLDERS | {"h1", "time", "a", "link"}


@attrs.frozen(slots=True)
class DomFacts:
    """Raw values the elements state (None / () when not stated)."""

    #: text of the main h1 (the first inside <article>/<main>, else the first)
    heading: str | None = None
    #: the <time> that dates the article
    time: str | None = None
    #: the first <time> of a thread whose posts are dated oldest first
    thread: str | None = None
    #: microdata datePublished, dateModified, author names
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    #: a short text with a date in an element whose class names a date, near the h1
    shown: str | None = None
    #: the first dateline text ("Published May 3, 2024") near the h1
    dateline: str | None = None
    #: the first update stamp ("Updated on May 9, 2024") near the h1
    update_line: str | None = None
    #: the short text of the first author-classed element near the h1
    shown_author: str | None = None
    #: texts of rel=author links
    linked_authors: tuple[str, ...] = ()
    #: microdata headline
    headline: str | None = None


def _author_name(element: etree._Element) -> str:
    if element.get("itemscope") is not None:
        for child in element.iter():
            if child is not element and (child.get("itemprop") or "").lower() == "name":
                return prop_value(child)
        return ""
    return prop_value(element)


def read_dom(root: etree._Element, noscripts: Iterable[etree._Element]) -> DomFacts:
    """The main h1, <time>s, microdata and rel=author links the page's elements state.

    When no h1 lies outside ``noscript`` (or nothing there states a date or an
    author) and a ``noscript`` holds an h1 or a <time>, the page's content is its
    script-free fallback: a second pass that reads ``noscript`` too fills the facts
    the first left empty (values the first found are kept).

    Args:
        root: the page's root element.
        noscripts: the page's ``noscript`` elements.
    """
    facts = _read(root, HOLDERS)
    if not _bare(facts) or not _thread_fallback(noscripts):
        return facts
    fallback = _read(root, _SHOWN_HOLDERS)
    filled = {
        field.name: getattr(facts, field.name) or getattr(fallback, field.name)
        for field in attrs.fields(DomFacts)
    }
    return DomFacts(**filled)


def _bare(facts: DomFacts) -> bool:
    """Do the facts lack a heading, or every date and author?"""
    dates = (facts.time, facts.thread, facts.published, facts.shown, facts.dateline)
    names = (facts.authors, facts.linked_authors, facts.shown_author)
    return facts.heading is None or not any((*dates, facts.update_line, *names))


def _thread_fallback(noscripts: Iterable[etree._Element]) -> bool:
    """Does a ``noscript`` hold an h1 or a <time> (a script-drawn page's fallback)?"""
    return any(next(el.iter("h1", "time"), None) is not None for el in noscripts)


def _read(root: etree._Element, holders: frozenset[str]) -> DomFacts:
    """One pass over the elements, passing over the content of ``holders``.

    Date and byline texts only count near the h1, so they are read after the pass from
    the few elements around it rather than from every element of the page.
    """
    h1: tuple[int, etree._Element] | None = None
    h1_main = False
    #: every element in document order (position - 1) and the positions of chosen h1s
    order: list[etree._Element] = []
    headings: set[int] = set()
    times: list[tuple[int, etree._Element]] = []
    props: dict[str, list[etree._Element]] = {}
    prop_count = 0
    author_links: list[etree._Element] = []
    elements = root.iter(etree.Element)  # elements only, in document order
    append = order.append
    for element in elements:
        tag = element.tag
        append(element)
        if tag not in _NOTED:  # most elements: only an itemprop to look at
            pass
        elif tag in holders:
            # pass over what it holds: its element descendants come next in the iteration
            # (a script or style holds only text: nothing to count or pass over)
            if len(element):
                held = sum(1 for _ in element.iterdescendants(etree.Element))
                deque(islice(elements, held), maxlen=0)
            continue
        elif tag == "h1":
            # only an h1 that could still become the heading looks up its ancestors
            in_main = not h1_main and next(element.iterancestors(*MAIN_TAGS), None) is not None
            if not h1_main and (h1 is None or in_main) and text_of(element):
                h1, h1_main = (len(order), element), in_main
                headings.add(len(order))
        elif tag == "time":
            times.append((len(order), element))
        elif (rel := element.get("rel")) and "author" in rel.lower().split():  # <a>, <link>
            author_links.append(element)
        prop = element.get("itemprop")
        if prop and prop_count < _MAX_ITEMPROPS:
            for name in prop.lower().split():
                props.setdefault(name, []).append(element)
                prop_count += 1
    at = h1[0] if h1 else None
    lines, dated, signed = _near_h1(order, headings, at, holders)
    dateline, update_line = _datelines(lines, at)
    timed, stamps = dated_times(times)
    return DomFacts(
        heading=text_of(h1[1]) if h1 else None,
        time=near_time(timed, stamps, len(times), at),
        thread=opening_post(timed, at),
        shown=_shown_date(dated, at),
        dateline=dateline,
        update_line=update_line,
        shown_author=_shown_author(signed, at),
        published=_first_prop(props.get("datepublished", ()), templated=True),
        modified=_first_prop(props.get("datemodified", ()), templated=True),
        authors=_prop_authors([*props.get("author", ()), *props.get("creator", ())]),
        linked_authors=_prop_authors(author_links[:_MAX_ITEMPROPS]),
        headline=_first_prop(props.get("headline", ())),
    )


def _near_h1(
    order: list[etree._Element],
    headings: set[int],
    h1_position: int | None,
    holders: frozenset[str],
) -> tuple[
    list[tuple[int, etree._Element, str]],
    list[tuple[int, etree._Element]],
    list[tuple[int, etree._Element]],
]:
    """Dateline texts, date-classed and author-classed elements within reach of the h1."""
    lines: list[tuple[int, etree._Element, str]] = []
    dated: list[tuple[int, etree._Element]] = []
    signed: list[tuple[int, etree._Element]] = []
    if h1_position is None:
        return lines, dated, signed
    first = max(1, h1_position - TIME_BEFORE_H1)
    for position in range(first, min(len(order), h1_position + TIME_AFTER_H1) + 1):
        element = order[position - 1]
        tag = element.tag
        if tag in holders:
            continue
        for text in (element.text, element.tail):  # dateline candidates (_date_text)
            if _date_text(text):
                lines.append((position, element, text.strip()))
        if position in headings or tag == "time":
            continue
        class_value, id_value = element.get("class"), element.get("id")
        if class_value is None and id_value is None:
            continue  # no class or id names a date or an author (most elements)
        words = f"{class_value or ''} {id_value or ''}".lower()
        if _names_a_date(words):
            dated.append((position, element))
        elif _names_an_author(words):
            signed.append((position, element))
    return lines, dated, signed


def _names_a_date(words: str) -> bool:
    """Do an element's class and id words (lower-cased) say it holds the publication date?"""
    # any(map(...)): the same tests as a generator's, without a Python frame per cue
    return any(map(words.__contains__, _DATE_CUES)) and not any(
        map(words.__contains__, UPDATE_CUES)
    )


def _short_text(element: etree._Element) -> str | None:
    """The element's text when it is short (a dateline, not a container), else None."""
    parts: list[str] = []
    size = 0
    for part in element.itertext():
        if isinstance(part, str):
            parts.append(part)
            size += len(part)
            if size > _MAX_DATELINE:
                return None
    return normalise(" ".join(parts))


def _date_text(text: str | None) -> TypeGuard[str]:
    """Is an element's own text or tail short and holding a digit (a dateline candidate)?"""
    return (
        text is not None
        and _LINE_CHARS[0] <= len(text) <= _LINE_CHARS[1]
        and any(map(str.isdigit, text))  # C-level scan
    )


def _datelines(
    lines: list[tuple[int, etree._Element, str]], h1_position: int | None
) -> tuple[str | None, str | None]:
    """The dates of the first dateline text near the h1 that is not an update stamp, and of
    the first that is one (by its words or its element's class)."""
    if h1_position is None:
        return None, None
    found_line: str | None = None
    found_update: str | None = None
    for position, element, text in lines:
        if not -TIME_BEFORE_H1 <= position - h1_position <= TIME_AFTER_H1:
            continue
        if not is_dateline(text) or foreign(element) or not own_item(element):
            continue
        found = find_date(text)
        if found is None:
            continue
        stamp = is_update(element) or any(cue in text.lower() for cue in UPDATE_CUES)
        if stamp and found_update is None:
            found_update = text[found[1][0] : found[1][1]]
        elif not stamp and found_line is None:
            found_line = text[found[1][0] : found[1][1]]
        if found_line is not None and found_update is not None:
            break
    return found_line, found_update


def _names_an_author(words: str) -> bool:
    """Do an element's class and id words (lower-cased) say it holds the byline?"""
    return any(map(words.__contains__, _AUTHOR_CUES)) and not any(
        map(words.__contains__, _BIO_CUES)
    )


def _shown_author(signed: list[tuple[int, etree._Element]], h1_position: int | None) -> str | None:
    """The short text of the first author-classed element near the h1."""
    if h1_position is None:
        return None
    for position, element in signed:
        if -TIME_BEFORE_H1 <= position - h1_position <= TIME_AFTER_H1 and not foreign(element):
            text = _short_text(element)
            if text:
                return text
    return None


def _shown_date(dated: list[tuple[int, etree._Element]], h1_position: int | None) -> str | None:
    """The first date-classed element near the h1 whose short text states a publication date."""
    if h1_position is None:
        return None
    for position, element in dated:
        if not -TIME_BEFORE_H1 <= position - h1_position <= TIME_AFTER_H1 or foreign(element):
            continue
        text = _short_text(element)
        found = find_date(text) if text else None
        if text is None or found is None:
            continue
        start, end = found[1]
        if not any(cue in text[:start].lower() for cue in UPDATE_CUES):
            return text[start:end]
    return None


def _prop_authors(elements: list[etree._Element]) -> tuple[str, ...]:
    names = (_author_name(el) for el in elements if own_item(el) and not foreign(el))
    return tuple(name for name in names if name)


def _first_prop(elements: Iterable[etree._Element], templated: bool = False) -> str | None:
    """The value of the first property of the article's own item.

    When the page's items state different values (a date on every post of a
    list), none of them is the article's. With ``templated`` (dates), a property
    under a "footer" or "widget" class counts when nothing else states it, one
    article-typed item holds it and that item is in no comment, related or sidebar
    box: blog and CMS templates put the post's date in a "post-footer" of a
    "widget" column.
    """
    own = [el for el in elements if own_item(el)]
    values = [value for el in own if not foreign(el) and (value := prop_value(el))]
    if not values and templated:
        items = {item_of(el) for el in own}
        (item,) = items if len(items) == 1 else (None,)
        if item is not None and item_type(item) in ARTICLE_TYPES and not in_other_box(item):
            values = [value for el in own if (value := prop_value(el))]
    return values[0] if values and len(set(values)) == 1 else None
