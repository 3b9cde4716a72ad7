"""Telling markup from a rendered text dump."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleparse._detect import looks_like_html


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "  \n<!doctype HTML>\n<HTML lang=en><p>x",
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        "<div><p>One</p><p>Two</p></div>",
        "<html><head><title>T</title></head></html>",
        "Some preamble text\n<div class=a><span>b</span><br/></div>",
    ],
)
def test_markup_is_html(page: str) -> None:
    """Doctype, an html element or several common tags mean HTML."""
    assert looks_like_html(page)


@pytest.mark.parametrize(
    "page",
    [
        "",
        "A headline\n\nA paragraph where a < b and c > d.",
        "Use the <b> tag for bold text, people said.",
        "Menu\nHome\nWorld\n\nBy Jane Doe\n\nThe story begins here.",
        "<3 love this\n<- back",
        "<?xml version='1.0'?><feed>not html at all</feed>",
    ],
)
def test_text_dumps_stay_text(page: str) -> None:
    """Dumps that quote a stray tag or use angle brackets are not markup."""
    assert not looks_like_html(page)


def test_tags_far_beyond_the_window_do_not_count() -> None:
    """Only the first 64 KiB are looked at, so a huge dump is judged quickly."""
    assert not looks_like_html("x" * 70000 + "<div><p><span>")


@given(st.text(max_size=300))
def test_detection_never_raises(text: str) -> None:
    """Any text gets a yes/no answer."""
    assert looks_like_html(text) in (True, False)
