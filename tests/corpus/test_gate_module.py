"""The corpus gate's own machinery works without the corpora (the gate itself runs from .ci/run)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

HERE = Path(__file__).resolve().parent


def _gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_gate", HERE / "gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_gate"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _page(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    return path


def test_check_passes_a_sound_page(tmp_path: Path) -> None:
    """A small page parses, keeps every invariant and hands back its body text."""
    gate = _gate()
    paragraph = "A paragraph long enough to be the body of this article, with a sentence end."
    html = _page(
        tmp_path, "a.html.gz", f"<html><body><h1>Title here</h1><p>{paragraph}</p></body></html>"
    )
    text = _page(tmp_path, "a.txt.gz", f"Title here\n\n{paragraph}\n")
    for job in (gate.Job("dev", "html", html), gate.Job("dev", "w3m", text)):
        outcome = gate.check(job)
        assert outcome.problem is None
        assert paragraph in outcome.text


def test_check_reports_instead_of_raising(tmp_path: Path) -> None:
    """A file that cannot be read becomes a reported problem, not an exception."""
    gate = _gate()
    outcome = gate.check(gate.Job("dev", "html", tmp_path / "missing.html.gz"))
    assert outcome.problem is not None and outcome.problem.startswith("FileNotFoundError")


def test_gate_skips_without_the_corpora(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without ../shared/corpora/dev the gate says so and succeeds."""
    gate = _gate()
    monkeypatch.setattr(gate, "load_score", lambda: SimpleNamespace(DEV=tmp_path / "absent"))
    assert gate.run(1) == 0
    assert "skipped" in capsys.readouterr().out


def test_floors_cover_every_corpus_and_format() -> None:
    """floors.json holds a floor between 0 and 1 for HTML and each renderer's dumps, per corpus."""
    floors = json.loads((HERE / "floors.json").read_text("utf-8"))
    for corpus in ("dev", "wcxb"):
        for name in ("html", "chromium", "w3m", "inscriptis"):
            assert 0.0 <= floors[f"{corpus}-{name}"] <= 1.0


def test_report_fails_a_wcxb_score_below_its_floor(capsys: pytest.CaptureFixture[str]) -> None:
    """A wcxb-dev row whose mean word F1 is under its floor fails the gate; above it passes."""
    gate = _gate()
    low = {("wcxb-dev", "html"): gate.Tally(pages=2, f1s=[0.5, 0.7])}
    assert gate.report(low, {"wcxb-html": 0.8}, 1.0, 1) == 1
    assert "BELOW FLOOR" in capsys.readouterr().out
    high = {("wcxb-dev", "html"): gate.Tally(pages=2, f1s=[0.9, 0.95])}
    assert gate.report(high, {"wcxb-html": 0.8}, 1.0, 1) == 0
