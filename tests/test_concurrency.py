"""Concurrency: every public API from many threads at once, and from forked and spawned
processes (including a fork after a batch call ran a thread pool in the parent, and a fork
while another thread is inside a batch call). Results must equal the single-threaded ones,
and nothing may deadlock: every wait has a timeout.

Free-threaded CPython: see ``TESTING.md`` (PyO3 0.30 declares modules GIL-free by default;
the abi3 wheel does not load on a free-threaded interpreter, which needs its own build).
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import presswork as pw
import pytest

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS] + [
    "“It’s a real threat,” said Dr. J. Smith on Jan. 5. ICE deported 605,000 people (67.7%).",
    "Президент сказал: «нет». 北京说“是”。 👨‍👩‍👧 e\u0301\r\nNew line\rlone CR\x00NUL",
    "",
    '"' * 1000 + "“unbalanced " * 200,
]
TIMEOUT = 120


@pytest.fixture(autouse=True)
def watchdog():
    """A deadlock fails the run with every thread's traceback instead of hanging CI."""
    faulthandler.dump_traceback_later(TIMEOUT + 60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def run_all(texts: list[str], threads: int | None = None) -> dict:
    """Every public API on ``texts``, in picklable form."""
    return {
        "analyze": [pw.analyze(t) for t in texts],
        "tokens": pw.tokens(texts, threads=threads),
        "sentences": pw.sentences(
            pd.Series(texts, index=[f"d{i}" for i in range(len(texts))]), threads=threads
        ),
        "quotes": pw.quotes(texts, threads=threads),
        "numbers": pw.numbers(texts, threads=threads),
        "tables": pw.tables(texts, threads=threads),
        "accessor": pd.Series(texts).news.tables(threads=threads)
        if hasattr(pd.Series, "news")
        else pw.tables(texts, threads=threads),
    }


def assert_same(a: dict, b: dict) -> None:
    assert a["analyze"] == b["analyze"]
    for name in ("tokens", "sentences", "quotes", "numbers"):
        pd.testing.assert_frame_equal(a[name], b[name])
    for key in ("tables", "accessor"):
        assert a[key].keys() == b[key].keys()
        for name in a[key]:
            pd.testing.assert_frame_equal(a[key][name], b[key][name])


@pytest.fixture(scope="module")
def expected() -> dict:
    return run_all(TEXTS, threads=1)


def test_many_python_threads_call_every_api_at_once(expected):
    barrier = threading.Barrier(8)

    def call(i: int):
        barrier.wait(timeout=TIMEOUT)  # start together
        threads = (None, 1, 2)[i % 3]
        if i % 4 == 0:
            pw.set_threads(i % 3)  # the global default changes under the others' feet
        return run_all(TEXTS, threads=threads)

    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(call, i) for i in range(16)]
        results = [f.result(timeout=TIMEOUT) for f in futures]
    pw.set_threads(0)
    for r in results:
        assert_same(r, expected)


def test_threads_share_one_document_and_one_series(expected):
    doc = pw.analyze(TEXTS[0])
    series = pd.Series(TEXTS)

    def read(_):
        return [t.text for t in doc.tokens], pickle.dumps(doc), pw.tokens(series, threads=2)

    with ThreadPoolExecutor(max_workers=8) as pool:
        out = list(pool.map(read, range(32), timeout=TIMEOUT))
    for texts, blob, frame in out:
        assert texts == [t.text for t in expected["analyze"][0].tokens]
        assert pickle.loads(blob) == doc
        pd.testing.assert_frame_equal(frame, expected["tokens"])


def _child(threads):
    # module-level so that spawned children can import it
    return run_all(TEXTS, threads=threads)


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_processes(method, expected):
    ctx = mp.get_context(method)
    with ctx.Pool(2) as pool:
        results = pool.map_async(_child, [1, 2, None, 2]).get(timeout=TIMEOUT)
    for r in results:
        assert_same(r, expected)


def test_fork_after_a_batch_ran_a_thread_pool(expected):
    # the parent has already run rayon pools (threads=2 and all cores)
    pw.tables(TEXTS * 4, threads=2)
    pw.tables(TEXTS * 4)
    ctx = mp.get_context("fork")
    with ctx.Pool(2) as pool:
        results = pool.map_async(_child, [2, None, 1]).get(timeout=TIMEOUT)
    for r in results:
        assert_same(r, expected)


def test_fork_while_another_thread_is_inside_a_batch(expected):
    big = TEXTS * 200
    stop = threading.Event()

    def busy():
        while not stop.is_set():
            pw.tables(big, threads=2)

    worker = threading.Thread(target=busy, daemon=True)
    worker.start()
    try:
        ctx = mp.get_context("fork")
        for _ in range(3):
            with ctx.Pool(1) as pool:
                result = pool.apply_async(_child, (2,)).get(timeout=TIMEOUT)
            assert_same(result, expected)
    finally:
        stop.set()
        worker.join(timeout=TIMEOUT)
    assert not worker.is_alive()
