"""Sentence-splitter accuracy: the English Golden Rules and the hand-annotated seed articles.

    bench/.venv/bin/python bench/golden_rules.py            # all tools, summary + presswork failures
    bench/.venv/bin/python bench/golden_rules.py -v         # also every other tool's failures
    bench/.venv/bin/python bench/golden_rules.py --tools presswork,pysbd

Golden Rules (bench/data/golden_rules_en.jsonl): a rule passes when the tool's sentences,
stripped of surrounding whitespace, equal the expected list exactly. Two counts are printed:
``GR-48``, the 48 rules of pySBD's English golden-rule test (the usual figure), and ``GR-52``,
all 52 rules of pragmatic_segmenter's list, where the three newline rules (40-42) are compared
with internal whitespace runs collapsed (a span-preserving splitter cannot turn "cold \\nnight"
into "cold night").

Seeds (bench/data/seed_sentences.jsonl over tests/data/seeds/*.txt): boundary precision,
recall and F1 (a boundary is the start of every sentence but the first, whitespace trimmed),
and exact-sentence F1 (both ends right).

presswork runs through its Python API when installed in the venv, else through the pure-Rust
core (examples/sentences_jsonl.rs); the header says which.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DATA, OUT, REPO  # noqa: E402
from scoring import PRF, boundaries, exact_spans, sentences_equal, sentences_equal_ws  # noqa: E402
from tools import REGISTRY, make, presswork_via  # noqa: E402

DEFAULT_TOOLS = ["presswork", "pysbd", "spacy-sentencizer", "nltk-punkt", "blingfire", "spacy-sm"]
WS_RULES = {40, 41, 42}


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [r for r in (json.loads(line) for line in f if line.strip()) if "_meta" not in r]


def golden(tool, rules):
    texts = [r["text"] for r in rules]
    spans = tool.spans_batch(texts)
    results = []
    for r, sp in zip(rules, spans):
        got = [r["text"][a:b] for a, b in sp]
        ok_strict = sentences_equal(got, r["expected"])
        ok = sentences_equal_ws(got, r["expected"]) if r["id"] in WS_RULES else ok_strict
        results.append({"id": r["id"], "name": r["name"], "suite": r["suite"], "pass": ok, "pass_strict": ok_strict,
                        "text": r["text"], "expected": r["expected"], "got": [g.strip() for g in got if g.strip()]})
    return results


def seeds(tool, gold):
    docs = sorted({g["doc"] for g in gold})
    texts = {d: (REPO / "tests" / "data" / "seeds" / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    pred = dict(zip(docs, tool.spans_batch([texts[d] for d in docs])))
    bnd, ex = PRF(), PRF()
    errors = []
    for d in docs:
        t = texts[d]
        g = [(x["start"], x["end"]) for x in gold if x["doc"] == d]
        gb, pb = boundaries(t, g), boundaries(t, pred[d])
        bnd.add(gb, pb)
        ex.add(exact_spans(t, g), exact_spans(t, pred[d]))
        for pos in sorted(gb - pb):
            errors.append({"doc": d, "type": "missed", "at": pos, "context": t[max(0, pos - 60):pos] + " ‖ " + t[pos:pos + 40]})
        for pos in sorted(pb - gb):
            errors.append({"doc": d, "type": "spurious", "at": pos, "context": t[max(0, pos - 60):pos] + " ‖ " + t[pos:pos + 40]})
    return bnd, ex, errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tools", default=",".join(DEFAULT_TOOLS), help="comma-separated keys: " + ", ".join(REGISTRY["sentences"]))
    ap.add_argument("-v", "--verbose", action="store_true", help="list the failures of every tool, not only presswork's")
    ap.add_argument("--json", type=Path, default=OUT / "accuracy.json", help="where to write full results")
    args = ap.parse_args(argv)

    rules = load_jsonl(DATA / "golden_rules_en.jsonl")
    gold = load_jsonl(DATA / "seed_sentences.jsonl")
    n48 = sum(r["suite"] == "pysbd" for r in rules)
    print(f"presswork via: {presswork_via()}")
    print(f"Golden Rules: {len(rules)} English rules ({n48} in pySBD's suite); seeds: {len(gold)} hand-annotated sentences in "
          f"{len({g['doc'] for g in gold})} articles\n")

    summary, details = [], {}
    for key in args.tools.split(","):
        key = key.strip()
        t0 = time.perf_counter()
        tool = make("sentences", key)
        gr = golden(tool, rules)
        bnd, ex, errs = seeds(tool, gold)
        p48 = sum(r["pass"] for r in gr if r["suite"] == "pysbd")
        p52 = sum(r["pass"] for r in gr)
        summary.append({"tool": key, "name": tool.name, "gr48": p48, "gr48_n": n48, "gr52": p52, "gr52_n": len(gr),
                        "seed_boundary": bnd.as_dict(), "seed_exact": ex.as_dict(), "seconds": time.perf_counter() - t0})
        details[key] = {"golden_rules": gr, "seed_errors": errs}

    hdr = f"{'tool':<32} {'GR-48':>11} {'GR-52':>11} {'seed P':>7} {'seed R':>7} {'seed F1':>7} {'sent F1':>7}"
    print(hdr)
    print("-" * len(hdr))
    for s in summary:
        b, e = s["seed_boundary"], s["seed_exact"]
        print(f"{s['name']:<32} {s['gr48']:>3}/{s['gr48_n']} {s['gr48'] / s['gr48_n']:>5.1%} {s['gr52']:>3}/{s['gr52_n']} {s['gr52'] / s['gr52_n']:>5.1%}"
              f" {b['precision']:>7.3f} {b['recall']:>7.3f} {b['f1']:>7.3f} {e['f1']:>7.3f}")
    print("\nGR-48: exact sentence list (whitespace-stripped) on pySBD's 48 English Golden Rules; GR-52: all 52 rules of")
    print("pragmatic_segmenter (40-42 compared with whitespace collapsed). seed P/R/F1: sentence-boundary precision/recall/F1")
    print("on the 5 annotated seed articles; sent F1: exact-sentence F1 (both ends right).")

    for key in args.tools.split(","):
        key = key.strip()
        if key != "presswork" and not args.verbose:
            continue
        d = details[key]
        fails = [r for r in d["golden_rules"] if not r["pass"]]
        print(f"\n== {key}: {len(fails)} Golden Rules failed")
        for r in fails:
            print(f"  #{r['id']} {r['name']}{'' if r['suite'] == 'pysbd' else ' [not in GR-48]'}")
            print(f"     text:     {r['text']!r}")
            print(f"     expected: {r['expected']!r}")
            print(f"     got:      {r['got']!r}")
        print(f"== {key}: {len(d['seed_errors'])} seed boundary errors (‖ marks the position)")
        for e in d["seed_errors"]:
            print(f"  {e['doc'][:3]} {e['type']:<8} @{e['at']:<6} {e['context']!r}")

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"summary": summary, "details": details, "presswork_via": presswork_via()},
                                    ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nfull results: {args.json}")


if __name__ == "__main__":
    main()
