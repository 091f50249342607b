"""presswork: who said what, and which numbers, in English news text.

The Rust core tokenizes, splits sentences, extracts quotations with their speakers and
numeric expressions with their units. This package exposes it two ways:

* one text at a time: :func:`analyze` returns a :class:`Document` whose ``tokens``,
  ``sentences``, ``quotes`` and ``numbers`` are tuples of frozen objects with ``start``/``end``
  offsets into the text (``text[start:end]`` is exact);
* in bulk: :func:`tokens`, :func:`sentences`, :func:`quotes` and :func:`numbers` take a
  ``str``, a list of ``str``, a pandas or polars Series or a pyarrow array and return a
  DataFrame with one row per item, analysed in parallel with the GIL released and handed over
  as Arrow; :func:`tables` returns several tables from one pass, and ``Series.news`` offers
  the same calls as an accessor;
* across articles: :func:`match_quotes`, :func:`quote_clusters`, :func:`match_speakers` and
  :func:`match_numbers` say which rows of many documents report the same quotation, speaker
  or fact.

Every table's columns (meaning, dtype, example, when missing) are described in the column
reference: https://presswork.readthedocs.io/en/latest/columns/ (``docs/columns.md``).
"""

from . import (
    _accessor,  # noqa: F401  (registers the Series.news accessor)
    _display,
)
from ._across import match_numbers, match_quotes, match_speakers, quote_clusters
from ._frames import numbers, quotes, sentences, tables, tokens
from ._native import (
    MAX_THREADS,
    NUMBER_KINDS,
    QUOTE_TYPES,
    TOKEN_KINDS,
    ArrowTable,
    Document,
    InternalError,
    Number,
    Quote,
    Sentence,
    Token,
    __version__,
    get_threads,
    memory_state,
    release_memory,
    set_release_after,
    set_threads,
)
from ._native import analyze as _analyze

_display.install()  # to_dict() on every class, Document._repr_html_


def analyze(text: str, *, errors: str = "strict") -> Document:
    """Analyse one text and return a :class:`Document`.

    ``errors="strict"`` raises ``ValueError`` for a ``str`` holding lone surrogates;
    ``errors="replace"`` analyses it with each surrogate read as U+FFFD (offsets unchanged).
    A non-``str`` argument raises ``TypeError``.
    """
    return _analyze(text, errors=errors)


__all__ = [
    "MAX_THREADS",
    "NUMBER_KINDS",
    "QUOTE_TYPES",
    "TOKEN_KINDS",
    "ArrowTable",
    "Document",
    "InternalError",
    "Number",
    "Quote",
    "Sentence",
    "Token",
    "__version__",
    "analyze",
    "get_threads",
    "match_numbers",
    "match_quotes",
    "match_speakers",
    "memory_state",
    "numbers",
    "quote_clusters",
    "quotes",
    "release_memory",
    "sentences",
    "set_release_after",
    "set_threads",
    "tables",
    "tokens",
]
