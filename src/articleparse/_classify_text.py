"""Roles for a text page: score each block alone, then revise with neighbours.

Inside the body region a seed is body and any other block gets its gap label
(:func:`~articleparse._revise.gap_label`), except that a line under a list's
lead-in (:func:`~articleparse._rules.body_text.list_items`) is never boilerplate:
it is an item of the announced list, not a stray link line.
"""

from __future__ import annotations

from ._blocks import BODY, Block, Label, boilerplate
from ._revise import gap_label, label_head, label_tail
from ._rules.body_text import body_region, is_seed, page_marks
from ._rules.boilerplate import kind_of
from .model import BoilerplateKind, Role
from .settings import Settings


def label_text(blocks: tuple[Block, ...], settings: Settings) -> tuple[Label, ...]:
    """Give every block of a text page one label."""
    labels: list[Label] = [boilerplate(kind_of(block.text)) for block in blocks]
    marks = page_marks(blocks, settings)
    region = body_region(blocks, settings, marks)
    if region is None:
        label_head(blocks, labels, len(blocks), settings)
        return tuple(labels)
    first, last = region
    for index in range(first, last + 1):
        block = blocks[index]
        label = BODY if is_seed(block, settings) else gap_label(block, settings)
        if index in marks.notices:
            label = boilerplate(BoilerplateKind.LEGAL)  # a cookie dialog's later paragraph
        if index in marks.items and label.role is Role.BOILERPLATE:
            label = BODY  # an item of a list its lead-in announced, not a stray link line
        labels[index] = label
    label_head(blocks, labels, first, settings)
    label_tail(blocks, labels, last + 1)
    return tuple(labels)
