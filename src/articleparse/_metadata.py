"""Page metadata from an lxml tree: what the page states about its article.

Sources, most trusted first for each field:

* the ``<time>`` shown near the main heading (``_dom_meta``), for the publication date;
* JSON-LD (``_jsonld``): the article object's headline, dates, authors, publisher;
* ``<meta>`` tags (``_meta_tags``): OpenGraph, ``article:*``, Dublin Core, parse.ly, ...;
* microdata, ``rel=author`` links, and a date or byline shown in an element
  whose class names one, near the h1 (``_dom_meta``);
* ``<html lang>``, ``<link rel=canonical>``, ``<title>``.

The title is the one most sources agree on (``_rules.headline``). No date is
taken from URLs, copyright lines or comment timestamps, nor from a WebPage object
unless the page's text shows that day (and few others): a page that states no
publication date gets none. A page whose own metadata says it is
not an article (``_undated``: a product, item or collection page, the site's front
page, unsigned documentation) gets none either, nor does an unsigned JSON-LD article on
a page og:type calls a website when the page never shows its date; when its ``<time>``s
list posts newest first, only a stated date counts (the one by the heading is the first
teaser's). An update stamp written year first (a build stamp) is only the modified date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from html import unescape
from urllib.parse import urlsplit

from lxml import etree

from ._blocks import Metadata
from ._dates import days_named, parse_metadata_date, writes_day_first
from ._dom_meta import HOLDERS, read_dom
from ._dom_nodes import by_tag, text_of
from ._dom_times import MAX_TIMES
from ._jsonld import JsonLdFacts, read_jsonld
from ._meta_tags import canonical_url, read_meta_tags, stated
from ._patterns import ISO_DATE
from ._rules.byline import clean_names
from ._rules.headline import is_site, reconcile_title, site_title
from ._rules.published import newest_first
from ._text import normalise

_MAX_NAME_WORDS = 5
#: more distinct microdata authors than this: a list of posts, not one article's byline
_MAX_PAGE_AUTHORS = 4
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: characters of the page's text searched for a stated day that nothing near the h1 shows
_MAX_PAGE_CHARS = 300_000
#: a page whose text names more days than this lists posts, one day per teaser
_MAX_ARTICLE_DAYS = 5


def _parse_first(values: Iterable[str | None], day_first: bool) -> datetime | None:
    """The first value that names a calendar day (a bare year or year-month does not)."""
    for value in values:
        if value and not (value.strip().replace("-", "").isdigit() and len(value.strip()) <= 7):
            parsed = parse_metadata_date(value, day_first=day_first)
            if parsed is not None:
                return parsed
    return None


def _parse_shown(
    values: Iterable[str | None], day_first: bool, stated: datetime | None
) -> datetime | None:
    """The first value that names a day, read in the page's order unless only the other
    order ("05/04/2022" as 4 May, not 5 April) names the day the metadata states."""
    parsed = _parse_first(values, day_first)
    if parsed is None or stated is None or parsed.date() == stated.date():
        return parsed
    other = _parse_first(values, not day_first)
    return other if other is not None and other.date() == stated.date() else parsed


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


def _is_front_page(url: str | None) -> bool:
    """Is the page's address its site's root ('https://example.com/'), with a well-formed host?"""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    host = parts.netloc
    return parts.path in ("", "/") and "." in host and "%" not in host


def _undated(
    tags: Mapping[str, tuple[str, ...]], ld: JsonLdFacts, url: str | None, authors: tuple[str, ...]
) -> bool:
    """The page's own metadata says it is not an article, so no date of it is a publication date.

    Evidence: JSON-LD describes a product or a list of items before any article; the
    page's address is the site's front page and og:type calls it something else than an
    article (a website: article objects in its JSON-LD are its teasers); the JSON-LD
    article is documentation and no author is named (its dates are build or revision
    stamps); or, when no JSON-LD article object says otherwise, og:type names a product,
    or the page is the front page and og:type does not say article.
    """
    og_type = next(iter(tags.get("og:type", ())), "").lower()
    front = _is_front_page(url)
    if ld.not_article or (front and og_type not in ("", "article")):
        return True
    if ld.documentation and not authors:  # unsigned docs: generated "published" stamps
        return True
    if ld.from_article:
        return False
    return "product" in og_type or (front and og_type != "article")


def _page_text(root: etree._Element) -> str:
    """The text of the page's body as readers could see it (no scripts, styles or comments)."""
    body = root.find("body")
    parts: list[str] = []
    size = 0
    for element in (body if body is not None else root).iter():
        if element.tail:
            parts.append(element.tail)
            size += len(element.tail)
        if element.text and isinstance(element.tag, str) and element.tag not in HOLDERS:
            parts.append(element.text)
            size += len(element.text)
        if size > _MAX_PAGE_CHARS:
            break
    return " ".join(parts)[:_MAX_PAGE_CHARS]


def _unseen(day: date, root: etree._Element) -> bool:
    """Does the page's text name neither the day nor a day next to it (another zone's)?"""
    return not _names_near(day, days_named(_page_text(root)))


def _names_near(day: date, named: Iterable[date]) -> bool:
    """Is the day, or a day next to it (another zone's), among the days a text names?"""
    return any(abs((seen - day).days) <= 1 for seen in named)


def _webpage_date(ld: JsonLdFacts, day_first: bool, root: etree._Element) -> datetime | None:
    """The date a JSON-LD WebPage object (no article object) states, when the page shows it.

    Evidence: site templates stamp every page's WebPage object with a date, so the stamp
    counts as the publication date only when the page's text names that day (or the next,
    another zone's) and few other days (a list of posts names one per teaser).
    """
    if ld.from_article or not ld.published:
        return None
    parsed = _parse_first([ld.published], day_first)
    if parsed is None:
        return None
    named = days_named(_page_text(root))
    shown = _names_near(parsed.date(), named)
    return parsed if shown and len(named) <= _MAX_ARTICLE_DAYS else None


def _time_days(times: Iterable[etree._Element], day_first: bool) -> list[date]:
    """The days the page's ``<time>`` elements name, in document order."""
    days: list[date] = []
    for count, element in enumerate(times):
        if count >= MAX_TIMES:
            break
        value = element.get("datetime") or text_of(element)
        parsed = parse_metadata_date(value, day_first=day_first) if value else None
        if parsed is not None:
            days.append(parsed.date())
    return days


def read_metadata(root: etree._Element) -> Metadata:
    """Read what the page states about itself (never raises on content)."""
    indexed = by_tag(root)  # one scan of the tree for every tag read below
    tags = read_meta_tags(indexed["meta"])
    ld = read_jsonld(indexed["script"])
    dom = read_dom(root, indexed["noscript"])
    site_name = ld.site_name if ld.from_article and ld.site_name else None
    site_name = next(iter(stated(tags, "site_name")), None) or site_name or ld.site_name
    url = canonical_url(indexed["link"]) or next(iter(stated(tags, "url")), None) or ld.url
    sites = tuple(name for name in (site_name, ld.site_name) if name) + _host_names(url)
    heading = dom.heading if dom.heading and not is_site(dom.heading, sites) else None
    title_tag = next((el for el in indexed["title"] if el is not root), None)  # .//title
    page_title = text_of(title_tag) if title_tag is not None else None
    ld_headline = ld.headline if ld.from_article else None
    meta_title = next(iter(stated(tags, "title")), None)
    candidates = (heading, meta_title, ld_headline, page_title, dom.headline)
    ld_published = ld.published if ld.from_article else None
    lang = (root.get("lang") or root.get(_XML_LANG) or "").strip()
    language = lang or ld.language or next(iter(stated(tags, "language")), None)
    day_first = writes_day_first(language)  # how the page writes "04/11/2019"
    og_type = next(iter(tags.get("og:type", ())), "").lower()
    # The date shown by the headline is the one readers see; when the metadata
    # states the same day, its value (with time and zone) is kept. A date shown
    # only as text can be today's date in a page header: it wins over the stated
    # date only when it is not later.
    stated_date = _parse_first(
        [ld_published, *stated(tags, "published", unanimous=True), dom.published], day_first
    ) or _webpage_date(ld, day_first, root)
    shown_date = _parse_shown([dom.time], day_first, stated_date)
    line_date = _parse_shown([dom.shown, dom.dateline], day_first, stated_date)
    # <time>s newest first date a list of posts: the one by the heading is the first teaser's.
    listed = newest_first(_time_days(indexed["time"], day_first))
    if shown_date is None and line_date is not None:
        later = stated_date is not None and line_date.date() > stated_date.date()
        shown_date = None if later else line_date
    same_day = shown_date and stated_date and shown_date.date() == stated_date.date()
    published = stated_date if same_day or shown_date is None else shown_date
    shown_update = _parse_first([dom.update_line], day_first)
    # A page that shows only an update stamp by its headline is dated by it, unless the
    # stamp is written year first (ISO), as build tools and page templates write it.
    written = dom.update_line is not None and ISO_DATE.match(dom.update_line) is None
    published = (
        published or (shown_update if written else None) or _parse_first([dom.thread], day_first)
    )
    if listed:
        published = stated_date
    modified = _parse_first(
        [ld.modified, *stated(tags, "modified", unanimous=True), dom.modified], day_first
    )
    modified = modified or shown_update
    shown = (dom.shown_author,) if dom.shown_author else ()
    meta_authors = stated(tags, "author", accept=lambda value: not _is_url(value))
    page_authors = (_one_byline(dom.authors), _one_byline(dom.linked_authors), shown)
    sources = (ld.authors, meta_authors, *page_authors)
    authors = next((names for names in map(_clean_authors, sources) if names), ())
    undated = _undated(tags, ld, url, authors)
    # A JSON-LD article on a page og:type calls a website, signed by no one, whose date the
    # page never shows: a template's object (list, service or wiki page), not an article.
    near = dom.time or dom.shown or dom.dateline or dom.update_line
    template = ld.from_article and og_type == "website" and not authors and not near
    undated = undated or (template and published is not None and _unseen(published.date(), root))
    title = reconcile_title(candidates, sites, heading)
    return Metadata(
        title=title,
        published=None if undated else published,
        modified=modified,
        authors=authors,
        url=url,
        site_name=site_name,
        language=language.replace("_", "-") if language else None,
        description=next(iter(stated(tags, "description")), None) or ld.description,
        published_shown=published is not None and published is not stated_date,
        undated=undated,
        site_title=None if title else site_title(candidates, sites, heading),
    )
