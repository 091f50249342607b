"""``presswork`` command line: analyse news texts and print, summarise or write the tables.

Behaves like a Unix tool: quiet when the reader of a pipe goes away (``| head``), one-line
errors with a non-zero exit (a traceback only with ``--debug``), and files written whole or
not at all (each goes to a temporary file beside the target, renamed once complete).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from . import __version__
from ._frames import DOCS_URL, TABLES, tables

DEFAULT_TABLES = ("quotes", "numbers")
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
TABLE_FILES = (".csv", ".jsonl", ".ndjson", ".json", ".parquet")

EXAMPLES = f"""\
examples:
  presswork analyze                                  the bundled sample articles
  presswork analyze article.txt corpus/              .txt files and folders of them
  presswork analyze data.csv --text-column body --title-column headline
  cat article.txt | presswork analyze -              a text on stdin
  presswork analyze corpus/ --summary                counts, top speakers, largest figures
  presswork analyze corpus/ --what quotes | head     the first rows only (quiet on a closed pipe)
  presswork analyze corpus/ --what quotes -o quotes.csv          one table, one file
  presswork analyze corpus/ --what quotes,numbers -o out/        one file per table: out/quotes.csv, out/numbers.csv
  presswork analyze data.parquet -o out/ --format parquet

Output files are .csv, .jsonl or .parquet (Parquet needs pyarrow). Integers stay integers;
a missing value is an empty CSV cell or JSON null. The columns are described at
{DOCS_URL}columns/
"""


class CliError(Exception):
    """An error reported as one line on stderr, with exit status 1."""


# --- Reading -------------------------------------------------------------------------------


def _sample_corpus() -> pd.Series:
    folder = resources.files("presswork") / "data" / "seeds"
    items = sorted(
        (p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.name.endswith(".txt")
    )
    return pd.Series([t for _, t in items], index=[Path(n).stem for n, _ in items], name="text", dtype=object)


def _decode(data: bytes, name: str) -> str:
    """Text of a file or of stdin, decoded the same way: UTF-8, bad bytes as U+FFFD."""
    if b"\x00" in data[:8192]:
        raise CliError(f"{name} looks like a binary file (it holds NUL bytes); expected text")
    return data.decode("utf-8", errors="replace")


def _read_table_file(path: Path, column: str, title_column: str | None) -> pd.Series:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path)
        elif suffix in (".jsonl", ".ndjson"):
            frame = pd.read_json(path, lines=True)
        elif suffix == ".json":
            frame = pd.read_json(path)
        else:
            frame = pd.read_parquet(path)
    except ImportError as exc:
        raise CliError(f"reading {path} needs pyarrow (pip install pyarrow): {exc}") from None
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {path} as {suffix[1:]}: {_first_line(exc)}") from None
    for wanted, option in ((column, "--text-column"), (title_column, "--title-column")):
        if wanted is not None and wanted not in frame.columns:
            raise CliError(
                f"{path} has no column {wanted!r} (columns: {', '.join(map(str, frame.columns))}); choose one with {option}"
            )
    texts = frame[column]
    # Only an object column can hold non-text values; a string column (Arrow-backed from
    # Parquet) is passed on as it is, without converting each value to a Python str: a value
    # with invalid UTF-8 could not be converted, and presswork reads it with errors="replace".
    is_object = texts.dtype == object
    bad = (
        texts.map(lambda v: v is not None and not isinstance(v, str) and not pd.isna(v))
        if is_object
        else None
    )
    if bad is not None and bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise CliError(
            f"{path}: column {column!r} holds {type(texts.iloc[row]).__name__} values (row {row}), not text"
        )
    if title_column is not None:
        texts.index = frame[title_column].astype(str).tolist()
    else:
        texts.index = [f"{path.stem}:{i}" for i in range(len(frame))]
    return texts


def _read_text_files(files: list[Path]) -> pd.Series:
    return pd.Series(
        [_decode(p.read_bytes(), str(p)) for p in files], index=[str(p) for p in files], dtype=object
    )


def _readable_names(index: list[str]) -> list[str]:
    """File stems as document names, the path where two files share a stem."""
    stems = [Path(name).stem if Path(name).suffix.lower() == ".txt" else name for name in index]
    counts = pd.Series(stems).value_counts()
    return [stem if counts[stem] == 1 else name for stem, name in zip(stems, index)]


def _read_inputs(paths: list[str], column: str, title_column: str | None) -> pd.Series:
    if not paths:
        return _sample_corpus()
    parts: list[pd.Series] = []
    for name in paths:
        if name == "-":
            parts.append(
                pd.Series([_decode(sys.stdin.buffer.read(), "stdin")], index=["stdin"], dtype=object)
            )
            continue
        path = Path(name)
        if not path.exists():
            raise CliError(f"no such file or folder: {name}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise CliError(f"{name} holds no .txt files")
            parts.append(_read_text_files(files))
        elif path.suffix.lower() in TABLE_FILES:
            parts.append(_read_table_file(path, column, title_column))
        else:  # any other file is one text
            parts.append(_read_text_files([path]))
    texts = pd.concat(parts) if len(parts) > 1 else parts[0]
    texts.index = pd.Index(_readable_names([str(i) for i in texts.index]), name="doc")
    return texts


# --- Writing -------------------------------------------------------------------------------


@contextmanager
def _atomic(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed onto it only when the block succeeds."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _write_frame(frame: pd.DataFrame, path: Path, fmt: str, target: Path) -> None:
    try:
        if fmt == "csv":
            frame.to_csv(path, index=False)
        elif fmt == "jsonl":
            frame.to_json(path, orient="records", lines=True, force_ascii=False)
        else:
            frame.to_parquet(path, index=False)
    except ImportError as exc:
        raise CliError(f"writing Parquet needs pyarrow (pip install pyarrow): {_first_line(exc)}") from None
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None


def _targets(output: str, names: tuple[str, ...], fmt: str | None) -> dict[str, tuple[Path, str]]:
    """Where each table goes: ``-o file`` for one table, ``-o folder/`` for any number."""
    out = Path(output)
    as_folder = output.endswith(("/", os.sep)) or out.is_dir() or not out.suffix
    if not as_folder:
        chosen = fmt or FORMATS.get(out.suffix.lower())
        if chosen is None:
            raise CliError(
                f"cannot tell the format of {output}: name a .csv, .jsonl or .parquet file, or a folder with --format"
            )
        if len(names) > 1:
            raise CliError(
                f"-o {output} names one file but {len(names)} tables were asked for ({','.join(names)}); pass a folder (-o out/) to get one file per table, or one table with --what"
            )
        return {names[0]: (out, chosen)}
    chosen = fmt or "csv"
    suffix = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}[chosen]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create folder {output}: {exc.strerror or exc}") from None
    return {name: (out / f"{name}{suffix}", chosen) for name in names}


def _default_file_mode() -> int:
    """The mode ``open()`` would give a new file: 0666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _write_all(result: dict[str, pd.DataFrame], targets: dict[str, tuple[Path, str]]) -> None:
    """Writes every table to a temporary file, then renames them all: all or nothing."""
    written: list[tuple[Path, Path]] = []
    try:
        for name, (target, fmt) in targets.items():
            with _atomic(target) as temp:
                _write_frame(result[name], temp, fmt, target)
            written.append((temp, target))
        mode = _default_file_mode()
        for temp, target in written:
            os.chmod(temp, mode)  # mkstemp makes 0600 files; give the usual umask-based mode
            os.replace(temp, target)
    except BaseException:
        for temp, _ in written:
            temp.unlink(missing_ok=True)
        raise
    for name, (target, _) in targets.items():
        print(f"presswork: wrote {_rows(len(result[name]))} of {name} to {target}", file=sys.stderr)


# --- Printing ------------------------------------------------------------------------------

#: The columns printed for each table; the last one is printed whole.
VIEWS = {
    "tokens": ["doc", "start", "end", "kind", "sentence", "text"],
    "sentences": ["doc", "start", "end", "text"],
    "quotes": ["doc", "type", "speaker", "cue", "text"],
    "numbers": ["doc", "value", "kind", "unit", "noun", "verb", "text"],
}


def _cell(value: Any, width: int | None) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = f"{value:.15g}" if isinstance(value, float) else " ".join(str(value).split())
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _print_rows(name: str, frame: pd.DataFrame, limit: int | None) -> None:
    shown = frame if limit is None else frame.head(limit)
    more = f", showing {len(shown)} (--limit)" if len(shown) < len(frame) else ""
    print(f"== {name}: {_rows(len(frame))}{more} ==")
    if not len(shown):
        print("(none)\n")
        return
    columns = VIEWS[name]
    cells = [[_cell(v, None if c == columns[-1] else 30) for v in shown[c]] for c in columns]
    widths = [max([len(c)] + [len(v) for v in col]) for c, col in zip(columns, cells)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in zip(*cells):
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    print()


def _print_summary(texts: pd.Series, result: dict[str, pd.DataFrame], top: int) -> None:
    print(f"== summary: {len(texts)} documents, {int(texts.str.len().sum())} characters ==")
    for name, frame in result.items():
        print(f"{name}: {_rows(len(frame))}")
    quotes = result.get("quotes")
    if quotes is not None and len(quotes):
        types = quotes["type"].value_counts()
        print("quote types: " + ", ".join(f"{t} {n}" for t, n in types.items() if n))
        speakers = quotes["speaker"].dropna().value_counts().head(top)
        print(f"\ntop speakers ({quotes['speaker'].notna().sum()} attributed quotes):")
        for speaker, n in speakers.items():
            print(f"  {n:>5}  {speaker}")
    numbers = result.get("numbers")
    if numbers is not None and len(numbers):
        kinds = numbers["kind"].value_counts()
        print("\nfigure kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.items() if n))
        for kind in ("money", "cardinal", "percent"):
            largest = numbers[numbers["kind"] == kind].nlargest(top if kind == "money" else 3, "value")
            if len(largest):
                print(f"\nlargest {kind} figures:")
                for row in largest.itertuples():
                    unit = f" {row.unit}" if isinstance(row.unit, str) else ""
                    print(f"  {row.value:>16,.15g}{unit}  {_cell(row.text, 40)}  ({row.doc})")


# --- Main ----------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presswork",
        description=f"Quotes, speakers, figures, sentences and tokens from English news text. Documentation: {DOCS_URL}",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"presswork {__version__}")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser(
        "analyze",
        help="analyse texts (default: the bundled sample articles)",
        description="Analyse texts and print the tables (or a summary), or write them to files.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "inputs",
        nargs="*",
        help="text files, folders of .txt files, .csv/.jsonl/.parquet tables, or - for stdin",
    )
    run.add_argument(
        "--what",
        default=",".join(DEFAULT_TABLES),
        help=f"comma-separated tables from {','.join(TABLES)} (default: %(default)s)",
    )
    run.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write instead of printing: a .csv/.jsonl/.parquet file for one table, or a folder (out/) for one file per table",
    )
    run.add_argument(
        "--format",
        choices=["csv", "jsonl", "parquet"],
        help="file format for a folder output (default: csv) or to override the file name's",
    )
    run.add_argument("--limit", type=int, metavar="N", help="at most N rows per table (printed or written)")
    run.add_argument(
        "--summary",
        action="store_true",
        help="print counts per table, the top speakers and the largest figures instead of the rows",
    )
    run.add_argument(
        "--text-column", default="text", help="column holding the text in table inputs (default: %(default)s)"
    )
    run.add_argument(
        "--title-column",
        help="column naming each document in table inputs (default: file stem and row number)",
    )
    run.add_argument("--threads", type=int, default=None, help="worker threads (default: one per core)")
    run.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    return parser


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    which = tuple(dict.fromkeys(w.strip() for w in args.what.split(",") if w.strip()))
    unknown = [w for w in which if w not in TABLES]
    if unknown or not which:
        parser.error(f"--what takes tables from {','.join(TABLES)}; got {args.what!r}")
    if args.limit is not None and args.limit < 0:
        parser.error("--limit takes a number of rows >= 0")
    targets = _targets(args.output, which, args.format) if args.output else None
    texts = _read_inputs(args.inputs, args.text_column, args.title_column)
    needed = tuple(dict.fromkeys(which + (("quotes", "numbers") if args.summary else ())))
    result = tables(texts, needed, threads=args.threads, errors="replace")
    if targets is not None:
        limited = {
            name: frame if args.limit is None else frame.head(args.limit) for name, frame in result.items()
        }
        _write_all(limited, targets)
    if args.summary:
        _print_summary(texts, result, top=10)
    elif targets is None:
        for name in which:
            _print_rows(name, result[name], args.limit)
    return 0


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:  # a bare `presswork`: the help, with its examples
        parser.print_help()
        return 0
    try:
        code = _run(args, parser)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do. Point stdout at
        # /dev/null so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if args.debug:
            raise
        message = str(exc) if isinstance(exc, CliError) else f"{type(exc).__name__}: {_first_line(exc)}"
        print(f"presswork: error: {message}", file=sys.stderr)
        return 1
