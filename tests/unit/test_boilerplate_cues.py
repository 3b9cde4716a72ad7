"""Boilerplate cue phrases: a short block that is, or opens with, a lexicon phrase."""

from __future__ import annotations

import pytest

from articleparse._rules.boilerplate import cue_kind, is_control_label
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
