"""The body region of a text page: block scores and the best-scoring run."""

from __future__ import annotations

import pytest

from articleparse._blocks import Block
from articleparse._rules.body_text import (
    block_score,
    body_region,
    dialog_notices,
    is_seed,
    list_items,
    reads_as_phrase,
)
from articleparse._rules.boilerplate import counts_comments, opens_notice, speaks_of_cookies
from articleparse.settings import Settings

SETTINGS = Settings()
PARAGRAPH = (
    "The council voted on Tuesday evening to approve a new ferry timetable that adds two crossings "
    "each weekday and one on Sundays."
)


def test_seed_scores_its_length_and_menu_lines_cost() -> None:
    """A paragraph scores its length; a short menu entry and a cue line score below zero."""
    assert is_seed(Block(PARAGRAPH), SETTINGS)
    assert block_score(Block(PARAGRAPH), SETTINGS) == len(PARAGRAPH)
    assert block_score(Block("Weather"), SETTINGS) < 0
    assert block_score(Block("Share on Facebook"), SETTINGS) <= -SETTINGS.cue_penalty_chars


def test_region_bridges_a_subheading_but_not_a_long_menu() -> None:
    """One short line between paragraphs stays inside; a long menu splits off the smaller side."""
    menu = tuple(Block(f"Section {n}") for n in range(40))
    blocks = (Block(PARAGRAPH), Block("What changes"), Block(PARAGRAPH), *menu, Block(PARAGRAPH))
    assert body_region(blocks, SETTINGS) == (0, 2)


def test_region_is_none_without_text() -> None:
    """A page of menu entries has no body region."""
    assert body_region((Block("Home"), Block("News")), SETTINGS) is None


def test_region_stops_at_a_dated_teaser() -> None:
    """A date line after the dated article starts a teaser, which is cut off."""
    blocks = (
        Block("March 3, 2021"),
        Block(PARAGRAPH),
        Block(PARAGRAPH),
        Block(PARAGRAPH),
        Block("Museum to close"),
        Block("May 4, 2021"),
        Block(
            "The museum will close for repairs in May, the council said in a statement on Friday."
        ),
    )
    assert body_region(blocks, SETTINGS) == (1, 3)


def test_code_lines_cost_little() -> None:
    """A line of code costs far less than a menu entry, so code blocks stay inside the body."""
    assert -SETTINGS.gap_penalty_chars < block_score(Block("if (x) {"), SETTINGS) < 0


def test_lines_under_a_list_lead_in_cost_nothing() -> None:
    """Short lines after a line ending in a colon are list items: the region bridges them."""
    items = tuple(Block(f"Item number {n}") for n in range(12))
    lead_in = Block("The plan has these parts:")
    blocks = (Block(PARAGRAPH), lead_in, *items, Block(PARAGRAPH))
    assert body_region(blocks, SETTINGS) == (0, len(blocks) - 1)
    # Without the lead-in the same lines are a menu that splits the two paragraphs.
    assert body_region((Block(PARAGRAPH), *items, Block(PARAGRAPH)), SETTINGS) == (0, 0)


def test_a_cue_line_ends_a_list() -> None:
    """A boilerplate cue after a lead-in ends the list: the lines after it cost again."""
    items = tuple(Block(f"Item number {n}") for n in range(12))
    blocks = (Block(PARAGRAPH), Block("The plan has these parts:"), Block("Share"), *items)
    assert body_region(blocks, SETTINGS) == (0, 1)


def test_list_items_run_from_the_lead_in_to_the_next_sentence() -> None:
    """The lines after a lead-in are items up to the next sentence; a lead-in alone is not one."""
    blocks = (
        Block("Pack these things before you leave:"),
        Block("A shovel and a bag of sand"),
        Block("Snow chains"),
        Block("The road opens again at noon."),
        Block("Weather"),
    )
    assert list_items(blocks, SETTINGS) == frozenset({1, 2})


NOTICE = (
    "This website uses cookies to improve your experience while you navigate through the "
    "website, and some of them are stored in your browser because they are necessary."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NOTICE, True),
        ("We use cookies to measure how often each page is read.", True),
        ("All rights reserved. No part of this page may be copied.", True),
        ("Cookies are small files, and the council now wants fewer of them.", False),
        (PARAGRAPH, False),
    ],
)
def test_opens_notice(text: str, expected: bool) -> None:
    """A block whose first words are a legal phrase of three or more words is a notice."""
    assert opens_notice(text) is expected


def test_a_notice_is_no_seed_and_costs_like_a_cue() -> None:
    """A long cookie banner neither seeds the body nor joins it."""
    assert not is_seed(Block(NOTICE), SETTINGS)
    assert block_score(Block(NOTICE), SETTINGS) == -SETTINGS.cue_penalty_chars
    assert body_region((Block(PARAGRAPH), Block(NOTICE)), SETTINGS) == (0, 0)


COOKIE_DIALOG = (
    "Necessary cookies are absolutely essential for the website to function properly. "
    "These cookies ensure basic functionalities and security features, anonymously.",
    "Functional cookies help to perform certain functionalities like sharing the content of "
    "the website on social media platforms and collecting feedbacks.",
    "Analytical cookies are used to understand how visitors interact with the website. These "
    "cookies help provide information on the number of visitors and the bounce rate.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (COOKIE_DIALOG[0], True),
        ("Our browser keeps cookies for a year.", True),
        ("Bake the cookies for twelve minutes until golden, then let them cool.", False),
        ("The new website lists every ferry crossing with its fare and its timetable.", False),
    ],
)
def test_speaks_of_cookies(text: str, expected: bool) -> None:
    """A block naming cookies together with the website, browser or consent is a cookie notice."""
    assert speaks_of_cookies(text) is expected


def test_a_cookie_dialog_does_not_beat_a_short_article() -> None:
    """A cookie dialog's later paragraphs, after its legal opener, do not join the body."""
    dialog = tuple(Block(text) for text in COOKIE_DIALOG)
    blocks = (Block(PARAGRAPH), Block(NOTICE), Block("Privacy Overview"), *dialog)
    assert dialog_notices(blocks, SETTINGS) == frozenset({3, 4, 5})
    assert body_region(blocks, SETTINGS) == (0, 0)


def test_an_article_about_browser_cookies_is_no_dialog() -> None:
    """Paragraphs naming cookies and the browser with no notice just above them stay body."""
    story = tuple(Block(text) for text in COOKIE_DIALOG)
    blocks = (Block(NOTICE), *(Block(f"Menu {n}") for n in range(8)), *story)
    assert dialog_notices(blocks, SETTINGS) == frozenset()
    assert body_region(blocks, SETTINGS) == (9, 11)


def test_a_cue_lead_in_starts_no_list() -> None:
    """A boilerplate cue ending in a colon ("You may also like:") announces links, not items."""
    blocks = (Block("You may also like:"), Block("Ferry fares rise"), Block("Harbour news"))
    assert list_items(blocks, SETTINGS) == frozenset()
    assert body_region((Block(PARAGRAPH), *blocks), SETTINGS) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("59 Comments on “Ferry timetable changes”", True),
        ("3 Kommentare", True),
        ("12 Leave a Reply", True),
        ("59 ferries on the river", False),
        ("Comments", False),
        ("20 thoughts on “Ferry timetable changes”", True),
        ("One thought on “Ferry timetable changes”", True),
        ("3 Responses to Ferry timetable changes", True),
        ("Thoughts on the new timetable", False),
        ("Responses to the consultation", False),
    ],
)
def test_counts_comments(text: str, expected: bool) -> None:
    """A count followed by a comments cue heads a comment section."""
    assert counts_comments(text) is expected


def test_region_ends_at_a_comment_count_header() -> None:
    """Many dated comments after the header do not pull the region past it."""
    comments = []
    for day in range(1, 9):
        comments += [Block("Reader"), Block(f"March {day}, 2021"), Block(PARAGRAPH)]
    blocks = (Block(PARAGRAPH), Block(PARAGRAPH), Block("8 Comments on “Ferries”"), *comments)
    assert body_region(blocks, SETTINGS) == (0, 1)


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("Subscribe to our newsletter", (0, 16)),  # a box set into the article: it goes on
        ("Related articles", (0, 16)),
        ("By Jane Roe", (0, 11)),  # a byline starts another text: the smaller part is cut
    ],
)
def test_text_after_a_widget_cue_line_stays_with_the_article(
    line: str, region: tuple[int, int]
) -> None:
    """Prose after a newsletter or related-links line continues the article at a lower share."""
    blocks = (*[Block(PARAGRAPH)] * 12, Block(line), *[Block(PARAGRAPH)] * 4)
    assert body_region(blocks, SETTINGS) == region


def test_a_smaller_piece_before_the_best_one_stays_and_one_after_it_goes() -> None:
    """Teasers and comments follow an article: a byline line cuts a small piece off its end only."""
    before = (*[Block(PARAGRAPH)] * 3, Block("By Jane Roe"), *[Block(PARAGRAPH)] * 10)
    assert body_region(before, SETTINGS) == (0, 13)
    after = (*[Block(PARAGRAPH)] * 10, Block("By Jane Roe"), *[Block(PARAGRAPH)] * 3)
    assert body_region(after, SETTINGS) == (0, 9)


def test_a_phrase_line_costs_less_than_a_menu_entry() -> None:
    """Three words or more in sentence case read as a checklist item; Title Case reads as a menu."""
    assert reads_as_phrase(Block("Light, quiet and cheap"))
    assert not reads_as_phrase(Block("Opening Hours Today"))
    assert not reads_as_phrase(Block("Weather"))
    third = -(SETTINGS.gap_penalty_chars // 3)
    assert block_score(Block("Light, quiet and cheap"), SETTINGS) == third
    assert block_score(Block("Opening Hours Today"), SETTINGS) == -SETTINGS.gap_penalty_chars


def test_a_short_label_after_prose_heads_a_list() -> None:
    """ "Upsides:" / "Downsides:" after a paragraph head lists; the prose after them stays in."""
    items = (
        Block("Upsides:"),
        Block("Folds flat"),
        Block("Spare wheels"),
        Block("Two seats"),
        Block("Downsides:"),
        Block("Heavy frame"),
        Block("Slow brakes"),
        Block("Loud bell"),
        Block("No lamp"),
    )
    blocks = (Block(PARAGRAPH), *items, Block(PARAGRAPH))
    assert list_items(blocks, SETTINGS) == frozenset(range(2, 10))
    assert body_region(blocks, SETTINGS) == (0, len(blocks) - 1)
    # Without prose above, a label ending in a colon heads nothing (a header's "Menu:").
    assert list_items(blocks[1:], SETTINGS) == frozenset()


def test_a_question_headline_with_its_date_opens_no_region() -> None:
    """A question headline with a date line under it goes to the head, date and all; a
    question heading with a paragraph under it stays the body's first line."""
    headline = Block("Will the ferries run all winter?")
    dated = (Block("Home"), headline, Block("March 4, 2024"), Block(PARAGRAPH), Block(PARAGRAPH))
    assert body_region(dated, SETTINGS) == (3, 4)
    section = (Block("Home"), headline, Block(PARAGRAPH), Block(PARAGRAPH))
    assert body_region(section, SETTINGS) == (1, 3)
