"""Score presswork's number stage against the seed gold, side by side with quantulum3.

    python bench/score_numbers.py                 # gold scores for both tools, speed on BBC
    python bench/score_numbers.py --show 5        # also print both tools' figures for 5 BBC articles
    python bench/score_numbers.py --misses        # list presswork's misses and extras on the gold

A prediction matches a gold row when the spans overlap and the values are equal (the rule of
the issue). Offsets are code points, as in the gold file. quantulum3 (PyPI) is optional: without
it only presswork is scored.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import presswork as pw

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = Path(os.environ.get("PRESSWORK_SHARED", ROOT.parent / "shared"))
BBC = [SHARED / "corpus" / "bbc" / "train.csv", SHARED / "corpus" / "bbc" / "val.csv"]

try:
    from quantulum3 import parser as quantulum
except ImportError:  # pragma: no cover - optional comparison
    quantulum = None


def load_gold() -> tuple[dict[str, str], list[dict]]:
    rows = [
        json.loads(line)
        for line in (DATA / "numbers.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((DATA / "seeds").glob("*.txt"))}
    return texts, rows


def presswork_figures(text: str) -> list[dict]:
    return [
        {
            "start": n.start,
            "end": n.end,
            "text": n.text,
            "value": n.value,
            "kind": n.kind,
            "unit": n.unit,
            "noun": n.noun,
        }
        for n in pw.analyze(text).numbers
    ]


def quantulum_figures(text: str) -> list[dict]:
    out = []
    for q in quantulum.parse(text):
        start, end = q.span
        unit = None if q.unit.name == "dimensionless" else q.unit.name
        out.append(
            {
                "start": start,
                "end": end,
                "text": q.surface,
                "value": q.value,
                "kind": q.unit.entity.name,
                "unit": unit,
                "noun": None,
            }
        )
    return out


def score(extract, texts: dict[str, str], gold: list[dict], verbose: bool = False) -> dict[str, float]:
    tp = fp = fn = 0
    kind = unit = noun = 0
    for doc, text in texts.items():
        preds = extract(text)
        used = [False] * len(preds)
        for g in (r for r in gold if r["doc"] == doc):
            hit = next(
                (
                    k
                    for k, p in enumerate(preds)
                    if not used[k]
                    and p["start"] < g["end"]
                    and g["start"] < p["end"]
                    and p["value"] == g["value"]
                ),
                None,
            )
            if hit is None:
                fn += 1
                if verbose:
                    print(f"  MISS  {doc} {g['text']!r} = {g['value']} {g['kind']}")
                continue
            used[hit] = True
            tp += 1
            p = preds[hit]
            kind += p["kind"] == g["kind"]
            unit += p["unit"] == g["unit"]
            noun += p["noun"] == g["noun"]
        for k, p in enumerate(preds):
            if not used[k]:
                fp += 1
                if verbose:
                    print(f"  EXTRA {doc} {p['text']!r} = {p['value']} {p['kind']}")
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "P": precision,
        "R": recall,
        "F1": f1,
        "kind": kind / max(tp, 1),
        "unit": unit / max(tp, 1),
        "noun": noun / max(tp, 1),
        "predicted": tp + fp,
    }


def bbc_texts() -> list[str]:
    import pandas as pd

    frames = [pd.read_csv(p) for p in BBC if p.exists()]
    return [t for f in frames for t in f["text"].astype(str)]


def throughput(extract, texts: list[str]) -> float:
    """MB/s of `extract` over `texts` (UTF-8 bytes)."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        extract(t)
    return size / 1e6 / (time.perf_counter() - t0)


def show(text: str) -> None:
    ours = presswork_figures(text)
    theirs = quantulum_figures(text) if quantulum else []
    print(f"  {'presswork':<48} | quantulum3")
    for k in range(max(len(ours), len(theirs))):
        a = ours[k] if k < len(ours) else None
        b = theirs[k] if k < len(theirs) else None
        left = f"{a['text']!r} {a['value']} {a['kind']} {a['unit'] or ''}" if a else ""
        right = f"{b['text']!r} {b['value']} {b['unit'] or ''}" if b else ""
        print(f"  {left[:48]:<48} | {right[:60]}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--show",
        type=int,
        default=0,
        help="print both tools' figures for N BBC articles",
    )
    ap.add_argument(
        "--misses",
        action="store_true",
        help="list presswork's misses and extras on the gold",
    )
    ap.add_argument(
        "--quantulum-articles",
        type=int,
        default=200,
        help="BBC articles to time quantulum3 on",
    )
    args = ap.parse_args()

    texts, gold = load_gold()
    tools = {"presswork": presswork_figures}
    if quantulum:
        tools["quantulum3"] = quantulum_figures
    print(f"seed gold: {len(gold)} rows in {len(texts)} articles")
    print(f"  {'tool':<11} {'P':>6} {'R':>6} {'F1':>6} {'kind':>6} {'unit':>6} {'noun':>6} {'rows':>5}")
    for name, extract in tools.items():
        s = score(extract, texts, gold, verbose=args.misses and name == "presswork")
        print(
            f"  {name:<11} {s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f} {s['kind']:6.3f} {s['unit']:6.3f} {s['noun']:6.3f} {s['predicted']:5d}"
        )

    bbc = bbc_texts()
    if bbc:
        ours = throughput(lambda t: pw.analyze(t).numbers, bbc)
        size = sum(len(t.encode("utf-8")) for t in bbc) / 1e6
        print(f"BBC corpus: {len(bbc)} articles, {size:.2f} MB")
        print(f"  presswork  pw.analyze (whole pipeline), one text at a time: {ours:8.2f} MB/s")
        t0 = time.perf_counter()
        pw.numbers(bbc, threads=1)
        single = size / (time.perf_counter() - t0)
        print(f"  presswork  pw.numbers(texts, threads=1) (number stage, one core): {single:8.2f} MB/s")
        t0 = time.perf_counter()
        pw.numbers(bbc)
        bulk = size / (time.perf_counter() - t0)
        print(f"  presswork  pw.numbers(texts) (all cores):                        {bulk:8.2f} MB/s")
        if quantulum:
            sample = bbc[: args.quantulum_articles]
            theirs = throughput(quantulum.parse, sample)
            print(
                f"  quantulum3 parser.parse on {len(sample)} articles (one core):         {theirs:8.4f} MB/s"
            )
            print(
                f"  speed-up over quantulum3: {single / theirs:,.0f}x on one core (number stage), "
                f"{ours / theirs:,.0f}x with the whole pipeline per text, {bulk / theirs:,.0f}x on all cores"
            )
        for text in bbc[: args.show]:
            print("=" * 100)
            show(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
