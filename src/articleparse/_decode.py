"""bytes -> str: the only module that knows about encodings.

Order: a byte-order mark; for HTML, a declared charset (``<meta charset>``,
``http-equiv`` content type, XML declaration) in the first 4 KiB; strict
UTF-8; and finally Windows-1252, the encoding browsers assume for unlabelled
Western pages, with U+FFFD for its five undefined bytes. Decoding never raises.

Markup read twice (its UTF-8 bytes once decoded as Latin-1 and encoded again, so
"it’s" shows as "itâ\x80\x99s") is repaired before parsing
(:func:`repair_latin1_reading`); plain text is left as given, so that segment
spans keep pointing into it.
"""

from __future__ import annotations

import codecs
import re
from types import MappingProxyType

from ._patterns import DECLARED_CHARSET

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACK = "cp1252"
# Lone surrogates (possible in a str, never in decoded bytes) -> U+FFFD, as a browser shows them.
_SURROGATES = MappingProxyType(dict.fromkeys(range(0xD800, 0xE000), 0xFFFD))
_SNIFF_BYTES = 4096
#: a C1 control character (U+0080-U+009F) in UTF-8: never in text a person wrote, the trace
#: of UTF-8 bytes read as Latin-1 ("’" = E2 80 99 became "â\x80\x99")
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
#: one UTF-8 sequence of two to four bytes read as as many Latin-1 characters
_READ_AS_LATIN1 = re.compile(
    "[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def declared_charset(data: bytes) -> str | None:
    """Return the codec name an HTML document declares near its start, if Python knows it."""
    head = data[:_SNIFF_BYTES].decode("ascii", "replace")
    match = DECLARED_CHARSET.search(head)
    if match is None:
        return None
    label = match.group("charset").strip().lower()
    # Browsers treat these labels as windows-1252 (WHATWG Encoding Standard).
    if label in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        label = "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page served as bytes cannot really be UTF-16 if it declares so in ASCII.
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def decode(data: bytes, *, sniff_html: bool = False) -> str:
    """Decode ``data`` to text without ever raising.

    Args:
        data: the raw bytes.
        sniff_html: also honour a charset declared in the markup.
    """
    found = _bom(data)
    if found is not None:
        encoding, skip = found
        return data[skip:].decode(encoding, "replace")
    if sniff_html:
        declared = declared_charset(data)
        if declared is not None:
            return data.decode(declared, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(_FALLBACK, "replace")


def decode_html(data: bytes) -> tuple[str, bytes | None]:
    """``decode(data, sniff_html=True)``, and ``data`` itself when that text is exactly its
    strict UTF-8 reading (no byte-order mark, no other charset declared, nothing replaced):
    then the HTML parser can take the bytes as they are, without encoding the text again.
    """
    if _bom(data) is None and declared_charset(data) in (None, "utf-8"):
        try:
            return data.decode("utf-8"), data
        except UnicodeDecodeError:
            pass  # decode() reads it with replacements, or as the fallback charset
    return decode(data, sniff_html=True), None


def markup_ready(text: str) -> str:
    """Return ``text`` in a form lxml's HTML parser reads whole; never raises.

    lxml stops at a lone surrogate (which a ``str`` may carry, e.g. from
    ``surrogateescape``) and refuses a ``str`` that starts with an XML
    declaration naming an encoding. Surrogates become U+FFFD; a leading
    ``<?xml ...>`` declaration, which is never visible text, is dropped up to
    its first ``>`` (where an HTML tokenizer ends it).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.translate(_SURROGATES)
    return without_xml_declaration(text)


def utf8_bytes(text: str) -> bytes:
    """``text`` as UTF-8, a lone surrogate as U+FFFD (one encoding pass for the usual text)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.translate(_SURROGATES).encode("utf-8")


def _as_utf8(match: re.Match[str]) -> str:
    """The character a run of Latin-1 characters spells in UTF-8, or the run itself."""
    try:
        return match.group().encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def repair_latin1_reading(data: bytes) -> bytes:
    """UTF-8 markup whose text was once decoded as Latin-1 and encoded again, repaired.

    Evidence: a C1 control character, which no one types; only then is each run of
    Latin-1 characters that spells one UTF-8 character replaced by it ("â\x80\x99" ->
    "’", "Ã©" -> "é"). A run that spells none is kept. Two linear regex passes at most.
    """
    if _C1_UTF8.search(data) is None:
        return data
    text = data.decode("utf-8", "replace")
    return _READ_AS_LATIN1.sub(_as_utf8, text).encode("utf-8", "replace")


def without_xml_declaration(text: str) -> str:
    """``text`` without a leading ``<?xml ...>`` declaration (up to its first ``>``)."""
    if text.startswith("<?xml"):
        end = text.find(">")
        text = text[end + 1 :] if end >= 0 else ""
    return text
