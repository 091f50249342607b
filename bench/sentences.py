"""Sentence splitters side by side: presswork, pySBD, syntok, nupunkt and spaCy's sentencizer.

    bench/.venv/bin/python bench/sentences.py                      # every tool, every set, MB/s
    bench/.venv/bin/python bench/sentences.py --tools presswork --errors ewt   # presswork's errors
    bench/.venv/bin/python bench/sentences.py --tools presswork --shapes       # text shapes only
    bench/.venv/bin/python bench/sentences.py --token-errors   # UD token differences by class

Sets:
* ``ewt``, ``gum``: the UD English EWT and GUM dev splits (``../shared/gold/sentences/``, never
  copied into the repository). Figure: exact-sentence F1 (a predicted sentence counts when both
  ends, whitespace trimmed, equal a gold sentence's), on the whole split and on its two halves:
  ``even`` = documents 0, 2, 4, ... in file order (used while developing the rules) and ``odd`` =
  documents 1, 3, 5, ... (checked only), so overfitting shows as a gap between the halves.
* ``gr48``: pySBD's 48 English Golden Rules (``bench/data/golden_rules_en.jsonl``), rules passed.
* ``seeds``: the hand-annotated seed articles (``bench/data/seed_sentences.jsonl``), exact F1.

MB/s: each tool splits the EWT and GUM texts (one call per document, as a user would), best of
two runs; presswork's figure is the Rust core's tokenize+split (``examples/bench_core`` on the
same texts, one thread) when the Python bindings are not installed (see the header line).

``--shapes`` re-splits PolNeAR (``../shared/gold/polnear_dev.jsonl``) and BBC validation texts
after changing their shape (hard-wrapped at 72 columns, CRLF, flattened paragraphs, curly
quotes made straight, double quotes as ``latex`` marks, marks HTML-escaped) and prints
the share of documents whose sentences (whitespace-normalised) are identical to the original's;
for the flattened shape, the boundaries after a sentence without final punctuation (headings,
lines ending in a colon, list items) and at either edge of a whole heading line of the
original (a short run of capitalised words, `TWITTER.`) are left out of the comparison, since
flattening erases the line breaks that made them.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from common import DATA, REPO
from golden_rules import golden, load_jsonl, seed_set
from scoring import PRF, exact_spans
from tools import make, presswork_via

GOLD = REPO.parent / "shared" / "gold"
DEFAULT_TOOLS = ["presswork", "pysbd", "syntok", "nupunkt", "spacy-sentencizer"]
UD_SETS = {"ewt": "ud_en_ewt_dev.jsonl", "gum": "ud_en_gum_dev.jsonl"}


def load_ud(name: str) -> list[dict]:
    path = GOLD / "sentences" / UD_SETS[name]
    if not path.is_file():
        raise SystemExit(f"sentence gold not found at {path}")
    return load_jsonl(path)


def score_ud(docs: list[dict], pred: list[list[tuple[int, int]]]) -> dict[str, PRF]:
    """Exact-sentence P/R/F1 over all documents and over the even and odd halves."""
    out = {"all": PRF(), "even": PRF(), "odd": PRF()}
    for i, (d, p) in enumerate(zip(docs, pred)):
        gold = exact_spans(d["text"], [tuple(s) for s in d["sentence_spans"]])
        got = exact_spans(d["text"], p)
        out["all"].add(gold, got)
        out["even" if i % 2 == 0 else "odd"].add(gold, got)
    return out


def ud_errors(docs: list[dict], pred, half: str | None) -> list[str]:
    """presswork's boundary errors on a UD set, one line each (‖ marks the position)."""
    lines = []
    for i, (d, p) in enumerate(zip(docs, pred)):
        if half and (i % 2 == 0) != (half == "even"):
            continue
        t = d["text"]
        gold = {a for a, _ in exact_spans(t, [tuple(s) for s in d["sentence_spans"]])}
        got = {a for a, _ in exact_spans(t, p)}
        for kind, pos in [("missed", x) for x in gold - got] + [("spurious", x) for x in got - gold]:
            ctx = (t[max(0, pos - 70) : pos] + " ‖ " + t[pos : pos + 50]).replace("\n", "⏎")
            lines.append(f"{i:>3} {d.get('genre', '')[:8]:<8} {kind:<8} {ctx}")
    return lines


def token_f1(ud: dict[str, list[dict]]) -> None:
    """UD token F1 (orthographic tokens, exact spans) of presswork's tokenizer and spaCy's, on
    each set: the sentence work must not cost tokenization."""
    import subprocess

    import spacy
    from tools import _rust_example

    nlp = spacy.blank("en")
    exe = _rust_example("sentences_jsonl")
    print("\nUD token F1 (orthographic tokens, exact spans):")
    for name, docs in ud.items():
        inp = "".join(json.dumps(d["text"]) + "\n" for d in docs)
        out = subprocess.run([exe, "--tokens"], input=inp, capture_output=True, text=True, check=True).stdout
        pw, sp = PRF(), PRF()
        for d, line in zip(docs, out.splitlines()):
            gold = {tuple(t) for t in d["tokens"]}
            pw.add(gold, {(a, b) for a, b, _ in json.loads(line)["tokens"]})
            sp.add(
                gold,
                {(t.idx, t.idx + len(t.text)) for t in nlp.tokenizer(d["text"]) if not t.is_space},
            )
        print(f"  {name.upper()}: presswork {pw.f1:.3f}  spaCy blank('en') {sp.f1:.3f}")


def _differences(gold: set, got: set) -> list[tuple[int, int, list]]:
    """Regions where the token spans differ: the missed gold tokens and the spurious predicted
    ones, grouped into runs that overlap, each ``(start, end, [(a, b, "g"|"p"), ...])``."""
    items = sorted([(a, b, "g") for a, b in gold - got] + [(a, b, "p") for a, b in got - gold])
    regions: list = []
    for a, b, who in items:
        if regions and a < regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], b)
            regions[-1][2].append((a, b, who))
        else:
            regions.append([a, b, [(a, b, who)]])
    return regions


def token_class(s: str) -> str:
    """The kind of tokenization difference a region of text shows."""
    if re.search(r"[A-Za-z][\'’][A-Za-z]|[A-Za-z][\'’]$", s):
        return "clitic or possessive (UD keeps don't, Smith's whole)"
    if re.fullmatch(r"[^\W\d_]+(?:[-‐][^\W\d_]+)+", s):
        return "hyphen: letters-letters"
    if re.search(r"\d", s) and re.search(r"[-–]", s):
        return "hyphen: with digits"
    if re.fullmatch(r"\w+-", s):
        return "hyphen: cut-off word (af-)"
    if re.search(r"[-–]", s):
        return "hyphen: other"
    if re.search(r"https?:|www\.|@", s):
        return "url, e-mail"
    if "/" in s:
        return "slash"
    if "." in s:
        return "period (abbreviation, file name)"
    if re.fullmatch(r"[\W_]+", s):
        return "punctuation run, emoticon"
    return "other (run-together words, symbols)"


def token_errors(ud: dict[str, list[dict]]) -> None:
    """UD token differences of presswork and spaCy by class: missed gold tokens + spurious ones."""
    import subprocess
    from collections import Counter

    import spacy
    from tools import _rust_example

    nlp = spacy.blank("en")
    exe = _rust_example("sentences_jsonl")
    for name, docs in ud.items():
        inp = "".join(json.dumps(d["text"]) + "\n" for d in docs)
        out = subprocess.run([exe, "--tokens"], input=inp, capture_output=True, text=True, check=True).stdout
        counts = {"presswork": Counter(), "spaCy": Counter()}
        for d, line in zip(docs, out.splitlines()):
            t, gold = d["text"], {tuple(x) for x in d["tokens"]}
            preds = {
                "presswork": {(a, b) for a, b, _ in json.loads(line)["tokens"]},
                "spaCy": {(x.idx, x.idx + len(x.text)) for x in nlp.tokenizer(t) if not x.is_space},
            }
            for tool, got in preds.items():
                for a, b, parts in _differences(gold, got):
                    counts[tool][token_class(t[a:b])] += len(parts)
        print(f"\nUD token errors on {name.upper()} (missed + spurious tokens), by class:")
        print(f"  {'class':<52} {'presswork':>9} {'spaCy':>6}")
        classes = sorted(
            set(counts["presswork"]) | set(counts["spaCy"]), key=lambda k: -counts["presswork"][k]
        )
        for k in classes:
            print(f"  {k:<52} {counts['presswork'][k]:>9} {counts['spaCy'][k]:>6}")
        print(f"  {'total':<52} {sum(counts['presswork'].values()):>9} {sum(counts['spaCy'].values()):>6}")


def seeds_f1(tool) -> PRF:
    texts, gold, _ = seed_set(load_jsonl(DATA / "seed_sentences.jsonl"))
    docs = sorted(texts)
    pred = dict(zip(docs, tool.spans_batch([texts[d] for d in docs])))
    prf = PRF()
    for d in docs:
        prf.add(exact_spans(texts[d], gold[d]), exact_spans(texts[d], pred[d]))
    return prf


def throughput(tool, texts: list[str]) -> float:
    """MB/s (10^6 UTF-8 bytes) splitting ``texts`` one document per call, best of two runs."""
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        tool.spans_batch(texts)
        best = min(best, time.perf_counter() - t0)
    return nbytes / best / 1e6


def rust_core_mbps(texts: list[str]) -> float | None:
    """Tokenize+split MB/s of the Rust core (``examples/bench_core``, one thread, best of 3) on
    ``texts`` with their line breaks made spaces (bench_core reads one document per line),
    repeated to about 5 MB."""
    import subprocess

    exe = REPO / "target" / "release" / "examples" / "bench_core"
    if not exe.is_file():
        return None
    flat = [" ".join(t.split()) for t in texts]
    reps = max(1, int(5e6 // max(1, sum(len(t.encode()) for t in flat))))
    path = common.OUT / "sentences_speed_corpus.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(flat * reps) + "\n", encoding="utf-8")
    out = subprocess.run(
        [str(exe), str(path), "--repeat", "3", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    ).stdout
    rows = json.loads(out)["results"]
    return next(r["mb_per_s"] for r in rows if r["task"] == "tokenize+split" and r["threads"] == 1)


# ------------------------------------------------------------------------------ text shapes


def hard_wrap(text: str, width: int = 72) -> str:
    """Every paragraph line wrapped at ``width`` columns (single newlines inside paragraphs)."""
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip() else line
        for line in text.split("\n")
    )


def flatten(text: str) -> str:
    """Paragraph breaks and line breaks become one space (a flattened article)."""
    return re.sub(r"\s*\n\s*", " ", text)


SHAPES = {
    "wrapped72": hard_wrap,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "flattened": flatten,
    "straight": lambda t: re.sub("[“”„]", '"', re.sub("[‘’‚]", "'", t)),
    "latex": lambda t: t.replace("“", "``").replace("”", "''"),
    "html": lambda t: (
        t.replace('"', "&quot;").replace("'", "&#39;").replace("“", "&ldquo;").replace("”", "&rdquo;")
    ),
}


def fold_marks(sentence: str) -> str:
    """A sentence without its quotation marks and apostrophes (in any spelling: curly,
    straight, ``latex``, HTML references), so that the straight, ``latex`` and ``html`` shapes
    compare with the original on their boundaries only."""
    for ref in ("&quot;", "&#39;", "&ldquo;", "&rdquo;"):
        sentence = sentence.replace(ref, "")
    return re.sub("[\"'`“”„‘’‚]", "", sentence)


def shape_texts(limit: int) -> dict[str, list[str]]:
    """Texts for the shape checks: PolNeAR dev articles and BBC validation articles. BBC rows
    are one line each; they are given paragraphs at sentence-final periods followed by
    two spaces when present, else used as they are."""
    out: dict[str, list[str]] = {}
    polnear = GOLD / "polnear_dev.jsonl"
    if polnear.is_file():
        rows = load_jsonl(polnear)
        out["polnear"] = [r["text"] for r in rows if r.get("text")][:limit]
    try:
        d = common.bbc_dir()
        with open(d / "val.csv", newline="", encoding="utf-8") as f:
            out["bbc"] = [r["text"] for r in csv.DictReader(f) if r["text"]][:limit]
    except SystemExit:
        pass
    return out


def norm_sentences(text: str, spans) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in spans if text[a:b].strip()]


FINAL = re.compile(r"[.?!…][\"'”’)\]]*$")


FUNCTION_WORDS = {
    line.split()[0]
    for line in (REPO / "data" / "lexicons" / "function_words.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
MAX_HEADING_LINE_WORDS = 10


def heading_line(sentence: str) -> bool:
    """A line that reads as a heading: 1 to 10 words, a letter among them, each word
    capitalised, a number, a function word or marks only (`TWITTER.`, `Bush: Survive to S.C.`),
    as `examples/common/headings.rs` defines it."""
    words = sentence.split()

    def word_ok(w: str) -> bool:
        core = w.strip("".join(c for c in w if not c.isalnum()))
        return not core or core[0].isupper() or core[0].isdigit() or core in FUNCTION_WORDS

    return (
        1 <= len(words) <= MAX_HEADING_LINE_WORDS
        and any(c.isalpha() for c in sentence)
        and all(word_ok(w) for w in words)
    )


def heading_lines(text: str) -> list[str]:
    """The whole lines of `text` that read as headings, without their whitespace."""
    lines = ("".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line and heading_line(line)]


def boundaries(sentences: list[str]) -> set[int]:
    """Where each sentence after the first starts, counted in non-space characters."""
    out, at = set(), 0
    for s in sentences[:-1]:
        at += len("".join(s.split()))
        out.add(at)
    return out


def admitted(sentences: list[str], headings: list[str]) -> set[int]:
    """The boundaries flattening may move: after a sentence without final punctuation (a
    heading, a line ending in a colon, a list item), and at either edge of one of the
    original's whole heading lines (`heading_lines`), as `examples/common/headings.rs`, the
    Rust shape bench's one definition, admits them."""
    out, at = set(), 0
    for s in sentences:
        at += len("".join(s.split()))
        if not FINAL.search(s):
            out.add(at)
    flat = "".join("".join(s.split()) for s in sentences)
    for line in headings:
        k = flat.find(line)
        while k >= 0:
            out.update((k, k + len(line)))
            k = flat.find(line, k + 1)
    return out


def same_but_headings(a: list[str], b: list[str], headings: list[str]) -> bool:
    """Do two sentence lists of one text agree on every boundary flattening may not move?"""
    free = admitted(a, headings) | admitted(b, headings)
    return boundaries(a) - free == boundaries(b) - free


def shape_report(tool, limit: int) -> None:
    print(
        f"\nText shapes ({tool.name}): documents whose sentences (whitespace-normalised) equal the original's"
    )
    for corpus, texts in shape_texts(limit).items():
        base = [norm_sentences(t, s) for t, s in zip(texts, tool.spans_batch(texts))]
        cells = []
        for shape, fn in SHAPES.items():
            shaped = [fn(t) for t in texts]
            got = [norm_sentences(t, s) for t, s in zip(shaped, tool.spans_batch(shaped))]
            if shape == "flattened":
                same = sum(
                    same_but_headings(a, b, h) for a, b, h in zip(base, got, map(heading_lines, texts))
                )
            elif shape in ("straight", "latex", "html"):
                fold = lambda ss: [fold_marks(x) for x in ss]
                same = sum(fold(a) == fold(b) for a, b in zip(base, got))
            else:
                same = sum(a == b for a, b in zip(base, got))
            cells.append(f"{shape} {same}/{len(texts)}")
        print(f"  {corpus:<8} " + "  ".join(cells))


# -------------------------------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tools", default=",".join(DEFAULT_TOOLS))
    ap.add_argument(
        "--errors",
        choices=sorted(UD_SETS),
        help="print presswork's boundary errors on this set",
    )
    ap.add_argument("--half", choices=["even", "odd"], help="with --errors: only this half")
    ap.add_argument("--shapes", action="store_true", help="only the text-shape agreement")
    ap.add_argument("--shape-docs", type=int, default=200, help="documents per corpus for --shapes")
    ap.add_argument("--no-speed", action="store_true", help="skip the MB/s runs")
    ap.add_argument(
        "--token-errors",
        action="store_true",
        help="only the UD token differences of presswork and spaCy, by class",
    )
    args = ap.parse_args(argv)
    keys = [k.strip() for k in args.tools.split(",") if k.strip()]
    print(f"presswork via: {presswork_via()}")

    if args.shapes:
        shape_report(make("sentences", "presswork"), args.shape_docs)
        return
    ud = {name: load_ud(name) for name in UD_SETS}
    if args.token_errors:
        token_f1(ud)
        token_errors(ud)
        return
    rules = load_jsonl(DATA / "golden_rules_en.jsonl")
    speed_texts = [d["text"] for docs in ud.values() for d in docs]

    hdr = (
        f"{'tool':<28} | {'EWT all':>7} {'even':>5} {'odd':>5} | {'GUM all':>7} {'even':>5} {'odd':>5}"
        f" | {'GR-48':>5} | {'seeds':>5} | {'MB/s':>6}"
    )
    rows = []
    for key in keys:
        tool = make("sentences", key)
        row = f"{tool.name[:28]:<28} |"
        for name, docs in ud.items():
            pred = tool.spans_batch([d["text"] for d in docs])
            s = score_ud(docs, pred)
            row += f" {s['all'].f1:>7.3f} {s['even'].f1:>5.3f} {s['odd'].f1:>5.3f} |"
            if key == "presswork" and args.errors == name:
                print("\n".join(ud_errors(docs, pred, args.half)))
        gr = golden(tool, rules)
        row += f" {sum(r['pass'] for r in gr if r['suite'] == 'pysbd'):>5} |"
        row += f" {seeds_f1(tool).f1:>5.3f} |"
        if not args.no_speed:
            mbps = rust_core_mbps(speed_texts) if key == "presswork" and tool.pw is None else None
            row += f" {mbps or throughput(tool, speed_texts):>6.2f}"
        rows.append(row)
    print(hdr)
    print("-" * len(hdr))
    print("\n".join(rows))
    print(
        "\nEWT/GUM: exact-sentence F1 on the dev split; even/odd: documents 0,2,4,.. (developed on) / 1,3,5,.. (checked)."
    )
    print(
        "GR-48: pySBD's English Golden Rules passed (of 48); seeds: exact-sentence F1 on the seed articles."
    )
    if "presswork" in keys and "spacy-sentencizer" in keys:
        token_f1(ud)
    if "presswork" in keys:
        shape_report(make("sentences", "presswork"), args.shape_docs)


if __name__ == "__main__":
    main()
