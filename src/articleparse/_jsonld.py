"""JSON-LD (schema.org) facts about the article a page carries.

Every ``<script type="application/ld+json">`` is read leniently: HTML
comments and CDATA markers around the data, raw control characters inside
strings, trailing commas and several objects in one script are tolerated;
a script that still does not parse is skipped. Objects are found by an
iterative walk (lists, ``@graph``, nested values), never by recursion, and
``{"@id": ...}`` references are resolved against the objects of the page.

The article object is the first whose ``@type`` (a string or a list, with
or without a ``schema:`` prefix or schema.org URL) is a CreativeWork
article type; a ``WebPage`` object is used only for what no article object
states. Values are returned raw (strings): dates and names are parsed by
the caller.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from html import unescape

import attrs
from lxml import etree

from ._patterns import JSON_COMMENT, JSON_TRAILING_COMMA

_MAX_SCRIPT_CHARS = 2_000_000
_MAX_OBJECTS = 5_000

#: schema.org types whose object describes the article itself
ARTICLE_TYPES = frozenset(
    name.lower()
    for name in (
        *("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"),
        *("OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle"),
        *("AskPublicNewsArticle", "DiscussionForumPosting"),
        *("SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle"),
        *("APIReference", "Report", "SocialMediaPosting", "LiveBlogPosting"),
        *("Posting", "AdvertiserContentArticle", "Review", "CriticReview", "Recipe", "HowTo"),
        *("Guide", "VideoObject", "PodcastEpisode", "Blog"),
    )
)
#: types that describe the page; used for what no article object states
PAGE_TYPES = frozenset(
    name.lower()
    for name in ("WebPage", "ItemPage", "AboutPage", "FAQPage", "ProfilePage", "CollectionPage")
)
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation"})
#: types whose page is not an article: a product (or its page) or a list of items
NOT_ARTICLE_TYPES = frozenset(
    name.lower()
    for name in (
        *("Product", "ProductGroup", "ItemPage", "CollectionPage", "SearchResultsPage"),
        "ItemList",  # a list stated before any article: a section of picks or teasers
    )
)
#: article types of documentation: with no author named, their dates are build or revision stamps
DOC_TYPES = frozenset({"techarticle", "apireference"})
#: keys whose objects stand for the page itself rather than something it mentions
_ENTRY_KEYS = frozenset({"@graph", "mainEntity", "mainEntityOfPage"})


@attrs.frozen(slots=True)
class JsonLdFacts:
    """Raw values JSON-LD states about the article (None / () when not stated)."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    #: the values came from an article-type object (not only from a WebPage)
    from_article: bool = False
    #: a product or list object (:data:`NOT_ARTICLE_TYPES`) comes before any article object
    not_article: bool = False
    #: the article object is documentation (:data:`DOC_TYPES`)
    documentation: bool = False


def _loads(text: str) -> list[object]:
    """Parse one script's text leniently; [] when it cannot be read."""
    text = JSON_COMMENT.sub(" ", text).strip()
    if not text:
        return []
    decoder = json.JSONDecoder(strict=False)
    for attempt in (text, JSON_TRAILING_COMMA.sub(r"\1", text)):
        values: list[object] = []
        position = 0
        try:
            while position < len(attempt):
                value, position = decoder.raw_decode(attempt, position)
                values.append(value)
                while position < len(attempt) and attempt[position] in " \t\r\n;,":
                    position += 1
        except (ValueError, RecursionError):
            if not values:
                continue
        return values
    return []


def _objects(values: list[object]) -> Iterator[tuple[dict[str, object], bool]]:
    """Every JSON object inside the values, outermost first, without recursion.

    The flag says whether the object may describe the page's article: it sits
    at the top of a script, in a top-level list or ``@graph``, or is the
    ``mainEntity`` of such an object (a review nested in a product is not).
    """
    stack: list[tuple[object, bool]] = [(value, True) for value in reversed(values)]
    seen = 0
    while stack and seen < _MAX_OBJECTS:
        value, top = stack.pop()
        if isinstance(value, list):
            stack.extend((item, top) for item in reversed(value))
        elif isinstance(value, dict):
            seen += 1
            yield value, top
            stack.extend(
                (item, top and key in _ENTRY_KEYS)
                for key, item in reversed(value.items())
                if isinstance(item, (list, dict))
            )


def _types(obj: dict[str, object]) -> set[str]:
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {
        name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower()
        for name in names
        if isinstance(name, str)
    }


def _text(value: object) -> str | None:
    """A plain string value (first of a list; '@value' or 'name' of an object), its HTML
    entities read as characters."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("@value", value.get("name"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and value.strip():
        # JSON strings often carry HTML entities ("Investor&#8217;s"): read as characters
        return (unescape(value) if "&" in value else value).strip()
    return None


class _Index:
    """The objects of one page and their @id, to resolve references."""

    def __init__(self, objects: list[tuple[dict[str, object], bool]]) -> None:
        self.objects = [obj for obj, top in objects if top]
        self.by_id: dict[str, dict[str, object]] = {}
        for obj, _ in objects:
            key = obj.get("@id")
            if isinstance(key, str) and len(obj) > 1:
                self.by_id.setdefault(key, obj)

    def resolve(self, value: object) -> object:
        if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("@id"), str):
            return self.by_id.get(str(value["@id"]), value)
        return value


def _names(value: object, index: _Index) -> tuple[str, ...]:
    """Author names from a string, an object with a name, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:20]:
        item = index.resolve(item)
        if isinstance(item, dict) and _types(item) & _SITE_TYPES:
            continue
        if isinstance(item, dict):
            item = (
                item.get("name")
                or " ".join(str(item.get(key) or "") for key in ("givenName", "familyName")).strip()
            )
            if isinstance(item, list):
                item = next((v for v in item if isinstance(v, str)), None)
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
    return tuple(names)


def _site_name(value: object, index: _Index) -> str | None:
    value = index.resolve(value)
    if isinstance(value, list):
        value = index.resolve(value[0]) if value else None
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


def _url(value: object) -> str | None:
    """An absolute http(s) URL from a string, or an object's @id / url."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str):
        value = value.strip().split("#", 1)[0]
        if value.startswith(("http://", "https://")) and " " not in value:
            return value
    return None


def _scripts(scripts: Iterable[etree._Element]) -> Iterator[str]:
    for script in scripts:
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind and script.text and len(script.text) <= _MAX_SCRIPT_CHARS:
            yield script.text


def _facts(obj: dict[str, object], index: _Index, from_article: bool) -> JsonLdFacts:
    url = _url(obj.get("url")) or _url(obj.get("mainEntityOfPage")) or _url(obj.get("@id"))
    return JsonLdFacts(
        headline=_text(obj.get("headline")) or _text(obj.get("name")),
        published=_text(obj.get("datePublished")) or _text(obj.get("dateCreated")),
        modified=_text(obj.get("dateModified")),
        authors=_names(obj.get("author") or obj.get("creator"), index),
        url=url,
        site_name=_site_name(obj.get("publisher"), index) or _site_name(obj.get("isPartOf"), index),
        language=_text(obj.get("inLanguage")),
        description=_text(obj.get("description")),
        from_article=from_article,
    )


def _merge(first: JsonLdFacts, second: JsonLdFacts) -> JsonLdFacts:
    """first's values, with second's where first states nothing."""
    return JsonLdFacts(
        headline=first.headline or second.headline,
        published=first.published or second.published,
        modified=first.modified or second.modified,
        authors=first.authors or second.authors,
        url=first.url or second.url,
        site_name=first.site_name or second.site_name,
        language=first.language or second.language,
        description=first.description or second.description,
        from_article=first.from_article or second.from_article,
        not_article=first.not_article or second.not_article,
        documentation=first.documentation or second.documentation,
    )


def read_jsonld(scripts: Iterable[etree._Element]) -> JsonLdFacts:
    """What the page's JSON-LD states about its article; empty facts when nothing.

    Args:
        scripts: the page's ``<script>`` elements in document order.
    """
    values: list[object] = []
    for script in _scripts(scripts):
        values.extend(_loads(script))
    index = _Index(list(_objects(values)))
    article = page = None
    site: str | None = None
    not_article = False
    for obj in index.objects:
        types = _types(obj)
        not_article = not_article or (article is None and bool(types & NOT_ARTICLE_TYPES))
        if article is None and types & ARTICLE_TYPES:
            article = obj
        elif page is None and types & PAGE_TYPES:
            page = obj
        elif site is None and types & _SITE_TYPES:
            site = _text(obj.get("name"))
    facts = JsonLdFacts(site_name=site, not_article=not_article)
    if page is not None:
        facts = _merge(_facts(page, index, False), facts)
    if article is not None:
        documentation = bool(_types(article) & DOC_TYPES)
        facts = _merge(
            _facts(article, index, True), attrs.evolve(facts, documentation=documentation)
        )
    return facts
