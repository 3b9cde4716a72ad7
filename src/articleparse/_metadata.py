"""Page metadata from an lxml tree: what the page states about its article.

Sources, most trusted first for each field:

* JSON-LD (``_jsonld``): the article object's headline, dates, authors, publisher;
* ``<meta>`` tags (``_meta_tags``): OpenGraph, ``article:*``, Dublin Core, parse.ly, ...;
* microdata: ``itemprop`` datePublished / dateModified / author / headline inside an
  article-type (or untyped) item, never inside a comment or review item;
* ``<time datetime>`` near the main heading (a few elements around the h1, or in the
  article's header), never one inside comments, related lists or sidebars;
* ``<html lang>``, ``<link rel=canonical>``, ``<title>``.

No date is taken from URLs, copyright lines or visible text here: a page that
states no publication date gets none. One pass over the elements collects
what the DOM sources need; nothing recurses on depth.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import unescape
from urllib.parse import urlsplit

import attrs
from lxml import etree

from ._blocks import Metadata
from ._dates import parse_metadata_date
from ._jsonld import ARTICLE_TYPES, PAGE_TYPES, read_jsonld
from ._meta_tags import canonical_url, read_meta_tags, stated
from ._rules.byline import clean_names
from ._rules.headline import is_site, reconcile_title
from ._text import normalise

#: a <time> counts when it lies this many elements before or after the main heading
_TIME_BEFORE_H1 = 25
_TIME_AFTER_H1 = 60
_MAX_ANCESTORS = 40
_MAX_ITEMPROPS = 200
_MAX_TEXT = 300
_MAX_TIMES = 500
_MAX_NAME_WORDS = 5
#: more distinct microdata authors than this: a list of posts, not one article's byline
_MAX_PAGE_AUTHORS = 4
#: class/id words of containers whose dates and names are not the article's
_FOREIGN = (
    *("comment", "related", "sidebar", "widget", "recommend", "popular", "trending", "reply"),
    "footer",
)
_MAIN_TAGS = frozenset({"article", "main"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@attrs.frozen(slots=True)
class _DomFacts:
    heading: str | None = None
    time: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    #: texts of rel=author links
    linked_authors: tuple[str, ...] = ()
    headline: str | None = None


def _text_of(element: etree._Element) -> str:
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
    """Inside a comment thread, related list, sidebar or footer?"""
    for node in (element, *_ancestors(element)):
        if node.tag in ("aside", "footer", "nav"):
            return True
        words = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if words.strip() and any(cue in words for cue in _FOREIGN):
            return True
    return False


def _item_type(element: etree._Element) -> str | None:
    """The lower-cased schema type of the nearest enclosing item ('' for an untyped item)."""
    for node in (element, *_ancestors(element)):
        # an element that is itself an item but also a property belongs to the outer item
        scope = node.get("itemscope") is not None
        if scope and (node is not element or node.get("itemprop") is None):
            return (node.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
    return None


def _own_item(element: etree._Element) -> bool:
    kind = _item_type(element)
    return kind in (None, "") or kind in ARTICLE_TYPES or kind in PAGE_TYPES


def _prop_value(element: etree._Element) -> str:
    for attribute in ("content", "datetime", "value"):
        value = element.get(attribute)
        if value and value.strip():
            return normalise(value)
    return _text_of(element)


def _author_name(element: etree._Element) -> str:
    if element.get("itemscope") is not None:
        for child in element.iter():
            if child is not element and (child.get("itemprop") or "").lower() == "name":
                return _prop_value(child)
        return ""
    return _prop_value(element)


def _dom_facts(root: etree._Element) -> _DomFacts:
    """One pass over the elements: the main h1, <time> elements, microdata."""
    h1: tuple[int, etree._Element] | None = None
    h1_main = False
    times: list[tuple[int, etree._Element]] = []
    props: dict[str, list[etree._Element]] = {}
    author_links: list[etree._Element] = []
    main_depth = 0
    position = 0
    events = etree.iterwalk(root, events=("start", "end"))
    for event, element in events:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "end":
            main_depth -= tag in _MAIN_TAGS
            continue
        position += 1
        main_depth += tag in _MAIN_TAGS
        if tag in ("script", "style", "template", "noscript"):
            events.skip_subtree()
            main_depth -= tag in _MAIN_TAGS
            continue
        if tag == "h1" and (h1 is None or (main_depth and not h1_main)) and _text_of(element):
            h1, h1_main = (position, element), bool(main_depth)
        elif tag == "time":
            times.append((position, element))
        if tag in ("a", "link") and "author" in (element.get("rel") or "").lower().split():
            author_links.append(element)
        prop = element.get("itemprop")
        if prop and sum(len(v) for v in props.values()) < _MAX_ITEMPROPS:
            for name in prop.lower().split():
                props.setdefault(name, []).append(element)
    return _DomFacts(
        heading=_text_of(h1[1]) if h1 else None,
        time=_near_time(times, h1[0] if h1 else None),
        published=_first_prop(props.get("datepublished", ())),
        modified=_first_prop(props.get("datemodified", ())),
        authors=_prop_authors([*props.get("author", ()), *props.get("creator", ())]),
        linked_authors=_prop_authors(author_links[:_MAX_ITEMPROPS]),
        headline=_first_prop(props.get("headline", ())),
    )


def _prop_authors(elements: list[etree._Element]) -> tuple[str, ...]:
    names = (_author_name(el) for el in elements if _own_item(el) and not _foreign(el))
    return tuple(name for name in names if name)


def _first_prop(elements: Iterable[etree._Element]) -> str | None:
    """The value of the first property of the article's own item.

    When the page's items state different values (a date on every post of a
    list), none of them is the article's.
    """
    values = [_prop_value(el) for el in elements if _own_item(el) and not _foreign(el)]
    values = [value for value in values if value]
    return values[0] if values and len(set(values)) == 1 else None


def _is_update(element: etree._Element) -> bool:
    words = f"{element.get('class') or ''} {element.get('itemprop') or ''}".lower()
    return "modif" in words or "updat" in words


def _time_value(element: etree._Element) -> str | None:
    """What a <time> states: its datetime attribute, else its text, when either is a date."""
    for value in (element.get("datetime"), _text_of(element)):
        if value and parse_metadata_date(value) is not None:
            return value
    return None


def _near_time(times: list[tuple[int, etree._Element]], h1_position: int | None) -> str | None:
    """The <time> that dates the article.

    One near the main heading or in the article's header, else the page's only
    dated <time>; never an update stamp or one in a comment or sidebar.
    """
    dated: list[tuple[int, etree._Element, str]] = []
    for position, element in times[:_MAX_TIMES]:
        value = _time_value(element)
        if value is not None and not _is_update(element) and not _foreign(element):
            dated.append((position, element, value))
    for position, element, value in dated:
        offset = position - h1_position if h1_position is not None else None
        near = offset is not None and -_TIME_BEFORE_H1 <= offset <= _TIME_AFTER_H1
        above = {node.tag for node in _ancestors(element)}
        if near or ("header" in above and above & _MAIN_TAGS):
            return value
    return dated[0][2] if len(times) == 1 and dated else None


def _parse_first(values: Iterable[str | None]) -> datetime | None:
    """The first value that names a calendar day (a bare year or year-month does not)."""
    for value in values:
        if value and not (value.strip().replace("-", "").isdigit() and len(value.strip()) <= 7):
            parsed = parse_metadata_date(value)
            if parsed is not None:
                return parsed
    return None


def _is_url(value: str) -> bool:
    lowered = value.lower()
    return lowered.startswith(("http://", "https://", "www.", "/")) or ".com/" in lowered


def _one_byline(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names from the page body, unless so many differ that they sign a list of posts."""
    return names if len(set(names)) <= _MAX_PAGE_AUTHORS else ()


def _given_names(text: str) -> bool:
    """'Jane' or 'Jane Q.': what follows the comma in 'Doe, Jane Q.'."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and all(len(w) <= 2 for w in words[1:2])


def _clean_authors(raw: Iterable[str]) -> tuple[str, ...]:
    """Names from metadata author values: no URLs, no values without letters, no roles."""
    seen: dict[str, str] = {}
    for value in raw:
        value = normalise(unescape(value)).strip("\"'“”‘’")
        if not value or _is_url(value) or not any(ch.isalpha() for ch in value):
            continue
        # "Doe, Jane" (citation style) -> "Jane Doe"
        last, comma, first = value.partition(", ")
        if comma and len(last.split()) == 1 and _given_names(first):
            value = f"{first} {last}"
        for name in clean_names(value):
            if ":" not in name and len(name.split()) <= _MAX_NAME_WORDS:
                seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _host_names(url: str | None) -> tuple[str, ...]:
    """The distinctive labels of a URL's host: 'news.example.co.uk' -> ('news', 'example')."""
    if not url:
        return ()
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ()
    labels = [label for label in host.split(".") if label and label != "www"][:-1]
    if len(labels) > 1 and len(labels[-1]) <= 3:  # co.uk, com.au
        labels = labels[:-1]
    return tuple(label for label in labels if len(label) >= 3)


def read_metadata(root: etree._Element) -> Metadata:
    """Read what the page states about itself (never raises on content)."""
    tags = read_meta_tags(root)
    ld = read_jsonld(root)
    dom = _dom_facts(root)
    site_name = ld.site_name if ld.from_article and ld.site_name else None
    site_name = next(iter(stated(tags, "site_name")), None) or site_name or ld.site_name
    url = canonical_url(root) or next(iter(stated(tags, "url")), None) or ld.url
    sites = tuple(name for name in (site_name, ld.site_name) if name) + _host_names(url)
    heading = dom.heading if dom.heading and not is_site(dom.heading, sites) else None
    title_tag = root.find(".//title")
    page_title = _text_of(title_tag) if title_tag is not None else None
    ld_headline = ld.headline if ld.from_article else None
    meta_title = next(iter(stated(tags, "title")), None)
    candidates = (heading, meta_title, ld_headline, page_title, dom.headline)
    ld_published = ld.published if ld.from_article else None
    published = _parse_first(
        [dom.time, ld_published, *stated(tags, "published", unanimous=True), dom.published]
    )
    modified = _parse_first([ld.modified, *stated(tags, "modified", unanimous=True), dom.modified])
    meta_authors = stated(tags, "author", accept=lambda value: not _is_url(value))
    sources = (ld.authors, meta_authors, _one_byline(dom.authors), _one_byline(dom.linked_authors))
    authors = next((names for names in map(_clean_authors, sources) if names), ())
    lang = (root.get("lang") or root.get(_XML_LANG) or "").strip()
    language = lang or ld.language or next(iter(stated(tags, "language")), None)
    return Metadata(
        title=reconcile_title(candidates, sites, heading),
        published=published,
        modified=modified,
        authors=authors,
        url=url,
        site_name=site_name,
        language=language.replace("_", "-") if language else None,
        description=next(iter(stated(tags, "description")), None) or ld.description,
    )
