"""Which date dates the page: page kinds that have none, datelines outside the head, lists."""

from __future__ import annotations

from datetime import datetime

import pytest
from lxml import html

import articleparse
from articleparse._blocks import Metadata
from articleparse._metadata import read_metadata
from articleparse._rules.published import newest_first, pick_published
from articleparse.model import Role, Segment

_TEXT = "The council met on Tuesday to discuss the harbour wall and what its repair will cost. "
_PARA = f"<p>{_TEXT * 2}</p>"


def _root(head: str, body: str = "<h1>Harbour wall</h1><p>Some text.</p>") -> html.HtmlElement:
    return html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


_YOAST_DATE = '<meta property="article:published_time" content="2023-02-03T23:19:53+00:00">'


@pytest.mark.parametrize(
    "head",
    [
        # a shop's product page: its JSON-LD describes a Product, the CMS still writes a date
        _ld('{"@type": "Product", "name": "Hair dryer", "offers": {"price": "99"}}') + _YOAST_DATE,
        # an ItemPage (a page about one item) before any article object
        _ld(
            '{"@graph": [{"@type": "ItemPage", "datePublished": "2023-02-03"},'
            ' {"@type": "Article", "datePublished": "2023-02-03"}]}'
        ),
        # a list of items
        _ld('{"@type": "CollectionPage", "name": "Shop"}') + _YOAST_DATE,
        # a list of items stated before any article object (a section of product picks)
        _ld('{"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1}]}')
        + '<meta property="og:type" content="article">'
        + _YOAST_DATE,
        '<meta property="og:type" content="product">' + _YOAST_DATE,
        # the site's front page, not called an article
        '<link rel="canonical" href="https://shop.example.com/">'
        '<meta property="og:type" content="website">' + _YOAST_DATE,
        # a front page typed as a website: its JSON-LD posts are teasers
        '<link rel="canonical" href="https://blog.example.com/">'
        '<meta property="og:type" content="website">'
        + _ld(
            '[{"@type": "BlogPosting", "headline": "A", "datePublished": "2024-07-23"},'
            ' {"@type": "BlogPosting", "headline": "B", "datePublished": "2024-07-20"}]'
        ),
    ],
)
def test_pages_that_are_not_articles_have_no_date(head: str) -> None:
    """A product, item, collection, item list or front page by its own metadata gets no date."""
    meta = read_metadata(_root(head))
    assert meta.published is None and meta.undated


def test_a_reviewed_product_inside_an_article_keeps_its_date() -> None:
    """A Product nested in an article object (the item reviewed) does not undate the article."""
    head = _ld(
        '{"@type": "Review", "datePublished": "2024-05-06",'
        ' "itemReviewed": {"@type": "Product", "name": "Kettle"}}'
    )
    assert read_metadata(_root(head)).published == datetime(2024, 5, 6)


def test_an_item_list_after_the_article_keeps_its_date() -> None:
    """An ItemList that follows the article object (a listicle's picks) does not undate it."""
    head = _ld(
        '[{"@type": "Article", "datePublished": "2024-05-06"},'
        ' {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1}]}]'
    )
    assert read_metadata(_root(head)).published == datetime(2024, 5, 6)


@pytest.mark.parametrize(
    ("canonical", "og_type", "dated"),
    [
        ("https://news.example.com/", "article", True),  # a front page that calls itself an article
        ("https://news.example.com/2024/harbour-wall", "website", True),  # an inner page
        ("https://blog.example.fr%2Fposts%2Fharbour", "website", True),  # a garbled address
        ("https://news.example.com", "website", False),
    ],
)
def test_front_page_by_its_address(canonical: str, og_type: str, dated: bool) -> None:
    """Only a well-formed site root not typed as an article counts as the front page."""
    head = (
        f'<link rel="canonical" href="{canonical}">'
        f'<meta property="og:type" content="{og_type}">{_YOAST_DATE}'
    )
    assert (read_metadata(_root(head)).published is not None) is dated


def test_an_article_object_on_an_untyped_front_page_keeps_its_date() -> None:
    """A root address without og:type whose JSON-LD is one article keeps the article's date."""
    head = '<link rel="canonical" href="https://news.example.com/">' + _ld(
        '{"@type": "NewsArticle", "headline": "Harbour wall", "datePublished": "2024-03-04"}'
    )
    assert read_metadata(_root(head)).published == datetime(2024, 3, 4)


def test_date_modified_alone_is_not_a_publication_date() -> None:
    """An article object that states only dateModified gives no published date."""
    head = _ld('{"@type": "Article", "headline": "Harbour wall", "dateModified": "2025-11-04"}')
    meta = read_metadata(_root(head))
    assert meta.published is None and meta.modified == datetime(2025, 11, 4)


def _teasers(days: tuple[int, ...]) -> str:
    return (
        "<main><h1>News</h1>"
        + "".join(
            f'<div class="teaser"><time datetime="2024-03-{day:02d}">March {day}</time>'
            f'<h2><a href="/n{day}">Story {day}</a></h2><p>Summary of story {day}.</p></div>'
            for day in days
        )
        + "</main>"
    )


def test_times_of_a_teaser_list_newest_first_date_nothing() -> None:
    """<time>s newest first date a list of posts: the one by the heading is not the page's."""
    assert read_metadata(_root("", _teasers((9, 7, 4, 2)))).published is None


def test_a_stated_date_survives_a_list_of_times() -> None:
    """On a page whose <time>s list posts, the date the head states still dates it."""
    head = '<meta property="article:published_time" content="2024-03-10T08:00:00Z">'
    meta = read_metadata(_root(head, _teasers((9, 7, 4, 2))))
    assert meta.published is not None and meta.published.day == 10


def test_newest_first_needs_three_days() -> None:
    """Two days, or days oldest first, are not a list of posts newest first."""
    day = datetime(2024, 3, 9).date
    assert newest_first([day(), day().replace(day=7), day().replace(day=4)])
    assert not newest_first([day(), day().replace(day=7), day().replace(day=7)])
    assert not newest_first([day().replace(day=4), day().replace(day=7), day()])


def _segments(*rows: tuple[Role, str]) -> list[Segment]:
    return [Segment(role=role, text=text) for role, text in rows]


_HEAD = ((Role.TITLE, "Harbour wall gives way"), (Role.BODY, _TEXT))


def test_a_dateline_in_the_head_dates_the_page() -> None:
    """A dateline between the headline and the body dates a page without stated metadata."""
    segments = _segments(_HEAD[0], (Role.DATELINE, "March 4, 2024"), _HEAD[1])
    assert pick_published(Metadata(), segments) == datetime(2024, 3, 4)


def test_a_dateline_far_below_the_head_dates_nothing() -> None:
    """A date line many blocks into the page dates a news box or a review, not the page."""
    body = [(Role.BODY, _TEXT)] * 12
    segments = _segments(*_HEAD, *body, (Role.BOILERPLATE, "Latest news"), (Role.DATELINE, "May 1"))
    segments += _segments((Role.DATELINE, "March 4, 2024"))
    assert pick_published(Metadata(), segments) is None


def test_datelines_come_before_byline_dates() -> None:
    """A dateline in the head is preferred to a date inside a byline."""
    segments = _segments(
        _HEAD[0], (Role.BYLINE, "By Jane Doe | May 1, 2024"), (Role.DATELINE, "May 2, 2024")
    )
    assert pick_published(Metadata(), segments) == datetime(2024, 5, 2)


def test_a_list_of_dated_posts_newest_first_dates_nothing() -> None:
    """Date lines down a list, newest first, from the head on: no date, not even a shown one."""
    rows = [(Role.TITLE, "News")]
    for day in (9, 7, 4, 2):
        rows += [(Role.BODY, f"Story {day}"), (Role.DATELINE, f"March {day}, 2024")]
    shown = Metadata(published=datetime(2024, 3, 9), published_shown=True)
    stated = Metadata(published=datetime(2024, 3, 10))
    assert pick_published(Metadata(), _segments(*rows)) is None
    assert pick_published(shown, _segments(*rows)) is None
    assert pick_published(stated, _segments(*rows)) == datetime(2024, 3, 10)


def test_an_undated_page_takes_no_dateline() -> None:
    """A page whose metadata says it is not an article gets no date from its datelines."""
    segments = _segments(_HEAD[0], (Role.DATELINE, "March 4, 2024"), _HEAD[1])
    assert pick_published(Metadata(undated=True), segments) is None


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


def test_a_thread_is_dated_by_its_opening_post() -> None:
    """Posts dated oldest first are a thread: the first post's date dates the page."""
    posts = "".join(
        f'<div class="post"><p>Posted by user{day}</p><p>March {day}, 2024</p>{_PARA}</div>'
        for day in (2, 4, 7, 9)
    )
    article = articleparse.parse(_page(f"<main><h1>Which boat should I buy?</h1>{posts}</main>"))
    assert article.published == datetime(2024, 3, 2)


def test_a_teaser_list_page_gets_no_date() -> None:
    """A news index (headings, date lines and summaries, newest first) gets no date."""
    teasers = "".join(
        f'<div><h2><a href="/n{day}">Story number {day} about the harbour</a></h2>'
        f"<p>March {day}, 2024</p><p>A short summary of story {day} and what it found.</p></div>"
        for day in (9, 7, 4, 2)
    )
    assert articleparse.parse(_page(f"<main><h1>News</h1>{teasers}</main>")).published is None


def test_a_date_range_under_the_headline_dates_nothing() -> None:
    """A course's or event's range of days is not the page's publication date."""
    head = "<h1>Summer course in sailing</h1><p>6/3/2024 - 8/30/2024</p>"
    assert articleparse.parse(_page(f"<article>{head}{_PARA * 4}</article>")).published is None
