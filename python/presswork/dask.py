"""presswork on Dask: the same tables over a Dask Series of texts.

    import dask.dataframe as dd
    import presswork.dask as pwd

    texts = dd.read_parquet("articles/")["text"]
    quotes = pwd.quotes(texts)          # a dask DataFrame, one row per quotation
    quotes.groupby("speaker").size().compute()

Each partition is analysed by :func:`presswork.quotes` (etc.) inside the worker, so the work
spreads over a ``distributed`` cluster's processes and machines. ``doc`` holds the Series'
index labels, as in the single-machine calls. Inside a worker presswork uses ``threads=1`` by
default, because Dask already runs one task per core; pass ``threads=`` to change that.
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd

from . import _frames

try:
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("presswork.dask needs dask: pip install 'dask[dataframe,distributed]'") from exc

__all__ = ["numbers", "quotes", "sentences", "tokens"]


def _partition(texts: pd.Series, table: str, threads: int, errors: str) -> pd.DataFrame:
    return cast(pd.DataFrame, _frames.tables(texts, (table,), threads=threads, errors=errors, output="pandas")[table])


def _map(texts: dd.Series, table: str, threads: int, errors: str) -> dd.DataFrame:
    if not isinstance(texts, dd.Series):
        raise TypeError(f"presswork.dask.{table} takes a dask Series of str, not {type(texts).__name__}")
    # The empty result for the empty meta Series has the right columns and dtypes, and a
    # `doc` column of the Series' index dtype.
    meta_input = pd.Series([], dtype=object, index=texts._meta.index[:0])
    meta = _partition(meta_input, table, threads, errors)
    mapped = texts.map_partitions(_partition, table, threads, errors, meta=meta, align_dataframes=False)  # type: ignore[no-untyped-call,unused-ignore]
    return cast(dd.DataFrame, mapped)


def tokens(texts: dd.Series, *, threads: int = 1, errors: str = "strict") -> Any:
    """One row per token, as :func:`presswork.tokens`, for a dask Series."""
    return _map(texts, "tokens", threads, errors)


def sentences(texts: dd.Series, *, threads: int = 1, errors: str = "strict") -> Any:
    """One row per sentence, as :func:`presswork.sentences`, for a dask Series."""
    return _map(texts, "sentences", threads, errors)


def quotes(texts: dd.Series, *, threads: int = 1, errors: str = "strict") -> Any:
    """One row per quotation, as :func:`presswork.quotes`, for a dask Series."""
    return _map(texts, "quotes", threads, errors)


def numbers(texts: dd.Series, *, threads: int = 1, errors: str = "strict") -> Any:
    """One row per numeric expression, as :func:`presswork.numbers`, for a dask Series."""
    return _map(texts, "numbers", threads, errors)
