"""Decoded markup -> lxml tree: the front-end's parsing step.

Parsing: lxml's recovering HTML parser (no network, no file access, huge
trees allowed). NUL bytes become U+FFFD and ``</body>``/``</html>`` end
tags are removed (libxml2 would drop the text after a stray one, browsers
show it); markup once misread as Latin-1 is repaired
(:func:`articleparse._decode.repair_latin1_reading`); comments and
processing instructions are dropped by the parser; CDATA and other stray
tags are the parser's to recover from. libxml2 stops building the tree past
its nesting limit (a few thousand levels even with ``huge_tree``): text
nested deeper than that, and what follows it, is lost, but parsing never
fails and never recurses.
"""

from __future__ import annotations

from lxml import etree

from ._decode import repair_latin1_reading, utf8_bytes
from ._patterns import DOCUMENT_END_TAG

#: what a NUL character becomes, as UTF-8
_REPLACEMENT = "\ufffd".encode()


def _drop_end_tags(text: str) -> str:
    """Remove every ``</body>`` and ``</html>``: libxml2 drops what follows a stray one.

    Browsers keep the text after a stray end tag in the body, and so does this front-end;
    the parser closes both elements at the end of the input anyway. One regex pass, linear.
    """
    cuts = [found.span() for found in DOCUMENT_END_TAG.finditer(text)]
    tail = len(text)
    while cuts and not text[cuts[-1][1] : tail].strip():
        tail = cuts.pop()[0]  # end tags with nothing after them are where they belong
    if not cuts:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in cuts:
        pieces.append(text[at:start])
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def parse_tree(text: str, utf8: bytes | None = None) -> etree._Element | None:
    """The document's root element, or None when there is no document at all.

    The text is fed as UTF-8 bytes with the encoding stated, so a leftover XML or meta
    charset declaration cannot make lxml refuse or re-decode it. Plain lxml elements (no
    ``lxml.html`` element classes) keep the walk free of Python-level class lookups.

    Args:
        text: the markup.
        utf8: ``text`` as UTF-8, when the caller has it (the source bytes): fed as it is
            unless end tags are cut from the text.
    """
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
        collect_ids=False,  # no lookups by id: no id table to build
    )
    kept = _drop_end_tags(text)
    data = utf8 if utf8 is not None and kept is text else utf8_bytes(kept)
    if b"\x00" in data:  # a NUL is one byte in UTF-8: searched there (memchr), not in the str
        data = data.replace(b"\x00", _REPLACEMENT)
    data = repair_latin1_reading(data)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root
