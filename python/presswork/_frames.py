"""Batch calls that return pandas DataFrames.

The Rust side returns each table as column buffers (see ``src/python/columns.rs``); this
module only wraps them: ``numpy.frombuffer`` for numbers, lists for strings, categoricals for
kinds, and maps the ``doc`` column from input positions to the caller's labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from . import _native

TABLES = ("tokens", "sentences", "quotes", "numbers")


def _inputs(texts: Any) -> tuple[list[Any], pd.Index]:
    """The texts as a list, and the label of each position.

    A ``str`` is one document labelled 0; a Series keeps its index; any other iterable is
    labelled by position.
    """
    if isinstance(texts, str):
        return [texts], pd.RangeIndex(1)
    if isinstance(texts, pd.Series):
        return texts.tolist(), texts.index
    if isinstance(texts, (bytes, bytearray)):
        raise TypeError("texts must be str, an iterable of str or a pandas Series, not bytes; decode it first")
    if isinstance(texts, pd.DataFrame):
        raise TypeError("texts must be a Series of str, not a DataFrame; pass df['text']")
    if not isinstance(texts, Iterable):
        raise TypeError(f"texts must be str, an iterable of str or a pandas Series, not {type(texts).__name__}")
    values = list(texts)
    return values, pd.RangeIndex(len(values))


def _column(encoding: str, payload: Any) -> Any:
    if encoding == "str":
        return payload
    if encoding == "i8":
        return np.frombuffer(payload, dtype="<i8")
    if encoding == "opt_i8":
        values = np.frombuffer(payload, dtype="<i8")
        return pd.arrays.IntegerArray(values.copy(), values < 0)
    if encoding == "f8":
        return np.frombuffer(payload, dtype="<f8")
    if encoding == "bool":
        return np.frombuffer(payload, dtype=np.bool_)
    if encoding == "cat":
        codes, categories = payload
        return pd.Categorical.from_codes(np.frombuffer(codes, dtype=np.uint8).astype(np.int16), categories=categories)
    raise AssertionError(f"unknown column encoding {encoding!r}")


def _frame(columns: dict[str, Any], labels: pd.Index) -> pd.DataFrame:
    data = {name: _column(enc, payload) for name, (enc, payload) in columns.items()}
    positions = data["doc"]
    data["doc"] = labels.take(positions) if len(labels) else positions
    frame = pd.DataFrame(data)
    if isinstance(labels, pd.RangeIndex) and labels.start == 0 and labels.step == 1:
        frame["doc"] = frame["doc"].astype("int64")
    return frame


def _run(texts: Any, which: tuple[str, ...], threads: int | None, errors: str) -> dict[str, pd.DataFrame]:
    values, labels = _inputs(texts)
    try:
        raw = _native.batch(values, list(which), threads=threads, errors=errors)
    except (TypeError, ValueError) as exc:
        raise type(exc)(_with_label(str(exc), labels)) from None
    return {name: _frame(raw[name], labels) for name in which}


def _with_label(message: str, labels: pd.Index) -> str:
    """Rewrites 'row N: …' from the core into 'document <label> (row N): …'."""
    if message.startswith("row "):
        head, _, rest = message.partition(":")
        try:
            row = int(head[4:])
            return f"document {labels[row]!r} (row {row}):{rest}"
        except (ValueError, IndexError):
            pass
    return message


def tables(
    texts: Any,
    include: Iterable[str] = TABLES,
    *,
    threads: int | None = None,
    errors: str = "strict",
) -> dict[str, pd.DataFrame]:
    """Analyse ``texts`` once and return the requested tables as DataFrames.

    ``include`` names any of ``"tokens"``, ``"sentences"``, ``"quotes"``, ``"numbers"``;
    the stages a table does not need are skipped.
    """
    which = tuple(include)
    unknown = [t for t in which if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}: choose from {list(TABLES)}")
    return _run(texts, which, threads, errors)


def tokens(texts: Any, *, threads: int | None = None, errors: str = "strict") -> pd.DataFrame:
    """One row per token: ``doc, start, end, text, kind, norm, sentence``.

    ``texts`` is a ``str``, an iterable of ``str`` or a pandas Series; ``doc`` is the Series'
    index label (the position for other inputs). ``None`` and NaN items give no rows; any
    other non-``str`` item raises ``TypeError`` naming it. ``start``/``end`` are ``str``
    offsets: ``text[start:end] == row.text``. ``threads`` defaults to :func:`get_threads`.
    """
    return _run(texts, ("tokens",), threads, errors)["tokens"]


def sentences(texts: Any, *, threads: int | None = None, errors: str = "strict") -> pd.DataFrame:
    """One row per sentence: ``doc, start, end, text``. Inputs as for :func:`tokens`."""
    return _run(texts, ("sentences",), threads, errors)["sentences"]


def quotes(texts: Any, *, threads: int | None = None, errors: str = "strict") -> pd.DataFrame:
    """One row per quotation: ``doc, start, end, text, type, speaker, speaker_mention,
    speaker_start, speaker_end, cue, cue_start, cue_end``. Inputs as for :func:`tokens`."""
    return _run(texts, ("quotes",), threads, errors)["quotes"]


def numbers(texts: Any, *, threads: int | None = None, errors: str = "strict") -> pd.DataFrame:
    """One row per numeric expression: ``doc, start, end, text, value, kind, unit, noun,
    verb, approx, qualifier, low, high``. Inputs as for :func:`tokens`."""
    return _run(texts, ("numbers",), threads, errors)["numbers"]

