"""A griffe extension: ``#:`` comments above an attribute become its docstring.

``settings.py`` documents each threshold with ``#:`` comment lines (the Sphinx
convention), which griffe does not read by itself. Used by mkdocs.yml only.
"""

from __future__ import annotations

import ast
from typing import Any

import griffe


class CommentDocstrings(griffe.Extension):
    """Give attributes without a docstring the ``#:`` comment lines just above them."""

    def on_attribute_instance(
        self, *, node: ast.AST | griffe.ObjectNode, attr: griffe.Attribute, **kwargs: Any
    ) -> None:
        if attr.docstring is not None or attr.lineno is None or attr.filepath is None:
            return
        filepath = attr.filepath
        if isinstance(filepath, list) or filepath not in attr.lines_collection:
            return
        lines = attr.lines_collection[filepath]
        comments: list[str] = []
        index = attr.lineno - 2  # the line above the assignment, 0-based
        while index >= 0 and lines[index].strip().startswith("#:"):
            comments.insert(0, lines[index].strip()[2:].strip())
            index -= 1
        if comments:
            attr.docstring = griffe.Docstring(" ".join(comments), lineno=attr.lineno, parent=attr)
