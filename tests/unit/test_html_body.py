"""Roles on HTML pages: body selection, captions and credits, in-body boilerplate, head lines."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleparse
from articleparse import BodyKind, BoilerplateKind, Role
from articleparse._html import read_html
from articleparse._rules.body_html import select_body
from articleparse._rules.boilerplate import is_reading_time
from articleparse._rules.dom_cues import read_cue
from articleparse.settings import Settings

CASES = Path(__file__).resolve().parent.parent / "cases" / "html"
#: one paragraph of article prose
_PROSE = "<p>" + "Plain prose with commas, clauses, and a full stop at the end. " * 3 + "</p>"


def _parse(name: str) -> articleparse.Article:
    return articleparse.parse((CASES / name).read_text("utf-8"), format="html")


def _captions(article: articleparse.Article) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit.text if c.credit else None) for c in article.captions]


def _role_of(article: articleparse.Article, start: str) -> tuple[Role, object]:
    found = [s for s in article.segments if s.text.startswith(start)]
    assert len(found) == 1, start
    return found[0].role, found[0].kind


def test_news_page_body_is_the_article_text_in_order() -> None:
    """The body holds the paragraphs, subheading, list and quote of the article, nothing else."""
    article = _parse("news_figure.html")
    assert [(b.kind, b.text[:24]) for b in article.body] == [
        (BodyKind.PARAGRAPH, "A section of the old har"),
        (BodyKind.PARAGRAPH, "Engineers, who inspected"),
        (BodyKind.HEADING, "What happens next"),
        (BodyKind.LIST_ITEM, "The quay stays closed un"),
        (BodyKind.LIST_ITEM, "Boats will use the north"),
        (BodyKind.PARAGRAPH, "The council said it woul"),
        (BodyKind.QUOTE, "We have never seen damag"),
    ]
    assert article.body[2].level == 2


def test_news_page_head_title_byline_and_date() -> None:
    """The h1 is the title; the byline and the visible date near it are read."""
    article = _parse("news_figure.html")
    assert article.title == "Harbour wall gives way after week of storms"
    assert article.authors == ("Maria Lopez",)
    assert article.published is not None and article.published.date().isoformat() == "2021-02-03"


def test_in_body_boilerplate_is_typed() -> None:
    """Advertising, newsletter boxes, share bars, related links, comments and footers are typed."""
    article = _parse("news_figure.html")
    assert _role_of(article, "Advertisement") == (Role.BOILERPLATE, BoilerplateKind.ADVERTISING)
    assert _role_of(article, "Sign up for our newsletter") == (
        Role.BOILERPLATE,
        BoilerplateKind.SUBSCRIBE,
    )
    assert _role_of(article, "Share on Facebook") == (Role.BOILERPLATE, BoilerplateKind.SHARE)
    assert _role_of(article, "Storm warning issued") == (
        Role.BOILERPLATE,
        BoilerplateKind.RELATED_LINK,
    )
    assert _role_of(article, "I walked past the wall") == (
        Role.BOILERPLATE,
        BoilerplateKind.COMMENTS,
    )
    assert _role_of(article, "© 2021") == (Role.BOILERPLATE, BoilerplateKind.LEGAL)
    assert _role_of(article, "Home") == (Role.BOILERPLATE, BoilerplateKind.UI_CONTROL)


def test_a_footer_inside_the_article_is_not_the_pages_legal_notice() -> None:
    """The article's own <footer> (a tag list, a note) is typed by its links, the page's by
    its landmark."""
    html = (
        "<html><body><main><article><h1>Ferry timetable changes</h1>"
        + _PROSE * 4
        + '<footer><a href="/t/ferries">Ferries</a> <a href="/t/harbour">Harbour</a></footer>'
        + "<footer><p>Corrections are listed on the notes page of this site.</p></footer>"
        + "</article></main><footer><p>Harbour Weekly, all rights kept.</p></footer></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert _role_of(article, "Ferries Harbour") == (Role.BOILERPLATE, BoilerplateKind.NAVIGATION)
    assert _role_of(article, "Corrections are") == (Role.BOILERPLATE, BoilerplateKind.OTHER)
    assert _role_of(article, "Harbour Weekly") == (Role.BOILERPLATE, BoilerplateKind.LEGAL)


@pytest.mark.parametrize("wrapper", ["main", "div"])
def test_a_lone_footer_paragraph_beside_the_article_does_not_join_the_body(wrapper: str) -> None:
    """A sibling paragraph joins the body only outside a landmark of its own."""
    html = (
        f"<html><body><{wrapper}><article><h1>Ferry timetable changes</h1>"
        + _PROSE * 4
        + "</article><footer><p>Harbour Weekly, all rights kept.</p></footer>"
        + "<p>The ferry company will publish the new times next week.</p>"
        + f"</{wrapper}></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert _role_of(article, "Harbour Weekly") == (Role.BOILERPLATE, BoilerplateKind.LEGAL)
    assert _role_of(article, "The ferry company") == (Role.BODY, BodyKind.PARAGRAPH)


def test_hidden_content_is_in_no_segment() -> None:
    """Hidden elements, scripts and styles never reach the segments."""
    texts = " ".join(s.text for s in _parse("news_figure.html").segments)
    for hidden in ("Hidden teaser", "Also hidden", "tracking", "color:red"):
        assert hidden not in texts


def test_figcaption_credit_is_split_and_listed() -> None:
    """A figcaption with a credit gives a caption without it and the credit in both places."""
    article = _parse("news_figure.html")
    lead = article.captions[0]
    assert lead.text == "Part of the harbour wall collapsed on Tuesday night."
    assert lead.credit is not None and lead.credit.text == "Tom Reed/Coastal Courier"
    assert lead.credit in article.credits and not lead.from_image_alt


def test_credit_markup_in_a_figcaption_is_attached_to_its_caption_once() -> None:
    """A credit span after a figcaption's text becomes that caption's credit, listed once;
    a credit in another figure is not attached to the caption before it."""
    page = (
        "<html><body><article><h1>Storm hits the coast</h1>"
        "<figure><img src='a.jpg'><figcaption>Waves break over the pier on Monday. "
        "<span class='photo-credit'>Photo: Ann Lee/Harbour Times</span></figcaption></figure>"
        f"{_PROSE}"
        "<figure><img src='b.jpg'><figcaption>The pier after the storm</figcaption></figure>"
        "<figure><img src='c.jpg'><figcaption><small>Photo: Bo Chan</small></figcaption>"
        f"</figure>{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(page)
    assert _captions(article) == [
        ("Waves break over the pier on Monday.", "Ann Lee/Harbour Times"),
        ("The pier after the storm", None),
    ]
    assert [c.text for c in article.credits] == ["Ann Lee/Harbour Times", "Bo Chan"]
    assert "Waves break" not in article.text and "Ann Lee" not in article.text


def test_table_set_in_a_figure_is_body_and_its_figcaption_a_caption() -> None:
    """The cells of a table inside a figure are the article's data, body text; the figure's
    figcaption stays a caption, and a picture's figure beside it keeps its caption."""
    page = (
        "<html><body><article><h1>Ferry fares rise in spring</h1>"
        f"{_PROSE}<figure class='wide-table'><table><tr><th>Route</th><th>Single fare</th></tr>"
        "<tr><td>Harbour to island</td><td>Four pounds, up from three</td></tr></table>"
        "<figcaption>Fares from the first of April</figcaption></figure>"
        "<figure><img src='ferry.jpg'><figcaption>The morning ferry leaves the harbour"
        f"</figcaption></figure>{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(page)
    body = [b.text for b in article.body]
    assert "Harbour to island" in body and "Four pounds, up from three" in body
    assert _captions(article) == [
        ("Fares from the first of April", None),
        ("The morning ferry leaves the harbour", None),
    ]
    assert "Fares from the first" not in article.text


def test_credit_before_the_caption_text_is_attached_to_it() -> None:
    """A credit span opening a figcaption is attached to the caption text after it, once."""
    page = (
        "<html><body><article><h1>Storm hits the coast</h1>"
        "<figure><img src='a.jpg'><figcaption><span class='credit'>Photo: Ann Lee</span> "
        f"Waves break over the pier on Monday.</figcaption></figure>{_PROSE}{_PROSE}"
        "</article></body></html>"
    )
    article = articleparse.parse(page)
    assert _captions(article) == [("Waves break over the pier on Monday.", "Ann Lee")]
    assert [c.text for c in article.credits] == ["Ann Lee"]


def test_figure_beside_the_body_under_the_same_boilerplate_class_is_a_caption() -> None:
    """A class naming boilerplate around both the body and a figure beside it does not make
    the figure's caption boilerplate; a caption inside an aside stays boilerplate."""
    page = (
        "<html><body><div class='share-bar'><figure><img src='a.jpg'><figcaption>Crowds "
        f"gather in the square before the vote</figcaption></figure><div class='story'>{_PROSE}"
        f"{_PROSE}{_PROSE}</div></div><aside><figure><figcaption>Read more about the vote here"
        "</figcaption></figure></aside></body></html>"
    )
    article = articleparse.parse(page)
    assert [c.text for c in article.captions] == ["Crowds gather in the square before the vote"]
    assert _role_of(article, "Read more") == (Role.BOILERPLATE, BoilerplateKind.RELATED_LINK)


def test_hidden_caption_text_is_in_no_segment_and_its_visible_credit_stays_a_credit() -> None:
    """A figcaption whose caption text is ``aria-hidden`` (a copy for another layout) gives no
    segment for that text; the visible credit beside it is still a credit, not body."""
    page = (
        "<html><body><article><h1>Grid operator orders rolling blackouts</h1><figure>"
        "<img src='a.jpg'><figcaption><span aria-hidden='true'>The control room in Folsom on "
        "Friday evening.</span><span class='credit'>Credit: Ann Lee/Agency</span></figcaption>"
        f"</figure>{_PROSE}{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(page)
    assert not [s for s in article.segments if "control room" in s.text]
    assert [c.text for c in article.credits] == ["Ann Lee/Agency"]
    assert "Ann Lee" not in article.text


def test_lead_figure_between_headline_and_body_keeps_caption_and_credit() -> None:
    """A lead figure under a class naming boilerplate, between headline and body, is still a
    caption with its credit; a nav landmark there stays navigation."""
    page = (
        "<html><body><main><article><h1>Plumber jailed over boiler death</h1>"
        "<div class='gallery-nav'><figure><img src='a.jpg'><figcaption>The plumber leaves "
        "court on Monday <span class='credit'>Photo: PA</span></figcaption></figure></div>"
        f"<nav><a href='/'>Home page link</a></nav><div class='story'>{_PROSE}{_PROSE}</div>"
        "</article></main></body></html>"
    )
    article = articleparse.parse(page)
    assert _captions(article) == [("The plumber leaves court on Monday", "PA")]
    assert _role_of(article, "Home page") == (Role.BOILERPLATE, BoilerplateKind.NAVIGATION)


def test_captions_with_and_without_credits_never_leak_into_the_body() -> None:
    """Figcaptions, caption classes and alt-text fallbacks are captions; credits are listed,
    and a figure's credit before its (alt-text) caption is attached to it."""
    article = _parse("captions.html")
    captions = [
        (c.text, c.credit.text if c.credit else None, c.from_image_alt) for c in article.captions
    ]
    assert captions == [
        ("Volunteers fill sandbags outside the town hall", "AP Photo/Jane Roe", False),
        ("The river at its highest point on Sunday", None, False),
        ("A rescue boat on Main Street", None, False),
        ("Aerial view of the flooded valley", "Fire Brigade", True),
    ]
    assert [c.text for c in article.credits] == ["AP Photo/Jane Roe", "Fire Brigade"]
    body = article.text
    assert (
        "sandbags outside" not in body and "Main Street" not in body and "Fire Brigade" not in body
    )
    assert len(article.body) == 3


def test_body_container_joins_sections_split_by_widgets() -> None:
    """An article cut into several boxes by ad slots comes back whole, the ad slots dropped."""
    sentence = "This sentence, written for the test, is long enough to count as article prose. "
    sections = "".join(
        f'<div class="section"><p>{sentence * 2}Part {i}.</p><p>{sentence}</p></div>'
        f'<div class="ad-wrapper"><a href="/ad">Buy now</a></div>'
        for i in range(4)
    )
    html = (
        '<body><div class="sidebar"><p>' + sentence + "</p></div>"
        "<div><h1>A headline for the test page</h1>" + sections + "</div></body>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.text.endswith(f"Part {i}.") for i, b in enumerate(article.body[::2])] == [True] * 4
    assert len(article.body) == 8
    assert all("Buy now" not in b.text for b in article.body)


def test_link_lists_inside_the_body_are_dropped() -> None:
    """A block that is mostly link text inside the article is navigation or related links."""
    html = (
        "<body><article>"
        + _PROSE
        + '<p><a href="/a">Another article about the same topic here</a></p>'
        + _PROSE
        + "</article></body>"
    )
    article = articleparse.parse(html, format="html")
    assert len(article.body) == 2
    assert article.boilerplate[-1].kind is BoilerplateKind.RELATED_LINK


def test_select_body_prefers_the_prose_container() -> None:
    """The chosen container is the one holding the paragraphs, not the navigation."""
    prose = "".join(
        f"<p>Paragraph {i}, with commas, clauses, and enough words to count.</p>" for i in range(6)
    )
    html = (
        "<body><ul>"
        + "<li><a href='/x'>Link</a></li>" * 20
        + "</ul><div>"
        + prose
        + "</div></body>"
    )
    page = read_html(html, Settings())
    selection = select_body(page.blocks, Settings())
    assert selection is not None
    chosen = [
        page.blocks[i].text for first, last, _ in selection.runs for i in range(first, last + 1)
    ]
    assert chosen == [
        f"Paragraph {i}, with commas, clauses, and enough words to count." for i in range(6)
    ]


def test_class_cues_read_tokens_and_prefixes() -> None:
    """Class/id words name content, captions, credits and boilerplate kinds."""
    assert read_cue("entry-content").positive
    assert read_cue("post-comments").kind is BoilerplateKind.COMMENTS
    assert read_cue("sharedaddy sd-sharing").kind is BoilerplateKind.SHARE
    assert read_cue("wp-caption-text").caption and read_cue("photo-credit").credit
    assert read_cue("has-sidebar").kind is None  # a page state, not a sidebar
    assert read_cue("headline shadow").kind is None  # "ad" only as a whole token


def test_class_cues_read_a_listed_word_pair_inside_a_longer_name() -> None:
    """A listed pair of words ("author-box", "more-stories") names its kind also inside a
    longer class name, with any separator; the words apart name nothing of it."""
    assert read_cue("theme-author-box-wrap").kind is BoilerplateKind.OTHER
    assert read_cue("site_more_stories_list").kind is BoilerplateKind.RELATED_LINK
    assert read_cue("box-author").kind is None  # the pair in the other order


def test_counted_cue_inside_the_body_is_boilerplate() -> None:
    """A cue with a count around it ("3 Comments", "Kommentare (2)") is named boilerplate."""
    html = (
        "<body><article>"
        + _PROSE
        + "<h3>3 Comments</h3>"
        + _PROSE
        + "<p>Kommentare (2)</p></article></body>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.kind for b in article.boilerplate] == [
        BoilerplateKind.COMMENTS,
        BoilerplateKind.COMMENTS,
    ]
    assert len(article.body) == 2


#: a closing note just outside the article box: prose that joins the body
_STRAY = (
    "<p>A closing note after the article box still reads like the rest of the story,"
    " with sixteen words or more in it.</p>"
)


def _beside_story(extra: str, head: str = "") -> str:
    """A page whose story box is followed by the closing note and ``extra``, two levels down."""
    story = f"<div class='story'>{_PROSE * 5}</div>"
    return f"<html>{head}<body><div><div>{story}{_STRAY}{extra}</div></div></body></html>"


_CARDS = {
    # a teaser of another page: its summary under its linked title
    "teaser": (
        '<div><div><h3><a href="/other">A linked title of another story</a></h3>'
        "<p>The summary under the linked title reads like prose too, with a full stop and"
        " well over fifteen words in it.</p></div></div>",
        "The summary under",
    ),
    # a promotion after the body: its text over a short link out ("Register now")
    "promotion": (
        "<div><div><p>Our spring workshop teaches you to build better pages in one day, with"
        " lunch, handouts and a certificate.</p><p><a href='/register'>Register now</a></p>"
        "</div></div>",
        "Our spring workshop",
    ),
}


@pytest.mark.parametrize("kind", sorted(_CARDS))
def test_a_card_beside_the_body_is_not_body(kind: str) -> None:
    """Prose just around the body joins it (the closing note), but not a card's text beside a
    short linked line in the same small element: a teaser's linked title above it, or a
    promotion's link out below it."""
    card, opening = _CARDS[kind]
    article = articleparse.parse(_beside_story(card), format="html")
    assert _role_of(article, "A closing note")[0] is Role.BODY
    assert _role_of(article, opening)[0] is Role.BOILERPLATE


def test_a_writer_bio_beside_the_body_is_not_body() -> None:
    """A paragraph about a writer just around the body or beside it as a lone sibling (it opens
    with the stated author's full name, or with the first word of the name line over it) is
    not body; other prose there still is, also when it opens with a one-word stated author."""
    bios = (
        "<div><h4>About the writer</h4><p>Maria Lopez covers the harbour and the council for"
        " the paper, and has written about the coast for over ten years now.</p></div>"
        "<div><h4>Sam Brook</h4><p>Sam edits the weekend pages and writes about boats,"
        " storms and the people who live by the sea.</p></div>"
        "<div><p>Maria Lopez also teaches reporting at the college, and she lives near the"
        " harbour with two dogs and a boat.</p></div>"
    )
    head = '<head><meta name="author" content="Maria Lopez"></head>'
    html = _beside_story(bios, head)
    article = articleparse.parse(html, format="html")
    assert _role_of(article, "A closing note")[0] is Role.BODY
    assert _role_of(article, "Maria Lopez covers")[0] is Role.BOILERPLATE
    assert _role_of(article, "Sam edits")[0] is Role.BOILERPLATE
    assert _role_of(article, "Maria Lopez also")[0] is Role.BOILERPLATE  # a lone sibling
    # a one-word stated author ("Staff") opens no bio: a stray paragraph opening with it stays
    staff = html.replace("Maria Lopez", "Staff").replace("A closing note", "Staff closing note")
    assert _role_of(articleparse.parse(staff, format="html"), "Staff closing")[0] is Role.BODY


def _chosen(html: str) -> list[str]:
    """The texts of the blocks ``select_body`` chooses."""
    page = read_html(html, Settings())
    selection = select_body(page.blocks, Settings())
    assert selection is not None
    return [
        page.blocks[i].text for first, last, _ in selection.runs for i in range(first, last + 1)
    ]


def _notes(count: int, wrap: str = "div") -> str:
    """Short prose notes of readers, each in its own ``wrap`` element with the reader's name."""
    return "".join(
        f"<{wrap}><p>Reader {i} wrote this note, with praise, about the place, its staff and the"
        f" care they give every day.</p><span>Reader {i}</span></{wrap}>"
        for i in range(count)
    )


def test_the_body_does_not_climb_out_of_its_article_element_into_a_box_beside_it() -> None:
    """The ``<article>`` around the story bounds the climb: the readers' notes in a box beside
    it (prose, but outside any article element) stay out of the body."""
    html = (
        "<body><div><main><article><h1>The headline of the story</h1><div>"
        + _PROSE * 6
        + "</div></article></main><div><h2>What readers say</h2>"
        + _notes(8)
        + "</div></div></body>"
    )
    chosen = _chosen(html)
    assert len(chosen) == 6
    assert not any(text.startswith("Reader") for text in chosen)


def test_the_body_climbs_over_article_elements_to_their_siblings() -> None:
    """Prose in other ``<article>`` elements (a thread's posts) lets the climb leave the first
    one: every post is chosen."""
    first = "<article><div>" + _PROSE * 2 + "</div></article>"
    html = "<body><div><h1>A thread</h1>" + first + _notes(8, "article") + "</div></body>"
    chosen = _chosen(html)
    assert len([text for text in chosen if text.startswith("Reader")]) == 16
    assert len(chosen) == 19  # with the thread title


def test_content_words_inside_a_related_box_do_not_make_its_cards_body() -> None:
    """A related-links box is boilerplate even where its cards' summaries sit in an element
    with a content word ("entry-content"): the box's own inner text, as for reviews."""
    story = "".join(
        f"<section><p>Part {i} of the story, with commas, clauses, and a full stop at the end."
        f" It goes on for a while, and then it ends.</p>" + _PROSE + "</section>"
        for i in range(2)
    )
    cards = "".join(
        f"<div><h3>Another story number {i}</h3><div class='entry-content'><p>The summary of"
        f" story {i} reads like prose, with a comma, and runs to a full stop here.</p></div></div>"
        for i in range(4)
    )
    html = (
        f"<body><div><h1>The headline of the story</h1>{story}"
        f"<div class='related-posts'><h2>More to read</h2>{cards}</div></div></body>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.text[:6] for b in article.body] == ["Part 0", "Plain ", "Part 1", "Plain "]
    summary = _role_of(article, "The summary of story 2")
    assert summary == (Role.BOILERPLATE, BoilerplateKind.RELATED_LINK)


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Related topics:", BoilerplateKind.NAVIGATION),
        ("Share this page:", BoilerplateKind.SHARE),
        ("Artikel teilen", BoilerplateKind.SHARE),
        ("Partager cet article", BoilerplateKind.SHARE),
        ("Vous aimerez aussi", BoilerplateKind.RELATED_LINK),
        ("Lee también:", BoilerplateKind.RELATED_LINK),
        ("Leggi anche", BoilerplateKind.RELATED_LINK),
        ("Czytaj także:", BoilerplateKind.RELATED_LINK),
        ("Was this article helpful?", BoilerplateKind.UI_CONTROL),
        ("Like this:", BoilerplateKind.UI_CONTROL),
        ("Gefällt mir:", BoilerplateKind.UI_CONTROL),
        ("4 min read", BoilerplateKind.OTHER),
        ("Lesezeit: 3 Minuten", BoilerplateKind.OTHER),
    ],
)
def test_section_labels_in_several_languages_are_boilerplate(
    label: str, kind: BoilerplateKind
) -> None:
    """A label over a share bar, a tag list, related links or a like button, in one of
    several languages, and a reading-time note are boilerplate of their kind inside the
    article, not body lines."""
    other = _PROSE.replace("Plain", "Other")
    html = f"<body><article>{_PROSE}<p>{label}</p>{other}</article></body>"
    article = articleparse.parse(html, format="html")
    assert _role_of(article, label) == (Role.BOILERPLATE, kind)
    assert len(article.body) == 2


def test_a_writer_note_inside_the_article_is_not_body() -> None:
    """Inside the chosen container, a paragraph opening with a stated author's full name is a
    note about the writer; one that names her later, or without a stated author, stays body."""
    note = (
        "<p>Maria Lopez covers the harbour and the council for the paper, and has written"
        " about the coast for over ten years.</p>"
    )
    later = "<p>As Maria Lopez wrote last week, the harbour wall was old, cracked and weak.</p>"
    story = f"<article><h1>The headline</h1>{_PROSE * 4}{later}{note}</article>"
    head = '<head><meta name="author" content="Maria Lopez"></head>'
    article = articleparse.parse(f"<html>{head}<body>{story}</body></html>", format="html")
    assert _role_of(article, "Maria Lopez covers") == (Role.BOILERPLATE, BoilerplateKind.OTHER)
    assert _role_of(article, "As Maria Lopez")[0] is Role.BODY
    unstated = articleparse.parse(f"<html><body>{story}</body></html>", format="html")
    assert _role_of(unstated, "Maria Lopez covers")[0] is Role.BODY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 min read", True),
        ("(4 min read)", True),
        ("Lesezeit: 3 Minuten", True),
        ("5 min read · March 3", False),
        ("|", False),  # punctuation alone holds no note
        ("...", False),
    ],
)
def test_is_reading_time(text: str, expected: bool) -> None:
    """A block is a reading-time note when the note covers it, punctuation aside; a block of
    punctuation alone is none."""
    assert is_reading_time(text) is expected


def test_a_caption_or_credit_class_on_a_large_box_is_no_hint() -> None:
    """A class that names credits or captions on an element holding a whole article (a
    category class, a layout name) does not make its paragraphs credits or captions; a small
    caption box under the same kind of class still gives a caption."""
    paragraph = (
        "<p>The council voted to rebuild the harbour wall, and the work starts in spring, "
        "with the ferry moved to the north pier for the summer months.</p>"
    )
    small = "<div class='photo-caption'>The old wall at low tide, seen from the pier.</div>"
    html = (
        "<html><body><article class='post category-tax-credits'><h1>Harbour wall</h1>"
        f"{paragraph * 8}{small}</article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    roles = {s.text: s.role for s in article.segments}
    assert roles["The old wall at low tide, seen from the pier."] is Role.CAPTION
    assert len(article.body) == 8
