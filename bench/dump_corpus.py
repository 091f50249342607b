"""Writes the texts of the seeds, PolNeAR train/dev and the BBC corpus as one JSON string per
line, the input of `cargo run --release --example dump` (byte-identity checks of refactors).

    python bench/dump_corpus.py /tmp/corpus.jsonl
"""

import csv
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def texts():
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for split in ("train", "dev"):
        with open(SHARED / "gold" / f"polnear_{split}.jsonl", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)["text"]
    csv.field_size_limit(1 << 30)
    for split in ("train", "val"):
        with open(SHARED / "corpus" / "bbc" / f"{split}.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield row["text"]


def main() -> None:
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.writelines(json.dumps(text) + "\n" for text in texts())


if __name__ == "__main__":
    main()
