"""read_metadata: each source of page metadata, their precedence, and no invented dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from lxml import etree, html

from articleparse._dom_nodes import INDEXED, by_tag
from articleparse._dom_times import near_time
from articleparse._metadata import read_metadata


def _root(head: str, body: str = "<p>Some text.</p>", html_attrs: str = "") -> html.HtmlElement:
    return html.document_fromstring(
        f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>"
    )


def test_opengraph_and_article_meta() -> None:
    """OpenGraph and article:* tags give title, dates, site name, url and description."""
    meta = read_metadata(
        _root(
            '<meta property="og:title" content="Harbour reopens after storm | Coast Daily">'
            '<meta property="og:site_name" content="Coast Daily">'
            '<meta property="og:url" content="https://coast.example/harbour">'
            '<meta property="og:description" content="Boats are back.">'
            '<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">'
            '<meta property="article:modified_time" content="2024-03-06T09:00:00+01:00">'
            '<meta property="article:author" content="https://coast.example/staff/ann">'
            '<meta name="author" content="Ann Lee">'
        )
    )
    assert meta.title == "Harbour reopens after storm"
    assert meta.published == datetime(2024, 3, 5, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    assert meta.modified is not None and meta.modified.day == 6
    assert meta.authors == ("Ann Lee",)  # the URL-valued article:author is ignored
    assert meta.site_name == "Coast Daily"
    assert meta.url == "https://coast.example/harbour"
    assert meta.description == "Boats are back."


def test_published_keeps_the_stated_zone() -> None:
    """A published date with a zone keeps it; one without stays naive."""
    zoned = read_metadata(
        _root('<meta property="article:published_time" content="2021-06-01T10:00:00Z">')
    )
    naive = read_metadata(_root('<meta name="date" content="2021-06-01">'))
    assert zoned.published is not None and zoned.published.utcoffset() == timedelta(0)
    assert naive.published == datetime(2021, 6, 1)


def test_dublin_core_and_parsely() -> None:
    """Dublin Core and parse.ly names are read from the same data table."""
    meta = read_metadata(
        _root(
            '<meta name="DC.date.issued" content="2019-11-04">'
            '<meta name="DC.creator" content="Hans Meier">'
            '<meta name="parsely-title" content="Bridge plans approved">'
        )
    )
    assert meta.published == datetime(2019, 11, 4)
    assert meta.authors == ("Hans Meier",)
    assert meta.title == "Bridge plans approved"


def test_a_bare_published_meta_name_dates_the_page() -> None:
    """<meta name="published"> (a written-out date) is a publication date, the least trusted key."""
    meta = read_metadata(_root('<meta name="published" content="July 17, 2025">'))
    assert meta.published == datetime(2025, 7, 17)
    both = read_metadata(
        _root(
            '<meta name="published" content="July 17, 2025"><meta name="date" content="2025-07-20">'
        )
    )
    assert both.published == datetime(2025, 7, 20)


def test_jsonld_wins_over_meta() -> None:
    """The JSON-LD article's date and author come before the meta tags' ones."""
    meta = read_metadata(
        _root(
            '<meta name="date" content="2000-01-01">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rates rise",'
            ' "datePublished": "2023-09-14", "author": {"@type": "Person", "name": "By Bo Chen"}}'
            "</script>"
        )
    )
    assert meta.published == datetime(2023, 9, 14)
    assert meta.authors == ("Bo Chen",)
    assert meta.title == "Rates rise"


def test_microdata() -> None:
    """itemprop headline, datePublished and author/name inside an Article item are read."""
    meta = read_metadata(
        _root(
            "<title>x</title>",
            '<div itemscope itemtype="https://schema.org/Article">'
            '<h1 itemprop="headline">Council votes on budget</h1>'
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Cara Diaz</span></span>'
            '<meta itemprop="datePublished" content="2022-02-02">'
            "<p>Text.</p></div>",
        )
    )
    assert meta.title == "Council votes on budget"
    assert meta.authors == ("Cara Diaz",)
    assert meta.published == datetime(2022, 2, 2)


def test_microdata_date_in_the_post_footer_of_a_widget_column() -> None:
    """A blog template's post date sits in a "post-footer" inside a "widget" column: the one
    BlogPosting item holding it dates the page; the same item in a related-posts box does not."""
    post = (
        '<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">'
        '<h3 itemprop="name">Small models at home</h3><div itemprop="articleBody">Text.</div>'
        '<div class="post-footer"><abbr itemprop="datePublished" title="2025-12-19T15:18:00-05:00">'
        "December 19, 2025</abbr></div></div>"
    )
    meta = read_metadata(
        _root("", f'<div class="widget Blog"><div class="blog-posts">{post}</div></div>')
    )
    assert meta.published == datetime(2025, 12, 19)
    related = read_metadata(
        _root("", f'<h1>Other story</h1><div class="related-posts">{post}</div>')
    )
    assert related.published is None


def test_microdata_in_a_comment_item_is_not_the_article() -> None:
    """A datePublished inside a Comment item does not date the page."""
    meta = read_metadata(
        _root(
            "",
            "<h1>Hello</h1><p>Body.</p>"
            '<div itemscope itemtype="https://schema.org/Comment">'
            '<span itemprop="datePublished">2020-05-05</span></div>',
        )
    )
    assert meta.published is None


def test_time_near_the_heading() -> None:
    """A <time datetime> just below the h1 dates the article."""
    meta = read_metadata(
        _root(
            "",
            '<article><h1>Storm hits coast</h1><p class="meta">'
            '<time datetime="2024-01-09T07:00:00Z">9 January</time></p>'
            "<p>Body text.</p></article>",
        )
    )
    assert meta.published is not None and meta.published.date().isoformat() == "2024-01-09"


def test_time_in_comments_is_not_a_date() -> None:
    """<time> elements far below the heading in a comment list give no publication date."""
    filler = "".join(f"<p>Paragraph {n} of the article.</p>" for n in range(80))
    comments = "".join(
        f'<li><time datetime="2024-02-{day:02d}">Feb {day}</time> Reader {day} says hi</li>'
        for day in (1, 2)
    )
    meta = read_metadata(
        _root("", f'<h1>Storm hits coast</h1>{filler}<ol class="comment-list">{comments}</ol>')
    )
    assert meta.published is None


@pytest.mark.parametrize(
    "head",
    [
        "<title>Storm hits coast | Coast Daily</title>",
        '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2020-01-01"}'
        "</script>",
        '<meta name="citation_publication_date" content="2020">',
        '<meta name="DC.date.created" content="May 7, 2019">',
        '<meta name="dcterms.created" content="2019-05-07">',
    ],
)
def test_no_invented_date(head: str) -> None:
    """No date from a title, a generic WebPage object, a bare year or a record's creation date."""
    assert read_metadata(_root(head, "<h1>Storm</h1><p>© 2024 Coast Daily</p>")).published is None


def test_per_item_meta_dates_that_disagree_are_ignored() -> None:
    """Several datePublished meta tags with different values belong to a list of posts."""
    meta = read_metadata(
        _root(
            "",
            '<div><meta itemprop="datePublished" content="2025-12-02"><p>a</p></div>'
            '<div><meta itemprop="datePublished" content="2025-10-28"><p>b</p></div>',
        )
    )
    assert meta.published is None


def test_language_and_canonical() -> None:
    """<html lang> and <link rel=canonical> give language and url; og:locale is a fallback."""
    meta = read_metadata(
        _root(
            '<link rel="canonical" href="https://news.example/a?id=1">'
            '<meta property="og:url" content="https://other.example/">',
            html_attrs='lang="de-AT"',
        )
    )
    assert meta.language == "de-AT"
    assert meta.url == "https://news.example/a?id=1"
    fallback = read_metadata(_root('<meta property="og:locale" content="en_GB">'))
    assert fallback.language == "en-GB"


def test_content_language_meta() -> None:
    """An http-equiv content-language meta names the language when <html> has no lang."""
    meta = read_metadata(_root('<meta http-equiv="Content-Language" content="fr">'))
    assert meta.language == "fr"


def test_authors_are_cleaned_and_deduplicated() -> None:
    """Several author tags give each name once, without "By", roles or profile URLs."""
    meta = read_metadata(
        _root(
            '<meta property="article:author" content="https://social.example/ann">'
            '<meta property="article:author" content="By Ann Lee, Staff Writer">'
            '<meta property="article:author" content="ann lee">'
            '<meta property="article:author" content="Bo Chen">'
        )
    )
    assert meta.authors == ("Ann Lee", "Bo Chen")


def test_rel_author_link() -> None:
    """A rel=author link names the author when no metadata does."""
    meta = read_metadata(
        _root("", '<h1>Pruning roses</h1><p>By <a rel="author" href="/u/jo">Jo Marsh</a></p>')
    )
    assert meta.authors == ("Jo Marsh",)


def test_empty_and_hostile_pages_do_not_raise() -> None:
    """A page with nothing, or with junk in every source, gives empty metadata."""
    empty = read_metadata(_root(""))
    assert empty.title is None and empty.published is None and empty.authors == ()
    junk = read_metadata(
        _root(
            '<script type="application/ld+json">[[[[{"@type": 5, "author": {"name": []}}]]]]'
            "</script>"
            '<meta name="date" content="not a date"><meta name="author" content="12345">',
            "<time datetime='yesterday'>x</time>",
        )
    )
    assert junk.published is None and junk.authors == ()


def test_date_shown_in_a_date_classed_element() -> None:
    """A short date text in an element classed as a date, under the h1, dates the article."""
    meta = read_metadata(
        _root(
            "",
            '<h1>Storm hits coast</h1><div class="post-date">Posted on March 3, 2022</div>'
            "<p>Body text.</p>",
        )
    )
    assert meta.published == datetime(2022, 3, 3)


def test_update_stamp_is_not_the_publication_date() -> None:
    """An update line, by its class or its words, gives way to a shown publication date;
    a page showing only an update stamp is dated by it, which is also its modified date."""
    both = read_metadata(
        _root(
            "",
            '<h1>Storm hits coast</h1><div class="updated-date">March 9, 2022</div>'
            '<div class="date">Last updated March 9, 2022</div>'
            "<p>Published March 1, 2022</p><p>Body text.</p>",
        )
    )
    only = read_metadata(
        _root("", "<h1>Storm hits coast</h1><p>Last updated March 9, 2022</p><p>Body.</p>")
    )
    assert both.published == datetime(2022, 3, 1)
    assert both.modified == datetime(2022, 3, 9)
    assert only.published == only.modified == datetime(2022, 3, 9)


def test_byline_shown_in_an_author_classed_element() -> None:
    """With no author metadata, the short byline in an author-classed element names the author."""
    meta = read_metadata(
        _root(
            "",
            '<h1>Storm hits coast</h1><div class="entry-author">By Jo Marsh</div>'
            '<p>Body text.</p><div class="author-bio">Jo Marsh writes about weather.</div>',
        )
    )
    assert meta.authors == ("Jo Marsh",)


def test_time_in_an_article_aside_counts() -> None:
    """A <time> in an <aside> of the article is its date; one in the page's sidebar is not."""
    filler = "".join(f"<p>Paragraph {n}.</p>" for n in range(80))
    own = read_metadata(
        _root(
            "",
            '<article><h1>Hi</h1><aside><time datetime="2021-06-06">6 June</time></aside>'
            "<p>Body.</p></article>",
        )
    )
    sidebar = read_metadata(
        _root(
            "",
            f'<h1>Hi</h1>{filler}<aside><time datetime="2021-06-06">x</time></aside>'
            '<aside><time datetime="2021-07-07">y</time></aside>',
        )
    )
    assert own.published == datetime(2021, 6, 6)
    assert sidebar.published is None


def test_dateline_text_under_the_heading() -> None:
    """A plain dateline just under the h1 dates the article; a sentence with a date does not."""
    dated = read_metadata(
        _root("", "<h1>Storm hits coast</h1><p>Published 12 May 2023</p><p>Body text.</p>")
    )
    sentence = read_metadata(
        _root(
            "", "<h1>Storm hits coast</h1><p>The storm of 12 May 2023 was the worst in years.</p>"
        )
    )
    assert dated.published == datetime(2023, 5, 12)
    assert sentence.published is None


def test_shown_date_wins_and_metadata_gives_its_zone() -> None:
    """The date shown under the h1 beats a different stated one; on the same day the stated
    value, with its time and zone, is kept."""
    head = '<meta property="article:published_time" content="2023-05-12T09:15:00+02:00">'
    same = read_metadata(_root(head, "<h1>Storm</h1><p>Published 12 May 2023</p><p>Body.</p>"))
    other = read_metadata(_root(head, "<h1>Storm</h1><p>Published 2 June 2021</p><p>Body.</p>"))
    assert same.published == datetime(2023, 5, 12, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    assert other.published == datetime(2021, 6, 2)


def test_thread_is_dated_by_its_opening_post() -> None:
    """Posts dated oldest first give the opening post's date; a newest-first list gives none."""

    def page(days: list[int]) -> str:
        filler = "".join(f"<p>Line {n}.</p>" for n in range(70))
        posts = "".join(
            f'<div class="post"><time datetime="2024-03-{day:02d}">x</time><p>Text {day}</p></div>'
            for day in days
        )
        return f"<h1>How do I fix my bike?</h1>{filler}{posts}"

    assert read_metadata(_root("", page([4, 5, 9]))).published == datetime(2024, 3, 4)
    assert read_metadata(_root("", page([9, 5, 4]))).published is None


def test_later_text_date_does_not_beat_the_stated_date() -> None:
    """A date shown only as text that is later than the stated one (a header's "today")
    leaves the stated publication date in place."""
    head = '<meta property="article:published_time" content="2023-05-12T09:15:00Z">'
    meta = read_metadata(_root(head, "<h1>Storm</h1><p>Monday, 9 March 2026</p><p>Body.</p>"))
    assert meta.published is not None and meta.published.date().isoformat() == "2023-05-12"


def _tech_article(author: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "TechArticle", "headline": "Configure the proxy",'
        f' "datePublished": "2025-11-19T13:27:46Z"{author}}}</script>'
        '<meta property="article:published_time" content="2025-11-19T13:27:46Z">'
    )


def test_unsigned_documentation_gets_no_date() -> None:
    """A TechArticle naming no author is documentation: its stated dates are build stamps,
    so the page gets no publication date; a signed TechArticle keeps its date."""
    unsigned = read_metadata(_root(_tech_article(""), "<h1>Configure the proxy</h1><p>Set.</p>"))
    signed = read_metadata(
        _root(
            _tech_article(', "author": {"@type": "Person", "name": "Ann Lee"}'),
            "<h1>Configure the proxy</h1><p>Set.</p>",
        )
    )
    assert unsigned.undated and unsigned.published is None
    assert signed.authors == ("Ann Lee",)
    assert signed.published is not None and signed.published.date() == date(2025, 11, 19)


def test_year_first_update_stamp_does_not_date_the_page() -> None:
    """An update stamp written year first ('Last updated 2025-12-18 UTC', a build or
    template stamp) is only the modified date; one written for readers dates the page."""
    iso = read_metadata(
        _root("", "<h1>Model overview</h1><p>Last updated 2025-12-18 UTC.</p><p>Body.</p>")
    )
    hidden = read_metadata(
        _root(
            "",
            '<h1>Free editor</h1><span class="updated">2025-12-08T13:42:59-08:00</span>'
            "<p>Body.</p>",
        )
    )
    words = read_metadata(
        _root("", "<h1>Model overview</h1><p>Last updated Dec 18, 2025</p><p>Body.</p>")
    )
    assert iso.published is None and iso.modified == datetime(2025, 12, 18)
    assert hidden.published is None and hidden.modified is not None
    assert words.published == datetime(2025, 12, 18)


def _template_article(og_type: str) -> str:
    return (
        f'<meta property="og:type" content="{og_type}">'
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "BlogPosting", "headline": "Pest control offers",'
        ' "datePublished": "2022-08-25T19:39:01+05:30",'
        ' "author": {"@type": "Organization", "name": "Pest Co"}}</script>'
    )


def test_unsigned_website_article_with_an_unseen_date_is_undated() -> None:
    """A JSON-LD article on an og:type=website page, signed by no person, whose date the
    page never shows, gets no date; shown anywhere in the text, or og:type article, it does."""
    body = "<h1>Pest control offers</h1><p>Save on your first visit.</p>"
    unseen = read_metadata(_root(_template_article("website"), body))
    seen = read_metadata(
        _root(_template_article("website"), body + "<footer><p>Posted 25 Aug 2022</p></footer>")
    )
    typed = read_metadata(_root(_template_article("article"), body))
    assert unseen.undated and unseen.published is None
    assert seen.published is not None and seen.published.date() == date(2022, 8, 25)
    assert typed.published is not None and typed.published.date() == date(2022, 8, 25)


def _thread_in_noscript(shell: str) -> html.HtmlElement:
    """A page drawn by scripts whose thread (h1, opening post) sits in its noscript fallback."""
    fallback = (
        "<noscript><div id='main'><h1>Best budget tent?</h1>"
        "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
        "<div class='post-meta'><span itemprop='author' itemscope><span itemprop='name'>"
        "trailfan</span></span><time datetime='2024-06-02T10:00:00Z'>June 2, 2024</time></div>"
        "<p>Which tent would you pick under 100 dollars?</p>"
        "<div itemprop='comment' itemscope itemtype='http://schema.org/Comment'>"
        "<span itemprop='author' itemscope><span itemprop='name'>replier</span></span>"
        "<time datetime='2024-06-03T08:00:00Z'>June 3, 2024</time><p>Get a used one.</p>"
        "</div></div></div></noscript>"
    )
    return _root("", f"{shell}{fallback}")


def test_thread_in_noscript_gives_heading_author_and_date() -> None:
    """When the page outside noscript has no h1 (or no date and author), the noscript
    fallback's h1, opening-post author and <time> are read; a comment's author is not."""
    bare = read_metadata(_thread_in_noscript("<div id='app'></div>"))
    site_h1 = read_metadata(_thread_in_noscript("<header><h1>Outdoor Forum</h1></header>"))
    for meta in (bare, site_h1):
        assert meta.authors == ("trailfan",)
        assert meta.published == datetime(2024, 6, 2, 10, tzinfo=timezone.utc)
    assert bare.title == "Best budget tent?"


def test_noscript_is_not_read_when_the_page_states_its_facts() -> None:
    """A page whose own content has an h1, a date and an author ignores the noscript fallback."""
    own = (
        "<h1>Tents compared</h1><div class='entry-author'>By Jo Marsh</div>"
        "<time datetime='2024-05-01'>May 1, 2024</time><p>Body text.</p>"
    )
    meta = read_metadata(_thread_in_noscript(own))
    assert meta.title == "Tents compared"
    assert meta.authors == ("Jo Marsh",)
    assert meta.published == datetime(2024, 5, 1)


def test_review_stamp_is_not_the_publication_date() -> None:
    """A "last reviewed" date, marked by a field wrapper's class or by the words before it,
    does not date the page."""
    field = read_metadata(
        _root(
            "",
            "<h1>Care for your teeth</h1><p>Brush twice a day.</p>"
            "<div class='field-date-last-reviewed'><div class='label'>Date Last Reviewed:</div>"
            "<div class='item'><time datetime='2025-04-14T12:00:00Z'>April 2025</time></div></div>",
        )
    )
    words = read_metadata(
        _root(
            "",
            "<h1>Care for your teeth</h1><div class='post-date'>Reviewed on March 9, 2022</div>"
            "<p>Brush twice a day.</p>",
        )
    )
    assert field.title == words.title == "Care for your teeth"
    assert field.published is None
    assert words.published is None


def test_an_edit_stamp_of_the_same_day_does_not_hide_the_pages_only_date() -> None:
    """When a page's <time>s are a creation date and an edit stamp, the creation date dates
    the page if both name one day; an edit stamp of another day leaves the page undecided."""
    created = etree.fromstring('<time datetime="2020-10-18T21:30:35Z"/>')
    dated = [(40, created, ("2020-10-18T21:30:35Z", date(2020, 10, 18)))]
    assert near_time(dated, [date(2020, 10, 18)], 2, None) == "2020-10-18T21:30:35Z"
    assert near_time(dated, [date(2020, 10, 21)], 2, None) is None
    assert near_time(dated, [], 2, None) is None  # another <time> names no day
    assert near_time([], [date(2020, 10, 18)], 1, None) is None  # a stamp alone dates nothing


def test_by_tag_matches_one_scan_per_tag() -> None:
    """One multi-tag scan gives, for each indexed tag, what root.iter(tag) gives, in order."""
    root = _root(
        '<title>Head</title><meta name="a" content="1"><link rel="canonical" href="https://x/">'
        '<script type="application/ld+json">{}</script>',
        '<noscript><meta name="b" content="2"><time>May 1</time></noscript>'
        "<svg><title>Icon</title></svg><p><time>May 2</time></p><script>var x;</script>"
        '<meta name="c" content="3">',
    )
    found = by_tag(root)
    assert set(found) == set(INDEXED)
    for tag in INDEXED:
        assert found[tag] == list(root.iter(tag))
    assert [el.get("name") for el in found["meta"]] == ["a", "b", "c"]
    assert [el.text for el in found["time"]] == ["May 1", "May 2"]
    assert read_metadata(root).title == "Head"


def test_meta_values_escaped_twice_are_read_as_characters() -> None:
    """ "&amp;eacute;" in a content attribute is "&eacute;" after parsing: read as "é"."""
    root = _root(
        '<meta property="og:description" content="Le caf&amp;eacute; du port &amp;amp; plus">'
    )
    assert read_metadata(root).description == "Le café du port & plus"


def _webpage_stamp(body: str) -> html.HtmlElement:
    """A page whose only stated date is its JSON-LD WebPage object's."""
    stamp = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Garden Notes"},'
        '{"@type": "WebPage", "name": "Pruning roses in winter",'
        ' "datePublished": "2023-01-14T09:30:00+00:00"}]}</script>'
    )
    return _root(stamp, f"<h1>Pruning roses in winter</h1>{body}")


def test_webpage_date_counts_when_the_page_shows_that_day() -> None:
    """A WebPage object's date dates the page when its text names that day and few others;
    unshown, or on a page that names a day per teaser, it is a template's stamp."""
    shown = read_metadata(_webpage_stamp("<p>Posted January 14, 2023</p><p>Cut low.</p>"))
    unshown = read_metadata(_webpage_stamp("<p>Cut the stems low, above a bud.</p>"))
    teasers = "".join(f"<p>March {day}, 2023 - another post</p>" for day in range(1, 8))
    listed = read_metadata(_webpage_stamp(f"<p>January 14, 2023 - a post</p>{teasers}"))
    assert shown.published == datetime(2023, 1, 14, 9, 30, tzinfo=timezone.utc)
    assert unshown.published is None
    assert listed.published is None
