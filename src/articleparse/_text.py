"""Text dump -> blocks.

Splits a plain-text page (typed, copied, or printed by an HTML-to-text
renderer) into paragraph-level blocks, each with its span in the input:

* blank lines (whitespace, NBSP and zero-width characters only) separate groups;
* inside a group every line is its own block (one-line-per-element dumps such
  as Chromium's innerText), except that
* a line that continues a hard-wrapped paragraph (``w3m -dump``, ``lynx -dump``)
  is joined to it: the document is judged wrapped when the ends of the lines
  that are followed by more text pile up in a narrow band at 60-160 columns
  (table rows may run past it), and a break is a wrap when the next line's
  first word would not have fitted on the line before it (with two columns of
  slack); rules of dashes or box-drawing characters never join;
* a line starting with a bullet starts a list-item block; indented lines after
  it that continue a wrapped item are joined to it. Symbol bullets are dropped
  from the block text; dashes and item numbers stay. A line opened by an en or
  em dash that reads as a sentence of a dozen words or more is reported speech
  (a paragraph), not a list item;

Every non-whitespace character of the input ends up in exactly one block.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise

import attrs

from ._blocks import Block, Page
from ._patterns import BULLET, INVISIBLE, SPACES
from .model import BodyKind, InputFormat

# What a link's icon leaves at the end of a line in a dump: NBSP, arrows, chevrons.
LINK_MARKS = ("\u00a0", "»", "›", "→", "↗", "⟶")
# Bullet signs a renderer adds in front of list items; dashes and item numbers stay in the text.
SYMBOL_BULLETS = frozenset("*•·◦▪▫■□●○‣⁃")
# Dashes that open a line of reported speech in many languages ("– Yes, she said.").
DIALOGUE_DASHES = frozenset("–—")
# What a sentence of prose ends with (closing quotes included).
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "»", "«", "”", "“")
# A dash-opened block with at least this many words that ends a sentence is dialogue prose.
_DIALOGUE_MIN_WORDS = 12
# How many lines must end just under one column before a dump is judged hard-wrapped.
_MIN_WRAPPED_LINES = 4
# Wrapped lines end within this many columns of the wrap column; renderers wrap at 60-160.
_WRAP_BAND = 15
# ...and they pile up in the last few columns before it.
_WRAP_EDGE = 5
_MIN_WRAP_WIDTH = 60
# Renderers keep a column or two free (and table rows may set the measured edge one
# further), so a break counts as a wrap when the next word would have come this close.
_WRAP_SLACK = 2
# At most this share of the long lines may run past the wrap column (tables, long URLs).
_MAX_LONGER_SHARE = 0.3
_MAX_WRAP_WIDTH = 160
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


@attrs.frozen(slots=True)
class _Line:
    start: int  # offset of the first character of the line
    text: str  # the line without its line break

    @property
    def content(self) -> str:
        return self.text.strip()


def _lines(text: str) -> Iterator[_Line]:
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        yield _Line(offset, body)
        offset += len(raw)


def _is_blank(line: _Line) -> bool:
    return not INVISIBLE.sub("", line.text).strip()


def normalise(raw: str) -> str:
    """Collapse whitespace, drop invisible and control characters."""
    return SPACES.sub(" ", INVISIBLE.sub("", raw).translate(_CONTROL)).strip()


def _wrap_width(lines: list[_Line]) -> int | None:
    """The column a hard-wrapping renderer broke lines at, or None when lines are not wrapped."""
    # Only a line followed by more text in the same group can have been wrapped; menus and
    # bullet lists (one short line each) would otherwise drown the signal.
    lengths = sorted(
        len(line.text.rstrip())
        for line, after in pairwise(lines)
        if len(line.content) >= 30 and not _is_blank(after) and BULLET.match(after.text) is None
    )
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    # The wrap column is where line ends pile up most (tables and long URLs may run past it):
    # the right edge of the densest narrow band of lengths, found with two pointers.
    best_count, width, low = 0, 0, 0
    for high, length in enumerate(lengths):
        if length < _MIN_WRAP_WIDTH:
            continue
        while lengths[low] < max(length - _WRAP_EDGE, _MIN_WRAP_WIDTH):
            low += 1
        if high - low + 1 >= best_count:
            best_count, width = high - low + 1, length
    near = bisect_right(lengths, width) - bisect_left(lengths, width - _WRAP_BAND)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    longer = len(lengths) - bisect_right(lengths, width)
    if longer > _MAX_LONGER_SHARE * len(lengths):
        return None  # most long lines run past the band: an unwrapped dump
    return width if near >= max(_MIN_WRAPPED_LINES, 0.25 * len(lengths)) else None


def _has_letters(text: str) -> bool:
    return any(char.isalnum() for char in text)


def _continues(previous: _Line, line: _Line, width: int | None) -> bool:
    """True when ``line`` is the wrapped continuation of ``previous``."""
    if width is None or BULLET.match(line.text):
        return False
    if not _has_letters(previous.content) or not _has_letters(line.content):
        return False  # a rule of dashes or box-drawing characters stands alone
    first_word = line.content.split(" ", 1)[0]
    return len(previous.text.rstrip()) + 1 + len(first_word) > width - _WRAP_SLACK


def _is_dialogue(sign: str, raw: str) -> bool:
    """True for a paragraph of reported speech: an en or em dash opening a long line that
    ends a sentence (evidence: the sign, the word count and the closing punctuation)."""
    if sign not in DIALOGUE_DASHES:
        return False
    text = raw.rstrip()
    return len(text.split()) >= _DIALOGUE_MIN_WORDS and text.endswith(_SENTENCE_ENDS)


def _block(group: list[_Line]) -> Block:
    first, last = group[0], group[-1]
    start = first.start + (len(first.text) - len(first.text.lstrip()))
    end = last.start + len(last.text.rstrip())
    raw = " ".join(line.text for line in group)
    bullet = BULLET.match(group[0].text)
    shape = BodyKind.PARAGRAPH
    if bullet is not None and not _is_dialogue(bullet.group().strip(), raw):
        shape = BodyKind.LIST_ITEM
        if bullet.group().strip() in SYMBOL_BULLETS:  # dashes and numbers are part of the text
            raw = raw[bullet.end() :]
    tail = last.text.rstrip(" \t")
    link_mark = tail.endswith(LINK_MARKS)
    return Block(
        text=normalise(raw), span=(start, end), shape=shape, lines=len(group), link_mark=link_mark
    )


def text_blocks(text: str) -> tuple[Block, ...]:
    """Split a text dump into blocks (see the module docstring)."""
    lines = list(_lines(text))
    width = _wrap_width(lines)
    blocks: list[Block] = []
    current: list[_Line] = []
    previous: _Line | None = None
    for line in lines:
        if _is_blank(line):
            if line.content:  # zero-width or control characters only: keep them accounted for
                if current:
                    blocks.append(_block(current))
                blocks.append(_block([line]))
                current = []
            elif current:
                blocks.append(_block(current))
                current = []
            previous = None
            continue
        if current and previous is not None and _continues(previous, line, width):
            current.append(line)
        else:
            if current:
                blocks.append(_block(current))
            current = [line]
        previous = line
    if current:
        blocks.append(_block(current))
    return tuple(blocks)


def read_text(text: str) -> Page:
    """The text front-end: a page of blocks, no metadata."""
    return Page(blocks=text_blocks(text), format=InputFormat.TEXT)
