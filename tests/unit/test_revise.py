"""The context pass: head, gaps inside the body, captions and credits."""

from __future__ import annotations

import pytest

from articleparse._blocks import (
    BODY,
    CAPTION,
    CREDIT,
    DATELINE,
    SUBHEADING,
    TITLE,
    Block,
    Label,
    boilerplate,
)
from articleparse._revise import caption_or_credit, find_title, gap_label, head_label, label_head
from articleparse._rules.title import (
    is_breadcrumb,
    is_menu_row,
    is_numbered_entry,
    is_title_candidate,
)
from articleparse.model import BodyKind, BoilerplateKind
from articleparse.settings import Settings

SETTINGS = Settings()


def test_caption_with_bracketed_credit_and_lone_credit() -> None:
    """A caption ending in a bracketed source is a caption; "Photo: X" alone is a credit."""
    assert caption_or_credit(Block("Ferries wait at the pier [Jane Doe/Flickr]")) == CAPTION
    assert caption_or_credit(Block("Photo: Reuters")) == CREDIT
    assert caption_or_credit(Block("The ferry leaves at nine.")) is None


def test_gap_label_keeps_subheadings_and_drops_linked_headlines() -> None:
    """A short headline between paragraphs is a subheading; a linked one is a related link."""
    assert gap_label(Block("What changes for readers"), SETTINGS) == SUBHEADING
    linked = Block("Town museum to close for repairs in May", link_mark=True)
    assert gap_label(linked, SETTINGS) == boilerplate(BoilerplateKind.RELATED_LINK)


def test_gap_label_keeps_list_items_and_sentences() -> None:
    """List items and short sentences inside the body stay body."""
    assert gap_label(Block("Two eggs", shape=BodyKind.LIST_ITEM), SETTINGS) == BODY
    assert gap_label(Block("It worked."), SETTINGS) == BODY


def test_head_label_finds_datelines() -> None:
    """A date line before the body is the dateline."""
    assert head_label(Block("December 15, 2017 at 12:00 pm"), SETTINGS, have_title=True) == DATELINE


def test_label_head_finds_the_title_above_the_dateline() -> None:
    """Walking back from the body: dateline, then the headline; above it branding."""
    blocks = (
        Block("Weekly Harbour News"),
        Block("Ferry timetable approved"),
        Block("March 3, 2021"),
        Block(
            "The council voted on Tuesday evening to approve a new ferry timetable for the harbour."
        ),
    )
    labels: list[Label] = [boilerplate()] * len(blocks)
    title = label_head(blocks, labels, 3, SETTINGS)
    assert title == 1
    assert labels[1] == TITLE and labels[2] == DATELINE
    assert labels[0].kind is BoilerplateKind.BRANDING


def test_find_title_prefers_the_headline_the_body_repeats() -> None:
    """Of two headline-like lines before the body, the one sharing words with it wins."""
    blocks = (
        Block("Latest Stories From Around The County"),
        Block("Ferry timetable approved by harbour council"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(blocks, 2, SETTINGS) == 1


def test_find_title_prefers_the_headline_to_the_section_label_above_it() -> None:
    """A two-word section label the body repeats loses to the longer headline under it."""
    blocks = (
        Block("Harbour Ferries"),
        Block("Five Changes to Harbour Ferries This Winter"),
        Block("By Ann Lee"),
        Block("The harbour ferries run with new changes over winter, the council said on Monday."),
    )
    assert find_title(blocks, 3, SETTINGS) == 1


def test_find_title_keeps_a_headline_the_body_shows_again_at_its_start() -> None:
    """A line the body repeats among its first blocks is the headline shown twice, not a
    table-of-contents entry; a reading-time note is never the title."""
    blocks = (
        Block("Ann Lee"),
        Block("Porting a Parser to a New Language"),
        Block("6 min read"),
        Block("How I ported a parser and its whole test suite in two weeks of evenings."),
        Block("Porting a Parser to a New Language"),
        Block("The parser had thousands of tests, and every one of them had to pass again."),
    )
    body_lines = frozenset(block.text for block in blocks[3:])
    assert find_title(blocks, 3, SETTINGS, body_lines) == 1
    assert find_title(blocks[2:], 1, SETTINGS) is None


def test_find_title_keeps_a_headline_the_body_shows_again_far_down() -> None:
    """A headline the body repeats deep inside (a share box, a closing note) stands alone
    among menu lines: it is the title, while contents entries come several in a row."""
    blocks = (
        Block("Weather"),
        Block("Ferry Timetable Approved"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
        Block("Councillors spoke for three hours before the vote was taken late in the evening."),
        Block("The new times start with the first boat of the spring season in early April."),
        Block("Share this story"),
        Block("Ferry Timetable Approved"),
    )
    body_lines = frozenset(block.text for block in blocks[2:])
    assert find_title(blocks, 2, SETTINGS, body_lines) == 1
    contents = (
        Block("Why the Times Changed"),
        Block("What Riders Said"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
        Block("Councillors spoke for three hours before the vote was taken late in the evening."),
        Block("The new times start with the first boat of the spring season in early April."),
        Block("Why the Times Changed"),
        Block("Riders on the early boat will wait ten minutes longer from next month on."),
        Block("What Riders Said"),
    )
    body_lines = frozenset(block.text for block in contents[2:])
    assert find_title(contents, 2, SETTINGS, body_lines) is None


def test_find_title_skips_a_breadcrumb_trail() -> None:
    """A breadcrumb trail ending in the headline is navigation; the headline line is the title."""
    blocks = (
        Block("Ferry timetable approved by harbour council"),
        Block("Home » News » Ferry timetable approved by harbour council"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(blocks, 2, SETTINGS) == 0


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        ("Guidelines | FAQ | Contact", True),
        ("Home · News · Sport · Weather", True),
        ("Ferry timetable approved | Harbour Gazette", False),  # headline and site name
        ("Tides, ferries and the council | what changed | and why it matters now", False),
    ],
)
def test_menu_row_is_told_from_a_headline_with_a_site_name(text: str, menu: bool) -> None:
    """Three or more short entries between bars or dots are a menu row; a headline is not."""
    assert is_menu_row(text) is menu


def test_find_title_skips_a_menu_row() -> None:
    """A row of menu entries above the headline is not taken for the title."""
    blocks = (
        Block("News | Sport | Weather"),
        Block("Ferry timetable approved by harbour council"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(blocks, 2, SETTINGS) == 1


def test_find_title_skips_a_name_under_a_bare_byline_cue() -> None:
    """A name on the line under a bare "Written by:" is the byline's name, not the title."""
    blocks = (
        Block("Winter Timetable Approved"),
        Block("Written by:"),
        Block("Janet Marlowe"),
        Block("Janet Marlowe reports on the harbour council for the weekly paper."),
    )
    assert find_title(blocks, 3, SETTINGS) == 0


def test_find_title_skips_the_name_a_byline_above_states_again() -> None:
    """A name alone under "By <name>" (an author box opening the text) is the author shown
    again; the headline above the byline is the title."""
    blocks = (
        Block("What the vote means for winter crossings"),
        Block("Share this article"),
        Block("Email this article"),
        Block("By Janet Marlowe"),
        Block("Harbour Reporter"),
        Block("Janet Marlowe"),
        Block("Janet Marlowe covers the harbour council and its ferries for the weekly paper."),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(blocks, 6, SETTINGS) == 0


def test_find_title_takes_the_line_a_breadcrumb_trail_ends_with() -> None:
    """A breadcrumb trail ending with a line names it as the page's headline: it wins over a
    short section label nearer the body."""
    blocks = (
        Block("Home » Travel » After Two Years, the Late Bus Is Back"),
        Block("After Two Years, the Late Bus Is Back"),
        Block("Share"),
        Block("Print"),
        Block("Sign up"),
        Block("Valley Travel"),
        Block("Travel in the valley gets easier: late buses return next month, the board said."),
    )
    assert find_title(blocks, 6, SETTINGS) == 1


def test_find_title_skips_a_job_title_beside_the_byline() -> None:
    """A job title under the author's name ("Senior Harbour Editor") is part of the byline
    block, not the headline, however near the body it stands; a headline ending in a role
    word far from any byline stays a candidate."""
    blocks = (
        Block("What the vote means for winter crossings"),
        Block("Share this article"),
        Block("Email this article"),
        Block("By Janet Marlowe"),
        Block("Senior Harbour Editor"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(blocks, 5, SETTINGS) == 0
    plain = (
        Block("Home"),
        Block("Meet the Ferry Editor"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(plain, 2, SETTINGS) == 1


def test_find_title_skips_a_numbered_section_heading() -> None:
    """A numbered line ('2. ...') is a section or list entry; the plain headline above wins."""
    blocks = (
        Block("Harbour Council Report"),
        Block("2. Ferry Timetable Approved by Harbour Council"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    assert find_title(blocks, 2, SETTINGS) == 0


def test_standfirst_under_the_title_is_body() -> None:
    """A full sentence right under the title is the article's lead, not boilerplate."""
    blocks = (
        Block("Ferry timetable approved by harbour council"),
        Block(
            "The council agreed two extra crossings a day after months of complaints by commuters."
        ),
        Block("March 3, 2021"),
        Block("The harbour council approved a new ferry timetable on Tuesday after a long debate."),
    )
    labels: list[Label] = [boilerplate()] * len(blocks)
    assert label_head(blocks, labels, 3, SETTINGS) == 0
    assert labels[1] == BODY and labels[2] == DATELINE


def test_date_and_byline_just_above_the_title_belong_to_the_article() -> None:
    """A kicker-date-headline layout: the dateline and byline above the title date and sign it."""
    import articleparse

    page = "\n\n".join(
        [
            "Home",
            "By Jane Doe",
            "September 4, 2025",
            "Harbour ferries return after the winter storms",
            "The ferries that link the islands to the mainland sailed again on Monday, "
            "after three weeks in which storms kept every boat in the harbour.",
            "Operators said the timetable would be back to normal by the end of the week, "
            "once the crews had checked the piers for damage.",
        ]
    )
    article = articleparse.parse(page, format="text")
    assert article.title == "Harbour ferries return after the winter storms"
    assert article.published is not None and article.published.date().isoformat() == "2025-09-04"
    assert article.authors == ("Jane Doe",)
    assert [b.text for b in article.boilerplate] == ["Home"]


def test_is_breadcrumb_needs_a_trail_not_a_headline_with_an_arrow() -> None:
    """Two steps, or one step after one word, make a trail; an arrow in a headline does not."""
    assert is_breadcrumb("Home > Blog > Ferry timetable approved")
    assert is_breadcrumb("Home » Ferry timetable approved")
    assert not is_breadcrumb("Ferry timetable approved by harbour council")
    assert not is_breadcrumb("Why demand > supply for harbour ferries")


def test_is_numbered_entry_needs_a_number_with_a_stop() -> None:
    """'3. Name' and '4) Name' are numbered entries; '10 Tips for ...' is a headline."""
    assert is_numbered_entry("3. Internet of Things")
    assert is_numbered_entry("4) Harbour ferries")
    assert not is_numbered_entry("10 Tips for Harbour Ferries")
    assert not is_numbered_entry("- Harbour ferries")


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Edited by: Janet Marlowe", False),
        ("Sponsored by Harbour Ferries", False),
        ("Written by", False),
        ("Ferry Timetable Edited by the Council", True),
        ("Where the Ferries Go Next", True),
    ],
)
def test_a_line_crediting_a_contributor_is_no_title_candidate(text: str, candidate: bool) -> None:
    """An editor's or sponsor's credit and a byline cue alone label the head; a headline
    that only contains such words stays a candidate."""
    assert is_title_candidate(Block(text), SETTINGS) is candidate


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("[ferry-at-dawn] Harbour Ferries at Dawn", False),
        ("Winter Ferries [timetable-cover-photo]", False),
        ("[]Subscribe to the Ferry Letter", False),
        ("[2025] Every Ferry Route Ranked", True),
        ("How the Ferries Run [Step By Step]", True),
    ],
)
def test_a_line_with_an_image_alt_text_is_no_title_candidate(text: str, candidate: bool) -> None:
    """w3m prints an image or a form field as its alt text or value in brackets: a line with
    an empty or one-slug bracket is no headline; a bracketed year or tag is headline text."""
    assert is_title_candidate(Block(text), SETTINGS) is candidate
