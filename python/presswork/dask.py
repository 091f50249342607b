"""presswork on Dask: the same tables over a Dask Series of texts.

    import dask.dataframe as dd
    import presswork.dask as pwd

    texts = dd.read_parquet("articles/")["text"]
    quotes = pwd.quotes(texts)          # a dask DataFrame, one row per quotation
    quotes.groupby("speaker").size().compute()
    out = pwd.tables(texts, ["quotes", "numbers"])   # several tables from one pass

The across-articles functions (:func:`match_quotes`, :func:`quote_clusters`,
:func:`match_speakers`, :func:`match_numbers`) take a dask DataFrame of quotes or numbers and
give the same ids as :func:`presswork.match_quotes` etc. on the whole table in one process:
each partition computes row keys, one reduce by key gathers what the ids depend on (each
distinct quotation or name once), and a second map writes the ids back.

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

from . import _across, _frames, _native

try:
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("presswork.dask needs dask: pip install 'dask[dataframe,distributed]'") from exc

__all__ = [
    "match_numbers",
    "match_quotes",
    "match_speakers",
    "numbers",
    "quote_clusters",
    "quotes",
    "sentences",
    "tables",
    "tokens",
]


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


def _frame(quotes: Any, name: str) -> dd.DataFrame:
    if not isinstance(quotes, dd.DataFrame):
        raise TypeError(f"presswork.dask.{name} takes a dask DataFrame, not {type(quotes).__name__}")
    return quotes


def _with_key(part: pd.DataFrame) -> pd.DataFrame:
    texts, speakers = _across._quote_inputs(part)
    keys = _native.quote_keys(texts, speakers)
    return part.assign(_quote_key=pd.array(keys, dtype="Int64"))


def _join_on(part: pd.DataFrame, table: pd.DataFrame, on: list[str], columns: list[str]) -> pd.DataFrame:
    joined = part.merge(table, how="left", on=on, sort=False)
    joined.index = part.index
    out = part.drop(columns=[c for c in columns if c in part.columns])
    for column in columns:
        out[column] = joined[column].astype(table[column].dtype)
    return out


def match_quotes(quotes: dd.DataFrame) -> dd.DataFrame:
    """:func:`presswork.match_quotes` for a dask DataFrame of quotes: the same ids.

    Each partition hashes its rows' words; the distinct hashes, each with its smallest text
    (the one text :func:`presswork.match_quotes` would show), are gathered in one reduce by
    key and matched in one process (computed now: it holds each distinct quotation once);
    the ids go back to the rows lazily, partition by partition.
    """
    frame = _frame(quotes, "match_quotes")
    meta_in = frame._meta.assign(_quote_key=pd.array([], dtype="Int64"))
    keyed = frame.map_partitions(_with_key, meta=meta_in)  # type: ignore[no-untyped-call,unused-ignore]
    # Rows with one key have one text to show (the smallest) and, when the key holds a
    # speaker, speakers with the same last word: any of them gives the key again.
    by_key = ["text", "speaker"] if "speaker" in frame.columns else ["text"]
    present = keyed[["_quote_key", *by_key]].dropna(subset=["_quote_key"])
    distinct = present.groupby("_quote_key")[by_key].min().compute()
    matched = _across.match_quotes(
        pd.DataFrame({column: distinct[column].astype(object).tolist() for column in by_key})
    )
    table = pd.DataFrame(
        {
            "_quote_key": pd.array(distinct.index, dtype="Int64"),
            "quote_id": matched["quote_id"].to_numpy(),
            "cut_start": matched["cut_start"].to_numpy(),
            "cut_end": matched["cut_end"].to_numpy(),
        }
    ).astype({"quote_id": matched["quote_id"].dtype, "cut_start": "Int32", "cut_end": "Int32"})
    columns = ["quote_id", "cut_start", "cut_end"]
    meta = _join_on(meta_in, table.iloc[:0], ["_quote_key"], columns).drop(columns="_quote_key")

    def join(part: pd.DataFrame) -> pd.DataFrame:
        return _join_on(part, table, ["_quote_key"], columns).drop(columns="_quote_key")

    return cast(dd.DataFrame, keyed.map_partitions(join, meta=meta))  # type: ignore[no-untyped-call,unused-ignore]


def quote_clusters(quotes: dd.DataFrame) -> dd.DataFrame:
    """:func:`presswork.quote_clusters` for a dask DataFrame matched by :func:`match_quotes`:
    rows are shuffled by ``quote_id`` so each cluster is summarised whole in one partition.
    The row order is not the single-process one: sort the computed frame if it matters."""
    frame = _frame(quotes, "quote_clusters")
    if "quote_id" not in frame.columns:
        raise ValueError("presswork.dask.quote_clusters takes the output of presswork.dask.match_quotes")
    present = frame.dropna(subset=["quote_id"])
    meta = _across.quote_clusters(frame._meta)
    shuffled = present.shuffle("quote_id")
    return cast(dd.DataFrame, shuffled.map_partitions(_across.quote_clusters, meta=meta))  # type: ignore[no-untyped-call,unused-ignore]


def match_speakers(quotes: dd.DataFrame) -> dd.DataFrame:
    """:func:`presswork.match_speakers` for a dask DataFrame of quotes: the same ids.

    The distinct ``(speaker, speaker_type)`` pairs and their counts are one reduce by key
    (computed now: it holds each distinct name once); they are matched in one process and
    the ids go back to the rows partition by partition."""
    frame = _frame(quotes, "match_speakers")
    on = ["speaker", "speaker_type"] if "speaker_type" in frame.columns else ["speaker"]
    counts = frame[on].dropna(subset=["speaker"]).groupby(on, dropna=False).size().compute()
    distinct = counts.reset_index(name="_count")
    added = _across._speaker_columns(distinct, [int(c) for c in distinct["_count"]])
    table = pd.concat([distinct[on], added], axis=1)
    for column in on:
        table[column] = table[column].astype(frame._meta[column].dtype)
    columns = ["speaker_id", "speaker_name"]
    meta = _join_on(frame._meta, table.iloc[:0], on, columns)
    return cast(dd.DataFrame, frame.map_partitions(_join_on, table, on, columns, meta=meta))  # type: ignore[no-untyped-call,unused-ignore]


def match_numbers(
    numbers: dd.DataFrame, *, dates: Any = None, window_days: int = 7, texts: Any = None
) -> dd.DataFrame:
    """:func:`presswork.match_numbers` for a dask DataFrame of numbers: the same ``fact_id``
    and ``disagrees``. Each partition reads its figures' anchors from ``texts`` (when given:
    a pandas Series or mapping from ``doc`` label to text, sent to every worker) and computes
    each row's key without dates; rows are then shuffled by it so each key's rows meet in one
    partition, where ``dates`` split them and each fact is settled whole (the row order
    changes; the index is kept)."""
    frame = _frame(numbers, "match_numbers")
    anchored = texts is not None
    if isinstance(texts, dd.Series):
        raise TypeError(
            "presswork.dask.match_numbers: texts= takes a pandas Series or mapping (call .compute())"
        )
    lookup = None if texts is None else (texts if isinstance(texts, pd.Series) else pd.Series(texts))

    def keyed_part(part: pd.DataFrame) -> pd.DataFrame:
        anchors = _across._anchors(part, lookup) if anchored else [None] * len(part)
        with_anchor = part.assign(_anchor=pd.Series(anchors, index=part.index, dtype=object))
        # Keyed without dates: a key's rows meet in one partition, where its dates split it.
        return settle(with_anchor, None)

    def settle(part: pd.DataFrame, by_dates: Any = dates) -> pd.DataFrame:
        anchors = _across._strings(part["_anchor"]) if anchored else None
        added = _across._fact_columns(part, by_dates, window_days, anchors)
        return pd.concat([part.drop(columns=[c for c in added.columns if c in part.columns]), added], axis=1)

    meta = keyed_part(frame._meta)
    keyed = frame.map_partitions(keyed_part, meta=meta)  # type: ignore[no-untyped-call,unused-ignore]
    with_fact = keyed.dropna(subset=["fact_id"]).shuffle("fact_id")
    settled = with_fact.map_partitions(settle, meta=meta)  # type: ignore[no-untyped-call,unused-ignore]
    without = keyed[keyed["fact_id"].isna()]
    both = dd.concat([settled, without])  # type: ignore[no-untyped-call,unused-ignore]
    return cast(dd.DataFrame, both.drop(columns="_anchor"))
