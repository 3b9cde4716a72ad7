"""The body of an HTML page: the best-scoring container and its worthy siblings.

Evidence (readability-like container scoring, on blocks instead of a DOM):

* every block of at least ``Settings.html_min_paragraph_chars`` characters
  gives its container a score: 1, plus one per comma, plus one per 100
  characters (at most 3); the container gets it whole, the next ancestor half,
  further ones a third of it divided by their distance;
* a container's score is then scaled by ``1 - link density`` of all its text
  and shifted by what it is: ``itemprop=articleBody`` and content class/id
  words ("content", "article-body", "entry", "post", ...) raise it,
  boilerplate words ("comment", "sidebar", "related", "share", ...) lower it
  (by ``Settings.html_class_bonus`` per step), ``div``/``article``/``main`` a
  little up, list and heading elements down; paragraphs inside an element with
  boilerplate words give no score, unless that element holds more than
  ``Settings.html_wrapper_share`` of the page's text (a page wrapper); a
  content word inside an "other" box (customer reviews, ratings, an author
  box: ``id="reviews"`` around ``class="accordion-content"``) or a related-links
  box (a teaser card's ``entry-content``) does not make its paragraphs score
  (:func:`boxed`);
* the top container is the start: it moves up to an ancestor whose extra text
  is mostly prose and adds ``Settings.html_climb_gain`` more of it (articles
  cut into boxes by ad slots), but not out of an ``<article>`` element around it
  unless most of the prose it would add lies in other ``<article>`` elements (a
  thread's posts), then to the nearest ancestor holding
  ``Settings.html_min_coverage`` of the page's prose (text scattered over many
  small boxes); ancestors are known ``_html._KEEP`` block levels up;
* a sibling container (another child of its parent) joins when it scores at
  least ``Settings.html_sibling_share`` of the top score, and a lone paragraph
  sibling joins when it reads like prose and is no note about a writer
  (:func:`~articleparse._rules.writer_notes.author_bio`);
* prose just around the chosen containers (stray paragraphs, the standfirst)
  is :mod:`articleparse._rules.body_edges`'s to judge;
* blocks inside ``noscript`` (a page's fallback for readers without scripts)
  take no part, unless they hold more than ``Settings.html_noscript_share`` of
  the page's prose: a script-rendered page whose content only the fallback
  carries (see :func:`_use_noscript`).

Blocks are in document order and an element's blocks are contiguous, so each
chosen container is a run of block indices; ``Selection`` lists the runs with
the uid of the element each run belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._blocks import Block, DomEvidence
from .._features import ends_sentence
from ..model import BoilerplateKind
from ..settings import Settings
from .writer_notes import author_bio

# Boxes whose own inner text may carry a content class/id word and is still not body: reviews,
# ratings and author boxes ("other"), related-links boxes (a teaser's "entry-content").
_INNER_CONTENT_BOXES = frozenset({BoilerplateKind.OTHER, BoilerplateKind.RELATED_LINK})
# Elements whose own text is one paragraph (its score goes to the element around it).
_PARAGRAPHS = frozenset(
    "p li dd dt h1 h2 h3 h4 h5 h6 blockquote pre td th figcaption caption br hr".split()  # noqa: SIM905
)
# Readability's starting scores by element kind.
_TAG_SCORE = {
    "div": 5,
    "article": 8,
    "main": 5,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}
_COMMAS = (",", "，", "、", "،")
_MAX_LENGTH_POINTS = 3
# A lone sibling paragraph joins when it is this long with this little link text (the share
# of link text is also the limit for the stray paragraphs of :mod:`.body_edges`).
_SIBLING_LONG_CHARS = 80
SIBLING_MAX_LINKS = 0.25


@attrs.frozen(slots=True)
class Selection:
    """The chosen body: runs of block indices, each with the uid of its element."""

    #: uid of the top container
    top: int
    #: (first, last, uid) runs in document order
    runs: tuple[tuple[int, int, int], ...]
    #: uids of the elements around the top container (``Settings.html_stray_levels`` up)
    around: frozenset[int] = frozenset()
    #: blocks inside ``noscript`` took part in the choice (they may be body)
    noscript: bool = False

    @property
    def first(self) -> int:
        """Index of the first chosen block."""
        return self.runs[0][0]


def _levels(dom: DomEvidence) -> Sequence[tuple[int, str, int]]:
    """The ancestors that receive a block's score, nearest first."""
    ancestors = dom.ancestors
    if ancestors and ancestors[0][1] in _PARAGRAPHS:
        return ancestors[1:]
    return ancestors


def holder(dom: DomEvidence) -> int:
    """uid of the element that holds the block's paragraph (the block's own one for a div)."""
    levels = _levels(dom)
    return levels[0][0] if levels else 0


def block_holder(block: Block) -> int:
    """:func:`holder` of a block's evidence, 0 for a block without any."""
    return holder(block.dom) if block.dom is not None else 0


def _link_chars(block: Block) -> int:
    return block.dom.link_chars if block.dom is not None else 0


def paragraph_score(block: Block) -> float:
    """What one paragraph gives its container: 1 + commas + length points."""
    text = block.text
    commas = sum(text.count(mark) for mark in _COMMAS)
    return 1 + commas + min(len(text) // 100, _MAX_LENGTH_POINTS)


@attrs.define(slots=True)
class _Stats:
    """Per block-level element (by uid): its blocks, text, link text, prose and score."""

    spans: dict[int, tuple[int, int]] = attrs.field(factory=dict)
    chars: dict[int, int] = attrs.field(factory=dict)
    links: dict[int, int] = attrs.field(factory=dict)
    #: characters of scoring paragraphs (prose outside boilerplate boxes)
    prose: dict[int, int] = attrs.field(factory=dict)
    #: the part of ``prose`` that lies in an ``<article>`` element inside the element
    article_prose: dict[int, int] = attrs.field(factory=dict)
    scores: dict[int, float] = attrs.field(factory=dict)
    #: characters of all scoring paragraphs of the page
    total_prose: int = 0


def _use_noscript(blocks: Sequence[Block], settings: Settings) -> bool:
    """Whether ``noscript`` blocks hold more than ``Settings.html_noscript_share`` of the
    page's prose paragraphs (the rest of the page has no real body of its own) and at least
    ``Settings.html_noscript_min_chars`` of it."""
    inside = outside = 0
    for block in blocks:
        dom = block.dom
        size = len(block.text)
        if dom is None or size < settings.html_min_paragraph_chars or dom.link_chars * 2 > size:
            continue
        if dom.in_noscript:
            inside += size
        else:
            outside += size
    if inside < settings.html_noscript_min_chars:
        return False  # a one-line notice ("enable JavaScript"), not a fallback page
    return inside > settings.html_noscript_share * (inside + outside)


def _measure(blocks: Sequence[Block], settings: Settings, noscript: bool) -> _Stats:
    """One pass over the blocks: spans, text, links, prose and scores of every element."""
    stats = _Stats()
    raw: dict[int, float] = {}
    #: uid -> its (uid, tag, class weight) entry of the ancestors (fixed per element)
    kinds: dict[int, tuple[int, str, int]] = {}
    wrappers = _wrappers(blocks, settings)
    prose, article_prose = stats.prose, stats.article_prose
    #: uid -> [first block, last block, chars, link chars] (one lookup per ancestor)
    sums: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        dom = block.dom
        if dom is None or block.from_alt or (dom.in_noscript and not noscript):
            continue
        size, linked = len(block.text), dom.link_chars
        for entry in dom.ancestors:
            found = sums.get(entry[0])
            if found is None:
                sums[entry[0]], kinds[entry[0]] = [index, index, size, linked], entry
            else:
                found[1] = index
                found[2] += size
                found[3] += linked
        if size < settings.html_min_paragraph_chars or linked * 2 > size:
            continue
        if boxed(dom) and dom.cue_uid not in wrappers:
            continue  # inside a comment, sidebar, share box, ...
        points = paragraph_score(block)
        stats.total_prose += size
        inside = False  # an <article> element lies between the block and this ancestor
        for uid, tag, _ in dom.ancestors:
            prose[uid] = prose.get(uid, 0) + size
            if inside:
                article_prose[uid] = article_prose.get(uid, 0) + size
            elif tag == "article":
                inside = True
        for distance, (uid, _, _) in enumerate(_levels(dom)):
            share = (
                points
                if distance == 0
                else points / 2
                if distance == 1
                else points / (distance * 3)
            )
            raw[uid] = raw.get(uid, 0.0) + share
    for uid, (first, last, size, linked) in sums.items():
        stats.spans[uid], stats.chars[uid], stats.links[uid] = (first, last), size, linked
    chars, links = stats.chars, stats.links
    for uid, points in raw.items():
        _, tag, weight = kinds[uid]
        density = links[uid] / chars[uid] if chars[uid] else 0.0
        scale = (1.0 - density) * (1.0 + weight * settings.html_class_bonus)
        stats.scores[uid] = max(0.0, points * scale + _TAG_SCORE.get(tag, 0))
    return stats


def boxed(dom: DomEvidence) -> bool:
    """Inside a boilerplate box: a class/id names boilerplate below any that names content,
    or names an "other" box (reviews, ratings, author box) or a related-links box above a
    content word: the box's own inner text ("reviews" > "accordion-content", "related-posts" >
    "entry-content"). Comment boxes are left out: on a thread page the posts are the body and
    sit in "comments" > "post-text"."""
    if dom.cue_uid > dom.content_uid:
        return True
    return dom.cue in _INNER_CONTENT_BOXES and dom.content_uid > dom.cue_uid


def _wrappers(blocks: Sequence[Block], settings: Settings) -> frozenset[int]:
    """Elements with a boilerplate class/id that hold much of the page: page wrappers, not boxes.

    (``<div class="l-outer--nav">`` around the whole page names a state, not a navigation box.)
    """
    held: dict[int, int] = {}
    total = 0
    for block in blocks:
        if block.dom is None:
            continue
        total += len(block.text)
        if block.dom.cue_uid:
            held[block.dom.cue_uid] = held.get(block.dom.cue_uid, 0) + len(block.text)
    limit = total * settings.html_wrapper_share
    return frozenset(uid for uid, size in held.items() if size > limit)


def _child_of(dom: DomEvidence, parent: int) -> int | None:
    """The uid of the parent's child that holds this block (None: the block sits in the parent)."""
    previous: int | None = None
    for uid, _, _ in dom.ancestors:
        if uid == parent:
            return previous
        previous = uid
    return None


def _landmark_sibling(block: Block, child: int) -> bool:
    """Does a landmark (``footer``, ``aside``, ``nav``, ...) at or inside the sibling element
    enclose the block (the page's footer line next to the article)? A class word does not
    count here: a lead paragraph often sits in a "teaser" box."""
    dom = block.dom
    return dom is not None and dom.chrome is not None and dom.chrome_uid >= child


def _prose(block: Block) -> bool:
    """A sibling paragraph that reads like article text."""
    size = len(block.text)
    density = _link_chars(block) / size if size else 1.0
    if size > _SIBLING_LONG_CHARS:
        return density < SIBLING_MAX_LINKS
    return size > 0 and density == 0 and ends_sentence(block)


def _climb(
    stats: _Stats, chain: Sequence[tuple[int, str, int]], top: int, settings: Settings
) -> int:
    """Move from the top container up to an ancestor that adds much more prose, little else.

    Articles split into several boxes (one per section, ad slots between them) put each box
    under a common ancestor: it is taken when its extra prose is at least
    ``Settings.html_climb_gain`` of what the current choice holds and the extra text is mostly
    prose with few links.

    An ``<article>`` element around the top container is the article as its page marks it:
    the climb leaves it only for prose most of which lies in other ``<article>`` elements
    (a thread's posts, a page built of article blocks), not for a sidebar's or footer's text.
    """
    best = top
    wall = 0  # uid of the <article> element around the top container, once passed
    for uid, tag, _ in chain:
        if uid > top:
            continue
        if wall and not _other_articles(stats, uid, wall):
            break
        if tag == "article" and not wall:
            wall = uid
        if uid == top or tag in ("body", "html"):
            continue
        gain = stats.prose.get(uid, 0) - stats.prose.get(best, 0)
        extra = stats.chars.get(uid, 0) - stats.chars.get(best, 0)
        extra_links = stats.links.get(uid, 0) - stats.links.get(best, 0)
        if extra <= 0:
            continue
        if gain < settings.html_climb_gain * stats.prose.get(best, 0):
            if extra > stats.chars.get(best, 0):
                break  # much more text, little of it prose: the page around the article
            continue
        if (
            gain < settings.html_climb_prose * extra
            or extra_links > settings.html_max_link_density * extra
        ):
            break
        best = uid
    return best


def _other_articles(stats: _Stats, uid: int, wall: int) -> bool:
    """Most of the element's prose outside the ``<article>`` element ``wall`` lies in other
    ``<article>`` elements."""
    beyond = stats.prose.get(uid, 0) - stats.prose.get(wall, 0)
    others = stats.article_prose.get(uid, 0) - stats.prose.get(wall, 0)
    return 2 * others >= beyond


def _cover(
    stats: _Stats, chain: Sequence[tuple[int, str, int]], best: int, settings: Settings
) -> int:
    """The nearest ancestor holding ``Settings.html_min_coverage`` of the page's prose.

    A page whose text is scattered over many small boxes (recipes, shops, landing pages) has
    no single scoring box; the smallest element around most of its prose stands for the body.
    """
    need = settings.html_min_coverage * stats.total_prose
    if stats.prose.get(best, 0) >= need:
        return best
    for uid, tag, _ in chain:
        if uid < best and tag not in ("body", "html") and stats.prose.get(uid, 0) >= need:
            return uid
    return best


def select_body(
    blocks: Sequence[Block], settings: Settings, authors: Sequence[str] = ()
) -> Selection | None:
    """The body container and its sibling runs, or None when no block scores (``authors``:
    the page's stated authors; a lone sibling paragraph about one of them does not join)."""
    noscript = _use_noscript(blocks, settings)
    stats = _measure(blocks, settings, noscript)
    scores, spans = stats.scores, stats.spans
    if not scores:
        return None
    top = max(scores, key=lambda uid: (scores[uid], -uid))
    home = blocks[spans[top][0]].dom
    assert home is not None
    top = _cover(stats, home.ancestors, _climb(stats, home.ancestors, top, settings), settings)
    first, last = spans[top]
    runs = [(first, last, top)]
    above = [a[0] for a in home.ancestors if a[0] < top and a[1] not in ("body", "html")]
    around = frozenset(above[: settings.html_stray_levels])
    parent = above[0] if above else None
    if parent is None:
        return Selection(top=top, runs=tuple(runs), around=around, noscript=noscript)
    low, high = spans[parent]
    threshold = max(
        settings.html_sibling_min_score, scores.get(top, 0.0) * settings.html_sibling_share
    )
    index = low
    while index <= high:
        if first <= index <= last:
            index = last + 1
            continue
        dom = blocks[index].dom
        child = _child_of(dom, parent) if dom is not None else None
        span = spans.get(child) if child is not None else None
        if child is None or span is None or span[0] < index:
            index += 1
            continue
        start, end = span[0], min(span[1], high)
        lone = (
            start == end
            and not _landmark_sibling(blocks[start], child)
            and _prose(blocks[start])
            and not author_bio(blocks[start], blocks[start - 1] if start else None, authors)
        )
        if scores.get(child, 0.0) >= threshold or lone:
            runs.append((start, end, child))
        index = end + 1
    runs.sort()
    return Selection(top=top, runs=tuple(runs), around=around, noscript=noscript)
