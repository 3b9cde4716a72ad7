"""Every regular expression of the library, compiled once.

Each pattern has a comment saying what it recognises and an example it must
match (``tests/unit/test_patterns.py`` checks every example). Patterns are
written to run in linear time: no nested unbounded quantifiers, and every
pattern that runs on free text is applied only to bounded-length candidates.
"""

from __future__ import annotations

import re

# <meta charset>, http-equiv content type, or an XML declaration's encoding.
# e.g. '<meta charset="iso-8859-1">', '<?xml version="1.0" encoding="windows-1252"?>'
DECLARED_CHARSET = re.compile(
    r"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])"""
    r"""(?P<charset>[A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)

# Does the text look like markup? A doctype, <html>, <head>, <body> or a few common tags.
# e.g. '<!DOCTYPE html><html>', '<div class="x"><p>Hi</p></div>'
HTML_SIGNATURE = re.compile(
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|div[\s>]|p[\s>]|article[\s>]"
    r"|script[\s>]|title>|link\s|span[\s>]|table[\s>]|br\s*/?>|a\s+href)",
    re.IGNORECASE,
)

# Characters that are whitespace to a reader but not always to str.split:
# zero-width space/joiners, BOM, soft hyphen. e.g. 'a\u200bb'
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Any run of whitespace including NBSP and other Unicode spaces. e.g. 'a \u00a0\t b'
SPACES = re.compile(r"\s+")

# A run of blank lines (whitespace-only lines) separating text blocks. e.g. '\n  \n'
BLANK_LINES = re.compile(r"\n[ \t\r\f\v\u00a0\u200b\ufeff]*\n(?:[ \t\r\f\v\u00a0\u200b\ufeff]*\n)*")

# A list bullet at the start of a line (w3m, inscriptis, lynx and hand-written dumps).
# e.g. '  * item', '• item', '  □ sub item', '1. step', '- dash item'
BULLET = re.compile(r"^\s{0,12}(?:[*•·◦▪▫■□●○‣⁃–—-]|\d{1,3}[.)])\s+(?=\S)")

# Sentence-final punctuation, possibly followed by closing quotes or brackets.
# e.g. 'It rained.', 'He said "no."', 'Really?)'
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")

# A bracketed credit at the end of a caption: [...] or (...).
# e.g. 'Migrants at a shelter [Agency Photo/Flickr]', 'A view (AP Photo/Jane Doe)'
TRAILING_BRACKET = re.compile(r"\s*(?:\[(?P<sq>[^\[\]]{1,120})\]|\((?P<rd>[^()]{1,120})\))\s*$")

# A credit cue word followed by the credited source.
# e.g. 'Photo: Reuters', 'Photograph: Jane Doe/Guardian', 'Credit: NASA', '© 2020 AFP', 'Foto: dpa'
CREDIT_CUE = re.compile(
    r"(?:^|(?<=[\s.;,|–—-]))(?P<cue>(?:photo(?:graph)?s?|credits?|image|picture|pictures|foto|bild"
    r"|quelle|source|illustration|video|graphic)\s*(?:credit)?\s*:|photo(?:graph)?s?\s+by"
    r"|©|\(c\)|copyright)\s*(?P<who>\S.{0,120}?)\s*$",
    re.IGNORECASE,
)

# Agency credit without a cue word: 'REUTERS/Jane Doe', 'AP Photo/John Roe', 'Jane Doe/Getty Images'.
AGENCY_CREDIT = re.compile(
    r"(?P<who>(?:REUTERS|AP Photo|AFP|EPA|Getty Images|dpa|AP)(?:/[\w .'-]{1,60})?"
    r"|[\w .'-]{1,60}/(?:Getty Images|AFP|Reuters|AP|EPA|dpa|Shutterstock|Flickr|picture alliance))\s*$"
)

# A byline cue: 'By Jane Doe', 'Written by Jane Doe', 'Von Hans Meier', 'Par Jean Dupont'.
BYLINE_CUE = re.compile(
    r"^(?:written\s+by|posted\s+by|words\s+by|reporting\s+by|by|von|par|por|di|door|av)\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)

# Separators between names in a byline. e.g. 'Jane Doe, John Roe and Ann Poe'
NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)

# A relative date that names no calendar day. e.g. 'Published 3 hours ago', 'vor 2 Stunden'
RELATIVE_DATE = re.compile(
    r"\b(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    r"|\bvor\s+\d{1,3}\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen)\b|\b(?:yesterday|today|gestern|heute)\b",
    re.IGNORECASE,
)

# A time of day after a date. e.g. 'at 12:00 pm', '10.21 GMT', '14:05 Uhr', 'T12:00:00Z'
_TIME = (
    r"(?:(?:\s*(?:,|at|um|à|-|–|\|)?\s*|T)(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
    r"(?:\s?(?P<ampm>[ap]\.?m\.?))?(?:\s?(?:Uhr|h))?"
    r"(?:\s?(?P<zone>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}T))?)?"
)

# An ISO 8601 date, optionally with time and zone. e.g. '2017-12-15T12:00:00Z', '2019-11-04 10:21'
ISO_DATE = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)" + _TIME, re.IGNORECASE)

# A date with a month word, day first or month first, optional weekday-free time.
# e.g. 'December 15, 2017 at 12:00 pm', '15 Dec 2017', '4. November 2019, 10:21 Uhr', 'Nov. 4th, 2019'
WORD_DATE = re.compile(
    r"(?:(?<!\d)(?P<day1>\d{1,2})(?:st|nd|rd|th|er|\.)?\s{0,3}(?:de\s+)?(?P<month1>[^\W\d_]{3,10})\.?,?\s{0,3}(?:de\s+)?"
    r"|(?P<month2>[^\W\d_]{3,10})\.?\s{0,3}(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s{0,3})"
    r"(?P<year>\d{4})(?!\d)" + _TIME,
    re.IGNORECASE,
)

# A numeric date: day-first with dots, month-first with slashes when the day can't be first.
# e.g. '15.12.2017', '12/15/2017 12:00', '15/12/2017'
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])" + _TIME, re.IGNORECASE
)

# Words that may stand around a date in a dateline. e.g. 'Updated:', 'Published on', 'Mon'
DATELINE_FILLER = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|published|posted|created|date|released|issued)(?:\s+(?:on|at))?"
    r"|stand|aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?"
    r"|publicado|actualizado|on|am|le|at|um|de|the|uhr"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|[ap]\.?m\.?|gmt|utc|[a-z]{2,4}t|[|:,.–—/-]+)$",
    re.IGNORECASE,
)
