"""Cue words as data: each ``*.txt`` file here is read once, at import.

Lines starting with ``#`` are comments. The loaded values are immutable
(frozensets and mappings wrapped in ``MappingProxyType``).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def words(name: str) -> frozenset[str]:
    """Return the lower-cased entries of a one-entry-per-line lexicon file."""
    return frozenset(line.lower() for line in _lines(name))


def _months() -> Mapping[str, int]:
    table: dict[str, int] = {}
    for number, line in enumerate(_lines("months.txt"), start=1):
        for word in line.split():
            table[word] = number
    return MappingProxyType(table)


#: month word (any listed language, lower case, no dot) -> month number
MONTHS: Mapping[str, int] = _months()


def _time_zones() -> Mapping[str, str]:
    table: dict[str, str] = {}
    for line in _lines("timezones.txt"):
        name, meaning = line.split()
        table[name] = meaning
    return MappingProxyType(table)


#: time-zone abbreviation (upper case) -> UTC offset in hours ("-5", "5.5") or an IANA zone name
TIME_ZONES: Mapping[str, str] = _time_zones()
