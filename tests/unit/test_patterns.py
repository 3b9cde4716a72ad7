"""Every compiled pattern in ``_patterns`` carries examples in its comment, and matches them.

The examples are read mechanically from the comment block right above each
``NAME = re.compile(...)`` assignment: the quoted Python string literals after
"e.g.". A new pattern without an example fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from articleparse import _patterns

_SOURCE = Path(_patterns.__file__).read_text(encoding="utf-8")
_LITERAL = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")


def _comment_above(lines: list[str], lineno: int) -> str:
    """The contiguous comment lines right above line ``lineno`` (1-based), joined."""
    block: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].lstrip().startswith("#"):
        block.insert(0, lines[index].lstrip()[1:].strip())
        index -= 1
    return " ".join(block)


def _compiled_assignments() -> dict[str, int]:
    """Module-level names bound to ``re.compile(...)``, with their line numbers."""
    found: dict[str, int] = {}
    for node in ast.parse(_SOURCE).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Attribute) and func.attr == "compile":
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = node.lineno
    return found


def _examples(comment: str) -> list[str]:
    if "e.g." not in comment:
        return []
    tail = comment.split("e.g.", 1)[1]
    return [ast.literal_eval(literal) for literal in _LITERAL.findall(tail)]


_ASSIGNED = _compiled_assignments()
_LINES = _SOURCE.splitlines()
_TABLE = [
    (name, example)
    for name, lineno in sorted(_ASSIGNED.items())
    for example in _examples(_comment_above(_LINES, lineno))
]


def test_every_compiled_pattern_is_found_by_the_scanner() -> None:
    """The scanner sees every compiled pattern the module exposes, so none escapes the check."""
    compiled = {name for name, value in vars(_patterns).items() if isinstance(value, re.Pattern)}
    assert compiled == set(_ASSIGNED)


@pytest.mark.parametrize("name", sorted(_ASSIGNED))
def test_every_pattern_has_an_example(name: str) -> None:
    """Each pattern's comment gives at least one quoted example after "e.g."."""
    comment = _comment_above(_LINES, _ASSIGNED[name])
    assert comment, f"{name} has no comment"
    assert _examples(comment), f"{name} has no example in its comment: {comment!r}"


@pytest.mark.parametrize(("name", "example"), _TABLE)
def test_pattern_matches_its_example(name: str, example: str) -> None:
    """Each example written beside a pattern is matched by that pattern."""
    pattern: re.Pattern[str] = getattr(_patterns, name)
    assert pattern.search(example) is not None, f"{name} does not match {example!r}"
