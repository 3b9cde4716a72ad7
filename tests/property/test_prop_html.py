"""Properties of parse() over random HTML tag soup: no exception, determinism, accounting."""

from __future__ import annotations

from hypothesis import example, given

import articleparse
from invariants import check_all, check_html_accounting
from strategies import PROPS, tag_soup
from visible import comparable, visible_text


@PROPS
@given(tag_soup())
@example("")
@example("<!-- only a comment -->")
@example("<p>a\x00b</p>")
@example("<div>" * 3000 + "deep text")
@example('<?xml version="1.0" encoding="utf-8"?><html><body><p>Kept text.</p></body></html>')
@example("<p>one<span hidden>two</span> three<script>four</script></p>five")
@example("<p></html>" + "<div>" * 300 + "deep text")
@example("<p>Hello \ud800 world</p>")
def test_tag_soup_segments_cover_the_visible_text_once(page: str) -> None:
    """Segments, in order, hold each visible character of the page exactly once."""
    article = articleparse.parse(page, format="html")
    check_all(article)
    check_html_accounting(page, article)


@PROPS
@given(tag_soup())
def test_tag_soup_is_deterministic(page: str) -> None:
    """The same soup parses to equal Articles twice, also as UTF-8 bytes."""
    first = articleparse.parse(page, format="html")
    assert first == articleparse.parse(page, format="html")
    encoded = page.encode("utf-8", "replace")
    assert articleparse.parse(encoded, format="html") == articleparse.parse(encoded, format="html")


@PROPS
@given(tag_soup())
def test_body_text_appears_in_visible_text_in_order(page: str) -> None:
    """Every body block's text occurs in the visible text, each after the one before."""
    article = articleparse.parse(page, format="html")
    visible = comparable(visible_text(page))
    position = 0
    for block in article.body:
        found = visible.find(comparable(block.text), position)
        assert found >= 0, block.text
        position = found + len(comparable(block.text))
