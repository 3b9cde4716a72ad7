"""Media credits: split a caption into text and credit; recognise standalone credits.

Evidence for a credit at the end of a caption, tried in this order:

* a trailing bracket, "[Agency/Flickr]" or "(AP Photo/Jane Doe)", whose content
  names a source: it has a slash, a credit cue, an agency of
  ``_lexicon/agencies.txt``, or is a short run of capitalised names after a
  "Photo:"-like cue. "(left)", "(file photo)" and "(2019)" are remarks, not credits;
* a credit cue (``_lexicon/credit_cues.txt`` with a colon: "Photo: Reuters",
  "Foto: dpa", "Credit...Jane Doe"; "Photo by Jane Doe"; "courtesy of"; "©");
* an agency signature without a cue: "REUTERS/Jane Doe", "Jane Doe/Getty Images",
  "Jane Doe | Getty Images". A bare agency name ends a caption as a credit only
  after a sentence end or separator ("Smoke rises. AFP"), never inside prose
  ("..., said AFP").

Credits are returned without wrappers or cues: "[European Commission/Flickr]" ->
"European Commission/Flickr", "Photo: Reuters" -> "Reuters".
"""

from __future__ import annotations

import re

from .._patterns import AGENCY_CREDIT, CREDIT_CUE, TRAILING_BRACKET

_MAX_CREDIT_WORDS = 12
#: Only this many characters at the end of a caption are searched for a credit.
_MAX_TAIL_CHARS = 300
_SEPARATORS = ".;:,|–—-([" + "•·"
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[^\W\d_])")
_CODE_LIKE = re.compile(r"[{}<>=]|:\d")
# A slash between two sources, the second capitalised: "Jane Doe/Reuters", not "kbit/s" or "1/2".
_SOURCE_SLASH = re.compile(r"[^\W\d_][^/]{0,80}/\s?[A-Z]")


def _clean(who: str) -> str:
    """The source alone: no brackets, separators or copyright sign around it."""
    who = who.strip().strip("[](){}").strip(" .;,|–—-").strip()
    while who[:1] == "©" or who[:3].lower() == "(c)":
        who = who[1 if who[0] == "©" else 3 :].strip()
    return who


def _looks_like_source(who: str) -> bool:
    """A credit names a source: short, no sentence or code inside it."""
    words = who.split()
    return (
        0 < len(words) <= _MAX_CREDIT_WORDS
        and not who.rstrip().endswith(("?", "!"))
        and _CODE_LIKE.search(who) is None
        and _SENTENCE_BREAK.search(who.rstrip(" .")) is None
    )


def _bracket_is_credit(inner: str) -> bool:
    """A bracketed tail is a credit when it names a source ("A/B", a cue, an agency)."""
    inner = inner.strip()
    if not _looks_like_source(inner):
        return False
    return (
        _SOURCE_SLASH.search(inner) is not None
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
    if match is not None:
        inner = match.group("sq") or match.group("rd") or ""
        if _bracket_is_credit(inner):
            cue = CREDIT_CUE.search(inner)
            who = cue.group("who") if cue is not None else inner
            return _caption(text[: offset + match.start()]), _clean(who) or None
    cue = CREDIT_CUE.search(tail)
    if cue is not None and _looks_like_source(cue.group("who")):
        return _caption(text[: offset + cue.start()]), _clean(cue.group("who")) or None
    agency = AGENCY_CREDIT.search(tail)
    if agency is not None:
        start = agency.start("who")
        for found in _SENTENCE_BREAK.finditer(tail, start, agency.end("who")):
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
