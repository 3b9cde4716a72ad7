"""The public model: frozen values, tuple fields, JSON-ready to_dict(), enum values."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from enum import Enum

import attrs
import pytest

from articleparse import (
    Article,
    BodyBlock,
    BodyKind,
    Boilerplate,
    BoilerplateKind,
    Caption,
    Credit,
    InputFormat,
    Role,
    Segment,
)

CREDIT = Credit("Jane Doe/Agency")
CAPTION = Caption("Boats in the harbour.", CREDIT)
PARAGRAPH = BodyBlock("First paragraph.")
HEADING = BodyBlock("A subheading", BodyKind.HEADING, 2)
DROPPED = Boilerplate("Share this article", BoilerplateKind.SHARE)
SEGMENT = Segment(Role.BODY, "First paragraph.", (10, 26), BodyKind.PARAGRAPH)


def _article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "title": "Harbour reopens",
        "published": datetime(2024, 3, 5, 8, 30, tzinfo=timezone(timedelta(hours=1))),
        "modified": datetime(2024, 3, 6, 9, 0),
        "authors": ["Jane Doe"],
        "body": [PARAGRAPH, HEADING],
        "captions": [CAPTION],
        "credits": [CREDIT],
        "boilerplate": [DROPPED],
        "segments": [SEGMENT],
        "format": InputFormat.HTML,
        "url": "https://example.org/a",
        "site_name": "The Courier",
        "language": "en",
        "description": "A summary.",
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (_article(), "title"),
        (PARAGRAPH, "text"),
        (CAPTION, "credit"),
        (CREDIT, "text"),
        (DROPPED, "kind"),
        (SEGMENT, "span"),
    ],
)
def test_every_model_class_is_frozen(value: object, field: str) -> None:
    """Assigning to a field of any model value raises FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


def test_model_classes_are_slotted() -> None:
    """Model values have no per-instance __dict__ (slots), so no stray attributes."""
    for value in (_article(), PARAGRAPH, CAPTION, CREDIT, DROPPED, SEGMENT):
        assert not hasattr(value, "__dict__")


def test_collection_fields_become_tuples() -> None:
    """Lists passed to Article are stored as tuples, so the value is hashable."""
    article = _article()
    for name in ("authors", "body", "captions", "credits", "boilerplate", "segments"):
        assert isinstance(getattr(article, name), tuple), name
    assert article.authors == ("Jane Doe",)
    assert hash(article) == hash(_article())
    assert article == _article()
    assert Article(authors=iter(["A", "B"])).authors == ("A", "B")


def test_defaults_are_empty() -> None:
    """An Article built with no arguments is an empty text article."""
    article = Article()
    assert article.title is None and article.published is None
    assert article.body == () and article.segments == ()
    assert article.format is InputFormat.TEXT
    assert article.text == ""


def test_evolve_makes_a_changed_copy() -> None:
    """attrs.evolve returns a new Article and leaves the original alone."""
    article = _article()
    changed = attrs.evolve(article, title="Another title")
    assert changed.title == "Another title"
    assert article.title == "Harbour reopens"


def test_text_joins_body_blocks_with_blank_lines() -> None:
    """Article.text is the body blocks' texts separated by one blank line."""
    assert _article().text == "First paragraph.\n\nA subheading"
    assert _article(body=[PARAGRAPH]).text == "First paragraph."


def test_to_dict_is_json_serialisable_with_iso_datetimes() -> None:
    """to_dict() survives a JSON round trip; datetimes are ISO 8601, enums their values."""
    data = _article().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2024-03-05T08:30:00+01:00"
    assert data["modified"] == "2024-03-06T09:00:00"
    assert data["format"] == "html"
    assert data["text"] == "First paragraph.\n\nA subheading"
    assert data["body"] == [
        {"text": "First paragraph.", "kind": "paragraph", "level": None},
        {"text": "A subheading", "kind": "heading", "level": 2},
    ]
    assert data["captions"] == [
        {"text": "Boats in the harbour.", "credit": "Jane Doe/Agency", "from_image_alt": False}
    ]
    assert data["credits"] == [{"text": "Jane Doe/Agency"}]
    assert data["boilerplate"] == [{"text": "Share this article", "kind": "share"}]
    assert data["segments"] == [
        {"role": "body", "text": "First paragraph.", "span": [10, 26], "kind": "paragraph"}
    ]
    assert data["authors"] == ["Jane Doe"]


def test_to_dict_of_empty_article_has_nulls() -> None:
    """Missing values come out as JSON null, empty collections as empty lists."""
    data = Article().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] is None and data["modified"] is None and data["title"] is None
    assert data["body"] == [] and data["segments"] == []
    assert Caption("Alone").to_dict() == {"text": "Alone", "credit": None, "from_image_alt": False}
    assert Segment(Role.TITLE, "T").to_dict() == {
        "role": "title",
        "text": "T",
        "span": None,
        "kind": None,
    }


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (Role, ["title", "dateline", "byline", "body", "caption", "credit", "boilerplate"]),
        (
            BodyKind,
            ["paragraph", "heading", "list_item", "quote", "preformatted", "table_cell"],
        ),
        (
            BoilerplateKind,
            [
                "navigation",
                "branding",
                "ui_control",
                "related_link",
                "share",
                "subscribe",
                "advertising",
                "legal",
                "comments",
                "other",
            ],
        ),
        (InputFormat, ["html", "text"]),
    ],
)
def test_enum_values_are_the_documented_strings(enum: type[Enum], values: list[str]) -> None:
    """Each enum's string values are exactly the ones to_dict() and the docs promise."""
    assert [member.value for member in enum] == values
    for value in values:
        assert enum(value).value == value
