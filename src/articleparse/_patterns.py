"""Every regular expression of the library, compiled once.

Each pattern has a comment saying what it recognises and an example it must
match (``tests/unit/test_patterns.py`` checks every example). Patterns are
written to run in linear time: no nested unbounded quantifiers, and every
pattern that runs on free text is applied only to bounded-length candidates.
"""

from __future__ import annotations

import re

from ._lexicon import TIME_ZONES, words

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

# A document end tag as pages spell it (lower, upper or title case; up to 33 spaces before
# the '>'), which the HTML front-end removes. e.g. '</body>', '</HTML >', '</Html\n>'
DOCUMENT_END_TAG = re.compile(r"</(?:html|HTML|Html|body|BODY|Body)\s{0,33}>")

# A whitespace control character that text normalisation deletes (str.split would take it
# for a space). e.g. 'a\x0bb', 'end\x1f'
WHITESPACE_CONTROL = re.compile("[\x0b\x0c\x1c-\x1f]")

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

# ---------------------------------------------------------------- credits, bylines, dates
# The cue-word alternatives below are built from ``_lexicon/*.txt`` (longest phrase first, so
# "getty images" wins over "getty"); every alternative is a literal, so the patterns stay linear.


def _alternation(lexicon: str) -> str:
    """A regex alternation of a lexicon's phrases, longest first, spaces matching any whitespace.

    The phrases are grouped by their first character, each group in the same
    order ("r(?:euters)|a(?:ssociated\\s+press|p\\s+photo|fp|p)|..."): phrases whose first
    characters differ never match at the same place, so the matches are those of the flat
    alternation, but the engine tries one group per position instead of every phrase (an
    end-anchored search tries every position of the text). Beyond Latin-1, where case
    folding can join two first characters (the long s and "s"), the list stays flat.
    """
    phrases = sorted(words(lexicon), key=lambda phrase: (-len(phrase), phrase))
    flat = [r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in phrases]
    groups: dict[str, list[str]] = {}
    for phrase, pattern in zip(phrases, flat, strict=True):
        first = re.escape(phrase[0])
        if ord(phrase[0]) > 0xFF or not pattern.startswith(first):
            return "|".join(flat)
        groups.setdefault(phrase[0], []).append(pattern[len(first) :])
    if len({first.lower() for first in groups}) < len(groups):
        return "|".join(flat)  # "A..." and "a..." phrases: kept flat (one may be case-sensitive)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_AGENCY = rf"(?:{_alternation('agencies.txt')})(?![\w-])"
_CREDIT_WORD = rf"(?:{_alternation('credit_cues.txt')})"
# One capitalised name word (case-sensitive even inside IGNORECASE patterns).
# e.g. 'Jane', "O'Brien", 'J.'
_CAP_WORD = r"(?-i:[A-Z])(?:[^\W\d_]|['’.-]){0,30}"
# Any word of a photographer's name after a slash. e.g. 'Jane', 'de'
_ANY_WORD = r"[\w'’.&-]{1,30}"

# A bracketed credit at the end of a caption: [...] or (...).
# e.g. 'Ferries at the quay [Harbour Trust/Wikimedia]', 'A view (AP Photo/Jane Doe)'
TRAILING_BRACKET = re.compile(r"\s*(?:\[(?P<sq>[^\[\]]{1,120})\]|\((?P<rd>[^()]{1,120})\))\s*$")

# A credit cue followed by the credited source, up to the end of the text. The cue is a
# credit word with a colon or "..." ("Photo: Reuters", "Credit...Jane Doe"), a credit word
# with "by"/"par"/"courtesy of" ("Photo by Jane Doe"), "courtesy of", or a copyright sign
# ("Copyright" only before a sign, a colon or a year, so "Copyright Policy" is no cue).
# e.g. 'Photo: Reuters', 'Photograph: Jane Doe/Guardian', 'Credit: NASA', '© 2020 AFP', 'Foto: dpa'
CREDIT_CUE = re.compile(
    r"(?:^|(?<=[\s.;,|–—(\[-]))(?P<cue>"
    rf"{_CREDIT_WORD}\s?(?::|\.{{2,3}}|…)"
    rf"|{_CREDIT_WORD}\s+(?:by|par|courtesy\s+of)(?!\w):?"
    r"|(?:photo\s+)?courtesy\s+of(?!\w)"
    r"|©|\(c\)|copyright(?=\s{0,3}(?:©|\(c\)|:|\d{4})))"
    r"\s*(?P<who>\S.{0,120}?)\s*$",
    re.IGNORECASE,
)

# An agency signature without a cue word, at the end of the text: an agency from
# ``_lexicon/agencies.txt``, optionally after a photographer and "/" or "|", optionally followed by
# "/" and a photographer. e.g. 'REUTERS/Jane Doe', 'AP Photo/John Roe', 'Jane Doe/Getty Images',
# 'Jane Doe | Getty Images', 'UK Parliament/AFP/Getty'
AGENCY_CREDIT = re.compile(
    rf"(?P<who>(?P<person>{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{0,3}}\s?[/|]\s?)?"
    rf"{_AGENCY}(?:\s?/\s?(?:{_AGENCY}|{_ANY_WORD}(?:[ \t]{_ANY_WORD}){{0,4}})){{0,2}})\.?\s*$",
    re.IGNORECASE,
)

# A site's copyright notice rather than a picture credit: a year range, "all rights reserved"
# (in several languages), a company's legal form, or a web address.
# e.g. '2012-2026 Example', 'Example Inc. All rights reserved', '2023 Example GmbH', 'example.com'
COPYRIGHT_NOTICE = re.compile(
    r"\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}\b|rights\s+reserved|rechte\s+vorbehalten"
    r"|droits\s+réservés|derechos\s+reservados|diritti\s+riservati"
    r"|\b(?:llc|inc|ltd|ltda|gmbh|ag|plc|corp|srl|sarl|pty|e\.\s?v|co\.\s?kg|s\.\s?a|a/s|b\.\s?v)\b\.?"
    r"|\b[\w-]{2,63}\.(?:com|net|org|de|at|ch|fr|uk|es|it|nl|io|info)\b|https?://",
    re.IGNORECASE,
)

# A sentence break inside a would-be credit: the credit starts after it. Needs three letters
# before the stop, so initials ("J. Doe") do not break. e.g. 'A man walks. Jane Doe'
CREDIT_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[^\W\d_])")

# Code or markup in a would-be credit ("image: postgres:18"). e.g. 'a = b', '<img>', 'postgres:18'
CODE_LIKE = re.compile(r"[{}<>=]|:\d")

# An e-mail address in a metadata author value. e.g. 'jane@example.com'
EMAIL = re.compile(r"\S{1,64}@\S{1,255}")

# A web address in a metadata author value. e.g. 'https://example.com/jane', 'www.example.com'
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S{0,300}", re.IGNORECASE)

# A short parenthetical remark in a metadata author value. e.g. 'Jane Doe (Example Magazine)'
PARENTHETICAL = re.compile(r"\([^()]{0,100}\)")

# A byline cue at the start, then the names: a cue from ``_lexicon/byline_cues.txt`` with an
# optional colon, or a label from ``_lexicon/byline_labels.txt`` with a required colon.
# e.g. 'By Jane Doe', 'Written by: Jane Doe', 'Von Hans Meier', 'Par Jean Dupont',
# 'Author: Jane Doe'
BYLINE_CUE = re.compile(
    rf"^(?P<cue>(?:{_alternation('byline_cues.txt')})\s?:?\s"
    rf"|(?:{_alternation('byline_labels.txt')})\s?:)\s*(?P<names>\S.*)$",
    re.IGNORECASE,
)


#: a prefix tree of words: a character -> the tree of what may follow it ("" ends a word)
_Tree = dict[str, "_Tree"]


def _trie(node: _Tree) -> str:
    """The alternation a prefix tree of words spells ("re(?:dakteur|porter)"). Recursion is
    bounded by the longest lexicon word, never by the input."""
    branches = [re.escape(char) + _trie(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _word_tree(lexicons: tuple[str, ...]) -> _Tree:
    """A prefix tree of every letter-run word of the lexicons' phrases."""
    tree: _Tree = {}
    for lexicon in lexicons:
        for phrase in words(lexicon):
            for word in re.findall(r"[^\W\d_]+", phrase):
                node = tree
                for char in word:
                    node = node.setdefault(char, {})
                node[""] = {}
    return tree


# A whole word of a byline cue, label, author role or agency: a line without one cannot be a
# byline (a cheap test before parsing one). Built as a prefix tree, so a search tries each
# start once per first letter. e.g. 'By Jane Doe', 'Jane Doe, Staff Writer', 'Doe | Reuters'
BYLINE_HINT = re.compile(
    r"(?<![^\W\d_])"
    + _trie(
        _word_tree(("byline_cues.txt", "byline_labels.txt", "author_roles.txt", "agencies.txt"))
    )
    + r"(?![^\W\d_])",
    re.IGNORECASE,
)

# Separators between names in a byline. e.g. 'Jane Doe, John Roe and Ann Poe'
NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)

_LABELS = tuple(sorted((word for word in words("dateline_words.txt") if len(word) >= 5), key=len))

# A dateline label glued to the word before it by a text dump that dropped the space,
# matched where the space belongs. Labels are the ``_lexicon/dateline_words.txt`` words of five
# or more letters, capitalised. e.g. 'Jane DoePublished', 'Hans MeierAktualisiert'
GLUED_DATELINE_WORD = re.compile(
    r"(?<=[a-z])(?="
    + "|".join(re.escape(word.capitalize()) for word in reversed(_LABELS))
    + r")(?![a-z])"
)

# A "by" glued to the name after it or written twice, as text dumps and templates leave it,
# matched to be written "by " once. e.g. 'ByJane Doe', 'Written byby Jane Doe'
GLUED_BY = re.compile(r"\b([Bb]y)(?:by)?(?=[A-ZÀ-ÖØ-Þ])|\b([Bb]y)by\b")
# A month name glued to the word before it, where the space belongs.
# e.g. 'Jane DoeMar 5, 2025'
GLUED_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d)"
)

# Separators between the parts of a byline line: names, organisation, date.
# e.g. 'Jane Doe | Reuters', 'Jane Doe • Nov. 19, 2025', 'Jane Doe - Staff Writer'
BYLINE_PART_SEPARATOR = re.compile(r"\s*[|•·»]\s*|\s+[-–—]\s+|\s*\(\s*|\s*\)\s*")

# A relative date that names no calendar day. e.g. 'Published 3 hours ago', 'vor 2 Stunden'
RELATIVE_DATE = re.compile(
    r"\b(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?)\s+ago\b"
    r"|\bvor\s+(?:\d{1,3}|einer?)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?)\b"
    r"|\bil\s+y\s+a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?)\b"
    r"|\bhace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días?)\b"
    r"|\b(?:just\s+now|yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy)\b",
    re.IGNORECASE,
)

# A reading-time note that often shares a line with the date. e.g. '5 min read', 'Lesezeit: 3 Min.'
READING_TIME = re.compile(
    r"\b\d{1,3}\s?(?:min(?:ute)?s?|Min\.?)\s+(?:read|de\s+lecture|Lesezeit)\b|\bLesezeit:?\s+\d{1,3}\s+Min(?:uten)?\b\.?",
    re.IGNORECASE,
)

# A short place name before a dash or comma at the start of a dateline.
# e.g. 'Berlin - ', 'NEW YORK, ', 'Baden-Baden – '
DATELINE_PLACE = re.compile(rf"^\s*{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{0,2}}\s?[-–—,]\s*$")

# A time-zone abbreviation from ``_lexicon/timezones.txt``, upper case only, or a numeric offset.
_ZONE = (
    r"(?:(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}"
    rf"|(?-i:(?:{'|'.join(sorted(TIME_ZONES, key=lambda z: -len(z)))})))"
    r"(?![A-Za-z])"
)
# A time zone standing alone (a dateline filler word). e.g. 'GMT', 'ET', '+01:00', 'UTC+2'
TIME_ZONE = re.compile(_ZONE)

# A time of day after a date: hours and minutes (optional seconds, a.m./p.m., "Uhr"), or hours with
# a.m./p.m. alone, then an optional zone.
# e.g. 'at 9:30 pm', '10.21 GMT', '14:05 Uhr', 'T09:30:00Z', ', 10 a.m. ET'
_TIME = (
    r"(?:(?:\s{0,3}(?:,|at|um|à|@|-|–|\||·|•|/)?\s{0,3}|T)(?P<hour>\d{1,2})"
    r"(?:[:.h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d{1,9})?)?(?:\s?(?P<ampm>[ap]\.?m\.?)(?![a-z]))?"
    r"|\s?(?P<ampm_only>[ap]\.?m\.?)(?![a-z]))"
    rf"(?:\s?(?:Uhr|h)(?![a-z]))?(?:\s?\(?(?P<zone>{_ZONE})\)?)?)?"
)

# A clock time standing alone, as before the date in "Updated: 10:09am, 20 Jan, 2020".
# e.g. '10:09am', '16:20', '9.21', '12:00:00'
CLOCK_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$", re.IGNORECASE)

# An ISO 8601-like date, year first with "-", "/" or ".", optionally with time and zone.
# e.g. '2024-03-03T09:30:00Z', '2019-11-04 10:21', '2019/11/04'
ISO_DATE = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<isep>[-/.])(?P<month>\d{1,2})(?P=isep)(?P<day>\d{1,2})(?![\d])"
    + _TIME,
    re.IGNORECASE,
)

# A Chinese/Japanese/Korean date. e.g. '2019年11月4日', '2019년 11월 4일'
CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s?[年년]\s?(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]" + _TIME
)

# A date with a month word, day first or month first.
# e.g. 'March 3, 2024 at 9:30 am', '3 Mar 2024', '4. November 2019, 10:21 Uhr',
# 'Nov. 4th, 2019',
# '3 de marzo de 2024', '4th of November 2019'
WORD_DATE = re.compile(
    r"(?:(?<!\d)(?P<day1>\d{1,2})(?:st|nd|rd|th|er|\.)?\s{0,3}(?:de\s+|of\s+)?(?P<month1>[^\W\d_]{3,10})\.?,?\s{0,3}"
    r"(?:de\s+)?"
    r"|(?P<month2>[^\W\d_]{3,10})\.?\s{0,3}(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s{0,3})"
    r"(?P<year>\d{4})(?!\d)" + _TIME,
    re.IGNORECASE,
)

# A numeric date: day-first with dots; with slashes month-first when the first number can be
# a month, unless the page's language writes day first (``_dates.writes_day_first``).
# e.g. '15.03.2024', '03/15/2024 09:30', '15/03/2024'
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])" + _TIME,
    re.IGNORECASE,
)

# Markers that wrap JSON-LD inside a <script> without being JSON: HTML comment and CDATA delimiters.
# e.g. '<!--', '-->', '//<![CDATA[', ']]>'
JSON_COMMENT = re.compile(r"(?://\s*)?(?:<!--|-->|<!\[CDATA\[|\]\]>)")

# A trailing comma before a closing brace or bracket, which JSON forbids.
# e.g. '"a": 1, }', '[1, 2,]'
JSON_TRAILING_COMMA = re.compile(r",\s*([}\]])")

# A separator between a headline and a site or section name in a stated title (spaces around
# it; a bar needs none). e.g. 'Headline | Site', 'Site - Headline', 'Headline – Site', 'A :: B'
TITLE_SEPARATOR = re.compile(r"\s+(?:[–—·•»~/]|-{1,2}|::)\s+|\s*\|\s*")

# A bar with spaces around it inside a displayed headline: what follows is a tag, label or site
# name appended to the headline. e.g. 'Harbour reopens after storm | Opinion'
HEADLINE_BAR = re.compile(r"\s\|\s")

# A permalink glyph a documentation generator appends to a heading. e.g. 'Quickstart ¶', 'Install🔗'
PERMALINK_MARK = re.compile(r"\s*[¶🔗]+$")

# A separator between the entries of a menu row: a bar, middle dot or bullet with spaces around it.
# e.g. 'Guidelines | FAQ | Contact', 'Home · News · Sport'
MENU_SEPARATOR = re.compile(r"\s[|·•]\s")

# What w3m prints for an image or a form field: its alt text or value in brackets, empty or one
# lower-case token (a file name, a slug); a bracketed year or a capitalised tag is headline text.
# e.g. '[blog] Ten tips', 'Garden [woman-reading-in-garden]', '[]Sign up', '[ ]', '[3fa9c2e1]'
IMAGE_MARK = re.compile(r"\[(?:\s{0,9}|(?=[^\]\s]{0,200}[a-z])[a-z0-9][^\s\[\]]{0,200})\]")

# One step of a breadcrumb trail: an angle-quote or arrow with spaces around it.
# e.g. 'Home » Blog', 'News › World', 'Home > Guides'
BREADCRUMB_STEP = re.compile(r"\s[»›>]\s")

# The breaks between the words of a class or id value.
# e.g. "related-posts sidebar_box" -> related, posts, sidebar, box
CLASS_WORD_BREAK = re.compile(r"[\s_-]+")
