"""Shared pieces of the benchmark harness: paths, the BBC corpus, the benchmark corpus file.

The BBC CSVs are never copied into the repository. They are read from
``<repo>/../shared/corpus/bbc/`` (the layout of a developer checkout and of CI), or from the
directory named by ``$PRESSWORK_BBC_DIR`` / the ``--bbc-dir`` flag of the scripts.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"  # gitignored: corpus files, trained Punkt model, JSON results
DATA = BENCH / "data"

csv.field_size_limit(sys.maxsize)


def bbc_dir(override: str | os.PathLike | None = None) -> Path:
    d = override or os.environ.get("PRESSWORK_BBC_DIR") or (REPO.parent / "shared" / "corpus" / "bbc")
    d = Path(d)
    if not (d / "train.csv").is_file():
        raise SystemExit(
            f"BBC corpus not found at {d} (expected train.csv, val.csv); "
            "set PRESSWORK_BBC_DIR or pass --bbc-dir"
        )
    return d


def read_bbc(override=None, splits=("train", "val")) -> list[str]:
    """The article texts of the given splits, in file order."""
    d = bbc_dir(override)
    docs: list[str] = []
    for split in splits:
        path = d / f"{split}.csv"
        if not path.is_file():
            continue
        with open(path, newline="", encoding="utf-8") as f:
            docs.extend(row["text"] for row in csv.DictReader(f) if row["text"])
    return docs


def build_corpus(target_mb: float, override=None) -> Path:
    """Write (once) a corpus of at least ``target_mb`` MB (10^6 bytes of UTF-8) made of the BBC
    train+val articles repeated in order, one article per line, and return its path."""
    docs = [d.replace("\r", " ").replace("\n", " ") for d in read_bbc(override)]
    one = sum(len(d.encode("utf-8")) for d in docs)
    target = int(target_mb * 1e6)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"corpus_{target_mb:g}mb.txt"
    if path.is_file() and path.stat().st_size >= target:
        return path
    tmp = path.with_suffix(".tmp")
    written = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        while written < target:
            for d in docs:
                f.write(d)
                f.write("\n")
                written += len(d.encode("utf-8"))
                if written >= target:
                    break
    tmp.replace(path)
    print(
        f"corpus: {path} ({written / 1e6:.1f} MB of text; one BBC copy is {one / 1e6:.2f} MB)",
        file=sys.stderr,
    )
    return path


def read_corpus(path: str | os.PathLike, limit_bytes: int | None = None) -> list[str]:
    """Documents of a corpus file (one per line), stopping once ``limit_bytes`` of text are read."""
    docs: list[str] = []
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            docs.append(line)
            n += len(line.encode("utf-8"))
            if limit_bytes is not None and n >= limit_bytes:
                break
    return docs


def utf8_bytes(docs) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)
