"""End-to-end pandas overhead measured in CPU time, for a machine other jobs share.

    python bench/overhead_cpu.py --mb 50 --repeat 5

`bench/dataflow.py` times wall clock, which a loaded machine distorts (a run can even show the
end-to-end call faster than the core alone). This times the process's CPU time instead
(`time.process_time`, all threads), on one thread: the Rust stages alone (`_native.time_core`)
against `pw.tables(series)` returning the four pandas DataFrames, interleaved, best of
--repeat after one warm-up each. Overhead = share of end-to-end CPU time that is not core.
"""

import argparse
import time

import pandas as pd
import presswork as pw
from dataflow import TABLES, corpus
from presswork import _native


def cpu(fn) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = corpus(args.mb)
    as_list = texts.tolist()
    mb = texts.str.encode("utf-8").str.len().sum() / 1e6
    labelled = texts.set_axis([f"article-{i}" for i in range(len(texts))])
    print(
        f"presswork {pw.__version__} | {len(texts)} articles, {mb:.1f} MB | pandas {pd.__version__} | 1 thread, CPU time"
    )
    runs = {
        "core (Rust stages only)": lambda: _native.time_core(as_list, TABLES, threads=1),
        "pw.tables(series) -> 4 DataFrames": lambda: pw.tables(texts, TABLES, threads=1),
        "same, str index labels in doc": lambda: pw.tables(labelled, TABLES, threads=1),
    }
    for fn in runs.values():
        fn()  # warm-up
    best = {name: min(cpu(fn) for _ in range(1)) for name, fn in runs.items()}
    for _ in range(args.repeat - 1):
        for name, fn in runs.items():
            best[name] = min(best[name], cpu(fn))
    core = best["core (Rust stages only)"]
    for name, seconds in best.items():
        extra = "" if seconds is core else f"  overhead {100 * (seconds - core) / seconds:.1f}%"
        print(f"{name:<36} {seconds:6.2f} s CPU  {mb / seconds:6.1f} MB/s{extra}")


if __name__ == "__main__":
    main()
