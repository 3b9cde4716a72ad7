"""Invariants every Article must satisfy, shared by the property tests and the corpus gate.

Each ``check_*`` function raises AssertionError with a short reason when the
invariant does not hold. They look only at the public model (plus the decoded
input and an independently computed visible text), never at internals.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import attrs

from articleparse import (
    Article,
    BodyBlock,
    BodyKind,
    Boilerplate,
    BoilerplateKind,
    Caption,
    Credit,
    InputFormat,
    Role,
    Segment,
)
from visible import comparable, image_texts, visible_text

#: Hand-written table of the Article's fields: (field, check).
_OPTIONAL_STR = (str, type(None))
_OPTIONAL_TIME = (datetime, type(None))
_TUPLES_OF = {
    "authors": str,
    "body": BodyBlock,
    "captions": Caption,
    "credits": Credit,
    "boilerplate": Boilerplate,
    "segments": Segment,
}
_SCALARS = {
    "title": _OPTIONAL_STR,
    "published": _OPTIONAL_TIME,
    "modified": _OPTIONAL_TIME,
    "url": _OPTIONAL_STR,
    "site_name": _OPTIONAL_STR,
    "language": _OPTIONAL_STR,
    "description": _OPTIONAL_STR,
    "format": (InputFormat,),
}


def _is(value: Any, kinds: tuple[type, ...]) -> bool:
    # bool is an int and datetime a date: check exact classes where it matters
    return any(type(value) is kind or isinstance(value, kind) for kind in kinds)


def check_types(article: Article) -> None:
    """Every field has its declared type: tuples of the right classes, enums, datetimes, str."""
    assert type(article) is Article
    declared = {field.name for field in attrs.fields(Article)}
    assert declared == set(_SCALARS) | set(_TUPLES_OF), "the type table misses a field"
    for name, kinds in _SCALARS.items():
        value = getattr(article, name)
        assert _is(value, kinds), f"{name} is {type(value).__name__}"
    for name, kind in _TUPLES_OF.items():
        value = getattr(article, name)
        assert type(value) is tuple, f"{name} is {type(value).__name__}"
        assert all(type(item) is kind for item in value), f"{name} holds a non-{kind.__name__}"
    for block in article.body:
        assert type(block.text) is str and isinstance(block.kind, BodyKind)
        assert block.level is None or (type(block.level) is int and 1 <= block.level <= 6)
        assert (block.level is not None) <= (block.kind is BodyKind.HEADING)
    for caption in article.captions:
        assert type(caption.text) is str and type(caption.from_image_alt) is bool
        assert caption.credit is None or type(caption.credit) is Credit
    for credit in article.credits:
        assert type(credit.text) is str
    for dropped in article.boilerplate:
        assert type(dropped.text) is str and isinstance(dropped.kind, BoilerplateKind)
    for segment in article.segments:
        assert isinstance(segment.role, Role) and type(segment.text) is str
        assert segment.kind is None or isinstance(segment.kind, (BodyKind, BoilerplateKind))
        span = segment.span
        assert span is None or (
            type(span) is tuple and len(span) == 2 and all(type(i) is int for i in span)
        )
    for name in ("published", "modified"):
        value = getattr(article, name)
        assert value is None or type(value) is datetime, f"{name} is a {type(value).__name__}"
        if value is not None:  # a usable zone: reading the offset must not raise
            offset = value.utcoffset()
            assert offset is None or abs(offset) <= timedelta(hours=14), f"{name} offset {offset}"


def check_fields_match_segments(article: Article) -> None:
    """Body, captions, credits and boilerplate are exactly what the segments say, in order."""
    by_role: dict[Role, list[Segment]] = {role: [] for role in Role}
    for segment in article.segments:
        by_role[segment.role].append(segment)  # one role per segment by construction
    body = by_role[Role.BODY]
    assert [b.text for b in article.body] == [s.text for s in body]
    assert [b.kind for b in article.body] == [s.kind for s in body]
    dropped = by_role[Role.BOILERPLATE]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(s.text, s.kind) for s in dropped]
    captions = by_role[Role.CAPTION]
    assert len(article.captions) == len(captions)
    for caption, segment in zip(article.captions, captions, strict=True):
        assert caption.text in segment.text, (caption.text, segment.text)
    attached = [c.credit for c in article.captions if c.credit is not None]
    # a credit split out of its caption's own text, not paired with a credit segment after it
    split = [
        c.credit
        for c, s in zip(article.captions, captions, strict=True)
        if c.credit is not None and c.text != s.text
    ]
    standalone = len(by_role[Role.CREDIT])
    assert len(article.credits) == len(split) + standalone
    assert set(attached) <= set(article.credits)
    assert all(credit.text for credit in article.credits)
    if article.title is not None and by_role[Role.TITLE]:
        shown = by_role[Role.TITLE][0].text
        # the title field is the headline within the title line: it drops a trailing permalink
        # glyph ("Quickstart ¶") and, in a text dump, a site name after a separator
        # ("Headline | Site"); the segment keeps the whole line
        assert article.title in shown, (article.title, shown)
    kinds_ok = all(
        (s.role is Role.BODY) == isinstance(s.kind, BodyKind)
        and (s.role is Role.BOILERPLATE) == isinstance(s.kind, BoilerplateKind)
        for s in article.segments
    )
    assert kinds_ok, "a segment's kind does not fit its role"


def check_text_accounting(decoded: str, article: Article) -> None:
    """Every non-whitespace character of ``decoded`` lies in exactly one segment span, in order."""
    assert article.format is InputFormat.TEXT
    previous_end = 0
    covered = 0
    for segment in article.segments:
        assert segment.span is not None, "a text segment without a span"
        start, end = segment.span
        assert previous_end <= start <= end <= len(decoded), (previous_end, segment.span)
        previous_end = end
        covered += sum(1 for ch in decoded[start:end] if not ch.isspace())
    total = sum(1 for ch in decoded if not ch.isspace())
    assert covered == total, f"{total - covered} non-whitespace characters outside every span"


def html_accounting_gap(html: str, article: Article) -> str | None:
    """None when the segments cover the visible text exactly once, in order; else a short diff.

    A segment equal to an image's ``alt``/``title`` may be the front-end's
    documented last-resort caption, which is not visible text, or visible
    text that happens to repeat an alt. Both readings are followed: the set
    of visible-text positions reachable after each segment is kept (it stays
    small: it only grows at alt-like segments), and the page passes when the
    end of the visible text is reachable.
    """
    want = comparable(visible_text(html))
    alts = image_texts(html)
    reachable = {0}
    for segment in article.segments:
        text = comparable(segment.text)
        moved = {at + len(text) for at in reachable if want.startswith(text, at)}
        if text in alts:
            moved |= reachable
        if not moved:
            at = max(reachable)
            return f"at {at}: segment {text[:60]!r} vs visible {want[at : at + 60]!r}"
        reachable = set(sorted(moved)[-64:])  # bounded, so the check stays linear
    if len(want) not in reachable:
        at = max(reachable)
        return f"at {at}: visible text {want[at : at + 60]!r} is in no segment"
    return None


def check_html_accounting(html: str, article: Article) -> None:
    """The segments' texts, in order, cover the page's visible text exactly once."""
    assert article.format is InputFormat.HTML
    assert all(segment.span is None for segment in article.segments)
    gap = html_accounting_gap(html, article)
    assert gap is None, gap


def check_all(article: Article) -> None:
    """The invariants that need nothing but the Article."""
    check_types(article)
    check_fields_match_segments(article)
