"""Date finding, dateline recognition and metadata dates (``articleparse._dates``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest
from dateutil import tz
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse._dates import (
    days_named,
    find_date,
    is_dateline,
    parse_date,
    parse_metadata_date,
    writes_day_first,
)


def _tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _same(found: datetime | None, expected: datetime | None) -> bool:
    """Equal wall time or instant, and equally naive/aware with the same UTC offset."""
    if found is None or expected is None:
        return found is expected
    return (
        found.replace(tzinfo=None) == expected.replace(tzinfo=None)
        and found.utcoffset() == expected.utcoffset()
    )


PARSE_DATE = [
    ("December 15, 2017 at 12:00 pm", datetime(2017, 12, 15, 12, 0)),
    ("December 15, 2017 at 12:30 am", datetime(2017, 12, 15, 0, 30)),
    ("15 Dec 2017", datetime(2017, 12, 15)),
    ("15th December 2017", datetime(2017, 12, 15)),
    ("4th of November 2019", datetime(2019, 11, 4)),
    ("Nov. 4th, 2019", datetime(2019, 11, 4)),
    ("Sept. 9, 2021", datetime(2021, 9, 9)),
    ("2017-12-15T12:00:00Z", datetime(2017, 12, 15, 12, 0, tzinfo=_tz(0))),
    ("2019-11-04T10:21:00.123456+01:00", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(1))),
    ("2019-11-04T10:21:00-05:00", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(-5))),
    ("2019-11-04 10:21", datetime(2019, 11, 4, 10, 21)),
    ("2019/11/04", datetime(2019, 11, 4)),
    ("2019.11.04", datetime(2019, 11, 4)),
    ("Updated: Mon 4 Nov 2019 10.21 GMT", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(0))),
    ("Nov. 4, 2019, 10:21 a.m. ET", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(-5))),
    ("July 4, 2019, 10:21 a.m. ET", datetime(2019, 7, 4, 10, 21, tzinfo=_tz(-4))),
    ("Nov. 4, 2019, 10 p.m. ET", datetime(2019, 11, 4, 22, 0, tzinfo=_tz(-5))),
    ("July 4, 2019 10:00 PDT", datetime(2019, 7, 4, 10, 0, tzinfo=_tz(-7))),
    ("4 July 2019 10:00 CEST", datetime(2019, 7, 4, 10, 0, tzinfo=_tz(2))),
    ("4 July 2019 10:00 IST", datetime(2019, 7, 4, 10, 0, tzinfo=_tz(5.5))),
    ("4 July 2019 10:00 (UTC+2)", datetime(2019, 7, 4, 10, 0, tzinfo=_tz(2))),
    ("4 July 2019 10:00 GMT+0530", datetime(2019, 7, 4, 10, 0, tzinfo=_tz(5.5))),
    ("Friday January 12, 2024 @12:33PM", datetime(2024, 1, 12, 12, 33)),
    ("6. November 2023 / 09:18 Uhr", datetime(2023, 11, 6, 9, 18)),
    ("Thu Aug 29, 2019 4:48 am", datetime(2019, 8, 29, 4, 48)),
    ("Mon, 04 Nov 2019 10:21:00 +0000", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(0))),
    # German, French, Spanish, Italian, Dutch, Portuguese month names
    ("4. November 2019, 10:21 Uhr", datetime(2019, 11, 4, 10, 21)),
    ("Stand: 04.11.2019 10:21 Uhr", datetime(2019, 11, 4, 10, 21)),
    ("15. März 2020", datetime(2020, 3, 15)),
    ("3. Jänner 2020", datetime(2020, 1, 3)),
    ("07 Dezember, 2022", datetime(2022, 12, 7)),
    ("15 décembre 2017", datetime(2017, 12, 15)),
    ("1er février 2018 à 10h21", datetime(2018, 2, 1, 10, 21)),
    ("15 de diciembre de 2017", datetime(2017, 12, 15)),
    ("3 settembre 2019", datetime(2019, 9, 3)),
    ("3 mei 2019", datetime(2019, 5, 3)),
    ("3 de março de 2019", datetime(2019, 3, 3)),
    # numeric
    ("15.12.2017", datetime(2017, 12, 15)),
    ("4.11.2019", datetime(2019, 11, 4)),
    ("12/15/2017 12:00", datetime(2017, 12, 15, 12, 0)),
    ("15/12/2017", datetime(2017, 12, 15)),
    ("11/04/2019", datetime(2019, 11, 4)),
    ("2019年11月4日", datetime(2019, 11, 4)),
    ("2019년 11월 4일", datetime(2019, 11, 4)),
    # dates inside longer short texts
    ("By Jane Doe | December 15, 2017", datetime(2017, 12, 15)),
    ("Posted on March 3, 2020 by admin", datetime(2020, 3, 3)),
    ("Berlin - December 15, 2017", datetime(2017, 12, 15)),
    # no calendar date
    ("Published 3 hours ago", None),
    ("vor 2 Stunden", None),
    ("May 2019", None),
    ("December 2017", None),
    ("Chapter 15 2017", None),
    ("February 30, 2019", None),
    ("31.04.2019", None),
    ("13/13/2019", None),
    ("15 Dec 1850", None),
    ("2019-13-04", None),
    ("December 15, 2017 at 25:00", None),
    ("December 15, 2017 at 13:00 pm", None),
    ("Call 555-12-2019", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_DATE)
def test_parse_date(text: str, expected: datetime | None) -> None:
    """Each supported shape gives its calendar date, time and zone; other texts give None."""
    assert _same(parse_date(text), expected), parse_date(text)


def test_naive_unless_the_text_states_a_zone() -> None:
    """A date without a zone is naive; with a zone it is aware."""
    naive = parse_date("December 15, 2017 at 12:00 pm")
    aware = parse_date("December 15, 2017 at 12:00 pm GMT")
    assert naive is not None and naive.tzinfo is None
    assert aware is not None and aware.utcoffset() == timedelta(0)


def test_unknown_zone_word_keeps_wall_time_naive() -> None:
    """An upper-case word that is not a known zone is not read as one."""
    found = parse_date("December 15, 2017 at 12:00 XYZT")
    assert found == datetime(2017, 12, 15, 12, 0)
    assert found is not None and found.tzinfo is None


def test_lower_case_zone_lookalike_is_not_a_zone() -> None:
    """ "Est" in prose is no zone: zone abbreviations are matched in upper case only."""
    found = parse_date("December 15, 2017 at 12:00 est")
    assert found is not None and found.tzinfo is None


def test_find_date_returns_the_span_of_the_date() -> None:
    """The span covers the date and its time, not the words around it."""
    text = "Updated: Mon 4 Nov 2019 10.21 GMT"
    found = find_date(text)
    assert found is not None
    start, end = found[1]
    assert text[start:end] == "4 Nov 2019 10.21 GMT"


def test_find_date_takes_the_first_date() -> None:
    """With two dates the earlier one in the text wins, whatever its shape."""
    found = find_date("15.12.2017, updated 2018-01-02")
    assert found is not None and found[0] == datetime(2017, 12, 15)


def test_find_date_ignores_long_texts() -> None:
    """A paragraph-length text is not a dateline candidate, even if it mentions a date."""
    assert find_date("word " * 60 + "December 15, 2017") is None


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,
        "15." * 3000,
        "2019-" * 2000,
        "December " * 500,
        "15 Dec " * 700,
        "a" * 10000 + " 15 Dec 2017",
        "12:00 " * 2000,
    ],
)
def test_adversarial_inputs_give_no_date(text: str) -> None:
    """Long repetitive inputs are answered (None), not mis-read as dates."""
    assert parse_date(text) is None
    assert is_dateline(text) is False


IS_DATELINE = [
    ("December 15, 2017 at 12:00 pm", True),
    ("15 Dec 2017", True),
    ("Updated: Mon 4 Nov 2019 10.21 GMT", True),
    ("Published 3 hours ago", True),
    ("Updated 2 mins ago", True),
    ("vor 2 Stunden", True),
    ("Published on 15 December 2017", True),
    ("Last updated: 15.12.2017", True),
    ("Stand: 04.11.2019 10:21 Uhr", True),
    ("Veröffentlicht am 4. November 2019", True),
    ("Publié le 15 décembre 2017 à 10h21", True),
    ("Nov. 4, 2019, 10:21 a.m. ET", True),
    ("Nov. 19, 2025 · 5 min read", True),
    ("Friday January 12, 2024 @12:33PM", True),
    ("| 15.12.2017 |", True),
    ("* September 4, 2025", True),
    ("Last update on: August 25, 2025 Mon, 25 Aug 2025 08:00:00 +0100", True),
    ("• 4. November 2019", True),
    ("Berlin - December 15, 2017", True),
    ("NEW YORK, Dec. 15, 2017", True),
    ("2017-12-15T12:00:00Z", True),
    ("August 16, 2019 - Updated July 9, 2025", True),
    ("Updated: 10:09am, 20 Jan, 2020", True),
    ("6. November 2023 / 09:18 Uhr", True),
    ("Aktualizacja: 05.05.2021, 05:53", True),
    ("4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35", True),
    ("Ausstellung vom 9. bis 23. Februar 2017", False),
    ("Deadline to apply: March 1st, 2026", False),
    ("Mike Kappel May 18, 2016", False),
    ("Start date Jul 9, 2007", False),
    ("The meeting on December 15, 2017 was cancelled by the officials.", False),
    ("By Jane Doe | December 15, 2017", False),
    ("Posted on March 3, 2020 by admin", False),
    ("I went there today and it rained", False),
    ("Three people were killed in Berlin on the night of December 15, 2017", False),
    ("The Long Road Home To The Sea - December 15, 2017", False),
    ("Chapter 15 2017", False),
    ("May 2019", False),
    ("Published", False),
    ("", False),
    ("Subscribe today", False),
    ("Today", False),
    ("Hier", False),
    ("Today's Paper", False),
    ("Updated today", True),
    ("Heute, 10:21 Uhr", True),
    ("Gestern um 18:00", True),
]


@pytest.mark.parametrize(("text", "expected"), IS_DATELINE)
def test_is_dateline(text: str, expected: bool) -> None:
    """A dateline is a date or relative date with at most a few filler words; sentences are not."""
    assert is_dateline(text) is expected


METADATA = [
    ("2019-11-04", datetime(2019, 11, 4)),
    ("2019-11-04T10:21:00Z", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(0))),
    ("2019-11-04T10:21:00.123Z", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(0))),
    ("2019-11-04T10:21:00.123456+01:00", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(1))),
    ("2019-11-04T10:21:00+0100", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(1))),
    ("2019-11-04T10:21", datetime(2019, 11, 4, 10, 21)),
    ("Mon, 04 Nov 2019 10:21:00 +0000", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(0))),
    ("Mon, 04 Nov 2019 10:21:00 GMT", datetime(2019, 11, 4, 10, 21, tzinfo=_tz(0))),
    ("20191104", datetime(2019, 11, 4)),
    ("  2019-11-04  ", datetime(2019, 11, 4)),
    ("", None),
    ("not a date", None),
    ("1575158400", None),
    ("0001-01-01T00:00:00", None),
    ("2019-11-04" + "x" * 100, None),
]


@pytest.mark.parametrize(("value", "expected"), METADATA)
def test_parse_metadata_date(value: str, expected: datetime | None) -> None:
    """Machine-readable metadata dates (ISO 8601, RFC 2822, compact ISO) parse; junk gives None."""
    assert _same(parse_metadata_date(value), expected), parse_metadata_date(value)


# ---------------------------------------------------------------- properties
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
_RENDERINGS = (
    lambda d: (
        f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d} "
        + ("pm" if d.hour >= 12 else "am")
    ),
    lambda d: f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year} {d.hour:02d}:{d.minute:02d}",
    lambda d: f"{d.day}. {_MONTHS_DE[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d} Uhr",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:00",
    lambda d: f"Updated: {d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}",
)


@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    render=st.sampled_from(_RENDERINGS),
)
def test_rendered_dates_read_back(moment: datetime, render: Callable[[datetime], str]) -> None:
    """A date written in a supported shape reads back to the same naive minute, as a dateline."""
    text = render(moment)
    assert parse_date(text) == moment
    assert is_dateline(text)


@given(st.text(max_size=300))
def test_date_functions_never_raise_and_agree(text: str) -> None:
    """On any text the date functions answer with the declared types, and agree with each other."""
    found = find_date(text)
    assert parse_date(text) == (None if found is None else found[0])
    assert isinstance(is_dateline(text), bool)
    value = parse_metadata_date(text)
    assert value is None or isinstance(value, datetime)


@pytest.mark.parametrize(
    "text",
    ["1/27/2026 - 3/24/2026", "DATE: 2025-12-12 - 2025-12-17", "March 3, 2024 to March 5, 2024"],
)
def test_a_range_of_days_is_not_a_dateline(text: str) -> None:
    """Two dates joined as a range date an event or a course, not the page."""
    assert parse_date(text) is not None
    assert is_dateline(text) is False
    assert is_dateline("May 3, 2019 - Updated June 1, 2020")  # a date and its update stay one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-04", datetime(2019, 11, 4)),
        ("2019-11-04T10:21:07", datetime(2019, 11, 4, 10, 21, 7)),
        ("November 4, 2019 at 12:05 am", datetime(2019, 11, 4, 0, 5)),
        (
            "2019-11-04T10:21:00+01:00",
            datetime(2019, 11, 4, 10, 21, tzinfo=tz.tzoffset(None, 3600)),
        ),
        ("2019-11-04T10:21:00-00:00", datetime(2019, 11, 4, 10, 21, tzinfo=tz.tzoffset(None, 0))),
        ("2019-02-29", None),
    ],
)
def test_dates_with_no_zone_or_a_plain_offset_are_built_as_dateutil_builds_them(
    text: str, expected: datetime | None
) -> None:
    """The direct path gives the same value and zone object dateutil would (a fixed offset,
    even for +00:00), and no date for a day the month does not have."""
    found = parse_date(text)
    assert found == expected
    assert repr(found) == repr(expected)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("March 3, 2024 10:15 UTC+5:30", timedelta(hours=5, minutes=30)),
        ("March 3, 2024 10:15 GMT+0530", timedelta(hours=5, minutes=30)),
        ("2024-03-03 10:15 +1400", timedelta(hours=14)),
        ("2024-03-03T10:15:00+53:00", None),  # no such zone: the wall time stays, naive
        ("March 3, 2024 10:15 UTC+25:00", None),
        ("2024-03-03T10:15:00+24:00", None),
    ],
)
def test_an_offset_is_read_in_hours_and_minutes_and_an_impossible_one_is_dropped(
    text: str, offset: timedelta | None
) -> None:
    """'UTC+5:30' is five and a half hours; an offset over 14 hours leaves the date naive."""
    for parse in (parse_date, parse_metadata_date):
        found = parse(text)
        assert found is not None
        assert found.replace(tzinfo=None) == datetime(2024, 3, 3, 10, 15)
        assert found.utcoffset() == offset


@given(
    sign=st.sampled_from("+-"),
    hours=st.integers(0, 99),
    minutes=st.integers(0, 99),
    colon=st.booleans(),
    prefix=st.sampled_from(["", "UTC", "GMT", "T"]),
)
def test_every_date_read_has_a_usable_offset(
    sign: str, hours: int, minutes: int, colon: bool, prefix: str
) -> None:
    """Whatever offset a page states, a date read from it can report its offset (no
    ValueError later, when a user prints or compares it), and it is at most 14 hours."""
    zone = f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"
    text = f"2024-03-03T10:15:00{zone}" if prefix == "T" else f"March 3, 2024 10:15 {prefix}{zone}"
    for parse in (parse_date, parse_metadata_date):
        found = parse(text)
        if found is not None:
            offset = found.utcoffset()
            assert offset is None or abs(offset) <= timedelta(hours=14)


def test_days_named_in_a_long_text() -> None:
    """days_named finds every day a long text states, in any shape, both readings of an
    ambiguous slashed date, and nothing from numbers that are no date."""
    text = (
        "Intro. " * 100
        + "Posted 25 Aug 2022. Seen 2023-01-05 and 4.11.2019, then 03/04/2025. "
        + "Call 555-1234 or 2024 items."
    )
    assert days_named(text) == {
        date(2022, 8, 25),
        date(2023, 1, 5),
        date(2019, 11, 4),
        date(2025, 3, 4),
        date(2025, 4, 3),
    }
    assert days_named("") == set()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-US", False),
        ("en_us", False),
        ("en-us-x-custom", False),
        ("en", False),
        ("en-GB", True),
        ("fr", True),
        ("de-CH", True),
        ("pt-BR", True),
        (None, False),
        ("", False),
        ("english", False),
        ("*", False),
    ],
)
def test_writes_day_first(language: str | None, expected: bool) -> None:
    """US English, English with no region and an unknown or malformed language write
    month first; any other stated language writes day first."""
    assert writes_day_first(language) is expected


@pytest.mark.parametrize(
    ("text", "month_first", "day_first"),
    [
        ("04/11/2019", date(2019, 4, 11), date(2019, 11, 4)),
        ("Publié le 04/11/2019 à 10:21", date(2019, 4, 11), date(2019, 11, 4)),
        ("04/13/2019", date(2019, 4, 13), date(2019, 4, 13)),  # 13 is no month
        ("13/04/2019", date(2019, 4, 13), date(2019, 4, 13)),
        ("04.11.2019", date(2019, 11, 4), date(2019, 11, 4)),  # dots are always day first
        ("2019/11/04", date(2019, 11, 4), date(2019, 11, 4)),
        ("4 November 2019", date(2019, 11, 4), date(2019, 11, 4)),
    ],
)
def test_day_first_reads_only_ambiguous_slashed_dates_the_other_way(
    text: str, month_first: date, day_first: date
) -> None:
    """day_first turns only a slashed date whose two numbers can both be a month; the
    default keeps the month-first reading, and parse_metadata_date follows the same order."""
    for parse in (parse_date, parse_metadata_date):
        default, turned = parse(text), parse(text, day_first=True)
        assert default is not None and turned is not None
        assert (default.date(), turned.date()) == (month_first, day_first)
    found = find_date(text, day_first=True)
    assert found is not None and find_date(text) is not None
    assert found[1] == find_date(text)[1]  # type: ignore[index]


def _page(lang: str, head: str = "", shown: str = "04/11/2019") -> str:
    return (
        f'<html lang="{lang}"><head><title>Le port rouvre</title>{head}</head><body><article>'
        f'<h1>Le port rouvre</h1><p class="date">Publié le {shown}</p>'
        "<p>Le port a rouvert ce matin après trois jours de grève des dockers de la ville, "
        "a annoncé la direction dans un communiqué publié lundi soir.</p>"
        "<p>Les navires en attente au large devraient accoster dans la journée, selon la "
        "capitainerie, qui prévoit un retour à la normale d'ici à la fin de la semaine.</p>"
        "</article></body></html>"
    )


def test_a_page_in_french_dates_a_slashed_date_day_first() -> None:
    """A lang="fr" page showing "04/11/2019" is dated 4 November; the same page in US
    English is dated 11 April."""
    french = articleparse.parse(_page("fr"), format="html")
    american = articleparse.parse(_page("en-US"), format="html")
    assert french.language == "fr"
    assert french.published is not None and french.published.date() == date(2019, 11, 4)
    assert american.published is not None and american.published.date() == date(2019, 4, 11)


def test_a_shown_date_read_the_way_the_stated_date_agrees() -> None:
    """When only the other reading of a shown slashed date is the day the metadata states
    (a template writing US dates on a Portuguese page), the two agree and the stated value
    is kept; a shown date that names another day either way still wins."""
    head = '<meta property="article:published_time" content="2022-05-04T05:45:00-03:00">'
    agreeing = articleparse.parse(_page("pt-BR", head, "05/04/2022"), format="html")
    other = articleparse.parse(_page("pt-BR", head, "03/02/2022"), format="html")
    assert agreeing.published == datetime(2022, 5, 4, 5, 45, tzinfo=_tz(-3))
    assert other.published is not None and other.published.date() == date(2022, 2, 3)
