"""Notes about a writer: a closing paragraph that names a writer of the page is not body."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import BodyKind, Role
from articleparse._blocks import Block
from articleparse._rules.writer_notes import name_parts, opens_about_writer

_PROSE = "<p>" + "The ferry timetable changes in spring, the harbour master said, again. " * 3
_PROSE += "</p>"


def _paragraph(text: str) -> Block:
    return Block(text=text, shape=BodyKind.PARAGRAPH)


def test_name_parts_come_from_personal_names_only() -> None:
    """Each word of a name of two or more capitalised words stands for the writer; a one-word
    name, a name with a lower-case word and two-letter parts give none."""
    assert name_parts(["Mara Quill", "Staff", "the Harbour desk", "Jo Li"]) == {"Mara", "Quill"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara is a reporter who has covered the harbour and its ferries since 2015.", True),
        ("Hi there! I’m Mara, and I have written about ferries for this site for years.", True),
        ("As a writer, Quill explores how small ports live with the tides and the trade.", True),
        ("Mara Quill is a reporter who has covered the harbour and its ferries for years.", True),
        ("(Mara Quill is a lawyer at the port authority and writes on shipping law here.)", True),
        # the full name inside the text: the article cites its writer
        ("As Mara Quill wrote last week, the harbour wall was old, cracked and weak.", False),
        # the name late in the paragraph: the article's own text
        ("The council voted on Monday to rebuild the wall, a vote Mara had called for.", False),
        # too short to be a note: a label over the writer's picks
        ("Picks by Mara:", False),
    ],
)
def test_opens_about_writer(text: str, expected: bool) -> None:
    """A paragraph of ten words or more that opens with the writer's full name or names them
    by one part of it in its first words is a note; the full name further in is not."""
    parts = frozenset({"Mara", "Quill"})
    assert opens_about_writer(_paragraph(text), parts, ["Mara Quill"]) is expected


def _page(closing: str, site: str = "Harbour Weekly") -> str:
    return (
        f"<html><head><meta property='og:site_name' content='{site}'></head><body>"
        "<article><h1>New ferry timetable</h1><p>By Mara Quill</p>"
        f"{_PROSE}{_PROSE}{_PROSE}{_PROSE}<p>{closing}</p></article></body></html>"
    )


def test_a_closing_note_about_the_bylined_writer_is_boilerplate() -> None:
    """The last paragraph naming the writer a byline names ("Mara is ...") is a writer note;
    the paragraphs above it stay body."""
    note = "Mara is a reporter at the weekly who writes about ports, ferries and tides."
    article = articleparse.parse(_page(note), format="html")
    roles = {s.text: s.role for s in article.segments}
    assert article.authors == ("Mara Quill",)
    assert roles[note] is Role.BOILERPLATE
    assert sum(s.role is Role.BODY for s in article.segments) == 4


_CLOSING = "Quill Ferries says the new timetable will hold until the autumn storms."


@pytest.mark.parametrize(
    "html",
    [
        _page(_CLOSING, site="Quill Ferries"),  # the publisher's name
        _page(_CLOSING).replace("<p>The ferry", "<p>Quill Ferries runs the boats. The ferry", 1),
    ],
)
def test_a_closing_paragraph_naming_the_publisher_or_the_subject_stays_body(html: str) -> None:
    """A name part the site's name holds, or that the article's text used before, names the
    publisher or the subject: the closing paragraph that names it stays body."""
    article = articleparse.parse(html, format="html")
    assert {s.text: s.role for s in article.segments}[_CLOSING] is Role.BODY


def test_closing_paragraphs_under_an_about_the_author_header_are_a_note() -> None:
    """Among the last paragraphs, those after an "About the author" header are the author
    box's note even when no writer is named; the paragraphs before the header stay body."""
    bio = "Writes about ports, tides and ferries from a small desk by the harbour."
    html = (
        "<html><body><article><h1>New ferry timetable</h1>"
        f"{_PROSE}{_PROSE}{_PROSE}<h3>About the author</h3><p>{bio}</p></article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    roles = {s.text: s.role for s in article.segments}
    assert roles[bio] is Role.BOILERPLATE
    assert sum(s.role is Role.BODY for s in article.segments) == 3
