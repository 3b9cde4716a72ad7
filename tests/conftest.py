"""Shared test helpers: the bundled example and the corpora location (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleparse.cli import example_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled example page, decoded."""
    return example_bytes().decode("utf-8")
