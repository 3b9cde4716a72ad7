"""Media credits: split a caption into text and credit; recognise standalone credits.

Evidence for a credit at the end of a caption, tried in this order:

* a trailing bracket, "[Agency/Wikimedia]" or "(AP Photo/Jane Doe)", whose content
  names a source: sources around a slash (an agency of ``_lexicon/agencies.txt`` or
  a name of two or more capitalised words on one side, no digits), a credit cue, or
  an agency. "(left)", "(file photo)", "(2019)", "(1/2 cup)" and an acronym after
  its expansion ("Environmental Protection Agency (EPA)") are not credits;
* a credit cue (``_lexicon/credit_cues.txt`` with a colon: "Photo: Reuters",
  "Foto: dpa", "Credit...Jane Doe"; "Photo by Jane Doe"; "courtesy of"; "©"). A
  copyright sign before a site's notice ("© 2012-2026 Example Inc. All rights
  reserved") gives no credit;
* an agency signature without a cue: "REUTERS/Jane Doe", "Jane Doe/Getty Images",
  "Jane Doe | Getty Images". A bare agency name ends a caption as a credit only
  after a sentence end or separator ("Smoke rises. AFP"), never inside prose
  ("..., said AFP").

Credits are returned without wrappers or cues: "[Harbour Trust/Wikimedia]" ->
"Harbour Trust/Wikimedia", "Photo: Reuters" -> "Reuters".
"""

from __future__ import annotations

from .._lexicon import words
from .._patterns import (
    AGENCY_CREDIT,
    CODE_LIKE,
    COPYRIGHT_NOTICE,
    CREDIT_CUE,
    CREDIT_SENTENCE_BREAK,
    TRAILING_BRACKET,
)

_MAX_CREDIT_WORDS = 12
#: Only this many characters at the end of a caption are searched for a credit.
_MAX_TAIL_CHARS = 300
_SEPARATORS = ".;:,|–—-([•·"
_WRAPPERS = " .;:,|–—-\"'“”‘’"
_PAIRS = ("()", "[]", "{}")
_AGENCIES = words("agencies.txt")
_COPYRIGHT_SIGNS = ("©", "(c)", "copyright")


def _trim(text: str) -> str:
    """Strip whitespace, quotes, separators and enclosing brackets until none is left.

    A bracket is stripped only with its partner: "(Reuters)" -> "Reuters", but
    "Jane Doe (Reuters)" keeps its closing bracket.
    """
    previous = None
    while previous != text:
        previous, text = text, text.strip().strip(_WRAPPERS)
        if len(text) >= 2 and text[0] + text[-1] in _PAIRS:
            text = text[1:-1]
        if text[:1] in "([{" and not any(pair[1] in text for pair in _PAIRS):
            text = text[1:]  # an opening bracket left alone
        if text[-1:] in ")]}" and not any(pair[0] in text for pair in _PAIRS):
            text = text[:-1]  # a closing bracket left alone
    return text


def _clean(who: str) -> str:
    """The source alone: no brackets, quotes, separators, nested cue or copyright sign."""
    who = _trim(who)
    nested = CREDIT_CUE.match(who)
    if nested is not None and nested.start("who") > 0:
        who = _trim(nested.group("who"))  # "Grafik: Quelle: BDEW" -> "BDEW"
    while who[:1] == "©" or who[:3].lower() == "(c)":
        who = _trim(who[1 if who[0] == "©" else 3 :])
    return who


def _looks_like_source(who: str) -> bool:
    """A credit names a source: short, no sentence or code inside it."""
    words = who.split()
    return (
        0 < len(words) <= _MAX_CREDIT_WORDS
        and not who.rstrip().endswith(("?", "!"))
        and CODE_LIKE.search(who) is None
        and CREDIT_SENTENCE_BREAK.search(who.rstrip(" .")) is None
    )


def _names_sources(inner: str) -> bool:
    """Slash-separated sources: "Jane Doe/Reuters", "Agency Photo/Getty", not "BE/SO/FR" or "1/2".

    One side must be an agency or a name of two or more words, starting with a capital.
    """
    if "/" not in inner or any(ch.isdigit() for ch in inner):
        return False  # "Ryzen 5/8GB/256GB SSD" is a specification
    for side in inner.split("/"):
        side = side.strip()
        tokens = side.split()
        if side.lower() in _AGENCIES or (len(tokens) >= 2 and tokens[0][:1].isupper()):
            return True
    return False


def _is_notice(cue: str, who: str) -> bool:
    """A copyright notice of the site ("© 2025 Example Inc. All rights reserved"), not a credit.

    A notice has a year range, "all rights reserved", a legal form or a web address, or
    starts with a year and names no agency ("© 2026 Example University"; "© 2020 AFP" is
    a credit).
    """
    if cue.lower() not in _COPYRIGHT_SIGNS:
        return False
    if COPYRIGHT_NOTICE.search(who) is not None:
        return True
    first, _, rest = who.partition(" ")
    first = first.rstrip(".,")
    return first.isdigit() and len(first) == 4 and AGENCY_CREDIT.search(rest) is None


def _is_expansion(before: str, inner: str) -> bool:
    """True for an acronym after its expansion: "Environmental Protection Agency (EPA)"."""
    if not (inner.isupper() and inner.isalpha() and 2 <= len(inner) <= 6):
        return False
    words = before.split()[-len(inner) :]
    return len(words) == len(inner) and "".join(word[0] for word in words).upper() == inner


def _bracket_is_credit(inner: str) -> bool:
    """A bracketed tail is a credit when it names a source ("A/B", a cue, an agency)."""
    inner = inner.strip()
    if not _looks_like_source(inner):
        return False
    return (
        _names_sources(inner)
        or CREDIT_CUE.search(inner) is not None
        or AGENCY_CREDIT.fullmatch(inner) is not None
    )


def _after_break(text: str, start: int) -> bool:
    """True when ``start`` opens the text or follows a sentence end or separator."""
    before = text[:start].rstrip()
    return not before or before[-1] in _SEPARATORS


def _caption(text: str) -> str:
    return text.strip().rstrip(" ,;|–—-•·").strip()


def split_credit(text: str) -> tuple[str, str | None]:
    """Split ``text`` into (caption, credit); credit is None when none is found."""
    offset = max(0, len(text) - _MAX_TAIL_CHARS)
    tail = text[offset:]
    match = TRAILING_BRACKET.search(tail)
    cue = CREDIT_CUE.search(tail)
    # A cue before the bracket takes it along: "Photo: Jane Doe (Reuters)".
    cue_first = (
        cue is not None
        and match is not None
        and cue.start() < match.start()
        and _looks_like_source(cue.group("who"))
    )
    if match is not None and not cue_first:
        inner = match.group("sq") or match.group("rd") or ""
        if _bracket_is_credit(inner) and not _is_expansion(tail[: match.start()], inner.strip()):
            inner_cue = CREDIT_CUE.search(inner)
            who = inner_cue.group("who") if inner_cue is not None else inner
            return _caption(text[: offset + match.start()]), _clean(who) or None
    if cue is not None and _is_notice(cue.group("cue").strip(), cue.group("who")):
        return text, None
    if cue is not None and _looks_like_source(cue.group("who")):
        return _caption(text[: offset + cue.start()]), _clean(cue.group("who")) or None
    agency = AGENCY_CREDIT.search(tail)
    if agency is not None:
        start = agency.start("who")
        for found in CREDIT_SENTENCE_BREAK.finditer(tail, start, agency.end("who")):
            start = found.end()  # "A man walks. Jane Doe/Getty Images": the credit starts at "Jane"
        if agency.group("person") is not None or _after_break(tail, start):
            return _caption(text[: offset + start]), _clean(tail[start : agency.end("who")]) or None
    return text, None


def standalone_credit(text: str) -> str | None:
    """Return the credit when the whole block is one ("Photo: Reuters"), else None."""
    caption, credit = split_credit(text)
    if credit is None or caption.strip(" .:|–—-"):
        return None
    return credit
