"""A short body widened to the page's main landmark (listings, shop and service pages).

Container scoring looks for prose. A page whose main content is a list of
teasers, products or job offers (headings, prices, links) has little prose, and
the best-scoring box is then an intro paragraph or a stray sentence. The page
still says where its content is: ``<main>``, ``role="main"`` or ``<article>``
elements.

Evidence: the chosen body has fewer than ``Settings.html_short_body_words``
words, and the blocks inside those landmarks (outside any ``nav``/``aside``/
``footer``/``form``, landmark role or boilerplate class/id) hold more than
``Settings.html_landmark_gain`` times as many words. Then every such block
that was judged boilerplate becomes body; headline, dates, bylines, captions
and credits keep their roles.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._blocks import BODY, Block, Label
from ..model import Role


def _in_landmark(block: Block) -> bool:
    """Inside ``main``/``article``/``role=main`` and outside page chrome and boilerplate boxes."""
    dom = block.dom
    return (
        dom is not None
        and dom.in_main
        and dom.chrome is None
        and dom.cue is None
        and not dom.in_noscript
        and not block.from_alt
    )


def widen_short_body(
    blocks: Sequence[Block], labels: Sequence[Label], short_words: int, gain: float
) -> list[Label]:
    """The labels with a short body widened to the main landmark's blocks (see module doc)."""
    body_words = sum(
        len(block.text.split())
        for block, label in zip(blocks, labels, strict=True)
        if label.role is Role.BODY
    )
    if body_words >= short_words:
        return list(labels)
    inside = [_in_landmark(block) for block in blocks]
    landmark_words = sum(len(b.text.split()) for b, hit in zip(blocks, inside, strict=True) if hit)
    if landmark_words <= gain * body_words or landmark_words == 0:
        return list(labels)
    return [
        BODY if hit and label.role is Role.BOILERPLATE else label
        for hit, label in zip(inside, labels, strict=True)
    ]
