"""Bodies of product pages: the description, not the customer reviews."""

from __future__ import annotations

from pathlib import Path

import articleparse
from articleparse import BoilerplateKind, Role
from articleparse._blocks import DomEvidence
from articleparse._rules.body_html import boxed
from articleparse._rules.dom_cues import CueTable, class_cue
from articleparse.settings import Settings

CASES = Path(__file__).resolve().parent.parent / "cases" / "html"


def _parse(name: str) -> articleparse.Article:
    return articleparse.parse((CASES / name).read_text("utf-8"), format="html")


def test_reviews_class_names_an_other_box() -> None:
    """A "reviews" class/id token (and "customerReviews") names an other-kind boilerplate box."""
    table = CueTable()
    assert class_cue(table, "product-reviews", None).kind is BoilerplateKind.OTHER
    assert class_cue(table, None, "customerReviews").kind is BoilerplateKind.OTHER
    assert class_cue(table, "review-card", None).kind is None


def test_product_body_is_the_description_not_the_reviews() -> None:
    """On a product page, the description is the body and the customer reviews under it are
    boilerplate, although a content word ("accordion-content") sits inside the reviews box."""
    article = _parse("product_reviews.html")
    assert article.title == "Trail 30 daypack"
    assert [b.text[:24] for b in article.body] == [
        "A light daypack for long",
        "The fabric is a recycled",
        "A stretch pocket on the ",
        "The main pocket opens wi",
    ]
    reviews = [s for s in article.segments if s.text.startswith(("Great pack", "I bought two"))]
    assert [s.role for s in reviews] == [Role.BOILERPLATE, Role.BOILERPLATE]


def test_content_word_inside_an_other_box_is_boxed() -> None:
    """A content class below an other-kind box (reviews) leaves the paragraph in the box; below
    a comment box it does not (a thread's posts), and one above the box never does."""
    reviews = DomEvidence(cue=BoilerplateKind.OTHER, cue_uid=10, content_uid=12)
    thread = DomEvidence(cue=BoilerplateKind.COMMENTS, cue_uid=10, content_uid=12)
    article = DomEvidence(cue=BoilerplateKind.SHARE, cue_uid=12, content_uid=10)
    plain = DomEvidence(content_uid=12)
    assert [boxed(dom) for dom in (reviews, thread, article, plain)] == [True, False, True, False]


def test_thread_posts_in_a_comment_box_stay_body() -> None:
    """A thread whose posts sit in a "comments" box with a text class inside keeps the posts
    as body (comment boxes are not treated like review boxes)."""
    post = "I replaced the thermostat, and the boiler still cuts out after ten minutes or so. "
    menu = "".join(f"<li><a href='/f/{i}'>Forum section {i}</a></li>" for i in range(40))
    html = (
        f"<html><body><nav><ul>{menu}</ul></nav><div id='comments'>"
        + "".join(
            f"<div class='comment-item'><div class='post-text'><p>{post * 2}{i}</p></div></div>"
            for i in range(3)
        )
        + "</div></body></html>"
    )
    article = articleparse.parse(html, format="html")
    assert [b.text[-1] for b in article.body] == ["0", "1", "2"]


def test_short_body_widens_to_the_region_around_it() -> None:
    """A product page whose only prose is one note, with no landmark and no repeated list, gets
    the details around the note (specifications, offers) as body, not the menu or footer."""
    article = _parse("product_details.html")
    texts = [b.text for b in article.body]
    assert texts[0] == "Specifications"
    assert {"Hookwell", "Corner hardware store", "$8.49"} <= set(texts)
    assert texts[-1].startswith("Prices are checked every few hours")
    assert "Deals" not in texts and "© 2026 Example Prices" not in texts


def test_region_share_bounds_the_widening() -> None:
    """With ``html_region_share`` too small for the details box, the body stays the note."""
    source = (CASES / "product_details.html").read_text("utf-8")
    article = articleparse.parse(source, format="html", settings=Settings(html_region_share=0.1))
    assert [b.text[:25] for b in article.body] == ["Prices are checked every "]


def test_region_is_only_for_a_body_of_a_line_or_two() -> None:
    """A body longer than ``html_region_body_chars`` is not widened to the region around it."""
    source = (CASES / "product_details.html").read_text("utf-8")
    settings = Settings(html_region_body_chars=50)
    article = articleparse.parse(source, format="html", settings=settings)
    assert [b.text[:25] for b in article.body] == ["Prices are checked every "]
