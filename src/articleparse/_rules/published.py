"""Which date dates the page: stated metadata, else a dateline in the article's head.

A visible date counts only where an article shows its date, and never on a
page of dated items:

* a dateline or dated byline counts when it stands before the body or within
  :data:`_HEAD_BLOCKS` blocks after the headline or the body's first block; dates
  further down date teasers, comments, reviews or news boxes of the page;
* when the date lines from the head on are a list of posts, newest first (a run
  of lines at most :data:`_MAX_LIST_GAP` blocks apart naming at least
  :data:`_MIN_LIST_DAYS` days, the first of them the latest; a thread's opening
  post is its oldest), none of them dates the page, nor does a date the metadata
  read only from text near the headline (the first teaser's);
* a page whose own metadata says it is not an article (``Metadata.undated``) gets
  no date at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from itertools import pairwise

from .._blocks import Metadata
from .._dates import parse_date, writes_day_first
from ..model import Role, Segment

#: a dateline this many blocks after the headline (or the body's start) still belongs to its head
_HEAD_BLOCKS = 6
#: dates of at least this many different days make a list of dated items
_MIN_LIST_DAYS = 3
#: date lines at most this many blocks apart belong to one list
_MAX_LIST_GAP = 15


def _lists_posts(stamps: Sequence[tuple[int, date]]) -> bool:
    """Do the date lines, from the first on, run down a list of posts, newest first?"""
    run = list(stamps[:1])
    for index, day in stamps[1:]:
        if index - run[-1][0] > _MAX_LIST_GAP:
            break
        run.append((index, day))
    days = [day for _, day in run]
    return len(set(days)) >= _MIN_LIST_DAYS and days[0] == max(days)


def newest_first(days: Sequence[date]) -> bool:
    """Several days, newest first: a list of posts (a blog or news index)."""
    ordered = all(earlier >= later for earlier, later in pairwise(days))
    return len(set(days)) >= _MIN_LIST_DAYS and ordered


def _head_end(segments: Sequence[Segment]) -> int:
    """Index of the last block of the article's head (the headline's, or the body's start)."""
    title = next((i for i, s in enumerate(segments) if s.role is Role.TITLE), None)
    body = next((i for i, s in enumerate(segments) if s.role is Role.BODY), None)
    anchors = [index for index in (title, body) if index is not None]
    return max(anchors) + _HEAD_BLOCKS if anchors else len(segments)


def pick_published(meta: Metadata, segments: Sequence[Segment]) -> datetime | None:
    """The page's publication date: the metadata's, else the first dateline of its head.

    Datelines come before dates in bylines ("By Jane Doe | May 3, 2024").
    """
    if meta.undated:
        return None
    day_first = writes_day_first(meta.language)
    stamps: list[tuple[int, bool, datetime]] = []
    for index, segment in enumerate(segments):
        if segment.role in (Role.DATELINE, Role.BYLINE):
            found = parse_date(segment.text, day_first=day_first)
            if found is not None:
                stamps.append((index, segment.role is Role.BYLINE, found))
    end = _head_end(segments)
    # the list that starts at the head's first date line
    first = next((index for index, _, _ in stamps if index <= end), None)
    listed = first is not None and _lists_posts(
        [(index, found.date()) for index, _, found in stamps if index >= first]
    )
    if meta.published is not None:
        return None if listed and meta.published_shown else meta.published
    if listed:
        return None
    head = sorted((byline, index, found) for index, byline, found in stamps if index <= end)
    return head[0][2] if head else None
