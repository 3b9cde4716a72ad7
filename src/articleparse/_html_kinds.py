"""Which kind of boilerplate a block of an HTML page is, once it is judged boilerplate.

Evidence, first that answers: the block's wording (a lexicon phrase, counts around it
ignored: "2 Comments"; a reading-time note), its element's class/id cue, its landmark
(``nav``, ``aside``, ``footer``, ...; an article's own footer is no legal notice), and its
share of link text.
"""

from __future__ import annotations

from ._blocks import Block, DomEvidence
from ._features import link_density, word_count
from ._rules.boilerplate import cue_kind, is_reading_time
from .model import BoilerplateKind
from .settings import Settings

#: a block longer than this (in characters) is too long to be a boilerplate cue phrase
_MAX_CUE_CHARS = 120
#: what a count around a cue looks like: "2 Comments", "Kommentare (3)"
_COUNT_CHARS = "0123456789()[] "


def named_kind(
    text: str, seen: dict[str, BoilerplateKind | None] | None = None
) -> BoilerplateKind | None:
    """The boilerplate kind a short block names, counts around it ignored ("2 Comments").

    ``seen`` holds the answers given on this page so far, by text (menus repeat links).
    """
    if len(text) > _MAX_CUE_CHARS:
        return None
    if seen is not None and text in seen:
        return seen[text]
    bare = text.strip(_COUNT_CHARS)
    kind = cue_kind(text) or (cue_kind(bare) if bare != text else None)
    if kind is None and is_reading_time(text):
        kind = BoilerplateKind.OTHER  # "5 min read" labels the article
    if seen is not None:
        seen[text] = kind
    return kind


def _article_footer(dom: DomEvidence) -> bool:
    """Is the block's landmark a ``<footer>`` inside an ``<article>``?

    Such a footer is its article's (tags, related posts, share links: HTML gives a footer
    to its nearest sectioning element), not the page's legal notice.
    """
    if dom.chrome is not BoilerplateKind.LEGAL:
        return False
    above = False  # past the footer, on the way up its block-level ancestors
    for uid, tag, _ in dom.ancestors:
        if uid == dom.chrome_uid:
            above = True
        elif above and tag == "article":
            return True
    return False


def dropped_kind(
    block: Block, settings: Settings, seen: dict[str, BoilerplateKind | None] | None = None
) -> BoilerplateKind:
    """The kind of a block judged boilerplate: wording, class/id, landmark, links (``seen``:
    the wording answers so far, as for :func:`named_kind`)."""
    kind = named_kind(block.text, seen)
    if kind is not None:
        return kind
    dom = block.dom
    if dom is not None:
        if dom.cue is not None:
            return dom.cue
        if dom.chrome is not None and not _article_footer(dom):
            return dom.chrome
        if link_density(block) > settings.html_max_link_density:
            return (
                BoilerplateKind.NAVIGATION
                if word_count(block) <= 3
                else BoilerplateKind.RELATED_LINK
            )
    return BoilerplateKind.OTHER
