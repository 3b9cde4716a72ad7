"""Byline lines and metadata author values -> author names (``articleparse._rules.byline``)."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse._rules.byline import (
    bare_names,
    bio_author,
    clean_names,
    names_other_role,
    opens_with_cue,
    parse_byline,
)

PARSE_BYLINE = [
    # a cue glued to the name or written twice, a date glued to the name
    ("ByJane Doe", ("Jane Doe",)),
    ("Written byby Jane Doe", ("Jane Doe",)),
    ("ByJane DoeMar 5, 2025 | 6 comments", ("Jane Doe",)),
    ("Byron Smith", ()),
    ("Standby Power", ()),
    # a cue word at the start
    ("By Jane Doe", ("Jane Doe",)),
    ("by Jane Doe", ("Jane Doe",)),
    ("BY JANE DOE", ("Jane Doe",)),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe, John Roe, and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
    ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
    ("Written by Jane Doe", ("Jane Doe",)),
    ("Written by: Jane Doe", ("Jane Doe",)),
    ("Posted by Jane Doe", ("Jane Doe",)),
    ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",)),
    ("Von Hans Meier", ("Hans Meier",)),
    ("Von Hans Meier und Eva Schmidt", ("Hans Meier", "Eva Schmidt")),
    ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
    ("Por Juan Pérez y Ana López", ("Juan Pérez", "Ana López")),
    ("Autor: Hans Meier", ("Hans Meier",)),
    ("Author: Jane Doe", ("Jane Doe",)),
    ("Text: Hans Meier", ("Hans Meier",)),
    # roles, credentials, affiliations and agencies after the names
    ("By JANE DOE, Staff Writer", ("Jane Doe",)),
    ("By Jane Doe, Senior Correspondent", ("Jane Doe",)),
    ("Von Hans Meier, Redakteur", ("Hans Meier",)),
    ("By Jane Doe, Chief Product Officer, Example Corp", ("Jane Doe",)),
    ("By Jane Doe, Reuters", ("Jane Doe",)),
    ("By Jane Doe (Reuters)", ("Jane Doe",)),
    ("By Jane Doe, CNN", ("Jane Doe",)),
    ("By Jane Doe and John Roe, The Daily Example", ("Jane Doe", "John Roe")),
    ("By Jane Doe | Reuters", ("Jane Doe",)),
    ("By Dr. Jane Doe, MD, PhD", ("Dr. Jane Doe",)),
    ("By Perry Roe Jr.", ("Perry Roe Jr.",)),
    # name shapes
    ("By Jean-Luc Picard", ("Jean-Luc Picard",)),
    ("By Mary O'Brien", ("Mary O'Brien",)),
    ("By Ludwig van Beethoven", ("Ludwig van Beethoven",)),
    ("By J. R. Doe", ("J. R. Doe",)),
    ("By Sérgio Schüler", ("Sérgio Schüler",)),
    ("By Kim K", ("Kim K",)),
    ("Written by: Jane Doe Jane Doe", ("Jane Doe",)),
    ("May 18, 2023 By Jane Doe In", ("Jane Doe",)),
    ("By Jane DoePublished: Jan 29, 2025", ("Jane Doe",)),
    ("By Jane DoeUpdated Jan 29, 2025", ("Jane Doe",)),
    ("By Jane Doe 5 min read", ("Jane Doe",)),
    ("By Jane McDonald", ("Jane McDonald",)),
    # combined with a date: the names only (find_date finds the date)
    ("By Jane Doe | December 15, 2017", ("Jane Doe",)),
    ("By Jane Doe • Nov. 19, 2025", ("Jane Doe",)),
    ("By Jane Doe, 15 Dec 2017", ("Jane Doe",)),
    ("Von Hans Meier, 07 Dezember, 2022", ("Hans Meier",)),
    ("Posted by Jane Doe on Sunday, February 6, 2022", ("Jane Doe",)),
    ("Posted on March 3, 2020 by Jane Doe", ("Jane Doe",)),
    ("By Jane Doe 3 hours ago", ("Jane Doe",)),
    ("Jane Doe | December 15, 2017 | Reuters", ("Jane Doe",)),
    ("March 15, 2022 · 3 min read · By Jane Doe", ("Jane Doe",)),
    ("News | Sponsored by Example", ()),
    ("Products | By Industry", ()),
    ("1. Choose Boring Technology (2015) by Jane Doe", ()),
    # without a cue: names followed by an agency or a role
    ("Jane Doe | Reuters", ("Jane Doe",)),
    ("Jane Doe, Reuters", ("Jane Doe",)),
    ("Jane Doe - AFP", ("Jane Doe",)),
    ("Jane Doe, Staff Writer", ("Jane Doe",)),
    ("Jane Doe and John Roe | Associated Press", ("Jane Doe", "John Roe")),
    # not bylines
    # capitalised words with no cue, role or agency word as a whole word ("Abby Nearby")
    ("Jane Doe", ()),
    ("Welding Basics For Beginners", ()),
    ("Abby Nearby", ()),
    ("By the time we arrived, it was over.", ()),
    ("By leveraging data analysis, companies can gain an advantage.", ()),
    ("By clicking Subscribe, you agree to our Terms.", ()),
    ("By Industry", ()),
    ("By Topic", ()),
    ("By Event Type", ()),
    ("BY USE CASE", ()),
    ("Text Generation API", ()),
    ("Author Guidelines", ()),
    ("Jane Roe Health and Safety Officer", ()),
    ("MORE Stories, Reuters", ()),
    ("Artificial Intelligence (AI)", ()),
    ("San Francisco, CA", ()),
    ("Jane Doe – The Writing Coach", ()),
    ("Reviewed by: Jane Doe, PhD, CSCS", ()),
    ("Updated by Jane Doe", ()),
    ("Sponsored by Example Corp", ()),
    ("Photos by Jane Doe", ()),
    ("By 2030 the city will double", ()),
    ("By Tuesday", ()),
    ("By Tuesday, the storm had passed", ()),
    ("By TOI staff", ()),
    ("By AP", ()),
    ("Von dpa", ()),
    ("Jane Doe", ()),
    ("Home | About", ()),
    ("Privacy Policy | Terms of Use", ()),
    ("Paris, France", ()),
    ("Reuters", ()),
    ("", ()),
    ("By " + "Jane Doe and " * 30 + "John Roe", ()),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_BYLINE)
def test_parse_byline(text: str, expected: tuple[str, ...]) -> None:
    """Bylines give their author names, without cue, role, agency or date; other lines give ()."""
    assert parse_byline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By " + "A" * 5000,
        "By " + "Jane " * 2000,
        "By " + ", " * 3000,
        "|" * 5000,
        "by by by " * 800,
    ],
)
def test_parse_byline_on_long_adversarial_input(text: str) -> None:
    """Very long or repetitive lines are not bylines."""
    assert parse_byline(text) == ()


CLEAN_NAMES = [
    ("Jane Doe", ("Jane Doe",)),
    ("By Jane Doe", ("Jane Doe",)),
    ("By Jane Doe, Staff Writer", ("Jane Doe",)),
    ("Jane Doe, Redakteur", ("Jane Doe",)),
    ("Jane Doe, Correspondent", ("Jane Doe",)),
    ("JANE DOE", ("Jane Doe",)),
    ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe; John Roe & Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
    ("Jane Doe | Reuters", ("Jane Doe",)),
    ("Jane Doe / Example Magazine", ("Jane Doe",)),
    ("Jane Doe (jane@example.com)", ("Jane Doe",)),
    ("jane@example.com", ()),
    ("https://example.com/author/jane-doe", ()),
    ("Jane Doe https://example.com/jane", ("Jane Doe",)),
    ("Jane Doe, Jane Doe", ("Jane Doe",)),
    ("Jane Doe and jane doe", ("Jane Doe",)),
    ("Dylan Roe, MS, RD, FAND", ("Dylan Roe",)),
    ("Michael Roe, M.D. FACLM", ("Michael Roe",)),
    ("Dr. Jane Doe", ("Dr. Jane Doe",)),
    ("Example Media Inc.", ("Example Media Inc.",)),
    ("jdoe42", ("jdoe42",)),
    ("Jane Doe, Candidate Representative to the Liaison Committee", ("Jane Doe",)),
    ("Redaktion", ("Redaktion",)),
    ("Maria &amp; Katerina", ("Maria", "Katerina")),
    ("Jane Doe and John Roe, The Daily Example", ("Jane Doe", "John Roe")),
    ("Example Corporation (Market Research)", ("Example Corporation",)),
    ("Jane Doe, CNN", ("Jane Doe",)),
    ("Jane Doe and Updated by John Roe", ("Jane Doe",)),
    ("Updated by John Roe", ()),
    ("the editors of the site", ()),
    ("jane doe", ("jane doe",)),
    ("Center for Drug Evaluation and Research", ("Center for Drug Evaluation and Research",)),
    ("Office of the Example", ("Office of the Example",)),
    ("The Example Team", ("The Example Team",)),
    ("Our Editors", ("Our Editors",)),
    ("Jane Doe, 3 May 2021", ("Jane Doe",)),
    ("Jane Doe March 2, 2026", ("Jane Doe",)),
    ("Example Media - 2025/4/29", ("Example Media",)),
    ("Updated January 08", ()),
    ("August 28", ()),
    ("Author Jane Doe", ("Jane Doe",)),
    ("Written By", ()),
    ("undefined", ()),
    ("Jane Today", ("Jane Today",)),  # a relative-date word in a name stays
    ("", ()),
    ("   ", ()),
]


@pytest.mark.parametrize(("raw", "expected"), CLEAN_NAMES)
def test_clean_names(raw: str, expected: tuple[str, ...]) -> None:
    """Metadata author values lose cues, roles, credentials, e-mails, URLs and affiliations."""
    assert clean_names(raw) == expected


def test_clean_names_bounds_its_input() -> None:
    """A huge author value is read only up to a bound and still answered."""
    names = clean_names("Jane Doe, " + "Staff Writer " * 10_000)
    assert names == ("Jane Doe",)


@given(st.text(max_size=300))
def test_byline_functions_never_raise(text: str) -> None:
    """On any text both functions answer with a tuple of non-empty, stripped names."""
    for names in (parse_byline(text), clean_names(text)):
        assert isinstance(names, tuple)
        assert all(isinstance(name, str) and name and name == name.strip() for name in names)


def test_a_byline_date_reaches_the_article() -> None:
    """A byline that carries the date gives the authors and, without a dateline, the date."""
    text = (
        "Harbour opens a new pier\n\n"
        "By Jane Doe | December 15, 2017\n\n"
        + "The new pier opened on Friday after two years of work by the city and its partners. " * 3
        + "\n\n"
        + "Officials said the pier would carry ferries and fishing boats from the spring. " * 3
    )
    article = articleparse.parse(text)
    assert article.authors == ("Jane Doe",)
    assert article.published == datetime(2017, 12, 15)


def test_a_dateline_that_names_the_author_signs_the_article() -> None:
    """A line labelled a dateline ("By Jane Doe, May 9, 2023") gives the authors too."""
    prose = "The new pier opened on Friday after two years of work by the city and partners. "
    head = "Harbour opens a new pier\n\nBy Jane Doe, May 9, 2023\n\n"
    text = head + prose * 3 + "\n\n" + prose * 2
    article = articleparse.parse(text)
    assert [s.role for s in article.segments if s.text == "By Jane Doe, May 9, 2023"] == [
        articleparse.Role.DATELINE
    ]
    assert article.authors == ("Jane Doe",)
    assert article.published == datetime(2023, 5, 9)


def _signed_page(stated: str) -> str:
    prose = "<p>" + "The harbour wall was repaired over the winter by the city's crews. " * 3
    return (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Harbour wall repaired", '
        f'"author": {{"@type": "Person", "name": "{stated}"}}}}</script></head>'
        "<body><article><h1>Harbour wall repaired</h1><p>By Jane Doe</p>"
        f"{prose}</p>{prose}</p></article></body></html>"
    )


def test_the_byline_readers_see_wins_over_metadata_naming_someone_else() -> None:
    """Metadata naming a site account while the page shows "By Jane Doe" gives Jane Doe;
    metadata sharing a word with the shown byline (a fuller form) is kept."""
    assert articleparse.parse(_signed_page("webteam01"), format="html").authors == ("Jane Doe",)
    kept = articleparse.parse(_signed_page("Jane Q. Doe"), format="html")
    assert kept.authors == ("Jane Q. Doe",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("Posted by Jane Doe on May 9, 2023", ("Jane Doe",)),
        ("Jane Doe, Staff Writer", ()),  # names, but no cue opens the line
        ("by the old harbour", ()),
    ],
)
def test_cue_names(text: str, expected: tuple[str, ...]) -> None:
    """The names of a byline that opens with its cue (what the assembler reads as signed)."""
    assert (parse_byline(text) if opens_with_cue(text) else ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Fact Checked", True), ("Reviewed", True), ("Jane Doe", False), ("Written", False)],
)
def test_names_other_role(text: str, expected: bool) -> None:
    assert names_other_role(text) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Jane Doe", "Jane Doe is a staff writer covering the harbour."], "Jane Doe"),
        (["Jane Doe", "Jane has been an editor here since 2019."], "Jane Doe"),
        (["Jane Doe Writer", "Jane is a freelance writer."], "Jane Doe"),
        (["Cross Join", "Cross Join is a join of every row with every row."], None),
        (["Jane Doe", "Jane Doe is a town on the coast."], None),  # no job named
        (["Jane", "Jane is a staff writer."], None),  # one word is no name line
    ],
)
def test_bio_author(texts: list[str], expected: str | None) -> None:
    assert bio_author(texts) == expected


def test_an_author_box_signs_a_page_that_names_no_author_elsewhere() -> None:
    prose = "The new pier opened on Friday after two years of work by the city and partners. "
    text = (
        "Harbour opens a new pier\n\n"
        + prose * 3
        + "\n\n"
        + prose * 2
        + "\n\nJane Doe\n\nJane Doe is a staff writer who covers the coast.\n"
    )
    assert articleparse.parse(text).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Doe", ("Jane Doe",)),
        ("JANE DOE", ("Jane Doe",)),
        ("Jane Doe · May 3, 2024", ("Jane Doe",)),
        ("Mary-Ann O'Neil | Updated March 3, 2024 | 4 min read", ("Mary-Ann O'Neil",)),
        ("Ian McEwan 12 June 2023", ("Ian McEwan",)),
        ("Jane", ()),  # one word: a first name or a section label
        ("In This Article", ()),  # function words
        ("Written By", ()),  # a bare cue
        ("Jane Doe, Staff Writer", ()),  # two parts: parse_byline's job
        ("Photos/Jane Doe", ()),  # a credit
        ("NewsSportsWeatherTraffic", ()),  # glued menu entries
        ("The harbour reopened today", ()),
    ],
)
def test_bare_names_reads_a_name_standing_alone(text: str, names: tuple[str, ...]) -> None:
    """A head line of two to four name words, alone or beside a date, is a bare name."""
    assert bare_names(text) == names


def test_a_bare_name_by_the_date_signs_a_text_page_only_without_a_byline() -> None:
    """The name line next to the date under a headline gives the author; a real byline wins."""
    paragraph = (
        "The ferries that link the islands to the mainland sailed again on Monday, after three "
        "weeks in which storms kept every boat in the harbour."
    )
    head = ["Harbour ferries return after the winter storms", "Jane Doe", "September 4, 2025"]
    article = articleparse.parse("\n\n".join([*head, paragraph]), format="text")
    assert article.authors == ("Jane Doe",)
    assert article.title == "Harbour ferries return after the winter storms"
    signed = ["Harbour ferries return", "Jane Doe", "September 4, 2025", "By John Roe", paragraph]
    assert articleparse.parse("\n\n".join(signed), format="text").authors == ("John Roe",)
    # without a date beside it, a name-like line under the headline is not read as a name
    unsigned = ["Harbour ferries return after the winter storms", "Island Services", paragraph]
    assert articleparse.parse("\n\n".join(unsigned), format="text").authors == ()
