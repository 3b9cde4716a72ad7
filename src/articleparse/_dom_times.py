"""The page's ``<time>`` elements: which one dates the article, and a thread's opening post.

Each ``<time>`` (the first :data:`MAX_TIMES`) is read once: what it states (its
``datetime``, else its text), whether it is an update stamp, whether it sits in a
comment thread or sidebar. The article's is one near the main heading or in the
article's header, else the day every ``<time>`` of the page names.
"""

from __future__ import annotations

from datetime import date

from lxml import etree

from ._dates import parse_metadata_date
from ._dom_nodes import (
    MAIN_TAGS,
    TIME_AFTER_H1,
    TIME_BEFORE_H1,
    ancestors,
    foreign,
    is_update,
    text_of,
)

#: at most this many <time>s of a page are read (shared with _metadata)
MAX_TIMES = 500
_MIN_THREAD_POSTS = 3


def _time_value(element: etree._Element) -> tuple[str, date] | None:
    """What a <time> states (its datetime attribute, else its text) and the day it names."""
    for value in (element.get("datetime"), text_of(element)):
        parsed = parse_metadata_date(value) if value else None
        if value and parsed is not None:
            return value, parsed.date()
    return None


def dated_times(
    times: list[tuple[int, etree._Element]],
) -> tuple[list[tuple[int, etree._Element, tuple[str, date]]], list[date | None]]:
    """The <time>s (the first ``MAX_TIMES``) that state a day, with what they state, never
    an update stamp or one in a comment or sidebar; and the days the update stamps name
    (None: names no day). Each <time> is read once, for all uses below."""
    dated: list[tuple[int, etree._Element, tuple[str, date]]] = []
    stamps: list[date | None] = []
    for position, element in times[:MAX_TIMES]:
        found = _time_value(element)
        if is_update(element):
            stamps.append(found[1] if found is not None else None)
        elif found is not None and not foreign(element):
            dated.append((position, element, found))
    return dated, stamps


def near_time(
    dated: list[tuple[int, etree._Element, tuple[str, date]]],
    stamps: list[date | None],
    count: int,
    h1_position: int | None,
) -> str | None:
    """The <time> that dates the article.

    One near the main heading or in the article's header, else the day every
    <time> of the page (``count`` of them, update stamps included) names; never an
    update stamp or one in a comment or sidebar.
    """
    days: set[date | None] = {found[1] for _, _, found in dated}
    days.update(stamps)
    for position, element, (value, _) in dated:
        offset = position - h1_position if h1_position is not None else None
        near = offset is not None and -TIME_BEFORE_H1 <= offset <= TIME_AFTER_H1
        above = {node.tag for node in ancestors(element)}
        if near or ("header" in above and above & MAIN_TAGS):
            return value
    whole = len(dated) + len(stamps) == count
    return dated[0][2][0] if dated and len(days) == 1 and whole else None


def opening_post(
    dated: list[tuple[int, etree._Element, tuple[str, date]]], h1_position: int | None
) -> str | None:
    """In a thread (at least three dated <time>s after the h1, oldest first), the first one:
    the opening post's date. A list of posts, newest first, has none."""
    if h1_position is None:
        return None
    after = [found for position, _, found in dated if position > h1_position]
    if len(after) < _MIN_THREAD_POSTS:
        return None
    days = [day for _, day in after]
    return after[0][0] if days == sorted(days) and days[0] < days[-1] else None
