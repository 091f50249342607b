"""Across articles at scale, and a hand-check sample of PolNeAR clusters.

    python bench/across.py scale [--rows 250000 500000 1000000] [--threads 1 2]
    python bench/across.py sample [--seed 19 --n 200 --split train|dev]
    python bench/across.py facts [--seed 19 --n 30 --split train|dev] [--without-texts] [--window DAYS]

``scale``: the quotations presswork finds in the BBC corpus and PolNeAR train+dev (read
from ../shared, never copied) are replicated with perturbations until there are N rows —
each copy gets other marks (straight/curly/HTML-escaped), other case, British/American
spelling, or is cut to a contiguous run of its words, and a new document label — then
``pw.match_quotes`` and ``pw.quote_clusters`` run on them in a fresh process per size and
thread count (``--threads``, default 1: ``pw.set_threads``; the verify step of the matcher
runs on that many threads), which prints the wall and CPU time (CPU time is the
one-core figure on a shared machine) and its peak RSS.

``sample``: ``pw.quotes`` on PolNeAR train (or dev), ``pw.match_quotes``, then a fixed-seed sample of
clusters that span two or more documents (all of them when there are fewer), written to
bench/out/across_sample_<split>.txt (gitignored: it holds corpus text) for reading by hand.

``facts``: ``pw.numbers`` and ``pw.match_numbers(..., texts=...)`` (each figure anchored to
the name it is about; ``--without-texts``: noun and verb only) on PolNeAR, then a fixed-seed
sample of the facts that span two or more documents, with each figure in context, written to
bench/out/across_facts_<split>[_without_texts][_dates<DAYS>]_seed<SEED>.txt. ``--window DAYS``
also passes ``dates=`` (the publication date each PolNeAR id carries) with that
``window_days``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time

import pandas as pd

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import presswork as pw
from common import OUT, REPO, read_bbc
from presswork import _across

GOLD = REPO.parent / "shared" / "gold"
SPELLINGS = [
    ("honour", "honor"),
    ("centre", "center"),
    ("organise", "organize"),
    ("labour", "labor"),
    ("defence", "defense"),
]


def polnear(split: str) -> dict[str, str]:
    with open(GOLD / f"polnear_{split}.jsonl", encoding="utf-8") as f:
        return {r["id"]: r["text"] for r in map(json.loads, f)}


def base_quotes() -> pd.DataFrame:
    texts = pd.Series({f"bbc-{i}": t for i, t in enumerate(read_bbc())})
    texts = pd.concat([texts, pd.Series(polnear("train")), pd.Series(polnear("dev"))])
    return pw.quotes(texts)[["doc", "text", "speaker"]]


def perturb(text: str, rng: random.Random) -> str:
    choice = rng.randrange(6)
    if choice == 0:
        return f"“{text}”"
    if choice == 1:
        return text.upper() if rng.random() < 0.3 else text.lower()
    if choice == 2:
        for uk, us in SPELLINGS:
            text = text.replace(us, uk) if rng.random() < 0.5 else text.replace(uk, us)
        return text.replace("'", "’")
    if choice == 3:
        return text.replace("’", "&#8217;").replace("'", "&#39;")
    if choice == 4:
        words = text.split()
        if len(words) > 8:
            start = rng.randrange(len(words) - 6)
            return " ".join(words[start : start + rng.randint(5, len(words) - start)])
    return text


def replicated(base: pd.DataFrame, rows: int, seed: int = 19) -> pd.DataFrame:
    rng = random.Random(seed)
    texts = base["text"].tolist()
    speakers = base["speaker"].astype(object).tolist()
    picks = [rng.randrange(len(texts)) for _ in range(rows)]
    return pd.DataFrame(
        {
            "doc": [f"d{i // 12}" for i in range(rows)],
            "text": [perturb(texts[p], rng) for p in picks],
            "speaker": [speakers[p] for p in picks],
        }
    )


def one_size(rows: int, threads: int = 1) -> None:
    pw.set_threads(threads)
    frame = replicated(base_quotes(), rows)
    start, cpu = time.perf_counter(), time.process_time()
    matched = pw.match_quotes(frame)
    matched_s, matched_cpu = time.perf_counter() - start, time.process_time() - cpu
    clusters = pw.quote_clusters(matched)
    total_s, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "rows": rows,
                "threads": threads,
                "match_quotes_s": round(matched_s, 2),
                "match_quotes_cpu_s": round(matched_cpu, 2),
                "with_quote_clusters_s": round(total_s, 2),
                "with_quote_clusters_cpu_s": round(total_cpu, 2),
                "clusters": len(clusters),
                "multi_doc_clusters": int((clusters["n_docs"] > 1).sum()),
                "peak_rss_mb": round(rss_mb),
            }
        ),
        flush=True,
    )


def scale(sizes: list[int], threads: list[int]) -> None:
    base = base_quotes()
    print(f"{len(base)} base quotations from the BBC corpus and PolNeAR train+dev", flush=True)
    for rows in sizes:
        for n in threads:
            subprocess.run([sys.executable, __file__, "_one", str(rows), str(n)], check=True)


def sample(seed: int, n: int, split: str) -> None:
    texts = pd.Series(polnear(split))
    matched = pw.match_speakers(pw.match_quotes(pw.quotes(texts)))
    clusters = pw.quote_clusters(matched)
    multi = clusters[clusters["n_docs"] > 1]
    print(
        f"PolNeAR {split}: {len(matched)} quotations, {len(clusters)} clusters, {len(multi)} across documents"
    )
    chosen = multi.sample(n=min(n, len(multi)), random_state=seed).sort_values("quote_id")
    OUT.mkdir(exist_ok=True)
    path = OUT / f"across_sample_{split}.txt"
    with open(path, "w", encoding="utf-8") as out:
        for number, row in enumerate(chosen.itertuples(), 1):
            members = matched[matched["quote_id"] == row.quote_id]
            out.write(f"\n#{number} {row.quote_id} docs={row.n_docs} rows={row.n_rows}\n")
            for m in members.itertuples():
                cut = "" if pd.isna(m.cut_start) else f" [cut {m.cut_start}:{m.cut_end}]"
                out.write(
                    f"  {m.doc.split('-', 2)[-1][:46]} | {m.type} | {m.speaker_name} | {m.text[:200]!r}{cut}\n"
                )
    print(f"wrote {path}")


def doc_dates(labels: pd.Index) -> dict[str, str]:
    """The publication date PolNeAR writes in each document's id (`outlet_YYYY-MM-DD_slug`)."""
    found = {label: re.search(r"_(\d{4}-\d{2}-\d{2})_", label) for label in labels}
    return {label: m.group(1) for label, m in found.items() if m}


def facts(seed: int, n: int, split: str, with_texts: bool, window: int | None) -> None:
    if split == "bbc":
        texts = pd.Series({f"bbc-{i}": t for i, t in enumerate(read_bbc())})
    else:
        texts = pd.Series(polnear(split))
    numbers = pw.numbers(texts)
    dates = None if window is None else doc_dates(texts.index)
    matched = pw.match_numbers(
        numbers, texts=texts if with_texts else None, dates=dates, window_days=window or 0
    )
    # The anchor each figure was keyed by, shown for the hand check.
    matched["anchor"] = _across._anchors(numbers, texts) if with_texts else None
    with_fact = matched.dropna(subset=["fact_id"])
    docs = with_fact.groupby("fact_id")["doc"].nunique()
    multi = docs[docs > 1].index
    print(
        f"{split}: {len(matched)} figures, {len(with_fact)} with a fact_id, "
        f"{docs.size} facts, {len(multi)} across documents, "
        f"{int(with_fact[with_fact['fact_id'].isin(multi)]['disagrees'].sum())} of their rows disagree"
    )
    chosen = pd.Series(sorted(multi)).sample(n=min(n, len(multi)), random_state=seed).sort_values()
    OUT.mkdir(exist_ok=True)
    dated = "" if window is None else f"_dates{window}"
    path = OUT / f"across_facts_{split}{'' if with_texts else '_without_texts'}{dated}_seed{seed}.txt"
    with open(path, "w", encoding="utf-8") as out:
        for number, fact in enumerate(chosen, 1):
            rows = with_fact[with_fact["fact_id"] == fact]
            first = rows.iloc[0]
            out.write(f"\n#{number} {fact} {first.kind} {first.unit} {first.noun} {first.verb}\n")
            for r in rows.itertuples():
                context = texts[r.doc][max(0, r.start - 80) : r.end + 40].replace("\n", " ")
                out.write(
                    f"  {r.doc.split('-', 2)[-1][:40]} | {r.value} | {r.anchor} | disagrees={r.disagrees} | {context}\n"
                )
    print(f"wrote {path}")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "_one":
        one_size(int(sys.argv[2]), int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("scale")
    s.add_argument("--rows", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    s.add_argument("--threads", type=int, nargs="+", default=[1], help="batch threads (pw.set_threads)")
    p = sub.add_parser("sample")
    p.add_argument("--seed", type=int, default=19)
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--split", choices=["train", "dev"], default="train")
    f = sub.add_parser("facts")
    f.add_argument("--seed", type=int, default=19)
    f.add_argument("--n", type=int, default=30)
    f.add_argument(
        "--split",
        choices=["train", "dev", "bbc"],
        default="train",
        help="PolNeAR train or dev, or the BBC corpus (train + val; no dates)",
    )
    f.add_argument("--without-texts", action="store_true", help="key by noun and verb only (no anchors)")
    f.add_argument(
        "--window",
        type=int,
        default=None,
        help="pass dates= (read from the PolNeAR ids) with this window_days",
    )
    args = parser.parse_args()
    if args.command == "scale":
        scale(args.rows, args.threads)
    elif args.command == "facts":
        facts(args.seed, args.n, args.split, not args.without_texts, args.window)
    else:
        sample(args.seed, args.n, args.split)


if __name__ == "__main__":
    main()
