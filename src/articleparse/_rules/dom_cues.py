"""What an element's class and id say about the text inside it.

Evidence: the class/id values are lower-cased and each value is looked up
whole ("sr-only") and cut into tokens at every character that is not a letter
or digit ("entry-content" -> entry, content); tokens are looked up in
``_lexicon/html_classes.txt``, exactly or by a listed prefix ("comment*"), and
so are neighbouring tokens joined by a hyphen ("theme-author-box-wrap" ->
author-box).
The answer says whether the element names main content (content, article,
entry, ...), a caption or a credit, and which boilerplate kind it names.
When one element names both content and boilerplate ("post-comments"), the
boilerplate kind is kept and ``positive`` is still reported; the caller
decides (an ancestor's content token does not make a share bar body text).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from itertools import pairwise
from types import MappingProxyType
from typing import NamedTuple

from ..model import BoilerplateKind

_CONTENT, _CAPTION, _CREDIT = "content", "caption", "credit"
#: longer class values are generated hashes or style soups, not names
_MAX_CLASS_CHARS = 60
#: class values that only say something about the page's state, never about the text inside
_STATE_PREFIXES = (
    "has-",
    "no-",
    "is-",
    "with-",
    "js-",
    "wp-block-",
    "layout-",
    "page-",
    "single-",
    "template-",
)


#: what a lexicon token says: content, caption, credit, or a boilerplate kind
_Says = str | BoilerplateKind


def _load() -> tuple[Mapping[str, _Says], tuple[tuple[int, Mapping[str, _Says]], ...]]:
    text = resources.files("articleparse._lexicon").joinpath("html_classes.txt").read_text("utf-8")
    exact: dict[str, _Says] = {}
    by_length: dict[int, dict[str, _Says]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, token = line.split(None, 1)
        token = token.strip().lower()
        # boilerplate kinds are made enum members here, once, not per token of every page
        kind: _Says = name if name in (_CONTENT, _CAPTION, _CREDIT) else BoilerplateKind(name)
        if token.endswith("*"):
            by_length.setdefault(len(token) - 1, {})[token[:-1]] = kind
        else:
            exact[token] = kind
    prefixes = tuple((size, MappingProxyType(table)) for size, table in sorted(by_length.items()))
    return MappingProxyType(exact), prefixes


#: token -> kind, and (prefix length, prefix -> kind) tables, from _lexicon/html_classes.txt
_EXACT, _PREFIXES = _load()
#: the shortest listed prefix's length, and every prefix's start of that length (a token
#: that starts otherwise matches no prefix)
_SHORTEST = min((size for size, _ in _PREFIXES), default=0)
_HEADS = frozenset(prefix[:_SHORTEST] for _, table in _PREFIXES for prefix in table)
_SEPARATOR_CHARS = "-_:./[]()#@!=+~,"
_SEPARATORS = str.maketrans(dict.fromkeys(_SEPARATOR_CHARS, " "))
#: the same table for ASCII names as bytes (bytes.translate is a table lookup per byte,
#: several times faster than str.translate's mapping lookups, and most names are ASCII)
_ASCII_SEPARATORS = bytes.maketrans(_SEPARATOR_CHARS.encode(), b" " * len(_SEPARATOR_CHARS))


class Cue(NamedTuple):
    """What one element's class/id names (a named tuple: cheap to build, one per new name)."""

    positive: bool = False
    kind: BoilerplateKind | None = None
    caption: bool = False
    credit: bool = False
    #: the recognised class/id tokens (a bounded vocabulary)
    words: frozenset[str] = frozenset()


NO_CUE = Cue()
#: marks a token not looked up yet in a parse's token memo (None means "names nothing")
_UNSEEN = "\x00unseen"


def _lookup(token: str) -> _Says | None:
    found = _EXACT.get(token)
    if found is not None or token[:_SHORTEST] not in _HEADS:
        return found
    for size, table in _PREFIXES:
        if len(token) < size:
            break
        found = table.get(token[:size])
        if found is not None:
            return found
    return None


def _name_cue(name: str, tokens: dict[str, _Says | None]) -> Cue:
    """What one lower-cased class or id name says (whole and token by token).

    ``tokens`` caches token lookups for one parse (names share tokens: "entry-content").
    """
    if name.startswith(_STATE_PREFIXES) or len(name) > _MAX_CLASS_CHARS:
        return NO_CUE
    positive = caption = credit = False
    kind: BoilerplateKind | None = None
    words: set[str] = set()
    if name.isalpha():  # one word, no separators: the name is its only token
        candidates = [name]
    else:
        spaced = (
            name.encode().translate(_ASCII_SEPARATORS).decode()
            if name.isascii()
            else name.translate(_SEPARATORS)
        )
        parts = [part for part in spaced.split() if part.isalpha()]
        candidates = parts if parts == [name] else [name, *parts]
        # a listed pair of words inside a longer name ("mvp-author-box-wrap": "author-box")
        candidates += [pair for pair in map("-".join, pairwise(parts)) if pair != name]
    for token in candidates:
        found = tokens.get(token, _UNSEEN)
        if found is _UNSEEN:
            found = tokens[token] = _lookup(token)
        if found is None:
            continue
        words.add(token)
        if found == _CONTENT:
            positive = True
        elif found == _CAPTION:
            caption = True
        elif found == _CREDIT:
            credit = True
        elif kind is None and isinstance(found, BoilerplateKind):
            kind = found
    if not words:
        return NO_CUE
    return Cue(positive, kind, caption, credit, frozenset(words))  # in field order


def read_cue(
    value: str, memo: dict[str, Cue] | None = None, tokens: dict[str, _Says | None] | None = None
) -> Cue:
    """Read the class and id values of one element (space-separated).

    ``memo`` (what each name says) and ``tokens`` cache lookups for one parse (pages
    repeat class names a lot).
    """
    memo = {} if memo is None else memo
    tokens = {} if tokens is None else tokens
    cues: list[Cue] = []
    for name in value.lower().split():
        cue = memo.get(name)
        if cue is None:
            cue = memo[name] = _name_cue(name, tokens)
        if cue is not NO_CUE:
            cues.append(cue)
    return _merge(cues)


def _merge(cues: list[Cue]) -> Cue:
    """The cues of several names add up; the first name that names a boilerplate kind gives
    the kind."""
    cues = [cue for cue in cues if cue is not NO_CUE]
    if not cues:
        return NO_CUE
    if len(cues) == 1:
        return cues[0]
    positive = caption = credit = False
    kind: BoilerplateKind | None = None
    words: set[str] = set()
    for cue in cues:  # one pass (this runs for every new class+id pair of a page)
        positive = positive or cue.positive
        caption = caption or cue.caption
        credit = credit or cue.credit
        if kind is None:
            kind = cue.kind
        words.update(cue.words)
    return Cue(positive, kind, caption, credit, frozenset(words))


class CueTable:
    """A per-parse memo of class/id values, names and tokens already read (pages repeat them)."""

    __slots__ = ("_names", "_pairs", "_seen", "_tokens")

    def __init__(self) -> None:
        self._seen: dict[str, Cue] = {}
        self._pairs: dict[tuple[str, str], Cue] = {}
        self._names: dict[str, Cue] = {}
        self._tokens: dict[str, _Says | None] = {}

    def get(self, value: str) -> Cue:
        """The cue of a class or id value, read once per parse."""
        found = self._seen.get(value)
        if found is None:
            memo, cues = self._names, []
            for name in value.lower().split():
                cue = memo.get(name)
                if cue is None:
                    cue = memo[name] = _name_cue(name, self._tokens)
                if cue is not NO_CUE:
                    cues.append(cue)
            # one name that says something (most values): its cue, without merging
            found = self._seen[value] = cues[0] if len(cues) == 1 else _merge(cues)
        return found

    def pair(self, class_value: str, id_value: str) -> Cue:
        """The cue of an element with both a class and an id, read once per parse."""
        key = (class_value, id_value)
        found = self._pairs.get(key)
        if found is None:
            found = self._pairs[key] = _merge([self.get(class_value), self.get(id_value)])
        return found


def class_cue(table: CueTable, class_value: str | None, id_value: str | None) -> Cue:
    """The cue of an element from its class and id attributes (the class's kind first)."""
    if not id_value:
        return table.get(class_value) if class_value else NO_CUE
    if not class_value:
        return table.get(id_value)
    return table.pair(class_value, id_value)
