"""The HTML front-end: DOM -> blocks with structural evidence, on hostile and ordinary markup."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleparse
from articleparse import BodyKind
from articleparse._html import html_blocks, read_html
from articleparse._html_tree import parse_tree
from articleparse.settings import Settings
from invariants import check_html_accounting

CASES = Path(__file__).resolve().parent.parent / "cases" / "html"


def _blocks(html: str) -> list[articleparse._blocks.Block]:
    return list(read_html(html, Settings()).blocks)


def test_one_block_per_paragraph_level_element_with_its_shape() -> None:
    """Headings keep their level; list items, quotes, preformatted text, cells keep their kind."""
    html = (
        "<body><h2>Sub</h2><p>Para <b>bold</b> text.</p><ul><li>One</li><li>Two</li></ul>"
        "<blockquote>Quoted</blockquote><pre>code  here</pre>"
        "<table><tr><td>Cell</td></tr></table></body>"
    )
    got = [(b.text, b.shape, b.level) for b in _blocks(html)]
    assert got == [
        ("Sub", BodyKind.HEADING, 2),
        ("Para bold text.", BodyKind.PARAGRAPH, None),
        ("One", BodyKind.LIST_ITEM, None),
        ("Two", BodyKind.LIST_ITEM, None),
        ("Quoted", BodyKind.QUOTE, None),
        ("code here", BodyKind.PREFORMATTED, None),
        ("Cell", BodyKind.TABLE_CELL, None),
    ]


def test_evidence_names_containers_cues_and_links() -> None:
    """A block knows its landmark, the boilerplate kind its class names, and its link text."""
    html = (
        '<body><nav><a href="/">Home page</a></nav>'
        '<article><div class="share-bar">Share <a href="#">this</a></div></article></body>'
    )
    nav, share = _blocks(html)
    assert nav.dom is not None and share.dom is not None
    assert nav.dom.in_chrome and nav.dom.chrome is articleparse.BoilerplateKind.NAVIGATION
    assert nav.dom.link_chars == len("Home page")
    assert share.dom.in_main and share.dom.cue is articleparse.BoilerplateKind.SHARE
    assert share.dom.ancestors[0][1] == "div" and share.dom.ancestors[0][2] == -1


def test_hidden_and_unrendered_content_makes_no_block() -> None:
    """Scripts, styles, templates, hidden and display:none elements are not visible text."""
    html = (
        "<body><p>Seen.</p><script>var a = 1;</script><style>p{}</style><template>T</template>"
        '<div hidden>H1</div><div aria-hidden="true">H2</div><p style="display: none">H3</p>'
        '<p style="visibility:hidden">H4</p><p>Also seen.</p></body>'
    )
    assert [b.text for b in _blocks(html)] == ["Seen.", "Also seen."]


def test_inline_styles_hide_only_by_a_declaration_a_browser_applies() -> None:
    """display/visibility declarations hide, with !important and in any case; a declaration
    whose value a browser cannot read ("none !im portant") or another property's value
    ("--state: display:none") hides nothing."""
    html = (
        '<body><p style="color: red; DISPLAY : None !important">H1</p>'
        '<p style="visibility:hidden!important">H2</p><p style="content-visibility: hidden">H3</p>'
        '<p style="display: none !im\nportant">Seen one.</p>'
        '<p style="--state: display:none">Seen two.</p><p style="display: block">Seen three.</p>'
        "</body>"
    )
    assert [b.text for b in _blocks(html)] == ["Seen one.", "Seen two.", "Seen three."]


def test_noscript_text_is_a_marked_block_of_its_own() -> None:
    """Text in a noscript is visible (a block marked in_noscript, cut from the text around it);
    a noscript holding only an image splits nothing."""
    html = (
        '<body><p>One <noscript><img src="x.gif"></noscript>line.</p>'
        "<div>Before <noscript>Turn on <b>scripts</b><p>Fallback post.</p></noscript> after</div>"
        "</body>"
    )
    got = [(b.text, b.dom.in_noscript) for b in _blocks(html) if b.dom is not None]
    assert got == [
        ("One line.", False),
        ("Before", False),
        ("Turn on scripts", True),
        ("Fallback post.", True),
        ("after", False),
    ]


def test_image_alt_in_a_figure_without_caption_is_a_marked_last_resort() -> None:
    """An image's alt text becomes a block only inside a figure with no visible caption."""
    html = (
        '<body><figure><img alt="Alt only"></figure>'
        '<figure><img alt="Not used"><figcaption>Real caption</figcaption></figure>'
        '<p><img alt="Inline image"></p></body>'
    )
    got = [(b.text, b.from_alt) for b in _blocks(html)]
    assert got == [("Alt only", True), ("Real caption", False)]


def test_credit_class_inside_a_caption_is_a_block_of_its_own() -> None:
    """A span whose class names a credit inside a figcaption is cut out as a credit block;
    a ``cite`` or ``small`` there (which may hold the whole caption) stays in the caption."""
    html = (
        '<body><figure><figcaption>Boats at dawn. <span class="credit">Photo: <b>Ann Lee</b>'
        "</span> (file)</figcaption></figure>"
        "<figure><figcaption><small>Crowds wait.</small> <cite>Reuters</cite></figcaption>"
        "</figure><figure><figcaption>Plain <b>bold</b> caption</figcaption></figure></body>"
    )
    got = [(b.text, b.dom.caption_hint, b.dom.credit_hint) for b in _blocks(html) if b.dom]
    assert got == [
        ("Boats at dawn.", True, False),
        ("Photo: Ann Lee", False, True),
        ("(file)", True, False),
        ("Crowds wait. Reuters", True, True),
        ("Plain bold caption", True, False),
    ]


def test_empty_elements_keep_the_cuts_they_make() -> None:
    """Elements with no text still cut blocks: a ``<br>`` ends a line, an empty credit span
    inside a caption ends the caption's words before it, an icon ``<i>`` cuts nothing."""
    html = (
        '<body><p>Line one<br>line <i class="icon"></i>two</p>'
        '<figure><img src="a.jpg" alt="Alt text"><figcaption>Boats at dawn. '
        '<span class="credit"></span>Ann Lee</figcaption></figure></body>'
    )
    got = [(b.text, b.dom.caption_hint) for b in _blocks(html) if b.dom]
    assert got == [
        ("Line one", False),
        ("line two", False),
        ("Boats at dawn.", True),
        ("Ann Lee", True),
    ]


def test_deep_nesting_does_not_recurse() -> None:
    """100 000 nested elements parse without RecursionError; the text before them is kept."""
    depth = 100_000
    html = (
        "<html><body><p>Before the nest.</p>"
        + "<div><span>" * depth
        + "deep text"
        + "</span></div>" * depth
        + "</body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert article.segments[0].text == "Before the nest."


def test_deep_nesting_with_classes_keeps_evidence_bounded() -> None:
    """Deeply nested elements with distinct classes carry a bounded ancestor chain and path."""
    depth = 2_000
    html = (
        "<body>"
        + "".join(f'<div class="c{i}">' for i in range(depth))
        + "<p>x</p>"
        + "</div>" * depth
    )
    (block,) = _blocks(html)
    assert block.dom is not None
    assert 0 < len(block.dom.ancestors) <= 16 and len(block.dom.path) <= 16


def test_messy_markup_keeps_every_paragraph() -> None:
    """Unclosed tags, a stray </html>, comments, CDATA and a NUL byte all parse."""
    html = (CASES / "messy.html").read_text("utf-8").replace("\\x00", "\x00")
    article = articleparse.parse(html, format="html")
    texts = " ".join(segment.text for segment in article.segments)
    for start in ("First paragraph", "Second paragraph", "Third paragraph", "Fourth paragraph"):
        assert start in texts
    assert "markup" not in texts and "\x00" not in texts
    assert "\ufffd" in texts


@pytest.mark.parametrize("name", ["news_figure.html", "captions.html"])
def test_fixture_segments_cover_the_visible_text_once(name: str) -> None:
    """Every visible text node of a fixture page is in exactly one segment, in order."""
    html = (CASES / name).read_text("utf-8")
    check_html_accounting(html, articleparse.parse(html, format="html"))


def test_multi_megabyte_page_parses() -> None:
    """A page of a few megabytes parses and yields every paragraph."""
    paragraph = "<p>" + "Words of a long paragraph, with commas, and more words. " * 20 + "</p>"
    html = "<html><body><div>" + paragraph * 3000 + "</div></body></html>"
    assert len(html) > 3_000_000
    blocks = html_blocks(parse_tree(html))  # type: ignore[arg-type]
    assert len(blocks) == 3000


@pytest.mark.parametrize("end_tag", ["</body>", "</BODY >", "</Html\n>", "</html></body>"])
def test_text_after_a_stray_document_end_tag_is_kept(end_tag: str) -> None:
    """A ``</body>``/``</html>`` in any of the spellings pages use does not end the page."""
    html = f"<html><body><p>Before the end tag.</p>{end_tag}<p>After the end tag.</p></body></html>"
    texts = [block.text for block in _blocks(html)]
    assert texts == ["Before the end tag.", "After the end tag."]


def test_end_tag_with_text_before_its_bracket_is_left_alone() -> None:
    """``</bodyguard>`` or ``</body x>`` is not a document end tag, so nothing is cut."""
    from articleparse._html_tree import _drop_end_tags

    assert _drop_end_tags("<p>a</bodyguard>b</body x>c") == "<p>a</bodyguard>b</body x>c"
    assert _drop_end_tags("<p>a</body>b</html>\n") == "<p>ab</html>\n"


def test_path_keeps_the_last_sixteen_tags_down_to_the_block() -> None:
    """A block's path is the tags of its nearest 16 framed ancestors, ending with its own."""
    html = "<html><body>" + "<div>" * 20 + "<p>Deep text.</p>" + "</div>" * 20 + "</body></html>"
    (block,) = _blocks(html)
    assert block.dom is not None
    assert block.dom.path == ("div",) * 15 + ("p",)
    (shallow,) = _blocks("<html><body><div><p>Text.</p></div></body></html>")
    assert shallow.dom is not None and shallow.dom.path == ("html", "body", "div", "p")


def test_each_evidence_field_holds_its_own_fact() -> None:
    """Every DomEvidence field of a block carries the fact its name says (they are built
    positionally, so a swapped pair would show here)."""
    html = (
        '<body><main><div class="entry-content" itemprop="articleBody">'
        '<p>Body <a href="/">link</a> text.</p>'
        '<figure><img src="a.jpg"><figcaption>A pier <span class="credit">Photo: Ann Lee</span>'
        "</figcaption></figure></div></main>"
        '<nav><div class="share-bar"><noscript><p>Enable scripts</p></noscript></div></nav></body>'
    )
    body, caption, credit, notice = _blocks(html)
    dom = body.dom
    assert dom is not None and caption.dom is not None and notice.dom is not None
    assert (body.text, body.span, body.lines, body.from_alt, body.link_mark) == (
        "Body link text.",
        None,
        1,
        False,
        False,
    )
    assert (dom.tag, dom.path[-3:]) == ("p", ("main", "div", "p"))
    assert {"entry", "content"} <= dom.class_words and dom.link_chars == len("link")
    assert dom.in_main and not (dom.in_chrome or dom.in_figure or dom.in_noscript)
    assert not (dom.caption_hint or dom.credit_hint)
    assert dom.container == dom.ancestors[0][0] and dom.ancestors[0][1] == "p"
    assert dom.ancestors[1][1:] == ("div", 2) and dom.content_uid == dom.ancestors[1][0]
    assert (dom.cue, dom.cue_uid, dom.chrome, dom.chrome_uid, dom.figure_uid) == (
        None,
        0,
        None,
        0,
        0,
    )
    figure = caption.dom
    assert figure.tag == "figcaption" and figure.in_figure and figure.caption_hint
    assert 0 < figure.figure_uid < figure.container and not figure.credit_hint
    assert credit.text == "Photo: Ann Lee" and credit.dom is not None and credit.dom.credit_hint
    chrome = notice.dom
    assert chrome.in_chrome and chrome.chrome is articleparse.BoilerplateKind.NAVIGATION
    assert chrome.in_noscript and 0 < chrome.chrome_uid < chrome.cue_uid
    assert chrome.cue is articleparse.BoilerplateKind.SHARE and not chrome.in_main


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><h1>Storm</h1><p>Café one.</p></body></html>",
        # a stray end tag mid-page is cut (the text after it stays), a NUL shows as U+FFFD
        "<html><body><p>Before the tag.</p></body></html><p>After \x00 the tag.</p>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Déclaré.</p></body></html>',
    ],
)
def test_utf8_bytes_parse_as_their_text(page: str) -> None:
    """A page given as UTF-8 bytes (fed to the parser as they are) parses as its text does."""
    as_bytes = articleparse.parse(page.encode("utf-8"), format="html")
    assert as_bytes == articleparse.parse(page, format="html")
    assert as_bytes.segments


def test_a_figure_text_that_is_a_link_is_no_caption() -> None:
    """A teaser's linked headline and a share button under a picture are boilerplate; the
    article's own caption stays a caption."""
    prose = "<p>" + "The council met on Monday and voted to rebuild the old pier. " * 3 + "</p>"
    html = (
        "<html><body><article><h1>Council votes to rebuild the pier</h1>"
        "<figure><img src='a.jpg'><figcaption>The pier after the storm</figcaption></figure>"
        f"{prose}<figure><img src='b.jpg'><figcaption><a href='/b'>Share on Pinterest</a>"
        f"</figcaption></figure>{prose}"
        "<figure><img src='c.jpg'><figcaption><a href='/park'>New playground opens in the "
        "park</a></figcaption></figure></article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert [c.text for c in article.captions] == ["The pier after the storm"]
    kinds = {s.text: s.kind for s in article.segments if s.role is articleparse.Role.BOILERPLATE}
    assert kinds["Share on Pinterest"] is articleparse.BoilerplateKind.SHARE
    assert kinds["New playground opens in the park"] is articleparse.BoilerplateKind.RELATED_LINK
