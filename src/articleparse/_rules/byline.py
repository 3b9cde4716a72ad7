"""Bylines and author metadata -> author names.

``parse_byline`` reads a byline line of the page. Evidence that a line is one:

* a byline cue at the start (``_lexicon/byline_cues.txt``: "By", "Written by:",
  "Von", "Par", ...), possibly after a dateline ("Posted on May 3, 2020 by Jane Doe");
* or, without a cue, capitalised names followed by a part that names an agency
  (``_lexicon/agencies.txt``) or a role (``_lexicon/author_roles.txt``):
  "Jane Doe | Reuters", "Jane Doe, Reuters", "Jane Doe, Staff Writer".

The names are the capitalised parts before the first role, agency or other part:
"By JANE DOE, Staff Writer" -> ("Jane Doe",). Every name part must look like a
name (one to five capitalised words or particles, no sentence), so "By the time
we arrived" is not a byline. A date on the byline line ("By Jane Doe | March 3,
2024") is ignored here; ``_dates.find_date`` finds it.

``bare_names`` reads a name standing alone on a line of a text dump's head ("Jane Doe",
"Jane Doe · May 3, 2024"): two to four name words and nothing else but a date. Alone it
proves nothing (a headline in Title Case looks the same), so the text rules take it only
next to a date, and only when no byline names the authors.

``clean_names`` reads an author value from metadata (JSON-LD, ``<meta name=author>``),
where lower-case user names are names too: it strips cues, roles, credentials,
e-mail addresses, URLs and "| Organisation" tails, splits several names and
de-duplicates them.
"""

from __future__ import annotations

import html
import re
from itertools import pairwise

from .._dates import find_date
from .._lexicon import words
from .._patterns import (
    BYLINE_CUE,
    BYLINE_HINT,
    BYLINE_PART_SEPARATOR,
    EMAIL,
    GLUED_BY,
    GLUED_DATELINE_WORD,
    GLUED_MONTH,
    NAME_SEPARATOR,
    PARENTHETICAL,
    READING_TIME,
    RELATIVE_DATE,
    WEB_ADDRESS,
)

_MAX_BYLINE_CHARS = 160
_MAX_METADATA_CHARS = 300
_MAX_NAME_WORDS = 5
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "le",
        "la",
        "bin",
        "al",
        "el",
        "ten",
        "ter",
        "zu",
    }
)
_ROLES = words("author_roles.txt")
_AGENCIES = words("agencies.txt")
_CREDENTIALS = words("credentials.txt")
_DATELINE_WORDS = words("dateline_words.txt")
_NOT_NAMES = words("byline_not_names.txt")
_OTHER_ROLES = tuple(sorted(words("byline_other_roles.txt")))
#: byline cues as whole lines ("written by"): a label, never a name
_CUES = words("byline_cues.txt")
#: a job title line has at most this many words
_MAX_JOB_WORDS = 5
#: how a part naming another role opens: the role as a whole word
_OTHER_ROLE_STARTS = tuple(role + " " for role in _OTHER_ROLES)
_TRIM = " \t,;:|•·»–—-®™*"
_MIN_WORD_BEFORE_DOT = 4  # "Jr." and "K." keep their dot, a sentence-final "Doe." loses it
_TRAILING_WORDS = frozenset({"in", "on", "at", "for", "from", "with", "im", "unter"})


def _bare(word: str) -> str:
    return word.strip(".,;:()'’\"").lower()


def _is_role(part: str) -> bool:
    return any(_bare(word) in _ROLES for word in part.split())


def _is_credential(part: str) -> bool:
    tokens = part.replace(".", "").split()
    return bool(tokens) and all(token.lower() in _CREDENTIALS for token in tokens)


def _is_agency(part: str) -> bool:
    return " ".join(part.lower().split()) in _AGENCIES


def _names_other_role(part: str) -> bool:
    """True for "Updated by Jane Doe", "Reviewed by ...": a contributor who is not an author."""
    lower = " ".join(part.lower().split()) + " "
    return lower.startswith(_OTHER_ROLE_STARTS)


def names_a_job(text: str) -> bool:
    """A short line that is a job title or a team ("National Science Reporter", "Co-founder
    of Acme", "The Example Team"): its first or last word is a role (``author_roles.txt``)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= _MAX_JOB_WORDS:
        return False
    return _bare(tokens[-1]) in _ROLES or _bare(tokens[0]) in _ROLES


def credits_contributor(text: str) -> bool:
    """A line that credits someone who is not an author ("Edited by: Jane Doe", "Sponsored by
    Acme") or is a byline cue alone ("Written by"): a label of the head, never a headline."""
    folded = " ".join(text.replace(":", " ").lower().split())
    return folded in _CUES or _names_other_role(folded)


def _is_affiliation(part: str) -> bool:
    """A part after a name that names an organisation: "Reuters", "CNN", "The Daily Example"."""
    tokens = part.split()
    acronym = len(tokens) == 1 and part.isupper() and 2 <= len(part) <= 6
    return _is_agency(part) or acronym or (len(tokens) > 1 and tokens[0].lower() == "the")


def _is_name_word(word: str) -> bool:
    if word.lower() in _PARTICLES:
        return True
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and letters[0].isupper() and not any(ch.isdigit() for ch in word)


def _looks_like_name(part: str) -> bool:
    tokens = part.split()
    if any(_bare(word) in _NOT_NAMES for word in tokens):
        return False
    return (
        1 <= len(tokens) <= _MAX_NAME_WORDS
        and _is_name_word(tokens[0])
        and tokens[0].lower() not in _PARTICLES | {"the"}
        and all(_is_name_word(word) for word in tokens)
    )


def _strip(part: str) -> str:
    """Strip separators, and a final full stop unless it ends an abbreviation ("Jr.")."""
    part = part.strip(_TRIM)
    while part.endswith(".") and len(part.split()[-1]) > _MIN_WORD_BEFORE_DOT:
        part = part[:-1].strip(_TRIM)
    return part.lstrip(".").strip(_TRIM)


def _tidy(name: str) -> str:
    """Collapse spaces; title-case a name written all in capitals ("JANE DOE" -> "Jane Doe").

    A name written twice in a row ("Jane Doe Jane Doe", an avatar's alt text before the name)
    is kept once.
    """
    tokens = name.split()
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]
    name = " ".join(tokens)
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def _names(head: str) -> tuple[tuple[str, ...], bool] | None:
    """The names at the start of ``head`` and whether a role or agency followed them.

    None when a part before any role or agency is not a name.
    """
    names: list[str] = []
    for part in NAME_SEPARATOR.split(head):
        part = _strip(part)
        tokens = part.split()
        while tokens and tokens[-1].lower() in _TRAILING_WORDS:
            tokens.pop()  # "By Jane Doe In" (a category list follows)
        part = " ".join(tokens)
        if not part or _is_credential(part):
            continue
        if _is_role(part) or _is_agency(part) or (names and _is_affiliation(part)):
            return tuple(names), True  # the rest is a title or an affiliation
        if not _looks_like_name(part):
            return None
        names.append(_tidy(part))
    return tuple(names), False


def _strip_dates(text: str, *, relative_too: bool = True) -> str:
    """Remove a calendar or (``relative_too``) relative date and the dateline words right
    before it."""
    for _ in range(2):
        span = find_date(text)
        if span is None:
            relative = RELATIVE_DATE.search(text) if relative_too else None
            if relative is None:
                break
            start, end = relative.span()
        else:
            start, end = span[1]
        head = text[:start].rstrip(" ,|•·»–—-").split()
        while head and _bare(head[-1]) in _DATELINE_WORDS:
            head.pop()
        text = " ".join(head) + " | " + text[end:]
    return text


def _after_filler(text: str) -> str:
    """Skip leading dateline words ("Posted on", "Updated") and separators."""
    tokens = text.split()
    index = 0
    while index < len(tokens) and (
        not tokens[index].strip(_TRIM) or _bare(tokens[index]) in _DATELINE_WORDS
    ):
        index += 1
    return " ".join(tokens[index:])


def _parts(text: str) -> list[str]:
    return [part for part in map(_strip, BYLINE_PART_SEPARATOR.split(text)) if part]


def _spaced_by(match: re.Match[str]) -> str:
    return f"{match.group(1) or match.group(2)} "


def parse_byline(text: str) -> tuple[str, ...]:
    """Return the author names a byline states, or () when the text is not a byline."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return ()
    if "y" in text:  # "ByJane Doe", "Written byby Jane Doe": one "by ", spaced
        text = " ".join(GLUED_BY.sub(_spaced_by, text).split())
    # Each way below needs a cue or label word (a cue) or a role or agency word (no cue), as
    # a whole word of the line: without one (most lines), there is no byline to find.
    if BYLINE_HINT.search(text) is None or _names_other_role(_strip(text)):
        return ()
    undated = GLUED_MONTH.sub(" ", GLUED_DATELINE_WORD.sub(" ", text))
    # a reading-time note ends the names like a separator: "By Jane Doe 5 min read"
    text = _strip_dates(READING_TIME.sub(" | ", undated))
    for candidate in (text, _after_filler(text)):
        match = BYLINE_CUE.match(_strip(candidate))
        if match is not None:
            parts = _parts(match.group("names"))
            found = _names(parts[0]) if parts else None
            return found[0] if found is not None else ()
    # A cue after a separator on a dated meta line: "March 15, 2022 · 3 min read · By Jane Doe".
    for part in _parts(text)[1:] if text != undated else ():
        match = BYLINE_CUE.match(part)
        if match is not None and not _names_other_role(part):
            found = _names(_parts(match.group("names"))[0])
            if found is not None and found[0]:
                return found[0]
    # Without a cue: names, then an agency or a role after a comma or a separator
    # ("Jane Doe | Reuters", "Jane Doe, Staff Writer").
    parts = _parts(text)
    if not parts:
        return ()
    head, _, tail = parts[0].rpartition(",")
    if len(parts) >= 2 and not head:
        head, tail = parts[0], parts[1]
    tail = _strip(tail)
    found = _names(head) if head and (_is_agency(tail) or _is_role(tail)) else None
    if found is None or not found[0] or any(len(name.split()) < 2 for name in found[0]):
        return ()
    return found[0]


def opens_with_cue(text: str) -> bool:
    """Does the line open with a byline cue ("By Jane Doe", "Posted by Jane Doe on May 9"),
    dateline words before it skipped? A line whose names only a role or agency word marks
    says less."""
    line = _strip(" ".join(text.split()))
    return (
        BYLINE_CUE.match(line) is not None
        or BYLINE_CUE.match(_strip(_after_filler(line))) is not None
    )


def names_other_role(text: str) -> bool:
    """Is the text the label of a contributor who is not an author ("Fact Checked",
    "Reviewed"): a phrase of ``_lexicon/byline_other_roles.txt`` without its "by"?"""
    return _names_other_role(f"{_strip(text)} by")


#: what follows a writer's name in a note about them: "Jane Doe is a ...", "Jane has been ..."
_BIO_VERB = re.compile(r" (?:is|was|has been|serves as|works as|writes)\b")
#: a note about a writer names their job ("writer", "editor") among its first words
_BIO_ROLE_WORDS = 25
_MAX_BIO_NAME_WORDS = 4
_MAX_BIO_NAME_CHARS = 60


def bio_author(texts: list[str]) -> str | None:
    """The writer a note about them names: a name line, then a line that opens with that
    name or its first word and says what the person is ("Jane Doe" / "Jane Doe is a
    staff writer ..."), the job among its first words (``_lexicon/author_roles.txt``).

    Evidence for a page that signs nothing else: author boxes print the name over the
    note. The first such pair counts.
    """
    for name, note in pairwise(texts):
        if len(name) > _MAX_BIO_NAME_CHARS:
            continue
        words = name.split()
        if not 2 <= len(words) <= _MAX_BIO_NAME_WORDS + 1 or not note.startswith(words[0]):
            continue
        while words and _bare(words[-1]) in _ROLES:  # "Jane Doe Writer": the job ends the name
            words.pop()
        name = " ".join(words)
        if len(words) < 2 or not _looks_like_name(name):
            continue
        head = name if note.startswith(name) else words[0]
        if _BIO_VERB.match(note[len(head) :]) is None:
            continue
        if any(_bare(word) in _ROLES for word in note.split()[:_BIO_ROLE_WORDS]):
            return name
    return None


def bare_names(text: str) -> tuple[str, ...]:
    """The name a head line of a text dump states alone, or beside a date ("Jane Doe",
    "Jane Doe · May 3, 2024"): one part of two to four name words, nothing else."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return ()
    parts = _parts(_strip_dates(READING_TIME.sub(" | ", GLUED_DATELINE_WORD.sub(" ", text))))
    if len(parts) != 1:
        return ()
    name = parts[0]
    tokens = name.split()
    if not _BARE_NAME_WORDS[0] <= len(tokens) <= _BARE_NAME_WORDS[1]:
        return ()
    # a cue or label word ("Written by", "Fact checked") or a role: no bare name
    if BYLINE_HINT.search(name) is not None or not _looks_like_name(name):
        return ()
    if any(not _is_bare_name_word(token) for token in tokens):
        return ()
    return (_tidy(name),)


_BARE_NAME_WORDS = (2, 4)


def _is_bare_name_word(word: str) -> bool:
    """Letters with at most a hyphen, apostrophe or initial's dot, capitalised at most twice
    ("McCarthy", "O'Neil"); not a function word ("In This Article") or glued menu entries."""
    if word.lower() in _FUNCTION_WORDS or not all(ch.isalpha() or ch in "-'’." for ch in word):
        return False
    return sum(1 for a, b in pairwise(word) if a.islower() and b.isupper()) <= 1


# ---------------------------------------------------------------- metadata author values


_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "for", "to", "in", "a", "an", "by", "with", "from", "our", "your", "on"}
)
_MAX_ORGANISATION_WORDS = 8
#: values a page template writes when it has no author (a script's empty variable)
_PLACEHOLDERS = frozenset({"undefined", "null", "none", "nan"})
_LABELS = words("byline_labels.txt")


def _metadata_part_is_name(part: str) -> bool:
    """A name as metadata states it: capitalised words, or a lower-case user name.

    "jdoe42" and "jane doe" are names; "the editors of the site" is prose.
    """
    tokens = part.split()
    if not 1 <= len(tokens) <= _MAX_NAME_WORDS or part.casefold() in _PLACEHOLDERS:
        return False
    if any(any(map(str.isdigit, word)) and not any(map(str.isalpha, word)) for word in tokens):
        return False  # a number ("August 28", "Feb 11"): a date, no name
    if any(word in _FUNCTION_WORDS for word in tokens):
        return False  # a lower-case "of", "the" (a capitalised "The ... Team" is a name)
    lower = [word for word in tokens if word[:1].islower() and word.lower() not in _PARTICLES]
    return not lower or len(lower) == len(tokens)


def _organisation(text: str) -> str | None:
    """A whole value naming an organisation: "Center for Drug Evaluation and Research"."""
    tokens = _strip(text).split()
    if not 2 <= len(tokens) <= _MAX_ORGANISATION_WORDS or tokens[0] in _FUNCTION_WORDS:
        return None
    if all(word[:1].isupper() or word in _FUNCTION_WORDS for word in tokens):
        return " ".join(tokens)
    return None


def clean_names(raw: str) -> tuple[str, ...]:
    """Return the author names in a metadata author value, cleaned and de-duplicated.

    e.g. "By Jane Doe, Staff Writer" -> ("Jane Doe",); "Jane Doe and John Roe | Reuters"
    -> ("Jane Doe", "John Roe"); "jane@example.com" -> (); "Dylan Bailey, MS, RD" ->
    ("Dylan Bailey",).
    """
    text = " ".join(html.unescape(raw[: _MAX_METADATA_CHARS * 2]).split())[:_MAX_METADATA_CHARS]
    text = PARENTHETICAL.sub(" ", WEB_ADDRESS.sub(" ", EMAIL.sub(" ", text)))
    # a date after the name ("Jane Doe, 3 May 2021") is cut off like an affiliation
    text = _strip_dates(text, relative_too=False).split("|")[0].split(" / ")[0]
    label, _, rest = text.strip().partition(" ")
    if rest and label.lower() in _LABELS:  # "Author Jane Doe": a label without its colon
        text = rest
    match = BYLINE_CUE.match(_strip(text))
    first = _strip(NAME_SEPARATOR.split(match.group("names"))[0]) if match is not None else ""
    if match is not None and _metadata_part_is_name(first):
        text = match.group("names")
    names: list[str] = []
    seen: set[str] = set()
    for part in NAME_SEPARATOR.split(text):
        part = _strip(part.strip("()[]"))
        if not part or _is_credential(part) or _names_other_role(part):
            continue
        if " ".join(part.lower().split()) in _CUES:
            continue  # a whole value that is only a byline cue ("Written By") names no one
        if names and (_is_role(part) or _is_affiliation(part) or not _metadata_part_is_name(part)):
            break
        if not names and not _metadata_part_is_name(part):
            organisation = _organisation(text)
            return () if organisation is None else (organisation,)
        name = _tidy(part)
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return tuple(names)
