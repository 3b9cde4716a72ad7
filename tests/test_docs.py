"""The docs stay runnable and complete: public docstring examples run, every page is in the nav.

The Markdown pages themselves (README.md, docs/**/*.md) are collected as doctests
through ``--doctest-glob=*.md`` in pyproject.toml; this file covers the rest.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import articleparse
import articleparse.cli
import articleparse.model
import articleparse.settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


@pytest.mark.parametrize(
    "module",
    [articleparse, articleparse.model, articleparse.settings, articleparse.cli],
    ids=lambda module: module.__name__,
)
def test_public_docstring_examples_run(module: ModuleType) -> None:
    """Every >>> example in a public module's docstrings (shown in the API reference) passes."""
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testmod(module, optionflags=flags, verbose=False)
    assert result.failed == 0


@pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ is not part of this checkout")
def test_every_docs_page_is_in_the_nav() -> None:
    """Each Markdown page under docs/ is listed in mkdocs.yml's nav, and each nav entry exists."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*([\w/.-]+\.md)\s*$", config, flags=re.MULTILINE))
    pages = {
        str(path.relative_to(DOCS)).replace("\\", "/")
        for path in DOCS.rglob("*.md")
        if not any(part.startswith("_") for part in path.relative_to(DOCS).parts)
    }
    assert pages == listed


@pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ is not part of this checkout")
def test_docs_use_only_known_cli_options(capsys: pytest.CaptureFixture[str]) -> None:
    """Every --option the docs and README show on a command line exists in the CLI's --help."""
    with pytest.raises(SystemExit):
        articleparse.cli.main(["--help"])
    known = set(re.findall(r"(?<![\w-])--[a-z][\w-]*", capsys.readouterr().out))
    texts = [path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md")]
    texts.append((ROOT / "README.md").read_text(encoding="utf-8"))
    shown: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            if re.match(r"\s*(python -m )?articleparse\b", line):
                shown.update(re.findall(r"(?<![\w-])--[a-z][\w-]*", line))
    assert shown, "no command line found in the docs"
    assert shown <= known


@pytest.mark.skipif(not (ROOT / ".ci" / "run").is_file(), reason="no .ci/run in this checkout")
def test_ci_runs_the_readme_test_command_as_written() -> None:
    """The README's test command is verbatim in .ci/run, so CI tests what users run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```console\n(.*?)\n```", readme, flags=re.DOTALL)
    test_commands = [command for command in commands if "pytest" in command]
    assert test_commands == ["pip install -e '.[test]' && pytest"]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert any(line.strip().startswith(test_commands[0]) for line in ci_lines)


@pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ is not part of this checkout")
def test_pipeline_page_names_only_existing_settings() -> None:
    """Every `snake_case` name on docs/pipeline.md is a Settings field, so a renamed knob fails."""
    fields = {field.name for field in attrs.fields(articleparse.Settings)}
    text = (DOCS / "pipeline.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z]+(?:_[a-z]+)+)`", text))
    assert named, "pipeline.md names no thresholds"
    assert named <= fields, sorted(named - fields)


def test_readme_links_work_on_the_package_index() -> None:
    """PyPI shows README.md without the repository around it: every link is absolute, and
    each one into this repository names a file that exists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert targets
    assert [t for t in targets if not t.startswith(("https://", "http://"))] == []
    ours = "https://github.com/articleparse/articleparse/blob/main/"
    missing = [t for t in targets if t.startswith(ours) and not (ROOT / t[len(ours) :]).is_file()]
    assert missing == []
