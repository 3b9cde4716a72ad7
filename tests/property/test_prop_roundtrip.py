"""Build the answer first: render a generated article as HTML and as text, parse both back."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import pytest
from hypothesis import given

import articleparse
from articleparse import Article, Credit, InputFormat
from invariants import check_all, check_html_accounting, check_text_accounting
from strategies import PROPS, ArticleSpec, article_specs, render_html, render_text

_WAYS = [
    pytest.param(render_html, InputFormat.HTML, check_html_accounting, id="html"),
    pytest.param(render_text, InputFormat.TEXT, check_text_accounting, id="text"),
]


def _assert_body_in_order(spec: ArticleSpec, article: Article) -> None:
    texts = [block.text for block in article.body]
    position = 0
    for paragraph in spec.paragraphs:
        assert paragraph in texts[position:], (paragraph, texts)
        position = texts.index(paragraph, position) + 1


@pytest.mark.parametrize(("render", "format", "accounting"), _WAYS)
@PROPS
@given(spec=article_specs())
def test_round_trip_keeps_title_and_body_order(
    render: Callable[[ArticleSpec], str],
    format: InputFormat,
    accounting: Callable[[str, Article], None],
    spec: ArticleSpec,
) -> None:
    """The headline, the time and every paragraph (in order) come back."""
    page = render(spec)
    article = articleparse.parse(page)
    assert article.format is format
    check_all(article)
    accounting(page, article)
    assert article.title == spec.title
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == spec.published
    _assert_body_in_order(spec, article)


@PROPS
@given(spec=article_specs())
def test_text_round_trip_keeps_the_caption_and_its_credit(spec: ArticleSpec) -> None:
    """In a dump, the caption line with its bracketed credit comes back split in two."""
    article = articleparse.parse(render_text(spec))
    assert [(c.text, c.credit) for c in article.captions] == [(spec.caption, Credit(spec.credit))]
    assert article.credits == (Credit(spec.credit),)


@PROPS
@given(spec=article_specs())
def test_html_round_trip_keeps_the_caption_and_its_credit(spec: ArticleSpec) -> None:
    """A figcaption whose credit is marked up with a credit class comes back split in two."""
    article = articleparse.parse(render_html(spec))
    assert [(c.text, c.credit) for c in article.captions] == [(spec.caption, Credit(spec.credit))]
    assert article.credits == (Credit(spec.credit),)


@PROPS
@given(spec=article_specs())
def test_front_ends_agree_on_pages_of_paragraphs(spec: ArticleSpec) -> None:
    """A page made only of paragraphs gives the same body as HTML and as a text dump."""
    html = (
        "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in spec.paragraphs) + "</body></html>"
    )
    text = "\n\n".join(spec.paragraphs) + "\n"
    from_html = articleparse.parse(html)
    from_text = articleparse.parse(text)
    assert (from_html.format, from_text.format) == (InputFormat.HTML, InputFormat.TEXT)
    assert (
        [b.text for b in from_html.body]
        == [b.text for b in from_text.body]
        == list(spec.paragraphs)
    )
