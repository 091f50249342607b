"""Throughput benchmark: presswork vs peer tools, one command, one table.

    bash bench/setup.sh                        # once: bench/.venv with presswork + peers
    bench/.venv/bin/python bench/run.py        # >= 50 MB corpus, everything (about 5 min on 2 cores)
    bench/.venv/bin/python bench/run.py --mb 5 # quick run on a 5 MB corpus

What it does:

1. Builds a corpus of at least ``--mb`` MB (10^6 bytes of UTF-8 text) by repeating the BBC
   train+val articles (``<repo>/../shared/corpus/bbc/*.csv``, or ``$PRESSWORK_BBC_DIR`` /
   ``--bbc-dir``), one article per line, in ``bench/out/``.
2. Runs the Rust-only binary (``examples/bench_core.rs``) on it.
3. Times every tool in its own subprocess (so each peak RSS is that tool's alone): presswork's
   ``pw.tokens`` / ``pw.sentences`` (batches of 512 articles, single thread and all threads)
   and ``pw.analyze`` per article; spaCy's ``spacy.blank("en")`` tokenizer (``nlp.tokenizer.pipe``)
   and rule-based ``sentencizer`` (``nlp.pipe``); blingfire ``text_to_words`` /
   ``text_to_sentences``; NLTK Punkt (trained on the BBC training articles, training not timed);
   pysbd on a ``--pysbd-mb`` MB sample only (every k-th article; it is ~100x slower),
   MB/s extrapolated.
4. Prints MB/s, items, peak RSS, the ratios presswork / peer, and the targets.

MB/s = MB of input text / wall seconds of the processing loop (imports, model loading, reading
the corpus and a 20-article warm-up are not timed). Peak RSS is ``ru_maxrss`` of the tool's
process: the interpreter, the libraries, the corpus held as Python strings, and the outputs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, REPO, build_corpus, read_corpus, utf8_bytes
from tools import REGISTRY, THROUGHPUT, cpu_count, make, presswork_module

WARMUP_DOCS = 20


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


# ------------------------------------------------------------------------------------ worker


def worker(
    task: str, key: str, threads: int | None, corpus: str, limit_mb: float | None, repeat: int = 1
) -> dict:
    """Runs in its own process: load one tool, time it over the corpus (best of ``repeat``
    passes), report as JSON."""
    limit = int(limit_mb * 1e6) if limit_mb else None
    docs = read_corpus(corpus)
    if limit:
        docs = sample(docs, limit)
    tool = make(task, key, threads)
    tool.count(docs[:WARMUP_DOCS])
    base = rss_mib()
    secs, cpu = float("inf"), float("nan")
    for _ in range(max(1, repeat)):
        c0, t0 = time.process_time(), time.perf_counter()
        items = tool.count(docs)
        wall = time.perf_counter() - t0
        if wall < secs:
            secs, cpu = wall, time.process_time() - c0
    nbytes = utf8_bytes(docs)
    return {
        "task": task,
        "tool": key,
        "name": tool.name,
        "threads": threads or cpu_count(),
        "docs": len(docs),
        "bytes": nbytes,
        "seconds": secs,
        "mb_per_s": nbytes / 1e6 / secs,
        "cpu_seconds": cpu,
        "mb_per_cpu_s": nbytes / 1e6 / cpu if cpu > 0 else None,
        "items": items,
        "rss_base_mib": base,
        "rss_peak_mib": rss_mib(),
        "subset": limit is not None,
    }


def sample(docs: list[str], limit: int) -> list[str]:
    """About ``limit`` bytes of articles spread evenly over the distinct articles of the corpus
    (every k-th one), so a subset has the same mix of categories and lengths as the whole."""
    distinct = list(dict.fromkeys(docs))
    stride = max(1, round(utf8_bytes(distinct) / limit))
    return distinct[::stride]


def run_worker(task, key, threads, corpus, limit_mb, repeat=1) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--worker",
        task,
        key,
        str(threads or 0),
        str(corpus),
        str(limit_mb or 0),
        str(repeat),
    ]
    p = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if p.returncode != 0:
        err = (p.stderr.strip().splitlines() or ["?"])[-1]
        return {
            "task": task,
            "tool": key,
            "name": REGISTRY[task][key].name,
            "threads": threads or cpu_count(),
            "error": err,
        }
    return json.loads(p.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------- Rust


def run_rust(corpus: Path, repeat: int) -> dict | None:
    b = subprocess.run(
        ["cargo", "build", "--release", "--example", "bench_core"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if b.returncode != 0:
        print("cargo build --example bench_core failed:\n" + b.stderr[-2000:], file=sys.stderr)
        return None
    exe = REPO / "target" / "release" / "examples" / "bench_core"
    p = subprocess.run(
        [str(exe), str(corpus), "--json", "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=False,
    )
    if p.returncode != 0:
        print("bench_core failed:\n" + p.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(p.stdout)


# ------------------------------------------------------------------------------------ report


def fmt_mbs(x: float | None) -> str:
    if x is None or math.isnan(x):
        return "-"
    return f"{x:,.3f}" if x < 1 else f"{x:,.1f}"


def write_markdown(path: Path, results: dict, rows: list[dict], ncpu: int, args) -> None:
    out = [
        (
            f"Measured {results['when']}, {ncpu} cores, corpus {results['corpus_mb']:.1f} MB, "
            f"best of {args.repeat} pass(es); load average at start {results['loadavg_start'][0]:.2f}."
        ),
        "",
    ]
    rust = results.get("rust")
    if rust:
        out += [
            "Rust core (`examples/bench_core.rs`):",
            "",
            "| task | threads | MB/s | MB/CPU-s | items |",
            "|---|---:|---:|---:|---:|",
        ]
        for r in rust["results"]:
            out.append(
                f"| {r['task']} | {r['threads']} | {fmt_mbs(r['mb_per_s'])} | {fmt_mbs(r['mb_per_cpu_s'])} | {r['items']:,} |"
            )
        out += ["", f"Peak RSS {rust['peak_rss_mib']:.0f} MiB (the whole corpus is held in memory).", ""]
    rate = {(r["task"], r["threads"]): r for r in rows if r["tool"] == "presswork" and "error" not in r}
    out += [
        "Through Python (ratio = presswork MB/s ÷ tool MB/s; peers run on one core):",
        "",
        f"| task | tool | threads | MB timed | MB/s | MB/CPU-s | peak RSS MiB | pw(1)/tool | pw({ncpu})/tool |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if "error" in r:
            out.append(f"| {r['task']} | {r['name']} | {r['threads']} | error: {r['error']} | | | | | |")
            continue
        p1, pn = rate.get((r["task"], 1)), rate.get((r["task"], ncpu))
        peer = not r["tool"].startswith("presswork")
        r1 = f"{p1['mb_per_s'] / r['mb_per_s']:,.1f}×" if p1 and peer else ""
        rn = f"{pn['mb_per_s'] / r['mb_per_s']:,.1f}×" if pn and peer else ""
        mb = f"{r['bytes'] / 1e6:.1f}{'*' if r['subset'] else ''}"
        out.append(
            f"| {r['task']} | {r['name']} | {r['threads']} | {mb} | {fmt_mbs(r['mb_per_s'])} | {fmt_mbs(r['mb_per_cpu_s'])}"
            f" | {r['rss_peak_mib']:.0f} | {r1} | {rn} |"
        )
    out += [
        "",
        "\\* timed on an evenly spread sample of the articles (`--pysbd-mb`); MB/s stands for the whole corpus.",
        "",
    ]
    path.write_text("\n".join(out), encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument(
        "--pysbd-mb", type=float, default=1.0, help="MB of the corpus pysbd is timed on (default 1)"
    )
    ap.add_argument(
        "--subset",
        action="append",
        default=[],
        metavar="TOOL=MB",
        help="time TOOL (e.g. spacy-sentencizer) on its first MB only; repeatable",
    )
    ap.add_argument("--tasks", default="tokenize,sentences,analyze")
    ap.add_argument("--tools", default="", help="comma-separated tool keys to run (default: all)")
    ap.add_argument("--no-rust", action="store_true", help="skip the Rust-only binary")
    ap.add_argument(
        "--bbc-dir", help="directory with the BBC train.csv/val.csv (default ../shared/corpus/bbc)"
    )
    ap.add_argument("--json", type=Path, default=OUT / "results.json")
    ap.add_argument(
        "--repeat", type=int, default=1, help="best of N timed passes per tool, Python and Rust (default 1)"
    )
    ap.add_argument("--markdown", type=Path, help="also write the tables as Markdown to this file")
    ap.add_argument("--worker", nargs=6, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        task, key, th, corpus, lim, rep = args.worker
        print(json.dumps(worker(task, key, int(th) or None, corpus, float(lim) or None, int(rep))))
        return

    corpus = build_corpus(args.mb, args.bbc_dir)
    ncpu = cpu_count()
    pw = presswork_module()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    corpus_mb = corpus.stat().st_size / 1e6
    print(f"presswork benchmark, {when}")
    print(
        f"machine: {platform.machine()}, {ncpu} cores, {platform.system()} {platform.release()}; Python {platform.python_version()}"
    )
    print(f"corpus: {corpus} ({corpus_mb:.1f} MB, BBC train+val repeated); best of {args.repeat} pass(es)")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    loadavg_start = os.getloadavg()
    print(
        f"presswork Python package: {'presswork ' + getattr(pw, '__version__', '?') if pw else 'NOT INSTALLED (run bench/setup.sh)'}\n"
    )

    subsets = {"pysbd": args.pysbd_mb}
    for s in args.subset:
        k, v = s.split("=")
        subsets[k] = float(v)
    only = {t.strip() for t in args.tools.split(",") if t.strip()}

    results = {
        "when": when,
        "loadavg_start": loadavg_start,
        "cores": ncpu,
        "corpus": str(corpus),
        "corpus_mb": corpus_mb,
        "rust": None,
        "python": [],
    }
    if not args.no_rust:
        print("Rust core (cargo run --release --example bench_core) ...", flush=True)
        rust = run_rust(corpus, args.repeat)
        results["rust"] = rust
        if rust:
            print(f"{'task':<24} {'threads':>7} {'MB/s':>9} {'MB/CPU-s':>9} {'seconds':>9} {'items':>12}")
            for r in rust["results"]:
                print(
                    f"{r['task']:<24} {r['threads']:>7} {fmt_mbs(r['mb_per_s']):>9} {fmt_mbs(r['mb_per_cpu_s']):>9}"
                    f" {r['seconds']:>9.2f} {r['items']:>12,}"
                )
            print(f"peak RSS {rust['peak_rss_mib']:.0f} MiB (whole corpus held in memory)\n")

    rows = []
    for task in [t.strip() for t in args.tasks.split(",") if t.strip()]:
        for key in THROUGHPUT[task]:
            if only and key not in only:
                continue
            tool_cls = REGISTRY[task][key]
            for threads in [1, None] if tool_cls.parallel else [1]:
                lim = subsets.get(key)
                print(
                    f"  timing {task:<9} {key:<18} threads={threads or ncpu} {f'on a {lim:g} MB sample' if lim else ''} ...",
                    flush=True,
                )
                r = run_worker(task, key, threads, corpus, lim, args.repeat)
                rows.append(r)
                if "error" in r:
                    print(f"    -> error: {r['error']}")
                else:
                    print(
                        f"    -> {fmt_mbs(r['mb_per_s'])} MB/s, {r['seconds']:.1f} s, peak RSS {r['rss_peak_mib']:.0f} MiB"
                    )
    results["python"] = rows

    # ---- table
    def pw_rate(task, threads):
        for r in rows:
            if (
                r["task"] == task
                and r["tool"] == "presswork"
                and "error" not in r
                and r["threads"] == threads
            ):
                return r["mb_per_s"]
        return None

    print(
        f"\nThroughput through Python ({corpus_mb:.1f} MB corpus; {ncpu} cores; ratio = presswork MB/s / tool MB/s)"
    )
    hdr = (
        f"{'task':<10} {'tool':<34} {'thr':>3} {'MB timed':>9} {'MB/s':>9} {'MB/CPU-s':>9} {'items':>12} {'RSS base':>9} {'RSS peak':>9}"
        f" {'pw(1)/x':>8} {'pw(' + str(ncpu) + ')/x':>8}"
    )
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        if "error" in r:
            print(f"{r['task']:<10} {r['name']:<34} {r['threads']:>3}  error: {r['error']}")
            continue
        p1, pn = pw_rate(r["task"], 1), pw_rate(r["task"], ncpu)
        rat1 = f"{p1 / r['mb_per_s']:,.1f}x" if p1 and not r["tool"].startswith("presswork") else ""
        ratn = f"{pn / r['mb_per_s']:,.1f}x" if pn and not r["tool"].startswith("presswork") else ""
        mb = f"{r['bytes'] / 1e6:.1f}{'*' if r['subset'] else ''}"
        print(
            f"{r['task']:<10} {r['name']:<34} {r['threads']:>3} {mb:>9} {fmt_mbs(r['mb_per_s']):>9} {fmt_mbs(r['mb_per_cpu_s']):>9} {r['items']:>12,}"
            f" {r['rss_base_mib']:>8.0f}M {r['rss_peak_mib']:>8.0f}M {rat1:>8} {ratn:>8}"
        )
    print(
        "* timed on a subset of about --pysbd-mb (or --subset) MB: every k-th distinct article of the corpus; MB/s extrapolated to the whole."
    )
    print(
        "MB/CPU-s: MB per CPU-second (user+system, all threads) of the same pass; robust to other load on the machine."
    )
    print(
        "RSS base: process high-water mark after imports, loading the tool, reading the corpus and the warm-up; RSS peak: after the run."
    )

    # ---- targets
    def peer(task, key):
        for r in rows:
            if r["task"] == task and r["tool"] == key and "error" not in r:
                return r["mb_per_s"]
        return None

    def row(task, key, threads=1):
        for r in rows:
            if r["task"] == task and r["tool"] == key and r["threads"] == threads and "error" not in r:
                return r
        return None

    def status(x, target):
        return "MET" if x >= target else "NOT MET"

    print(
        "\nTargets (wall = MB/s ratio; CPU = MB per CPU-second ratio, the figure that other load on the machine disturbs least)"
    )
    if results["rust"]:
        tok = next(r for r in results["rust"]["results"] if r["task"] == "tokenize" and r["threads"] == 1)
        w, c = tok["mb_per_s"], tok["mb_per_cpu_s"] or float("nan")
        print(
            f"  Rust tokenize, 1 thread:   {w:7.1f} MB/s wall, {c:7.1f} MB/CPU-s   target >= 100 MB/s per core:"
            f" wall {status(w, 100)}, CPU {status(c, 100)}"
        )
    for label, task, key, target in (
        ("pw.tokens / spaCy tokenizer", "tokenize", "spacy", 20),
        ("pw.sentences / pysbd", "sentences", "pysbd", 50),
    ):
        a, b = row(task, "presswork", 1), row(task, key)
        if a and b:
            w = a["mb_per_s"] / b["mb_per_s"]
            c = (a["mb_per_cpu_s"] or 0) / (b["mb_per_cpu_s"] or float("inf"))
            print(
                f"  {label + ' (1 thread)':<40} {w:7.1f}x wall, {c:7.1f}x CPU   target >= {target}x: wall {status(w, target)}, CPU {status(c, target)}"
            )
        an = row(task, "presswork", ncpu)
        if an and b:
            print(
                f"  {label + f' ({ncpu} threads)':<40} {an['mb_per_s'] / b['mb_per_s']:7.1f}x wall   (peer on one core)"
            )
    if not pw:
        print(
            "  presswork Python figures missing: the package is not installed in this venv (bash bench/setup.sh)"
        )

    if args.markdown:
        write_markdown(args.markdown, results, rows, ncpu, args)
        print(f"markdown tables: {args.markdown}")

    results["loadavg_end"] = os.getloadavg()
    print("\nload average at end: {:.2f} {:.2f} {:.2f}".format(*results["loadavg_end"]))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print(f"\nraw results: {args.json}")


if __name__ == "__main__":
    main()
