"""Labels of an HTML page's blocks: meta lines inside the body, blocks outside it."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import BoilerplateKind, Role

_PROSE = "<p>" + "Plain prose with commas, clauses, and a full stop at the end. " * 3 + "</p>"


def _roles(html: str) -> dict[str, Role]:
    article = articleparse.parse(html, format="html")
    return {segment.text: segment.role for segment in article.segments}


def test_short_lines_inside_the_body_are_bylines_only_when_they_name_someone() -> None:
    """A capitalised "By Jane Doe" inside the body is a byline; "by the old harbour" stays body."""
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Harbour wall repaired</h1>"
        f"<p>By Jane Doe</p>{_PROSE}<p>by the old harbour</p>{_PROSE}</article></body></html>"
    )
    roles = _roles(html)
    assert roles["By Jane Doe"] is Role.BYLINE
    assert roles["by the old harbour"] is Role.BODY
    assert roles["Home"] is Role.BOILERPLATE


def test_a_repeated_short_line_gets_the_same_label_each_time() -> None:
    """Lines repeated down a table (dates, names) are labelled alike wherever they stand."""
    rows = "".join(
        f"<tr><td>{text}</td><td>Plain prose with commas, clauses, and a stop. {n}</td></tr>"
        for n in range(4)
        for text in ("March 3, 2021", "By Jane Doe", "Welding basics")
    )
    html = (
        "<html><body><article><h1>Course plan</h1>"
        f"<table>{rows}</table>{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    for text, role in (
        ("March 3, 2021", Role.DATELINE),
        ("By Jane Doe", Role.BYLINE),
        ("Welding basics", Role.BODY),
    ):
        assert [s.role for s in article.segments if s.text == text] == [role] * 4


def test_a_menu_repeated_in_header_and_footer_is_dropped_alike() -> None:
    """The same link text outside the body is boilerplate of the same kind each time."""
    menu = "<ul><li><a href='/s'>Share</a></li><li><a href='/n'>Newsletter</a></li></ul>"
    html = (
        f"<html><body><header>{menu}</header><article><h1>Harbour wall repaired</h1>"
        f"{_PROSE}{_PROSE}</article><footer>{menu}</footer></body></html>"
    )
    article = articleparse.parse(html, format="html")
    for text in ("Share", "Newsletter"):
        found = [(s.role, s.kind) for s in article.segments if s.text == text]
        assert len(found) == 2 and found[0] == found[1] and found[0][0] is Role.BOILERPLATE


def test_a_byline_cue_and_the_name_after_it_are_one_byline() -> None:
    """ "Written by" | "Jane Doe" in two elements under the headline name the author."""
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><header class='post-header'>"
        "<h1>Harbour wall repaired</h1>"
        "<div class='post-meta'><div>Written by</div><div>Jane Doe</div></div></header>"
        f"<article>{_PROSE}{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert article.authors == ("Jane Doe",)
    roles = _roles(html)
    assert roles["Written by"] is Role.BYLINE
    assert roles["Jane Doe"] is Role.BYLINE


def test_a_date_and_byline_line_just_above_the_headline_is_read() -> None:
    """A meta line over the h1 dates and signs the article; one inside a nav does not."""
    above = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        "<div class='post-meta'>Published May 9, 2023 by Jane Doe</div>"
        f"<h1>Harbour wall repaired</h1><article>{_PROSE}{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(above, format="html")
    assert article.authors == ("Jane Doe",)
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-05-09"
    in_nav = above.replace("</nav><div class='post-meta'>", "<div>").replace(
        "Jane Doe</div>", "Jane Doe</div></nav>"
    )
    article = articleparse.parse(in_nav, format="html")
    assert article.authors == ()
    assert _roles(in_nav)["Published May 9, 2023 by Jane Doe"] is Role.BOILERPLATE


def test_a_bare_cue_before_another_contributors_label_names_no_one() -> None:
    """ "By" | "Fact Checked": the second is a fact-checker's label, not the author's name."""
    html = (
        "<html><body><header><h1>Harbour wall repaired</h1>"
        "<div class='byline'><div>By</div><div>Fact Checked</div></div></header>"
        f"<article>{_PROSE}{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert article.authors == ()
    assert _roles(html)["Fact Checked"] is Role.BOILERPLATE


_STORY = "".join(
    f"<p>Paragraph {n} of the story tells, with commas and detail, what the council decided.</p>"
    for n in range(6)
)
_STANDFIRST = (
    "The vote ends a decade of delays and sets aside twelve million for the work on the pier"
)


def _head_page(between: str) -> str:
    """A headline in its own header box, ``between`` it and a deeply nested story body."""
    deep = f"<div><div><div><div><div class='story-text'>{_STORY}</div></div></div></div></div>"
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='top'><header><h1>Council votes to rebuild the harbour wall</h1>"
        f"{between}<p>March 3, 2021</p></header></div>{deep}</body></html>"
    )


def test_a_standfirst_between_the_headline_and_the_body_is_body() -> None:
    """A long line of prose under the headline, in no box of its own, is the article's lead
    even without a full stop; the date line beside it keeps its role."""
    roles = _roles(_head_page(f"<div class='sub'><p>{_STANDFIRST}</p></div>"))
    assert roles[_STANDFIRST] is Role.BODY
    assert roles["March 3, 2021"] is Role.DATELINE
    assert roles["Council votes to rebuild the harbour wall"] is Role.TITLE


def test_head_prose_in_a_boilerplate_box_or_repeated_elsewhere_is_no_standfirst() -> None:
    """The same line in a newsletter box, or a card text the page repeats, stays boilerplate."""
    boxed = _roles(_head_page(f"<div class='newsletter'><p>{_STANDFIRST}</p></div>"))
    assert boxed[_STANDFIRST] is Role.BOILERPLATE
    html = _head_page(f"<p>{_STANDFIRST}</p>").replace(
        "</body>", f"<div class='more'><p>{_STANDFIRST}</p></div></body>"
    )
    article = articleparse.parse(html, format="html")
    roles = [s.role for s in article.segments if s.text == _STANDFIRST]
    assert roles[0] is Role.BOILERPLATE


def test_a_summary_list_under_the_headline_is_body_when_its_items_add_up() -> None:
    """Short bullet points under the headline count their words together: three unlinked
    items of a summary list are body; a single short unlinked item is not a lead."""
    items = (
        "Builders start on the northern pier in May",
        "The city pays twelve million over three years",
        "Ferries keep running while the wall is rebuilt",
    )
    summary = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    roles = _roles(_head_page(summary))
    assert all(roles[item] is Role.BODY for item in items)
    lone = _roles(_head_page(f"<ul><li>{items[0]}</li></ul>"))
    assert lone[items[0]] is Role.BOILERPLATE


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "This review has affiliate links: if you buy through them we earn a small fee.",
            BoilerplateKind.ADVERTISING,
        ),
        (
            "Like this story? Sign up for our newsletter and get the next one first.",
            BoilerplateKind.SUBSCRIBE,
        ),
    ],
)
def test_a_notice_set_into_the_article_text_is_boilerplate(
    note: str, kind: BoilerplateKind
) -> None:
    """A line in the article's container telling readers the site earns a fee on its
    links (advertising) or asking them to sign up for a newsletter (subscribe) is
    boilerplate of that kind; the prose around it stays body."""
    html = (
        "<html><body><article><h1>Six kettles tested</h1>"
        f"{_PROSE}<p>{note}</p>{_PROSE}</article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    labels = {s.text: (s.role, s.kind) for s in article.segments}
    assert labels[note] == (Role.BOILERPLATE, kind)
    assert sum(s.role is Role.BODY for s in article.segments) == 2


def test_a_picture_credit_on_its_own_line_in_the_body_is_a_credit() -> None:
    """A paragraph that is only a picture's source ("Photo: ...") is a credit even outside a
    figure; a table cell of the same form is the table's data."""
    line = "Photo: Mara Quill/Harbour Press"
    html = (
        "<html><body><article><h1>The pier at dawn</h1>"
        f"{_PROSE}<p>{line}</p>{_PROSE}"
        f"<table><tr><td>{line}</td><td>two</td></tr></table></article></body></html>"
    )
    article = articleparse.parse(html, format="html")
    roles = [s.role for s in article.segments if s.text == line]
    assert roles == [Role.CREDIT, Role.BODY]
