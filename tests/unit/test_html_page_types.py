"""Bodies of pages that are not a single article: script fallbacks (noscript), listings, threads."""

from __future__ import annotations

from pathlib import Path

import articleparse
from articleparse import BoilerplateKind, Role
from articleparse._blocks import BODY, boilerplate
from articleparse._html import read_html
from articleparse._rules.body_landmark import repeated_list, widen_short_body
from articleparse.settings import Settings

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


def test_listing_of_cards_in_main_is_the_body() -> None:
    """A listing whose only prose is a one-line intro gets the cards of its <main> as body:
    names, short notes and prices, without the navigation and the footer."""
    article = _parse("listing_cards.html")
    text = article.text
    for expected in (
        "Hand-picked tools",
        "Bypass pruning shears",
        "Thick foam, dry knees",
        "£31.00",
    ):
        assert expected in text
    assert "Kitchen" not in text and "All rights reserved" not in text
    assert article.title == "Garden tools"


def test_short_article_is_not_widened_to_its_landmark() -> None:
    """A short article body stays as chosen when its <article> holds little else."""
    prose = "Plain prose with commas, clauses, and a full stop at the end. " * 3
    html = (
        f"<html><body><article><h1>Short news</h1><p>{prose}</p><p>{prose}</p>"
        "<div class='tags'>Tags: <a href='/t'>Town</a></div></article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.text for b in article.body] == [prose.strip(), prose.strip()]


def test_widening_needs_a_much_larger_landmark() -> None:
    """widen_short_body relabels landmark boilerplate only when the landmark holds over
    ``gain`` times the body's words, and never touches a body of ``short_words`` or more."""
    html = (
        "<html><body><main><p>Intro line of six words here.</p>"
        "<div class='share'>Share this page on every network now please</div></main></body></html>"
    )
    page = read_html(html, Settings())
    labels = [BODY, boilerplate(BoilerplateKind.SHARE)]
    # the share box has a boilerplate class: it is not landmark text, nothing to widen to
    assert widen_short_body(page.blocks, labels, Settings()) == labels
    html = html.replace("class='share'", "")
    page = read_html(html, Settings())
    assert widen_short_body(page.blocks, labels, Settings()) == [BODY, BODY]
    assert widen_short_body(page.blocks, labels, Settings(html_landmark_gain=3.0)) == labels
    assert widen_short_body(page.blocks, labels, Settings(html_short_body_words=5)) == labels


def test_widening_keeps_a_line_that_names_boilerplate() -> None:
    """A block whose wording names boilerplate ("You may also like", "Advertisement", a
    "3 min read" note) stays boilerplate when a short body is widened to its landmark; the
    landmark's other text becomes body."""
    html = (
        "<html><body><main><p>Intro line of six words here.</p><h2>You may also like</h2>"
        "<p>A card about the river walk, the old mill and the bridge in town.</p>"
        "<p>3 min read</p><p>Advertisement</p></main></body></html>"
    )
    page = read_html(html, Settings())
    related = boilerplate(BoilerplateKind.RELATED_LINK)
    advert = boilerplate(BoilerplateKind.ADVERTISING)
    labels = [BODY, related, boilerplate(), boilerplate(), advert]
    widened = widen_short_body(page.blocks, labels, Settings())
    assert widened == [BODY, related, BODY, boilerplate(), advert]


def test_widening_thresholds_are_exact() -> None:
    """The word counts behind widening are exact at both thresholds: a body of exactly
    ``short_words`` words stays, and a landmark of exactly ``gain`` times the body's words
    (6 body words, 15 in <main>) is not enough while one word more than that is."""
    html = (
        "<html><body><main><p>Intro line of six words here.</p>"
        "<div>Share this page on every network right now please</div></main></body></html>"
    )
    page = read_html(html, Settings())
    labels = [BODY, boilerplate(BoilerplateKind.SHARE)]
    widened = [BODY, BODY]
    assert widen_short_body(page.blocks, labels, Settings(html_short_body_words=6)) == labels
    assert widen_short_body(page.blocks, labels, Settings(html_short_body_words=7)) == widened
    assert widen_short_body(page.blocks, labels, Settings(html_landmark_gain=2.5)) == labels
    assert widen_short_body(page.blocks, labels, Settings(html_landmark_gain=2.4)) == widened


def test_link_table_listing_without_landmark_is_the_body() -> None:
    """A listing with no prose and no main landmark (a table of linked items) gets its
    repeated rows as body, without the navigation row above and the links row below."""
    article = _parse("listing_table.html")
    text = article.text
    for expected in ("Volunteers restore the old mill wheel", "How the town clock is wound"):
        assert expected in text
    assert "22 points by gus" in text
    assert "submit" not in text and "Guidelines" not in text
    # no heading shows the stated <title>, and the footer's menu row is not a headline
    assert article.title == "Town News Board"


def test_repeated_list_needs_many_similar_items() -> None:
    """repeated_list picks the element whose words sit in many children of one tag, and
    rejects a wrapper whose one child holds most of the text."""
    items = "".join(
        f"<li><a href='/{i}'>Teaser number {i} with a few words</a></li>" for i in range(7)
    )
    page = read_html(f"<html><body><div><ul>{items}</ul></div></body></html>", Settings())
    uid = repeated_list(page.blocks, Settings())
    assert uid is not None
    assert all(b.dom is not None and b.dom.ancestors[1] == (uid, "ul", 0) for b in page.blocks)
    assert repeated_list(page.blocks, Settings(html_list_min_items=8)) is None
    prose = "<p>" + "A long paragraph of the article itself, with many words in it. " * 20 + "</p>"
    small = "".join(f"<div>Box {i}</div>" for i in range(6))
    page = read_html(f"<html><body><div><div>{prose}</div>{small}</div></body></html>", Settings())
    assert repeated_list(page.blocks, Settings()) is None


def test_short_article_is_not_widened_to_a_teaser_list() -> None:
    """An article of a hundred words or more keeps its body when a list of related teasers
    (not in a landmark) follows it."""
    prose = "Plain prose with commas, clauses, and a full stop at the end. " * 5
    teasers = "".join(
        f"<li><a href='/{i}'>Related story number {i} about the town</a></li>" for i in range(30)
    )
    html = (
        f"<html><body><div class='story'><h1>Short news</h1><p>{prose}</p><p>{prose}</p></div>"
        f"<div><ul>{teasers}</ul></div></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.text for b in article.body] == [prose.strip(), prose.strip()]
    widened = articleparse.parse(html, format="html", settings=Settings(html_list_body_words=250))
    assert "Related story number 3" in widened.text


def test_second_layout_copy_of_the_body_is_dropped() -> None:
    """A run of body paragraphs repeated in a second layout (desktop and mobile copies) is
    body once; the copy is a boilerplate segment."""
    article = _parse("product_two_layouts.html")
    assert [b.text[:20] for b in article.body] == [
        "$34.00",
        "A wheel-thrown mug w",
        "Each one differs a l",
        "Safe for the dishwas",
    ]
    copies = [s for s in article.segments if s.text.startswith("Each one differs")]
    assert [s.role for s in copies] == [Role.BODY, Role.BOILERPLATE]


def test_a_lone_repeated_paragraph_stays_body() -> None:
    """A paragraph repeated once between different neighbours (a quoted line) stays body."""
    line = "We will keep the harbour open through the winter, whatever the cost."
    prose = "Plain prose with commas, clauses, and a full stop at the end. " * 3
    html = (
        f"<html><body><article><h1>Harbour</h1><p>{line}</p><p>{prose}</p>"
        f"<p>{prose} Again.</p><p>{line}</p><p>The end of the story, for now.</p>"
        "</article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.text for b in article.body].count(line) == 2
