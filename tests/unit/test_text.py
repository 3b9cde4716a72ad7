"""The text front-end: splitting a dump into blocks with spans into the input."""

from __future__ import annotations

import pytest

from articleparse._text import normalise, text_blocks
from articleparse.model import BodyKind

_WRAPPED = (
    "The harbour council voted on Tuesday evening to approve a new ferry timetable\n"
    "that adds two crossings each weekday and one extra crossing on Sundays, after\n"
    "months of complaints from commuters about crowded morning boats.\n"
    "\n"
    "Councillors said the change would cost about forty thousand pounds a year and\n"
    "would be paid for from the parking budget, which has grown since the new car\n"
    "park opened next to the terminal building last spring.\n"
)


def test_blank_lines_separate_blocks_and_lines_inside_a_group_stay_apart() -> None:
    """Unwrapped dumps: one block per line, blank lines only separate."""
    blocks = text_blocks("Home\nNews\n\nA first paragraph.\n")
    assert [block.text for block in blocks] == ["Home", "News", "A first paragraph."]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    """Lines wrapped just under one column are joined into their paragraph."""
    blocks = text_blocks(_WRAPPED)
    assert len(blocks) == 2
    assert blocks[0].text.startswith("The harbour council") and blocks[0].text.endswith("boats.")
    assert blocks[0].lines == 3


def test_spans_point_at_the_block_text() -> None:
    """Each span starts at the block's first and ends after its last non-space character."""
    text = "  Title here  \n\nBody text.\n"
    for block in text_blocks(text):
        assert block.span is not None
        start, end = block.span
        assert normalise(text[start:end]) == block.text


def test_crlf_nbsp_tabs_and_zero_width_characters_are_whitespace() -> None:
    """CRLF, NBSP, tabs and zero-width spaces stay out of block text but inside spans."""
    text = "One\u00a0two\tthree\u200b four.\r\n\u200b\r\nNext.\r\n"
    blocks = text_blocks(text)
    assert [block.text for block in blocks if block.text] == ["One two three four.", "Next."]
    zero_width = text.index("\u200b\r")
    assert any(b.span is not None and b.span[0] <= zero_width < b.span[1] for b in blocks)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("  * Apples and pears", "Apples and pears"),
        ("• Plums", "Plums"),
        ("1. Mix the flour", "1. Mix the flour"),
    ],
)
def test_bullets_make_list_items(line: str, text: str) -> None:
    """A bullet line is a list item; symbol bullets are dropped, item numbers kept."""
    (block,) = text_blocks(line + "\n")
    assert block.shape is BodyKind.LIST_ITEM
    assert block.text == text


def test_dialogue_dash_stays_in_the_text() -> None:
    """A paragraph opening with a dash keeps the dash."""
    (block,) = text_blocks("— Yes, she said. We will go tomorrow.\n")
    assert block.text == "— Yes, she said. We will go tomorrow."


def test_long_dash_opened_sentence_is_dialogue_not_a_list_item() -> None:
    """A dash-opened line that reads as a whole sentence of speech is a paragraph."""
    line = "– We will reopen the harbour once the divers have checked the walls, the mayor said."
    (block,) = text_blocks(line + "\n")
    assert block.shape is BodyKind.PARAGRAPH
    assert block.text == line


@pytest.mark.parametrize(
    "line",
    [
        "– Opening hours",  # short: a list entry
        "- A plain hyphen bullet stays a list item even when the line runs on to a full stop.",
        "– A long en dash item that has many words but does not end a sentence at all here",
    ],
)
def test_dash_list_items_stay_list_items(line: str) -> None:
    """Short dash lines, hyphen bullets and unfinished lines stay list items."""
    (block,) = text_blocks(line + "\n")
    assert block.shape is BodyKind.LIST_ITEM


def test_link_mark_is_recorded() -> None:
    """A line ending in an arrow or NBSP carries the link mark."""
    blocks = text_blocks("Museum to close for repairs →\n\nPlain line\n")
    assert [block.link_mark for block in blocks] == [True, False]
