"""The per-element sums body selection scores from: block spans, characters and link text."""

from __future__ import annotations

from articleparse._html import read_html
from articleparse._rules.body_html import _measure
from articleparse.settings import Settings


def test_every_enclosing_element_sums_its_blocks() -> None:
    """An element's span runs from its first to its last block; its characters and link
    characters are the sums over the blocks inside it, and nothing outside."""
    html = (
        "<html><body><nav><a href='/'>Home page</a></nav><article>"
        "<p>First paragraph here.</p><p>Second with <a href='#'>a link</a>.</p></article>"
        "</body></html>"
    )
    blocks = read_html(html, Settings()).blocks
    stats = _measure(blocks, Settings(), noscript=False)
    article = next(uid for uid, tag, _ in blocks[1].dom.ancestors if tag == "article")  # type: ignore[union-attr]
    body = next(uid for uid, tag, _ in blocks[0].dom.ancestors if tag == "body")  # type: ignore[union-attr]
    texts = [block.text for block in blocks]
    assert texts == ["Home page", "First paragraph here.", "Second with a link."]
    assert stats.spans[article] == (1, 2) and stats.spans[body] == (0, 2)
    assert stats.chars[article] == len(texts[1]) + len(texts[2])
    assert stats.chars[body] == sum(map(len, texts))
    assert stats.links[article] == len("a link") and stats.links[body] == len("Home pagea link")
