"""HTML text normalisation: the fast path (text that prints) drops what the slow one drops."""

from __future__ import annotations

from articleparse._html import normalise


def test_non_ascii_text_collapses_whitespace() -> None:
    """Non-ASCII text with ordinary whitespace is only collapsed."""
    assert normalise("  naïve\n\t café  ") == "naïve café"


def test_invisible_characters_are_dropped_in_non_ascii_text() -> None:
    """Zero-width spaces and soft hyphens in non-ASCII text are deleted, not made spaces."""
    assert normalise("café\u200bau lait, Ver\u00adgnügen") == "caféau lait, Vergnügen"


def test_whitespace_controls_join_words_in_non_ascii_text() -> None:
    """A vertical tab or separator control is deleted, joining its words (split() would cut)."""
    assert normalise("é\x0bb \x1ffin") == "éb fin"
    assert normalise("e\x0bb") == "eb"


def test_ascii_text_takes_the_fast_path_and_still_drops_controls() -> None:
    """ASCII text is only collapsed; a control character in it is still deleted."""
    assert normalise("  plain\n\t text  ") == "plain text"
    assert normalise("a\x01b c\x0cd") == "ab cd"
