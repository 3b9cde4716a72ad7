"""Every threshold of the parser, in one frozen value passed explicitly.

``parse(source, settings=Settings(min_body_words=20))`` changes one;
``attrs.evolve(settings, ...)`` makes a changed copy. There are no
module-level knobs, so one call's thresholds never leak into another. The
defaults are tuned on the development corpora (see ``docs/benchmarks.md``).

Added in version 0.1.0.
"""

from __future__ import annotations

import attrs

__all__ = ["Settings"]


@attrs.frozen(slots=True)
class Settings:
    """Thresholds for the role rules: frozen, every field keyword-only.

    Each field's comment says what it measures and what raising it does.

    Added in version 0.1.0.
    """

    #: A block with at least this many words that ends like a sentence seeds the body.
    #: Raising it makes short articles lose paragraphs; lowering it lets teasers in.
    min_body_words: int = attrs.field(default=12, kw_only=True)
    #: A block this long (in words) seeds the body even without a sentence end.
    long_block_words: int = attrs.field(default=40, kw_only=True)
    #: A body-region score in characters: what a short line without sentence punctuation (a
    #: menu entry, a link) costs. Raising it splits the body at smaller menus and lists.
    gap_penalty_chars: int = attrs.field(default=50, kw_only=True)
    #: A body-region score in characters: what a boilerplate cue line ("Share", "Related") costs.
    #: Raising it makes in-body widgets split the body more readily.
    cue_penalty_chars: int = attrs.field(default=400, kw_only=True)
    #: A line ending like a sentence with at least this many words counts half its length
    #: towards the body region. Raising it makes short sentences count as gaps.
    min_sentence_words: int = attrs.field(default=4, kw_only=True)
    #: A line of at most this many words without sentence punctuation (a menu entry, a link)
    #: costs ``gap_penalty_chars`` in the body region; longer ones (and sentence-case phrases)
    #: a third. Raising it treats more headings and table rows as navigation.
    short_line_words: int = attrs.field(default=5, kw_only=True)
    #: The first long paragraph within ``date_reach_blocks`` blocks after a date line earns this
    #: many characters of body-region score. Raising it favours the dated text over bigger sidebars.
    date_bonus_chars: int = attrs.field(default=400, kw_only=True)
    #: How many blocks after a date line the first paragraph may stand to earn the date bonus.
    date_reach_blocks: int = attrs.field(default=4, kw_only=True)
    #: A block naming cookies and the website this many blocks or fewer after a notice (or after
    #: another such block) continues a cookie dialog. Raising it reaches past more of a
    #: dialog's buttons; 0 keeps only the dialog's first, legal-phrase paragraph out.
    notice_reach_blocks: int = attrs.field(default=5, kw_only=True)
    #: A date or byline line inside the body region cuts it into pieces; pieces next to the best
    #: one stay in the body when they score at least this percentage of it. Raising it drops
    #: more text after an in-body date (and more teasers and comments).
    piece_keep_percent: int = attrs.field(default=40, kw_only=True)
    #: ...but a piece right after a newsletter or related-links cue line ("Subscribe",
    #: "Related articles": a box set into the article) stays when it scores at least this
    #: percentage of the best one. Raising it treats those boxes like any date or byline line.
    widget_keep_percent: int = attrs.field(default=20, kw_only=True)
    #: ...and a piece before the best one when it scores at least this percentage of it
    #: (teasers and comments follow an article; a smaller first part is mostly the article's
    #: start above an inline date or byline). Raising it cuts more of such starts.
    lead_keep_percent: int = attrs.field(default=20, kw_only=True)
    #: The title must have at most this many words.
    max_title_words: int = attrs.field(default=30, kw_only=True)
    #: The title is searched among this many blocks before the body (a share bar, an author
    #: box, a table of contents or a standfirst may stand between). Raising it finds titles
    #: further up, and menu lines too (nearness still counts in the title's score).
    title_window_blocks: int = attrs.field(default=40, kw_only=True)
    #: How many blocks before the body may still hold the title, dateline, byline and captions.
    max_head_blocks: int = attrs.field(default=8, kw_only=True)
    #: A dateline or byline this many blocks above the title still dates or signs the article
    #: (a kicker line, then the date, then the headline). Raising it reaches into menus.
    above_title_blocks: int = attrs.field(default=3, kw_only=True)
    #: A subheading inside the body has at most this many words; longer headline-like
    #: lines between body paragraphs are read as injected related-article links.
    max_subheading_words: int = attrs.field(default=12, kw_only=True)
    #: HTML: a block this long (in characters) gives its container a score.
    #: Raising it ignores short paragraphs when choosing the body container.
    html_min_paragraph_chars: int = attrs.field(default=25, kw_only=True)
    #: HTML: a sibling container joins the body when it scores this share of the top container.
    #: Raising it keeps the body to one container; lowering it lets neighbouring boxes in.
    html_sibling_share: float = attrs.field(default=0.2, kw_only=True)
    #: HTML: a sibling container never joins the body below this score.
    html_sibling_min_score: float = attrs.field(default=10.0, kw_only=True)
    #: HTML: a block inside the body with more of its text in links than this is boilerplate.
    #: Raising it keeps link lists in the body; lowering it drops paragraphs with many links.
    html_max_link_density: float = attrs.field(default=0.65, kw_only=True)
    #: HTML: a container's score grows by this share per step of class evidence (articleBody: 2,
    #: content words: 1, boilerplate words: -1). Raising it trusts class names more than text.
    html_class_bonus: float = attrs.field(default=0.5, kw_only=True)
    #: HTML: an element with boilerplate class words holding more than this share of the page's
    #: text is a page wrapper and its words are ignored. Raising it trusts such words more.
    html_wrapper_share: float = attrs.field(default=0.3, kw_only=True)
    #: HTML: the body moves up to an ancestor whose extra prose is at least this share of the
    #: prose already chosen. Raising it keeps the body in the best-scoring box.
    html_climb_gain: float = attrs.field(default=0.5, kw_only=True)
    #: HTML: ...and whose extra text is at least this share prose. Raising it climbs less often.
    html_climb_prose: float = attrs.field(default=0.5, kw_only=True)
    #: HTML: a prose paragraph outside the chosen body joins it when it stands at most this many
    #: block levels above the body container. Raising it gathers text from further away.
    html_stray_levels: int = attrs.field(default=4, kw_only=True)
    #: HTML: ...and has at least this many words. Raising it keeps teasers and comments out.
    html_stray_words: int = attrs.field(default=15, kw_only=True)
    #: HTML: this many link-text blocks in a row inside the body are a link list, not body.
    #: Raising it keeps short link lists (sources, further reading) in the body.
    html_link_run: int = attrs.field(default=1, kw_only=True)
    #: HTML: the body container grows to the nearest ancestor holding this share of the page's
    #: prose paragraphs. Raising it gathers scattered text (and more of what sits between).
    html_min_coverage: float = attrs.field(default=0.5, kw_only=True)
    #: HTML: text inside ``noscript`` (the fallback for readers without scripts) may be body
    #: only when it holds more than this share of the page's prose paragraphs. Raising it
    #: uses the fallback only on pages with even less text of their own.
    html_noscript_share: float = attrs.field(default=0.5, kw_only=True)
    #: HTML: ...and at least this many characters of prose paragraphs. Raising it ignores
    #: short fallbacks; lowering it lets a lone notice ("enable JavaScript") be the body.
    html_noscript_min_chars: int = attrs.field(default=250, kw_only=True)
    #: HTML: a chosen body shorter than this (in words) is widened to the blocks of the page's
    #: main landmark (``main``, ``article``, ``role=main``) or of a repeated list when they hold
    #: much more text (a listing of teasers has little prose). Raising it widens longer bodies.
    html_short_body_words: int = attrs.field(default=400, kw_only=True)
    #: HTML: ...much more: over this many times the body's words. Raising it widens less often.
    html_landmark_gain: float = attrs.field(default=1.5, kw_only=True)
    #: HTML: a chosen body shorter than this (in words) may be widened to a repeated list (a
    #: short article has lists of related teasers too). Raising it widens longer bodies.
    html_list_body_words: int = attrs.field(default=100, kw_only=True)
    #: HTML: a chosen body shorter than this (in characters: a line or two) may be widened to
    #: the region around it (a product's details in boxes of short lines). Raising it widens
    #: longer bodies (short articles pick up their teasers).
    html_region_body_chars: int = attrs.field(default=200, kw_only=True)
    #: HTML: ...the region: the largest element around the body holding at most this share of
    #: the page's words. Raising it lets the region grow to the page wrapper.
    html_region_share: float = attrs.field(default=0.5, kw_only=True)
    #: HTML: a body block at least this long (in characters) that repeats an earlier body
    #: block, next to a neighbour that repeats too, is a second layout's copy and is dropped.
    #: Raising it keeps more repeats (short lines repeat legitimately: prices, labels).
    html_repeat_min_chars: int = attrs.field(default=40, kw_only=True)
    #: HTML: a repeated list has at least this many children of one tag holding text.
    #: Raising it ignores short lists.
    html_list_min_items: int = attrs.field(default=6, kw_only=True)
    #: HTML: ...those children hold at least this share of the list element's words.
    #: Raising it asks for lists with less text between the items.
    html_list_item_share: float = attrs.field(default=0.6, kw_only=True)
    #: HTML: ...and none of them more than this share (a page wrapper's one big child is no
    #: item). Raising it accepts lists with one dominant item.
    html_list_max_item: float = attrs.field(default=0.35, kw_only=True)
