"""Roles for a text page: score each block alone, then revise with neighbours."""

from __future__ import annotations

from ._blocks import BODY, Block, Label, boilerplate
from ._revise import gap_label, label_head, label_tail
from ._rules.body_text import body_region, is_seed
from ._rules.boilerplate import kind_of
from .settings import Settings


def label_text(blocks: tuple[Block, ...], settings: Settings) -> tuple[Label, ...]:
    """Give every block of a text page one label."""
    labels: list[Label] = [boilerplate(kind_of(block.text)) for block in blocks]
    region = body_region(blocks, settings)
    if region is None:
        label_head(blocks, labels, len(blocks), settings)
        return tuple(labels)
    first, last = region
    for index in range(first, last + 1):
        block = blocks[index]
        labels[index] = BODY if is_seed(block, settings) else gap_label(block, settings)
    label_head(blocks, labels, first, settings)
    label_tail(blocks, labels, last + 1)
    return tuple(labels)
