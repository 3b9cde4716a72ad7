"""bytes -> str: byte-order marks, declared charsets, strict UTF-8, the Windows-1252 fallback."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse._decode import (
    declared_charset,
    decode,
    decode_html,
    markup_ready,
    repair_latin1_reading,
)


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_mark_wins_and_is_removed(bom: bytes, encoding: str) -> None:
    """A BOM picks the codec and is not part of the decoded text."""
    assert decode(bom + "Grüße, 東京".encode(encoding)) == "Grüße, 東京"


def test_utf32_bom_is_not_mistaken_for_utf16() -> None:
    """The UTF-32-LE BOM starts with the UTF-16-LE one; the longer mark must win."""
    assert decode(codecs.BOM_UTF32_LE + "ab".encode("utf-32-le")) == "ab"


def test_strict_utf8_is_preferred() -> None:
    """Valid UTF-8 without any label decodes as UTF-8."""
    assert decode("café – “quoted”".encode()) == "café – “quoted”"


def test_invalid_utf8_falls_back_to_windows_1252() -> None:
    """Bytes that are not UTF-8 decode as Windows-1252, curly quotes included."""
    assert decode(b"caf\xe9 \x93quoted\x94") == "café “quoted”"


def test_undefined_windows_1252_bytes_become_replacement_characters() -> None:
    """The five bytes Windows-1252 leaves undefined never raise."""
    assert decode(b"\xff\x81\x8d\x8f\x90\x9d") == "ÿ" + "\ufffd" * 5


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="iso-8859-1">', "cp1252"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        (b'<?xml version="1.0" encoding="koi8-r"?>', "koi8-r"),
        (b'<meta charset="utf-16">', "utf-8"),
        (b'<meta charset="no-such-codec">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    """Declared labels map to Python codecs the way browsers read them; unknown ones are ignored."""
    assert declared_charset(head + b"\n<p>x</p>") == expected


def test_declared_charset_only_counts_when_sniffing_html() -> None:
    """A charset declaration is honoured for HTML, ignored for a text dump."""
    data = '<meta charset="windows-1251">Привет'.encode("cp1251")
    assert decode(data, sniff_html=True).endswith("Привет")
    assert not decode(data, sniff_html=False).endswith("Привет")


def test_declaration_after_the_sniff_window_is_ignored() -> None:
    """Only the first 4 KiB are searched for a declared charset."""
    data = b" " * 5000 + b'<meta charset="koi8-r">' + "д".encode("koi8-r")
    assert decode(data, sniff_html=True).endswith("д".encode("koi8-r").decode("cp1252"))


@given(st.binary(max_size=200), st.booleans())
def test_decode_never_raises_and_always_returns_str(data: bytes, sniff: bool) -> None:
    """Any bytes decode to a str, with or without HTML sniffing."""
    assert isinstance(decode(data, sniff_html=sniff), str)


@given(st.text(max_size=200))
def test_utf8_round_trip(text: str) -> None:
    """Text encoded as UTF-8 (without a BOM-like start) decodes to itself."""
    if text.startswith("\ufeff"):
        text = " " + text
    assert decode(text.encode("utf-8")) == text


def test_markup_ready_replaces_lone_surrogates() -> None:
    """lxml stops at a lone surrogate, so each becomes U+FFFD before parsing."""
    assert markup_ready("a\ud800b\udcffc") == "a\ufffdb\ufffdc"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('<?xml version="1.0" encoding="utf-8"?><html><p>x</p>', "<html><p>x</p>"),
        ("<?xml version='1.0'?>\n<p>x</p>", "\n<p>x</p>"),
        ("<?xml encoding='utf-8'", ""),
        (" <?xml encoding='utf-8'?><p>x</p>", " <?xml encoding='utf-8'?><p>x</p>"),
        ("<p>plain</p>", "<p>plain</p>"),
    ],
)
def test_markup_ready_drops_a_leading_xml_declaration(page: str, expected: str) -> None:
    """lxml refuses a str starting with an encoding declaration; the declaration is never text."""
    assert markup_ready(page) == expected


def test_utf8_bytes_encodes_lone_surrogates_as_replacement_characters() -> None:
    """Text encodes to UTF-8 in one pass; a lone surrogate becomes U+FFFD, not an error."""
    from articleparse._decode import utf8_bytes

    assert utf8_bytes("café") == "café".encode()
    assert utf8_bytes("a\ud800b") == "a\ufffdb".encode()


def test_without_xml_declaration_keeps_everything_else() -> None:
    """Only a leading XML declaration goes; text without one is returned unchanged."""
    from articleparse._decode import without_xml_declaration

    assert without_xml_declaration('<?xml version="1.0"?><html/>') == "<html/>"
    assert without_xml_declaration("<html><?xml ?></html>") == "<html><?xml ?></html>"


@pytest.mark.parametrize(
    ("data", "as_is"),
    [
        ("<p>café – “quoted”</p>".encode(), True),
        (b'<meta charset="utf-8"><p>plain</p>', True),
        ('<meta charset="utf-8"><p>café</p>'.encode("cp1252"), False),
        ("<p>café</p>".encode("cp1252"), False),
        ('<meta charset="iso-8859-1"><p>plain</p>'.encode("cp1252"), False),
        (codecs.BOM_UTF8 + "<p>café</p>".encode(), False),
        (b"", True),
    ],
)
def test_decode_html_hands_back_exact_utf8_bytes(data: bytes, as_is: bool) -> None:
    """decode_html reads bytes as decode(sniff_html=True) does, and gives the bytes back only
    when the text is exactly their strict UTF-8 reading."""
    text, utf8 = decode_html(data)
    assert text == decode(data, sniff_html=True)
    assert (utf8 is data) is as_is
    if utf8 is not None:
        assert utf8 == text.encode("utf-8")


@given(st.binary(max_size=200))
def test_decode_html_agrees_with_decode(data: bytes) -> None:
    """For any bytes, decode_html's text is decode's, and bytes handed back encode it."""
    text, utf8 = decode_html(data)
    assert text == decode(data, sniff_html=True)
    assert utf8 is None or utf8 == text.encode("utf-8")


def _misread(text: str) -> bytes:
    """``text``'s UTF-8 bytes decoded as Latin-1 and encoded again (a crawler's mistake)."""
    return text.encode("utf-8").decode("latin-1").encode("utf-8")


def test_markup_misread_as_latin1_is_repaired() -> None:
    """Curly quotes, dashes, accents and emoji come back; the title and body read right."""
    original = "Investor’s guide — café, naïve, 😀"
    assert repair_latin1_reading(_misread(original)).decode("utf-8") == original
    prose = "It’s a café on the harbour — open all year, with tables outside. " * 4
    page = f"<html><body><h1>Investor’s guide</h1><p>{prose}</p></body></html>"
    article = articleparse.parse(_misread(page), format="html")
    assert article.title == "Investor’s guide"
    assert article.text == prose.strip()


def test_text_without_a_control_character_is_left_as_it_is() -> None:
    """Latin-1 pairs that could spell UTF-8 ("Ã©") stay when nothing shows a misreading."""
    data = "PORTUGUÊS: Ã© Â« quoted »".encode()
    assert repair_latin1_reading(data) is data


@given(st.text())
def test_repair_never_raises_and_keeps_clean_text(text: str) -> None:
    data = text.encode("utf-8", "replace")
    repaired = repair_latin1_reading(data)
    assert isinstance(repaired, bytes)
    if not any("\x80" <= ch <= "\x9f" for ch in text):
        assert repaired == data
