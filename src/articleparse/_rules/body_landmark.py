"""A short body widened to where a listing page keeps its content.

Container scoring looks for prose. A page whose main content is a list of
teasers, products, job offers or links (headings, prices, short lines) has
little prose, and the best-scoring box is then an intro paragraph or a stray
sentence, or nothing scores at all. When the chosen body has fewer than
``Settings.html_short_body_words`` words, three pieces of evidence widen it,
the first that holds over ``Settings.html_landmark_gain`` times the body's
words wins:

1. the page's main landmarks: blocks inside ``<main>``, ``role="main"`` or
   ``<article>`` elements, outside any ``nav``/``aside``/``footer``/``form``,
   landmark role or boilerplate class/id (:func:`_in_landmark`);
2. a repeated list, for a body under ``Settings.html_list_body_words`` words
   (a short article has lists of related teasers too): the element with the
   most words whose text sits in at
   least ``Settings.html_list_min_items`` children of one tag that hold at
   least ``Settings.html_list_item_share`` of its words, none of them more
   than ``Settings.html_list_max_item`` (teasers, table rows, cards; not a
   page wrapper whose one child holds the article), outside page chrome and
   comment boxes (:func:`repeated_list`);
3. the region around the body, for a body under
   ``Settings.html_region_body_chars`` characters: the largest element around its
   first block that holds at most ``Settings.html_region_share`` of the
   page's words (a product page's details in boxes of short lines, with no
   landmark and no repeated list), outside page chrome and boilerplate boxes
   (:func:`_region`).

Every block so found that was judged boilerplate becomes body, unless its
whole wording names boilerplate (a "You may also like" or "Advertisement"
line: ``boilerplate.whole_cue``; a "5 min read" note); headline, dates,
bylines, captions and credits keep their roles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from .._blocks import BODY, Block, Label
from ..model import BoilerplateKind, Role
from ..settings import Settings
from .boilerplate import is_reading_time, whole_cue


def _in_landmark(block: Block, main: bool = True) -> bool:
    """Inside ``main``/``article``/``role=main`` (unless ``main`` is False) and outside page
    chrome and boilerplate boxes."""
    dom = block.dom
    return (
        dom is not None
        and (dom.in_main or not main)
        and dom.chrome is None
        and dom.cue is None
        and not dom.in_noscript
        and not block.from_alt
    )


def _listable(block: Block) -> bool:
    """Outside page chrome, comment boxes and ``noscript`` (other class words of an item, as
    "title" or "meta", do not count against it)."""
    dom = block.dom
    return (
        dom is not None
        and dom.chrome is None
        and dom.cue is not BoilerplateKind.COMMENTS
        and not dom.in_noscript
        and not block.from_alt
    )


def repeated_list(blocks: Sequence[Block], settings: Settings) -> int | None:
    """uid of the element with the most words whose words sit in many children of one tag."""
    #: parent uid -> child uid -> words; child uid -> tag; parent uid -> words
    held: dict[int, dict[int, int]] = {}
    tags: dict[int, str] = {}
    total: dict[int, int] = {}
    for block in blocks:
        if not _listable(block):
            continue
        assert block.dom is not None
        words = len(block.text.split())
        chain = block.dom.ancestors
        for (child, tag, _), (parent, _, _) in pairwise(chain):
            children = held.setdefault(parent, {})
            children[child] = children.get(child, 0) + words
            tags[child] = tag
            total[parent] = total.get(parent, 0) + words
    best, best_words = None, 0
    for parent, children in held.items():
        size = total[parent]
        if len(children) < settings.html_list_min_items or size <= best_words:
            continue
        by_tag: dict[str, list[int]] = {}
        for child, words in children.items():
            by_tag.setdefault(tags[child], []).append(words)
        items = max(by_tag.values(), key=sum)
        if (
            len(items) >= settings.html_list_min_items
            and sum(items) >= settings.html_list_item_share * size
            and max(items) <= settings.html_list_max_item * size
        ):
            best, best_words = parent, size
    return best


def _words(blocks: Sequence[Block], hits: Sequence[bool], stop: float) -> int:
    """The words of the blocks hit, counted until they pass ``stop``: exact up to it, and
    above it whenever the whole count is (callers only compare it with ``stop``)."""
    count = 0
    for block, hit in zip(blocks, hits, strict=True):
        if hit:
            count += len(block.text.split())
            if count > stop:
                break
    return count


def _region(blocks: Sequence[Block], labels: Sequence[Label], settings: Settings) -> int | None:
    """uid of the largest element around the first body block holding at most
    ``Settings.html_region_share`` of the page's words (outside chrome and boilerplate boxes)."""
    first = next(
        (
            b.dom
            for b, label in zip(blocks, labels, strict=True)
            if label.role is Role.BODY and b.dom is not None
        ),
        None,
    )
    if first is None:
        return None
    chain = [uid for uid, tag, _ in first.ancestors if tag not in ("body", "html")]
    held = dict.fromkeys(chain, 0)
    total = 0
    for block in blocks:
        words = len(block.text.split())
        total += words
        if _in_landmark(block, main=False):
            assert block.dom is not None
            for uid, _, _ in block.dom.ancestors:
                if uid in held:
                    held[uid] += words
    best = None
    for uid in chain:
        if held[uid] > settings.html_region_share * total:
            break
        best = uid
    return best


def _in_element(uid: int, test: Callable[[Block], bool]) -> Callable[[Block], bool]:
    def inside(block: Block) -> bool:
        dom = block.dom
        return test(block) and dom is not None and any(a[0] == uid for a in dom.ancestors)

    return inside


def _candidates(
    blocks: Sequence[Block], labels: Sequence[Label], settings: Settings, body_words: int
) -> Iterator[list[bool]]:
    """Where a short body may widen to, in order: landmarks, a repeated list, the region."""
    yield [_in_landmark(block) for block in blocks]
    if body_words >= settings.html_list_body_words:
        return
    uid = repeated_list(blocks, settings)
    if uid is not None:
        yield list(map(_in_element(uid, _listable), blocks))
    body_chars = sum(
        len(block.text) for block, label in zip(blocks, labels, strict=True) if label is BODY
    )
    if body_chars >= settings.html_region_body_chars:
        return
    uid = _region(blocks, labels, settings)
    if uid is not None:
        yield list(map(_in_element(uid, lambda block: _in_landmark(block, main=False)), blocks))


def _names_itself(text: str) -> bool:
    """The block's whole wording names boilerplate: a lexicon phrase or a reading-time note."""
    return whole_cue(text) is not None or is_reading_time(text)


def widen_short_body(
    blocks: Sequence[Block], labels: Sequence[Label], settings: Settings
) -> list[Label]:
    """The labels with a short body widened to a landmark, a repeated list or the region
    around it (module doc)."""
    hits = [label.role is Role.BODY for label in labels]
    body_words = _words(blocks, hits, settings.html_short_body_words)
    if body_words >= settings.html_short_body_words:
        return list(labels)
    need = settings.html_landmark_gain * body_words
    for inside in _candidates(blocks, labels, settings, body_words):
        if _words(blocks, inside, need) > need:
            return [
                BODY
                if hit and label.role is Role.BOILERPLATE and not _names_itself(block.text)
                else label
                for hit, label, block in zip(inside, labels, blocks, strict=True)
            ]
    return list(labels)
