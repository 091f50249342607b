"""The ``.news`` accessor on pandas Series of text: ``df["text"].news.quotes()`` is
``presswork.quotes(df["text"])``.

Results carry the Series' index labels in ``doc``, so they join back onto the frame:

>>> import pandas as pd, presswork
>>> df = pd.DataFrame({"text": ["“We will win,” Maria Lopez said.", "No quotes."]}, index=["a1", "a2"])
>>> quotes = df["text"].news.quotes()
>>> quotes[["doc", "speaker", "text"]].values.tolist()
[['a1', 'Maria Lopez', 'We will win,']]
>>> df.join(quotes.groupby("doc").size().rename("n_quotes")).fillna({"n_quotes": 0})["n_quotes"].tolist()
[1.0, 0.0]
>>> df.join(quotes.set_index("doc").add_prefix("quote_"))[["quote_speaker", "quote_text"]].values.tolist()
[['Maria Lopez', 'We will win,'], [nan, nan]]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from . import _frames


@pd.api.extensions.register_series_accessor("news")
class NewsAccessor:
    """presswork's tables for a Series of article texts."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def tokens(self, **options: Any) -> Any:
        """One row per token; see :func:`presswork.tokens`."""
        return _frames.tokens(self._series, **options)

    def sentences(self, **options: Any) -> Any:
        """One row per sentence; see :func:`presswork.sentences`."""
        return _frames.sentences(self._series, **options)

    def quotes(self, **options: Any) -> Any:
        """One row per quotation; see :func:`presswork.quotes`."""
        return _frames.quotes(self._series, **options)

    def numbers(self, **options: Any) -> Any:
        """One row per numeric expression; see :func:`presswork.numbers`."""
        return _frames.numbers(self._series, **options)

    def tables(self, include: Iterable[str] = _frames.TABLES, **options: Any) -> dict[str, Any]:
        """Several tables from one pass; see :func:`presswork.tables`."""
        return _frames.tables(self._series, include, **options)
