"""Cost of checking Arrow input (issue 18) on the BBC corpus read as Arrow strings.

    python bench/arrow_check.py              # >= 50 MB of the BBC corpus (repeated)
    python bench/arrow_check.py --mb 5       # a quick run

An Arrow string Series (pandas' pyarrow-backed ``str``, as ``pd.read_parquet`` gives it) is
checked before the core reads it: pyarrow's cheap ``validate()`` in Python, then every row's
offsets and UTF-8 in Rust (``src/arrow_strings.rs``). This prints, for 1 thread and for all
threads, the end-to-end time of ``pw.tables(series)`` (the four DataFrames) and the time of the
checks alone (``validate()`` plus ``_native.time_arrow_input``, which checks and reads the rows
without analysing them) as a share of it. Each figure is the best of --repeat runs after a
warm-up; the two are timed in alternation.
"""

from __future__ import annotations

import argparse
import os
import time

import pandas as pd
import presswork as pw
import pyarrow as pa
from dataflow import TABLES, best_interleaved, corpus
from presswork import _native


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = corpus(args.mb).astype(pd.ArrowDtype(pa.large_string()))
    chunked = pa.chunked_array([pa.array(texts.array)])
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"presswork {pw.__version__} | {len(texts)} BBC articles as Arrow large_string, {mb:.1f} MB")

    def check() -> None:
        chunked.validate()
        _native.time_arrow_input(chunked)

    started = time.perf_counter()
    check()
    print(f"checks alone, first call: {time.perf_counter() - started:.4f} s")
    for threads in (1, os.cpu_count() or 1):
        checks, e2e = best_interleaved(
            check, lambda threads=threads: pw.tables(texts, TABLES, threads=threads), args.repeat
        )
        print(
            f"threads={threads}: end-to-end {e2e:.3f} s ({mb / e2e:.1f} MB/s), checks {checks * 1000:.1f} ms "
            f"= {100 * checks / e2e:.2f}% of end-to-end"
        )


if __name__ == "__main__":
    main()
