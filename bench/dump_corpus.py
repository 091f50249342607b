"""Writes the texts of the seeds, PolNeAR train/dev and the BBC corpus as one JSON string per
line, the input of `cargo run --release --example dump` (byte-identity checks of refactors),
and prints the groups of documents for `examples/shapes --groups` (per-corpus shape figures).

    python bench/dump_corpus.py /tmp/corpus.jsonl
    cargo run --release --example shapes -- /tmp/corpus.jsonl --groups "$(python bench/dump_corpus.py --groups)"
"""

import csv
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def groups():
    """(name, texts) in file order."""
    yield (
        "seeds",
        [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))],
    )
    for split in ("train", "dev"):
        with open(SHARED / "gold" / f"polnear_{split}.jsonl", encoding="utf-8") as f:
            yield f"polnear_{split}", [json.loads(line)["text"] for line in f]
    csv.field_size_limit(1 << 30)
    for split in ("train", "val"):
        with open(SHARED / "corpus" / "bbc" / f"{split}.csv", encoding="utf-8", newline="") as f:
            yield f"bbc_{split}", [row["text"] for row in csv.DictReader(f)]


def texts():
    for _, group in groups():
        yield from group


def main() -> None:
    if sys.argv[1] == "--groups":
        print(",".join(f"{name}:{len(group)}" for name, group in groups()))
        return
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.writelines(json.dumps(text) + "\n" for text in texts())


if __name__ == "__main__":
    main()
