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
  the same calls as an accessor.
"""

from . import _accessor  # noqa: F401  (registers the Series.news accessor)
from ._native import (
    MAX_THREADS,
    NUMBER_KINDS,
    ArrowTable,
    InternalError,
    QUOTE_TYPES,
    TOKEN_KINDS,
    Document,
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
from ._frames import numbers, quotes, sentences, tables, tokens


def analyze(text: str, *, errors: str = "strict") -> Document:
    """Analyse one text and return a :class:`Document`.

    ``errors="strict"`` raises ``ValueError`` for a ``str`` holding lone surrogates;
    ``errors="replace"`` analyses it with each surrogate read as U+FFFD (offsets unchanged).
    A non-``str`` argument raises ``TypeError``.
    """
    return _analyze(text, errors=errors)


__all__ = [
    "ArrowTable",
    "Document",
    "InternalError",
    "MAX_THREADS",
    "Number",
    "NUMBER_KINDS",
    "Quote",
    "QUOTE_TYPES",
    "Sentence",
    "Token",
    "TOKEN_KINDS",
    "__version__",
    "analyze",
    "get_threads",
    "memory_state",
    "numbers",
    "quotes",
    "release_memory",
    "sentences",
    "set_release_after",
    "set_threads",
    "tables",
    "tokens",
]
