"""``<meta>`` and ``<link>`` facts: OpenGraph, ``article:*``, Dublin Core, parse.ly, sailthru, ...

All ``<meta>`` elements are read in one pass into a map from the lower-cased
key (``property``, ``name``, ``itemprop`` or ``http-equiv``) to the values
in document order (an entity the page escaped twice is read as its character).
Which keys state which field, and in which order of
preference, is the data file ``_lexicon/meta_keys.txt``; no code names a key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from html import unescape
from importlib import resources
from types import MappingProxyType

from lxml import etree

from ._text import normalise

_MAX_META = 2_000


def _table() -> tuple[Mapping[str, tuple[str, ...]], frozenset[str]]:
    text = resources.files("articleparse._lexicon").joinpath("meta_keys.txt").read_text("utf-8")
    fields: dict[str, list[str]] = {}
    multi: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        field, *keys = line.split()
        for key in keys:
            if key.endswith("*"):
                key = key[:-1]
                multi.add(key)
            fields.setdefault(field, []).append(key)
    return MappingProxyType({f: tuple(k) for f, k in fields.items()}), frozenset(multi)


#: field -> meta keys that state it, most trusted first (``_lexicon/meta_keys.txt``);
#: keys whose every value counts (one author per tag), not only the first
META_FIELDS, MULTI_VALUED = _table()


def read_meta_tags(metas: Iterable[etree._Element]) -> Mapping[str, tuple[str, ...]]:
    """Map each lower-cased meta key to its non-empty values, in document order.

    Args:
        metas: the page's ``<meta>`` elements in document order.
    """
    found: dict[str, list[str]] = {}
    for count, element in enumerate(metas):
        if count >= _MAX_META:
            break
        value = element.get("content") or ""
        if "&" in value:  # an entity escaped twice by the page ("&amp;#8217;" -> "&#8217;")
            value = unescape(value)
        value = normalise(value)
        if not value:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, []).append(value)
    return MappingProxyType({key: tuple(values) for key, values in found.items()})


def stated(
    tags: Mapping[str, tuple[str, ...]],
    field: str,
    *,
    unanimous: bool = False,
    accept: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Values the meta tags state for a field: the first key of the table that has any.

    Keys in :data:`MULTI_VALUED` give all their values, the others their first.
    With ``unanimous``, a key whose tags disagree (one per item of a list of
    posts) states nothing. With ``accept``, values it refuses (an author
    given as a profile URL) do not count.
    """
    for key in META_FIELDS[field]:
        values = tags.get(key, ())
        if accept is not None:
            values = tuple(value for value in values if accept(value))
        if values and unanimous and len(set(values)) > 1:
            continue
        if values:
            return values if key in MULTI_VALUED else values[:1]
    return ()


def canonical_url(links: Iterable[etree._Element]) -> str | None:
    """The ``<link rel="canonical">`` address when it is absolute (of the page's ``<link>``s)."""
    for link in links:
        rels = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rels and href.startswith(("http://", "https://")):
            return href
    return None
