"""Page metadata from an lxml tree: <title>, OpenGraph, meta, JSON-LD, <time>.

Minimal first version: the HTML issue extends it (JSON-LD, microdata, Dublin Core).
"""

from __future__ import annotations

from lxml import etree

from ._blocks import Metadata
from ._dates import parse_metadata_date
from ._text import normalise


def _meta(root: etree._Element, *names: str) -> str | None:
    for name in names:
        for element in root.iterfind(f".//meta[@property='{name}']"):
            value = normalise(element.get("content") or "")
            if value:
                return value
        for element in root.iterfind(f".//meta[@name='{name}']"):
            value = normalise(element.get("content") or "")
            if value:
                return value
    return None


def read_metadata(root: etree._Element) -> Metadata:
    """Read what the page states about itself."""
    title = _meta(root, "og:title", "twitter:title")
    if title is None:
        found = root.find(".//title")
        if found is not None and found.text:
            title = normalise(found.text) or None
    published_raw = _meta(root, "article:published_time", "date", "pubdate")
    published = parse_metadata_date(published_raw) if published_raw else None
    lang = root.get("lang")
    return Metadata(
        title=title,
        published=published,
        url=_meta(root, "og:url"),
        site_name=_meta(root, "og:site_name"),
        language=lang.strip() if lang and lang.strip() else None,
        description=_meta(root, "og:description", "description"),
    )
