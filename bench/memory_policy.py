"""When should the extension hand freed memory back to the OS? A bench of the two ways people
call presswork, for each candidate policy (issue 13, item 4): the extension's own (hold while
calls run, release after a delay: ``--delays``) and jemalloc's own decay with no thread of
ours (``--decays``, dirty-page decay in milliseconds):

* back to back: a script or a Dask worker calls again at once;
* in a notebook: one call, then a pause of 15-60 s while the user reads the result.

Each call is ``pw.tables`` (all four tables) over the BBC corpus (train+val, ~5 MB, read from
../shared). A call that comes after the memory was handed back faults its pages in again; the
table prints the median CPU time (all threads; steadier than wall time on a shared machine)
of calls after each pause, its ratio to back-to-back calls, and the resident memory an idle
process keeps; then the same in wall time, then the raw times as JSON.

    python bench/memory_policy.py                       # delays 10 s and 120 s, pauses 15/30/60 s
    python bench/memory_policy.py --delays 10,60,120 --pauses 15,60 --repeat 3
    python bench/memory_policy.py --quick               # pauses of 1-3 s, delays 0.5 and 10 s
    python bench/memory_policy.py --delays 10 --decays 10000,60000 --pauses 15,60

Each policy runs in a fresh process (``--one DELAY`` / ``--one-decay MS``), so that one
setting's memory does not carry into the next.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TABLES = ["tokens", "sentences", "quotes", "numbers"]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one(policy: str, value: float, pauses: list[float], repeat: int, tables: list[str]) -> dict:
    import pandas as pd
    import presswork as pw
    from common import read_bbc

    texts = pd.Series(read_bbc())
    if policy == "release":
        pw.set_release_after(value)
    else:
        pw._native._leave_memory_to_jemalloc(int(value))

    def call() -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        out = pw.tables(texts, include=tables)
        elapsed, cpu = time.perf_counter() - t, time.process_time() - c
        del out
        return elapsed, cpu

    call()  # warm: thread pool, lexicons, first faults
    back_to_back = [call() for _ in range(max(5, repeat * 2))]
    after: dict[str, list[float]] = {}
    idle_rss: dict[str, float] = {}
    for pause in pauses:
        times = []
        for _ in range(repeat):
            call()
            time.sleep(pause)
            idle_rss[str(pause)] = rss_mb()
            times.append(call())
        after[str(pause)] = times
    return {
        "policy": f"release after {value:g} s" if policy == "release" else f"jemalloc decay {value:g} ms",
        "mb": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
        "back_to_back": back_to_back,
        "after_pause": after,
        "idle_rss_mb": idle_rss,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--delays", default="10,120", help="release delays to compare, seconds ('' for none)")
    ap.add_argument("--decays", default="", help="jemalloc dirty-page decays to compare, milliseconds")
    ap.add_argument("--pauses", default="15,30,60", help="pauses between calls, seconds")
    ap.add_argument("--repeat", type=int, default=3, help="calls after each pause")
    ap.add_argument("--quick", action="store_true", help="short pauses (1-3 s), delays 0.5 and 10 s")
    ap.add_argument("--tables", default=",".join(TABLES), help="tables each call builds (default: all four)")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--one-decay", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.quick:
        args.delays, args.pauses = "0.5,10", "1,3"
    pauses = [float(p) for p in args.pauses.split(",")]
    tables = args.tables.split(",")
    if args.one is not None or args.one_decay is not None:
        policy, value = ("release", args.one) if args.one is not None else ("decay", args.one_decay)
        print(json.dumps(one(policy, value, pauses, args.repeat, tables)))
        return
    runs = [("--one", d) for d in args.delays.split(",") if d] + [
        ("--one-decay", d) for d in args.decays.split(",") if d
    ]
    rows = []
    for flag, value in runs:
        cmd = [sys.executable, __file__, flag, value, "--pauses", args.pauses, "--repeat", str(args.repeat)]
        cmd += ["--tables", args.tables]
        rows.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
    print(f"pw.tables({args.tables}) over the BBC corpus, {rows[0]['mb']:.1f} MB, default threads")
    for which, kind in ((1, "CPU time, all threads"), (0, "wall time")):
        print(f"\n{kind}")
        head = f"{'policy':>24} {'back to back':>13}"
        for p in pauses:
            head += f" {'after ' + format(p, 'g') + ' s':>13} {'ratio':>6} {'idle RSS':>9}"
        print(head)
        for r in rows:
            base = statistics.median(t[which] for t in r["back_to_back"])
            line = f"{r['policy']:>24} {base:>12.3f}s"
            for p in pauses:
                t = statistics.median(t[which] for t in r["after_pause"][str(p)])
                line += f" {t:>12.3f}s {t / base:>6.2f} {r['idle_rss_mb'][str(p)]:>7.0f}MB"
            print(line)
    print("\n" + json.dumps(rows))


if __name__ == "__main__":
    main()
