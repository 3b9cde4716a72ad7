"""Hypothesis strategies for articleparse's property tests (one module, as in attrs' tests).

* ``messy_text``: page-like text dumps built from realistic lines (headlines,
  datelines, bylines, captions with credits, bullets, URLs) mixed with
  hostile characters (NUL, controls, zero-width, bidi marks, odd line breaks).
* ``messy_bytes``: raw bytes, and messy text encoded in several encodings,
  with and without byte-order marks and declared charsets.
* ``tag_soup``: random HTML token streams: unclosed and stray tags, random
  attributes (including hiding ones), entities, comments, CDATA, NUL, scripts.
* ``article_specs`` with ``render_html`` / ``render_text``: build the answer
  first, then render it as a page.
"""

from __future__ import annotations

import html as html_lib
import os
from datetime import datetime

import attrs
from hypothesis import settings
from hypothesis import strategies as st

#: Examples per property (hunt bugs with e.g. ARTICLEPARSE_EXAMPLES=3000).
EXAMPLES = int(os.environ.get("ARTICLEPARSE_EXAMPLES", "150"))
PROPS = settings(max_examples=EXAMPLES, deadline=None)

# ------------------------------------------------------------------ text
_ODD = (
    "\x00\x01\x07\x0b\x0c\x1c\x1f\x7f\x85\u00a0\u00ad"
    "\u200b\u200e\u200f\u202e\u2028\u2029\ufeff\ufffd"
)
# Plain prose words (mixed scripts and directions) for paragraphs a reader would call body text.
_PROSE = (
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "would",
    "resume",
    "after",
    "a",
    "long",
    "pause",
    "in",
    "Tripoli",
    "Москва",
    "القاهرة",
    "東京",
    "שלום",
    "naïve",
    "2017",
    "€35",
    "—",
    "«quoted»",
    "“smart”",
    "It's",
)
# Prose plus cue-like tokens, for messy pages.
_WORDS = (*_PROSE, "Photo:", "(AP)", "/", "Share", "Menu")
_LINES = (
    "",
    "   ",
    "\t",
    "By Jane Doe",
    "By JOHN SMITH and Ann Lee, Reuters",
    "15 December 2017 12:00",
    "Published: 2021-03-04T10:00:00Z",
    "Updated 3 hours ago",
    "Photo: AP Photo/Jane Doe",
    "Migrants wait at a shelter [Agency/Flickr]",
    "Image credit: Getty Images",
    "Share this article",
    "Read more:",
    "* a bullet item",
    "  - an indented dash item",
    "1. a numbered item",
    "• dot item",
    "© 2024 Example Media. All rights reserved.",
    "Subscribe to our newsletter",
    "https://example.org/a?b=1",
    "Advertisement",
    "Comments (12)",
    "clear",
    "»",
    "Home | World | Sport",
    "1 2 3 4 5 Next »",
)


def _sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


sentences = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=30).map(_sentence)
_line = st.one_of(
    st.sampled_from(_LINES),
    sentences,
    st.text(max_size=40),
    st.text(alphabet=_ODD + " ab\n\r", max_size=12),
)
_breaks = st.sampled_from(("\n", "\n", "\n\n", "\r\n", "\r", "\n \n", "\u2028", "\x0c"))


@st.composite
def messy_text(draw: st.DrawFn) -> str:
    """A text page: realistic and hostile lines joined by mixed line breaks."""
    lines = draw(st.lists(_line, max_size=25))
    out: list[str] = []
    for line in lines:
        out.append(line)
        out.append(draw(_breaks))
    return "".join(out)


_ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "cp1252",
    "latin-1",
    "koi8-r",
    "shift_jis",
)


@st.composite
def encoded_text(draw: st.DrawFn) -> bytes:
    """Messy text encoded in some encoding, maybe with a declared charset that may lie."""
    text = draw(messy_text())
    encoding = draw(st.sampled_from(_ENCODINGS))
    declared = draw(
        st.sampled_from(("", "utf-8", "iso-8859-1", "shift_jis", "bogus-charset", "utf-16"))
    )
    if declared:
        text = f'<meta charset="{declared}">\n' + text
    return text.encode(encoding, "replace")


messy_bytes = st.one_of(st.binary(max_size=300), encoded_text())

# ------------------------------------------------------------------ HTML tag soup
_TAGS = (
    "p",
    "div",
    "span",
    "a",
    "b",
    "i",
    "em",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "br",
    "hr",
    "img",
    "figure",
    "figcaption",
    "article",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "section",
    "form",
    "button",
    "select",
    "option",
    "script",
    "style",
    "template",
    "noscript",
    "svg",
    "head",
    "title",
    "body",
    "html",
    "time",
    "small",
    "cite",
    "font",
    "center",
    "dl",
    "dt",
    "dd",
    "bdi",
    "bdo",
    "iframe",
    "textarea",
    "meta",
    "link",
    "wbr",
    "x-custom",
)
_ATTRS = st.sampled_from(
    (
        ("class", "caption"),
        ("class", "credit photo-credit"),
        ("id", "main"),
        ("class", "nav menu"),
        ("hidden", ""),
        ("aria-hidden", "true"),
        ("aria-hidden", "false"),
        ("style", "display:none"),
        ("style", "display: none !important"),
        ("style", "visibility: hidden"),
        ("style", "color:red"),
        ("role", "navigation"),
        ("role", "main"),
        ("href", "https://example.org/x"),
        ("dir", "rtl"),
        ("alt", "A photo of a harbour"),
        ("lang", "ar"),
        ("title", "tip"),
        ("data-x", "<&>\"'"),
    )
)
_ENTITIES = (
    "&amp;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&#8212;",
    "&#x200b;",
    "&eacute;",
    "&bogus;",
    "&#0;",
    "&",
    "&#xD800;",
)


def _attr_text(pairs: list[tuple[str, str]]) -> str:
    return "".join(f' {k}="{html_lib.escape(v)}"' if v else f" {k}" for k, v in pairs)


_open_tag = st.builds(
    lambda tag, pairs: f"<{tag}{_attr_text(pairs)}>",
    st.sampled_from(_TAGS),
    st.lists(_ATTRS, max_size=3),
)
_token = st.one_of(
    _open_tag,
    _open_tag,
    st.sampled_from(_TAGS).map(lambda tag: f"</{tag}>"),
    st.text(max_size=20),
    sentences,
    st.sampled_from(_ENTITIES),
    st.text(max_size=10).map(lambda t: f"<!--{t}-->"),
    st.text(max_size=10).map(lambda t: f"<![CDATA[{t}]]>"),
    st.sampled_from(
        ("\x00", "<", ">", "</", "<!", "<?php echo 1 ?>", "<!DOCTYPE html>", "\u202e", "\r\n")
    ),
)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """A random, usually malformed, HTML token stream, sometimes very deeply nested."""
    tokens = draw(st.lists(_token, max_size=60))
    depth = draw(st.sampled_from((0, 0, 0, 300, 3000)))
    if depth:
        tag = draw(st.sampled_from(("div", "span", "b", "p", "li", "td")))
        tokens.insert(draw(st.integers(0, len(tokens))), f"<{tag}>" * depth + "deep text")
    prefix = draw(
        st.sampled_from(
            ("", "<!DOCTYPE html><html><body>", '<?xml version="1.0" encoding="utf-8"?>')
        )
    )
    return prefix + "".join(tokens)


# ------------------------------------------------------------------ build the answer first
@attrs.frozen
class ArticleSpec:
    """The answer a rendered page must give back."""

    title: str
    published: datetime
    paragraphs: tuple[str, ...]
    caption: str
    credit: str


_name = st.sampled_from(
    ("Harbour", "Council", "Rivers", "Budget", "Election", "Schools", "Trade", "Storm")
)
_title = st.lists(_name, min_size=3, max_size=8).map(lambda words: " ".join(words) + " news")
# Two to four sentences of six or more plain words: at least twelve words, as body paragraphs have.
# (A sentence opens with a word: the text front-end reads a line opening with a dash as a bullet.)
_prose_sentence = st.builds(
    lambda first, rest: _sentence([first, *rest]),
    st.sampled_from(_PROSE).filter(str.isalpha),
    st.lists(st.sampled_from(_PROSE), min_size=5, max_size=24),
)
_paragraph = st.lists(_prose_sentence, min_size=2, max_size=4).map(" ".join)


def article_specs() -> st.SearchStrategy[ArticleSpec]:
    """Generated articles: a headline, a time, two to six long paragraphs, a credited caption."""
    return st.builds(
        ArticleSpec,
        title=_title,
        published=st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 1, 1)).map(
            lambda d: d.replace(second=0, microsecond=0)
        ),
        paragraphs=st.lists(_paragraph, min_size=2, max_size=6).map(tuple),
        caption=st.lists(_name, min_size=3, max_size=6).map(
            lambda w: "A view of the " + " ".join(w)
        ),
        credit=st.sampled_from(("Jane Doe/Reuters", "AP Photo/John Smith", "Getty Images")),
    )


def render_html(spec: ArticleSpec) -> str:
    """A small article page as a news site would serve it."""
    esc = html_lib.escape
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{esc(spec.title)} | Site</title></head><body>"
        f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><article>'
        f"<h1>{esc(spec.title)}</h1>"
        f'<time datetime="{spec.published.isoformat()}">{spec.published:%d %B %Y %H:%M}</time>'
        f'<figure><img src="x.jpg" alt=""><figcaption>{esc(spec.caption)} '
        f'<span class="credit">{esc(spec.credit)}</span></figcaption></figure>'
        f"{paragraphs}</article><footer>© Site</footer></body></html>"
    )


def render_text(spec: ArticleSpec) -> str:
    """The page as an innerText-like dump: one block per line, blank lines around paragraphs."""
    lines = [
        "Home",
        "World",
        "",
        spec.title,
        "",
        f"{spec.published:%d %B %Y %H:%M}",
        "",
        f"{spec.caption} [{spec.credit}]",
        "",
    ]
    for paragraph in spec.paragraphs:
        lines += [paragraph, ""]
    lines.append("© Site")
    return "\n".join(lines) + "\n"
