"""A typical user script; `mypy --strict` must accept it against presswork's stubs."""

import pandas as pd
import presswork as pw


def speakers(texts: "pd.Series[str]") -> "pd.Series[int]":
    quotes = pw.quotes(texts, threads=2)
    counts: pd.Series[int] = quotes.groupby("speaker").size()
    return counts


doc: pw.Document = pw.analyze("Petro said: “No.”")
first: pw.Token = doc.tokens[0]
span: str = doc.text[first.start : first.end]
kinds: list[str] = [t.kind for t in doc.tokens]
names: list[str | None] = [q.speaker for q in doc.quotes]
values: list[float | None] = [n.value for n in doc.numbers]
sentence_ends: list[int] = [s.end for s in doc.sentences]
frames = pw.tables(["One. Two."], include=["sentences"])
arrow: pw.ArrowTable = pw.sentences("One.", output="arrow")
rows: int = arrow.num_rows
pw.set_threads(0)
threads: int = pw.get_threads()

# Batch calls are typed by `output=`.
as_pandas: pd.DataFrame = pw.quotes(["One."])
as_arrow_table: pw.ArrowTable = pw.numbers(["One."], output="arrow")
several: dict[str, pd.DataFrame] = pw.tables(["One."], include="quotes")
record: dict[str, object] = doc.to_dict()
html_view: str = doc._repr_html_()

# Across articles: DataFrames in, DataFrames out.
matched: pd.DataFrame = pw.match_quotes(as_pandas)
clusters: pd.DataFrame = pw.quote_clusters(matched)
named: pd.DataFrame = pw.match_speakers(matched)
facts: pd.DataFrame = pw.match_numbers(pw.numbers(["It fell 5%."]), dates={0: "2025-01-01"}, window_days=7)
