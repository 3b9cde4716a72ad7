"""Media credits: split a caption into text and credit; recognise standalone credits.

Evidence: a trailing bracketed source ("[Agency/Flickr]", "(AP Photo/Jane Doe)"),
a credit cue ("Photo:", "Credit:", "©", "Photo by", ...), or an agency
signature ("REUTERS/...", ".../Getty Images").
"""

from __future__ import annotations

from .._patterns import AGENCY_CREDIT, CREDIT_CUE, TRAILING_BRACKET

_MAX_CREDIT_WORDS = 12


def _clean(who: str) -> str:
    return who.strip().strip("[](){}").strip(" .;,|–—-").strip()


def _looks_like_source(who: str) -> bool:
    """A credit names a source: short, no sentence inside it."""
    words = who.split()
    return 0 < len(words) <= _MAX_CREDIT_WORDS and not who.rstrip().endswith(("?", "!"))


def _bracket_is_credit(inner: str) -> bool:
    """A bracketed tail is a credit when it names a source ("A/B", a cue, an agency), not a remark."""
    inner = inner.strip()
    if not _looks_like_source(inner):
        return False
    return "/" in inner or CREDIT_CUE.search(inner) is not None or AGENCY_CREDIT.search(inner) is not None


def split_credit(text: str) -> tuple[str, str | None]:
    """Split ``text`` into (caption, credit); credit is None when none is found."""
    match = TRAILING_BRACKET.search(text)
    if match is not None:
        inner = match.group("sq") or match.group("rd") or ""
        if _bracket_is_credit(inner):
            cue = CREDIT_CUE.search(inner)
            who = cue.group("who") if cue is not None else inner
            return text[: match.start()].strip(), _clean(who) or None
    match = CREDIT_CUE.search(text)
    if match is not None and _looks_like_source(match.group("who")):
        return text[: match.start()].strip(" |–—-"), _clean(match.group("who")) or None
    match = AGENCY_CREDIT.search(text)
    if match is not None and _looks_like_source(match.group("who")):
        return text[: match.start()].strip(" |–—-"), _clean(match.group("who")) or None
    return text, None


def standalone_credit(text: str) -> str | None:
    """Return the credit when the whole block is one ("Photo: Reuters"), else None."""
    caption, credit = split_credit(text)
    if credit is None or caption.strip(" .:|–—-"):
        return None
    return credit
