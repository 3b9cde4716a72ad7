"""Smoke test of an installed articleparse, run from outside the source tree.

.ci/run installs the built wheel into a fresh virtual environment and runs
this file with that environment's Python, from a temporary directory, so a
file missing from the wheel (examples, lexicons, py.typed) fails here.
Usage: python smoke.py WHEEL
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from importlib import metadata, resources
from pathlib import Path

import articleparse
from articleparse.cli import EXAMPLES, example_bytes


def check(condition: bool, message: str) -> None:
    """Fail with a message when the condition does not hold."""
    if not condition:
        sys.exit(f"smoke test failed: {message}")
    print(f"ok: {message}")


def run(*args: str) -> str:
    """Run a command with no stdin; fail on a non-zero exit; return stdout."""
    done = subprocess.run(
        args, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
    )
    if done.returncode != 0:
        sys.exit(f"smoke test failed: {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def main() -> None:
    wheel = Path(sys.argv[1])
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "articleparse/__init__.py",
        "articleparse/py.typed",
        "articleparse/examples/memo-libya.txt",
        "articleparse/examples/harbour.html",
        "articleparse/_lexicon/boilerplate.txt",
    ):
        check(required in names, f"wheel contains {required}")
    check(not any(n.startswith(("tests/", "docs/", "bench/")) for n in names), "wheel is lean")

    package = Path(articleparse.__file__).resolve().parent
    check("site-packages" in package.parts, f"articleparse imported from {package}")
    check(resources.files("articleparse").joinpath("py.typed").is_file(), "py.typed installed")
    version = metadata.version("articleparse")
    check(version == articleparse.__version__, f"one version everywhere ({version})")
    requires = sorted(
        re.split(r"[<>=!~;\[ ]", r)[0]
        for r in metadata.requires("articleparse") or ()
        if "extra ==" not in r
    )
    check(requires == ["attrs", "lxml", "python-dateutil"], f"runtime dependencies {requires}")

    article = articleparse.parse(example_bytes())
    check(bool(article.title) and bool(article.body), "the bundled text example parses")
    html = articleparse.parse(example_bytes(EXAMPLES[1]))
    check(html.format is articleparse.InputFormat.HTML and bool(html.body), "the HTML example")
    json.dumps(article.to_dict())

    bindir = Path(sys.executable).parent
    out = run(str(bindir / "articleparse"), "--example")
    check(out.startswith("format:") and "title:" in out, "articleparse --example")
    out = run(sys.executable, "-m", "articleparse", "--example")
    check(out.startswith("format:"), "python -m articleparse --example")
    data = json.loads(run(str(bindir / "articleparse"), "--example", "--json"))
    check(data["title"] == article.title, "articleparse --example --json")
    run(str(bindir / "articleparse"), "--version")
    print("smoke test passed")


if __name__ == "__main__":
    main()
