"""Candidate date text -> datetime, strictly.

A regular expression first finds a complete calendar date (ISO-like, CJK,
numeric, or with a month word in one of the languages of
``_lexicon/months.txt``) plus an optional time and zone; only that normalised
candidate is handed to python-dateutil, never free text and never in fuzzy
mode. A datetime is timezone-aware only when the text states a zone (an
abbreviation from ``_lexicon/timezones.txt`` or a numeric offset). Relative
dates ("3 hours ago") name no calendar day: a line stating one can be a
dateline, but gives no date.

Supported shapes (see ``tests/unit/test_dates.py`` for the full table):
"March 3, 2024 at 9:30 am", "3 Mar 2024", "Nov. 4, 2019, 10:21 a.m. ET",
"4. November 2019, 10:21 Uhr", "3 de marzo de 2024", "15.03.2024",
"03/15/2024", "2024-03-03T09:30:00.123+01:00", "2019/11/04", "2019年11月4日",
and RFC 2822 in metadata ("Mon, 04 Nov 2019 10:21:00 +0000"). A slashed date
whose two numbers can both be a month ("04/11/2019") is read month first unless
the caller passes ``day_first`` (``writes_day_first`` of the page's language).

A byline that carries a date ("By Jane Doe | March 3, 2024") is not a
dateline: ``_rules.byline.parse_byline`` returns its names and
``find_date`` still finds its date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from types import MappingProxyType

from dateutil import parser as date_parser
from dateutil import tz

from ._lexicon import MONTHS, TIME_ZONES, words
from ._patterns import (
    CJK_DATE,
    CLOCK_TIME,
    DATELINE_PLACE,
    ISO_DATE,
    NUMERIC_DATE,
    READING_TIME,
    RELATIVE_DATE,
    TIME_ZONE,
    WORD_DATE,
)

_MIN_YEAR = 1990
_MAX_YEAR = 2100
#: no place on Earth is more than 14 hours off UTC (Kiribati, +14:00)
_MAX_OFFSET_HOURS = 14
#: Texts longer than this are not searched for a date (a dateline is short).
_MAX_CANDIDATE = 200
#: A dateline is at most this long ...
_MAX_DATELINE_CHARS = 120
#: ... and has at most this many filler words around its date.
_MAX_FILLER_WORDS = 8
#: Metadata values longer than this are not dates.
_MAX_METADATA_CHARS = 64

_DATELINE_WORDS = words("dateline_words.txt")
#: what joins the two dates of a range ("1/27/2026 - 3/24/2026"): an event's or a course's days
_RANGE_JOINERS = frozenset({"-", "–", "—", "to", "until", "through", "bis", "au", "al"})
_PUNCTUATION = ":,.;|•·»/()[]–—-@*◦▪■□●○‣⁃"
#: regions whose English writes a slashed date month first ("" is English with no region:
#: US sites often state a bare "en", so it keeps the month-first reading)
_MONTH_FIRST_REGIONS = frozenset({"us", ""})


def _zone_info(meaning: str) -> tzinfo | None:
    try:
        return tz.tzoffset(None, round(float(meaning) * 3600))
    except ValueError:
        return tz.gettz(meaning)


#: zone abbreviation -> tzinfo, for dateutil's ``tzinfos``
_TZINFOS: Mapping[str, tzinfo | None] = MappingProxyType(
    {name: _zone_info(meaning) for name, meaning in TIME_ZONES.items()}
)


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _zone(raw: str | None) -> str:
    """The zone as dateutil reads it: a known abbreviation or a numeric offset, else ""
    (also for an offset no place on Earth uses, over 14 hours or with 60+ minutes)."""
    if not raw:
        return ""
    raw = raw.replace(" ", "")
    if raw in _TZINFOS:
        return " " + raw if _TZINFOS[raw] is not None else ""
    if raw[:3] in ("UTC", "GMT"):
        raw = raw[3:]
    sign, rest = raw[0], raw[1:]
    if ":" in rest:  # "5:30", "05:30"
        hours, minutes = rest.split(":", 1)
    elif len(rest) <= 2:  # "5", "05"
        hours, minutes = rest, "00"
    else:  # "530", "0530"
        hours, minutes = rest[:-2], rest[-2:]
    if int(minutes) > 59 or 60 * int(hours) + int(minutes) > 60 * _MAX_OFFSET_HOURS:
        return ""
    return f" {sign}{hours.zfill(2)}:{minutes}"


def _real_offset(found: datetime) -> bool:
    """Does the date's zone exist (an offset of at most 14 hours, as on Earth)?"""
    try:
        offset = found.utcoffset()
    except ValueError:  # a tzinfo dateutil built from a day-long or longer offset
        return False
    return offset is None or abs(offset.total_seconds()) <= _MAX_OFFSET_HOURS * 3600


def _fixed_offset(zone: str) -> tzinfo | None:
    """The tzinfo dateutil gives a " +HH:MM" zone; None for another form or an offset of a
    day or more, which is left to dateutil."""
    if len(zone) != 7 or zone[4] != ":" or not (zone[2:4] + zone[5:]).isdigit():
        return None
    seconds = 3600 * int(zone[2:4]) + 60 * int(zone[5:])
    if seconds >= 86400:
        return None
    return tz.tzoffset(None, -seconds if zone[1] == "-" else seconds)


def _compose(year: int, month: int, day: int, match: re.Match[str]) -> datetime | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    text = f"{year:04d}-{month:02d}-{day:02d}"
    hour = match.group("hour")
    hours = minutes = seconds = 0
    zone = ""
    if hour is not None:
        hours = int(hour)
        ampm = (match.group("ampm") or match.group("ampm_only") or "").replace(".", "").lower()
        if ampm and not 1 <= hours <= 12:
            return None
        if ampm == "pm" and hours < 12:
            hours += 12
        elif ampm == "am" and hours == 12:
            hours = 0
        minute = match.group("minute") or "00"
        minutes, seconds = int(minute), int(match.group("second") or 0)
        if hours > 23 or minutes > 59 or seconds > 59:
            return None
        text += f" {hours:02d}:{minute}:{match.group('second') or '00'}"
        zone = _zone(match.group("zone"))
    # No zone or a plain offset (most dates): the datetime dateutil would build, built directly.
    offset = _fixed_offset(zone) if zone else None
    if not zone or offset is not None:
        try:
            return datetime(year, month, day, hours, minutes, seconds, tzinfo=offset)
        except ValueError:  # a day the month does not have
            return None
    try:
        found = date_parser.parse(text + zone, tzinfos=dict(_TZINFOS))
    except (ValueError, OverflowError):
        return None
    return found if _real_offset(found) else None


def _from_iso(match: re.Match[str], _day_first: bool) -> datetime | None:
    year, month, day = (int(match.group(name)) for name in ("year", "month", "day"))
    return _compose(year, month, day, match)


def _from_words(match: re.Match[str], _day_first: bool) -> datetime | None:
    word = match.group("month1") or match.group("month2")
    day = match.group("day1") or match.group("day2")
    month = _month(word)
    if month is None:
        return None
    return _compose(int(match.group("year")), month, int(day), match)


def _from_numbers(match: re.Match[str], day_first: bool) -> datetime | None:
    first, second = int(match.group("a")), int(match.group("b"))
    # Dots are day-first (German and most of Europe). Slashes follow the page's order when
    # both numbers can be a month (month-first unless told day-first), else the one that can.
    if match.group("sep") == "/" and first <= 12 and (not day_first or second > 12):
        day, month = second, first
    else:
        day, month = first, second
    return _compose(int(match.group("year")), month, day, match)


_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], bool], datetime | None]], ...] = (
    (ISO_DATE, _from_iso),
    (CJK_DATE, _from_iso),
    (WORD_DATE, _from_words),
    (NUMERIC_DATE, _from_numbers),
)


def writes_day_first(language: str | None) -> bool:
    """Does a page in this language write "04/11/2019" day first (4 November)?

    Month first for US English ("en-US") and for English with no region ("en",
    which US sites often state); day first for every other stated language
    ("en-GB", "fr", "pt-BR", ...). An unknown or malformed language keeps the
    month-first reading.
    """
    primary, _, region = (language or "").strip().lower().replace("_", "-").partition("-")
    if not (2 <= len(primary) <= 3 and primary.isalpha()):
        return False
    if primary == "en":
        return region[:2] not in _MONTH_FIRST_REGIONS
    return True


def find_date(text: str, *, day_first: bool = False) -> tuple[datetime, tuple[int, int]] | None:
    """Return the first calendar date stated in a short text, and its span.

    Texts longer than a dateline could be (200 characters) are not searched.
    ``day_first`` reads a slashed date whose two numbers can both be a month
    ("04/11/2019") day first, as most of the world writes it.
    """
    if len(text) > _MAX_CANDIDATE:
        return None
    best: tuple[datetime, tuple[int, int]] | None = None
    for pattern, reader in _READERS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1][0]:
                break
            value = reader(match, day_first)
            if value is not None:
                best = (value, match.span())
                break
    return best


def days_named(text: str) -> set[date]:
    """Every calendar day a text of any length states (both readings of "03/04/2025").

    Each date pattern is searched once over the text, so the time is linear in its length.
    """
    days: set[date] = set()
    for pattern, reader in _READERS:
        for match in pattern.finditer(text):
            found = reader(match, False)
            if found is not None:
                days.add(found.date())
                slashed = pattern is NUMERIC_DATE and match.group("sep") == "/"
                if slashed and found.day <= 12 and found.month != found.day:
                    days.add(date(found.year, found.day, found.month))
    return days


def parse_date(text: str, *, day_first: bool = False) -> datetime | None:
    """Return the date a short text states, or None (relative dates give None)."""
    found = find_date(text, day_first=day_first)
    return None if found is None else found[0]


def _is_filler(word: str) -> bool:
    bare = word.strip(_PUNCTUATION)
    if not bare:
        return True
    return (
        bare.lower() in _DATELINE_WORDS
        or TIME_ZONE.fullmatch(bare) is not None
        or CLOCK_TIME.match(bare) is not None
    )


def _date_span(text: str) -> tuple[int, int] | None:
    found = find_date(text)
    if found is not None:
        return found[1]
    relative = RELATIVE_DATE.search(text)
    return None if relative is None else relative.span()


def is_dateline(text: str) -> bool:
    """True when the text is a date with at most a few filler words around it.

    Filler is a word of ``_lexicon/dateline_words.txt`` ("Published", "Updated", "am",
    weekdays), punctuation, a zone, a clock time, a reading time ("5 min read"), a second
    date ("May 3, 2019 - Updated June 1, 2020"), or a short capitalised place name before a
    dash at the start ("BERLIN – 4. November 2019"). e.g.
    "March 3, 2024 at 9:30 am", "Updated: Mon 4 Nov 2019 10.21 GMT",
    "Published 3 hours ago". A sentence that mentions a date is not a dateline, and
    neither is a byline with a date, nor a range of days ("May 3, 2019 - May 5, 2019").
    """
    text = text.strip()
    if not text or len(text) > _MAX_DATELINE_CHARS:
        return False
    span = _date_span(text)
    if span is None:
        return False
    before, after = text[: span[0]], READING_TIME.sub(" ", text[span[1] :])
    if before.strip() and DATELINE_PLACE.match(before) is not None:
        before = ""
    second = _date_span(after)  # "August 16, 2019 - Updated July 9, 2025"
    if second is not None and after[: second[0]].strip().lower() in _RANGE_JOINERS:
        return False  # a range of days dates an event, not the page
    if second is not None:
        after = after[: second[0]] + " " + after[second[1] :]
    rest = (READING_TIME.sub(" ", before) + " " + after).split()
    if not any(ch.isdigit() for ch in text):
        # "Today" or "hier" alone is a menu item or a word; "Updated today" is a dateline.
        rest = [word for word in rest if word.strip(_PUNCTUATION)]
        if not rest:
            return False
    return len(rest) <= _MAX_FILLER_WORDS and all(_is_filler(word) for word in rest)


def parse_metadata_date(value: str, *, day_first: bool = False) -> datetime | None:
    """Parse a machine-readable date from metadata (JSON-LD, meta, <time datetime>).

    Accepts everything ``find_date`` reads (ISO 8601 with fractional seconds and
    offsets, RFC 2822) plus compact ISO forms ("20191104", "2019-11-04T1021Z").
    """
    value = value.strip()
    if not value or len(value) > _MAX_METADATA_CHARS:
        return None
    found = find_date(value, day_first=day_first)
    if found is not None:
        return found[0]
    try:
        parsed = date_parser.isoparse(value)
    except (ValueError, OverflowError):
        return None
    return parsed if _MIN_YEAR <= parsed.year <= _MAX_YEAR and _real_offset(parsed) else None
