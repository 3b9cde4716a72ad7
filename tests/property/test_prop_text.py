"""Properties of parse() over messy text and bytes: no exception, determinism, accounting, types."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import articleparse
from articleparse._decode import decode
from invariants import check_all, check_text_accounting
from strategies import PROPS, messy_bytes, messy_text


@PROPS
@given(st.one_of(st.text(), messy_text()))
@example("")
@example("\u200b\n\u00ad")
@example("a\x1cb\x1dc\x85d\u2028e")
@example("Title here\r\rBody\r\n\r\n")
@example("\x00" * 10 + "\n\n" + "x " * 50 + ".")
def test_text_never_raises_and_accounts_for_every_character(source: str) -> None:
    """Text input gives a well-typed Article whose spans cover each non-space character once."""
    article = articleparse.parse(source, format="text")
    check_all(article)
    check_text_accounting(source, article)


@PROPS
@given(messy_bytes)
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
@example(b"\x81\x8d\x8f\x90\x9d")
@example(b'<meta charset="utf-16">\n\xff\xfeA')
def test_bytes_never_raise_and_account_for_the_decoded_input(source: bytes) -> None:
    """Bytes in any (or no) encoding parse as text; the spans index the decoded input."""
    article = articleparse.parse(source, format="text")
    check_all(article)
    check_text_accounting(decode(source), article)


@PROPS
@given(st.one_of(messy_bytes, messy_text(), st.text()))
def test_auto_format_never_raises(source: str | bytes) -> None:
    """With format detection, any str or bytes gives a well-typed Article."""
    article = articleparse.parse(source)
    check_all(article)
    if article.format is articleparse.InputFormat.TEXT:
        decoded = source if isinstance(source, str) else decode(source, sniff_html=True)
        check_text_accounting(decoded, article)


@PROPS
@given(st.one_of(messy_bytes, messy_text()), st.sampled_from(("auto", "html", "text")))
def test_parse_is_deterministic(source: str | bytes, format: str) -> None:
    """Parsing the same input twice gives equal Articles (and equal dicts)."""
    first = articleparse.parse(source, format=format)  # type: ignore[arg-type]
    second = articleparse.parse(source, format=format)  # type: ignore[arg-type]
    assert first == second
    assert first.to_dict() == second.to_dict()


@PROPS
@given(
    st.one_of(
        st.none(),
        st.integers(),
        st.lists(st.text()),
        st.builds(bytearray),
        st.builds(memoryview, st.binary()),
    )
)
def test_wrong_source_type_raises_type_error(source: object) -> None:
    """Only str and bytes are accepted; anything else is a TypeError, not a crash elsewhere."""
    with pytest.raises(TypeError):
        articleparse.parse(source)  # type: ignore[arg-type]


@PROPS
@given(st.text(max_size=10).filter(lambda f: f not in ("auto", "html", "text")))
def test_bad_format_raises_value_error(format: str) -> None:
    """An unknown format is a ValueError."""
    with pytest.raises(ValueError):
        articleparse.parse("Some text.", format=format)  # type: ignore[arg-type]
