"""The command line: ``articleparse FILE...`` or ``python -m articleparse``.

Prints a readable rendering of every field by default, ``--json`` for one
file, ``--jsonl`` for one JSON object per line. ``-`` reads standard input.
An unreadable file gives a one-line error on stderr and exit status 1, after
the other files are done; usage errors give exit status 2.

Added in version 0.1.0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from types import MappingProxyType
from typing import TextIO

from . import parse
from ._version import __version__
from .model import Article

#: The page ``--example`` parses: a plain-text dump of a news article.
EXAMPLE = "memo-libya.txt"
#: The bundled example pages, by file name.
EXAMPLES = (EXAMPLE, "harbour.html")


def example_bytes(name: str = EXAMPLE) -> bytes:
    """Return a bundled example page as bytes.

    Args:
        name: one of :data:`EXAMPLES`: ``"memo-libya.txt"`` (a plain-text dump,
            the default) or ``"harbour.html"`` (a small handwritten HTML page).

    Raises:
        ValueError: ``name`` is not a bundled example.

    Added in version 0.1.0.
    """
    if name not in EXAMPLES:
        raise ValueError(f"no bundled example {name!r}; choose one of {', '.join(EXAMPLES)}")
    return resources.files("articleparse.examples").joinpath(name).read_bytes()


_MARKERS = MappingProxyType({"heading": "## ", "list_item": "- ", "quote": "> "})


def render(article: Article, name: str | None = None) -> str:
    """Return a readable rendering that shows every field of an Article.

    Args:
        article: the parsed page.
        name: a file name to print as a header line (when several are parsed).
    """
    lines: list[str] = []
    if name:
        lines.append(f"==> {name} <==")
    lines.append(f"format:      {article.format.value}")
    lines.append(f"title:       {article.title or '-'}")
    lines.append(f"published:   {article.published.isoformat() if article.published else '-'}")
    lines.append(f"modified:    {article.modified.isoformat() if article.modified else '-'}")
    lines.append(f"authors:     {', '.join(article.authors) or '-'}")
    for field in ("url", "site_name", "language", "description"):
        value = getattr(article, field)
        lines.append(f"{field + ':':<12} {value or '-'}")
    lines.append(f"captions:    {len(article.captions)}")
    for caption in article.captions:
        credit = f"  [credit: {caption.credit.text}]" if caption.credit else ""
        lines.append(f"  - {caption.text}{credit}")
    lines.append(f"credits:     {', '.join(c.text for c in article.credits) or '-'}")
    lines.append(f"boilerplate: {len(article.boilerplate)}")
    for dropped in article.boilerplate:
        lines.append(f"  - ({dropped.kind.value}) {dropped.text}")
    lines.append(f"body:        {len(article.body)} blocks")
    for block in article.body:
        lines.append("")
        lines.append(_MARKERS.get(block.kind.value, "") + block.text)
    return "\n".join(lines) + "\n"


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Parse news article pages (HTML or plain-text dumps) into typed fields.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="pages to parse; '-' reads stdin")
    parser.add_argument(
        "--format",
        choices=("auto", "html", "text"),
        default="auto",
        help="input kind (default: auto)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help="print one JSON document (one file only)"
    )
    output.add_argument(
        "--jsonl", action="store_true", help="print one JSON object per line, per file"
    )
    parser.add_argument("--example", action="store_true", help="parse the bundled example page")
    parser.add_argument("--version", action="version", version=f"articleparse {__version__}")
    args = parser.parse_args(argv)
    if not args.files and not args.example:
        parser.error("give at least one FILE, '-' for stdin, or --example")
    if args.json and len(args.files) + int(args.example) > 1:
        parser.error("--json takes one file; use --jsonl for several")
    return args


def _read(name: str, stdin: TextIO | None) -> bytes:
    if name == "-":
        if stdin is None:
            raise OSError("no standard input")
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            data: bytes = buffer.read()
            return data
        return stdin.read().encode("utf-8")
    with open(name, "rb") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Args:
        argv: the arguments without the program name; ``None`` reads
            ``sys.argv``.

    Returns:
        0 when every file was read, 1 when a file could not be read (after
        the others were printed). Usage errors exit with status 2 through
        ``SystemExit``, as argparse does.

    Added in version 0.1.0.
    """
    args = _arguments(argv)
    sources: list[tuple[str, bytes]] = []
    status = 0
    if args.example:
        sources.append((EXAMPLE, example_bytes()))
    for name in args.files:
        try:
            sources.append((name, _read(name, sys.stdin)))
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or error
            print(f"articleparse: {name}: {reason}", file=sys.stderr)
            status = 1
    out = sys.stdout
    for index, (name, data) in enumerate(sources):
        article = parse(data, format=args.format)
        if args.json:
            out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif args.jsonl:
            record = {"file": name, **article.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            if index:
                out.write("\n")
            out.write(render(article, name if len(sources) > 1 else None))
    return status


def entry() -> None:
    """Console-script entry point: run :func:`main` and exit with its status."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``articleparse page.html | head``): stop quietly,
        # pointing stdout at devnull so the interpreter's final flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 1
    sys.exit(status)
