"""Is this tree within 5% of a base revision's speed, stage by stage? (issue 13: "speed within
5% of today's on the bench: tokens, sentences, quotes, numbers, end to end").

Builds ``examples/stage_speed.rs`` twice, from a base revision (``git archive`` into a
temporary folder, with this tree's copy of the example, which uses only the public API) and
from this tree, with the same cargo profile and target folder (this tree's ``target/``); then
runs the two binaries in turn, ``--rounds`` times each, over the same corpus, and compares the
median CPU seconds of each stage (CPU time of the measuring thread: steadier than wall time on
a shared machine).

    python bench/stage_speed.py                         # base: main, corpus: seeds + PolNeAR + BBC
    python bench/stage_speed.py --base 6291e5a --rounds 9 --repeat 5
    python bench/stage_speed.py --corpus /tmp/corpus.jsonl --no-build

The corpus is ``bench/dump_corpus.py``'s (read from ../shared, written to bench/out/) unless
``--corpus`` names a JSON-lines file of texts. The release profile is the one in Cargo.toml
unless the environment overrides it (``CARGO_PROFILE_RELEASE_LTO`` …): compare like with like.
A stage whose ratio (this tree ÷ base) is above 1.05 is flagged.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ["tokens", "sentences", "quotes", "numbers", "end_to_end"]
LIMIT = 1.05


def build(tree: Path, target: Path, dest: Path) -> Path:
    """Builds the example in `tree` into `target` (shared by both builds, so the dependencies
    compile once) and copies the binary to `dest` before the other build overwrites it."""
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    # Both trees are the same package in one target folder, told apart by cargo only by file
    # times: the sources of the tree built now must be newer than the other tree's build, or
    # cargo takes that build as fresh and both binaries run the same code.
    for folder in ("src", "examples", "data"):
        for path in (tree / folder).rglob("*"):
            if path.is_file():
                os.utime(path)
    cmd = ["cargo", "build", "--release", "--quiet", "--example", "stage_speed"]
    subprocess.run(cmd, cwd=tree, env=env, check=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(target / "release" / "examples" / "stage_speed", dest)
    return dest


def base_tree(rev: str, into: Path) -> Path:
    tree = into / "base"
    tree.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True).stdout
    # -m: the files get the time of extraction, not of the commit; with the commit's (older
    # than the shared target folder's last build) cargo would take the tree's library as fresh
    # and build the base binary from the tree's code.
    subprocess.run(["tar", "-x", "-m", "-C", str(tree)], input=archive, check=True)
    shutil.copy(ROOT / "examples" / "stage_speed.rs", tree / "examples" / "stage_speed.rs")
    return tree


def run(binary: Path, corpus: Path, repeat: int) -> dict[str, float]:
    out = subprocess.run([str(binary), str(corpus), str(repeat)], check=True, capture_output=True, text=True)
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    return {r["stage"]: r["cpu_s"] for r in rows} | {"_mb": rows[0]["mb"]}


def corpus_file(given: str | None) -> Path:
    if given:
        return Path(given)
    path = ROOT / "bench" / "out" / "stage_speed_corpus.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "dump_corpus.py"), str(path)], check=True)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="main", help="base revision (default: main)")
    ap.add_argument("--corpus", help="JSON lines of texts (default: seeds + PolNeAR + BBC)")
    ap.add_argument("--rounds", type=int, default=7, help="runs of each build, alternating")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus per run")
    ap.add_argument("--work", help="folder for the base tree and both builds (default: a temporary one)")
    ap.add_argument("--target", help="cargo target folder for both builds (default: this tree's target/)")
    ap.add_argument("--no-build", action="store_true", help="reuse the binaries in --work")
    ap.add_argument("--json", help="also write the raw times here")
    args = ap.parse_args()
    corpus = corpus_file(args.corpus)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="stage_speed_"))
    binaries = {name: work / "bin" / f"stage_speed_{name}" for name in ("base", "tree")}
    if not args.no_build:
        target = Path(args.target) if args.target else ROOT / "target"
        build(base_tree(args.base, work), target, binaries["base"])
        build(ROOT, target, binaries["tree"])
    times: dict[str, dict[str, list[float]]] = {name: {s: [] for s in STAGES} for name in binaries}
    mb = 0.0
    for round_ in range(args.rounds):
        # Alternate which build goes first, so drift in the machine's load hits both alike.
        order = ["base", "tree"] if round_ % 2 == 0 else ["tree", "base"]
        for name in order:
            result = run(binaries[name], corpus, args.repeat)
            mb = result.pop("_mb")
            for stage, seconds in result.items():
                times[name][stage].append(seconds)
        print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)
    rev = subprocess.run(
        ["git", "rev-parse", "--short", args.base], check=False, cwd=ROOT, capture_output=True, text=True
    )
    print(f"CPU seconds per stage, median of {args.rounds} runs, {mb:.1f} MB per run")
    print(f"base = {args.base} ({rev.stdout.strip() or '?'}), tree = {ROOT}")
    print(f"{'stage':<12} {'base s':>9} {'tree s':>9} {'tree/base':>10} {'base MB/CPU-s':>14} {'spread':>14}")
    worst = 0.0
    for stage in STAGES:
        b, t = statistics.median(times["base"][stage]), statistics.median(times["tree"][stage])
        ratio = t / b
        worst = max(worst, ratio)
        ratios = [x / y for x, y in zip(times["tree"][stage], times["base"][stage], strict=True)]
        spread = f"{min(ratios):.3f}-{max(ratios):.3f}"
        flag = "  SLOWER" if ratio > LIMIT else ""
        print(f"{stage:<12} {b:>9.3f} {t:>9.3f} {ratio:>10.3f} {mb / b:>14.1f} {spread:>14}{flag}")
    print(f"worst ratio {worst:.3f} ({'within' if worst <= LIMIT else 'beyond'} {LIMIT:.2f})")
    if args.json:
        Path(args.json).write_text(json.dumps(times), encoding="utf-8")


if __name__ == "__main__":
    main()
