"""The command line: rendering, --json, --jsonl, stdin, errors, --format, python -m."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from articleparse import (
    Article,
    BodyBlock,
    BodyKind,
    Boilerplate,
    BoilerplateKind,
    Caption,
    Credit,
    InputFormat,
)
from articleparse.cli import EXAMPLES, example_bytes, main, render

PARAGRAPH = (
    "The harbour reopened on Monday morning after engineers spent four days clearing "
    "debris that the storm had pushed into the main channel."
)
TEXT_PAGE = f"Harbour reopens after storm\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"
HTML_PAGE = (
    "<html><body><h1>Harbour reopens after storm</h1>"
    f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></body></html>"
)


@pytest.fixture
def pages(tmp_path: Path) -> tuple[Path, Path]:
    """A text page and an HTML page on disk."""
    text = tmp_path / "story.txt"
    text.write_text(TEXT_PAGE, encoding="utf-8")
    html = tmp_path / "story.html"
    html.write_text(HTML_PAGE, encoding="utf-8")
    return text, html


def test_render_shows_every_field() -> None:
    """The readable rendering has one line per field and the body block by block."""
    article = Article(
        title="Harbour reopens",
        published=datetime(2024, 3, 5, 8, 30),
        modified=datetime(2024, 3, 6, 9, 0),
        authors=("Jane Doe", "John Roe"),
        body=(
            BodyBlock("First paragraph."),
            BodyBlock("A subheading", BodyKind.HEADING, 2),
            BodyBlock("An item", BodyKind.LIST_ITEM),
            BodyBlock("A quotation", BodyKind.QUOTE),
        ),
        captions=(Caption("Boats.", Credit("Jane Doe/Agency")), Caption("No credit.")),
        credits=(Credit("Jane Doe/Agency"),),
        boilerplate=(Boilerplate("Share", BoilerplateKind.SHARE),),
        format=InputFormat.HTML,
        url="https://example.org/a",
        site_name="The Courier",
        language="en",
        description="A summary.",
    )
    assert render(article, "page.html").splitlines() == [
        "==> page.html <==",
        "format:      html",
        "title:       Harbour reopens",
        "published:   2024-03-05T08:30:00",
        "modified:    2024-03-06T09:00:00",
        "authors:     Jane Doe, John Roe",
        "url:         https://example.org/a",
        "site_name:   The Courier",
        "language:    en",
        "description: A summary.",
        "captions:    2",
        "  - Boats.  [credit: Jane Doe/Agency]",
        "  - No credit.",
        "credits:     Jane Doe/Agency",
        "boilerplate: 1",
        "  - (share) Share",
        "body:        4 blocks",
        "",
        "First paragraph.",
        "",
        "## A subheading",
        "",
        "- An item",
        "",
        "> A quotation",
    ]


def test_render_of_empty_article_shows_dashes() -> None:
    """Missing values render as '-', so every field line is always present."""
    lines = render(Article()).splitlines()
    assert lines[1:9] == [
        "title:       -",
        "published:   -",
        "modified:    -",
        "authors:     -",
        "url:         -",
        "site_name:   -",
        "language:    -",
        "description: -",
    ]
    assert lines[-1] == "body:        0 blocks"


def test_text_output_of_a_file(
    pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A single file prints its rendering without a header line and exits 0."""
    text, _ = pages
    assert main([str(text)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("format:      text\ntitle:       Harbour reopens after storm\n")
    assert "==>" not in out
    assert out.count(PARAGRAPH) == 2


def test_json_output(pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one JSON document equal to Article.to_dict()."""
    _, html = pages
    assert main(["--json", str(html)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "html"
    assert data["title"] == "Harbour reopens after storm"
    assert [block["text"] for block in data["body"]] == [PARAGRAPH, PARAGRAPH]
    assert {segment["role"] for segment in data["segments"]} >= {"title", "body"}


def test_json_refuses_several_files(
    pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """--json with two files is a usage error (exit 2) pointing at --jsonl."""
    text, html = pages
    with pytest.raises(SystemExit) as exit_info:
        main(["--json", str(text), str(html)])
    assert exit_info.value.code == 2
    assert "--jsonl" in capsys.readouterr().err


def test_no_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a file or --example the command exits 2 with a usage message."""
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_jsonl_for_many_files(pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """--jsonl prints one JSON object per file, in order, each naming its file."""
    text, html = pages
    assert main(["--jsonl", str(text), str(html)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [record["file"] for record in records] == [str(text), str(html)]
    assert [record["format"] for record in records] == ["text", "html"]
    assert all(record["title"] == "Harbour reopens after storm" for record in records)


def test_several_files_get_header_lines(
    pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """With several files the text output separates them with '==> name <==' headers."""
    text, html = pages
    assert main([str(text), str(html)]) == 0
    out = capsys.readouterr().out
    assert f"==> {text} <==\n" in out
    assert f"\n\n==> {html} <==\n" in out


def test_dash_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'-' parses standard input, read as bytes."""
    stdin = io.TextIOWrapper(io.BytesIO(HTML_PAGE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "html"
    assert data["title"] == "Harbour reopens after storm"


def test_missing_stdin_is_a_read_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'-' without any standard input gives the one-line error and exit 1."""
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["-"]) == 1
    assert capsys.readouterr().err == "articleparse: -: no standard input\n"


def test_unreadable_file_does_not_stop_the_others(
    pages: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing files and directories give one stderr line each; the good files still print."""
    text, html = pages
    missing = tmp_path / "missing.html"
    assert main(["--jsonl", str(missing), str(text), str(tmp_path), str(html)]) == 1
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"articleparse: {missing}: ")
    assert errors[1].startswith(f"articleparse: {tmp_path}: ")
    assert all("Traceback" not in line for line in errors)
    files = [json.loads(line)["file"] for line in captured.out.splitlines()]
    assert files == [str(text), str(html)]


def test_format_option_overrides_detection(
    pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """--format text reads an HTML file as a text dump; --format html reads text as HTML."""
    text, html = pages
    main(["--json", "--format", "text", str(html)])
    assert json.loads(capsys.readouterr().out)["format"] == "text"
    main(["--json", "--format", "html", str(text)])
    assert json.loads(capsys.readouterr().out)["format"] == "html"
    with pytest.raises(SystemExit):
        main(["--format", "pdf", str(text)])


def test_example_option(capsys: pytest.CaptureFixture[str]) -> None:
    """--example parses the bundled text page."""
    assert main(["--example", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "text"
    assert data["title"]
    assert data["body"]


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    import articleparse

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"articleparse {articleparse.__version__}\n"


def test_bundled_examples_load() -> None:
    """Every bundled example loads; an unknown name is a ValueError."""
    for name in EXAMPLES:
        assert len(example_bytes(name)) > 500
    assert example_bytes() == example_bytes(EXAMPLES[0])
    with pytest.raises(ValueError, match="no bundled example"):
        example_bytes("nope.html")


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    """'python -m articleparse' runs the same program in a fresh interpreter."""
    page = tmp_path / "story.txt"
    page.write_text(TEXT_PAGE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "articleparse", "--jsonl", str(page), str(tmp_path / "gone")],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["title"] == "Harbour reopens after storm"
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("articleparse: ")


def test_python_dash_m_reads_stdin_bytes() -> None:
    """Piped bytes in a legacy encoding are decoded like a file's bytes."""
    page = TEXT_PAGE.replace("Harbour", "Harbour café").encode("cp1252")
    done = subprocess.run(
        [sys.executable, "-m", "articleparse", "--json", "-"],
        input=page,
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout)["title"] == "Harbour café reopens after storm"
