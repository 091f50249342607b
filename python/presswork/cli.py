"""``presswork`` command line: analyse news texts and print or write the tables.

    presswork analyze                      # the bundled sample articles
    presswork analyze article.txt corpus/  # .txt files and folders of them
    presswork analyze data.csv --text-column body -o quotes.csv --what quotes
    cat article.txt | presswork analyze -

Input files: ``.txt`` (one document each), ``.csv``, ``.jsonl``/``.json`` and ``.parquet`` (one
document per row, from ``--text-column``). Output by the extension of ``-o``: ``.csv``,
``.jsonl`` or ``.parquet``; with several tables, one file per table (``out.quotes.csv``).
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

import pandas as pd

from . import __version__
from ._frames import TABLES, tables

DEFAULT_TABLES = ("quotes", "numbers")


def _sample_corpus() -> pd.Series:
    folder = resources.files("presswork") / "data" / "seeds"
    items = sorted((p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.name.endswith(".txt"))
    return pd.Series([t for _, t in items], index=pd.Index([n for n, _ in items], name="doc"), name="text")


def _read_table_file(path: Path, column: str) -> pd.Series:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame = pd.read_csv(path)
    elif suffix in (".jsonl", ".ndjson"):
        frame = pd.read_json(path, lines=True)
    elif suffix == ".json":
        frame = pd.read_json(path)
    elif suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        raise SystemExit(f"presswork: cannot read {path}: expected .txt, .csv, .jsonl, .json or .parquet")
    if column not in frame.columns:
        raise SystemExit(f"presswork: {path} has no column {column!r} (columns: {list(frame.columns)}); use --text-column")
    texts = frame[column]
    texts.index = [f"{path.name}:{i}" for i in frame.index]
    return texts


def _read_inputs(paths: list[str], column: str) -> pd.Series:
    if not paths:
        return _sample_corpus()
    parts: list[pd.Series] = []
    for name in paths:
        if name == "-":
            parts.append(pd.Series([sys.stdin.read()], index=["<stdin>"]))
            continue
        path = Path(name)
        if not path.exists():
            raise SystemExit(f"presswork: no such file or folder: {name}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            parts.append(pd.Series([p.read_text(encoding="utf-8", errors="replace") for p in files], index=[str(p) for p in files], dtype=object))
        elif path.suffix.lower() == ".txt":
            parts.append(pd.Series([path.read_text(encoding="utf-8", errors="replace")], index=[str(path)], dtype=object))
        else:
            parts.append(_read_table_file(path, column))
    texts = pd.concat(parts) if len(parts) > 1 else parts[0]
    texts.index.name = "doc"
    return texts


def _write(frame: pd.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix in (".jsonl", ".ndjson"):
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    elif suffix == ".parquet":
        try:
            frame.to_parquet(path, index=False)
        except ImportError as exc:
            raise SystemExit(f"presswork: writing Parquet needs pyarrow (pip install 'presswork[parquet]'): {exc}") from None
    else:
        raise SystemExit(f"presswork: cannot write {path}: use a .csv, .jsonl or .parquet file name")


def _shorten(value: object, width: int = 60) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print(name: str, frame: pd.DataFrame) -> None:
    print(f"== {name}: {len(frame)} rows ==")
    if name == "quotes" and len(frame):
        view = frame[["doc", "type", "speaker", "cue", "text"]]
    elif name == "numbers" and len(frame):
        view = frame[["doc", "text", "value", "kind", "unit", "noun", "verb"]]
    else:
        view = frame
    if not len(view):
        print("(none)\n")
        return
    cells = [[_cell(v) for v in view[c]] for c in view.columns]
    widths = [max([len(str(c))] + [len(v) for v in col]) for c, col in zip(view.columns, cells)]
    print("  ".join(str(c).ljust(w) for c, w in zip(view.columns, widths)).rstrip())
    for row in zip(*cells):
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    print()


def _cell(value: object) -> str:
    if isinstance(value, float) and value == value:
        return f"{value:.15g}"
    return _shorten(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="presswork", description="Quotes, speakers, numbers, sentences and tokens from English news text.")
    parser.add_argument("--version", action="version", version=f"presswork {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("analyze", help="analyse texts (default: the bundled sample articles)")
    run.add_argument("inputs", nargs="*", help=".txt files, folders, .csv/.jsonl/.parquet files, or - for stdin")
    run.add_argument("-o", "--output", help="write to this .csv, .jsonl or .parquet file instead of printing")
    run.add_argument("--what", default=",".join(DEFAULT_TABLES), help=f"comma-separated tables from {','.join(TABLES)} (default: %(default)s)")
    run.add_argument("--text-column", default="text", help="column holding the text in .csv/.jsonl/.parquet inputs (default: %(default)s)")
    run.add_argument("--threads", type=int, default=None, help="worker threads (default: one per core)")
    args = parser.parse_args(argv)

    which = tuple(w.strip() for w in args.what.split(",") if w.strip())
    unknown = [w for w in which if w not in TABLES]
    if unknown or not which:
        parser.error(f"--what takes tables from {','.join(TABLES)}; got {args.what!r}")
    texts = _read_inputs(args.inputs, args.text_column)
    result = tables(texts, which, threads=args.threads, errors="replace")
    if args.output:
        out = Path(args.output)
        for name, frame in result.items():
            target = out if len(result) == 1 else out.with_name(f"{out.stem}.{name}{out.suffix}")
            _write(frame, target)
            print(f"wrote {len(frame)} {name} rows to {target}", file=sys.stderr)
    else:
        for name, frame in result.items():
            _print(name, frame)
    return 0
