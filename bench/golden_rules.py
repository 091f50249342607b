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

News text, two sets scored alike: boundary precision, recall and F1 (a boundary is the start
of every sentence but the first, whitespace trimmed) and exact-sentence F1 (both ends right).
* seeds: bench/data/seed_sentences.jsonl over tests/data/seeds/*.txt (web articles with
  headings, lists, boilerplate);
* BBC: bench/data/bbc_val_sentences.jsonl, 10 rows of the BBC validation CSV (offsets only; the
  text is read from ../shared/corpus/bbc/val.csv), annotated after presswork's splitter was
  tuned, as a held-out check.

presswork runs through its Python API when installed in the venv, else through the pure-Rust
core (examples/sentences_jsonl.rs); the header says which.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from common import DATA, OUT, REPO
from scoring import PRF, boundaries, exact_spans, sentences_equal, sentences_equal_ws, trim
from tools import REGISTRY, make, presswork_via

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
        results.append(
            {
                "id": r["id"],
                "name": r["name"],
                "suite": r["suite"],
                "pass": ok,
                "pass_strict": ok_strict,
                "text": r["text"],
                "expected": r["expected"],
                "got": [g.strip() for g in got if g.strip()],
            }
        )
    return results


def seed_set(gold_rows) -> tuple[dict, dict]:
    """The seed articles and their gold spans, by document name."""
    docs = sorted({g["doc"] for g in gold_rows})
    texts = {d: (REPO / "tests" / "data" / "seeds" / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    gold = {d: [(x["start"], x["end"]) for x in gold_rows if x["doc"] == d] for d in docs}
    return texts, gold, {}


def bbc_set(gold_rows, bbc_dir=None) -> tuple[dict, dict]:
    """The annotated BBC validation rows (text read from the CSV, checked by SHA-1)."""
    d = common.bbc_dir(bbc_dir)
    with open(d / "val.csv", newline="", encoding="utf-8") as f:
        rows = [r["text"] for r in csv.DictReader(f)]
    texts, gold, dont_care = {}, {}, {}
    for g in gold_rows:
        key = f"val:{g['row']}"
        t = rows[g["row"]]
        if hashlib.sha1(t.encode("utf-8")).hexdigest()[:12] != g["sha1"]:
            raise SystemExit(f"bbc val row {g['row']} does not match its annotation (sha1); wrong CSV?")
        texts[key] = t
        if "dont_care" in g:
            dont_care.setdefault(key, set()).add(g["dont_care"])
        else:
            gold.setdefault(key, []).append((g["start"], g["end"]))
    return texts, gold, dont_care


def merge_at(text: str, spans, positions: set[int]):
    """Joins each predicted sentence that starts at a don't-care position to the one before."""
    out: list[list[int]] = []
    for a, b in spans:
        if out and trim(text, (a, b))[0] in positions:
            out[-1][1] = b
        else:
            out.append([a, b])
    return [tuple(s) for s in out]


def news_eval(tool, texts: dict, gold: dict, dont_care: dict):
    """Boundary P/R/F1, exact-sentence P/R/F1 and the boundary errors of ``tool`` on a set.
    A predicted boundary at a don't-care position (a BBC headline run into the first sentence)
    is dropped before scoring."""
    docs = sorted(texts)
    pred = dict(zip(docs, tool.spans_batch([texts[d] for d in docs])))
    pred = {d: merge_at(texts[d], pred[d], dont_care.get(d, set())) for d in docs}
    bnd, ex = PRF(), PRF()
    errors = []
    for d in docs:
        t = texts[d]
        gb, pb = boundaries(t, gold[d]), boundaries(t, pred[d])
        bnd.add(gb, pb)
        ex.add(exact_spans(t, gold[d]), exact_spans(t, pred[d]))
        for kind, positions in (("missed", gb - pb), ("spurious", pb - gb)):
            for pos in sorted(positions):
                errors.append(
                    {
                        "doc": d,
                        "type": kind,
                        "at": pos,
                        "context": t[max(0, pos - 60) : pos] + " ‖ " + t[pos : pos + 40],
                    }
                )
    return bnd, ex, errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--tools",
        default=",".join(DEFAULT_TOOLS),
        help="comma-separated keys: " + ", ".join(REGISTRY["sentences"]),
    )
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list the failures of every tool, not only presswork's"
    )
    ap.add_argument("--json", type=Path, default=OUT / "accuracy.json", help="where to write full results")
    ap.add_argument("--bbc-dir", help="directory with the BBC val.csv (default ../shared/corpus/bbc)")
    args = ap.parse_args(argv)

    rules = load_jsonl(DATA / "golden_rules_en.jsonl")
    seed_rows = load_jsonl(DATA / "seed_sentences.jsonl")
    bbc_rows = load_jsonl(DATA / "bbc_val_sentences.jsonl")
    sets = {"seeds": seed_set(seed_rows), "bbc": bbc_set(bbc_rows, args.bbc_dir)}
    n48 = sum(r["suite"] == "pysbd" for r in rules)
    print(f"presswork via: {presswork_via()}")
    print(
        f"Golden Rules: {len(rules)} English rules ({n48} in pySBD's suite); seeds: {len(seed_rows)} hand-annotated sentences in "
        f"{len(sets['seeds'][0])} articles; BBC val (held out): {sum('dont_care' not in r for r in bbc_rows)} sentences in {len(sets['bbc'][0])} articles\n"
    )

    summary, details = [], {}
    for key in args.tools.split(","):
        key = key.strip()
        t0 = time.perf_counter()
        tool = make("sentences", key)
        gr = golden(tool, rules)
        p48 = sum(r["pass"] for r in gr if r["suite"] == "pysbd")
        p52 = sum(r["pass"] for r in gr)
        row = {"tool": key, "name": tool.name, "gr48": p48, "gr48_n": n48, "gr52": p52, "gr52_n": len(gr)}
        details[key] = {"golden_rules": gr}
        for name, (texts, gold, dont_care) in sets.items():
            bnd, ex, errs = news_eval(tool, texts, gold, dont_care)
            row[f"{name}_boundary"], row[f"{name}_exact"] = bnd.as_dict(), ex.as_dict()
            details[key][f"{name}_errors"] = errs
        row["seconds"] = time.perf_counter() - t0
        summary.append(row)

    hdr = (
        f"{'tool':<32} {'GR-48':>11} {'GR-52':>11} | {'seeds P':>7} {'R':>5} {'F1':>5} {'sentF1':>6}"
        f" | {'BBC P':>5} {'R':>5} {'F1':>5} {'sentF1':>6}"
    )
    print(hdr)
    print("-" * len(hdr))
    for s in summary:
        b, e, bb, be = s["seeds_boundary"], s["seeds_exact"], s["bbc_boundary"], s["bbc_exact"]
        print(
            f"{s['name']:<32} {s['gr48']:>3}/{s['gr48_n']} {s['gr48'] / s['gr48_n']:>5.1%} {s['gr52']:>3}/{s['gr52_n']} {s['gr52'] / s['gr52_n']:>5.1%}"
            f" | {b['precision']:>7.3f} {b['recall']:>5.3f} {b['f1']:>5.3f} {e['f1']:>6.3f}"
            f" | {bb['precision']:>5.3f} {bb['recall']:>5.3f} {bb['f1']:>5.3f} {be['f1']:>6.3f}"
        )
    print(
        "\nGR-48: exact sentence list (whitespace-stripped) on pySBD's 48 English Golden Rules; GR-52: all 52 rules of"
    )
    print(
        "pragmatic_segmenter (40-42 compared with whitespace collapsed). P/R/F1: sentence-boundary precision/recall/F1;"
    )
    print(
        "sentF1: exact-sentence F1 (both ends right). seeds: the 5 seed articles (headings, lists, boilerplate; seen while"
    )
    print("developing presswork's splitter); BBC: 10 held-out BBC validation articles (plain running text).")

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
        for name in sets:
            errs = d[f"{name}_errors"]
            print(f"== {key}: {len(errs)} {name} boundary errors (‖ marks the position)")
            for e in errs:
                print(f"  {e['doc'][:7]:<7} {e['type']:<8} @{e['at']:<6} {e['context']!r}")

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"summary": summary, "details": details, "presswork_via": presswork_via()},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"\nfull results: {args.json}")


if __name__ == "__main__":
    main()
