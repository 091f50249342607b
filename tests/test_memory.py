"""When presswork hands freed memory back to the OS (``src/python/memory.rs``).

It keeps what it frees while calls run and for ``set_release_after`` seconds after the last
one, then hands it all back; ``release_memory()`` does so at once. These tests read the
process's resident memory from ``/proc/self/statm`` (Linux, where the extension uses
jemalloc) around a batch whose core work frees about 60 MB.
"""

from __future__ import annotations

import faulthandler
import gc
import multiprocessing as mp
import os
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import presswork as pw
import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the extension manages memory with jemalloc on Linux only"
)

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
NEWS = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
# About 8 MB of news: the core holds ~7.7 bytes per byte of text at its peak, all freed when
# the batch returns.
BIG = NEWS * (8_000_000 // len(NEWS) + 1)
MB = 1 << 20
TIMEOUT = 60


@pytest.fixture(autouse=True)
def default_delay():
    faulthandler.dump_traceback_later(TIMEOUT + 60, exit=True)
    pw.set_release_after(120)  # the default
    yield
    pw.set_release_after(120)
    faulthandler.cancel_dump_traceback_later()


def resident() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def batch_and_drop() -> int:
    """Runs a batch on BIG, drops its result and returns the resident size after."""
    frame = pw.tokens(BIG)
    assert len(frame) > 1_000_000
    del frame
    gc.collect()
    return resident()


def wait_for_state(state: str, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if pw.memory_state() == state:
            return True
        time.sleep(0.05)
    return False


def test_memory_is_held_during_and_right_after_calls():
    batch_and_drop()
    assert pw.memory_state() == "hold"


def test_release_memory_hands_freed_memory_back_at_once():
    held = batch_and_drop()
    assert pw.memory_state() == "hold"
    pw.release_memory()
    released = resident()
    assert held - released > 20 * MB, f"resident {held / MB:.0f} MB -> {released / MB:.0f} MB"


def test_idle_presswork_hands_memory_back_after_the_delay_and_holds_again_on_the_next_call():
    # Held is measured under a long delay (a loaded machine may take longer than a short
    # delay to return from the batch), then the delay is shortened.
    pw.set_release_after(60)
    held = batch_and_drop()
    assert pw.memory_state() == "hold"
    pw.set_release_after(0.3)
    assert wait_for_state("released"), pw.memory_state()
    released = resident()
    assert held - released > 20 * MB, f"resident {held / MB:.0f} MB -> {released / MB:.0f} MB"
    # The next call holds again, and its result is unchanged by the switches.
    pw.set_release_after(10)
    assert pw.tokens(NEWS).equals(pw.tokens(NEWS))
    assert pw.memory_state() == "hold"


def test_the_delay_restarts_with_every_call():
    pw.set_release_after(1.0)
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline:
        pw.analyze(NEWS[:2000])
        assert pw.memory_state() == "hold"
        time.sleep(0.1)
    assert wait_for_state("released")


@pytest.mark.parametrize("seconds", [-1.0, float("nan"), float("inf"), 1e9])
def test_release_delay_must_be_a_sane_number_of_seconds(seconds):
    with pytest.raises(ValueError, match="seconds must be between 0 and 86400"):
        pw.set_release_after(seconds)


def test_switching_under_many_threads_changes_no_result_and_never_deadlocks():
    # With no delay, the watching thread turns decay on between any two calls and every
    # call turns it off again: the switch races the calls as often as it can.
    texts = [NEWS[i : i + 5000] for i in range(0, 100_000, 5000)]
    expected = pw.tokens(texts, threads=1)
    pw.set_release_after(0)
    failures: list[BaseException] = []

    def work():
        try:
            for _ in range(15):
                got = pw.tokens(texts, threads=2)
                pd.testing.assert_frame_equal(got, expected)
                pw.analyze(texts[0])
        except BaseException as e:  # noqa: BLE001 - reported below
            failures.append(e)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    assert not any(t.is_alive() for t in threads), "a call hung while the memory state switched"
    assert not failures, failures[0]


def _child_releases(queue):
    pw.set_release_after(0.2)
    pw.tokens(BIG)
    gc.collect()
    released = wait_for_state("released")
    pw.analyze("He said: “yes.”")
    queue.put((released, pw.memory_state()))


@pytest.mark.parametrize("parent_state", ["hold", "released"])
def test_a_forked_child_starts_its_own_watcher(parent_state):
    # The parent's watching thread does not survive fork; the child's first call starts one.
    pw.analyze("warm up")
    if parent_state == "released":
        pw.set_release_after(0)
        assert wait_for_state("released")
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_child_releases, args=(queue,))
    child.start()
    released, state_after_call = queue.get(timeout=TIMEOUT)
    child.join(TIMEOUT)
    assert child.exitcode == 0
    assert released, "the child never handed its memory back"
    assert state_after_call == "hold"
