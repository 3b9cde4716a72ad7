"""Bylines: "By Jane Doe and John Roe", "Jane Doe | Reuters", "Written by ...".

Evidence: a byline cue word at the start, or a short line of capitalised
names separated by "|" from an organisation. Returns the names alone.
"""

from __future__ import annotations

from .._patterns import BYLINE_CUE, NAME_SEPARATOR

_MAX_BYLINE_CHARS = 120
_MAX_NAME_WORDS = 4


def _is_name(words: list[str]) -> bool:
    return 1 <= len(words) <= _MAX_NAME_WORDS and all(
        word[:1].isupper() or word.lower() in {"van", "von", "de", "der", "da", "di", "le", "la", "bin", "al"}
        for word in words
    )


def _names(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for part in NAME_SEPARATOR.split(text):
        part = part.strip(" .|–—-")
        if not part:
            continue
        words = part.split()
        if not _is_name(words):
            return ()
        names.append(" ".join(words))
    return tuple(names)


def parse_byline(text: str) -> tuple[str, ...]:
    """Return the author names a byline states, or () when the text is not a byline."""
    text = text.strip()
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return ()
    match = BYLINE_CUE.match(text)
    if match is not None:
        head = match.group("names")
        # Drop a trailing organisation or date: "By Jane Doe | Reuters", "By Jane Doe, 3 May 2020".
        head = head.split("|")[0].split(" - ")[0].split(" – ")[0]
        return _names(head)
    if "|" in text:
        head = text.split("|")[0]
        names = _names(head)
        if names and len(text.split("|")) == 2:
            return names
    return ()
