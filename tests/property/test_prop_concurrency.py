"""No global mutable state: parsing in threads and processes equals parsing in sequence."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleparse
from articleparse.cli import EXAMPLES, example_bytes
from strategies import article_specs, messy_text, render_html, render_text, tag_soup

_SOURCES = st.lists(
    st.one_of(
        article_specs().map(render_html),
        article_specs().map(render_text),
        messy_text(),
        tag_soup(),
    ),
    min_size=8,
    max_size=8,
)


def _pages() -> list[str | bytes]:
    raw = [example_bytes(name) for name in EXAMPLES]
    return [*raw, *(data.decode("utf-8") for data in raw)]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SOURCES)
def test_threads_give_the_sequential_articles(sources: list[str]) -> None:
    """Many threads parsing interleaved pages get exactly the sequential results."""
    pages: list[str | bytes] = _pages() + list(sources)
    sequential = [articleparse.parse(page) for page in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(articleparse.parse, pages * 4))
    assert threaded == sequential * 4


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_processes_give_the_sequential_articles(method: str) -> None:
    """Worker processes (forked or freshly spawned) return Articles equal to in-process ones."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    pages = _pages()
    sequential = [articleparse.parse(page) for page in pages]
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        in_processes = list(pool.map(articleparse.parse, pages * 2))
    assert in_processes == sequential * 2
