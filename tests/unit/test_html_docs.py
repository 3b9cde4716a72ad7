"""Bodies of documentation pages: headings, navigation trees and page tables of contents."""

from __future__ import annotations

import articleparse
from articleparse import BoilerplateKind
from articleparse._html import read_html
from articleparse.settings import Settings

_STEP = "Run the installer, accept the licence, and open a new terminal so the path is updated. "


def _doc(heading: str) -> str:
    return (
        "<html><body><div class='content'><h1>Set up the command line</h1>"
        f"<p>{_STEP * 2}</p>{heading}<p>{_STEP * 3}</p></div></body></html>"
    )


def test_heading_id_is_an_anchor_not_a_box_name() -> None:
    """A heading whose id is an anchor made from its text ("install-the-core-tools") is body;
    the id's words ("tools") do not name a boilerplate box."""
    html = _doc("<h2 id='install-the-core-tools'>Install the core tools</h2>")
    article = articleparse.parse(html, format="html")
    assert "Install the core tools" in [b.text for b in article.body]
    blocks = read_html(html, Settings()).blocks
    heading = next(b for b in blocks if b.text == "Install the core tools")
    assert heading.dom is not None and heading.dom.cue is None


def test_heading_class_still_names_a_box() -> None:
    """A heading's class (not its id) still names boilerplate: a "related-title" heading is not
    body."""
    html = _doc("<h2 class='related-title'>Install the core tools</h2>")
    article = articleparse.parse(html, format="html")
    assert "Install the core tools" not in [b.text for b in article.body]


def test_short_heading_id_still_names_a_box() -> None:
    """A heading id of one or two words ("comments") still names a box: it is not an anchor
    made from the heading's text."""
    blocks = read_html(_doc("<h3 id='comments'>No replies yet</h3>"), Settings()).blocks
    heading = next(b for b in blocks if b.text == "No replies yet")
    assert heading.dom is not None and heading.dom.cue is BoilerplateKind.COMMENTS
