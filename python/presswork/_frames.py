"""Batch calls that return DataFrames.

The Rust side analyses all texts with the GIL released and returns each table as an Arrow
record batch (``ArrowTable``, which speaks the Arrow PyCapsule interface). This module only
chooses how to read it: ``pandas.DataFrame.from_arrow`` (or pyarrow) when pyarrow is installed,
``polars.from_arrow`` for polars, and a buffer-based fallback (``numpy.frombuffer`` over the
raw columns) when pyarrow is absent. It also maps the ``doc`` column from input positions to
the caller's index labels.

Inputs are read without a Python list in between wherever they are already Arrow: a pandas
Series with a pyarrow-backed string dtype (pandas 3's default ``str`` when pyarrow is
installed), a polars Series, a pyarrow array.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any, Literal, cast

import numpy as np
import pandas as pd

from . import _native

try:  # pyarrow is optional: it makes the hand-off zero-copy for strings.
    import pyarrow as _pa  # type: ignore[import-untyped,unused-ignore]
except ImportError:  # pragma: no cover - exercised in the no-pyarrow CI job
    _pa = None

TABLES = ("tokens", "sentences", "quotes", "numbers")

# ``Categorical.from_codes(..., validate=False)`` exists from pandas 2.1.
_pd_from_codes_validate = tuple(int(p) for p in pd.__version__.split(".")[:2]) >= (2, 1)
Output = Literal["pandas", "polars", "arrow"]


class _Inputs:
    """What to hand to the core, the label of each position, and where the texts came from."""

    def __init__(self, payload: Any, labels: pd.Index | None, length: int, source: str):
        self.payload = payload
        self.labels = labels
        self.length = length
        self.source = source


def _is_polars(obj: Any) -> bool:
    return type(obj).__module__.startswith("polars")


def _read_inputs(texts: Any) -> _Inputs:
    if isinstance(texts, str):
        return _Inputs([texts], pd.RangeIndex(1), 1, "str")
    if isinstance(texts, (bytes, bytearray)):
        raise TypeError("texts must be str, an iterable of str or a Series, not bytes; decode them first")
    if isinstance(texts, pd.DataFrame):
        raise TypeError("texts must be a Series of str, not a DataFrame; pass df['text']")
    if isinstance(texts, pd.Series):
        return _Inputs(_series_payload(texts), texts.index, len(texts), "pandas")
    if _is_polars(texts) and hasattr(texts, "__arrow_c_stream__"):
        return _Inputs(texts, None, len(texts), "polars")
    if _pa is not None and isinstance(texts, (_pa.Array, _pa.ChunkedArray)):
        payload = texts if isinstance(texts, _pa.ChunkedArray) else _pa.chunked_array([texts])
        return _Inputs(payload, None, len(texts), "arrow")
    if not isinstance(texts, Iterable):
        raise TypeError(f"texts must be str, an iterable of str or a Series, not {type(texts).__name__}")
    values = list(texts)
    return _Inputs(values, pd.RangeIndex(len(values)), len(values), "list")


def _series_payload(series: pd.Series) -> Any:
    """An Arrow view of an Arrow-backed string Series, else its values as a list."""
    if _pa is not None and _is_arrow_string(series.dtype):
        array = _pa.array(series.array)
        return array if isinstance(array, _pa.ChunkedArray) else _pa.chunked_array([array])
    values = series.tolist()
    missing = series.isna().to_numpy()
    if missing.any():  # pd.NA, NaT, numpy NaNs: all "no text" to the core
        for i in missing.nonzero()[0]:
            values[i] = None
    return values


def _is_arrow_string(dtype: Any) -> bool:
    if isinstance(dtype, pd.StringDtype):
        return dtype.storage in ("pyarrow", "pyarrow_numpy")
    if isinstance(dtype, pd.ArrowDtype):
        return _pa is not None and (_pa.types.is_string(dtype.pyarrow_dtype) or _pa.types.is_large_string(dtype.pyarrow_dtype))
    return False


def _column(encoding: str, payload: Any) -> Any:
    if encoding == "str":
        return payload
    if encoding == "i4":
        return np.frombuffer(payload, dtype="<i4")
    if encoding == "opt_i4":
        values = np.frombuffer(payload, dtype="<i4")
        return pd.arrays.IntegerArray(values.copy(), values < 0)
    if encoding == "f8":
        return np.frombuffer(payload, dtype="<f8")
    if encoding == "bool":
        return np.frombuffer(payload, dtype=np.bool_)
    if encoding == "cat":
        codes, categories = payload
        return pd.Categorical.from_codes(np.frombuffer(codes, dtype=np.uint8).astype(np.int16), categories=categories)
    raise AssertionError(f"unknown column encoding {encoding!r}")


def _to_pandas(table: Any) -> pd.DataFrame:
    if _pa is not None:
        return _arrow_to_pandas(_pa.table(table))
    columns = table.to_columns()
    return pd.DataFrame({name: _column(enc, payload) for name, (enc, payload) in columns.items()})


#: pandas dtype of each (column, dictionary) seen, as pyarrow converts it.
_CATEGORICAL_DTYPES: dict[tuple[str, tuple[Any, ...]], Any] = {}


def _arrow_to_pandas(table: Any) -> pd.DataFrame:
    """What ``pd.DataFrame.from_arrow`` (pandas >= 3) gives, faster for our tables.

    One block per column (``split_blocks``): the default consolidates the int64 columns into
    one 2-D block, a copy of the largest part of the token table for nothing. And the
    dictionary columns (token kind, quote type, number kind: a dozen categories) become
    categoricals from their codes with a cached dtype: pyarrow rebuilds and re-validates the
    categories on every call, which was most of the conversion time of a batch.
    """
    fast = []
    if _pd_from_codes_validate:
        for i, field in enumerate(table.schema):
            if _pa.types.is_dictionary(field.type):
                column = table.column(i)
                chunks = column.chunks
                # Every chunk of our tables carries the same (shared) dictionary.
                if not chunks or column.null_count or len(chunks[0].dictionary) > 127 or any(not c.dictionary.equals(chunks[0].dictionary) for c in chunks[1:]):
                    return cast(pd.DataFrame, table.to_pandas(split_blocks=True))
                fast.append((i, field.name, chunks))
    if not fast:
        return cast(pd.DataFrame, table.to_pandas(split_blocks=True))
    frame = table.drop_columns([name for _, name, _ in fast]).to_pandas(split_blocks=True)
    for i, name, chunks in fast:
        dictionary = chunks[0].dictionary
        key = (name, tuple(dictionary.to_pylist()))
        dtype = _CATEGORICAL_DTYPES.get(key)
        if dtype is None:
            dtype = _CATEGORICAL_DTYPES[key] = _pa.chunked_array(chunks[:1]).slice(0, 0).to_pandas().dtype
        codes = np.concatenate([c.indices.to_numpy() for c in chunks]).astype(np.int8)
        frame.insert(i, name, pd.Categorical.from_codes(codes, dtype=dtype, validate=False))
    return cast(pd.DataFrame, frame)


def _convert(table: Any, inputs: _Inputs, output: Output) -> Any:
    if output == "arrow":
        return table
    if output == "polars":
        import polars as pl

        return pl.DataFrame(table)
    frame = _to_pandas(table)
    if inputs.labels is not None and not _is_default_range(inputs.labels):
        frame["doc"] = inputs.labels.take(frame["doc"].to_numpy())
    return frame


def _is_default_range(index: pd.Index) -> bool:
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _label(inputs: _Inputs, row: int) -> Any:
    if inputs.labels is not None and 0 <= row < len(inputs.labels):
        return inputs.labels[row]
    return row


def _with_label(message: str, inputs: _Inputs) -> str:
    """Rewrites the core's 'row N: …' into 'document <label> (row N): …'."""
    if message.startswith("row "):
        head, _, rest = message.partition(":")
        try:
            row = int(head[4:])
        except ValueError:
            return message
        return f"document {_label(inputs, row)!r} (row {row}):{rest}"
    return message


def _call(payload: Any, which: Sequence[str], threads: int | None, errors: str, inputs: _Inputs, progress: Any = None) -> dict[str, Any]:
    try:
        return _native.batch(payload, list(which), threads=threads, errors=errors, progress=progress)
    except (TypeError, ValueError, RuntimeError) as exc:
        raise type(exc)(_with_label(str(exc), inputs)) from None


class _TextProgress:
    """A minimal progress line on stderr, for when tqdm is not installed."""

    def __init__(self, total: int):
        self.total, self.n = total, 0

    def update(self, n: int) -> None:
        self.n += n
        print(f"\rpresswork: {self.n}/{self.total} documents", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        print(file=sys.stderr)


def _progress_bar(total: int) -> Any:
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return _TextProgress(total)
    # delay: batches that finish within a second never show a bar.
    return tqdm(total=total, unit="doc", desc="presswork", delay=1.0)


def _run(texts: Any, which: Sequence[str], threads: int | None, errors: str, output: Output | None, progress: bool) -> dict[str, Any]:
    inputs = _read_inputs(texts)
    if output is None:
        output = "polars" if inputs.source == "polars" else "pandas"
    if output not in ("pandas", "polars", "arrow"):
        raise ValueError(f"output must be 'pandas', 'polars' or 'arrow', not {output!r}")
    if not progress:
        raw = _call(inputs.payload, which, threads, errors, inputs)
    else:
        # One batch as without a bar: the core counts documents as it goes and calls back
        # from the waiting thread about ten times a second, so the bar costs nothing per row.
        bar = _progress_bar(inputs.length)
        try:
            raw = _call(inputs.payload, which, threads, errors, inputs, lambda done: bar.update(done - bar.n))
            bar.update(inputs.length - bar.n)  # missing rows are not counted as analysed
        finally:
            bar.close()
    return {name: _convert(raw[name], inputs, output) for name in which}


def tables(
    texts: Any,
    include: Iterable[str] = TABLES,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Analyse ``texts`` once and return the tables named in ``include``.

    ``include`` takes any of ``"tokens"``, ``"sentences"``, ``"quotes"``, ``"numbers"``; stages
    that no requested table needs are skipped (tokens are the largest table: leave them out
    when you do not need them). Other arguments as for :func:`tokens`.
    """
    which = tuple(include)
    unknown = [t for t in which if t not in TABLES]
    if unknown or not which:
        raise ValueError(f"unknown table(s) {unknown or which}: choose from {list(TABLES)}")
    return _run(texts, which, threads, errors, output, progress)


def tokens(
    texts: Any,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> Any:
    """One row per token: ``doc, start, end, text, kind, norm, sentence``.

    ``texts`` is a ``str``, an iterable of ``str``, a pandas or polars Series, or a pyarrow
    string array. ``doc`` is the pandas index label (the position otherwise). ``None``/NaN/null
    items give no rows; any other non-``str`` item raises ``TypeError`` naming it.
    ``start``/``end`` are ``str`` offsets: ``text[start:end] == row.text``.

    ``threads`` defaults to :func:`get_threads`; ``errors="replace"`` reads lone surrogates as
    U+FFFD instead of raising ``ValueError``; ``output`` is ``"pandas"`` (default),
    ``"polars"`` (default for polars input) or ``"arrow"`` (an object with the Arrow
    PyCapsule interface); ``progress=True`` shows a progress bar (tqdm when installed).
    """
    return _run(texts, ("tokens",), threads, errors, output, progress)["tokens"]


def sentences(
    texts: Any,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> Any:
    """One row per sentence: ``doc, start, end, text``. Arguments as for :func:`tokens`."""
    return _run(texts, ("sentences",), threads, errors, output, progress)["sentences"]


def quotes(
    texts: Any,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> Any:
    """One row per quotation: ``doc, start, end, text, type, speaker, speaker_type, speaker_mention,
    speaker_start, speaker_end, cue, cue_start, cue_end``. Arguments as for :func:`tokens`."""
    return _run(texts, ("quotes",), threads, errors, output, progress)["quotes"]


def numbers(
    texts: Any,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> Any:
    """One row per numeric expression: ``doc, start, end, text, value, kind, unit, noun, verb,
    approx, qualifier, low, high``. Arguments as for :func:`tokens`."""
    return _run(texts, ("numbers",), threads, errors, output, progress)["numbers"]
