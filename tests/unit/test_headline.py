"""The displayed headline: stated titles cleaned and reconciled, the heading block chosen."""

from __future__ import annotations

import pytest

from articleparse._blocks import Block, DomEvidence
from articleparse._rules.headline import (
    clean_title,
    headline_of,
    is_site,
    pick_title,
    reconcile_title,
    site_title,
)
from articleparse.model import BodyKind


@pytest.mark.parametrize(
    ("raw", "sites", "expected"),
    [
        (
            "Harbour reopens after storm | Coast Daily",
            ("Coast Daily",),
            "Harbour reopens after storm",
        ),
        (
            "Coast Daily - Harbour reopens after storm",
            ("Coast Daily",),
            "Harbour reopens after storm",
        ),
        ("Harbour reopens after storm – Coast Daily", (), "Harbour reopens after storm"),
        ("Harbour reopens | News | Coast Daily", ("coastdaily",), "Harbour reopens | News"),
        ("GAME CHANGER | Newegg.com", ("newegg",), "GAME CHANGER"),
        ("Review: a quiet film about noise", (), "Review: a quiet film about noise"),
        ("Jazz - a history", (), "Jazz - a history"),
    ],
)
def test_clean_title(raw: str, sites: tuple[str, ...], expected: str) -> None:
    """The site name is stripped from either end; a title without one is left alone."""
    assert clean_title(raw, sites) == expected


def test_clean_title_keeps_the_part_equal_to_the_heading() -> None:
    """With the page's h1 known, the part of the stated title that equals it is the headline."""
    assert clean_title(
        "Blog | Storm hits coast - again | Coast Daily", (), "Storm hits coast - again"
    ) == ("Storm hits coast - again")


def test_is_site_matches_host_labels_and_names() -> None:
    """A part names the site when its letters start like the site's name or host label."""
    assert is_site("Coast Daily", ("coastdaily",))
    assert is_site("CoastDaily.com", ("Coast Daily",))
    assert not is_site("Storm hits coast", ("Coast Daily",))


def test_reconcile_title_takes_the_title_most_sources_state() -> None:
    """og:title and <title> agreeing outvote a different h1."""
    title = reconcile_title(
        (
            "Investing in storms",
            "Best storm stocks of 2025",
            None,
            "Best storm stocks of 2025 | Fool",
        ),
        ("Fool",),
    )
    assert title == "Best storm stocks of 2025"


def test_reconcile_title_prefers_the_first_source_on_a_tie() -> None:
    """When every source says something different, the first (the h1) wins."""
    assert (
        reconcile_title(("Storm hits coast", "Coast storm live", None, None)) == "Storm hits coast"
    )
    assert reconcile_title((None, None)) is None


def _heading(text: str, level: int, in_main: bool = True, in_chrome: bool = False) -> Block:
    dom = DomEvidence(tag=f"h{level}", in_main=in_main, in_chrome=in_chrome)
    return Block(text=text, shape=BodyKind.HEADING, level=level, dom=dom)


def _paragraph(text: str) -> Block:
    return Block(text=text, dom=DomEvidence(tag="p", in_main=True))


def test_pick_title_matches_the_stated_title() -> None:
    """The h1/h2 block that matches the stated title is chosen, not the site's h1 logo."""
    blocks = [
        _heading("Coast Daily", 1, in_main=False),
        _heading("Storm hits coast overnight", 2),
        _paragraph("Storm hits coast overnight, officials said on Monday."),
    ]
    assert pick_title(blocks, "Storm hits coast overnight") == 1


def test_pick_title_prefers_exact_then_h1() -> None:
    """An exact match beats a partial one; between equal matches the h1 wins."""
    blocks = [
        _heading("Storm hits coast", 2),
        _heading("Storm hits coast", 1),
        _heading("Storm hits the coast overnight again", 2),
    ]
    assert pick_title(blocks, "Storm hits coast") == 1


def test_pick_title_without_a_match_gives_none() -> None:
    """A stated title that no heading shows chooses no block."""
    blocks = [_heading("Latest news", 1), _paragraph("Text.")]
    assert pick_title(blocks, "Storm hits coast overnight") is None


def test_pick_title_without_a_stated_title() -> None:
    """Nothing stated: the first h1 in the main content, skipping h1s in page chrome."""
    blocks = [
        _heading("Coast Daily", 1, in_main=False, in_chrome=True),
        _heading("Storm hits coast", 1),
        _heading("Also read", 1),
    ]
    assert pick_title(blocks, None) == 1
    assert pick_title([_paragraph("Only text.")], None) is None


def test_pick_title_needs_an_h2_to_match_exactly() -> None:
    """An h2 that only shares most words with the stated title is a section heading."""
    blocks = [_heading("Investing in storm stocks of 2025", 2), _paragraph("Text.")]
    assert pick_title(blocks, "Best storm stocks of 2025") is None
    assert pick_title([_heading("Best storm stocks of 2025", 2)], "Best storm stocks of 2025") == 0


def test_displayed_title_drops_a_permalink_glyph() -> None:
    """A documentation heading's trailing pilcrow is not part of the title a reader sees."""
    import articleparse

    page = (
        "<html><body><main><h1>Quickstart <a class='headerlink' href='#q'>¶</a></h1>"
        "<p>" + "This page explains how to install the package and parse a page. " * 4 + "</p>"
        "</main></body></html>"
    )
    assert articleparse.parse(page).title == "Quickstart"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kettle prices climb again | Opinion", "Kettle prices climb again"),
        ("Ten quiet trails to walk | Our 10 Picks | Hill Gazette", "Ten quiet trails to walk"),
        ("Opinion | Kettle prices climb again", "Opinion | Kettle prices climb again"),
        ("Kettle prices climb again – a look back", "Kettle prices climb again – a look back"),
        ("Install¶", "Install"),
    ],
)
def test_headline_of_ends_at_a_spaced_bar(text: str, expected: str) -> None:
    """What follows a bar in a headline is a tag, label or site name; one word before the
    bar is a section label, and other separators are left alone."""
    assert headline_of(text) == expected


def _parsed_title(head: str, body: str, sentence: str) -> str | None:
    """The title parse() gives a page of this head, and this body followed by a paragraph."""
    import articleparse

    page = f"<html><head>{head}</head><body>{body}<p>{sentence * 4}</p></body></html>"
    return articleparse.parse(page).title


def test_article_title_ends_at_a_bar_in_the_heading() -> None:
    """The article's title drops a label that the page's h1 appends after a bar."""
    title = _parsed_title(
        "<title>Kettle prices climb again | Opinion</title>",
        "<h1>Kettle prices climb again | Opinion</h1>",
        "The price of a kettle rose for the third month in a row this spring. ",
    )
    assert title == "Kettle prices climb again"


def test_site_title_is_the_stated_title_even_when_it_names_the_site() -> None:
    """On a page whose every stated title names the site, reconcile_title gives None and
    site_title the most trusted stated title, cleaned."""
    stated = (None, "Fern Weekly | Fern Weekly", "Fern Weekly")
    assert reconcile_title(stated, ("fernweekly",)) is None
    assert site_title(stated, ("fernweekly",)) == "Fern Weekly | Fern Weekly"
    assert site_title((None, None)) is None


def test_front_page_is_titled_by_its_site_name() -> None:
    """A page with no heading whose stated title is the site's own name takes that name."""
    title = _parsed_title(
        "<title>Fern Weekly | Fern Weekly</title>"
        '<meta property="og:site_name" content="Fern Weekly">',
        "",
        "Fresh notes on ferns, mosses and shade gardens every week. ",
    )
    assert title == "Fern Weekly"
