"""Build the answer first: render a generated article as HTML and as text, parse both back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given

import articleparse
from articleparse import Article, InputFormat
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
    """The headline comes back as the title and every paragraph as a body block, in order."""
    page = render(spec)
    article = articleparse.parse(page)
    assert article.format is format
    check_all(article)
    accounting(page, article)
    assert article.title == spec.title
    _assert_body_in_order(spec, article)
