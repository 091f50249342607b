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
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

import numpy as np
import pandas as pd

from . import _native

if TYPE_CHECKING:
    import polars

try:  # pyarrow is optional: it makes the hand-off zero-copy for strings.
    import pyarrow as _pa  # type: ignore[import-untyped,unused-ignore]
except ImportError:  # pragma: no cover - exercised in the no-pyarrow CI job
    _pa = None

TABLES = ("tokens", "sentences", "quotes", "numbers")

#: The declared schema (``src/tables/schema.rs``): ``{table: [(name, dtype, nullable, about,
#: example), ...]}``. Every table, whatever the input and the output kind, has these columns.
SCHEMA: dict[str, list[tuple[str, str, bool, str, str]]] = _native.schema()
DOCS_URL = "https://presswork.readthedocs.io/en/latest/"

_PANDAS_3 = int(pd.__version__.split(".")[0]) >= 3
#: Text columns: pandas' ``str`` dtype (pandas >= 3; its storage is pyarrow when pyarrow is
#: installed, python otherwise), ``string`` on pandas 2. Never ``object``, so that a column
#: with no value in a batch keeps its type (in Parquet too).
TEXT_DTYPE: Any = pd.StringDtype(na_value=np.nan) if _PANDAS_3 else pd.StringDtype()
#: Offsets that may be missing: pandas' masked nullable ``Int32`` (``<NA>`` when missing).
OPTIONAL_INT_DTYPE: Any = pd.Int32Dtype()


def pandas_dtypes(table: str) -> dict[str, Any]:
    """The pandas dtype of each column of ``table`` (``doc``: ``None``, it follows the input)."""
    kinds = {
        "int32": np.dtype("int32"),
        "float64": np.dtype("float64"),
        "bool": np.dtype("bool"),
        "str": TEXT_DTYPE,
        "category": "category",
        "doc": None,
    }
    return {
        name: (OPTIONAL_INT_DTYPE if dtype == "int32" and nullable else kinds[dtype])
        for name, dtype, nullable, _, _ in SCHEMA[table]
    }


def _optional_ints(table: str) -> list[str]:
    return [name for name, dtype, nullable, _, _ in SCHEMA[table] if dtype == "int32" and nullable]


def _text_columns(table: str) -> list[str]:
    return [name for name, dtype, _, _, _ in SCHEMA[table] if dtype == "str"]


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
    if isinstance(texts, Mapping):
        raise TypeError(
            "texts must be str, an iterable of str or a Series, not a dict; pass pd.Series(d) to keep its keys as doc labels, or list(d.values())"
        )
    if isinstance(texts, pd.DataFrame):
        raise TypeError("texts must be a Series of str, not a DataFrame; pass df['text']")
    if isinstance(texts, pd.Series):
        return _Inputs(_series_payload(texts), texts.index, len(texts), "pandas")
    if _is_polars(texts) and hasattr(texts, "__arrow_c_stream__"):
        return _Inputs(texts, None, len(texts), "polars")
    if _pa is not None and isinstance(texts, (_pa.Array, _pa.ChunkedArray)):
        payload = texts if isinstance(texts, _pa.ChunkedArray) else _pa.chunked_array([texts])
        return _Inputs(_checked_buffers(payload), None, len(texts), "arrow")
    if not isinstance(texts, Iterable):
        raise TypeError(f"texts must be str, an iterable of str or a Series, not {type(texts).__name__}")
    values = list(texts)
    return _Inputs(values, pd.RangeIndex(len(values)), len(values), "list")


def _series_payload(series: pd.Series) -> Any:
    """An Arrow view of an Arrow-backed string Series, else its values as a list."""
    if _pa is not None and _is_arrow_string(series.dtype):
        array = _pa.array(series.array)
        return _checked_buffers(array if isinstance(array, _pa.ChunkedArray) else _pa.chunked_array([array]))
    values = series.tolist()
    missing = series.isna().to_numpy()
    if missing.any():  # pd.NA, NaT, numpy NaNs: all "no text" to the core
        for i in missing.nonzero()[0]:
            values[i] = None
    return values


def _checked_buffers(chunked: Any) -> Any:
    """Checks that each chunk's offsets stay within the buffers it really has (pyarrow's
    cheap ``validate()``): the Arrow C interface hands the core no buffer sizes to check
    against. The core checks each row's offsets, views and UTF-8 itself."""
    try:
        chunked.validate()
    except _pa.ArrowInvalid as exc:
        raise ValueError(f"malformed Arrow string array: {exc}") from None
    return chunked


def _is_arrow_string(dtype: Any) -> bool:
    if isinstance(dtype, pd.StringDtype):
        return dtype.storage in ("pyarrow", "pyarrow_numpy")
    if isinstance(dtype, pd.ArrowDtype):
        return _pa is not None and (
            _pa.types.is_string(dtype.pyarrow_dtype) or _pa.types.is_large_string(dtype.pyarrow_dtype)
        )
    return False


def _column(encoding: str, payload: Any, dtype: Any) -> Any:
    if encoding == "str":
        return pd.array(payload, dtype=TEXT_DTYPE)
    if encoding == "i8":
        return np.frombuffer(payload, dtype="<i8")
    if encoding in ("i4", "opt_i4"):
        values = np.frombuffer(payload, dtype="<i4")
        if dtype is OPTIONAL_INT_DTYPE:  # -1 marks a missing offset
            return pd.arrays.IntegerArray(values.copy(), values < 0)
        return values
    if encoding == "f8":
        return np.frombuffer(payload, dtype="<f8")
    if encoding == "bool":
        return np.frombuffer(payload, dtype=np.bool_)
    if encoding == "cat":
        codes, categories = payload
        return pd.Categorical.from_codes(
            np.frombuffer(codes, dtype=np.uint8).astype(np.int16), categories=categories
        )
    raise AssertionError(f"unknown column encoding {encoding!r}")


def _to_pandas(table: Any, name: str) -> pd.DataFrame:
    if _pa is not None:
        return _arrow_to_pandas(_pa.table(table), name)
    dtypes = pandas_dtypes(name)
    columns = table.to_columns()
    return pd.DataFrame(
        {column: _column(enc, payload, dtypes[column]) for column, (enc, payload) in columns.items()}
    )


#: pandas dtype of each (column, dictionary) seen, as pyarrow converts it.
_CATEGORICAL_DTYPES: dict[tuple[str, tuple[Any, ...]], Any] = {}


def _arrow_to_pandas(table: Any, name: str) -> pd.DataFrame:
    """The table as pandas, with the declared dtypes (see :func:`pandas_dtypes`)."""
    frame = _arrow_to_pandas_default(table)
    for column in _optional_ints(name):  # pyarrow would give float64 with NaN
        frame[column] = OPTIONAL_INT_DTYPE.__from_arrow__(table.column(column))
    if not _PANDAS_3:
        for column in _text_columns(name):
            frame[column] = frame[column].astype(TEXT_DTYPE)
    return frame


def _arrow_to_pandas_default(table: Any) -> pd.DataFrame:
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
                if (
                    not chunks
                    or column.null_count
                    or len(chunks[0].dictionary) > 127
                    or any(not c.dictionary.equals(chunks[0].dictionary) for c in chunks[1:])
                ):
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


def _convert(table: Any, name: str, inputs: _Inputs, output: Output) -> Any:
    """The table in the requested kind, with ``doc`` holding the input's labels."""
    labels = inputs.labels if inputs.labels is not None and not _is_default_range(inputs.labels) else None
    if output == "arrow":
        if labels is not None:
            if _pa is None:
                raise ImportError(
                    "output='arrow' for a Series with an index needs pyarrow (pip install pyarrow) to carry its labels"
                )
            return table.with_doc(_pa.array(labels))
        return table
    if output == "polars":
        import polars as pl

        as_polars = pl.DataFrame(table)
        if labels is not None:
            as_polars = as_polars.with_columns(pl.Series("doc", labels.to_numpy()).gather(as_polars["doc"]))
        return as_polars
    frame = _to_pandas(table, name)
    if labels is not None:
        frame["doc"] = labels.take(frame["doc"].to_numpy())
    return frame


def _is_default_range(index: pd.Index) -> bool:
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _label(inputs: _Inputs, row: int) -> Any:
    if inputs.labels is not None and 0 <= row < len(inputs.labels):
        return inputs.labels[row]
    return row


def _labelled(exc: Exception, inputs: _Inputs) -> Exception:
    """The same error naming the document by its label: an error about one row carries the row
    and the reason as data (``exc.row``, ``exc.reason``), and is raised again as
    'document <label> (row N): reason' with those attributes kept."""
    row, reason = getattr(exc, "row", None), getattr(exc, "reason", None)
    if not isinstance(row, int) or reason is None:
        return type(exc)(str(exc))
    labelled = type(exc)(f"document {_label(inputs, row)!r} (row {row}): {reason}")
    labelled.row, labelled.reason = row, reason  # type: ignore[attr-defined]
    return labelled


def _call(
    payload: Any,
    which: Sequence[str],
    threads: int | None,
    errors: str,
    inputs: _Inputs,
    progress: Any = None,
) -> dict[str, Any]:
    try:
        return _native.batch(payload, list(which), threads=threads, errors=errors, progress=progress)
    except (TypeError, ValueError, RuntimeError, MemoryError) as exc:
        raise _labelled(exc, inputs) from None


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


def _require_polars() -> None:
    try:
        import polars  # noqa: F401
    except ImportError:
        raise ImportError("output='polars' needs polars: pip install polars") from None


def _run(
    texts: Any, which: Sequence[str], threads: int | None, errors: str, output: Output | None, progress: bool
) -> dict[str, Any]:
    inputs = _read_inputs(texts)
    if output is None:
        output = "polars" if inputs.source == "polars" else "pandas"
    if output not in ("pandas", "polars", "arrow"):
        raise ValueError(f"output must be 'pandas', 'polars' or 'arrow', not {output!r}")
    if output == "polars":
        _require_polars()  # before the work, not after it
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
    return {name: _convert(raw[name], name, inputs, output) for name in which}


@overload
def tables(
    texts: polars.Series,
    include: str | Iterable[str] = ...,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: None = ...,
    progress: bool = ...,
) -> dict[str, polars.DataFrame]: ...
@overload
def tables(
    texts: Any,
    include: str | Iterable[str] = ...,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["pandas"] | None = ...,
    progress: bool = ...,
) -> dict[str, pd.DataFrame]: ...
@overload
def tables(
    texts: Any,
    include: str | Iterable[str] = ...,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["polars"],
    progress: bool = ...,
) -> dict[str, polars.DataFrame]: ...
@overload
def tables(
    texts: Any,
    include: str | Iterable[str] = ...,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["arrow"],
    progress: bool = ...,
) -> dict[str, _native.ArrowTable]: ...
def tables(
    texts: Any,
    include: str | Iterable[str] = TABLES,
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
    which = (include,) if isinstance(include, str) else tuple(include)
    unknown = [t for t in which if t not in TABLES]
    if unknown or not which:
        raise ValueError(f"unknown table(s) {unknown or which}: choose from {list(TABLES)}")
    return _run(texts, which, threads, errors, output, progress)


@overload
def tokens(
    texts: polars.Series,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: None = ...,
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def tokens(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["pandas"] | None = ...,
    progress: bool = ...,
) -> pd.DataFrame: ...
@overload
def tokens(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["polars"],
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def tokens(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["arrow"],
    progress: bool = ...,
) -> _native.ArrowTable: ...
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


@overload
def sentences(
    texts: polars.Series,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: None = ...,
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def sentences(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["pandas"] | None = ...,
    progress: bool = ...,
) -> pd.DataFrame: ...
@overload
def sentences(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["polars"],
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def sentences(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["arrow"],
    progress: bool = ...,
) -> _native.ArrowTable: ...
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


@overload
def quotes(
    texts: polars.Series,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: None = ...,
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def quotes(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["pandas"] | None = ...,
    progress: bool = ...,
) -> pd.DataFrame: ...
@overload
def quotes(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["polars"],
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def quotes(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["arrow"],
    progress: bool = ...,
) -> _native.ArrowTable: ...
def quotes(
    texts: Any,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> Any:
    """One row per quotation: ``doc, start, end, text, type, speaker, speaker_type, speaker_mention,
    speaker_start, speaker_end, cue, cue_start, cue_end, cue_kind``. Arguments as for :func:`tokens`.

    ``type`` is ``quote`` (a quotation in marks), ``partial`` (a fragment worked into the
    reporter's sentence), ``term`` (scare quotes), ``title`` or ``indirect`` (reported speech
    without marks: "X said (that) ...", "..., officials said"). ``speaker`` is the name the
    speaker mention resolves to (``speaker_mention`` is the words at ``speaker_start:speaker_end``;
    ``speaker_type`` is person, organisation, role or unresolved); ``cue`` is the verb or phrase
    that reports it and ``cue_kind`` says what it reports: ``speech``, ``thought`` or
    ``document``. Example: ``pw.quotes(['Smith said: "We will win."'])`` has one row,
    type ``quote``, speaker ``Smith``, cue ``said``, text ``We will win.``.
    """
    return _run(texts, ("quotes",), threads, errors, output, progress)["quotes"]


@overload
def numbers(
    texts: polars.Series,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: None = ...,
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def numbers(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["pandas"] | None = ...,
    progress: bool = ...,
) -> pd.DataFrame: ...
@overload
def numbers(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["polars"],
    progress: bool = ...,
) -> polars.DataFrame: ...
@overload
def numbers(
    texts: Any,
    *,
    threads: int | None = ...,
    errors: str = ...,
    output: Literal["arrow"],
    progress: bool = ...,
) -> _native.ArrowTable: ...
def numbers(
    texts: Any,
    *,
    threads: int | None = None,
    errors: str = "strict",
    output: Output | None = None,
    progress: bool = False,
) -> Any:
    """One row per numeric expression: ``doc, start, end, text, value, kind, unit, noun, verb,
    approx, qualifier, low, high, date``. Arguments as for :func:`tokens`."""
    return _run(texts, ("numbers",), threads, errors, output, progress)["numbers"]


def _describe(table: str) -> str:
    lines = [f"\n    Columns of the {table} table (details: {DOCS_URL}columns/, or docs/columns.md):\n"]
    for name, dtype, nullable, _, _ in SCHEMA[table]:
        kind = "index label or int64" if dtype == "doc" else str(pandas_dtypes(table)[name])
        lines.append(f"    * ``{name}`` ({kind}{', may be missing' if nullable else ''})")
    return "\n".join(lines) + "\n"


for _function, _table in (
    (tokens, "tokens"),
    (sentences, "sentences"),
    (quotes, "quotes"),
    (numbers, "numbers"),
):
    _function.__doc__ = (_function.__doc__ or "") + _describe(_table)
tables.__doc__ = (tables.__doc__ or "") + f"\n    The columns of every table: {DOCS_URL}columns/\n"
