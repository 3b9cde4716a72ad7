"""Boilerplate cue phrases: a short block that is, or opens with, a lexicon phrase."""

from __future__ import annotations

import pytest

from articleparse._rules.boilerplate import (
    asks_to_subscribe,
    cue_kind,
    discloses_earnings,
    is_control_label,
)
from articleparse.model import BoilerplateKind

CUES = [
    # the whole block is a phrase, whatever the case, spacing and end punctuation
    ("Privacy Policy", BoilerplateKind.LEGAL),
    ("  » Terms   of use: ", BoilerplateKind.LEGAL),
    ("Share!", BoilerplateKind.SHARE),
    # a phrase of a prefix kind opens the block; its first word may carry punctuation
    ("Share this article on the bird site", BoilerplateKind.SHARE),
    ("Share: ferry timetable", BoilerplateKind.SHARE),
    ("Share - -", BoilerplateKind.SHARE),
    # no cue: another first word, a phrase of a kind that never opens a block, too many words
    ("Sharing the harbour with the ferries", None),
    ("Cookies baked by the harbour staff", None),
    ("Share this article with everyone who rides the ferry to the island", None),
    ("", None),
    ("» · «", None),
]


@pytest.mark.parametrize(("text", "kind"), CUES)
def test_cue_kind(text: str, kind: BoilerplateKind | None) -> None:
    """A block names the kind of the phrase it is or opens with, and nothing else does."""
    assert cue_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [("clear", True), ("close", True), ("Home", False), ("two words", False), ("x1", False)],
)
def test_is_control_label(text: str, expected: bool) -> None:
    """A lone lower-case word is a control's label; capitalised menu entries are not."""
    assert is_control_label(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the site tells of its earnings from the links in the text
        ("Some links here may earn us a small fee when you buy the kettle they point to.", True),
        ("Note: my blog uses affiliate links, at no extra cost to readers.", True),
        # the same words in the third person: an article about the trade
        ("Bloggers earn money when a reader buys through their affiliate links.", False),
        # a payment without links or purchases, links without a payment
        ("We paid the harbour office a visit in May.", False),
        ("Click the links below to read our earlier reports on the pier.", False),
        # an earning verb without a hedge is no payment: "earn links" is a trade's own talk
        ("Guest posts on other sites earn links back to your site.", False),
        # too long for a notice: an article's own paragraph
        ("We may earn a fee on links. " + "The pier opened in spring. " * 12, False),
    ],
)
def test_discloses_earnings(text: str, expected: bool) -> None:
    """A short block naming a payment, a purchase or link, and the site itself is an affiliate
    disclosure; the same words about others, or in a long paragraph, are not."""
    assert discloses_earnings(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sign up for our weekly newsletter about the harbour.", True),
        ("Tide tables and ferry news, delivered to your inbox every Friday.", True),
        ("Thanks for subscribing to the harbour newsletter, we will write soon.", True),
        # an article about newsletters: it names them without asking anyone to sign up
        ("I started my newsletter about ferries three winters ago.", False),
        # subscribing to something else than a mailing
        ("The app lets you subscribe to the ferry's position on the map.", False),
        ("Sign up for our newsletter. " + "The pier opened in spring. " * 10, False),
    ],
)
def test_asks_to_subscribe(text: str, expected: bool) -> None:
    """A short block naming a mailing, an asking word and the reader or site asks readers to
    subscribe; a writer speaking of their own newsletter, or a long paragraph, does not."""
    assert asks_to_subscribe(text) is expected
