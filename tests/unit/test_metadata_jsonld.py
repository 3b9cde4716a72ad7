"""JSON-LD reading: article types, @graph, lists, references, broken JSON."""

from __future__ import annotations

from lxml import html

from articleparse._jsonld import read_jsonld


def _page(*scripts: str) -> list[html.HtmlElement]:
    """The ``<script>`` elements of a page holding ``scripts`` as JSON-LD."""
    body = "".join(f'<script type="application/ld+json">{script}</script>' for script in scripts)
    root = html.document_fromstring(f"<html><head>{body}</head><body><p>x</p></body></html>")
    return list(root.iter("script"))


def test_news_article_fields() -> None:
    """A plain NewsArticle object gives headline, dates, author, publisher and language."""
    facts = read_jsonld(
        _page(
            '{"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "headline": "Harbour reopens after storm",'
            ' "datePublished": "2024-03-05T08:30:00+01:00",'
            ' "dateModified": "2024-03-06T10:00:00+01:00",'
            ' "author": {"@type": "Person", "name": "Ann Lee"},'
            ' "publisher": {"@type": "Organization", "name": "Coast Daily"}, "inLanguage": "en-GB"}'
        )
    )
    assert facts.from_article
    assert facts.headline == "Harbour reopens after storm"
    assert facts.published == "2024-03-05T08:30:00+01:00"
    assert facts.modified == "2024-03-06T10:00:00+01:00"
    assert facts.authors == ("Ann Lee",)
    assert facts.site_name == "Coast Daily"
    assert facts.language == "en-GB"


def test_graph_with_references() -> None:
    """Inside @graph, an author given as {"@id": ...} is resolved to the Person's name."""
    facts = read_jsonld(
        _page(
            '{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebSite", "@id": "https://example.org/#site", "name": "Example Gardens"},'
            '{"@type": "WebPage", "@id": "https://example.org/a/#page", "url": "https://example.org/a/",'
            ' "datePublished": "2020-01-01"},'
            '{"@type": ["Article", "BlogPosting"], "headline": "Pruning roses",'
            ' "datePublished": "2023-02-01", "author": [{"@id": "https://example.org/#jo"}],'
            ' "mainEntityOfPage": {"@id": "https://example.org/a/#page"}},'
            '{"@type": "Person", "@id": "https://example.org/#jo", "name": "Jo Marsh"}]}'
        )
    )
    assert facts.headline == "Pruning roses"
    assert facts.published == "2023-02-01"  # the article's date wins over the page's
    assert facts.authors == ("Jo Marsh",)
    assert facts.site_name == "Example Gardens"
    assert facts.url == "https://example.org/a/"


def test_top_level_list_and_prefixed_type() -> None:
    """A top-level list and a schema.org URL as @type still find the article."""
    facts = read_jsonld(
        _page(
            '[{"@type": "BreadcrumbList", "itemListElement": []},'
            ' {"@type": "http://schema.org/ReportageNewsArticle", "headline": "Flood report",'
            ' "author": ["Ann Lee", {"name": "Bo Chen"}]}]'
        )
    )
    assert facts.headline == "Flood report"
    assert facts.authors == ("Ann Lee", "Bo Chen")


def test_broken_json_is_tolerated() -> None:
    """HTML comments, a raw tab inside a string and trailing commas do not lose the data."""
    facts = read_jsonld(
        _page(
            '<!-- {"@type": "NewsArticle", "headline": "Tabs\there", "datePublished": "2022-07-01",'
            ' "author": {"name": "Ann Lee",},} -->'
        )
    )
    assert facts.headline == "Tabs\there"
    assert facts.published == "2022-07-01"
    assert facts.authors == ("Ann Lee",)


def test_unreadable_script_is_skipped() -> None:
    """A script that is not JSON at all gives no facts and no error."""
    facts = read_jsonld(_page("{not json at all", '{"@type": "NewsArticle", "headline": "Kept"}'))
    assert facts.headline == "Kept"


def test_nested_review_is_not_the_article() -> None:
    """A review nested inside a product does not lend its date or author to the page."""
    facts = read_jsonld(
        _page(
            '{"@type": "Product", "name": "Kettle", "review": [{"@type": "Review",'
            ' "author": {"name": "A Buyer"}, "datePublished": "2021-05-05"}]}'
        )
    )
    assert not facts.from_article
    assert facts.published is None
    assert facts.authors == ()


def test_organisation_authors_are_left_to_the_byline() -> None:
    """An author typed Organization is not a person's name; people beside it are kept."""
    facts = read_jsonld(
        _page(
            '{"@type": "BlogPosting", "headline": "Tips",'
            ' "author": [{"@type": "Organization", "name": "Acme Widgets"},'
            ' {"@type": "Person", "name": "Ann Lee"}]}'
        )
    )
    assert facts.authors == ("Ann Lee",)


def test_tech_article_is_documentation() -> None:
    """A TechArticle or APIReference article object is flagged as documentation; a
    NewsArticle is not."""
    tech = read_jsonld(_page('{"@type": "TechArticle", "headline": "Install"}'))
    api = read_jsonld(_page('{"@type": ["APIReference"], "headline": "Charges"}'))
    news = read_jsonld(_page('{"@type": "NewsArticle", "headline": "Storm"}'))
    assert tech.documentation and api.documentation
    assert tech.from_article and not news.documentation


def test_html_entities_in_json_strings_are_read_as_characters() -> None:
    """CMS templates write entities into JSON-LD ("Investor&#8217;s"): the fields have the
    characters."""
    facts = read_jsonld(
        _page(
            '{"@type": "NewsArticle", "headline": "The investor&#8217;s guide &amp; more",'
            ' "publisher": {"@type": "Organization", "name": "Coast &amp; Country"}}'
        )
    )
    assert facts.headline == "The investor’s guide & more"
    assert facts.site_name == "Coast & Country"
