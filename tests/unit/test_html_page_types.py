"""Bodies of pages that are not a single article: script fallbacks (noscript), listings, threads."""

from __future__ import annotations

from pathlib import Path

import articleparse
from articleparse import BoilerplateKind, Role

CASES = Path(__file__).resolve().parent.parent / "cases" / "html"


def _parse(name: str) -> articleparse.Article:
    return articleparse.parse((CASES / name).read_text("utf-8"), format="html")


def test_thread_only_in_noscript_is_the_body() -> None:
    """A script-rendered page whose whole thread sits in noscript gets its body from there,
    posts in order, without the fallback's header and footer links."""
    article = _parse("forum_noscript.html")
    assert [b.text[:30] for b in article.body] == [
        "My kettle has a thick white cr",
        "Is it safe to boil a mix of vi",
        "Half vinegar, half water works",
        "Citric acid does the same job ",
    ]
    assert "Privacy" not in article.text and "Loading" not in article.text


def test_noscript_notice_inside_an_article_is_boilerplate() -> None:
    """A noscript notice in a page that has its own body is a boilerplate segment, not body."""
    article = _parse("article_noscript_notice.html")
    assert [b.text[:24] for b in article.body] == [
        "The town library reopene",
        "Volunteers, many of them",
        "The librarian said the n",
    ]
    notice = [s for s in article.segments if s.text.startswith("Please enable JavaScript")]
    assert len(notice) == 1 and notice[0].role is Role.BOILERPLATE


def test_lone_noscript_notice_is_not_a_body() -> None:
    """A page whose only text is a short 'enable JavaScript' notice has an empty body."""
    html = (
        "<html><body><div id='root'></div>"
        "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert article.body == ()
    assert [s.role for s in article.segments] == [Role.BOILERPLATE]
    assert article.segments[0].kind is BoilerplateKind.OTHER
