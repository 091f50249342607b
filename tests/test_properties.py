"""Property tests (hypothesis): the pipeline's invariants hold through the Python API.

For arbitrary text and for generated news-like text (quote marks of every style,
apostrophes, digits, periods, line ends, emoji, combining marks, other scripts, control
characters): ``text[start:end] == item.text`` in code points for every token, sentence,
quote and number, in ``pw.analyze`` and in the DataFrames of ``pw.tables``; spans ordered
and disjoint; sentences cover the tokens; no quote keeps its own marks; values finite.

``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py`` runs 20× more examples.
"""

from __future__ import annotations

import os

import pandas as pd
import presswork as pw
import pytest
from _invariants import check_document, check_frames, frames_equal_documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PIECES = [
    "Petro",
    "said",
    "the",
    "U.S.",
    "Dr.",
    "Mr.",
    "Jan.",
    "No.",
    "J.R.R.",
    "Inc.",
    "don't",
    "Petro's",
    "States'",
    "O'Brien",
    "'em",
    "'90s",
    "37-year-old",
    "F-16",
    "THE",
    "SAID",
    "he",
    "told",
    "according to",
    "added",
    "605,000",
    "1.9",
    "57.85",
    "-3",
    "2004-05",
    "3:30",
    "21st",
    "1990s",
    "3.9bn",
    "5m",
    "3pm",
    "3p.m.",
    "1/2",
    "½",
    "$",
    "£",
    "€",
    "US$",
    "Â£",
    "%",
    "14",
    "0",
    "1e309",
    "99999999999999999999999999",
    "one",
    "million",
    "per cent",
    "about",
    "more than",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "...",
    "—",
    "–",
    "-",
    "(",
    ")",
    "•",
    "*",
    "@",
    "#",
    '"',
    "'",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "‚",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "`",
    "``",
    "''",
    "ʼ",
    "http://x.com/a(b)",
    "www.bbc.co.uk.",
    "a@b.com",
    "@BBCNews",
    "#Vote2024",
    "Amazon.com",
    "Москва",
    "北京",
    "東京です",
    "مرحبا",
    "ไทย",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "🇺🇸",
    "🏳️‍🌈",
    "1️⃣",
    "e\u0301",
    "\u0301",
    "a\u0308\u0308",
    "\u200d",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\ufffd",
    "\U0010ffff",
    "ﬁ",
    "²",
    "٣",
]
SEPARATORS = ["", " ", " ", " ", "\t", "\n", "\n\n", "\r\n", "\r", "\xa0"]

news_like = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts)
)
any_text = st.text(max_size=300)  # every code point but surrogates
texts = st.one_of(any_text, news_like)


@given(texts)
def test_analyze_invariants(text):
    check_document(text, pw.analyze(text))


@given(st.lists(texts, min_size=1, max_size=6), st.sampled_from([1, 2]))
def test_tables_offsets_round_trip_and_match_analyze(batch, threads):
    frames = pw.tables(batch, threads=threads)
    check_frames(batch, frames)
    frames_equal_documents(batch, frames)


@given(st.lists(st.one_of(st.none(), st.just(float("nan")), texts), max_size=6))
def test_missing_rows_give_no_rows_and_keep_labels(batch):
    labels = [f"doc{i}" for i in range(len(batch))]
    frames = pw.tables(pd.Series(batch, index=labels, dtype=object), include=("tokens", "sentences"))
    present = {lab for lab, t in zip(labels, batch) if isinstance(t, str)}
    assert set(frames["tokens"]["doc"]) <= present
    check_frames([t if isinstance(t, str) else "" for t in batch], frames, labels)


surrogate_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)), max_size=40
).map(" ".join)


@given(surrogate_text)
def test_lone_surrogates_strict_raises_replace_keeps_offsets(text):
    has_surrogate = any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    if has_surrogate:
        try:
            pw.analyze(text)
        except ValueError as e:
            assert "surrogate" in str(e)
        else:
            raise AssertionError("strict mode accepted a lone surrogate")
    doc = pw.analyze(text, errors="replace")
    replaced = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    check_document(replaced, doc, source=text)
    df = pw.tokens([text], errors="replace")
    for s, e, piece in zip(df["start"], df["end"], df["text"]):
        assert replaced[s:e] == piece
        if "\ufffd" not in piece:
            assert text[s:e] == piece


@given(st.lists(st.one_of(st.none(), texts), min_size=1, max_size=6))
def test_arrow_and_polars_inputs_match_list_input(batch):
    """The Arrow hand-off (pyarrow arrays, polars Series, Arrow-backed pandas strings) reads
    the same texts as a list does: same rows, same offsets."""
    pa = pytest.importorskip("pyarrow")
    expected = pw.tables(batch)
    check_frames([t if isinstance(t, str) else "" for t in batch], expected)
    inputs = [
        pa.array(batch, type=pa.string()),
        pa.array(batch, type=pa.large_string()),
        pd.Series(batch, dtype=pd.StringDtype("pyarrow")),
    ]
    try:
        import polars as pl

        inputs.append(pl.Series(batch, dtype=pl.Utf8))
    except ImportError:
        pass
    for value in inputs:
        got = pw.tables(value, output="pandas")
        for name in expected:
            a, b = expected[name], got[name]
            assert len(a) == len(b), (name, type(value))
            for col in ("doc", "start", "end", "text"):
                assert list(a[col]) == list(b[col]), (name, col, type(value))
