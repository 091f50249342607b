"""Nothing takes the interpreter down (issue 18).

Each case runs in a child process, so that a crash (a segfault, an abort, a hang) fails the
test instead of the test run. The child asserts the documented exception class (or result),
then makes ordinary calls to show that the process goes on working, and prints ``ALIVE``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]
BINDINGS = ROOT / "src" / "python"

PRELUDE = '''
import os, pickle, sys
import numpy as np
import pandas as pd
import pyarrow as pa
import presswork as pw

def expect(kind, call, *args, match=None, **kwargs):
    """Calls ``call`` and checks it raises exactly the class ``kind`` (or a subclass)."""
    try:
        call(*args, **kwargs)
    except BaseException as exc:
        assert isinstance(exc, kind), f"expected {kind.__name__}, got {type(exc).__name__}: {exc}"
        assert match is None or __import__("re").search(match, str(exc)), str(exc)
        return str(exc)
    raise AssertionError(f"expected {kind.__name__}, nothing was raised")

def still_works():
    doc = pw.analyze("Mr. Smith said: \\u201cSales rose 5% to \\u00a33.9bn.\\u201d")
    assert [q.text for q in doc.quotes] == ["Sales rose 5% to \u00a33.9bn."], doc.quotes
    frames = pw.tables(["It rose 5%.", None, "He said \\"no\\"."], include=["tokens", "numbers"])
    assert len(frames["tokens"]) > 0 and frames["numbers"]["value"].tolist() == [5.0]
    assert len(pw.tokens(pa.array(["One two.", "Three."]))) == 5
    print("ALIVE")
'''


#: RLIMIT_AS and /proc/self/task: what the thread and memory cases measure with, on Linux.
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses RLIMIT_AS and /proc")


def run_child(code: str, timeout: float = 300, env: dict[str, str] | None = None) -> str:
    """Runs ``code`` after the prelude in a fresh interpreter (with ``env`` added to its
    environment); it must exit 0 and print ``ALIVE`` (from ``still_works()``)."""
    source = PRELUDE + textwrap.dedent(code) + "\nstill_works()\n"
    proc = subprocess.run(
        [sys.executable, "-c", source],
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    assert proc.returncode == 0, (
        f"child exited with {proc.returncode}\n--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}"
    )
    assert "ALIVE" in proc.stdout
    return proc.stdout


# 1. Arrow input is checked before it is read ---------------------------------------------


def test_invalid_utf8_from_parquet_raises_or_is_replaced(tmp_path):
    """The issue's reproduction: pyarrow does not check UTF-8 when it reads Parquet."""
    path = tmp_path / "bad.parquet"
    run_child(f"""
        import pyarrow.parquet as pq
        raw = b'Revenue rose 55\\xe2\\x80 in May.'
        bad = pa.array([b'Fine text.', raw], pa.binary()).view(pa.string())
        pq.write_table(pa.table({{'id': ['a', 'b'], 'text': bad}}), {str(path)!r})
        texts = pd.read_parquet({str(path)!r}).set_index('id')['text']
        assert texts.dtype != object, texts.dtype   # read through Arrow, not as Python str
        expect(ValueError, pw.numbers, texts, match=r"document 'b' \\(row 1\\).*UTF-8")
        numbers = pw.numbers(texts, errors="replace")
        assert numbers["text"].tolist() == ["55"] and numbers["doc"].tolist() == ["b"]
        tokens = pw.tokens(texts, errors="replace")
        decoded = raw.decode("utf-8", "replace")
        rows = tokens[tokens["doc"] == "b"]
        assert "\\ufffd" in rows["text"].tolist()
        for start, end, text in zip(rows["start"], rows["end"], rows["text"]):
            assert decoded[start:end] == text
    """)


def test_cli_reads_invalid_utf8_parquet_with_replacement(tmp_path):
    """``presswork analyze bad.parquet`` was killed by SIGSEGV; the CLI reads with errors='replace'."""
    import pyarrow.parquet as pq

    path = tmp_path / "bad.parquet"
    bad = pa.array([b"Revenue rose 55\xe2\x80 in May."], pa.binary()).view(pa.string())
    pq.write_table(pa.table({"text": bad}), path)
    proc = subprocess.run(
        [sys.executable, "-m", "presswork", "analyze", str(path), "--what", "numbers"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
    assert "55" in proc.stdout


def test_invalid_utf8_through_every_arrow_source():
    run_child("""
        import polars as pl
        raw = [b'ok', b'bad \\xff byte', None, b'split \\xf0\\x9f']
        bad = pa.array(raw, pa.binary()).view(pa.string())

        class Producer:   # any object with the Arrow PyCapsule stream interface
            def __init__(self, array):
                self.array = array
            def __arrow_c_stream__(self, requested_schema=None):
                return pa.chunked_array([self.array]).__arrow_c_stream__(requested_schema)

        sources = {
            "pyarrow string": bad,
            "pyarrow large_string": pa.array(raw, pa.large_binary()).view(pa.large_string()),
            "pyarrow string_view": pa.array(raw, pa.binary_view()).view(pa.string_view()),
            "chunked": pa.chunked_array([bad.slice(0, 1), bad.slice(1)]),
            "pandas ArrowDtype": pd.Series(bad, dtype=pd.ArrowDtype(pa.string())),
        }
        try:
            sources["polars"] = pl.Series(pa.array(raw, pa.binary_view()).view(pa.string_view()))
        except Exception:
            pass   # polars may refuse invalid UTF-8 itself: then nothing reaches presswork
        for name, texts in sources.items():
            expect(ValueError, pw.tokens, texts, match=r"row 1\\b.*UTF-8")
            frame = pw.tokens(texts, errors="replace", output="arrow")
            got = pa.table(frame).to_pydict()
            for doc, start, end, text in zip(got["doc"], got["start"], got["end"], got["text"]):
                assert raw[doc].decode("utf-8", "replace")[start:end] == text, name
            assert sorted(set(got["doc"])) == [0, 1, 3], name
        # A bare PyCapsule producer reaches the extension directly.
        batch = pw._native.batch
        expect(ValueError, batch, Producer(bad), ["tokens"], match=r"row 1\\b.*UTF-8")
        got = pa.table(batch(Producer(bad), ["tokens"], errors="replace")["tokens"]).to_pydict()
        assert sorted(set(got["doc"])) == [0, 1, 3]
    """)


def test_malformed_offsets_and_views_raise_value_error():
    run_child("""
        def utf8(offsets, data, kind=pa.string(), width=np.int32):
            offsets = np.array(offsets, dtype=width)
            return pa.Array.from_buffers(kind, len(offsets) - 1, [None, pa.py_buffer(offsets), pa.py_buffer(data)])

        # The values buffer reaches to the last offset (3): row 0 already reads past it.
        decreasing = utf8([0, 8, 3], b"Revenue rose")
        expect(ValueError, pw.tokens, decreasing, match=r"row 0\\): malformed")
        expect(ValueError, pw.tokens, decreasing, errors="replace", match=r"row 0\\): malformed")
        expect(ValueError, pw.tokens, utf8([0, 8, 4, 12], b"Revenue rose"), match=r"row 1\\): malformed")
        negative = utf8([0, -4, 12], b"Revenue rose", pa.large_string(), np.int64)
        expect(ValueError, pw.tokens, negative, match=r"row 0\\): malformed")

        def view(length, index, offset):
            return np.array([length, 0, index, offset], dtype=np.uint32).tobytes()

        data = pa.py_buffer(b"x" * 64)
        missing = pa.Array.from_buffers(pa.string_view(), 1, [None, pa.py_buffer(view(20, 5, 0)), data])
        expect(ValueError, pw.tokens, missing, match="malformed")
        outside = pa.Array.from_buffers(pa.string_view(), 1, [None, pa.py_buffer(view(20, 0, 60)), data])
        expect(ValueError, pw.tokens, outside, match="malformed")
    """)


def test_random_arrow_arrays_never_crash():
    """Random offsets, views and bytes through every Arrow string layout: each call returns
    rows whose offsets index the decoded text, or raises ValueError."""
    run_child("""
        import random
        rng = random.Random(18)
        alphabet = [b"a", b" ", b".", b"\\xc3\\xa9", b"\\xe2\\x80\\x9c", b"\\xff", b"\\xe2", b"\\x80", b"5"]

        def random_bytes(n):
            return b"".join(rng.choice(alphabet) for _ in range(n))

        def offsets_array(kind, width):
            data = random_bytes(rng.randrange(0, 40))
            n = rng.randrange(1, 6)
            cuts = sorted(rng.randrange(0, len(data) + 1) for _ in range(n + 1))
            if rng.random() < 0.4:   # break monotonicity or bounds
                cuts[rng.randrange(len(cuts))] = rng.randrange(-5, len(data) + 5)
            offsets = np.array(cuts, dtype=width)
            return pa.Array.from_buffers(kind, n, [None, pa.py_buffer(offsets), pa.py_buffer(data)])

        def views_array():
            buffers = [pa.py_buffer(random_bytes(rng.randrange(0, 60))) for _ in range(rng.randrange(0, 3))]
            views = []
            for _ in range(rng.randrange(1, 6)):
                length = rng.choice([rng.randrange(0, 13), rng.randrange(13, 80)])
                if length <= 12:
                    inline = random_bytes(length)[:length].ljust(12, b"\\0")
                    views.append(np.array([length], np.uint32).tobytes() + inline)
                else:
                    index, offset = rng.randrange(0, 4), rng.randrange(0, 70)
                    views.append(np.array([length, 0, index, offset], np.uint32).tobytes())
            return pa.Array.from_buffers(pa.string_view(), len(views), [None, pa.py_buffer(b"".join(views)), *buffers])

        outcomes = {"rows": 0, "ValueError": 0, "refused by pyarrow": 0}
        for i in range(600):
            try:
                array = [lambda: offsets_array(pa.string(), np.int32),
                         lambda: offsets_array(pa.large_string(), np.int64),
                         views_array][i % 3]()
            except pa.ArrowInvalid:   # from_buffers checks the first and last offsets
                outcomes["refused by pyarrow"] += 1
                continue
            for errors in ("strict", "replace"):
                try:
                    got = pa.table(pw.tokens(array, errors=errors, output="arrow")).to_pydict()
                except ValueError:
                    outcomes["ValueError"] += 1
                    continue
                outcomes["rows"] += 1
                for doc, start, end, text in zip(got["doc"], got["start"], got["end"], got["text"]):
                    decoded = array.view(pa.binary() if i % 3 == 0 else pa.large_binary() if i % 3 == 1 else pa.binary_view())[doc].as_py().decode("utf-8", "replace")
                    assert decoded[start:end] == text
        assert outcomes["rows"] > 50 and outcomes["ValueError"] > 50, outcomes
    """)


# 2. Thread counts are checked; the pool cache is bounded ----------------------------------


def test_thread_counts_out_of_range_raise_value_error():
    run_child("""
        for bad in (2**61, 2**64 - 1, 2**200, -2, pw.MAX_THREADS + 1):
            expect(ValueError, pw.tokens, ["One."], threads=bad, match="threads must be")
            expect(ValueError, pw.set_threads, bad, match="threads must be")
        expect(TypeError, pw.tokens, ["One."], threads=1.5)
        assert pw.get_threads() >= 1                 # set_threads(bad) changed nothing
        assert len(pw.tokens(["One two."], threads=-1)) == 3   # -1: one thread per core
        pw.set_threads(-1)
        assert pw.get_threads() == (os.cpu_count() or 1)
        pw.set_threads(1)
        assert pw.get_threads() == 1
        pw.set_threads(0)
    """)


@linux_only
def test_os_threads_stay_bounded_across_many_thread_counts():
    run_child("""
        import time

        def os_threads():
            return len(os.listdir("/proc/self/task"))

        texts = ["Mr. Smith said sales rose 5% in May. " * 2000] * 8   # several chunks: pools are used
        pw.tokens(texts, threads=2)
        before = os_threads()
        for n in (1000, 999, 998, 300, *range(3, 40)):
            pw.tokens(texts, threads=n)
        # Dropped pools' threads exit on their own, shortly after.
        deadline = time.monotonic() + 60
        while os_threads() > before + pw.MAX_THREADS and time.monotonic() < deadline:
            time.sleep(0.2)
        assert os_threads() <= before + pw.MAX_THREADS, (before, os_threads())
        # Well under the 2,007 threads that two calls with 1000 and 999 left behind before.
        pw.tokens(texts, threads=1000)
        pw.tokens(texts, threads=999)
        deadline = time.monotonic() + 60
        while os_threads() > before + 1000 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert os_threads() <= before + 1000, (before, os_threads())
    """)


@linux_only
def test_a_thread_pool_the_os_refuses_raises_runtime_error():
    """The OS refuses thread stacks: each thread reserves 1 GiB (RUST_MIN_STACK, address
    space only) under a limit of 3 GiB more than the process holds, so the third or fourth of
    1,000 threads cannot start, while a gigabyte of headroom stays for ordinary allocations
    (a limit that ran the whole address space out made any small allocation abort instead)."""
    run_child(
        """
        import resource
        texts = ["Mr. Smith said sales rose 5% in May. " * 2000] * 8
        vm = int(next(l for l in open("/proc/self/status") if l.startswith("VmSize")).split()[1]) * 1024
        resource.setrlimit(resource.RLIMIT_AS, (vm + (3 << 30), resource.RLIM_INFINITY))
        expect(RuntimeError, pw.tokens, texts, threads=1000, match="could not start")
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        """,
        env={"RUST_MIN_STACK": str(1 << 30)},
    )


# 3. Out of memory is a MemoryError ---------------------------------------------------------


@linux_only
def test_out_of_memory_raises_memory_error_and_the_process_goes_on():
    run_child("""
        import resource
        big = "Mr. Smith said sales rose 5% in May. " * (200_000_000 // 37)   # ~200 MB of text
        vm = int(next(l for l in open("/proc/self/status") if l.startswith("VmSize")).split()[1]) * 1024
        resource.setrlimit(resource.RLIMIT_AS, (vm + (600 << 20), resource.RLIM_INFINITY))
        expect(MemoryError, pw.tokens, pd.Series(["short", big], index=["a", "b"]), threads=1,
               match=r"document 'b' \\(row 1\\).*memory")
        expect(MemoryError, pw.tables, [big], include=["quotes"], threads=1, match=r"row 0.*memory")
        expect(MemoryError, pw.analyze, big, match=r"memory")
        still_works()   # under the limit still
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    """)


# 4. No panic escapes: every entry point runs through the guard -----------------------------


def _entry_points(source: str) -> list[tuple[str, str]]:
    """(name, body) of every function in a ``#[pymethods]`` block and every ``#[pyfunction]``."""
    found = []
    lines = source.splitlines()
    in_methods = False
    depth = 0
    pending = False
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("#[pymethods]"):
            in_methods, depth = True, 0
        if stripped.startswith("#[pyfunction]"):
            pending = True
        match = re.match(r"\s*(?:pub(?:\(crate\))?\s+)?fn\s+(\w+)", line)
        if match and (pending or (in_methods and depth == 1)):
            body, braces, j = [], 0, i
            while True:
                body.append(lines[j])
                braces += lines[j].count("{") - lines[j].count("}")
                if braces == 0 and "{" in "".join(body):
                    break
                j += 1
            found.append((match.group(1), "\n".join(body)))
            pending = False
        if in_methods:
            depth += line.count("{") - line.count("}")
            if depth == 0 and "}" in line:
                in_methods = False
        i += 1
    return found


def test_every_entry_point_converts_panics():
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(BINDINGS.glob("*.rs"))}
    entry_points = [(name, fn, body) for name, src in sources.items() for fn, body in _entry_points(src)]
    names = {fn for _, fn, _ in entry_points}
    # The parser sees the entry points it should (a parser that finds none would pass anything).
    assert {
        "analyze",
        "batch",
        "set_threads",
        "__reduce__",
        "__arrow_c_stream__",
        "tokens",
    } <= names, names
    unguarded = [f"{file}: {fn}" for file, fn, body in entry_points if "guard(" not in body]
    assert unguarded == [], f"entry points without guard(): {unguarded}"


def test_a_panic_reaches_python_as_internal_error():
    run_child("""
        assert issubclass(pw.InternalError, RuntimeError)
        for _ in range(3):
            try:
                pw._native._panic_in_guard("deliberate panic")
            except Exception as exc:   # a PanicException (a BaseException) would escape this
                assert type(exc) is pw.InternalError and "deliberate panic" in str(exc), exc
            else:
                raise AssertionError("no exception")
    """)


# 6. Frozen means frozen -----------------------------------------------------------------------


def test_document_items_are_immutable_tuples():
    run_child("""
        doc = pw.analyze("Mr. Smith said: \\u201cIt rose 5%.\\u201d Then he left.")
        for items in (doc.tokens, doc.sentences, doc.quotes, doc.numbers):
            assert isinstance(items, tuple) and len(items) > 0
        expect(AttributeError, lambda: doc.tokens.clear())
        expect(TypeError, __import__("operator").setitem, doc.tokens, 0, doc.tokens[1])
        assert doc == pickle.loads(pickle.dumps(doc)) == pw.analyze(doc.text)
        assert len(doc) == len(doc.tokens)
    """)


def test_replace_uses_str_encoding_not_a_subclass_encode():
    run_child("""
        class Sneaky(str):
            def encode(self, *args, **kwargs):
                raise AssertionError("presswork called the subclass's encode")

        text = Sneaky("Petro said \\ud800 'no' today.")
        doc = pw.analyze(text, errors="replace")
        today = next(t for t in doc.tokens if t.text == "today")
        assert text[today.start:today.end] == "today"
        assert (pw.tokens([text], errors="replace")["text"] == "today").sum() == 1
    """)


def test_unpickling_checks_offsets_against_the_text():
    run_child("""
        doc = pw.analyze("Sales rose 5% in May.")
        text, tokens, sentences, quotes, numbers = doc.__reduce__()[1]
        assert pw.Document(text, tokens, sentences, quotes, numbers) == doc
        shifted = [pw.Token(t.text, t.start + 1, t.end + 1, t.kind, t.norm, t.sentence) for t in tokens]
        expect(ValueError, pw.Document, text, shifted, sentences, quotes, numbers, match="token 0")
        expect(ValueError, pw.Document, "Other text of the same size.", tokens, sentences, quotes, numbers)
        expect(ValueError, pw.Document, text, tokens, [], quotes, numbers, match="sentence")
        expect(ValueError, pw.Token, "word", 0, 2, "word", "word", 0, match="do not span")
        expect(ValueError, pw.Quote, "abc", 0, 3, "quote", speaker_mention="X", speaker_start=0, speaker_end=None)
        # A tampered pickle: the state names a span the text does not hold.
        payload = pickle.dumps(doc).replace(b"Sales rose", b"Tales rose")   # the text, not token 0
        assert payload != pickle.dumps(doc)
        expect(ValueError, pickle.loads, payload)
    """)


def test_arrow_tables_do_not_pickle_and_say_so():
    run_child("""
        table = pw.tokens(["One two."], output="arrow")
        expect(TypeError, pickle.dumps, table)
        assert pickle.loads(pickle.dumps(pa.table(table))).num_rows == 3   # pickle the pyarrow table
    """)
