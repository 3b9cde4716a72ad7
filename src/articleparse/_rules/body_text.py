"""The body region of a text dump: the densest run of paragraph-like blocks.

Evidence, block by block (:func:`block_score`): a block *seeds* the body when it is long
(``Settings.min_body_words``) and ends like a sentence or leads into a list with a
colon, or is very long (``Settings.long_block_words``), and does not open with a legal
phrase (a cookie banner, a disclaimer: it costs like a cue); a seed scores its length in
characters; a shorter sentence scores half its length; a line of code or a row of
figures costs a sixth of ``Settings.gap_penalty_chars``; a boilerplate cue costs
``Settings.cue_penalty_chars``; a short line without sentence punctuation (a menu entry,
a link label) costs ``Settings.gap_penalty_chars`` unless it reads as a phrase (three or
more words, the later ones lower case: a checklist item); such a phrase and a longer
line without a sentence end (a heading, a table row, a line of code) cost a third of
that. A line of a few words ending in a colon, not a cue, leads into a list: it scores
like a sentence, and the lines under it cost nothing up to the next paragraph, cue or
boundary line (a checklist's items are not a menu). A shorter label ending in a colon
("Downsides:") right after a sentence or a list item heads such a list too. The first
seed that follows a date within ``Settings.date_reach_blocks`` blocks earns
``Settings.date_bonus_chars``: articles put their date above the text, sidebars and
footers rarely do.

The body region is the run of blocks with the highest total score (a maximum
subarray, found in one pass), so a long article bridges the short lines inside
it while a menu between two teasers splits them. A comment section's header
with its count ("59 Comments on ...") ends the run: it is cut back to its best
part before the header. A date, byline or closing cue
line (comments, related links, an author box) inside that run starts another
text (a teaser, a comment, or the article after its standfirst): the run is
cut there into pieces, and the best-scoring piece is kept together with the
neighbouring pieces that score at least ``Settings.piece_keep_percent`` of it
(``Settings.widget_keep_percent`` when a newsletter or related-links cue line stands
between them: such a box is often set into the article, which goes on after it;
``Settings.lead_keep_percent`` for the pieces before the best one: teasers and comments
follow an article, so a smaller first part is most often the article's own start).
A headline that opens the region (a question scores like a short sentence) is left to the
head when it is shown twice or has a date, byline or breadcrumb line under it.
"""

from __future__ import annotations

from typing import NamedTuple

from .._blocks import Block
from .._dates import find_date, is_dateline
from .._features import ends_sentence, is_code_like, is_data_like, word_count
from .._patterns import BYLINE_CUE
from ..settings import Settings
from .boilerplate import (
    counts_comments,
    cue_kind,
    is_closing_cue,
    is_widget_cue,
    opens_notice,
    speaks_of_cookies,
)
from .byline import parse_byline
from .title import is_breadcrumb, is_title_candidate

# A line longer than this (in characters) is not searched for a date.
_MAX_DATE_LINE_CHARS = 120


def is_seed(block: Block, settings: Settings) -> bool:
    """Paragraph-like: long and ending like a sentence, or very long; not a legal notice."""
    if opens_notice(block.text):
        return False  # a cookie banner or disclaimer: long sentences, but no article's
    words = word_count(block)
    if words >= settings.long_block_words:
        return True
    if words < settings.min_body_words:
        return False
    # Ends like a sentence, or leads into a list or link ("... please sign this petition:").
    return ends_sentence(block) or block.text.endswith(":")


def states_date(block: Block) -> bool:
    """A short line that states a calendar date ("May 3, 2020 · 5 min read")."""
    return len(block.text) <= _MAX_DATE_LINE_CHARS and find_date(block.text) is not None


def block_score(block: Block, settings: Settings) -> int:
    """How much the block pulls the body region towards itself (in characters; < 0 pushes)."""
    if is_seed(block, settings):
        return len(block.text)
    if cue_kind(block.text) is not None or opens_notice(block.text):
        return -settings.cue_penalty_chars
    words = word_count(block)
    if ends_sentence(block) and words >= settings.min_sentence_words:
        return len(block.text) // 2
    if is_code_like(block) or is_data_like(block):
        return -(settings.gap_penalty_chars // 6)
    # A short line costs like a menu entry, unless it reads as a phrase (a checklist item).
    if words <= settings.short_line_words and not reads_as_phrase(block):
        return -settings.gap_penalty_chars
    return -(settings.gap_penalty_chars // 3)


def reads_as_phrase(block: Block) -> bool:
    """Three or more words whose later long words are lower case ("Light, quiet and cheap").

    A checklist item or a pros/cons entry is written like a phrase of a sentence; menu
    entries and link labels are mostly a word or two, or capitalised like titles.
    """
    words = block.text.split()
    later = [word for word in words[1:] if len(word) >= 4 and word[0].isalpha()]
    return len(words) >= 3 and bool(later) and all(word[0].islower() for word in later)


def _leads_into_list(block: Block, settings: Settings) -> bool:
    """A sentence-long line ending in a colon ("The library has three parts:") announces a list.

    A cue line ("You might also like:") announces links, not a list of the article's.
    """
    if not block.text.endswith(":") or word_count(block) < settings.min_sentence_words:
        return False
    return cue_kind(block.text) is None


def _labels_list(block: Block) -> bool:
    """A label ending in a colon ("Downsides:"), not a cue: after prose it heads a list."""
    return block.text.endswith(":") and cue_kind(block.text) is None


def _is_sentence(block: Block, settings: Settings) -> bool:
    """A seed, or a shorter line ending like a sentence: where a list ends."""
    if is_seed(block, settings):
        return True
    return ends_sentence(block) and word_count(block) >= settings.min_sentence_words


def list_items(blocks: tuple[Block, ...], settings: Settings) -> frozenset[int]:
    """Indexes of the lines under a list's lead-in, up to the next sentence, cue or boundary.

    A lead-in is a sentence-long line ending in a colon, or a shorter label ending in one
    right after a sentence or a list item.
    """
    items: set[int] = set()
    in_list = after_prose = False
    for index, block in enumerate(blocks):
        if in_list:
            ends = cue_kind(block.text) is not None or _is_boundary(block)
            if ends or _is_sentence(block, settings):
                in_list = False
            else:
                items.add(index)
        # A short label ("Downsides:") heads a list only right after prose or another list's
        # items: in an article's checklists, not in a page's header or footer.
        if _leads_into_list(block, settings) or (after_prose and _labels_list(block)):
            in_list = True
        after_prose = index in items or _is_sentence(block, settings)
    return frozenset(items)


def dialog_notices(blocks: tuple[Block, ...], settings: Settings) -> frozenset[int]:
    """Indexes of a cookie dialog's later paragraphs: they name cookies and the website.

    Only its first paragraph opens with a legal phrase; a block that speaks of cookies
    (:func:`speaks_of_cookies`) within ``notice_reach_blocks`` blocks after a notice
    continues the dialog. An article about browser cookies has no notice just above.
    """
    found: set[int] = set()
    last = -settings.notice_reach_blocks - 1
    for index, block in enumerate(blocks):
        if opens_notice(block.text):
            last = index
        elif index - last <= settings.notice_reach_blocks and speaks_of_cookies(block.text):
            found.add(index)
            last = index
    return frozenset(found)


class Marks(NamedTuple):
    """What the text rules note about a page's lines before scoring and labelling them."""

    #: lines under a list's lead-in (:func:`list_items`)
    items: frozenset[int]
    #: a cookie dialog's later paragraphs (:func:`dialog_notices`)
    notices: frozenset[int]


def page_marks(blocks: tuple[Block, ...], settings: Settings) -> Marks:
    """The list items and dialog notices of a page, read once for scoring and labelling."""
    return Marks(list_items(blocks, settings), dialog_notices(blocks, settings))


def _scores(blocks: tuple[Block, ...], settings: Settings, marks: Marks) -> list[int]:
    scores = [block_score(block, settings) for block in blocks]
    # A cookie dialog's later paragraphs are notices too, however well-formed.
    for index in marks.notices:
        scores[index] = -settings.cue_penalty_chars
    # The short lines under a list's lead-in are its items, not a menu: they cost nothing.
    for index in marks.items:
        scores[index] = 0
    for index, block in enumerate(blocks):
        if _leads_into_list(block, settings):
            scores[index] = max(scores[index], len(block.text) // 2)
    for index, block in enumerate(blocks):
        if not states_date(block):
            continue
        reach = blocks[index + 1 : index + 1 + settings.date_reach_blocks]
        for offset, after in enumerate(reach, start=index + 1):
            if is_seed(after, settings):
                scores[offset] += settings.date_bonus_chars
                return scores
    return scores


def _best_run(scores: list[int], low: int, high: int) -> tuple[int, tuple[int, int] | None]:
    """The maximum-score run of ``scores[low:high]``: (score, (first, last)), one pass."""
    best: tuple[int, int] | None = None
    best_score = 0
    start, running = low, 0
    for index in range(low, high):
        if running <= 0:
            start, running = index, 0
        running += scores[index]
        if running > best_score:
            best, best_score = (start, index), running
    return best_score, best


def _is_boundary(block: Block) -> bool:
    """A date, "By ..." or closing cue line: inside a run of text it starts another text."""
    text = block.text
    if is_closing_cue(text):
        return True
    if is_dateline(text) and states_date(block):
        return True
    return BYLINE_CUE.match(text) is not None and bool(parse_byline(text))


def body_region(
    blocks: tuple[Block, ...], settings: Settings, marks: Marks | None = None
) -> tuple[int, int] | None:
    """Return (first, last) block index of the body region, or None when no block scores above 0.

    The best run is split at date and byline lines inside it (where teasers and comments
    start); the best-scoring piece is the body. ``marks``: the page's :func:`page_marks`, when
    the caller has them already.
    """
    scores = _scores(blocks, settings, marks or page_marks(blocks, settings))
    _, found = _best_run(scores, 0, len(blocks))
    if found is None:
        return None
    first, last = found
    # A comment section's header with its count ends the article: what follows is comments.
    for index in range(first + 1, last + 1):
        if counts_comments(blocks[index].text):
            _, before = _best_run(scores, first, index)
            if before is not None:
                first, last = before
                found = before
            break
    # (score, (first, last), whether a widget's cue line stands right before the piece)
    pieces: list[tuple[int, tuple[int, int], bool]] = []
    low = first
    for index in range(first, last + 2):
        if index == last + 1 or _is_boundary(blocks[index]):
            score, piece = _best_run(scores, low, index)
            if piece is not None:
                pieces.append((score, piece, low > first and is_widget_cue(blocks[low - 1].text)))
            low = index + 1
    total = sum(scores[first : last + 1])
    if not pieces or max(pieces)[0] * 100 < total * settings.piece_keep_percent:
        # many small dated pieces: a dated list (events, a timeline), not teasers
        return _after_headline(blocks, *found, settings)
    top = max(range(len(pieces)), key=lambda i: pieces[i][0])

    def joins(piece: int, widget: bool) -> bool:
        percent = settings.widget_keep_percent if widget else settings.piece_keep_percent
        if piece < top:
            percent = min(percent, settings.lead_keep_percent)
        return pieces[piece][0] * 100 >= pieces[top][0] * percent

    left = right = top
    while left > 0 and joins(left - 1, pieces[left][2]):
        left -= 1
    while right < len(pieces) - 1 and joins(right + 1, pieces[right + 1][2]):
        right += 1
    return _after_headline(blocks, pieces[left][1][0], pieces[right][1][1], settings)


def _after_headline(
    blocks: tuple[Block, ...], first: int, last: int, settings: Settings
) -> tuple[int, int]:
    """The region without a headline that opens it: a question or exclamation headline
    ("What Is a Heat Pump?") scores like a short sentence, but it is no paragraph of the body.

    Evidence: the region's first line is shaped like a title, is no seed, and is shown twice
    in a row or has a date, byline or breadcrumb line under it (a section's question heading
    has none); that line, its copy and those lines under it go to the head.
    """
    headline = blocks[first]
    if is_seed(headline, settings) or not is_title_candidate(headline, settings):
        return first, last
    index = first + 1
    shown_twice = index < last and blocks[index].text == headline.text
    if shown_twice:
        index += 1
    under = index
    while index < last and _heads(blocks[index], headline.text, settings):
        index += 1
    return (index, last) if shown_twice or index > under else (first, last)


def _heads(block: Block, headline: str, settings: Settings) -> bool:
    """A line that stands under a headline: a date, a byline, or a breadcrumb trail ending
    with the headline; not a paragraph."""
    if is_seed(block, settings):
        return False
    if states_date(block) or parse_byline(block.text):
        return True
    return block.text.endswith(headline) and is_breadcrumb(block.text)
