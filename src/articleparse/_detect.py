"""Is this text HTML or a plain-text dump?

Evidence: markup signatures (doctype, <html>, <head>, <body>, common tags)
near the start, or a high density of tags overall. Text dumps of pages, which
may quote a stray "<b>" or "a < b", stay text.
"""

from __future__ import annotations

from ._patterns import HTML_SIGNATURE

_HEAD_CHARS = 2048
_MIN_TAGS = 3


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than a rendered dump."""
    head = text[:_HEAD_CHARS].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:65536].lower():
        return True
    return len(HTML_SIGNATURE.findall(text, 0, 65536)) >= _MIN_TAGS
