"""Invariants every presswork result must satisfy, whatever the input (Python side).

Shared by ``test_properties.py``, ``test_adversarial.py`` and ``test_concurrency.py``. The
checks read only the public API, so they cover the quotes and numbers stages as soon as those
produce output: offsets are ``str`` indices and ``text[start:end]`` is the reported text for
every token, sentence, quote (and its speaker mention and cue) and number.
"""

from __future__ import annotations

import bisect
import math
import os

import pandas as pd
import presswork as pw

QUOTE_MARKS = set("\"'“”„‟‘’‚‛«»‹›「」『』`′″ʼ")

#: No quote content may start or end with a quotation mark (TESTING.md, bug 7, fixed).
#: PRESSWORK_STRICT_QUOTES=0 turns the check off for triage only.
STRICT_QUOTE_EDGES = os.environ.get("PRESSWORK_STRICT_QUOTES") != "0"


def quote_edge_ok(content: str) -> bool:
    """No quotation mark at an edge of the content, unless its partner is inside (nesting)."""
    marks = sum(c in QUOTE_MARKS for c in content)
    return marks >= 2 or not content or (content[0] not in QUOTE_MARKS and content[-1] not in QUOTE_MARKS)


def _finite_or_missing(x) -> bool:
    return x is None or (isinstance(x, float) and (math.isfinite(x)))


def check_document(text: str, doc: pw.Document, *, source: str | None = None) -> None:
    """Assert the invariants of one analysed text.

    ``source`` is the caller's string when it differs from ``text`` (``errors="replace"``
    reads lone surrogates as U+FFFD): offsets must index ``source`` too, one code point for one.
    """
    src = text if source is None else source
    assert doc.text == text
    # Each attribute access builds a new list (see test_document_attribute_access_cost), so
    # read them once.
    tokens, sentences, quotes, numbers = doc.tokens, doc.sentences, doc.quotes, doc.numbers
    n = len(src)
    prev_end = 0
    for i, t in enumerate(tokens):
        assert 0 <= t.start < t.end <= n, (i, t)
        assert text[t.start : t.end] == t.text, (i, t)
        if source is not None:
            assert len(src[t.start : t.end]) == len(t.text)
        assert t.start >= prev_end, ("tokens overlap or are out of order", i, t)
        prev_end = t.end
        assert 0 <= t.sentence < len(sentences), (i, t)
        assert isinstance(t.norm, str) and t.kind in pw.TOKEN_KINDS
    prev_end = 0
    if not tokens:
        assert sentences == ()
    for k, s in enumerate(sentences):
        assert 0 <= s.start < s.end <= n, (k, s)
        assert text[s.start : s.end] == s.text, (k, s)
        assert s.start >= prev_end, ("sentences overlap or are out of order", k, s)
        prev_end = s.end
    # every token lies in the sentence it names; sentence indices never decrease
    last = 0
    for t in tokens:
        s = sentences[t.sentence]
        assert s.start <= t.start and t.end <= s.end, (t, s)
        assert t.sentence >= last
        last = t.sentence
    # each sentence starts at its first token and ends at its last
    if tokens:
        firsts = {}
        lasts = {}
        for t in tokens:
            firsts.setdefault(t.sentence, t.start)
            lasts[t.sentence] = t.end
        assert sorted(firsts) == list(range(len(sentences))), "a sentence holds no token"
        for k, s in enumerate(sentences):
            assert (s.start, s.end) == (firsts[k], lasts[k]), (k, s)
    # Tokens are in order and do not overlap (checked above): the tokens inside a span are a
    # slice, found by bisection (a scan per quote was quadratic on texts of many quotes).
    token_starts = [t.start for t in tokens]
    token_ends = [t.end for t in tokens]
    for i, q in enumerate(quotes):
        assert 0 <= q.start <= q.end <= n, (i, q)
        assert text[q.start : q.end] == q.text, (i, q)
        assert q.type in pw.QUOTE_TYPES
        if STRICT_QUOTE_EDGES:
            inside = tokens[
                bisect.bisect_left(token_starts, q.start) : bisect.bisect_right(token_ends, q.end)
            ]
            marks = sum(t.kind == "quote" for t in inside)
            edge = bool(inside) and (
                (inside[0].kind == "quote" and inside[0].start == q.start)
                or (inside[-1].kind == "quote" and inside[-1].end == q.end)
            )
            assert marks >= 2 or not edge, ("quote keeps a mark at its edge", q)
        for name in ("speaker_mention", "cue"):
            value = getattr(q, name)
            prefix = "speaker" if name == "speaker_mention" else "cue"
            start, end = getattr(q, f"{prefix}_start"), getattr(q, f"{prefix}_end")
            if value is None:
                assert start is None and end is None, q
            else:
                assert 0 <= start < end <= n and text[start:end] == value, (i, q)
    for i, num in enumerate(numbers):
        assert 0 <= num.start < num.end <= n, (i, num)
        assert text[num.start : num.end] == num.text, (i, num)
        assert num.kind in pw.NUMBER_KINDS
        for name in ("value", "low", "high"):
            assert _finite_or_missing(getattr(num, name)), (name, num)


def check_frames(texts: list, frames: dict[str, pd.DataFrame], labels=None) -> None:
    """Assert ``text[start:end] == row.text`` for every row of every table from ``pw.tables``."""
    by_label = dict(zip(labels if labels is not None else range(len(texts)), texts))
    for name, df in frames.items():
        if df.empty:
            continue
        for doc, start, end, piece in zip(df["doc"], df["start"], df["end"], df["text"]):
            assert by_label[doc][start:end] == piece, (name, doc, start, end, piece)
        if name == "quotes":
            for col in ("speaker", "cue"):
                mention = "speaker_mention" if col == "speaker" else "cue"
                for doc, s, e, m in zip(df["doc"], df[f"{col}_start"], df[f"{col}_end"], df[mention]):
                    if m is not None and not pd.isna(m):
                        assert by_label[doc][int(s) : int(e)] == m, (name, doc, s, e, m)
        if name == "numbers":
            for col in ("value", "low", "high"):
                vals = df[col].to_numpy()
                assert not any(math.isinf(v) for v in vals), (col, df[col])


def frames_equal_documents(texts: list[str], frames: dict[str, pd.DataFrame]) -> None:
    """The DataFrames hold exactly what ``pw.analyze`` returns for each text."""
    docs = [pw.analyze(t) for t in texts]
    if "tokens" in frames:
        tok = frames["tokens"]
        expect = [
            (i, t.start, t.end, t.text, t.kind, t.norm, t.sentence)
            for i, d in enumerate(docs)
            for t in d.tokens
        ]
        got = list(
            zip(tok["doc"], tok["start"], tok["end"], tok["text"], tok["kind"], tok["norm"], tok["sentence"])
        )
        assert got == expect
    if "sentences" in frames:
        sen = frames["sentences"]
        expect = [(i, s.start, s.end, s.text) for i, d in enumerate(docs) for s in d.sentences]
        assert list(zip(sen["doc"], sen["start"], sen["end"], sen["text"])) == expect
    if "quotes" in frames:
        q = frames["quotes"]
        expect = [(i, x.start, x.end, x.text) for i, d in enumerate(docs) for x in d.quotes]
        assert list(zip(q["doc"], q["start"], q["end"], q["text"])) == expect
    if "numbers" in frames:
        num = frames["numbers"]
        expect = [(i, x.start, x.end, x.text) for i, d in enumerate(docs) for x in d.numbers]
        assert list(zip(num["doc"], num["start"], num["end"], num["text"])) == expect
