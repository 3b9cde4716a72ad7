"""Hostile input gets an Article (possibly empty): never an exception, a hang or RecursionError."""

from __future__ import annotations

import random

import pytest

import articleparse
from articleparse import InputFormat
from articleparse._decode import decode
from invariants import check_all, check_html_accounting, check_text_accounting

_FORMATS = ("auto", "html", "text")


def _parse_all_ways(source: str | bytes) -> dict[str, articleparse.Article]:
    """Parse ``source`` in every format and check the model-only invariants."""
    out = {}
    for format in _FORMATS:
        article = articleparse.parse(source, format=format)  # type: ignore[arg-type]
        check_all(article)
        out[format] = article
    return out


@pytest.mark.parametrize(
    "source", ["", " ", "\n\n\t \r\n", "\u00a0\u200b\ufeff", b"", b"   \n", b"\xef\xbb\xbf"]
)
def test_empty_and_whitespace_only_input_gives_an_empty_article(source: str | bytes) -> None:
    """Nothing visible in, nothing out: no body, no title, no segments with text."""
    for article in _parse_all_ways(source).values():
        assert article.body == () and article.title is None
        assert all(not segment.text for segment in article.segments)


def test_binary_garbage() -> None:
    """Half a megabyte of random bytes parse in every format; text spans index the decoded input."""
    data = random.Random(7).randbytes(500_000)
    articles = _parse_all_ways(data)
    check_text_accounting(decode(data), articles["text"])


def test_invalid_utf8_falls_back_and_keeps_every_character() -> None:
    """Invalid UTF-8 decodes as Windows-1252 and each character lands in a segment."""
    data = b"Caf\xe9 \xff\xfe \xc3\x28 broken \xed\xa0\x80 surrogate\n\n" * 20_000
    articles = _parse_all_ways(data)
    assert articles["text"].format is InputFormat.TEXT
    check_text_accounting(decode(data), articles["text"])
    assert "Café" in articles["text"].segments[0].text


def test_twenty_megabyte_single_line_as_text() -> None:
    """A 20 MB line without a break is one block, accounted for."""
    source = "word " * 4_000_000
    article = articleparse.parse(source)
    check_all(article)
    check_text_accounting(source, article)
    assert len(article.segments) == 1


def test_twenty_megabyte_single_line_as_html() -> None:
    """A 20 MB paragraph in markup is read whole."""
    source = "<html><body><p>" + "word " * 4_000_000 + "</p></body></html>"
    article = articleparse.parse(source)
    assert article.format is InputFormat.HTML
    check_all(article)
    assert sum(len(segment.text) for segment in article.segments) == len("word " * 4_000_000) - 1


@pytest.mark.parametrize("line", ["\n", " \r\n", "\u2028"])
def test_a_million_blank_lines(line: str) -> None:
    """A million blank lines of any kind give an Article without segments."""
    source = line * 1_000_000
    article = articleparse.parse(source, format="text")
    check_all(article)
    assert article.segments == ()


def test_a_million_blank_lines_around_a_paragraph() -> None:
    """Text buried in blank lines is still found, at its offset."""
    paragraph = "A sentence that is long enough to count as the body of this short article, really."
    source = "\n" * 500_000 + paragraph + "\n" * 500_000
    article = articleparse.parse(source)
    check_text_accounting(source, article)
    assert [segment.span for segment in article.segments] == [(500_000, 500_000 + len(paragraph))]


@pytest.mark.parametrize(
    "opening", ["<div>", "<span>", "<div><span><b>", "<table><tr><td>", "<ul><li>"]
)
def test_hundred_thousand_deep_nesting(opening: str) -> None:
    """100 000 nested elements parse without a RecursionError, keeping the text before them.

    lxml's parser (libxml2) stops building the tree at depth 2048, so text nested
    deeper than that is not seen; the accounting is checked against the same tree.
    """
    source = (
        "<html><body><p>Text before the nesting.</p>" + opening * 100_000 + "deep</body></html>"
    )
    articles = _parse_all_ways(source)
    html = articles["html"]
    assert html is not None and articles["auto"] == html
    assert "Text before the nesting." in [segment.text for segment in html.segments]
    check_html_accounting(source, html)


def test_moderately_deep_nesting_keeps_the_deep_text() -> None:
    """Nesting within the parser's depth limit loses nothing."""
    source = "<p>before</p>" + "<div>" * 1500 + "deep text" + "</div>" * 1500 + "<p>after</p>"
    article = articleparse.parse(source, format="html")
    assert [segment.text for segment in article.segments] == ["before", "deep text", "after"]


def test_unclosed_tags() -> None:
    """Twenty thousand unclosed inline and block tags with text between them parse fine."""
    source = "".join(f"<p><b><i><a href='/{i}'>item {i} " for i in range(20_000))
    article = articleparse.parse(source)
    assert article.format is InputFormat.HTML
    check_all(article)
    check_html_accounting(source, article)


@pytest.mark.parametrize(
    "source",
    [
        "\x00" * 100_000,
        "<p>a\x00b</p>" * 1000,
        b"\x00" * 100_000,
        b"<html>\x00<body>\x00<p>text\x00</p>",
        "\x00\n\n\x00 text",
    ],
)
def test_nul_bytes(source: str | bytes) -> None:
    """NUL characters in str or bytes never reach lxml as such and never raise."""
    articles = _parse_all_ways(source)
    decoded = source if isinstance(source, str) else decode(source)
    check_text_accounting(decoded, articles["text"])
    html_source = source if isinstance(source, str) else decode(source, sniff_html=True)
    check_html_accounting(html_source, articles["html"])


def test_lone_surrogates_in_str() -> None:
    """A str carrying lone surrogates (e.g. from surrogateescape) parses in every format."""
    source = "<p>Hello \ud800 world, and \udcff more text after the surrogate.</p>"
    articles = _parse_all_ways(source)
    check_text_accounting(source, articles["text"])
    assert "more text after the surrogate." in " ".join(s.text for s in articles["html"].segments)


def test_xml_declaration_in_a_str_page() -> None:
    """lxml refuses a str with an encoding declaration; the page must still be read."""
    source = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Kept paragraph.</p></body></html>'
    )
    article = articleparse.parse(source)
    assert article.format is InputFormat.HTML
    assert [segment.text for segment in article.segments] == ["Kept paragraph."]


def test_many_attributes_entities_and_comments() -> None:
    """Pathological markup (huge attributes, entity floods, unterminated comments) parses."""
    pages = [
        '<p class="' + "x " * 500_000 + '">text</p>',
        "<p>" + "&amp;&#x10FFFF;&#0;&bogus;" * 100_000 + "</p>",
        "<p>start<!--" + "never closed " * 100_000,
        "<![CDATA[" * 50_000 + "<p>end</p>",
        "<" * 500_000 + "<p>end</p>",
    ]
    for page in pages:
        article = articleparse.parse(page, format="html")
        check_all(article)
        check_html_accounting(page, article)
