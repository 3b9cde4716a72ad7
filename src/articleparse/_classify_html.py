"""Roles for an HTML page (first version: the text rules plus link density and containers)."""

from __future__ import annotations

from ._blocks import BODY, TITLE, Label, Page, boilerplate
from ._features import link_density
from ._revise import gap_label, label_head, label_tail
from ._rules.boilerplate import kind_of
from ._rules.body_text import body_region, is_seed
from .settings import Settings

_MAX_LINK_DENSITY = 0.5


def label_html(page: Page, settings: Settings) -> tuple[Label, ...]:
    """Give every block of an HTML page one label."""
    blocks = page.blocks
    labels: list[Label] = [boilerplate(kind_of(block.text, block.dom)) for block in blocks]
    region = body_region(blocks, settings)
    if region is None:
        return tuple(labels)
    first, last = region
    for index in range(first, last + 1):
        block = blocks[index]
        dense = link_density(block) > _MAX_LINK_DENSITY
        if is_seed(block, settings) and not dense:
            labels[index] = BODY
        elif dense:
            labels[index] = boilerplate(kind_of(block.text, block.dom))
        else:
            labels[index] = gap_label(block, settings)
    title = label_head(blocks, labels, first, settings)
    if title is None:
        for index, block in enumerate(blocks[:first]):
            if block.level == 1:
                labels[index] = TITLE
                break
    label_tail(blocks, labels, last + 1)
    return tuple(labels)
