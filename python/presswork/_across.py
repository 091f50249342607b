"""Across articles: the same quotation, speaker and figure in many documents.

The work is done by the Rust core (``src/across/``) with the GIL released; this module reads
the caller's DataFrame columns, hands them over as lists and puts the results back as
columns with the declared dtypes (``docs/columns.md``: ``match_quotes``, ``quote_clusters``,
``match_speakers``, ``match_numbers``).
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd

from . import _frames, _native

__all__ = ["match_numbers", "match_quotes", "match_speakers", "quote_clusters"]


def _pandas(frame: Any, name: str) -> pd.DataFrame:
    if isinstance(frame, pd.DataFrame):
        return frame
    to_pandas = getattr(frame, "to_pandas", None)
    if to_pandas is None:
        raise TypeError(f"presswork.{name} takes a DataFrame, not {type(frame).__name__}")
    return cast(pd.DataFrame, to_pandas())


def _need(frame: pd.DataFrame, columns: tuple[str, ...], name: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"presswork.{name} needs the column(s) {', '.join(missing)}")


def _strings(column: pd.Series) -> list[str | None]:
    values = column.astype(object)
    return [None if isinstance(v, float) or v is None or v is pd.NA else str(v) for v in values]


def _column_or_none(frame: pd.DataFrame, name: str) -> list[str | None]:
    if name in frame.columns:
        return _strings(frame[name])
    return [None for _ in range(len(frame))]


#: Quote types whose words are someone's words: reported speech (``indirect``) is the
#: reporter's paraphrase, ``term`` and ``title`` are nobody's utterance, so none is matched.
MATCHED_TYPES = frozenset({"quote", "partial"})
#: Speaker types that name someone across documents ("a spokesman" in two articles is two people).
NAMED_SPEAKERS = frozenset({"person", "organisation"})


def _quote_inputs(frame: pd.DataFrame) -> tuple[list[str | None], list[str | None]]:
    """The texts and speakers :func:`match_quotes` reads: a text only for a direct quotation
    (when the table has ``type``), a speaker only when it names someone (when it has
    ``speaker_type``)."""
    texts = _strings(frame["text"])
    speakers = _column_or_none(frame, "speaker")
    if "type" in frame.columns:
        keep = frame["type"].astype(object).isin(MATCHED_TYPES).tolist()
        texts = [t if k else None for t, k in zip(texts, keep, strict=True)]
    if "speaker_type" in frame.columns:
        named = frame["speaker_type"].astype(object).isin(NAMED_SPEAKERS).tolist()
        speakers = [s if n else None for s, n in zip(speakers, named, strict=True)]
    return texts, speakers


def _floats(column: pd.Series) -> list[float | None]:
    values = pd.to_numeric(column, errors="coerce").astype("float64").to_numpy()
    return [None if np.isnan(v) else float(v) for v in values]


def _typed(columns: dict[str, Any], table: str, index: pd.Index) -> pd.DataFrame:
    dtypes = _frames.pandas_dtypes(table)
    return pd.DataFrame(
        {name: pd.Series(values, index=index).astype(dtypes[name]) for name, values in columns.items()},
        index=index,
    )


def _optional(values: list[int]) -> Any:
    return pd.array([None if v < 0 else v for v in values], dtype="Int32")


def match_quotes(quotes: Any) -> pd.DataFrame:
    """The quotes table's rows plus ``quote_id``, ``cut_start`` and ``cut_end``.

    Rows that report the same words share a ``quote_id`` across documents: the words are
    compared whatever the quotation marks, case, apostrophes, accents and British or American
    spelling, and a quotation whose words are a contiguous cut (6 words or more) of a longer
    one joins the longer one's cluster, with ``cut_start``/``cut_end`` saying where its words
    lie in the cluster's canonical text (:func:`quote_clusters`). A cut that two different
    longer quotations contain stays a cluster of its own. Ids derive from the words of the
    cluster's longest quotation, so they are the same in any row order, in any batch that
    holds the same rows, and under :func:`presswork.dask.match_quotes`.
    Takes any table with a ``text`` column and, optionally, ``speaker`` (``pw.quotes(...)``;
    pandas or polars).
    """
    frame = _pandas(quotes, "match_quotes")
    _need(frame, ("text",), "match_quotes")
    texts, speakers = _quote_inputs(frame)
    cluster, cut_start, cut_end, ids, _ = _native.match_quotes(texts, speakers)
    id_of = np.array([*ids, None], dtype=object)
    added = _typed(
        {
            "quote_id": id_of[np.asarray(cluster, dtype=np.int64)],
            "cut_start": _optional(cut_start),
            "cut_end": _optional(cut_end),
        },
        "match_quotes",
        frame.index,
    )
    return pd.concat([frame.drop(columns=[c for c in added.columns if c in frame.columns]), added], axis=1)


def quote_clusters(quotes: Any) -> pd.DataFrame:
    """One row per quotation cluster: ``quote_id, text, speaker, n_docs, n_rows, first_doc,
    last_doc``, the most carried first (then by ``n_rows``, then ``quote_id``).

    Takes a quotes table (with ``doc``, ``text`` and ``speaker``), matched by
    :func:`match_quotes` or not (it is matched first when it has no ``quote_id``). ``text`` is
    the cluster's canonical quotation, ``speaker`` the one its rows name most often.
    """
    frame = _pandas(quotes, "quote_clusters")
    _need(frame, ("doc", "text"), "quote_clusters")
    if "quote_id" not in frame.columns:
        frame = match_quotes(frame)
    codes, ids = pd.factorize(frame["quote_id"], sort=True)
    doc_codes, docs = pd.factorize(frame["doc"], sort=True)
    speakers = _column_or_none(frame, "speaker")
    texts = _strings(frame["text"])
    whole = frame["cut_start"].isna().tolist() if "cut_start" in frame.columns else [True] * len(frame)
    rows, n_docs, first, last, speaker, shown = _native.summarise_quotes(
        len(ids), codes.tolist(), doc_codes.tolist(), speakers, texts, whole
    )
    index = pd.RangeIndex(len(ids))
    out = _typed(
        {
            "quote_id": list(ids),
            "text": [texts[r] for r in shown],
            "speaker": speaker,
            "n_docs": n_docs,
            "n_rows": rows,
        },
        "quote_clusters",
        index,
    )
    out["first_doc"] = docs.take(first) if len(ids) else docs[:0]
    out["last_doc"] = docs.take(last) if len(ids) else docs[:0]
    out = out.sort_values(["n_docs", "n_rows", "quote_id"], ascending=[False, False, True], kind="stable")
    return out.reset_index(drop=True)


def _speaker_columns(frame: pd.DataFrame, counts: list[int] | None = None) -> pd.DataFrame:
    kinds = _column_or_none(frame, "speaker_type")
    ids, names = _native.match_speakers(_strings(frame["speaker"]), kinds, counts)
    return _typed({"speaker_id": ids, "speaker_name": names}, "match_speakers", frame.index)


def match_speakers(quotes: Any) -> pd.DataFrame:
    """The quotes table's rows plus ``speaker_id`` and ``speaker_name``: one id per person
    or organisation across documents.

    A person's name is read after its last title, without initials; a one-word name
    (``Petro``, ``President Petro``) joins the full name with that surname when the corpus has
    only one, or one with at least 80% of that surname's full-name mentions; two full names
    with one surname stay apart. Organisations match on all their words. Roles and
    unresolved pronouns get no id. Takes a table with ``speaker`` (and ``speaker_type``).
    """
    frame = _pandas(quotes, "match_speakers")
    _need(frame, ("speaker",), "match_speakers")
    added = _speaker_columns(frame)
    return pd.concat([frame.drop(columns=[c for c in added.columns if c in frame.columns]), added], axis=1)


def _days(frame: pd.DataFrame, dates: Any, window_days: int) -> list[int | None]:
    """The day (since 1970-01-01) of each row's document, from ``dates``."""
    if dates is None:
        return [None] * len(frame)
    if window_days < 0:
        raise ValueError("window_days must be at least 0")
    codes, labels = pd.factorize(frame["doc"])
    found = pd.to_datetime(
        pd.Series(_lookup(pd.Series(dates), pd.Index(labels)), dtype=object), errors="coerce"
    )
    per_label = [None if pd.isna(d) else int((d - pd.Timestamp("1970-01-01")).days) for d in found]
    return [per_label[c] if c >= 0 else None for c in codes]


def _lookup(series: pd.Series, labels: pd.Index) -> list[Any]:
    """The value of each ``doc`` label in ``series`` (None when absent); a label not found
    is also looked up as a string (Dask stores a column of mixed labels as strings)."""
    unique = series[~series.index.duplicated()]
    found = unique.reindex(labels).astype(object).tolist()
    missing = [i for i, v in enumerate(found) if v is None or (not isinstance(v, str) and pd.isna(v))]
    if missing:
        by_str = pd.Series(unique.to_numpy(), index=unique.index.map(str))
        by_str = by_str[~by_str.index.duplicated()]
        again = by_str.reindex([str(labels[i]) for i in missing]).astype(object).tolist()
        for i, v in zip(missing, again, strict=True):
            found[i] = v
    return [None if v is None or (not isinstance(v, str) and pd.isna(v)) else v for v in found]


def _texts_of(series: pd.Series, labels: pd.Index) -> list[str | None]:
    """The text of each ``doc`` label (see :func:`_lookup`)."""
    return [v if isinstance(v, str) else None for v in _lookup(series, labels)]


def _anchors(frame: pd.DataFrame, texts: Any) -> list[str | None]:
    """Each figure's anchor (who or what it is about), read from its document's text:
    ``texts`` maps the ``doc`` labels to the texts the table was made from."""
    _need(frame, ("doc", "start", "end"), "match_numbers")
    if isinstance(texts, str):
        raise TypeError(
            "presswork.match_numbers: texts= takes the texts the table was made from, not one str"
        )
    series = (
        texts
        if isinstance(texts, pd.Series)
        else pd.Series(texts if isinstance(texts, dict) else list(texts))
    )
    codes, labels = pd.factorize(frame["doc"])
    doc_texts = _texts_of(series, pd.Index(labels))
    starts = pd.to_numeric(frame["start"], errors="coerce").fillna(-1).astype("int64").tolist()
    ends = pd.to_numeric(frame["end"], errors="coerce").fillna(-1).astype("int64").tolist()
    return _native.number_anchors(doc_texts, codes.tolist(), starts, ends)


def _fact_columns(
    frame: pd.DataFrame, dates: Any, window_days: int, anchors: list[str | None] | None
) -> pd.DataFrame:
    empty = pd.Series([None] * len(frame), index=frame.index, dtype=object)

    def col(name: str) -> pd.Series:
        return frame[name] if name in frame.columns else empty

    approx = col("approx").fillna(False).astype(bool).tolist()
    ids, disagrees = _native.match_numbers(
        (
            [str(k) for k in frame["kind"].astype(object)],
            _strings(col("unit")),
            _strings(col("noun")),
            _strings(col("verb")),
        ),
        (
            _floats(col("value")),
            _floats(col("low")),
            _floats(col("high")),
            approx,
            _days(frame, dates, window_days),
        ),
        anchors,
        window_days,
    )
    return _typed({"fact_id": ids, "disagrees": disagrees}, "match_numbers", frame.index)


def match_numbers(
    numbers: Any, *, dates: Any = None, window_days: int = 7, texts: Any = None
) -> pd.DataFrame:
    """The numbers table's rows plus ``fact_id`` and ``disagrees``.

    Figures report the same fact when they have the same kind, unit or currency, counted
    noun and governing verb (a figure without a value, noun or verb has none); with
    ``dates`` (a mapping or Series from ``doc`` label to a date), also the same run of dates:
    a fact's dated rows, sorted by date, are split where two consecutive dates are more than
    ``window_days`` days apart (so a story republished the next day stays one fact).

    Without ``texts`` the key knows what is counted, not who or where: "Clinton has won
    15.6 million votes" and "Stein won 470,000 votes" share a ``fact_id``; it groups by noun
    and verb only. With ``texts`` (the texts the table was made from: a Series, mapping or
    list indexed like ``doc``), each figure also needs an anchor, the name it is about read
    from its sentence (the nearest name before the figure, else the first name after it),
    compared by its last word ("Clinton", "Hillary Clinton" and "Mrs. Clinton" agree), and
    qualified by the name a scope word introduces in the figure's clause ("by 15 points in
    Indiana"), a relation word after it ("439 delegates short") and, inside a direct
    quotation, by its speaker; a figure without an anchor then has no ``fact_id``.

    ``disagrees`` is True when a value differs from its fact's median value (the lower of
    two middle ones) beyond rounding: two values agree when they differ by at most half the
    rounding step of the rounder one (600,000 → 100,000; 605,000 → 1,000; 2.5 → 0.1), or
    by at most 10% of the larger when either is approximate; a range agrees with a value
    inside it. The rules: docs/across.md.
    """
    frame = _pandas(numbers, "match_numbers")
    _need(frame, ("kind", "value"), "match_numbers")
    anchors = None if texts is None else _anchors(frame, texts)
    added = _fact_columns(frame, dates, window_days, anchors)
    return pd.concat([frame.drop(columns=[c for c in added.columns if c in frame.columns]), added], axis=1)
