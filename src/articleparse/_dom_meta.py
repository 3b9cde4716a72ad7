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

``noscript`` content is passed over, unless the rest of the page has no h1 (or no
date and no author) and a ``noscript`` holds an h1 or a <time>: a thread drawn by
scripts keeps its server-side fallback (title h1, posts, authors, <time>s) in
``noscript``, so a second pass reads it then and fills what the first left empty.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from datetime import date
from itertools import islice

import attrs
from lxml import etree

from ._dates import find_date, is_dateline, parse_metadata_date
from ._jsonld import ARTICLE_TYPES, PAGE_TYPES
from ._patterns import CLASS_WORD_BREAK
from ._text import normalise

#: a <time> or shown date counts when it lies this many elements before or after the main heading
_TIME_BEFORE_H1 = 25
_TIME_AFTER_H1 = 60
_MAX_ANCESTORS = 40
#: ancestors whose class can mark a date as an update stamp (a labelled field wraps its value)
_STAMP_ANCESTORS = 2
_MAX_ITEMPROPS = 200
_MAX_TEXT = 300
#: at most this many <time>s of a page are read (shared with _metadata)
MAX_TIMES = 500
_MIN_THREAD_POSTS = 3
_MAX_DATELINE = 120
_LINE_CHARS = (6, 120)
#: class/id words of an element that shows the publication date, and of one that shows an update
#: (or a review of the page: "date-last-reviewed", "Reviewed on May 9, 2024")
_DATE_CUES = ("date", "publish", "posted", "byline", "dateline")
_UPDATE_CUES = ("updat", "modif", "edited", "reviewed")
#: class/id words of an element that shows the byline, and of an author's biography box
_AUTHOR_CUES = ("author", "byline", "writer")
_BIO_CUES = ("bio", "about", "avatar", "img", "image", "photo", "description")
#: class/id words of containers whose dates and names are not the article's ...
_OTHER_ITEMS = ("comment", "related", "sidebar", "recommend", "popular", "trending", "reply")
#: ... plus words that blog and CMS templates also use around the post itself
_FOREIGN = (*_OTHER_ITEMS, "widget", "footer")
_MAIN_TAGS = frozenset({"article", "main"})
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


def text_of(element: etree._Element) -> str:
    """The element's text, whitespace-normalised and cut to a bounded length."""
    parts = element.itertext()
    return normalise(" ".join(part for part in parts if isinstance(part, str)))[:_MAX_TEXT]


def _ancestors(element: etree._Element) -> Iterable[etree._Element]:
    parent = element.getparent()
    for _ in range(_MAX_ANCESTORS):
        if parent is None:
            return
        yield parent
        parent = parent.getparent()


def _foreign(element: etree._Element) -> bool:
    """Inside a comment thread, related list, sidebar or footer?

    An <aside> inside an <article> is the article's own margin (its date and
    author box), not the page's sidebar.
    """
    nodes = (element, *_ancestors(element))
    in_article = any(node.tag == "article" for node in nodes)
    for node in nodes:
        if node.tag in ("footer", "nav") or (node.tag == "aside" and not in_article):
            return True
        words = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if words.strip() and any(cue in words for cue in _FOREIGN):
            return True
    return False


def _in_other_box(element: etree._Element) -> bool:
    """Inside a <nav>/<aside>/<footer>, or a box whose class/id words start with a word of
    :data:`_OTHER_ITEMS` ("related-posts", "comment_list"; not "main--withSidebar")?"""
    for node in (element, *_ancestors(element)):
        if node.tag in ("footer", "nav", "aside"):
            return True
        words = CLASS_WORD_BREAK.split(f"{node.get('class') or ''} {node.get('id') or ''}".lower())
        if any(word.startswith(_OTHER_ITEMS) for word in words):
            return True
    return False


def _item(element: etree._Element) -> etree._Element | None:
    """The nearest enclosing item (an ``itemscope`` element), None outside any."""
    for node in (element, *_ancestors(element)):
        # an element that is itself an item but also a property belongs to the outer item
        scope = node.get("itemscope") is not None
        if scope and (node is not element or node.get("itemprop") is None):
            return node
    return None


def _item_type(item: etree._Element | None) -> str | None:
    """The lower-cased schema type of an item ('' for an untyped item, None for no item)."""
    if item is None:
        return None
    return (item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()


def _own_item(element: etree._Element) -> bool:
    kind = _item_type(_item(element))
    return kind in (None, "") or kind in ARTICLE_TYPES or kind in PAGE_TYPES


def _prop_value(element: etree._Element) -> str:
    for attribute in ("content", "datetime", "value"):
        value = element.get(attribute)
        if value and value.strip():
            return normalise(value)
    return text_of(element)


def _author_name(element: etree._Element) -> str:
    if element.get("itemscope") is not None:
        for child in element.iter():
            if child is not element and (child.get("itemprop") or "").lower() == "name":
                return _prop_value(child)
        return ""
    return _prop_value(element)


def read_dom(root: etree._Element) -> DomFacts:
    """The main h1, <time>s, microdata and rel=author links the page's elements state.

    When no h1 lies outside ``noscript`` (or nothing there states a date or an
    author) and a ``noscript`` holds an h1 or a <time>, the page's content is its
    script-free fallback: a second pass that reads ``noscript`` too fills the facts
    the first left empty (values the first found are kept).
    """
    facts = _read(root, HOLDERS)
    if not _bare(facts) or not _thread_fallback(root):
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


def _thread_fallback(root: etree._Element) -> bool:
    """Does a ``noscript`` hold an h1 or a <time> (a script-drawn page's fallback)?"""
    return any(next(el.iter("h1", "time"), None) is not None for el in root.iter("noscript"))


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
            in_main = not h1_main and next(element.iterancestors(*_MAIN_TAGS), None) is not None
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
    dated_times, stamps = _dated_times(times)
    return DomFacts(
        heading=text_of(h1[1]) if h1 else None,
        time=_near_time(dated_times, stamps, len(times), at),
        thread=_opening_post(dated_times, at),
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
    first = max(1, h1_position - _TIME_BEFORE_H1)
    for position in range(first, min(len(order), h1_position + _TIME_AFTER_H1) + 1):
        element = order[position - 1]
        tag = element.tag
        if tag in holders:
            continue
        lines.extend((position, element, text) for text in _date_texts(element))
        if position in headings or tag == "time":
            continue
        if element.get("class") is None and element.get("id") is None:
            continue  # no class or id names a date or an author (most elements)
        if _names_a_date(element):
            dated.append((position, element))
        elif _names_an_author(element):
            signed.append((position, element))
    return lines, dated, signed


def _names_a_date(element: etree._Element) -> bool:
    """Does the element's class or id say it holds the publication date?"""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(cue in words for cue in _DATE_CUES) and not any(cue in words for cue in _UPDATE_CUES)


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


def _date_texts(element: etree._Element) -> Iterable[str]:
    """The element's own text and tail when short and holding a digit (dateline candidates)."""
    for text in (element.text, element.tail):
        short = text is not None and _LINE_CHARS[0] <= len(text) <= _LINE_CHARS[1]
        if short and text is not None and any(map(str.isdigit, text)):  # C-level scan
            yield text.strip()


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
        if not -_TIME_BEFORE_H1 <= position - h1_position <= _TIME_AFTER_H1:
            continue
        if not is_dateline(text) or _foreign(element) or not _own_item(element):
            continue
        found = find_date(text)
        if found is None:
            continue
        stamp = _is_update(element) or any(cue in text.lower() for cue in _UPDATE_CUES)
        if stamp and found_update is None:
            found_update = text[found[1][0] : found[1][1]]
        elif not stamp and found_line is None:
            found_line = text[found[1][0] : found[1][1]]
        if found_line is not None and found_update is not None:
            break
    return found_line, found_update


def _names_an_author(element: etree._Element) -> bool:
    """Does the element's class or id say it holds the byline?"""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(cue in words for cue in _AUTHOR_CUES) and not any(c in words for c in _BIO_CUES)


def _shown_author(signed: list[tuple[int, etree._Element]], h1_position: int | None) -> str | None:
    """The short text of the first author-classed element near the h1."""
    if h1_position is None:
        return None
    for position, element in signed:
        if -_TIME_BEFORE_H1 <= position - h1_position <= _TIME_AFTER_H1 and not _foreign(element):
            text = _short_text(element)
            if text:
                return text
    return None


def _shown_date(dated: list[tuple[int, etree._Element]], h1_position: int | None) -> str | None:
    """The first date-classed element near the h1 whose short text states a publication date."""
    if h1_position is None:
        return None
    for position, element in dated:
        if not -_TIME_BEFORE_H1 <= position - h1_position <= _TIME_AFTER_H1 or _foreign(element):
            continue
        text = _short_text(element)
        found = find_date(text) if text else None
        if text is None or found is None:
            continue
        start, end = found[1]
        if not any(cue in text[:start].lower() for cue in _UPDATE_CUES):
            return text[start:end]
    return None


def _prop_authors(elements: list[etree._Element]) -> tuple[str, ...]:
    names = (_author_name(el) for el in elements if _own_item(el) and not _foreign(el))
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
    own = [el for el in elements if _own_item(el)]
    values = [value for el in own if not _foreign(el) and (value := _prop_value(el))]
    if not values and templated:
        items = {_item(el) for el in own}
        (item,) = items if len(items) == 1 else (None,)
        if item is not None and _item_type(item) in ARTICLE_TYPES and not _in_other_box(item):
            values = [value for el in own if (value := _prop_value(el))]
    return values[0] if values and len(set(values)) == 1 else None


def _is_update(element: etree._Element) -> bool:
    """Does the element's (or a near ancestor's) class or itemprop mark an update stamp?"""
    nodes = (element, *islice(_ancestors(element), _STAMP_ANCESTORS))
    words = " ".join(
        f"{node.get('class') or ''} {node.get('itemprop') or ''}" for node in nodes
    ).lower()
    return any(cue in words for cue in _UPDATE_CUES)


def _time_value(element: etree._Element) -> tuple[str, date] | None:
    """What a <time> states (its datetime attribute, else its text) and the day it names."""
    for value in (element.get("datetime"), text_of(element)):
        parsed = parse_metadata_date(value) if value else None
        if value and parsed is not None:
            return value, parsed.date()
    return None


def _dated_times(
    times: list[tuple[int, etree._Element]],
) -> tuple[list[tuple[int, etree._Element, tuple[str, date]]], list[date | None]]:
    """The <time>s (the first ``MAX_TIMES``) that state a day, with what they state, never
    an update stamp or one in a comment or sidebar; and the days the update stamps name
    (None: names no day). Each <time> is read once, for all uses below."""
    dated: list[tuple[int, etree._Element, tuple[str, date]]] = []
    stamps: list[date | None] = []
    for position, element in times[:MAX_TIMES]:
        found = _time_value(element)
        if _is_update(element):
            stamps.append(found[1] if found is not None else None)
        elif found is not None and not _foreign(element):
            dated.append((position, element, found))
    return dated, stamps


def _near_time(
    dated: list[tuple[int, etree._Element, tuple[str, date]]],
    stamps: list[date | None],
    count: int,
    h1_position: int | None,
) -> str | None:
    """The <time> that dates the article.

    One near the main heading or in the article's header, else the day every
    <time> of the page (``count`` of them, update stamps included) names; never an
    update stamp or one in a comment or sidebar.
    """
    days: set[date | None] = {found[1] for _, _, found in dated}
    days.update(stamps)
    for position, element, (value, _) in dated:
        offset = position - h1_position if h1_position is not None else None
        near = offset is not None and -_TIME_BEFORE_H1 <= offset <= _TIME_AFTER_H1
        above = {node.tag for node in _ancestors(element)}
        if near or ("header" in above and above & _MAIN_TAGS):
            return value
    whole = len(dated) + len(stamps) == count
    return dated[0][2][0] if dated and len(days) == 1 and whole else None


def _opening_post(
    dated: list[tuple[int, etree._Element, tuple[str, date]]], h1_position: int | None
) -> str | None:
    """In a thread (at least three dated <time>s after the h1, oldest first), the first one:
    the opening post's date. A list of posts, newest first, has none."""
    if h1_position is None:
        return None
    after = [found for position, _, found in dated if position > h1_position]
    if len(after) < _MIN_THREAD_POSTS:
        return None
    days = [day for _, day in after]
    return after[0][0] if days == sorted(days) and days[0] < days[-1] else None
