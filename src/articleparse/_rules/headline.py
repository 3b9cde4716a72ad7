"""The displayed headline: stated titles cleaned, and the heading block that shows it.

``clean_title`` strips a site name from a stated title ("Headline | Site",
"Site - Headline", "Headline – Site"): a part that matches the page's site
name, or the short part at either end when the other side is a headline,
or everything but the part that equals the page's main heading.

``pick_title`` chooses among the h1/h2 blocks the one that shows the stated
title (best word overlap for an h1, the same words for an h2, h1 before h2,
earlier before later); when nothing
is stated, the first h1 of the main content.

``headline_of`` is the title a heading shows: without a permalink glyph, and
ending before a spaced bar ("Headline | Opinion").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from .._blocks import Block
from .._patterns import HEADLINE_BAR, PERMALINK_MARK, TITLE_SEPARATOR

#: a heading must share this much of its words with the stated title (F1 of word overlap)
_MIN_MATCH = 0.6
#: an end part of a stated title with at most this many words may be a site name
_MAX_SITE_WORDS = 4
_MAX_TITLE_CHARS = 400
_QUOTES = str.maketrans("‘’“”–—", "''\"\"--")


def displayed(text: str) -> str:
    """A heading's text as a reader sees it: without a trailing permalink glyph."""
    return PERMALINK_MARK.sub("", text) or text


#: the part before a headline's first bar needs this many words to be the headline itself
#: (one word before a bar is a section label: 'Opinion | Headline')
_MIN_BAR_HEAD_WORDS = 2


def headline_of(text: str) -> str:
    """The headline a title shows: displayed, without what follows its first spaced bar.

    Evidence: a bar inside a headline ('Storm closes harbour | Opinion', 'Best tents of
    2025 | Top 9 Picks | Site') sets the headline apart from a tag, label or site name.
    """
    shown = displayed(text)
    head = HEADLINE_BAR.split(shown, maxsplit=1)[0].strip()
    return head if len(head.split()) >= _MIN_BAR_HEAD_WORDS else shown


def fold(text: str) -> str:
    """Compare titles case-, quote- and whitespace-blind."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return " ".join(text.split()).strip(" .:|-")


def _compact(text: str) -> str:
    return "".join(filter(str.isalnum, fold(text)))  # C-level filter: no generator frame


def is_site(part: str, sites: Sequence[str], whole: bool = True) -> bool:
    """Does a title part name the site ("Example News" for "example.com", "ExampleNews", ...)?

    With ``whole`` false, a part that is only the start of a site name does not count.
    """
    part_key = _compact(part)
    if not part_key:
        return False
    for site in sites:
        site_key = _compact(site)
        if len(site_key) >= 3 and (
            part_key.startswith(site_key) or (whole and site_key.startswith(part_key))
        ):
            return True
    return False


def _split(title: str) -> list[str]:
    return [part.strip() for part in TITLE_SEPARATOR.split(title) if part.strip()]


def clean_title(
    raw: str | None, sites: Sequence[str] = (), heading: str | None = None
) -> str | None:
    """The headline within a stated title, without the site name around it.

    Args:
        raw: the stated title (``<title>``, og:title, JSON-LD headline).
        sites: names the site goes by (site name, publisher, the host's labels).
        heading: the text of the page's main heading (h1) when there is one.
    """
    if raw is None:
        return None
    title = " ".join(raw.split())[:_MAX_TITLE_CHARS]
    if not title:
        return None
    parts = _split(title)
    if len(parts) < 2:
        return title
    if heading and fold(heading):
        wanted = fold(heading)
        for start in range(len(parts)):
            for end in range(start + 1, len(parts) + 1):
                if fold(" - ".join(parts[start:end])) == wanted:
                    # keep the original separators of the matching run
                    first, last = parts[start], parts[end - 1]
                    return title[title.index(first) : title.rindex(last) + len(last)]
    kept = [part for part in parts if not is_site(part, sites)]
    if len(kept) == len(parts) and len(parts) == 2:
        first, last = parts
        if len(last.split()) <= _MAX_SITE_WORDS and len(last.split()) < len(first.split()):
            kept = [first]
        elif len(first.split()) <= _MAX_SITE_WORDS < len(last.split()) and not sites:
            kept = [last]
    if not kept:
        return title
    if len(kept) == len(parts):
        return title
    first, last = kept[0], kept[-1]
    return title[title.index(first) : title.rindex(last) + len(last)]


def reconcile_title(
    stated: Sequence[str | None], sites: Sequence[str] = (), heading: str | None = None
) -> str | None:
    """The title most sources agree on, each cleaned of the site name.

    Args:
        stated: titles the page states, most trusted first (the main heading
            among them); None where a source states nothing.
        sites: names the site goes by (site name, publisher, the host's labels).
        heading: the text of the page's main heading (h1), used for cleaning.

    The cleaned title that the most sources state (case- and quote-blind)
    wins; among equally supported titles the more trusted one.
    """
    cleaned = [clean_title(value, sites, heading) for value in stated]
    cleaned = [value for value in cleaned if value is None or not is_site(value, sites)]
    titles = [value for value in cleaned if value]
    if not titles:
        return None
    support = Counter(fold(value) for value in titles)
    return max(titles, key=lambda value: (support[fold(value)], -titles.index(value)))


def site_title(
    stated: Sequence[str | None], sites: Sequence[str] = (), heading: str | None = None
) -> str | None:
    """The most trusted stated title, cleaned, even when it names the site.

    For a page whose every stated title is the site's name (its front page, its shop):
    :func:`reconcile_title` gives None there, yet that name is the page's title.
    """
    return next(
        (value for value in (clean_title(v, sites, heading) for v in stated) if value), None
    )


def _words(folded: str) -> set[str]:
    """The words of a folded text (see :func:`fold`)."""
    return {word.strip(".,:;!?\"'«»()[]") for word in folded.split()} - {""}


def _overlap(have: set[str], wanted: set[str]) -> float:
    """F1 of the word overlap of a heading and a stated title (1.0: same words; 0.0 when
    either has none)."""
    if not have or not wanted:
        return 0.0
    common = len(have & wanted)
    if common == 0:
        return 0.0
    precision, recall = common / len(have), common / len(wanted)
    return 2 * precision * recall / (precision + recall)


def _is_main_h1(block: Block) -> bool:
    return block.level == 1 and (block.dom is None or not block.dom.in_chrome)


def pick_title(blocks: Sequence[Block], stated: str | None) -> int | None:
    """Index of the heading block that is the displayed headline, or None.

    With a stated title: the h1/h2 block whose words match it best (an h1 at
    least :data:`_MIN_MATCH`, an h2 exactly), h1 preferred, then the earlier block. Without one:
    the first h1 inside the main content, else the first h1 outside page chrome.
    """
    candidates = [(index, block) for index, block in enumerate(blocks) if block.level in (1, 2)]
    folded = fold(stated) if stated else ""
    if folded:
        wanted = _words(folded)
        best: tuple[float, int, int] | None = None
        for index, block in candidates:
            have = fold(block.text)
            score = 1.0 if have == folded else _overlap(_words(have), wanted)
            # an h2 that only resembles the title is a section heading that repeats its words
            if score < _MIN_MATCH or (block.level != 1 and score < 1.0):
                continue
            key = (score, -(block.level or 9), -index)
            if best is None or key > best:
                best = key
        return None if best is None else -best[2]
    h1s = [(index, block) for index, block in candidates if _is_main_h1(block)]
    in_main = [index for index, block in h1s if block.dom is not None and block.dom.in_main]
    return in_main[0] if in_main else next((index for index, _ in h1s), None)
