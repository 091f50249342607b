"""presswork on Dask: the same tables over a Dask Series of texts.

    import dask.dataframe as dd
    import presswork.dask as pwd

    texts = dd.read_parquet("articles/")["text"]
    quotes = pwd.quotes(texts)          # a dask DataFrame, one row per quotation
    quotes.groupby("speaker").size().compute()
    out = pwd.tables(texts, ["quotes", "numbers"])   # several tables from one pass

Each partition is analysed by :func:`presswork.quotes` (etc.) inside the worker, so the work
spreads over a ``distributed`` cluster's processes and machines. ``doc`` holds the Series'
index labels, as in the single-machine calls. Inside a worker presswork uses ``threads=1`` by
default, because Dask already runs one task per core; pass ``threads=`` to change that.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from typing import Any, cast

import pandas as pd

from . import _frames

try:
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("presswork.dask needs dask: pip install 'dask[dataframe,distributed]'") from exc

__all__ = ["numbers", "quotes", "sentences", "tables", "tokens"]


def _partition(texts: pd.Series, table: str, threads: int, errors: str) -> pd.DataFrame:
    return _frames.tables(texts, (table,), threads=threads, errors=errors, output="pandas")[table]


def _partition_tables(
    texts: pd.Series, which: tuple[str, ...], threads: int, errors: str
) -> dict[str, pd.DataFrame]:
    return _frames.tables(texts, which, threads=threads, errors=errors, output="pandas")


def _meta_input(texts: Any, name: str) -> pd.Series:
    if not isinstance(texts, dd.Series):
        raise TypeError(f"presswork.dask.{name} takes a dask Series of str, not {type(texts).__name__}")
    # The empty result for the empty meta Series has the right columns and dtypes, and a
    # `doc` column of the Series' index dtype.
    return pd.Series([], dtype=object, index=texts._meta.index[:0])


def _map(texts: dd.Series, table: str, threads: int, errors: str) -> dd.DataFrame:
    meta = _partition(_meta_input(texts, table), table, threads, errors)
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


def tables(
    texts: dd.Series, include: Iterable[str] = _frames.TABLES, *, threads: int = 1, errors: str = "strict"
) -> dict[str, Any]:
    """Several tables from one pass over a dask Series, as :func:`presswork.tables`.

    Returns ``{name: dask DataFrame}``. Each partition is analysed once, by one task whose
    result every requested table reads its rows from: compute them together
    (``dask.compute(*out.values())``) and the text is analysed once, not once per table.
    """
    from dask.delayed import delayed

    which = tuple(include)
    # The meta call also checks `which` (ValueError for an unknown table).
    metas = _partition_tables(_meta_input(texts, "tables"), which, threads, errors)
    parts = texts.to_delayed()  # type: ignore[no-untyped-call,unused-ignore]
    analysed = [delayed(_partition_tables, pure=True)(part, which, threads, errors) for part in parts]
    return {
        name: dd.from_delayed(
            [delayed(operator.getitem, pure=True)(result, name) for result in analysed],
            meta=metas[name],
            verify_meta=False,
        )
        for name in which
    }
