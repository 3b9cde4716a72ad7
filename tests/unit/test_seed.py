"""The bundled example page parses to the fields a reader sees on it."""

from __future__ import annotations

from datetime import datetime

import articleparse
from articleparse import BodyKind, BoilerplateKind, Caption, Credit, InputFormat, Role


def test_seed_title_date_and_authors(seed_text: str) -> None:
    """Title, naive publication time and no authors."""
    article = articleparse.parse(seed_text)
    assert article.format is InputFormat.TEXT
    assert article.title == "Russia ready to work with US for Libya solution"
    assert article.published == datetime(2017, 12, 15, 12, 0)
    assert article.published.tzinfo is None
    assert article.authors == ()


def test_seed_caption_and_credit(seed_text: str) -> None:
    """The bracketed credit is split from the caption and listed in credits."""
    article = articleparse.parse(seed_text)
    credit = Credit("European Commission DG/Flickr")
    assert article.captions == (
        Caption("Migrants can be seen at a shelter in Benghazi, Libya", credit),
    )
    assert article.credits == (credit,)


def test_seed_body_is_the_seven_paragraphs(seed_text: str) -> None:
    """The body runs from the first to the last paragraph, without the injected headline."""
    article = articleparse.parse(seed_text)
    assert len(article.body) == 7
    assert all(block.kind is BodyKind.PARAGRAPH for block in article.body)
    assert article.body[0].text.startswith("Russia has expressed its openness")
    assert article.body[-1].text.endswith("a better life for themselves.")
    assert "EU spends" not in article.text
    assert article.text == "\n\n".join(block.text for block in article.body)


def test_seed_boilerplate(seed_text: str) -> None:
    """UI leftovers, the tagline and the related headline are boilerplate, with kinds."""
    article = articleparse.parse(seed_text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("clear", BoilerplateKind.UI_CONTROL),
        ("Creating new perspectives since 2009", BoilerplateKind.BRANDING),
        ("EU spends $35 million to protect migrants in North Africa", BoilerplateKind.RELATED_LINK),
    ]


def test_seed_segments_account_for_every_character(seed_text: str) -> None:
    """Each non-whitespace character lies in exactly one segment, in document order."""
    article = articleparse.parse(seed_text)
    covered = [0] * len(seed_text)
    previous_end = 0
    for segment in article.segments:
        assert segment.span is not None
        start, end = segment.span
        assert start >= previous_end
        previous_end = end
        for i in range(start, end):
            covered[i] += 1
    assert all(covered[i] == 1 for i, ch in enumerate(seed_text) if not ch.isspace())
    roles = [s.role for s in article.segments]
    assert roles[:5] == [
        Role.BOILERPLATE,
        Role.BOILERPLATE,
        Role.TITLE,
        Role.DATELINE,
        Role.CAPTION,
    ]


def test_seed_as_bytes_matches_str(seed_text: str) -> None:
    """Bytes and str inputs give the same Article."""
    assert articleparse.parse(seed_text.encode("utf-8")) == articleparse.parse(seed_text)
