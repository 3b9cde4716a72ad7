"""Candidate date text -> datetime, strictly.

A regular expression first finds a complete calendar date (ISO, numeric, or
with a month word in one of the languages of ``_lexicon/months.txt``) plus an
optional time and zone; only that normalised candidate is handed to
python-dateutil, never free text and never in fuzzy mode. A datetime is
timezone-aware only when the text states a zone. Relative dates ("3 hours
ago") name no calendar day and give None.
"""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as date_parser
from dateutil import tz

from ._lexicon import MONTHS
from ._patterns import DATELINE_FILLER, ISO_DATE, NUMERIC_DATE, RELATIVE_DATE, WORD_DATE

_MIN_YEAR = 1990
_MAX_YEAR = 2100
_MAX_CANDIDATE = 200

# Zone abbreviations common in English-language datelines -> UTC offset in hours.
_ZONES = {
    "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11,
}
_TZINFOS = {name: tz.tzoffset(name, int(hours * 3600)) for name, hours in _ZONES.items()}


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _zone(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.strip()
    if raw.upper() in _ZONES or raw.upper() == "Z":
        return " " + raw.upper()
    if raw.upper().startswith(("UTC", "GMT")) and len(raw) > 3:
        return " " + raw[3:].strip()
    if raw[0] in "+-":
        return " " + raw
    return ""  # an unknown abbreviation: keep the wall time, drop the zone


def _compose(year: int, month: int, day: int, match: re.Match[str]) -> datetime | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{year:04d}-{month:02d}-{day:02d}"
    hour = match.group("hour")
    if hour is not None:
        hours = int(hour)
        ampm = (match.group("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hours < 12:
            hours += 12
        elif ampm == "am" and hours == 12:
            hours = 0
        if hours > 23 or int(match.group("minute")) > 59:
            return None
        text += f" {hours:02d}:{match.group('minute')}:{match.group('second') or '00'}"
        text += _zone(match.group("zone"))
    try:
        return date_parser.parse(text, tzinfos=_TZINFOS)
    except (ValueError, OverflowError):
        return None


def _from_iso(match: re.Match[str]) -> datetime | None:
    return _compose(int(match.group("year")), int(match.group("month")), int(match.group("day")), match)


def _from_words(match: re.Match[str]) -> datetime | None:
    word = match.group("month1") or match.group("month2")
    day = match.group("day1") or match.group("day2")
    month = _month(word)
    if month is None:
        return None
    return _compose(int(match.group("year")), month, int(day), match)


def _from_numbers(match: re.Match[str]) -> datetime | None:
    first, second = int(match.group("a")), int(match.group("b"))
    # Dots are day-first (German and most of Europe); slashes are day-first
    # only when the first number cannot be a month.
    if match.group("sep") == "/" and first <= 12:
        day, month = second, first
    else:
        day, month = first, second
    return _compose(int(match.group("year")), month, day, match)


_READERS = ((ISO_DATE, _from_iso), (WORD_DATE, _from_words), (NUMERIC_DATE, _from_numbers))


def find_date(text: str) -> tuple[datetime, tuple[int, int]] | None:
    """Return the first calendar date stated in a short text, and its span.

    Texts longer than a dateline could be are not searched.
    """
    if len(text) > _MAX_CANDIDATE:
        return None
    best: tuple[datetime, tuple[int, int]] | None = None
    for pattern, reader in _READERS:
        for match in pattern.finditer(text):
            value = reader(match)
            if value is not None and (best is None or match.start() < best[1][0]):
                best = (value, match.span())
                break
    return best


def parse_date(text: str) -> datetime | None:
    """Return the date a short text states, or None (relative dates give None)."""
    found = find_date(text)
    return None if found is None else found[0]


def is_dateline(text: str) -> bool:
    """True when the text is a date with at most a few filler words around it.

    e.g. "December 15, 2017 at 12:00 pm", "Updated: Mon 4 Nov 2019 10.21 GMT",
    "Published 3 hours ago". A sentence that mentions a date is not a dateline.
    """
    if len(text) > 120:
        return False
    if RELATIVE_DATE.search(text) and len(text.split()) <= 8:
        return True
    found = find_date(text)
    if found is None:
        return False
    start, end = found[1]
    rest = [word.strip(":,.|") for word in (text[:start] + " " + text[end:]).split()]
    rest = [word for word in rest if word]
    return len(rest) <= 6 and all(DATELINE_FILLER.match(word) for word in rest)


def parse_metadata_date(value: str) -> datetime | None:
    """Parse a machine-readable date from metadata (JSON-LD, meta, <time datetime>)."""
    value = value.strip()
    if not value or len(value) > 64:
        return None
    found = find_date(value)
    if found is not None:
        return found[0]
    try:
        parsed = date_parser.isoparse(value)
    except (ValueError, OverflowError):
        return None
    return parsed if _MIN_YEAR <= parsed.year <= _MAX_YEAR else None
